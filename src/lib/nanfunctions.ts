/**
 * NaN-ignoring reductions (numpy/lib/_nanfunctions_impl.py): nansum, nanprod, nanmin,
 * nanmax, nanargmin, nanargmax, nanmean, nanvar, nanstd, nancumsum, nancumprod.
 * NaNs are replaced by the operation's neutral value in a copy, then the ordinary
 * reduction runs, so results are NumPy's bit for bit; warnings and errors are NumPy's.
 */

import { elementwiseInto } from '../_core/_elementwise.js';
import { _var, divideByCount, divideInto } from '../_core/_methods.js';
import { argExtreme } from '../_core/argminmax.js';
import type { DType } from '../_core/dtype.js';
import { float64, int64, dtype as toDType } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { cumprod, cumsum, mean, prod, sum } from '../_core/fromnumeric.js';
import { countNonzeroBytes } from '../_core/item_selection/words.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { quickVarF64 } from '../_core/quick_var.js';
import { finish, reductionArgs } from '../_core/reduction_args.js';
import { warn } from '../_core/runtime_warning.js';
import * as um from '../_core/umath/defs/index.js';
import { errstate } from '../_core/umath/errstate.js';
import { outArray, type ReduceResult, reduceArray, whereMask } from '../_core/umath/reduce.js';
import { castQuiet } from '../_core/umath/reduce_fp.js';

const SUM_ARGS = ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'] as const;
const MAX_ARGS = ['axis', 'out', 'keepdims', 'initial', 'where'] as const;

function inexact(dt: DType): boolean {
  return dt.kind === 'f' || dt.kind === 'c';
}

/**
 * NumPy's `_replace_nan`: a copy with NaNs set to `val`, and the NaN mask (null for non-float
 * dtypes). `readOnly`: the caller only reads the array (nansum, nanprod, nancumsum,
 * nancumprod), so a C-contiguous one without NaN comes back as it is: the copy would hold the
 * same values in the same layout, and the reductions would see the same order.
 */
function replaceNaN(a: unknown, val: number, readOnly = false): [NDArray, NDArray | null] {
  const arr = toArray(a);
  if (!inexact(arr.dtype)) return [arr, null];
  const mask = um.isnan(arr) as NDArray;
  if (readOnly && arr.flags.c_contiguous && mask.flags.c_contiguous) {
    const bytes = new Uint8Array(mask.buffer as ArrayBuffer, mask.offset, mask.size);
    if (countNonzeroBytes(bytes, 0, bytes.length) === 0) return [arr, mask];
  }
  const c = arr.copy('K'); // np.array(a, copy=True) keeps the memory order
  c.set(mask, val);
  return [c, mask];
}

/**
 * Whether a NaN-free real float array's nan-reduction equals the plain one bit for bit: not
 * float16 (np.mean sums it in float32), not complex (the steps differ), not empty (the
 * warnings differ), no `where`.
 */
function noNaNAsPlain(arr: NDArray, o: Record<string, any>): boolean {
  if (arr.size === 0 || arr.dtype.kind !== 'f' || arr.dtype.itemsize === 2) return false;
  return o.where === undefined || o.where === true;
}

/**
 * Whether every slice keeps degrees of freedom (np.var and nanvar warn differently when one
 * does not): always with ddof 0 on a non-empty array, else checked over the whole array.
 */
function freeDegrees(arr: NDArray, o: Record<string, any>): boolean {
  const ddof = Number(o.ddof ?? o.correction ?? 0);
  return ddof === 0 || ((o.axis === undefined || o.axis === null) && arr.size > ddof);
}

/** Options without the ones left undefined (NumPy's `_NoValue`). */
function given(o: Record<string, any>, keys: readonly string[]): Record<string, any> {
  const r: Record<string, any> = {};
  for (const k of keys) if (o[k] !== undefined) r[k] = o[k];
  return r;
}

function anyTrue(x: unknown): boolean {
  if (typeof x === 'boolean') return x;
  if (!(x instanceof NDArray)) return !!x;
  let hit = false;
  x.forEachOffset((off) => {
    if (x.readAt(off)) hit = true;
  });
  return hit;
}

function nanExtreme(name: 'nanmin' | 'nanmax', a: unknown, rest: unknown[]): any {
  const o = reductionArgs(name, rest, MAX_ARGS);
  const kw = given(o, ['keepdims', 'initial', 'where']);
  const isMin = name === 'nanmin';
  if (a instanceof NDArray) {
    // NumPy's fast path for ndarrays: fmin/fmax ignore NaNs; an all-NaN slice stays NaN.
    const r = reduceArray(isMin ? um.fmin : um.fmax, a, {
      axis: o.axis === undefined ? null : o.axis,
      out: outArray(o.out),
      ...kw,
    });
    if (inexact(r.result.dtype) && anyTrue(um.isnan(r.result))) warn('All-NaN slice encountered');
    return finish(r.result, o);
  }
  const [arr, mask] = replaceNaN(a, isMin ? Infinity : -Infinity);
  const r = reduceArray(isMin ? um.minimum : um.maximum, arr, {
    axis: o.axis === undefined ? null : o.axis,
    out: outArray(o.out),
    ...kw,
  });
  if (!mask) return finish(r.result, o);
  const { initial: _i, ...kw2 } = kw;
  const allNaN = reduceArray(um.logical_and, mask, {
    axis: o.axis === undefined ? null : o.axis,
    dtype: 'bool',
    ...kw2,
  }).result;
  if (anyTrue(allNaN)) {
    r.result.set(allNaN, Number.NaN);
    warn('All-NaN axis encountered');
  }
  return finish(r.result, o);
}

