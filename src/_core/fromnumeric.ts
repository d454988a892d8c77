/**
 * The reductions of numpy/_core/fromnumeric.py: sum, prod, max/min (amax/amin), all/any,
 * mean, var, std, ptp, cumsum/cumprod, cumulative_sum/cumulative_prod, argmax/argmin.
 * Each binds NumPy's arguments (positional order, then one options object) and runs the
 * ufunc reduction NumPy runs. Values out follow API.md §3: without an axis, keepdims or
 * out a JS value, otherwise an NDArray.
 */
import { _mean, _std, _var } from './_methods.js';
import { argExtreme } from './argminmax.js';
import type { DTypeLike, KeyOf, ValidDType } from './dtype.js';
import { ValueError } from './errors.js';
import * as K from './kernels/index.js';
import { type ArrayLike, toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { quickAnyAll, quickExtremum } from './quick_extrema.js';
import { quickVarF64 } from './quick_var.js';
import { finish, reductionArgs } from './reduction_args.js';
import type {
  AllOptions,
  ArgOptions,
  Axis,
  KeyOfLike,
  MaxOptions,
  MeanKey,
  MeanOptions,
  Opts,
  Reduced,
  StaticDTypeLike,
  SumKey,
  SumOptions,
  ValueOf,
  VarKey,
  VarOptions,
  WhereLike,
  WithDType,
} from './reduction_types.js';
import { accumulate } from './umath/accumulate.js';
import * as um from './umath/defs/index.js';
import { identityOf, outArray, reduceArray } from './umath/reduce.js';
import { pairwiseWasm, reduceWasm, WASM_MIN_SUM } from './umath/reduce_wasm.js';
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
export function sum<A extends NDArray | ArrayLike>(
  a: A,
): ValueOf<KeyOfLike<A>, SumKey<KeyOfLike<A>>>;
export function sum<A extends NDArray | ArrayLike, const O extends SumOptions>(
  a: A,
  opts: Opts<O, SumOptions>,
): Reduced<O, WithDType<O, SumKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function sum<A extends NDArray | ArrayLike, const O extends Omit<SumOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<SumOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, WithDType<O, SumKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function sum<A extends NDArray | ArrayLike, D extends DTypeLike = never>(
  a: A,
  axis: Axis,
  dtype?: ValidDType<D> | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: SumOptions['initial'],
  where?: WhereLike,
  opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
): NDArray<[D] extends [never] ? SumKey<KeyOfLike<A>> : KeyOf<D>>;
export function sum<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  dtype?: StaticDTypeLike | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: SumOptions['initial'],
  where?: WhereLike,
  opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
): ValueOf<KeyOfLike<A>, SumKey<KeyOfLike<A>>> | NDArray;
export function sum(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const s = quickFloatSum(a);
    if (s !== undefined) return s;
  }
  return wrapReduction(um.add, a, reductionArgs('sum', rest, SUM_ARGS));
}

/**
 * `np.sum(a)` of a C-contiguous float64/float32 array without the reduction machinery: the
 * same pairwise sum the general path folds the single run with (0 + pairwise), so the same
 * bits. A non-finite sum goes the general way, which reports NumPy's FP errors.
 */
function quickFloatSum(a: NDArray): number | undefined {
  const dt = a.dtype;
  if (dt.kind !== 'f' || (dt.itemsize !== 8 && dt.itemsize !== 4)) return undefined;
  if (!a.isCContig || !a.isAligned) return undefined;
  const start = a.offset / dt.itemsize;
  const n = a.size;
  // Long arrays on the wasm backend: pieces of 64 KiB per copy (reduce_wasm.ts).
  const w = n >= WASM_MIN_SUM ? reduceWasm() : null;
  const s =
    w !== null
      ? dt.itemsize === 8
        ? 0 + pairwiseWasm(w, a.data as Float64Array, start, n, false)
        : Math.fround(0 + pairwiseWasm(w, a.data as Float32Array, start, n, true))
      : dt.itemsize === 8
        ? K.sumF64((a.data as Float64Array).subarray(start, start + n))
        : K.sumF32((a.data as Float32Array).subarray(start, start + n));
  return Number.isFinite(s) ? s : undefined;
}

