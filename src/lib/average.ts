/**
 * `np.average(a, axis, weights, returned, *, keepdims)` (numpy/lib/_function_base_impl.py):
 * the mean, or sum(a*w)/sum(w) computed in result_type(a, w[, float64]).
 */

import { _mean, trueDivide } from '../_core/_methods.js';
import { ValueError, ZeroDivisionError } from '../_core/errors.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { resultType } from '../_core/numerictypes/promotion.js';
import { finish, reductionArgs } from '../_core/reduction_args.js';
import * as um from '../_core/umath/defs/index.js';
import { normalizeAxes, reduceArray } from '../_core/umath/reduce.js';
import { validWeights } from './statistics/weights.js';

/** NumPy's `normalize_axis_tuple(axis, ndim, argname='axis')`. */
function axisTuple(axis: unknown, ndim: number): number[] {
  try {
    return normalizeAxes(axis as number | number[], ndim);
  } catch (e) {
    if (e instanceof ValueError && e.message === 'repeated axis')
      throw new ValueError('repeated axis in `axis` argument');
    throw e;
  }
}

/** `np.average(a, axis=None, weights=None, returned=False, *, keepdims)`. */
export function average(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('average', rest, ['axis', 'weights', 'returned'], ['keepdims']);
  const arr = toArray(a);
  const axis = o.axis === undefined || o.axis === null ? null : axisTuple(o.axis, arr.ndim);
  const kd = o.keepdims === undefined ? {} : { keepdims: !!o.keepdims };
  const ax = axis ?? null;
  let avg: NDArray;
  let scl: NDArray;
  if (o.weights === undefined || o.weights === null) {
    const m = _mean(arr, { axis: ax, ...kd });
    avg = m.result;
    // Python's `a.size / avg.size`: ZeroDivisionError when the average is empty.
    if (avg.size === 0) throw new ZeroDivisionError('division by zero');
    scl = NDArray.zeros([], avg.dtype);
    scl.fill(arr.size / avg.size);
  } else {
    const wgt = validWeights(toArray(o.weights), arr, axis);
    const isInt = arr.dtype.kind === 'i' || arr.dtype.kind === 'u' || arr.dtype.kind === 'b';
    const rdt = isInt ? resultType(arr.dtype, wgt.dtype, 'f8') : resultType(arr.dtype, wgt.dtype);
    scl = reduceArray(um.add, wgt, { axis: ax, dtype: rdt, ...kd }).result;
    if (!allFalse(um.equal(scl, 0)))
      throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
    // multiply(a, wgt, dtype=rdt): both converted to rdt first.
    const prodArr = um.multiply(
      arr.dtype === rdt ? arr : arr.astype(rdt),
      wgt.dtype === rdt ? wgt : wgt.astype(rdt),
    ) as NDArray;
    const s = reduceArray(um.add, prodArr, { axis: ax, ...kd }).result;
    avg = trueDivide(s, scl);
  }
  const opts = { axis: o.axis, keepdims: o.keepdims };
  if (!o.returned) return finish(avg, opts);
  if (scl.ndim !== avg.ndim || scl.dims.some((n, i) => n !== avg.dims[i])) {
    const b = NDArray.zeros(avg.dims, scl.dtype);
    b.set('...', scl);
    scl = b;
  }
  return [finish(avg, opts), finish(scl, opts)];
}

function allFalse(x: unknown): boolean {
  if (!(x instanceof NDArray)) return !x;
  let hit = false;
  x.forEachOffset((off) => {
    if (x.readAt(off)) hit = true;
  });
  return !hit;
}
