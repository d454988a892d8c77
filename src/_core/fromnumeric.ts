/**
 * Reductions as NumPy's functions and methods (numpy/_core/fromnumeric.py, _methods.py):
 * sum, prod, max/min, all/any, mean, var, std, ptp, cumsum, cumprod. Each is a ufunc
 * reduction with NumPy's defaults (axis=None, dtype rules for mean/var).
 * Values out follow API.md §3: no axis and no keepdims gives a JS value.
 */
import { type DType, type DTypeLike, dtype as toDType, float32, float64 } from './dtype.js';
import { toJS } from './elements.js';
import { unexpectedKeyword } from './errors.js';
import { NDArray } from './ndarray.js';
import { toArray } from './multiarray/array.js';
import { accumulate, normalizeAxes, reduce } from './umath/reduce.js';
import * as um from './umath/defs/index.js';
import type { Ufunc } from './umath/ufunc.js';

export interface ReductionOptions {
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
  keepdims?: boolean;
  initial?: unknown;
  where?: unknown;
}

/** Parse `(a, axis?, dtype?, out?, keepdims?, …, {opts})` for function `fn`. */
function parseArgs(fn: string, rest: unknown[], names: readonly string[], allowed: readonly string[]): Record<string, any> {
  const opts: Record<string, any> = {};
  let args = rest;
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === 'object' && !Array.isArray(last) && !(last instanceof NDArray)) {
    for (const k of Object.keys(last)) if (!allowed.includes(k)) throw unexpectedKeyword(fn, k);
    Object.assign(opts, last);
    args = rest.slice(0, -1);
  }
  args.forEach((v, i) => {
    if (i >= names.length) throw new TypeError(`${fn}() takes from 1 to ${names.length + 1} positional arguments but ${args.length + 1} were given`);
    opts[names[i]!] = v;
  });
  return opts;
}

/** Whether the caller asked for an array result (an axis or keepdims), per API.md §3. */
function wantsArray(o: Record<string, any>): boolean {
  return (o.axis !== undefined && o.axis !== null) || o.keepdims === true || (o.out !== undefined && o.out !== null);
}

function finish(r: unknown, o: Record<string, any>): any {
  if (r instanceof NDArray && !wantsArray(o) && r.ndim === 0) return toJS(r.readAt(r.offset), r.dtype);
  return r;
}

function ufuncReduce(u: Ufunc, a: unknown, o: Record<string, any>): any {
  const arr = toArray(a);
  const r = reduce(u, arr, {
    axis: o.axis === undefined ? null : o.axis,
    dtype: o.dtype,
    out: o.out,
    keepdims: o.keepdims,
    initial: o.initial,
    where: o.where,
  });
  return finish(r, o);
}

const SUM_ARGS = ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'] as const;
const MAX_ARGS = ['axis', 'out', 'keepdims', 'initial', 'where'] as const;
const ALL_ARGS = ['axis', 'out', 'keepdims', 'where'] as const;
const MEAN_ARGS = ['axis', 'dtype', 'out', 'keepdims', 'where'] as const;
const VAR_ARGS = ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean', 'correction'] as const;

/** `np.sum(a, axis, dtype, out, keepdims, initial, where)`. */
export function sum(a: unknown, ...rest: unknown[]): any {
  return ufuncReduce(um.add, a, parseArgs('sum', rest, SUM_ARGS, SUM_ARGS));
}
/** `np.prod(a, axis, dtype, out, keepdims, initial, where)`. */
export function prod(a: unknown, ...rest: unknown[]): any {
  return ufuncReduce(um.multiply, a, parseArgs('prod', rest, SUM_ARGS, SUM_ARGS));
}
/** `np.max(a, axis, out, keepdims, initial, where)` (also `np.amax`). */
export function max(a: unknown, ...rest: unknown[]): any {
  return ufuncReduce(um.maximum, a, parseArgs('max', rest, MAX_ARGS, MAX_ARGS));
}
/** `np.min(a, axis, out, keepdims, initial, where)` (also `np.amin`). */
export function min(a: unknown, ...rest: unknown[]): any {
  return ufuncReduce(um.minimum, a, parseArgs('min', rest, MAX_ARGS, MAX_ARGS));
}
export const amax = max;
export const amin = min;

/** `np.all(a, axis, out, keepdims, where)`. */
export function all(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('all', rest, ALL_ARGS, ALL_ARGS);
  return ufuncReduce(um.logical_and, toArray(a), { ...o, dtype: 'bool' });
}
/** `np.any(a, axis, out, keepdims, where)`. */
export function any(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('any', rest, ALL_ARGS, ALL_ARGS);
  return ufuncReduce(um.logical_or, toArray(a), { ...o, dtype: 'bool' });
}

/** Number of elements a reduction over `axis` combines. */
function countOf(a: NDArray, axis: number | readonly number[] | null | undefined): number {
  const axes = normalizeAxes(axis === undefined ? null : axis, a.ndim);
  return axes.reduce((p, ax) => p * a.shape[ax]!, 1);
}

/** The intermediate dtype NumPy's _mean/_var use: float64 for ints and bools, float32 for float16. */
function meanDType(a: NDArray, dtype: DTypeLike | null | undefined): { work: DType | null; final: DType | null } {
  if (dtype !== undefined && dtype !== null) return { work: toDType(dtype), final: null };
  if (a.dtype.kind === 'i' || a.dtype.kind === 'u' || a.dtype.kind === 'b') return { work: float64, final: null };
  if (a.dtype.kind === 'f' && a.dtype.itemsize === 2) return { work: float32, final: a.dtype };
  return { work: null, final: null };
}