/** `np.prod(a, axis, dtype, out, keepdims, initial, where)`. */
export function prod<A extends NDArray | ArrayLike>(
  a: A,
): ValueOf<KeyOfLike<A>, SumKey<KeyOfLike<A>>>;
export function prod<A extends NDArray | ArrayLike, const O extends SumOptions>(
  a: A,
  opts: Opts<O, SumOptions>,
): Reduced<O, WithDType<O, SumKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function prod<A extends NDArray | ArrayLike, const O extends Omit<SumOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<SumOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, WithDType<O, SumKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function prod<A extends NDArray | ArrayLike, D extends DTypeLike = never>(
  a: A,
  axis: Axis,
  dtype?: ValidDType<D> | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: SumOptions['initial'],
  where?: WhereLike,
  opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
): NDArray<[D] extends [never] ? SumKey<KeyOfLike<A>> : KeyOf<D>>;
export function prod<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  dtype?: StaticDTypeLike | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: SumOptions['initial'],
  where?: WhereLike,
  opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
): ValueOf<KeyOfLike<A>, SumKey<KeyOfLike<A>>> | NDArray;
export function prod(a: unknown, ...rest: unknown[]): any {
  return wrapReduction(um.multiply, a, reductionArgs('prod', rest, SUM_ARGS));
}

/** `np.max(a, axis, out, keepdims, initial, where)`: NaN propagates. */
export function max<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, KeyOfLike<A>>;
export function max<A extends NDArray | ArrayLike, const O extends MaxOptions>(
  a: A,
  opts: Opts<O, MaxOptions>,
): Reduced<O, KeyOfLike<A>, KeyOfLike<A>>;
export function max<A extends NDArray | ArrayLike, const O extends Omit<MaxOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, KeyOfLike<A>, KeyOfLike<A>>;
export function max<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): NDArray<KeyOfLike<A>>;
export function max<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): ValueOf<KeyOfLike<A>, KeyOfLike<A>> | NDArray;
export function max(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const m = quickExtremum(a, 'maximum');
    if (m !== undefined) return m;
  }
  return wrapReduction(um.maximum, a, reductionArgs('max', rest, MAX_ARGS), null);
}

/** `np.min(a, axis, out, keepdims, initial, where)`: NaN propagates. */
export function min<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, KeyOfLike<A>>;
export function min<A extends NDArray | ArrayLike, const O extends MaxOptions>(
  a: A,
  opts: Opts<O, MaxOptions>,
): Reduced<O, KeyOfLike<A>, KeyOfLike<A>>;
export function min<A extends NDArray | ArrayLike, const O extends Omit<MaxOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, KeyOfLike<A>, KeyOfLike<A>>;
export function min<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): NDArray<KeyOfLike<A>>;
export function min<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): ValueOf<KeyOfLike<A>, KeyOfLike<A>> | NDArray;
export function min(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const m = quickExtremum(a, 'minimum');
    if (m !== undefined) return m;
  }
  return wrapReduction(um.minimum, a, reductionArgs('min', rest, MAX_ARGS), null);
}

/** `np.amax`: alias of `np.max`. */
export function amax<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, KeyOfLike<A>>;
export function amax<A extends NDArray | ArrayLike, const O extends MaxOptions>(
  a: A,
  opts: Opts<O, MaxOptions>,
): Reduced<O, KeyOfLike<A>, KeyOfLike<A>>;
export function amax<A extends NDArray | ArrayLike, const O extends Omit<MaxOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, KeyOfLike<A>, KeyOfLike<A>>;
export function amax<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): NDArray<KeyOfLike<A>>;
export function amax<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): ValueOf<KeyOfLike<A>, KeyOfLike<A>> | NDArray;
export function amax(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const m = quickExtremum(a, 'maximum');
    if (m !== undefined) return m;
  }
  return wrapReduction(um.maximum, a, reductionArgs('amax', rest, MAX_ARGS), null);
}

/** `np.amin`: alias of `np.min`. */
export function amin<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, KeyOfLike<A>>;
export function amin<A extends NDArray | ArrayLike, const O extends MaxOptions>(
  a: A,
  opts: Opts<O, MaxOptions>,
): Reduced<O, KeyOfLike<A>, KeyOfLike<A>>;
export function amin<A extends NDArray | ArrayLike, const O extends Omit<MaxOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, KeyOfLike<A>, KeyOfLike<A>>;
export function amin<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): NDArray<KeyOfLike<A>>;
export function amin<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  initial?: MaxOptions['initial'],
  where?: WhereLike,
  opts?: Opts<MaxOptions, MaxOptions>,
): ValueOf<KeyOfLike<A>, KeyOfLike<A>> | NDArray;
export function amin(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const m = quickExtremum(a, 'minimum');
    if (m !== undefined) return m;
  }
  return wrapReduction(um.minimum, a, reductionArgs('amin', rest, MAX_ARGS), null);
}

