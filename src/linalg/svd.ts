/**
 * `np.linalg.svd` and `np.linalg.svdvals` (NumPy's numpy/linalg/_linalg.py), on stacks of
 * matrices. Computation is in float64 / complex128 as NumPy's gufuncs do; float32 and
 * complex64 inputs get results rounded to float32 / complex64.
 */
import { bindArgs } from '../_core/arrayprint/args.js';
import type { DTypeKey } from '../_core/dtype.js';
import { LinAlgError } from '../_core/errors.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import type { KeyOfLike } from '../_core/reduction_types.js';
import { reshape } from '../_core/shape.js';
import type { LinalgKey, LinalgRealKey, LinalgRealOf } from './_types.js';
import {
  asLinalgArray,
  assertStacked2d,
  assertStackedSquare,
  linalgTypes,
  matrixStack,
  namedTuple,
  newStack,
  realOf,
  scalarOrArray,
} from './_util.js';
import { svdDense } from './lapack/svd_kernel.js';
import { readSplit, writeSplit } from './lapack/svd_stack.js';
import { symmetricEigen } from './lapack/symmetric_eigen_kernel.js';
import { norm } from './norms.js';
import { inv } from './solve.js';

/**
 * NumPy's `SVDResult` named tuple: `[U, S, Vh]` with `.U`, `.S`, `.Vh`, for an input of
 * dtype key K (S is real: float32 for float32/complex64 input, else float64).
 */
export type SVDResult<K extends DTypeKey = DTypeKey> = [
  NDArray<LinalgKey<K>>,
  NDArray<LinalgRealKey<K>>,
  NDArray<LinalgKey<K>>,
] & { U: NDArray<LinalgKey<K>>; S: NDArray<LinalgRealKey<K>>; Vh: NDArray<LinalgKey<K>> };

type SvdOptions = { full_matrices?: boolean; compute_uv?: boolean; hermitian?: boolean };

/**
 * `np.linalg.svd(a, full_matrices=True, compute_uv=True, hermitian=False)`: singular value
 * decomposition `a = U @ diag(S) @ Vh`, S descending, batched over leading axes.
 * With `compute_uv: false` only S is returned.
 * @example const { U, S, Vh } = np.linalg.svd([[1, 2], [3, 4]]);
 */
export function svd<A extends ArrayLike | NDArray>(
  a: A,
  options: SvdOptions & { compute_uv: false },
): NDArray<LinalgRealOf<A>>;
export function svd<A extends ArrayLike | NDArray>(
  a: A,
  full_matrices: boolean | null | undefined,
  compute_uv: false,
  hermitian?: boolean | SvdOptions,
  opts?: SvdOptions,
): NDArray<LinalgRealOf<A>>;
export function svd<A extends ArrayLike | NDArray>(
  a: A,
  full_matrices?: boolean | SvdOptions,
  compute_uv?: true | SvdOptions,
  hermitian?: boolean | SvdOptions,
  opts?: SvdOptions,
): SVDResult<KeyOfLike<A>>;
export function svd(a: ArrayLike | NDArray, ...args: unknown[]): SVDResult | NDArray {
  const g = bindArgs('svd', ['a', 'full_matrices', 'compute_uv', 'hermitian'], 1, [], [a, ...args]);
  const full = g.full_matrices === undefined ? true : Boolean(g.full_matrices);
  const uv = g.compute_uv === undefined ? true : Boolean(g.compute_uv);
  const herm = Boolean(g.hermitian);
  const x = asLinalgArray(g.a as ArrayLike);
  if (herm) return hermitianSvd(x, uv);
  assertStacked2d(x);
  const t = linalgTypes(x);
  const st = matrixStack(x, t.complex);
  const { rows: m, cols: n, batch, count } = st;
  const k = Math.min(m, n);
  const S = newStack(batch, [k], realOf(t.result));
  const buf = new Float64Array(m * n * (t.complex ? 2 : 1));
  if (!uv) {
    for (let i = 0; i < count; i++) {
      const { re, im } = readSplit(st, i, buf);
      writeSplit(S, i, svdDense(m, n, re, im, 0).s, null, k);
    }
    return S;
  }
  const uc = full ? m : k;
  const vr = full ? n : k;
  const U = newStack(batch, [m, uc], t.result);
  const Vh = newStack(batch, [vr, n], t.result);
  for (let i = 0; i < count; i++) {
    const { re, im } = readSplit(st, i, buf);
    const r = svdDense(m, n, re, im, full ? 2 : 1);
    writeSplit(S, i, r.s, null, k);
    writeSplit(U, i, r.ur!, r.ui, m * uc);
    writeSplit(Vh, i, r.vhr!, r.vhi, vr * n);
  }
  return namedTuple('SVDResult', [U, S, Vh] as [NDArray, NDArray, NDArray], [
    'U',
    'S',
    'Vh',
  ]) as SVDResult;
}

/**
 * NumPy's hermitian branch: eigh, singular values = |eigenvalues| sorted descending (ties
 * in reverse index order, as NumPy's reversed argsort), signs moved into Vh.
 */
