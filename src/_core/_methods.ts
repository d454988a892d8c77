/**
 * mean, var and std as NumPy computes them (numpy/_core/_methods.py): a sum reduction in
 * the right dtype, then a true division by the count as a strong intp (so float32 data
 * divides in float64 and rounds once). Results are the ndarray or the "scalar" of NumPy,
 * which callers turn into NDArray / JS value per API.md §3.
 */
import type { DType } from './dtype.js';
import { dtype as toDType, float32, float64, int64 } from './dtype.js';
import { castElement, readElement } from './elements.js';
import { NDArray } from './ndarray.js';
import { toArray } from './multiarray/array.js';
import { warn } from './runtime_warning.js';
import * as um from './umath/defs/index.js';
import { errstate, reportFpError } from './umath/errstate.js';
import { type ReduceResult, reduceArray, reduceAxes, whereMask } from './umath/reduce.js';

/** A strong intp (int64) 0-d array: NumPy's `nt.intp(items)`. */
export function intp(n: number): NDArray {
  const a = NDArray.zeros([], int64);
  (a.data as BigInt64Array)[0] = BigInt(n);
  return a;
}

export interface MethodOptions {
  axis?: number | readonly number[] | null;
  dtype?: unknown;
  out?: NDArray | null;
  keepdims?: boolean;
  where?: unknown;
  ddof?: number;
  mean?: unknown;
}

/** NumPy's `_count_reduce_items`: the element count (intp scalar) or, with `where`, counts per slice. */
export function countReduceItems(arr: NDArray, axis: unknown, keepdims: boolean, where: unknown): ReduceResult {
  const mask = whereMask(where);
  if (!mask) {
    const axes = axis === undefined || axis === null ? arr.shape.map((_, i) => i) : reduceAxes(axis, arr.ndim);
    let items = 1;
    for (const ax of axes) items *= arr.shape[ax]!;
    return { result: intp(items), scalar: true };
  }
  const m = mask.viewWith(arr.shape, broadcastStrides(mask, arr.shape), mask.offset);
  return reduceArray(um.add, m, { axis: axis === undefined ? null : (axis as never), dtype: int64, keepdims });
}

function broadcastStrides(m: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - m.ndim;
  if (off < 0) throw new TypeError('input operand has more dimensions than allowed by the axis remapping');
  return shape.map((n, i) => {
    const j = i - off;
    if (j < 0) return 0;
    const d = m.shape[j]!;
    if (d === n) return m.strides[j]!;
    if (d === 1) return 0;
    throw new TypeError(`operands could not be broadcast together with remapped shapes`);
  });
}

/** Whether any count is zero (or, for var, ≤ ddof). */
function anyCount(c: ReduceResult, pred: (n: number) => boolean): boolean {
  let hit = false;
  c.result.forEachOffset((off) => {
    if (pred(Number(c.result.readAt(off)))) hit = true;
  });
  return hit;
}

function isIntOrBool(dt: DType): boolean {
  return dt.kind === 'i' || dt.kind === 'u' || dt.kind === 'b';
}

/**
 * `ret / rcount` as NumPy's _mean/_var do it: for an ndarray in place with unsafe casting;
 * for a scalar `ret.dtype.type(ret / rcount)` (resultType overrides the final dtype).
 */
export function divideByCount(ret: ReduceResult, rcount: NDArray, resultType: DType | null = null): ReduceResult {
  if (!ret.scalar) {
    const div = rcount.ndim === 0 || rcount.ndim === ret.result.ndim ? rcount : rcount.reshape(ret.result.shape);
    um.divide(ret.result, div, { out: ret.result, casting: 'unsafe' });
    return ret;
  }
  // NumPy scalar division: promotes (float32 / intp is float64), warns "in scalar divide".
  const q = errstate({ all: 'ignore' }, () => um.divide(ret.result, rcount) as NDArray);
  const num = readElement(ret.result.dataView, ret.result.offset, ret.result.dtype);
  const den = Number(rcount.readAt(rcount.offset));
  const qv = readElement(q.dataView, q.offset, q.dtype);
  const parts = (v: unknown): number[] =>
    typeof v === 'number' ? [v] : v !== null && typeof v === 'object' && 're' in v ? [(v as { re: number; im: number }).re, (v as { re: number; im: number }).im] : [];
  const qp = parts(qv);
  const np_ = parts(num);
  if (qp.some((x) => x !== x) && !np_.some((x) => x !== x)) reportFpError('invalid', 'scalar divide');
  else if (qp.some((x) => x === Infinity || x === -Infinity) && np_.every(Number.isFinite)) reportFpError(den === 0 ? 'divide' : 'over', 'scalar divide');
  const target = resultType ?? ret.result.dtype;
  const r = NDArray.zeros([], target);
  r.set(castElement(qv, q.dtype, target) as never);
  return { result: r, scalar: true };
}

