/**
 * `np.linalg.eig` and `np.linalg.eigvals` (NumPy's numpy/linalg/_linalg.py) for stacks of
 * general square matrices. Real input gives real results when every eigenvalue of the whole
 * stack is real, complex results otherwise, exactly as NumPy decides.
 */
import { bindArgs } from '../_core/arrayprint/args.js';
import { complex64, complex128, type DType, float32 } from '../_core/dtype.js';
import { LinAlgError } from '../_core/errors.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import {
  asLinalgArray,
  assertStackedSquare,
  linalgTypes,
  matrixStack,
  namedTuple,
  newStack,
  realOf,
} from './_util.js';
import { GEEV_SMALL_MAX, geevSmall } from './lapack/geev_small.js';
import { complexEigen } from './lapack/nonsymmetric_eigen_complex.js';
import { type GeneralEigResult, realEigen } from './lapack/nonsymmetric_eigen_real.js';
import { readSplit, writeSplit } from './lapack/svd_stack.js';
import { zgeevSmall } from './lapack/zgeev_small.js';

/** NumPy's `EigResult` named tuple: `[eigenvalues, eigenvectors]`. */
export type EigResult = [NDArray, NDArray] & { eigenvalues: NDArray; eigenvectors: NDArray };

function complexOf(d: DType): DType {
  return d === float32 || d === complex64 ? complex64 : complex128;
}

function run(fn: string, args: unknown[], vectors: boolean): EigResult | NDArray {
  const g = bindArgs(fn, ['a'], 1, [], args);
  const a = asLinalgArray(g.a as ArrayLike);
  assertStackedSquare(a);
  const t = linalgTypes(a);
  const st = matrixStack(a, t.complex);
  const { rows: n, batch, count } = st;
  const buf = new Float64Array(n * n * (t.complex ? 2 : 1));
  const results: GeneralEigResult[] = [];
  // NumPy's _assert_finite runs on the whole stack before any decomposition
  const mats: { re: Float64Array; im: Float64Array | null }[] = [];
  for (let i = 0; i < count; i++) {
    const m = readSplit(st, i, buf);
    for (const part of [m.re, m.im]) {
      if (part === null) continue;
      for (let k = 0; k < part.length; k++) {
        if (!Number.isFinite(part[k])) throw new LinAlgError('Array must not contain infs or NaNs');
      }
    }
    mats.push(m);
  }
  let allReal = !t.complex;
  for (const m of mats) {
    // up to order 75 the dgeev / zgeev ports: NumPy's eigenvalue order and vectors
    let r: GeneralEigResult;
    if (m.im !== null)
      r =
        n <= GEEV_SMALL_MAX
          ? zgeevSmall(n, m.re, m.im, vectors)
          : complexEigen(n, m.re, m.im, vectors);
    else if (n <= GEEV_SMALL_MAX) r = geevSmall(n, m.re, vectors);
    else r = realEigen(n, m.re, vectors);
    if (allReal) for (let k = 0; k < n; k++) if (r.wi[k] !== 0) allReal = false;
    results.push(r);
  }
  const dt = allReal ? realOf(t.result) : complexOf(t.result);
  const W = newStack(batch, [n], dt);
  const V = vectors ? newStack(batch, [n, n], dt) : null;
  results.forEach((r, i) => {
    writeSplit(W, i, r.wr, r.wi, n);
    if (V) writeSplit(V, i, r.vr!, r.vi, n * n);
  });
  if (!V) return W;
  return namedTuple('EigResult', [W, V] as [NDArray, NDArray], [
    'eigenvalues',
    'eigenvectors',
  ]) as EigResult;
}

/**
 * `np.linalg.eig(a)`: eigenvalues and right eigenvectors (unit-norm columns, largest
 * component real) of general square matrices; `a @ v[:, i] = w[i] * v[:, i]`.
 * @example const { eigenvalues, eigenvectors } = np.linalg.eig([[0, 1], [-2, -3]]);
 */
export function eig(a: ArrayLike | NDArray, ...args: unknown[]): EigResult {
  return run('eig', [a, ...args], true) as EigResult;
}

/**
 * `np.linalg.eigvals(a)`: eigenvalues of general square matrices (real dtype when all are
 * real for real input).
 * @example np.linalg.eigvals([[0, 1], [-2, -3]]) // array([-1., -2.])
 */
export function eigvals(a: ArrayLike | NDArray, ...args: unknown[]): NDArray {
  return run('eigvals', [a, ...args], false) as NDArray;
}
