/**
 * `np.diff` and `np.ediff1d` (numpy/lib/_function_base_impl.py, _arraysetops_impl.py):
 * n-th discrete differences along an axis. The differences go through the `subtract`
 * ufunc (or `not_equal` for bool), so result dtypes, integer wrap-around and the
 * "no loop" errors are NumPy's.
 */
import { canonicalBool } from '../../_core/bool_bytes.js';
import { ValueError } from '../../_core/errors.js';
import { toIndex } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import { concatenate } from '../../_core/multiarray/concatenate.js';
import { NDArray } from '../../_core/ndarray.js';
import { canCast } from '../../_core/numerictypes/promotion.js';
import { normalizeAxis } from '../../_core/shape/args.js';
import * as um from '../../_core/umath/defs/index.js';
import { broadcast_to } from '../stride_tricks.js';
import { bindPy } from './_args.js';
import { diffTyped } from './_diff_kernel.js';
import { axisSlice } from './_views.js';

/** Python's repr of the order argument, for the negative-order message. */
function orderRepr(n: unknown): string {
  if (typeof n === 'boolean') return n ? 'True' : 'False';
  return String(n);
}

/** Python's `range(n)` count: an exact integer (bool, int, bigint, integer 0-d array). */
function toOrder(n: unknown): number {
  return toIndex(n);
}

/** A scalar `prepend`/`append` broadcast to `a`'s shape with length 1 along `axis`. */
function edgeValues(v: unknown, a: NDArray, axis: number): NDArray {
  const e = toArray(v);
  if (e.ndim !== 0) return e;
  const shape = a.dims.slice();
  shape[axis] = 1;
  return broadcast_to(e, shape);
}

/** One difference `a[1:] - a[:-1]` (or `!=` for bool) along `axis`. */
export function diffOnce(a: NDArray, axis: number): NDArray {
  const fast = diffTyped(a, axis);
  if (fast !== null) return fast;
  const len = a.dims[axis]!;
  const hi = axisSlice(a, axis, Math.min(1, len), len);
  const lo = axisSlice(a, axis, 0, Math.max(len - 1, 0));
  const op = a.dtype.kind === 'b' ? um.not_equal : um.subtract;
  return op(hi, lo) as NDArray;
}

/**
 * `np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)`: the n-th discrete
 * difference along `axis`.
 *
 * @example np.diff([1, 2, 4, 7, 0]) // array([ 1,  2,  3, -7])
 */
export function diff(a: unknown, ...rest: unknown[]): any {
  const o = bindPy('diff', ['a', 'n', 'axis', 'prepend', 'append'], 1, [a, ...rest]);
  const nArg = o.n ?? 1;
  if (typeof nArg === 'number' && nArg === 0) return o.a;
  const n = toOrder(nArg);
  if (n === 0) return o.a;
  if (n < 0) throw new ValueError(`order must be non-negative but got ${orderRepr(nArg)}`);
  let arr = canonicalBool(toArray(o.a));
  const nd = arr.ndim;
  if (nd === 0) throw new ValueError('diff requires input that is at least one dimensional');
  const axis = normalizeAxis(o.axis === undefined ? -1 : o.axis, nd);
  if ('prepend' in o || 'append' in o) {
    const parts: NDArray[] = [];
    if ('prepend' in o) parts.push(edgeValues(o.prepend, arr, axis));
    parts.push(arr);
    if ('append' in o) parts.push(edgeValues(o.append, arr, axis));
    arr = concatenate(parts, axis);
  }
  for (let i = 0; i < n; i++) arr = diffOnce(arr, axis);
  return arr;
}

/**
 * `np.ediff1d(ary, to_end=None, to_begin=None)`: differences of the flattened array, with
 * values put before and after, in `ary`'s dtype.
 *
 * @example np.ediff1d([1, 2, 4, 7], {to_begin: -99}) // array([-99,   1,   2,   3])
 */
export function ediff1d(ary: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('ediff1d', ['ary', 'to_end', 'to_begin'], 1, [ary, ...rest]);
  const a = toArray(o.ary).ravel();
  const dt = a.dtype;
  const len = a.dims[0]!;
  const hi = axisSlice(a, 0, Math.min(1, len), len);
  const lo = axisSlice(a, 0, 0, Math.max(len - 1, 0));
  const noBegin = o.to_begin === undefined || o.to_begin === null;
  const noEnd = o.to_end === undefined || o.to_end === null;
  if (noBegin && noEnd) return um.subtract(hi, lo) as NDArray;
  const flatEdge = (v: unknown, name: string): NDArray | null => {
    if (v === undefined || v === null) return null;
    const e = toArray(v);
    if (!canCast(e, dt, 'same_kind')) {
      throw new TypeError(
        `dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`,
      );
    }
    return e.ravel();
  };
  const begin = flatEdge(o.to_begin, 'to_begin');
  const end = flatEdge(o.to_end, 'to_end');
  const lb = begin ? begin.size : 0;
  const le = end ? end.size : 0;
  const ld = Math.max(len - 1, 0);
  const result = NDArray.zeros([ld + lb + le], dt);
  if (begin && lb > 0) axisSlice(result, 0, 0, lb).set('...', begin);
  if (end && le > 0) axisSlice(result, 0, lb + ld, lb + ld + le).set('...', end);
  um.subtract(hi, lo, { out: axisSlice(result, 0, lb, lb + ld) });
  return result;
}