/** `np.nanmin(a, axis, out, keepdims, initial, where)`. */
export function nanmin(a: unknown, ...rest: unknown[]): any {
  return nanExtreme('nanmin', a, rest);
}

/** `np.nanmax(a, axis, out, keepdims, initial, where)`. */
export function nanmax(a: unknown, ...rest: unknown[]): any {
  return nanExtreme('nanmax', a, rest);
}

function nanArg(kind: 'argmin' | 'argmax', a: unknown, rest: unknown[]): any {
  const o = reductionArgs(`nan${kind}`, rest, ['axis', 'out'], ['keepdims']);
  const [arr, mask] = replaceNaN(a, kind === 'argmin' ? Infinity : -Infinity);
  if (mask && mask.size > 0) {
    const allNaN = reduceArray(um.logical_and, mask, {
      axis: o.axis === undefined ? null : o.axis,
      dtype: 'bool',
    }).result;
    if (anyTrue(allNaN)) throw new ValueError('All-NaN slice encountered');
  }
  return finish(argExtreme(kind, arr, o.axis, outArray(o.out), !!o.keepdims), o);
}

/** `np.nanargmin(a, axis, out, *, keepdims)`: ValueError on an all-NaN slice. */
export function nanargmin(a: unknown, ...rest: unknown[]): any {
  return nanArg('argmin', a, rest);
}

/** `np.nanargmax(a, axis, out, *, keepdims)`: ValueError on an all-NaN slice. */
export function nanargmax(a: unknown, ...rest: unknown[]): any {
  return nanArg('argmax', a, rest);
}

/** `np.nansum(a, axis, dtype, out, keepdims, initial, where)`: NaNs count as zero. */
export function nansum(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('nansum', rest, SUM_ARGS);
  return sum(replaceNaN(a, 0, true)[0], given(o, SUM_ARGS) as never);
}

/** `np.nanprod(a, axis, dtype, out, keepdims, initial, where)`: NaNs count as one. */
export function nanprod(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('nanprod', rest, SUM_ARGS);
  return prod(replaceNaN(a, 1, true)[0], given(o, SUM_ARGS) as never);
}

/** `np.nancumsum(a, axis, dtype, out)`. */
export function nancumsum(a: unknown, ...rest: unknown[]): NDArray {
  const o = reductionArgs('nancumsum', rest, ['axis', 'dtype', 'out']);
  return cumsum(replaceNaN(a, 0, true)[0], given(o, ['axis', 'dtype', 'out']));
}

/** `np.nancumprod(a, axis, dtype, out)`. */
export function nancumprod(a: unknown, ...rest: unknown[]): NDArray {
  const o = reductionArgs('nancumprod', rest, ['axis', 'dtype', 'out']);
  return cumprod(replaceNaN(a, 1, true)[0], given(o, ['axis', 'dtype', 'out']));
}

/** NumPy's `_divide_by_count`: in place for arrays, `a.dtype.type(a / b)` for scalars; no FP warnings. */
function divideByCountQuiet(a: ReduceResult, b: NDArray, out: NDArray | null): ReduceResult {
  return errstate({ invalid: 'ignore', divide: 'ignore' }, () => {
    if (!a.scalar) {
      if (out && out !== a.result) {
        castQuiet(out, um.divide(a.result, b) as NDArray);
        return { result: out, scalar: false };
      }
      divideInto(a.result, b);
      return a;
    }
    if (out) {
      castQuiet(out, um.divide(a.result, b) as NDArray);
      return { result: out, scalar: false };
    }
    return divideByCount(a, b);
  });
}

function checkInexactArgs(dtype: unknown, out: NDArray | null): DType | null {
  const dt = dtype === undefined || dtype === null ? null : toDType(dtype as never);
  if (dt && !inexact(dt)) throw new TypeError('If a is inexact, then dtype must be inexact');
  if (out && !inexact(out.dtype)) throw new TypeError('If a is inexact, then out must be inexact');
  return dt;
}

