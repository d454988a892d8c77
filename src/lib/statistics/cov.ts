/**
 * `np.cov` and `np.corrcoef` (numpy/lib/_function_base_impl.py): NumPy's algorithm step by
 * step — weighted mean through `np.average`, centring, `dot(X, (X*w).T.conj())` and the
 * normalisation factor — so the dtype rules, warnings and errors are NumPy's.
 */
import { clip } from '../../_core/clip.js';
import { float32, float64 } from '../../_core/dtype.js';
import { RuntimeError, ValueError } from '../../_core/errors.js';
import { isCContiguous } from '../../_core/iter.js';
import { beginCall, nonFiniteSeen, subF32AS, subF64AS } from '../../_core/kernels/index.js';
import { dot } from '../../_core/linalg_products/products.js';
import { bindArgs } from '../../_core/multiarray/args.js';
import { array, toArray } from '../../_core/multiarray/array.js';
import { concatenate } from '../../_core/multiarray/concatenate.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { hasNonFinite, reportFpError } from '../../_core/umath/errstate.js';
import { average } from '../average.js';
import { checkPositional } from './args.js';

function flat(a: NDArray): number[] {
  const out: number[] = [];
  a.forEachOffset((off) => {
    out.push(Number(a.readAt(off)));
  });
  return out;
}

/** Validate fweights / aweights as NumPy does (float64 1-d, one per observation, >= 0). */
function weightVector(w: unknown, kind: 'fweights' | 'aweights', nobs: number): NDArray {
  const arr = array(w, { dtype: float64 }) as NDArray;
  const vals = flat(arr);
  if (kind === 'fweights' && !vals.every((x) => x === Math.round(x) || Number.isNaN(x))) {
    // np.around is round-half-even but an integral test is the same either way.
    throw new TypeError('fweights must be integer');
  }
  if (kind === 'fweights' && vals.some((x) => Number.isNaN(x)))
    throw new TypeError('fweights must be integer');
  if (arr.ndim > 1) throw new RuntimeError(`cannot handle multidimensional ${kind}`);
  if (arr.dims[0] !== nobs) throw new RuntimeError(`incompatible numbers of samples and ${kind}`);
  if (vals.some((x) => x < 0)) throw new ValueError(`${kind} cannot be negative`);
  return arr;
}

/**
 * X -= avg[:, None] (NumPy's statement). A C-contiguous float64/float32 X (the fresh copy
 * cov makes) with finite means subtracts each row's mean with the a - s kernel in place: the
 * same subtraction, without the broadcast in-place ufunc's slow path (2.3-3.5 ms vs ~0.4 ms
 * on (100, 10000)). With finite operands the only floating-point error a difference can
 * raise is overflow (a non-finite result), reported as NumPy's subtract does.
 */
function centre(X: NDArray, avg: NDArray): void {
  const f = X.dtype === float64 ? subF64AS : X.dtype === float32 ? subF32AS : null;
  const means = f === null || avg.dtype !== X.dtype ? null : (avg.tolist() as number[]);
  if (
    f === null ||
    means === null ||
    X.ndim !== 2 ||
    !X.isAligned ||
    !isCContiguous(X.dims, X.steps, X.itemsize) ||
    !means.every(Number.isFinite)
  ) {
    X.isub(avg.get(':', null));
    return;
  }
  const cols = X.dims[1]!;
  const d = X.data as Float64Array;
  const o = X.offset / X.itemsize;
  beginCall();
  for (let i = 0; i < means.length; i++) {
    const row = d.subarray(o + i * cols, o + (i + 1) * cols);
    f(row as never, means[i]!, row as never);
  }
  const seen = nonFiniteSeen();
  if (seen === true || (seen === null && hasNonFinite(X))) reportFpError('over', 'subtract');
}

