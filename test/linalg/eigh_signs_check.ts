/**
 * The comparison behind the eigh sign tests: eigenvalues to a tolerance scaled by the
 * largest, and each eigenvector whose eigenvalue is well separated from the others equal to
 * NumPy's column, sign included (LAPACK's dsyevd path, src/linalg/lapack/syevd_small.ts).
 * Vectors of (nearly) repeated eigenvalues are not unique, so they are left out.
 */
import assert from 'node:assert/strict';
import * as np from '../../src/index.js';

export interface EighCase {
  a: number[][];
  dtype: 'float64' | 'float32';
  uplo: 'L' | 'U';
  w: number[];
  v: number[][];
}

/**
 * Checks one case; returns how many eigenvectors were compared with their sign. With
 * `mismatches` given, a vector that differs is counted there instead of failing the test.
 */
export function checkEigh(c: EighCase, label: string, mismatches?: { count: number }): number {
  const n = c.w.length;
  const f32 = c.dtype === 'float32';
  const tol = f32 ? 2e-4 : 1e-9;
  const [w, v] = np.linalg.eigh(np.array(c.a, { dtype: c.dtype }), c.uplo);
  assert.equal(String(w.dtype), c.dtype, `${label}: dtype`);
  const W = w.tolist() as number[];
  const V = v.tolist() as number[][];
  const scale = Math.max(1e-300, ...c.w.map(Math.abs));
  for (let k = 0; k < n; k++)
    assert.ok(Math.abs(W[k]! - c.w[k]!) <= tol * scale, `${label}: w[${k}] ${W[k]} vs ${c.w[k]}`);
  let compared = 0;
  for (let k = 0; k < n; k++) {
    const gap = Math.min(
      k > 0 ? c.w[k]! - c.w[k - 1]! : Infinity,
      k < n - 1 ? c.w[k + 1]! - c.w[k]! : Infinity,
    );
    if (!(gap > (f32 ? 1e-2 : 1e-6) * scale)) continue;
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(V[i]![k]! - c.v[i]![k]!));
    // an eigenvector's error grows as 1/gap: allow for it, never for a flipped sign (~2)
    const vtol = Math.min(0.5, (f32 ? 1e-5 : 1e-13) * (scale / gap) + (f32 ? 1e-4 : 1e-10));
    if (mismatches && worst > vtol) mismatches.count++;
    else assert.ok(worst <= vtol, `${label}: eigenvector ${k} differs from NumPy's by ${worst}`);
    compared++;
  }
  return compared;
}