function hermitianSvd(x: NDArray, uv: boolean): SVDResult | NDArray {
  assertStackedSquare(x);
  const t = linalgTypes(x);
  const st = matrixStack(x, t.complex);
  const { rows: n, batch, count } = st;
  const S = newStack(batch, [n], realOf(t.result));
  const U = uv ? newStack(batch, [n, n], t.result) : null;
  const Vh = uv ? newStack(batch, [n, n], t.result) : null;
  const buf = new Float64Array(n * n * (t.complex ? 2 : 1));
  const s = new Float64Array(n);
  for (let b = 0; b < count; b++) {
    const { re, im } = readSplit(st, b, buf);
    const r = symmetricEigen(n, re, im, uv, 'L');
    const w = r.w;
    // stable ascending argsort of |w|, reversed
    const asc = Array.from({ length: n }, (_, i) => i).sort(
      (p, q) => Math.abs(w[p]) - Math.abs(w[q]) || p - q,
    );
    const idx = asc.reverse();
    for (let j = 0; j < n; j++) s[j] = Math.abs(w[idx[j]]);
    writeSplit(S, b, s, null, n);
    if (!uv || !U || !Vh) continue;
    const zr = r.zr!;
    const zi = r.zi;
    const ur = new Float64Array(n * n);
    const ui = zi ? new Float64Array(n * n) : null;
    const vr = new Float64Array(n * n);
    const vi = zi ? new Float64Array(n * n) : null;
    for (let j = 0; j < n; j++) {
      const src = idx[j];
      const sg = w[src] < 0 || Object.is(w[src], -0) ? -1 : 1;
      for (let i = 0; i < n; i++) {
        ur[i * n + j] = zr[i * n + src];
        // Vh = conj((U * sgn)^T)
        vr[j * n + i] = sg * zr[i * n + src];
        if (ui && vi && zi) {
          ui[i * n + j] = zi[i * n + src];
          vi[j * n + i] = -sg * zi[i * n + src];
        }
      }
    }
    writeSplit(U, b, ur, ui, n * n);
    writeSplit(Vh, b, vr, vi, n * n);
  }
  if (!uv) return S;
  return namedTuple('SVDResult', [U!, S, Vh!] as [NDArray, NDArray, NDArray], [
    'U',
    'S',
    'Vh',
  ]) as SVDResult;
}

/**
 * `np.linalg.svdvals(x)`: the singular values of each matrix, descending
 * (`svd(x, compute_uv=False)`).
 * @example np.linalg.svdvals([[3, 0], [0, 4]]) // array([4., 3.])
 */
export function svdvals(x: ArrayLike | NDArray, ...args: unknown[]): NDArray {
  const g = bindArgs('svdvals', ['x'], 1, [], [x, ...args]);
  return svd(g.x as ArrayLike, { compute_uv: false });
}

/**
 * `np.linalg.cond(x, p=None)`: the condition number of each matrix. `p` None, 2 and -2 use
 * the singular values (ratio of largest to smallest, or the reverse); 'fro', 'nuc', inf,
 * -inf, 1 and -1 use `norm(x, p) * norm(inv(x), p)` (square matrices only). Singular
 * matrices give inf (NaN only where `x` itself holds NaN).
 * @example np.linalg.cond([[1, 0], [0, 2]]) // 2
 */
export function cond(x: ArrayLike | NDArray, ...args: unknown[]): number | NDArray {
  const g = bindArgs('cond', ['x', 'p'], 1, [], [x, ...args]);
  const a = asLinalgArray(g.x as ArrayLike);
  const p = g.p as number | string | undefined;
  const nd = a.ndim;
  if (a.size === 0 && a.dims.slice(-2).reduce((u, v) => u * v, 1) === 0) {
    throw new LinAlgError('cond is not defined on empty arrays');
  }
  let r: NDArray;
  if (p === undefined || p === 2 || p === -2) {
    const s = svd(a, { compute_uv: false });
    const k = s.dims[s.ndim - 1];
    const sd = s.data as Float64Array | Float32Array;
    const cnt = s.size / k;
    r = NDArray.empty(s.dims.slice(0, -1), s.dtype);
    const rd = r.data as Float64Array | Float32Array;
    for (let i = 0; i < cnt; i++) {
      const hi = sd[i * k];
      const lo = sd[i * k + k - 1];
      rd[i] = p === -2 ? lo / hi : hi / lo;
    }
  } else {
    assertStackedSquare(a);
    const t = linalgTypes(a);
    const n = a.dims[nd - 1];
    const batch = a.dims.slice(0, -2);
    const stack = reshape(a, [-1, n, n]) as NDArray;
    r = NDArray.empty(batch, realOf(t.result));
    const rd = r.data as Float64Array | Float32Array;
    for (let i = 0; i < stack.dims[0]; i++) {
      const m = stack.get(i) as NDArray;
      let v: number;
      try {
        v = Number(norm(m, p)) * Number(norm(inv(m), p));
      } catch (e) {
        // NumPy's inv under errstate(all='ignore') yields NaN for a singular matrix
        if (!(e instanceof LinAlgError) || e.message !== 'Singular matrix') throw e;
        // NumPy's nuclear norm of that NaN inverse is an SVD of NaNs, which raises
        if (p === 'nuc') throw new LinAlgError('SVD did not converge');
        v = Number.NaN;
      }
      rd[i] = v;
    }
  }
  // NaN -> inf unless the input matrix itself has NaN
  const rd = r.data as Float64Array | Float32Array;
  if (rd.some((v) => Number.isNaN(v))) {
    const n = a.dims[nd - 1] * a.dims[nd - 2];
    const st = matrixStack(a, a.dtype.kind === 'c');
    const lanes = a.dtype.kind === 'c' ? 2 : 1;
    const buf = new Float64Array(n * lanes);
    for (let i = 0; i < rd.length; i++) {
      if (!Number.isNaN(rd[i])) continue;
      st.read(i, buf);
      if (!buf.some((v) => Number.isNaN(v))) rd[i] = Infinity;
    }
  }
  return scalarOrArray(r);
}
