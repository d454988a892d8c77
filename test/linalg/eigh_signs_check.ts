/**
 * The comparison behind the eigh sign tests: eigenvalues to a tolerance scaled by the
 * largest, and each eigenvector whose eigenvalue is well separated from the others equal to
 * NumPy's column, sign (phase, for complex input) included — LAPACK's dsyevd / zheevd path,
 * src/linalg/lapack/syevd_small.ts and heevd_small.ts. Vectors of (nearly) repeated
 * eigenvalues are not unique, so they are left out.
 */
import assert from 'node:assert/strict';
import * as np from '../../src/index.js';

/** A matrix entry: a real number, or a complex one as { re, im }. */
export type Entry = number | { re: number; im: number };

export interface EighCase {
  a: Entry[][];
  dtype: 'float64' | 'float32' | 'complex128' | 'complex64';
  uplo: 'L' | 'U';
  w: number[];
  v: Entry[][];
}

const re = (x: Entry): number => (typeof x === 'number' ? x : x.re);
const im = (x: Entry): number => (typeof x === 'number' ? 0 : x.im);

/**
 * Checks one case; returns how many eigenvectors were compared with their sign. With
 * `mismatches` given, a vector that differs is counted there instead of failing the test.
 */
export function checkEigh(c: EighCase, label: string, mismatches?: { count: number }): number {
  const n = c.w.length;
  const single = c.dtype === 'float32' || c.dtype === 'complex64';
  const tol = single ? 2e-4 : 1e-9;
  const A = np.array(
    c.a.map((r) => r.map((x) => (typeof x === 'number' ? x : new np.Complex(x.re, x.im)))),
    { dtype: c.dtype },
  );
  const [w, v] = np.linalg.eigh(A, c.uplo);
  const W = w.tolist() as number[];
  const VR = np.real(v).tolist() as number[][];
  const VI = np.imag(v).tolist() as number[][];
  const scale = Math.max(1e-300, ...c.w.map(Math.abs));
  for (let k = 0; k < n; k++)
    assert.ok(Math.abs(W[k]! - c.w[k]!) <= tol * scale, `${label}: w[${k}] ${W[k]} vs ${c.w[k]}`);
  let compared = 0;
  for (let k = 0; k < n; k++) {
    const gap = Math.min(
      k > 0 ? c.w[k]! - c.w[k - 1]! : Infinity,
      k < n - 1 ? c.w[k + 1]! - c.w[k]! : Infinity,
    );
    if (!(gap > (single ? 1e-2 : 1e-6) * scale)) continue;
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const e = c.v[i]![k]!;
      worst = Math.max(worst, Math.hypot(VR[i]![k]! - re(e), VI[i]![k]! - im(e)));
    }
    // an eigenvector's error grows as 1/gap: allow for it, never for a flipped sign (~2)
    const vtol = Math.min(0.5, (single ? 1e-5 : 1e-13) * (scale / gap) + (single ? 1e-4 : 1e-10));
    if (mismatches && worst > vtol) mismatches.count++;
    else assert.ok(worst <= vtol, `${label}: eigenvector ${k} differs from NumPy's by ${worst}`);
    compared++;
  }
  return compared;
}