/** The body of cov, returning an NDArray always (0-d for one variable). */
function covArray(o: Record<string, any>): NDArray {
  const ddofArg = o.ddof;
  if (ddofArg !== undefined && ddofArg !== null && Number(ddofArg) !== Math.trunc(Number(ddofArg)))
    throw new ValueError('ddof must be integer');
  const m = toArray(o.m);
  if (m.ndim > 2) throw new ValueError('m has more than 2 dimensions');
  let y: NDArray | null = null;
  if (o.y !== undefined && o.y !== null) {
    y = toArray(o.y);
    if (y.ndim > 2) throw new ValueError('y has more than 2 dimensions');
  }
  const rowvar = o.rowvar === undefined ? true : !!o.rowvar;
  const dtype =
    o.dtype === undefined || o.dtype === null
      ? y
        ? resultType(m, y, float64)
        : resultType(m, float64)
      : o.dtype;
  let X = array(m, { ndmin: 2, dtype }) as NDArray;
  if (!rowvar && m.ndim !== 1) X = X.T;
  if (X.dims[0] === 0) return NDArray.zeros([0, 0], float64);
  if (y) {
    let Y = array(y, { ndmin: 2, dtype }) as NDArray;
    if (!rowvar && Y.dims[0] !== 1) Y = Y.T;
    X = concatenate([X, Y], 0);
  } else if (!rowvar && m.ndim !== 1) {
    // array() copied m already; a transposed copy is made C-ordered for the row-wise centring
    X = X.copy();
  }
  const ddof = ddofArg === undefined || ddofArg === null ? (o.bias ? 0 : 1) : Number(ddofArg);
  let w: NDArray | null = null;
  let aw: NDArray | null = null;
  const nobs = X.dims[1]!;
  if (o.fweights !== undefined && o.fweights !== null)
    w = weightVector(o.fweights, 'fweights', nobs);
  if (o.aweights !== undefined && o.aweights !== null) {
    aw = weightVector(o.aweights, 'aweights', nobs);
    w = w === null ? aw : (um.multiply(w, aw) as NDArray);
  }
  const [avg, wsumArr] = average(X, 1, w, true) as [NDArray, NDArray];
  const wSum = wsumArr.get(0).item() as number;
  let fact: number;
  if (w === null) fact = nobs - ddof;
  else if (ddof === 0) fact = wSum;
  else if (aw === null) fact = wSum - ddof;
  else {
    // Python's builtin sum over the products, left to right.
    const p = flat(um.multiply(w, aw) as NDArray);
    let s = 0;
    for (const x of p) s += x;
    fact = wSum - (ddof * s) / wSum;
  }
  if (fact <= 0) {
    warn('Degrees of freedom <= 0 for slice');
    fact = 0.0;
  }
  centre(X, avg);
  const XT = w === null ? X.T : (um.multiply(X, w) as NDArray).T;
  // NumPy's X_T.conj() is X_T itself for real dtypes: dot(X, X.T) is then its syrk case
  const c = dot(X, X.dtype.kind === 'c' ? um.conjugate(XT) : XT) as NDArray;
  c.imul(um.true_divide(1, fact === 0 ? 0.0 : fact));
  return c.squeeze();
}

const COV_PARAMS = ['m', 'y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights'];

/**
 * `np.cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *,
 * dtype=None)`: the covariance matrix (0-d for a single variable).
 * Example: `np.cov([[0, 1, 2], [2, 1, 0]])` → [[1, -1], [-1, 1]].
 */
export function cov(...args: unknown[]): NDArray {
  checkPositional('cov', 7, args);
  const o = bindArgs('cov', COV_PARAMS, args, ['dtype']);
  if (!('m' in o)) throw new TypeError("cov() missing 1 required positional argument: 'm'");
  return covArray(o); // c.squeeze() stays an ndarray, 0-d for one variable
}

/**
 * `np.corrcoef(x, y=None, rowvar=True, *, dtype=None)`: Pearson correlation coefficients,
 * `cov / sqrt(outer(diag, diag))` with real (and imaginary) parts clipped to [-1, 1].
 * Example: `np.corrcoef([1, 2, 3], [3, 2, 1])` → [[1, -1], [-1, 1]].
 */
export function corrcoef(...args: unknown[]): any {
  checkPositional('corrcoef', 3, args);
  const o = bindArgs('corrcoef', ['x', 'y', 'rowvar'], args, ['dtype']);
  if (!('x' in o)) throw new TypeError("corrcoef() missing 1 required positional argument: 'x'");
  const c = covArray({ m: o.x, y: o.y, rowvar: o.rowvar, dtype: o.dtype });
  if (c.ndim !== 2) {
    // Scalar covariance: NaN for nan/inf/0, 1 otherwise (c / c).
    const r = um.divide(c, c) as NDArray;
    return r.ndim === 0 ? r.item() : r;
  }
  const n = c.dims[0]!;
  const d = NDArray.zeros([n], c.dtype);
  for (let i = 0; i < n; i++) d.set(i, c.get(i, i));
  const stddev = um.sqrt(d.dtype.kind === 'c' ? d.real : d) as NDArray;
  c.set('...', um.divide(c, stddev.get(':', null)));
  c.set('...', um.divide(c, stddev.get(null, ':')));
  if (c.dtype.kind === 'c') {
    const re = c.real;
    clip(re, -1, 1, { out: re });
    const im = c.imag;
    clip(im, -1, 1, { out: im });
  } else clip(c, -1, 1, { out: c });
  return c;
}