/** `np.mean(a, axis, dtype, out, keepdims, where)`. */
export function mean(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('mean', rest, MEAN_ARGS, MEAN_ARGS);
  const arr = toArray(a);
  const n = o.where !== undefined && o.where !== true ? whereCount(arr, o) : countOf(arr, o.axis);
  const { work, final } = meanDType(arr, o.dtype);
  const s = reduce(um.add, arr, { axis: o.axis ?? null, dtype: work, keepdims: o.keepdims, where: o.where }) as NDArray;
  let r = um.divide(s, n, { out: s.dtype.kind === 'f' || s.dtype.kind === 'c' ? s : undefined, casting: 'unsafe' }) as NDArray;
  if (final) r = r.astype(final);
  if (o.out) {
    (o.out as NDArray).set('...', r);
    return o.out;
  }
  return finish(r, o);
}

function whereCount(arr: NDArray, o: Record<string, any>): NDArray | number {
  const w = toArray(o.where);
  const ones = um.logical_or(w, false) as NDArray;
  const b = um.logical_and(ones, um.equal(arr, arr) ?? true) as NDArray;
  void b;
  return reduce(um.add, um.logical_or(w, NDArray.zeros(arr.shape, w.dtype)), { axis: o.axis ?? null, dtype: 'int64', keepdims: o.keepdims }) as NDArray;
}

/** `np.var(a, axis, dtype, out, ddof, keepdims, where, mean, correction)`. */
export function var_(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('var', rest, VAR_ARGS, VAR_ARGS);
  return finish(variance(toArray(a), o), o);
}
export { var_ as var };

function variance(arr: NDArray, o: Record<string, any>): NDArray {
  if (o.ddof !== undefined && o.correction !== undefined) {
    throw new ValueError("ddof and correction can't be provided simultaneously.");
  }
  const ddof = o.correction ?? o.ddof ?? 0;
  const n = countOf(arr, o.axis);
  const { work, final } = meanDType(arr, o.dtype);
  let m: NDArray;
  if (o.mean !== undefined) m = toArray(o.mean);
  else {
    const s = reduce(um.add, arr, { axis: o.axis ?? null, dtype: work, keepdims: true, where: o.where }) as NDArray;
    m = um.divide(s, n, s.dtype.kind === 'f' || s.dtype.kind === 'c' ? { out: s, casting: 'unsafe' } : {}) as NDArray;
  }
  let x = um.subtract(arr, m) as NDArray;
  if (x.dtype.kind === 'c') {
    const re = x.real;
    const im = x.imag;
    x = um.add(um.multiply(re, re), um.multiply(im, im)) as NDArray;
  } else x = um.multiply(x, x, { out: x }) as NDArray;
  const s = reduce(um.add, x, { axis: o.axis ?? null, dtype: work, keepdims: o.keepdims, where: o.where }) as NDArray;
  const count = Math.max(n - ddof, 0);
  let r = um.divide(s, count, s.dtype.kind === 'f' ? { out: s, casting: 'unsafe' } : {}) as NDArray;
  if (final) r = r.astype(final);
  if (o.out) {
    (o.out as NDArray).set('...', r);
    return o.out as NDArray;
  }
  return r;
}

/** `np.std(a, axis, dtype, out, ddof, keepdims, where, mean, correction)`. */
export function std(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('std', rest, VAR_ARGS, VAR_ARGS);
  const v = variance(toArray(a), { ...o, out: undefined });
  const r = um.sqrt(v, v.dtype.kind === 'f' ? { out: v } : {}) as NDArray;
  if (o.out) {
    (o.out as NDArray).set('...', r);
    return o.out;
  }
  return finish(r, o);
}

/** `np.ptp(a, axis, out, keepdims)`: max - min. */
export function ptp(a: unknown, ...rest: unknown[]): any {
  const o = parseArgs('ptp', rest, ['axis', 'out', 'keepdims'], ['axis', 'out', 'keepdims']);
  const arr = toArray(a);
  const hi = reduce(um.maximum, arr, { axis: o.axis ?? null, keepdims: o.keepdims }) as NDArray;
  const lo = reduce(um.minimum, arr, { axis: o.axis ?? null, keepdims: o.keepdims }) as NDArray;
  const r = um.subtract(hi, lo, o.out ? { out: o.out } : {});
  return finish(r, o);
}

/** `np.cumsum(a, axis, dtype, out)`: axis=None works on the flattened array. */
export function cumsum(a: unknown, ...rest: unknown[]): NDArray {
  const o = parseArgs('cumsum', rest, ['axis', 'dtype', 'out'], ['axis', 'dtype', 'out']);
  let arr = toArray(a);
  if (o.axis === undefined || o.axis === null) {
    arr = arr.reshape(-1);
    o.axis = 0;
  }
  return accumulate(um.add, arr, { axis: o.axis, dtype: o.dtype, out: o.out });
}

/** `np.cumprod(a, axis, dtype, out)`. */
export function cumprod(a: unknown, ...rest: unknown[]): NDArray {
  const o = parseArgs('cumprod', rest, ['axis', 'dtype', 'out'], ['axis', 'dtype', 'out']);
  let arr = toArray(a);
  if (o.axis === undefined || o.axis === null) {
    arr = arr.reshape(-1);
    o.axis = 0;
  }
  return accumulate(um.multiply, arr, { axis: o.axis, dtype: o.dtype, out: o.out });
}

import { ValueError } from './errors.js';
