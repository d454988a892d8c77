/**
 * `np.polyder` and `np.polyint` (numpy/lib/_polynomial_impl.py): derivative and
 * antiderivative of coefficient sequences, recursing once per order as NumPy does.
 */
import { float64, int64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { pyType } from '../../_core/multiarray/args.js';
import { asarray } from '../../_core/multiarray/array.js';
import { concatenate } from '../../_core/multiarray/concatenate.js';
import { NDArray } from '../../_core/ndarray.js';
import { atleast_1d } from '../../_core/shape_base.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from '../numerical/_args.js';
import { axisSlice } from '../numerical/_views.js';

/** Python's `int(v)`: truncation of reals, parsing of decimal strings. */
export function pyInt(v: unknown): number {
  let x = v;
  if (x instanceof NDArray && x.size === 1) x = x.item();
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) {
      throw Number.isNaN(x)
        ? new ValueError('cannot convert float NaN to integer')
        : new RangeError('cannot convert float infinity to integer');
    }
    return Math.trunc(x);
  }
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(x))
    return Number.parseInt(x.replace(/_/g, ''), 10);
  if (typeof x === 'string') throw new ValueError(`invalid literal for int() with base 10: '${x}'`);
  throw new TypeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${pyType(x)}'`,
  );
}

/** `len(p)` of an array, with Python's error for 0-d. */
function pyLen(p: NDArray): number {
  if (p.ndim === 0) throw new TypeError('len() of unsized object');
  return p.dims[0]!;
}

/** `arange(start, stop, -1)` in int64 (start > stop, else empty). */
function countdown(start: number, stop: number): NDArray {
  const n = Math.max(0, start - stop);
  const a = NDArray.zeros([n], int64);
  const d = a.data as BigInt64Array;
  for (let i = 0; i < n; i++) d[i] = BigInt(start - i);
  return a;
}

function derive(p: NDArray, m: number): NDArray {
  const n = pyLen(p) - 1;
  const y = um.multiply(axisSlice(p, 0, 0, Math.max(n, 0)), countdown(n, 0)) as NDArray;
  return m === 0 ? p : derive(y, m - 1);
}

/**
 * `np.polyder(p, m=1)`: the m-th derivative of a polynomial.
 *
 * @example np.polyder([1, 1, 1, 1]) // array([3, 2, 1])
 */
export function polyder(p: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('polyder', ['p', 'm'], 1, [p, ...rest]);
  const m = pyInt(o.m === undefined ? 1 : o.m);
  if (m < 0) throw new ValueError('Order of derivative must be positive (see polyint)');
  return derive(asarray(o.p), m);
}

function integrate(p: NDArray, m: number, k: NDArray): NDArray {
  if (m === 0) return p;
  const len = pyLen(p);
  const y = concatenate([um.true_divide(p, countdown(len, 0)) as NDArray, axisSlice(k, 0, 0, 1)]);
  return integrate(y, m - 1, axisSlice(k, 0, 1, k.dims[0]!));
}

/**
 * `np.polyint(p, m=1, k=None)`: the m-th antiderivative, with integration constants k
 * (a scalar, or one per order, the first for the first integration).
 *
 * @example np.polyint([1, 1, 1]) // array([0.33333333, 0.5       , 1.        , 0.        ])
 */
export function polyint(p: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('polyint', ['p', 'm', 'k'], 1, [p, ...rest]);
  const m = pyInt(o.m === undefined ? 1 : o.m);
  if (m < 0) throw new ValueError('Order of integral must be positive (see polyder)');
  let k = o.k === undefined || o.k === null ? NDArray.zeros([m], float64) : atleast_1d(o.k);
  if (k.dims[0] === 1 && m > 1) {
    const ones = NDArray.empty([m], float64);
    ones.fill(1);
    k = um.multiply(k.get(0), ones) as NDArray;
  }
  if (k.dims[0]! < m)
    throw new ValueError('k must be a scalar or a rank-1 array of length 1 or >m.');
  const pa = asarray(o.p);
  return m === 0 ? pa : integrate(pa, m, k);
}