/** `np.all(a, axis, out, keepdims, *, where)`: a logical_and reduction in bool. */
export function all<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, 'bool'>;
export function all<A extends NDArray | ArrayLike, const O extends AllOptions>(
  a: A,
  opts: Opts<O, AllOptions>,
): Reduced<O, 'bool', KeyOfLike<A>>;
export function all<A extends NDArray | ArrayLike, const O extends Omit<AllOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<AllOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, 'bool', KeyOfLike<A>>;
export function all<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<AllOptions, AllOptions>,
): NDArray<'bool'>;
export function all<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<AllOptions, AllOptions>,
): ValueOf<KeyOfLike<A>, 'bool'> | NDArray;
export function all(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const b = quickAnyAll(a, false);
    if (b !== undefined) return b;
  }
  return wrapReduction(um.logical_and, a, reductionArgs('all', rest, ALL_ARGS, ['where']), 'bool');
}

/** `np.any(a, axis, out, keepdims, *, where)`: a logical_or reduction in bool. */
export function any<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, 'bool'>;
export function any<A extends NDArray | ArrayLike, const O extends AllOptions>(
  a: A,
  opts: Opts<O, AllOptions>,
): Reduced<O, 'bool', KeyOfLike<A>>;
export function any<A extends NDArray | ArrayLike, const O extends Omit<AllOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<AllOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, 'bool', KeyOfLike<A>>;
export function any<A extends NDArray | ArrayLike>(
  a: A,
  axis: Axis,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<AllOptions, AllOptions>,
): NDArray<'bool'>;
export function any<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<AllOptions, AllOptions>,
): ValueOf<KeyOfLike<A>, 'bool'> | NDArray;
export function any(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const b = quickAnyAll(a, true);
    if (b !== undefined) return b;
  }
  return wrapReduction(um.logical_or, a, reductionArgs('any', rest, ALL_ARGS, ['where']), 'bool');
}

/** `np.mean(a, axis, dtype, out, keepdims, *, where)`: integers average in float64, float16 in float32. */
export function mean<A extends NDArray | ArrayLike>(
  a: A,
): ValueOf<KeyOfLike<A>, MeanKey<KeyOfLike<A>>>;
export function mean<A extends NDArray | ArrayLike, const O extends MeanOptions>(
  a: A,
  opts: Opts<O, MeanOptions>,
): Reduced<O, WithDType<O, MeanKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function mean<A extends NDArray | ArrayLike, const O extends Omit<MeanOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<MeanOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, WithDType<O, MeanKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function mean<A extends NDArray | ArrayLike, D extends DTypeLike = never>(
  a: A,
  axis: Axis,
  dtype?: ValidDType<D> | null,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<MeanOptions<StaticDTypeLike>, MeanOptions>,
): NDArray<[D] extends [never] ? MeanKey<KeyOfLike<A>> : KeyOf<D>>;
export function mean<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  dtype?: StaticDTypeLike | null,
  out?: NDArray | null,
  keepdims?: boolean,
  opts?: Opts<MeanOptions<StaticDTypeLike>, MeanOptions>,
): ValueOf<KeyOfLike<A>, MeanKey<KeyOfLike<A>>> | NDArray;
export function mean(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray && a.size > 0) {
    // NumPy: the float sum divided by the count in float64, cast back to the array's type
    const s = quickFloatSum(a);
    if (s !== undefined) return a.dtype.itemsize === 8 ? s / a.size : Math.fround(s / a.size);
  }
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
export function var_<A extends NDArray | ArrayLike>(
  a: A,
): ValueOf<KeyOfLike<A>, VarKey<KeyOfLike<A>>>;
export function var_<A extends NDArray | ArrayLike, const O extends VarOptions>(
  a: A,
  opts: Opts<O, VarOptions>,
): Reduced<O, WithDType<O, VarKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function var_<A extends NDArray | ArrayLike, const O extends Omit<VarOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<VarOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, WithDType<O, VarKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function var_<A extends NDArray | ArrayLike, D extends DTypeLike = never>(
  a: A,
  axis: Axis,
  dtype?: ValidDType<D> | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
): NDArray<[D] extends [never] ? VarKey<KeyOfLike<A>> : KeyOf<D>>;
export function var_<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  dtype?: StaticDTypeLike | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
): ValueOf<KeyOfLike<A>, VarKey<KeyOfLike<A>>> | NDArray;
export function var_(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const v = quickVarF64(a);
    if (v !== undefined) return v;
  }
  const o = reductionArgs('var', rest, VAR_ARGS, VAR_KW);
  return finish(_var(a, { ...o, out: outArray(o.out), ddof: ddofOf(o) }).result, o);
}
export { var_ as var };

