/**
 * The reductions of numpy/_core/fromnumeric.py: sum, prod, max/min (amax/amin), all/any,
 * mean, var, std, ptp, cumsum/cumprod, cumulative_sum/cumulative_prod, argmax/argmin.
 * Each binds NumPy's arguments (positional order, then one options object) and runs the
 * ufunc reduction NumPy runs. Values out follow API.md §3: without an axis, keepdims or
 * out a JS value, otherwise an NDArray.
 */
import { _mean, _std, _var } from './_methods.js';
import { argExtreme } from './argminmax.js';
import { ValueError } from './errors.js';
import { toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { finish, reductionArgs } from './reduction_args.js';
import { accumulate } from './umath/accumulate.js';
import * as um from './umath/defs/index.js';
import { identityOf, outArray, reduceArray } from './umath/reduce.js';
import type { Ufunc } from './umath/ufunc.js';

const SUM_ARGS = ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'] as const;
const MAX_ARGS = ['axis', 'out', 'keepdims', 'initial', 'where'] as const;
const ALL_ARGS = ['axis', 'out', 'keepdims'] as const;
const MEAN_ARGS = ['axis', 'dtype', 'out', 'keepdims'] as const;
const VAR_ARGS = ['axis', 'dtype', 'out', 'ddof', 'keepdims'] as const;
const VAR_KW = ['where', 'mean', 'correction'] as const;

/** A ufunc reduction with fromnumeric's default axis=None. */
function wrapReduction(
  u: Ufunc,
  a: unknown,
  o: Record<string, any>,
  dtype: unknown = o.dtype,
): any {
  const r = reduceArray(u, a, {
    axis: o.axis === undefined ? null : o.axis,
    dtype: dtype as never,
    out: o.out,
    keepdims: o.keepdims,
    initial: o.initial,
    where: o.where,
  });
  return finish(r.result, o);
}

/** `np.sum(a, axis, dtype, out, keepdims, initial, where)`. */
export function sum(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.add, a, reductionArgs('sum', rest, SUM_ARGS));
}

/** `np.prod(a, axis, dtype, out, keepdims, initial, where)`. */
export function prod(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.multiply, a, reductionArgs('prod', rest, SUM_ARGS));
}

/** `np.max(a, axis, out, keepdims, initial, where)`: NaN propagates. */
export function max(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.maximum, a, reductionArgs('max', rest, MAX_ARGS), null);
}

/** `np.min(a, axis, out, keepdims, initial, where)`: NaN propagates. */
export function min(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.minimum, a, reductionArgs('min', rest, MAX_ARGS), null);
}

/** `np.amax`: alias of `np.max`. */
export function amax(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.maximum, a, reductionArgs('amax', rest, MAX_ARGS), null);
}

/** `np.amin`: alias of `np.min`. */
export function amin(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.minimum, a, reductionArgs('amin', rest, MAX_ARGS), null);
}

/** `np.all(a, axis, out, keepdims, *, where)`: a logical_and reduction in bool. */
export function all(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.logical_and, a, reductionArgs('all', rest, ALL_ARGS, ['where']), 'bool');
}

/** `np.any(a, axis, out, keepdims, *, where)`: a logical_or reduction in bool. */
export function any(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.logical_or, a, reductionArgs('any', rest, ALL_ARGS, ['where']), 'bool');
}

/** `np.mean(a, axis, dtype, out, keepdims, *, where)`: integers average in float64, float16 in float32. */
export function mean(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('mean', rest, MEAN_ARGS, ['where']);
  return finish(_mean(a, { ...o, out: outArray(o.out) }).result, o);
}

/** `ddof`, or Array-API `correction` (not both). */
function ddofOf(o: Record<string, any>): number {
  if (o.correction !== undefined && o.correction !== null) {
    if ((o.ddof ?? 0) !== 0)
      throw new ValueError("ddof and correction can't be provided simultaneously.");
    return o.correction;
  }
  return o.ddof ?? 0;
}

/** `np.var(a, axis, dtype, out, ddof, keepdims, *, where, mean, correction)`. */
export function var_(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('var', rest, VAR_ARGS, VAR_KW);
  return finish(_var(a, { ...o, out: outArray(o.out), ddof: ddofOf(o) }).result, o);
}
export { var_ as var };

/** `np.std(a, axis, dtype, out, ddof, keepdims, *, where, mean, correction)`. */
export function std(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('std', rest, VAR_ARGS, VAR_KW);
  return finish(_std(a, { ...o, out: outArray(o.out), ddof: ddofOf(o) }).result, o);
}

