/**
 * The comparison behind the eig order tests (LAPACK's dgeev / zgeev paths up to order 75,
 * src/linalg/lapack/geev_small.ts, zgeev_small.ts): np.linalg.eig's and eigvals' eigenvalues in NumPy's
 * order, and each eigenvector of a separated eigenvalue equal to NumPy's column, sign (for
 * a complex pair, the whole complex vector's sign) included.
 *
 * Where dlahqr deflates a block, the last reflector of its last sweep is made from entries
 * at the rounding level, so NumPy itself returns such a vector with either sign when the
 * input moves by 1e-15 (measured), and a (nearly) symmetric matrix's eigenvalue order and
 * vector signs can follow such bits too. They also depend on the BLAS kernels OpenBLAS picks
 * for the CPU: NumPy's vectors with OPENBLAS_CORETYPE=Sandybridge differed from its Haswell
 * ones in 28 of 690 on random matrices (orders 2-21). With `tally` given, those cases are counted there (a vector equal
 * up to sign, an eigenvalue found elsewhere in NumPy's list) instead of failing the test,
 * which then bounds their share; anything else fails.
 */
import assert from 'node:assert/strict';
import * as np from '../../src/index.js';

export interface EigCase {
  a: number[][];
  /** The imaginary part of a complex input. */
  ai?: number[][];
  dtype: 'float64' | 'float32' | 'int64' | 'complex128' | 'complex64';
  /** NumPy's eig: eigenvalues (re, im) and eigenvectors (re, im), and eigvals. */
  wr: number[];
  wi: number[];
  vr: number[][];
  vi: number[][];
  er: number[];
  ei: number[];
}

export interface EigTally {
  values: number;
  misplaced: number;
  vectors: number;
  flipped: number;
  /** flipped vectors of real eigenvalues (the rest are complex pairs) */
  flippedReal: number;
}

export function newTally(): EigTally {
  return { values: 0, misplaced: 0, vectors: 0, flipped: 0, flippedReal: 0 };
}

export function checkEig(c: EigCase, label: string, tally?: EigTally): void {
  const n = c.wr.length;
  const single = c.dtype === 'float32' || c.dtype === 'complex64';
  const complex = c.ai !== undefined;
  const A = np.array(c.a, { dtype: c.dtype });
  if (complex) A.imag.set('...', np.array(c.ai!));
  const [w, v] = np.linalg.eig(A);
  const e = np.linalg.eigvals(A);
  const WR = np.real(w).tolist() as number[];
  const WI = np.imag(w).tolist() as number[];
  const ER = np.real(e).tolist() as number[];
  const EI = np.imag(e).tolist() as number[];
  const VR = np.real(v).tolist() as number[][];
  const VI = np.imag(v).tolist() as number[][];
  assert.equal(
    w.dtype.name,
    complex || c.wi.some((x) => x !== 0)
      ? single
        ? 'complex64'
        : 'complex128'
      : single
        ? 'float32'
        : 'float64',
    `${label}: dtype`,
  );
  let wmax = 1;
  for (let k = 0; k < n; k++) wmax = Math.max(wmax, Math.hypot(c.wr[k]!, c.wi[k]!));
  // defective (Jordan-like) eigenvalues move by ~sqrt(eps): a loose value tolerance
  const wtol = (single ? 1e-2 : 1e-6) * wmax;
  const near = (xr: number, xi: number, k: number) => Math.hypot(xr - c.wr[k]!, xi - c.wi[k]!);
  for (const [name, R, I, pr, pi] of [
    ['eig', WR, WI, c.wr, c.wi],
    ['eigvals', ER, EI, c.er, c.ei],
  ] as const) {
    for (let k = 0; k < n; k++) {
      if (Math.hypot(R[k]! - pr[k]!, I[k]! - pi[k]!) <= wtol) continue;
      let found = false;
      for (let j = 0; j < n && !found; j++)
        found = Math.hypot(R[k]! - pr[j]!, I[k]! - pi[j]!) <= wtol;
      assert.ok(
        found && tally,
        `${label}: ${name} value ${k} ${R[k]}+${I[k]}j vs ${pr[k]}+${pi[k]}j`,
      );
      tally!.misplaced++;
    }
    if (tally) tally.values += n;
  }
  for (let k = 0; k < n; k++) {
    // the NumPy column of this eigenvalue (its own position unless misplaced)
    let j = k;
    if (near(WR[k]!, WI[k]!, k) > wtol) {
      for (let q = 0; q < n; q++) if (near(WR[k]!, WI[k]!, q) < near(WR[k]!, WI[k]!, j)) j = q;
    }
    let gap = Number.POSITIVE_INFINITY;
    for (let q = 0; q < n; q++) {
      if (q !== j) gap = Math.min(gap, Math.hypot(c.wr[q]! - c.wr[j]!, c.wi[q]! - c.wi[j]!));
    }
    if (gap < 1e-6 * wmax) continue; // a cluster: its vectors are not unique
    const tol = (single ? 1e-2 : 1e-6) * Math.max(1, wmax / gap);
    let same = 0;
    let neg = 0;
    for (let i = 0; i < n; i++) {
      same = Math.max(same, Math.hypot(VR[i]![k]! - c.vr[i]![j]!, VI[i]![k]! - c.vi[i]![j]!));
      neg = Math.max(neg, Math.hypot(VR[i]![k]! + c.vr[i]![j]!, VI[i]![k]! + c.vi[i]![j]!));
    }
    if (tally) tally.vectors++;
    if (same <= tol) continue;
    assert.ok(neg <= tol && tally, `${label}: vector ${k} differs by ${same} (negated: ${neg})`);
    tally!.flipped++;
    if (c.wi[j] === 0) tally!.flippedReal++;
  }
}
