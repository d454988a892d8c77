/**
 * SVD-based solvers of NumPy's numpy/linalg/_linalg.py: `lstsq` (minimum-norm least
 * squares, LAPACK xGELSD's rank rule), `pinv` and `matrix_rank`.
 */
import { bindArgs } from '../_core/arrayprint/args.js';
import { count_nonzero } from '../_core/count_nonzero.js';
import { complex128, type DType, float32, float64 } from '../_core/dtype.js';
import { LinAlgError, ValueError } from '../_core/errors.js';
import { amax, any as npAny } from '../_core/fromnumeric.js';
import { matmul } from '../_core/linalg_products/products.js';
import { type ArrayLike, toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { expand_dims, swapaxes } from '../_core/shape.js';
import { conjugate, divide, greater, multiply, not_equal } from '../_core/umath/defs/index.js';
import {
  asLinalgArray,
  linalgTypes,
  matrixStack,
  newStack,
  realOf,
  scalarOrArray,
} from './_util.js';
import { svdDense } from './lapack/svd_kernel.js';
import { readSplit, writeSplit } from './lapack/svd_stack.js';
import { svd } from './svd.js';

const EPS64 = 2 ** -52;

function assert2d(...arrays: NDArray[]): void {
  for (const a of arrays) {
    if (a.ndim !== 2) {
      throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
    }
  }
}

/**
 * `np.linalg.lstsq(a, b, rcond=None)`: the minimum-norm least-squares solution of
 * `a @ x = b`. Returns `[x, residuals, rank, s]`: residuals are the squared 2-norms of each
 * column of `b - a @ x` when `a` has full column rank `n < m`, else empty; `rank` is a number;
 * `s` are `a`'s singular values. Singular values `<= rcond * s.max()` count as zero
 * (`rcond` defaults to `eps * max(m, n)`; `rcond <= 0` or `>= 1` means machine precision, as
 * LAPACK's xGELSD).
 * @example const [x, res, rank, s] = np.linalg.lstsq([[1, 0], [1, 1], [1, 2]], [1, 2, 4]);
 */
export function lstsq(
  a: ArrayLike | NDArray,
  b: ArrayLike | NDArray,
  ...args: unknown[]
): [NDArray, NDArray, number, NDArray] {
  const g = bindArgs('lstsq', ['a', 'b', 'rcond'], 2, [], [a, b, ...args]);
  const A = asLinalgArray(g.a as ArrayLike);
  let B = asLinalgArray(g.b as ArrayLike);
  const is1d = B.ndim === 1;
  if (is1d) B = expand_dims(B, -1) as NDArray;
  assert2d(A, B);
  const [m, n] = A.dims;
  const [m2, nrhs] = B.dims;
  if (m !== m2) throw new LinAlgError('Incompatible dimensions');
  const t = linalgTypes(A, B);
  const realT = realOf(t.result);
  let rcond = g.rcond === undefined ? EPS64 * Math.max(n, m) : Number(g.rcond);
  if (!(rcond > 0 && rcond < 1)) rcond = 2 ** -53;
  const cx = t.complex;
  const sa = matrixStack(A, cx);
  const sb = matrixStack(B, cx);
  const { re: ar, im: ai } = readSplit(sa, 0, new Float64Array(m * n * (cx ? 2 : 1)));
  const { re: br, im: bi } = readSplit(sb, 0, new Float64Array(m * nrhs * (cx ? 2 : 1)));
  const k = Math.min(m, n);
  let r: ReturnType<typeof svdDense>;
  try {
    r = svdDense(m, n, ar.slice(), ai ? ai.slice() : null, 1);
  } catch (e) {
    if (e instanceof LinAlgError)
      throw new LinAlgError('SVD did not converge in Linear Least Squares');
    throw e;
  }
  const s = r.s;
  const tol = rcond * (k > 0 ? s[0] : 0);
  let rank = 0;
  for (let i = 0; i < k; i++) if (s[i] > tol) rank++;
  // c = diag(1/s) U^H b on the first `rank` singular values, x = Vh^H c
  const ur = r.ur!;
  const ui = r.ui;
  const vr = r.vhr!;
  const vi = r.vhi;
  const xr = new Float64Array(n * nrhs);
  const xi = cx ? new Float64Array(n * nrhs) : null;
  const cr = new Float64Array(nrhs);
  const ci = new Float64Array(nrhs);
  for (let p = 0; p < rank; p++) {
    cr.fill(0);
    ci.fill(0);
    for (let row = 0; row < m; row++) {
      const u0 = ur[row * k + p];
      const u1 = ui ? ui[row * k + p] : 0;
      for (let j = 0; j < nrhs; j++) {
        const b0 = br[row * nrhs + j];
        const b1 = bi ? bi[row * nrhs + j] : 0;
        cr[j] += u0 * b0 + u1 * b1;
        ci[j] += u0 * b1 - u1 * b0;
      }
    }
    const inv = 1 / s[p];
    for (let col = 0; col < n; col++) {
      // conj(Vh[p][col])
      const v0 = vr[p * n + col] * inv;
      const v1 = vi ? -vi[p * n + col] * inv : 0;
      for (let j = 0; j < nrhs; j++) {
        xr[col * nrhs + j] += v0 * cr[j] - v1 * ci[j];
        if (xi) xi[col * nrhs + j] += v0 * ci[j] + v1 * cr[j];
      }
    }
  }
  // residuals only for full column rank and m > n (NumPy returns an empty array otherwise)
  let resid: Float64Array = new Float64Array(0);
  if (rank === n && m > n) {
    resid = new Float64Array(nrhs);
    for (let row = 0; row < m; row++) {
      for (let j = 0; j < nrhs; j++) {
        let er = br[row * nrhs + j];
        let ei = bi ? bi[row * nrhs + j] : 0;
        for (let col = 0; col < n; col++) {
          const a0 = ar[row * n + col];
          const a1 = ai ? ai[row * n + col] : 0;
          const x0 = xr[col * nrhs + j];
          const x1 = xi ? xi[col * nrhs + j] : 0;
          er -= a0 * x0 - a1 * x1;
          ei -= a0 * x1 + a1 * x0;
        }
        resid[j] += er * er + ei * ei;
      }
    }
  }
  const X = NDArray.empty(is1d ? [n] : [n, nrhs], t.result);
  writeSplit(X, 0, xr, xi, n * nrhs);
  const R = NDArray.empty([resid.length], realT);
  writeSplit(R, 0, resid, null, resid.length);
  const S = NDArray.empty([k], realT);
  writeSplit(S, 0, s, null, k);
  return [X, R, rank, S];
}

/** NumPy's `finfo(dtype).eps` for the dtypes linalg produces. */
function epsOf(d: { kind: string; itemsize: number }): number {
  const single = d.kind === 'c' ? d.itemsize === 8 : d.itemsize === 4;
  return single ? 2 ** -23 : EPS64;
}

/**
 * `np.linalg.pinv(a, rcond=None, hermitian=False, *, rtol=<no value>)`: Moore–Penrose
 * pseudo-inverse via the SVD; singular values `<= rcond * max(s)` are dropped (rcond
 * defaults to 1e-15; `rtol: null` means `max(m, n) * eps`).
 * @example np.linalg.pinv([[1, 2], [3, 4], [5, 6]])
 */
export function pinv(a: ArrayLike | NDArray, ...args: unknown[]): NDArray {
  const rtolGiven = hasKey(args, 'rtol');
  const g = bindArgs('pinv', ['a', 'rcond', 'hermitian'], 1, ['rtol'], [a, ...args]);
  const A = asLinalgArray(g.a as ArrayLike);
  let rcond: unknown = g.rcond;
  if (rcond === undefined) {
    if (!rtolGiven) rcond = 1e-15;
    else if (g.rtol === undefined) {
      if (A.dtype.kind !== 'f' && A.dtype.kind !== 'c') {
        throw new ValueError(`data type ${pyTypeName(A.dtype.name)} not inexact`);
      }
      rcond = Math.max(...A.dims.slice(-2)) * epsOf(A.dtype);
    } else rcond = g.rtol;
  } else if (rtolGiven) {
    throw new ValueError("`rtol` and `rcond` can't be both set.");
  }
  const rc = toArray(rcond);
  const nd = A.ndim;
  if (A.size === 0 && A.dims.slice(-2).reduce((p, q) => p * q, 1) === 0) {
    const m = A.dims[nd - 2];
    const n = A.dims[nd - 1];
    return NDArray.empty([...A.dims.slice(0, -2), n, m], A.dtype);
  }
  const t = linalgTypes(A);
  if (rc.ndim === 0 && 'fiub'.includes(rc.dtype.kind) && !g.hermitian && A.ndim >= 2) {
    if (t.result === float64 || t.result === complex128) {
      return pinvDirect(A, t.complex, Number(rc.item()), t.result);
    }
  }
  const [u, s, vt] = svd(conjugate(A) as NDArray, {
    full_matrices: false,
    hermitian: Boolean(g.hermitian),
  });
  const cutoff = multiply(expand_dims(rc, -1), amax(s, { axis: -1, keepdims: true }));
  const large = greater(s, cutoff) as NDArray;
  const sinv = multiply(divide(1, s, { where: large, out: s.copy() }), large) as NDArray;
  const right = multiply(expand_dims(sinv, -1), swapaxes(u, -1, -2));
  return matmul(swapaxes(vt, -1, -2), right) as NDArray;
}

/**
 * pinv for a scalar rcond and double-precision results, straight on typed arrays (the same
 * steps as NumPy's: SVD of conj(a), cutoff rcond * max(s), Vh^T diag(1/s) U^T).
 */
function pinvDirect(A: NDArray, complex: boolean, rcond: number, dtype: DType): NDArray {
  const st = matrixStack(A, complex);
  const { rows: m, cols: n, batch, count } = st;
  const k = Math.min(m, n);
  const out = newStack(batch, [n, m], dtype);
  const buf = new Float64Array(m * n * (complex ? 2 : 1));
  const rr = new Float64Array(n * m);
  const ri = complex ? new Float64Array(n * m) : null;
  for (let b = 0; b < count; b++) {
    const { re, im } = readSplit(st, b, buf);
    if (im) for (let i = 0; i < im.length; i++) im[i] = -im[i];
    const r = svdDense(m, n, re, im, 1);
    const sv = r.s;
    const u0 = r.ur!;
    const u1 = r.ui;
    const v0 = r.vhr!;
    const v1 = r.vhi;
    const cutoff = rcond * (k > 0 ? sv[0] : 0);
    rr.fill(0);
    ri?.fill(0);
    for (let p = 0; p < k; p++) {
      if (!(sv[p] > cutoff)) continue;
      const inv = 1 / sv[p];
      for (let i = 0; i < n; i++) {
        const ar = v0[p * n + i] * inv;
        const ai = v1 ? v1[p * n + i] * inv : 0;
        const row = i * m;
        if (ri === null || u1 === null) {
          for (let j = 0; j < m; j++) rr[row + j] += ar * u0[j * k + p];
          continue;
        }
        for (let j = 0; j < m; j++) {
          const br = u0[j * k + p];
          const bi = u1[j * k + p];
          rr[row + j] += ar * br - ai * bi;
          ri[row + j] += ar * bi + ai * br;
        }
      }
    }
    writeSplit(out, b, rr, ri, n * m);
  }
  return out;
}

function hasKey(args: unknown[], key: string): boolean {
  const last = args[args.length - 1];
  return (
    typeof last === 'object' &&
    last !== null &&
    Object.getPrototypeOf(last) === Object.prototype &&
    key in (last as object)
  );
}

function pyTypeName(name: string): string {
  return `<class 'numpy.${name}'>`;
}

/**
 * `np.linalg.matrix_rank(A, tol=None, hermitian=False, *, rtol=None)`: the number of
 * singular values above `tol` (default `S.max() * max(M, N) * eps`, or `S.max() * rtol`).
 * Arrays with fewer than 2 dimensions have rank 1 unless all zero.
 * @example np.linalg.matrix_rank([[1, 2], [2, 4]]) // 1
 */
export function matrix_rank(A: ArrayLike | NDArray, ...args: unknown[]): number | NDArray {
  const g = bindArgs('matrix_rank', ['A', 'tol', 'hermitian'], 1, ['rtol'], [A, ...args]);
  if (g.rtol !== undefined && g.tol !== undefined) {
    throw new ValueError("`tol` and `rtol` can't be both set.");
  }
  const a = asLinalgArray(g.A as ArrayLike);
  if (a.ndim < 2) return npAny(not_equal(a, 0)) ? 1 : 0;
  const S = svd(a, { compute_uv: false, hermitian: Boolean(g.hermitian) }) as NDArray;
  let tol: unknown;
  if (g.tol === undefined) {
    let rtol: unknown;
    if (g.rtol === undefined) {
      rtol = Math.max(...a.dims.slice(-2)) * (S.dtype === float32 ? 2 ** -23 : EPS64);
    } else rtol = expand_dims(toArray(g.rtol), -1);
    tol = multiply(amax(S, { axis: -1, keepdims: true, initial: 0 }), rtol);
  } else tol = expand_dims(toArray(g.tol), -1);
  const r = count_nonzero(greater(S, tol), { axis: -1 }) as NDArray;
  return scalarOrArray(r);
}