/** `np.std(a, axis, dtype, out, ddof, keepdims, *, where, mean, correction)`. */
export function std<A extends NDArray | ArrayLike>(
  a: A,
): ValueOf<KeyOfLike<A>, VarKey<KeyOfLike<A>>>;
export function std<A extends NDArray | ArrayLike, const O extends VarOptions>(
  a: A,
  opts: Opts<O, VarOptions>,
): Reduced<O, WithDType<O, VarKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function std<A extends NDArray | ArrayLike, const O extends Omit<VarOptions, 'axis'>>(
  a: A,
  axis: Axis,
  opts?: Opts<O, Omit<VarOptions, 'axis'>>,
): Reduced<O & { axis: Axis }, WithDType<O, VarKey<KeyOfLike<A>>>, KeyOfLike<A>>;
export function std<A extends NDArray | ArrayLike, D extends DTypeLike = never>(
  a: A,
  axis: Axis,
  dtype?: ValidDType<D> | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
): NDArray<[D] extends [never] ? VarKey<KeyOfLike<A>> : KeyOf<D>>;
export function std<A extends NDArray | ArrayLike>(
  a: A,
  axis?: Axis | null,
  dtype?: StaticDTypeLike | null,
  out?: NDArray | null,
  ddof?: number,
  keepdims?: boolean,
  opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
): ValueOf<KeyOfLike<A>, VarKey<KeyOfLike<A>>> | NDArray;
export function std(a: unknown, ...rest: unknown[]): any {
  if (rest.length === 0 && a instanceof NDArray) {
    const v = quickVarF64(a);
    if (v !== undefined) return Math.sqrt(v);
  }
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
    t.get(...(t.dims.map((_, k) => (k === ax ? i : ':')) as never[]));
  if (out && o.include_initial) {
    accumulate(u, arr, { axis, dtype: o.dtype, out: sliceAt(out, '1:') });
    sliceAt(out, 0).fill(u.identity);
    return out;
  }
  const res = accumulate(u, arr, { axis, dtype: o.dtype, out });
  if (!o.include_initial) return res;
  const shape = res.dims.slice();
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
export function argmax<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, 'int64'>;
export function argmax<A extends NDArray | ArrayLike, const O extends ArgOptions>(
  a: A,
  opts: Opts<O, ArgOptions>,
): Reduced<O, 'int64', KeyOfLike<A>>;
export function argmax<A extends NDArray | ArrayLike, const O extends Omit<ArgOptions, 'axis'>>(
  a: A,
  axis: number,
  opts?: Opts<O, Omit<ArgOptions, 'axis'>>,
): Reduced<O & { axis: number }, 'int64', KeyOfLike<A>>;
export function argmax<A extends NDArray | ArrayLike>(
  a: A,
  axis: number,
  out?: NDArray | null,
  opts?: Opts<ArgOptions, ArgOptions>,
): NDArray<'int64'>;
export function argmax<A extends NDArray | ArrayLike>(
  a: A,
  axis?: number | null,
  out?: NDArray | null,
  opts?: Opts<ArgOptions, ArgOptions>,
): ValueOf<KeyOfLike<A>, 'int64'> | NDArray;
export function argmax(a: unknown, ...rest: unknown[]): any {
  return argFn('argmax', a, rest);
}

/** `np.argmin(a, axis, out, *, keepdims)`: index of the first minimum (first NaN wins). */
export function argmin<A extends NDArray | ArrayLike>(a: A): ValueOf<KeyOfLike<A>, 'int64'>;
export function argmin<A extends NDArray | ArrayLike, const O extends ArgOptions>(
  a: A,
  opts: Opts<O, ArgOptions>,
): Reduced<O, 'int64', KeyOfLike<A>>;
export function argmin<A extends NDArray | ArrayLike, const O extends Omit<ArgOptions, 'axis'>>(
  a: A,
  axis: number,
  opts?: Opts<O, Omit<ArgOptions, 'axis'>>,
): Reduced<O & { axis: number }, 'int64', KeyOfLike<A>>;
export function argmin<A extends NDArray | ArrayLike>(
  a: A,
  axis: number,
  out?: NDArray | null,
  opts?: Opts<ArgOptions, ArgOptions>,
): NDArray<'int64'>;
export function argmin<A extends NDArray | ArrayLike>(
  a: A,
  axis?: number | null,
  out?: NDArray | null,
  opts?: Opts<ArgOptions, ArgOptions>,
): ValueOf<KeyOfLike<A>, 'int64'> | NDArray;
export function argmin(a: unknown, ...rest: unknown[]): any {
  return argFn('argmin', a, rest);
}