/** `np.ptp(a, axis, out, keepdims)`: max - min (wrapping for integers, as NumPy). */
export function ptp(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('ptp', rest, ['axis', 'out', 'keepdims']);
  const out = outArray(o.out);
  const axis = o.axis === undefined ? null : o.axis;
  const hi = reduceArray(um.maximum, a, { axis, out, keepdims: o.keepdims }).result;
  const lo = reduceArray(um.minimum, a, { axis, keepdims: o.keepdims }).result;
  const r = out ? um.subtract(hi, lo, { out }) : um.subtract(hi, lo);
  return finish(r, o);
}

/** NumPy's ndarray.cumsum/cumprod: axis=None runs over the flattened array. */
function cumulate(u: Ufunc, name: string, a: unknown, rest: unknown[]): NDArray {
  const o = reductionArgs(name, rest, ['axis', 'dtype', 'out']);
  let arr = toArray(a);
  let axis = o.axis;
  if (axis === undefined || axis === null) {
    arr = arr.ndim === 1 ? arr : arr.reshape(-1);
    axis = 0;
  } else if (arr.ndim === 0) {
    arr = arr.reshape(1); // NumPy's PyArray_CheckAxis treats a 0-d array as 1-d
  }
  return accumulate(u, arr, { axis, dtype: o.dtype, out: o.out });
}

/** `np.cumsum(a, axis, dtype, out)`. */
export function cumsum(a: unknown, ...rest: unknown[]): NDArray {
  return cumulate(um.add, 'cumsum', a, rest);
}

/** `np.cumprod(a, axis, dtype, out)`. */
export function cumprod(a: unknown, ...rest: unknown[]): NDArray {
  return cumulate(um.multiply, 'cumprod', a, rest);
}

/** NumPy's `_cumulative_func` (Array API cumulative_sum/prod). */
function cumulative(u: Ufunc, name: string, x: unknown, rest: unknown[]): NDArray {
  const o = reductionArgs(name, rest, [], ['axis', 'dtype', 'out', 'include_initial']);
  let arr = toArray(x);
  if (arr.ndim === 0) arr = arr.reshape(1);
  let axis = o.axis;
  if (axis === undefined || axis === null) {
    if (arr.ndim >= 2)
      throw new ValueError(
        'For arrays which have more than one dimension ``axis`` argument is required.',
      );
    axis = 0;
  }
  const out = outArray(o.out);
  const ax = axis < 0 ? axis + arr.ndim : axis;
  const sliceAt = (t: NDArray, i: number | string) =>
    t.get(...(t.shape.map((_, k) => (k === ax ? i : ':')) as never[]));
  if (out && o.include_initial) {
    accumulate(u, arr, { axis, dtype: o.dtype, out: sliceAt(out, '1:') });
    sliceAt(out, 0).fill(u.identity);
    return out;
  }
  const res = accumulate(u, arr, { axis, dtype: o.dtype, out });
  if (!o.include_initial) return res;
  const shape = res.shape.slice();
  shape[ax] = shape[ax]! + 1;
  const full = NDArray.zeros(shape, res.dtype);
  sliceAt(full, 0).fill(identityOf(u, res.dtype));
  sliceAt(full, '1:').set('...', res);
  return full;
}

/** `np.cumulative_sum(x, {axis, dtype, out, include_initial})`. */
export function cumulative_sum(x: unknown, ...rest: unknown[]): NDArray {
  return cumulative(um.add, 'cumulative_sum', x, rest);
}

/** `np.cumulative_prod(x, {axis, dtype, out, include_initial})`. */
export function cumulative_prod(x: unknown, ...rest: unknown[]): NDArray {
  return cumulative(um.multiply, 'cumulative_prod', x, rest);
}

function argFn(kind: 'argmax' | 'argmin', a: unknown, rest: unknown[]): any {
  const o = reductionArgs(kind, rest, ['axis', 'out'], ['keepdims']);
  const r = argExtreme(kind, a, o.axis, outArray(o.out), !!o.keepdims);
  return finish(r, o);
}

/** `np.argmax(a, axis, out, *, keepdims)`: index of the first maximum (first NaN wins). */
export function argmax(a: unknown, ...rest: unknown[]): any {
  return argFn('argmax', a, rest);
}

/** `np.argmin(a, axis, out, *, keepdims)`: index of the first minimum (first NaN wins). */
export function argmin(a: unknown, ...rest: unknown[]): any {
  return argFn('argmin', a, rest);
}