/** `np.nanmean(a, axis, dtype, out, keepdims, *, where)`. */
export function nanmean(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('nanmean', rest, ['axis', 'dtype', 'out', 'keepdims'], ['where']);
  const input = toArray(a);
  const [arr, mask] = replaceNaN(input, 0, true);
  const out = outArray(o.out);
  const plainMean = () =>
    mean(arr, given(o, ['axis', 'dtype', 'out', 'keepdims', 'where']) as never);
  if (!mask) return plainMean();
  const dtype = checkInexactArgs(o.dtype, out);
  // No NaN: NumPy's sum and division by the count are np.mean's, so are the bits (float16's
  // mean sums in float32, and an empty slice warns otherwise: those keep the long path).
  if (arr === input && noNaNAsPlain(arr, o)) return plainMean();
  const axis = o.axis === undefined ? null : o.axis;
  const keepdims = !!o.keepdims;
  const cnt = reduceArray(um.add, um.logical_not(mask), {
    axis,
    dtype: int64,
    keepdims,
    where: o.where,
  });
  const tot = reduceArray(um.add, arr, { axis, dtype, out, keepdims, where: o.where });
  const avg = divideByCountQuiet(tot, cnt.result, out);
  if (anyTrue(um.equal(cnt.result, 0))) warn('Mean of empty slice');
  return finish(avg.result, o);
}

/** `np.nanvar(a, axis, dtype, out, ddof, keepdims, *, where, mean, correction)`. */
export function nanvar(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs(
    'nanvar',
    rest,
    ['axis', 'dtype', 'out', 'ddof', 'keepdims'],
    ['where', 'mean', 'correction'],
  );
  return finish(nanvarCore(a, o).result, o);
}

function nanvarCore(a: unknown, o: Record<string, any>): ReduceResult {
  const input = toArray(a);
  let [arr, mask] = replaceNaN(input, 0, true);
  const out = outArray(o.out);
  let ddof = o.ddof ?? 0;
  const dtype = mask ? checkInexactArgs(o.dtype, out) : null;
  // No NaN: nanvar's steps (sum, divide by the count, subtract, square, sum, divide by the
  // degrees of freedom) are np.var's, so are the bits; `mean` or `dtype` keep the long path.
  const plain =
    arr === input &&
    noNaNAsPlain(arr, o) &&
    (o.mean === undefined || o.mean === null) &&
    (o.dtype === undefined || o.dtype === null) &&
    freeDegrees(arr, o);
  // The long path subtracts into `arr`: never into the caller's array.
  if (mask && arr === input && !plain) arr = arr.copy('K');
  if (!mask || plain) {
    if (o.correction !== undefined && o.correction !== null) {
      if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
      ddof = o.correction;
    }
    if (plain && (o.axis === undefined || o.axis === null) && !out && !o.keepdims) {
      const v = quickVarF64(arr, Number(ddof));
      if (v !== undefined) {
        const r = NDArray.empty([], float64);
        r.fill(v);
        return { result: r, scalar: true };
      }
    }
    return _var(arr, {
      axis: o.axis,
      dtype: o.dtype,
      out,
      ddof,
      keepdims: o.keepdims,
      where: o.where,
      mean: o.mean,
    });
  }
  if (o.correction !== undefined && o.correction !== null) {
    if (ddof !== 0) throw new ValueError("ddof and correction can't be provided simultaneously.");
    ddof = o.correction;
  }
  const axis = o.axis === undefined ? null : o.axis;
  const where = o.where;
  const cnt = reduceArray(um.add, um.logical_not(mask), {
    axis,
    dtype: int64,
    keepdims: true,
    where,
  }).result;
  let avg: NDArray;
  if (o.mean !== undefined && o.mean !== null) avg = toArray(o.mean);
  else {
    const s = reduceArray(um.add, arr, { axis, dtype, keepdims: true, where });
    avg = divideByCountQuiet(s, cnt, null).result;
  }
  const wm = whereMask(where);
  elementwiseInto('subtract', arr, avg, arr, wm);
  arr.set(mask, 0);
  let sqr: NDArray;
  if (arr.dtype.kind === 'c')
    sqr = elementwiseInto('multiply', arr, um.conjugate(arr) as NDArray, arr, wm).real;
  else sqr = elementwiseInto('multiply', arr, arr, arr, wm);
  const v = reduceArray(um.add, sqr, { axis, dtype, out, keepdims: o.keepdims, where });
  let c = cnt;
  const vNdim = v.scalar ? 0 : v.result.ndim;
  if (vNdim < c.ndim) c = axis === null ? c.reshape([]) : c.squeeze(axis);
  const dof = um.subtract(c, ddof) as NDArray;
  const r = divideByCountQuiet(v, dof, null);
  const isbad = um.less_equal(dof, 0) as NDArray;
  if (anyTrue(isbad)) {
    warn('Degrees of freedom <= 0 for slice.');
    if (r.result.ndim === 0) r.result.fill(Number.NaN);
    else
      r.result.set(isbad.ndim === r.result.ndim ? isbad : isbad.reshape(r.result.dims), Number.NaN);
  }
  return r;
}

/** `np.nanstd(a, axis, dtype, out, ddof, keepdims, *, where, mean, correction)`. */
export function nanstd(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs(
    'nanstd',
    rest,
    ['axis', 'dtype', 'out', 'ddof', 'keepdims'],
    ['where', 'mean', 'correction'],
  );
  const v = nanvarCore(a, o);
  elementwiseInto('sqrt', v.result, null, v.result);
  return finish(v.result, o);
}