/** NumPy's `_mean`. */
export function _mean(a: unknown, o: MethodOptions): ReduceResult {
  const arr = toArray(a);
  const keepdims = !!o.keepdims;
  const rc = countReduceItems(arr, o.axis, keepdims, o.where);
  const noWhere = o.where === undefined || o.where === true;
  if (noWhere ? Number(rc.result.readAt(rc.result.offset)) === 0 : anyCount(rc, (n) => n === 0)) warn('Mean of empty slice');
  let dtype: DType | null = o.dtype === undefined || o.dtype === null ? null : toDType(o.dtype as never);
  let float16Result = false;
  if (dtype === null) {
    if (isIntOrBool(arr.dtype)) dtype = float64;
    else if (arr.dtype.kind === 'f' && arr.dtype.itemsize === 2) {
      dtype = float32;
      float16Result = true;
    }
  }
  const ret = reduceArray(um.add, arr, { axis: o.axis === undefined ? null : o.axis, dtype, out: o.out ?? null, keepdims, where: o.where });
  const rcount = rc.result;
  if (!ret.scalar) {
    divideByCount(ret, rcount);
    if (float16Result && !o.out) return { result: ret.result.astype(arr.dtype), scalar: false };
    return ret;
  }
  return divideByCount(ret, rcount, float16Result ? arr.dtype : null);
}

/** NumPy's `_var`. */
export function _var(a: unknown, o: MethodOptions): ReduceResult {
  const arr = toArray(a);
  const keepdims = !!o.keepdims;
  const ddof = o.ddof ?? 0;
  const axis = o.axis === undefined ? null : o.axis;
  const rc = countReduceItems(arr, o.axis, keepdims, o.where);
  const noWhere = o.where === undefined || o.where === true;
  if (noWhere ? ddof >= Number(rc.result.readAt(rc.result.offset)) : anyCount(rc, (n) => ddof >= n)) {
    warn('Degrees of freedom <= 0 for slice');
  }
  let dtype: DType | null = o.dtype === undefined || o.dtype === null ? null : toDType(o.dtype as never);
  if (dtype === null && isIntOrBool(arr.dtype)) dtype = float64;

  let arrmean: NDArray;
  if (o.mean !== undefined && o.mean !== null) arrmean = toArray(o.mean);
  else {
    const s = reduceArray(um.add, arr, { axis, dtype, keepdims: true, where: o.where });
    const div = rc.result.ndim === 0 ? rc.result : rc.result.reshape(s.result.shape);
    um.divide(s.result, div, { out: s.result, casting: 'unsafe' });
    arrmean = s.result;
  }
  let x = um.subtract(arr, arrmean) as NDArray;
  if (arr.dtype.kind === 'f' || arr.dtype.kind === 'i' || arr.dtype.kind === 'u') {
    x = um.multiply(x, x, { out: x }) as NDArray;
  } else if (x.dtype.kind === 'c') {
    // Complex: |x|^2 as re*re + im*im on the float view, written into x.real.
    const re = x.real;
    const im = x.imag;
    um.multiply(re, re, { out: re });
    um.multiply(im, im, { out: im });
    x = um.add(re, im, { out: re }) as NDArray;
  } else {
    x = um.multiply(x, x, { out: x }) as NDArray;
  }
  const ret = reduceArray(um.add, x, { axis, dtype, out: o.out ?? null, keepdims, where: o.where });
  // Degrees of freedom, never negative: maximum(rcount - ddof, 0).
  const dof = um.maximum(um.subtract(rc.result, ddof), 0) as NDArray;
  const dofArr = dof instanceof NDArray ? dof : toArray(dof);
  return divideByCount(ret, dofArr);
}

/** NumPy's `_std`: the square root of `_var`. */
export function _std(a: unknown, o: MethodOptions): ReduceResult {
  const ret = _var(a, o);
  if (!ret.scalar) {
    um.sqrt(ret.result, { out: ret.result });
    return ret;
  }
  const r = um.sqrt(ret.result) as NDArray;
  const res = r instanceof NDArray ? r : toArray(r);
  return { result: res.dtype === ret.result.dtype ? res : res.astype(ret.result.dtype), scalar: true };
}
