/**
 * mean, var and std as NumPy computes them (numpy/_core/_methods.py): a sum reduction in
 * the right dtype, then a true division by the count as a strong intp (so float32 data
 * divides in float64 and rounds once). Results are the ndarray or the "scalar" of NumPy,
 * which callers turn into NDArray / JS value per API.md §3.
 */

import { elementwiseInto } from './_elementwise.js';
import { allocSmall, smallDataView, smallOffset } from './alloc.js';
import type { DType } from './dtype.js';
import { float32, float64, int64, dtype as toDType } from './dtype.js';
import { castElement, readElement, writeElement } from './elements.js';
import * as K from './kernels/index.js';
import { toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { resultType } from './numerictypes/promotion.js';
import { quickVarRowsF64 } from './quick_var.js';
import { warn } from './runtime_warning.js';
import * as um from './umath/defs/index.js';
import { ignoringFp } from './umath/errstate.js';
import { broadcastShapesOrNull, stridesFor } from './umath/iterator.js';
import { type ReduceResult, reduceArray, reduceAxes, whereMask } from './umath/reduce.js';
import { castQuiet, hasNonFinite, reportFlags } from './umath/reduce_fp.js';
import { allocOutput } from './umath/ufunc.js';

/** A strong intp (int64) 0-d array: NumPy's `nt.intp(items)`. */
export function intp(n: number): NDArray {
  // A slab block (allocSmall): a fresh ArrayBuffer costs more than the rest of a small mean.
  const a = new NDArray(allocSmall(8), int64, [], [], smallOffset, null);
  (a.data as BigInt64Array)[smallOffset >> 3] = BigInt(n);
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
export function countReduceItems(
  arr: NDArray,
  axis: unknown,
  keepdims: boolean,
  where: unknown,
): ReduceResult {
  const mask = whereMask(where);
  if (!mask) {
    const axes =
      axis === undefined || axis === null ? arr.dims.map((_, i) => i) : reduceAxes(axis, arr.ndim);
    let items = 1;
    for (const ax of axes) items *= arr.dims[ax]!;
    return { result: intp(items), scalar: true };
  }
  const m = mask.viewWith(arr.dims, broadcastStrides(mask, arr.dims), mask.offset);
  return reduceArray(um.add, m, {
    axis: axis === undefined ? null : (axis as never),
    dtype: int64,
    keepdims,
  });
}

function broadcastStrides(m: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - m.ndim;
  if (off < 0)
    throw new TypeError('input operand has more dimensions than allowed by the axis remapping');
  return shape.map((n, i) => {
    const j = i - off;
    if (j < 0) return 0;
    const d = m.dims[j]!;
    if (d === n) return m.steps[j]!;
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
export function divideByCount(
  ret: ReduceResult,
  rcount: NDArray,
  finalType: DType | null = null,
): ReduceResult {
  if (!ret.scalar) {
    const div =
      rcount.ndim === 0 || rcount.ndim === ret.result.ndim
        ? rcount
        : rcount.reshape(ret.result.dims);
    divideInto(ret.result, div);
    return ret;
  }
  // NumPy scalar division: promotes (float32 / intp is float64), warns "in scalar divide".
  // (Mixed types such as float32 / intp go through the ufunc: "divide".)
  const same = resultType(ret.result.dtype, rcount.dtype) === ret.result.dtype;
  const q = trueDivide(ret.result, rcount, same ? 'scalar divide' : 'divide');
  const qv = readElement(q.dataView, q.offset, q.dtype);
  const target = finalType ?? ret.result.dtype;
  const r = NDArray.zeros([], target);
  r.set(castElement(qv, q.dtype, target) as never);
  return { result: r, scalar: true };
}

/**
 * `x / d` in the promoted dtype, reporting NumPy's FP warnings under `name` ("divide",
 * "scalar divide"). Operands are converted up front and flags found here, so the result
 * does not depend on the engine's in-place casting and FP classification paths.
 */
export function trueDivide(x: NDArray, d: NDArray, name = 'divide'): NDArray {
  const t = resultType(x.dtype, d.dtype);
  const ft = t.kind === 'f' || t.kind === 'c' ? t : float64;
  const xx = x.dtype === ft ? x : x.astype(ft);
  const dd = d.dtype === ft ? d : d.ndim === 0 ? cast0d(d, ft) : d.astype(ft);
  const q = ignoringFp(() => um.divide(xx, dd) as NDArray);
  // Flags come only from non-finite quotients: the element scan runs when there is one.
  if ((ft.kind === 'f' || ft.kind === 'c') && hasNonFinite(q)) {
    const flags = { divide: false, over: false, invalid: false };
    const shape = q.dims;
    const xv = xx.viewWith(shape, stridesTo(xx, shape), xx.offset);
    const dv = dd.viewWith(shape, stridesTo(dd, shape), dd.offset);
    const xo: number[] = [];
    const doffs: number[] = [];
    xv.forEachOffset((off) => xo.push(off));
    dv.forEachOffset((off) => doffs.push(off));
    q.forEachOffset((off, k) => {
      const r = lanes(q.readAt(off));
      if (r.every(Number.isFinite)) return;
      const a = lanes(xv.readAt(xo[k]!));
      const b = lanes(dv.readAt(doffs[k]!));
      const nan = (v: number[]) => v.some((z) => Number.isNaN(z));
      if (nan(r)) {
        if (!nan(a) && !nan(b)) flags.invalid = true;
      } else if (a.every(Number.isFinite) && b.every(Number.isFinite)) {
        if (b.every((z) => z === 0)) flags.divide = true;
        else flags.over = true;
      }
      // NumPy's complex division compares |br| >= |bi|: NaN there is invalid.
      if (ft.kind === 'c' && nan(b)) flags.invalid = true;
    });
    reportFlags(flags, name);
  }
  return q;
}

/** `d.astype(t)` of a 0-d numeric array (the count) into a slab block: its element cast. */
function cast0d(d: NDArray, t: DType): NDArray {
  const slab = allocSmall(t.itemsize);
  writeElement(smallDataView(slab), smallOffset, t, castElement(d.readAt(d.offset), d.dtype, t));
  return new NDArray(slab, t, [], [], smallOffset, null);
}

function lanes(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v === 'bigint') return [Number(v)];
  const c = v as { re: number; im: number };
  return [c.re, c.im];
}

function stridesTo(a: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - a.ndim;
  return shape.map((n, i) => (i < off || a.dims[i - off] !== n ? 0 : a.steps[i - off]!));
}

/** `true_divide(x, d, out=x, casting='unsafe')`. */
export function divideInto(x: NDArray, d: NDArray): void {
  if (!quickDivideByCount(x, d)) castQuiet(x, trueDivide(x, d));
}

/**
 * `divideInto` for a C-contiguous float64 / float32 `x` and a 0-d int64 count n >= 1 (np.mean's
 * division), in place: true_divide computes in float64 and the cast back rounds once, so
 * x[i] = x[i] / n (float32: rounded to float32), without the ufunc call, its output and the
 * copy back. It raises no FP flag: finite sums give finite quotients, NaN and inf sums
 * (the only non-finite ones) are not flagged by NumPy.
 */
function quickDivideByCount(x: NDArray, d: NDArray): boolean {
  const dt = x.dtype;
  if (d.ndim !== 0 || d.dtype !== int64 || dt.kind !== 'f') return false;
  if ((dt.itemsize !== 8 && dt.itemsize !== 4) || !x.isCContig || !x.isAligned) return false;
  const n = Number(d.readAt(d.offset) as bigint);
  if (!(n >= 1 && n <= Number.MAX_SAFE_INTEGER)) return false;
  const data = x.data as Float64Array | Float32Array;
  const start = x.offset / dt.itemsize;
  const end = start + x.size;
  for (let i = start; i < end; i++) data[i] = data[i]! / n;
  return true;
}

/** NumPy's `_mean`. */
export function _mean(a: unknown, o: MethodOptions): ReduceResult {
  const arr = toArray(a);
  const keepdims = !!o.keepdims;
  const rc = countReduceItems(arr, o.axis, keepdims, o.where);
  const noWhere = o.where === undefined || o.where === true;
  if (noWhere ? Number(rc.result.readAt(rc.result.offset)) === 0 : anyCount(rc, (n) => n === 0))
    warn('Mean of empty slice');
  let dtype: DType | null =
    o.dtype === undefined || o.dtype === null ? null : toDType(o.dtype as never);
  let float16Result = false;
  if (dtype === null) {
    if (isIntOrBool(arr.dtype)) dtype = float64;
    else if (arr.dtype.kind === 'f' && arr.dtype.itemsize === 2) {
      dtype = float32;
      float16Result = true;
    }
  }
  const ret = reduceArray(um.add, arr, {
    axis: o.axis === undefined ? null : o.axis,
    dtype,
    out: o.out ?? null,
    keepdims,
    where: o.where,
  });
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
  if (
    noWhere ? ddof >= Number(rc.result.readAt(rc.result.offset)) : anyCount(rc, (n) => ddof >= n)
  ) {
    warn('Degrees of freedom <= 0 for slice');
  }
  let dtype: DType | null =
    o.dtype === undefined || o.dtype === null ? null : toDType(o.dtype as never);
  if (dtype === null && isIntOrBool(arr.dtype)) dtype = float64;
  const lastAxis = varLastAxisFast(arr, axis, o, dtype, ddof);
  if (lastAxis !== null) return lastAxis;

  let arrmean: NDArray;
  if (o.mean !== undefined && o.mean !== null) arrmean = toArray(o.mean);
  else {
    const s = reduceArray(um.add, arr, { axis, dtype, keepdims: true, where: o.where });
    const div = rc.result.ndim === 0 ? rc.result : rc.result.reshape(s.result.dims);
    divideInto(s.result, div);
    arrmean = s.result;
  }
  const rows = varRowsFast(arr, arrmean, axis, o, dtype);
  if (rows !== null) {
    return divideByCount(rows, degreesOfFreedom(rc.result, ddof));
  }
  // x = arr - mean, laid out as NumPy's ufunc allocates it (the sum's order follows it).
  const shape = broadcastShapesOrNull([arr.dims, arrmean.dims]) ?? arr.dims;
  const t = resultType(arr.dtype, arrmean.dtype);
  let x = allocOutput(shape, t, [stridesFor(arr, shape), stridesFor(arrmean, shape)], 'K');
  elementwiseInto('subtract', arr, arrmean, x);
  if (arr.dtype.kind === 'f' || arr.dtype.kind === 'i' || arr.dtype.kind === 'u') {
    elementwiseInto('square', x, null, x);
  } else if (x.dtype.kind === 'c') {
    // Complex: square the (re, im) float view, then re + im into x.real.
    const re = x.real;
    const im = x.imag;
    elementwiseInto('square', re, null, re);
    elementwiseInto('square', im, null, im);
    x = elementwiseInto('add', re, im, re);
  } else {
    elementwiseInto('multiply', x, x, x);
  }
  const ret = reduceArray(um.add, x, { axis, dtype, out: o.out ?? null, keepdims, where: o.where });
  return divideByCount(ret, degreesOfFreedom(rc.result, ddof));
}

/** Degrees of freedom, never negative: maximum(rcount - ddof, 0) as NumPy computes it. */
function degreesOfFreedom(rcount: NDArray, ddof: number): NDArray {
  // One intp count and an integer ddof: intp arithmetic, the same value without two ufunc calls.
  if (rcount.ndim === 0 && rcount.dtype === int64 && Number.isSafeInteger(ddof)) {
    const n = Number(rcount.readAt(rcount.offset));
    if (Number.isSafeInteger(n - ddof)) return intp(Math.max(n - ddof, 0));
  }
  const dof = um.maximum(um.subtract(rcount, ddof), 0) as NDArray;
  return dof instanceof NDArray ? dof : toArray(dof);
}

/**
 * The sum of squared deviations of a C-contiguous float64 matrix over axis 0 in one pass of
 * the row kernel (kernels/wasm.ts sqDevRows: the subtract, square and row-order add that the
 * general path runs as three whole-array steps, the same bits): np.std(a, axis=0) of
 * 1000x1000 ~6 -> ~1 ms. Null for other layouts, options or the plain-JS backend, and when a
 * result is not finite (then the general path runs, with its floating-point flags).
 */
function varRowsFast(
  arr: NDArray,
  mean: NDArray,
  axis: unknown,
  o: MethodOptions,
  dtype: DType | null,
): ReduceResult | null {
  if (arr.ndim !== 2 || (axis !== 0 && axis !== -2) || arr.dtype !== float64) return null;
  if (dtype !== null && dtype !== float64) return null;
  if ((o.where !== undefined && o.where !== true) || (o.out !== undefined && o.out !== null))
    return null;
  if (!arr.isCContig || !arr.isAligned || mean.dtype !== float64 || !mean.isCContig) return null;
  const [rows, n] = arr.dims as [number, number];
  const w = rows * n >= 4096 ? K.wasmKernels() : null;
  if (w === null) return null;
  const res = NDArray.zeros(o.keepdims ? [1, n] : [n], float64);
  const acc = res.contigBlock(n) as Float64Array;
  const x = arr.contigBlock(rows * n) as Float64Array;
  w.sqDevRows(acc, 0, x, 0, n, n, rows, mean.contigBlock(n) as Float64Array, 0);
  // NaN or inf: the general path, which raises the floating-point flags of each step.
  for (let j = 0; j < n; j++) if (!Number.isFinite(acc[j]!)) return null;
  return { result: res, scalar: false };
}

/**
 * np.var over the last axis of a C-contiguous float64 array: each row's mean and squared
 * deviations summed straight from the row (quick_var.ts) with NumPy's pairwise sums, so its
 * bits, without the three whole-array temporaries of the general path (np.std(a, 1) of
 * 1000x1000: ~5-20 ms with allocation and GC -> ~1 ms). Null for other layouts and
 * options, a slice without degrees of freedom, or a non-finite step.
 */
function varLastAxisFast(
  arr: NDArray,
  axis: unknown,
  o: MethodOptions,
  dtype: DType | null,
  ddof: number,
): ReduceResult | null {
  const nd = arr.ndim;
  if (nd === 0 || arr.dtype !== float64 || (dtype !== null && dtype !== float64)) return null;
  if (axis !== nd - 1 && axis !== -1) return null;
  if ((o.where !== undefined && o.where !== true) || (o.out !== undefined && o.out !== null))
    return null;
  if (o.mean !== undefined && o.mean !== null) return null;
  const outer = arr.dims.slice(0, nd - 1);
  const res = NDArray.zeros(o.keepdims ? [...outer, 1] : outer, float64);
  const acc = res.contigBlock(res.size) as Float64Array;
  if (!quickVarRowsF64(arr, ddof, acc)) return null;
  return { result: res, scalar: res.ndim === 0 };
}

/** NumPy's `_std`: the square root of `_var`. */
export function _std(a: unknown, o: MethodOptions): ReduceResult {
  const ret = _var(a, o);
  elementwiseInto('sqrt', ret.result, null, ret.result);
  return ret;
}
