/**
 * Reductions of the ufunc engine: `ufunc.reduce`, `ufunc.accumulate`, `ufunc.reduceat`.
 * The iteration follows NumPy's so that float results agree bit for bit: axes in the
 * input's memory order; when the innermost axis is reduced its run is folded (pairwise
 * for float add, sequentially otherwise) into the accumulator; otherwise whole rows are
 * combined element-wise with the binary kernel.
 */
import { type DType, type DTypeLike, dtype as toDType, int64, uint64 } from '../dtype.js';
import { castElement, fromPython, toJS, writeElement } from '../elements.js';
import { ValueError, axisError, unexpectedKeyword } from '../errors.js';
import { shapeRepr, shapeSize } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { toArray } from '../multiarray/array.js';
import { assignArray } from '../multiarray/copy.js';
import { bestAxisOrder, coalesce } from './iterator.js';
import { pairwiseSum, pairwiseSumComplex } from './pairwise.js';
import { computeCtor } from './compute.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { resolveLoop, type LoopSig } from './resolve.js';
import type { Ufunc } from './ufunc.js';

export interface ReduceOptions {
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | null;
  keepdims?: boolean;
  initial?: unknown;
  where?: unknown;
}
const REDUCE_KEYS = new Set(['axis', 'dtype', 'out', 'keepdims', 'initial', 'where']);

/** Normalise `axis` (int, list, null = all) for an ndim, with NumPy's errors. */
export function normalizeAxes(axis: number | readonly number[] | null | undefined, ndim: number, dflt: number[] | null = null): number[] {
  if (axis === undefined) return dflt ?? Array.from({ length: ndim }, (_, i) => i);
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out: number[] = [];
  for (const a of list) {
    if (!Number.isInteger(a)) throw new TypeError(`'${typeof a === 'number' ? 'float' : typeof a}' object cannot be interpreted as an integer`);
    if (a < -ndim || a >= ndim) throw axisError(a, ndim);
    const n = a < 0 ? a + ndim : a;
    if (out.includes(n)) throw new ValueError("duplicate value in 'axis'");
    out.push(n);
  }
  return out;
}

/** add/multiply reduce small integers and bools in the platform integer, as NumPy does. */
function defaultReduceDType(u: Ufunc, dt: DType): DType {
  if (u.__name__ === 'add' || u.__name__ === 'multiply') {
    if (dt.kind === 'b') return int64;
    if (dt.kind === 'i' && dt.itemsize < 8) return int64;
    if (dt.kind === 'u' && dt.itemsize < 8) return uint64;
  }
  return dt;
}

/** Rounds a JS number result to a float dtype's precision (null when no rounding is needed). */
function floatRounder(dt: DType): ((v: number) => number) | null {
  if (dt.kind !== 'f' && dt.kind !== 'c') return null;
  return dt.itemsize === 8 && dt.kind === 'f' ? null : dt.itemsize === 16 ? null : Math.fround;
}

/** `ufunc.reduce(array, {axis, dtype, out, keepdims, initial, where})`. */
export function reduce(u: Ufunc, array: unknown, opts: ReduceOptions = {}): any {
  for (const k of Object.keys(opts)) if (!REDUCE_KEYS.has(k)) throw unexpectedKeyword('reduce', k);
  if (u.nin !== 2 || u.nout !== 1) throw new ValueError('reduce only supported for binary functions');
  const a = toArray(array);
  const axes = normalizeAxes(opts.axis, a.ndim, a.ndim === 0 ? [] : [0]);
  if (axes.length > 1 && u.identity === null && u.__name__ !== 'maximum' && u.__name__ !== 'minimum' && u.__name__ !== 'fmax' && u.__name__ !== 'fmin') {
    throw new ValueError(`reduction operation '${u.__name__}' is not reorderable, so at most one axis may be specified`);
  }
  const keepdims = opts.keepdims ?? false;
  const reqDType = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
  const base = reqDType ?? (opts.out ? opts.out.dtype : defaultReduceDType(u, a.dtype));
  const loop = resolveLoop(u._spec, [{ weak: false, dtype: base, array: a }, { weak: false, dtype: base, array: a }], reqDType ?? (opts.out ? null : null));
  const acc = loop.outs[0]!;
  const red = new Set(axes);
  const outShape = a.shape.map((n, i) => (red.has(i) ? 1 : n));
  const finalShape = keepdims ? outShape : a.shape.filter((_, i) => !red.has(i));
  const nRed = axes.reduce((p, ax) => p * a.shape[ax]!, 1);

  // Initial value: `initial`, else the identity for empty reductions or masks, else the first element.
  const hasInitial = opts.initial !== undefined && opts.initial !== null;
  const masked = opts.where !== undefined && opts.where !== true;
  let initial: unknown = hasInitial ? opts.initial : null;
  if (!hasInitial && u.identity !== null && (nRed === 0 || masked || u.__name__ === 'add' || u.__name__ === 'multiply' || u.__name__.startsWith('logical') || u.__name__.startsWith('bitwise'))) {
    initial = u.identity;
  }
  if (initial === null && nRed === 0 && shapeSize(outShape) > 0) {
    throw new ValueError(`zero-size array to reduction operation ${u.__name__} which has no identity`);
  }
  if (initial === null && masked) {
    throw new ValueError(`reduction operation '${u.__name__}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }

  // The input in the loop's dtype (cast once; masked-out elements replaced by the initial value).
  let src = a.dtype === loop.ins[0] ? a : castCopy(a, loop.ins[0]!);
  if (masked) {
    const w = toArray(opts.where);
    if (src === a) src = a.copy();
    const fill = NDArray.zeros([], loop.ins[0]!);
    writeElement(fill.dataView, 0, fill.dtype, fromPython(initial, loop.ins[0]!));
    const keep = w.dtype.kind === 'b' ? w : w.astype('bool');
    // src[~where] = initial
    src.forEachOffset(() => undefined);
    maskedFill(src, keep, fill);
  }

  // Accumulator array with reduced axes of length 1.
  const accArr = NDArray.zeros(outShape, acc);
  let skipFirst = false;
  if (initial !== null) {
    accArr.fill(fromPython(initial, acc) as never);
  } else {
    // Copy the first element along the reduced axes, then reduce the rest.
    const first = src.viewWith(outShape, src.strides, src.offset);
    assignArray(accArr, first);
    skipFirst = true;
  }
  if (nRed > 0 && shapeSize(outShape) > 0) reduceInto(u, loop, src, accArr, red, skipFirst);

  let result = accArr.viewWith(finalShape, keepStrides(accArr, red, keepdims), accArr.offset);
  if (opts.out) {
    const o = opts.out;
    if (o.ndim !== finalShape.length || o.shape.some((n, i) => n !== finalShape[i])) {
      throw new ValueError(`output parameter for reduction operation ${u.__name__} has the wrong number of dimensions: Found ${o.ndim} but expected ${finalShape.length}`);
    }
    assignArray(o, result);
    return o;
  }
  if (!keepdims && finalShape.length === 0 && opts.axis === undefined) {
    // Callers that gave no axis on 1-D data get a JS value (API.md §3).
    return toJS(result.readAt(result.offset), result.dtype);
  }
  if (finalShape.length === 0 && !keepdims) result = result.viewWith([], [], result.offset);
  return result;
}

function keepStrides(acc: NDArray, red: Set<number>, keepdims: boolean): number[] {
  return keepdims ? acc.strides : acc.strides.filter((_, i) => !red.has(i));
}

function castCopy(a: NDArray, dt: DType): NDArray {
  const out = NDArray.zeros(a.shape, dt);
  assignArray(out, a);
  return out;
}

function maskedFill(src: NDArray, mask: NDArray, fill: NDArray): void {
  const shape = src.shape;
  const m = mask.ndim === shape.length && mask.shape.every((n, i) => n === shape[i]) ? mask : mask.viewWith(shape, bcast(mask, shape), mask.offset);
  const moffs: number[] = [];
  m.forEachOffset((off) => moffs.push(off));
  const v = fill.readAt(0);
  src.forEachOffset((off, k) => {
    if (!m.readAt(moffs[k]!)) writeElement(src.dataView, off, src.dtype, v);
  });
}

function bcast(a: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - a.ndim;
  if (off < 0) throw new ValueError(`operands could not be broadcast together with shapes ${shapeRepr(a.shape)} ${shapeRepr(shape)} `);
  return shape.map((n, i) => {
    const j = i - off;
    if (j < 0) return 0;
    const s = a.shape[j]!;
    if (s === n) return a.strides[j]!;
    if (s === 1) return 0;
    throw new ValueError(`operands could not be broadcast together with shapes ${shapeRepr(a.shape)} ${shapeRepr(shape)} `);
  });
}

/**
 * Fold `src` into `acc` over the reduced axes. `skipFirst`: acc already holds the first
 * element along the reduced axes.
 */
function reduceInto(u: Ufunc, loop: LoopSig, src: NDArray, acc: NDArray, red: Set<number>, skipFirst: boolean): void {
  let s = src;
  if (skipFirst) {
    // Drop the first element along the (single, or first in C order) reduced axis run:
    // NumPy reduces the remaining elements after copying the first. With several axes,
    // the first element is excluded by reducing a flattened view; handled below.
    const axesList = [...red].sort((x, y) => x - y);
    if (axesList.length === 1) {
      const ax = axesList[0]!;
      const shape = s.shape.slice();
      shape[ax] = shape[ax]! - 1;
      s = s.viewWith(shape, s.strides, s.offset + s.strides[ax]!);
    } else {
      s = dropFirstMulti(s, acc, axesList);
    }
    if (shapeSize(s.shape) === 0) return;
  }
  const nd = s.ndim;
  const accStrides = s.shape.map((_, i) => (red.has(i) ? 0 : acc.strides[i]!));
  const all = [s.strides, accStrides];
  const perm = bestAxisOrder(s.shape, all);
  const { shape: cs, strides: cst } = coalesce(s.shape, all, perm);
  const innerReduced = cst[1]![cs.length - 1] === 0 && cs[cs.length - 1]! > 1;
  const sUnit = s.dtype.storage.BYTES_PER_ELEMENT;
  const aUnit = acc.dtype.storage.BYTES_PER_ELEMENT;
  const kernel = u.kernelFor(loop);
  const inner = cs[cs.length - 1]!;
  const sStep = cst[0]![cs.length - 1]! / sUnit;
  const aStep = cst[1]![cs.length - 1]! / aUnit;
  const sData = s.data as Float64Array;
  const aData = acc.data as Float64Array;
  const lanes = acc.dtype.lanes;
  const dt = acc.dtype;
  const isFloatAdd = u.__name__ === 'add' && (dt.kind === 'f' || dt.kind === 'c');
  const round = floatRounder(dt);
  const half = dt.kind === 'f' && dt.itemsize === 2;
  void nd;

  // Scratch blocks in the compute type (float16 computes in float32, stored back as half).
  const Ctor = computeCtor(dt) as unknown as new (n: number) => Float64Array;
  const ld = half ? (i: number) => halfBitsToDouble(sData[i]!) : (i: number) => sData[i]!;
  const lda = half ? (i: number) => halfBitsToDouble(aData[i]!) : (i: number) => aData[i]!;
  const sta = half
    ? (i: number, v: number) => {
        aData[i] = doubleToHalfBits(v);
      }
    : (i: number, v: number) => {
        aData[i] = v;
      };
  const row = new Ctor(inner * lanes);
  const accRow = new Ctor(inner * lanes);
  const outer = cs.slice(0, -1);
  const idx = new Array<number>(outer.length).fill(0);
  let sBase = s.offset / sUnit;
  let aBase = acc.offset / aUnit;
  for (;;) {
    if (innerReduced && isFloatAdd) {
      if (half) {
        for (let i = 0; i < inner; i++) row[i] = ld(sBase + i * sStep);
        const part = pairwiseSum(row, 0, inner, 1, Math.fround);
        sta(aBase, Math.fround(lda(aBase) + part));
      } else if (dt.kind === 'f') {
        const part = pairwiseSum(sData, sBase, inner, sStep, round);
        aData[aBase] = round ? round(aData[aBase]! + part) : aData[aBase]! + part;
      } else {
        const [re, im] = pairwiseSumComplex(sData, sBase, inner, sStep, round);
        aData[aBase] = round ? round(aData[aBase]! + re) : aData[aBase]! + re;
        aData[aBase + 1] = round ? round(aData[aBase + 1]! + im) : aData[aBase + 1]! + im;
      }
    } else if (innerReduced) {
      // Sequential fold through the kernel, one element at a time, in order.
      const one = new Ctor(lanes);
      const cur = new Ctor(lanes);
      for (let l = 0; l < lanes; l++) cur[l] = lda(aBase + l);
      for (let i = 0; i < inner; i++) {
        for (let l = 0; l < lanes; l++) one[l] = ld(sBase + i * sStep + l);
        kernel(1, [cur as never, one as never], [cur as never]);
        if (half) cur[0] = halfBitsToDouble(doubleToHalfBits(cur[0]!));
      }
      for (let l = 0; l < lanes; l++) sta(aBase + l, cur[l]!);
    } else {
      // Row-wise: acc[j] = op(acc[j], src[j]) for the whole inner run.
      for (let i = 0; i < inner; i++) for (let l = 0; l < lanes; l++) row[i * lanes + l] = ld(sBase + i * sStep + l);
      for (let i = 0; i < inner; i++) for (let l = 0; l < lanes; l++) accRow[i * lanes + l] = lda(aBase + i * aStep + l);
      kernel(inner, [accRow as never, row as never], [accRow as never]);
      for (let i = 0; i < inner; i++) for (let l = 0; l < lanes; l++) sta(aBase + i * aStep + l, accRow[i * lanes + l]!);
    }
    let ax = outer.length - 1;
    for (; ax >= 0; ax--) {
      idx[ax]!++;
      sBase += cst[0]![ax]! / sUnit;
      aBase += cst[1]![ax]! / aUnit;
      if (idx[ax]! < outer[ax]!) break;
      sBase -= (cst[0]![ax]! / sUnit) * outer[ax]!;
      aBase -= (cst[1]![ax]! / aUnit) * outer[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/** For multi-axis reductions without identity: reduce everything but the first element per output. */
function dropFirstMulti(s: NDArray, acc: NDArray, axes: number[]): NDArray {
  // Move the reduced axes last, flatten them, drop element 0.
  const keep = s.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const order = [...keep, ...axes];
  const t = s.transpose(order).copy();
  const n = axes.reduce((p, ax) => p * s.shape[ax]!, 1);
  const flat = t.reshape([...keep.map((i) => s.shape[i]!), n]);
  const rest = flat.viewWith(
    [...flat.shape.slice(0, -1), n - 1],
    flat.strides,
    flat.offset + flat.strides[flat.ndim - 1]!,
  );
  // Re-expand to s's ndim with the reduced axes as length-1 except the last of them.
  const shape = s.shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const lastAx = axes[axes.length - 1]!;
  shape[lastAx] = n - 1;
  const strides = s.shape.map(() => 0);
  keep.forEach((ax, j) => {
    strides[ax] = rest.strides[j]!;
  });
  strides[lastAx] = rest.strides[rest.ndim - 1]!;
  void acc;
  return rest.viewWith(shape, strides, rest.offset);
}

/** `ufunc.accumulate(array, {axis, dtype, out})`: running results along one axis, in order. */
export function accumulate(u: Ufunc, array: unknown, opts: { axis?: number; dtype?: DTypeLike | null; out?: NDArray | null } = {}): NDArray {
  for (const k of Object.keys(opts)) if (!['axis', 'dtype', 'out'].includes(k)) throw unexpectedKeyword('accumulate', k);
  if (u.nin !== 2 || u.nout !== 1) throw new ValueError('accumulate only supported for binary functions');
  const a = toArray(array);
  if (a.ndim === 0) throw new TypeError('cannot accumulate on a scalar');
  const ax = normalizeAxes(opts.axis ?? 0, a.ndim)[0]!;
  const reqDType = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
  const base = reqDType ?? (opts.out ? opts.out.dtype : defaultReduceDType(u, a.dtype));
  const loop = resolveLoop(u._spec, [{ weak: false, dtype: base, array: a }, { weak: false, dtype: base, array: a }], reqDType);
  const dt = loop.outs[0]!;
  const out = castCopy(a, dt);
  const n = a.shape[ax]!;
  const kernel = u.kernelFor(loop);
  // out[i] = op(out[i-1], out[i]) along `ax`, vectorised over the other axes.
  const rest = out.shape.filter((_, i) => i !== ax);
  const restStrides = out.strides.filter((_, i) => i !== ax);
  const sz = shapeSize(rest);
  if (sz > 0) {
    const Ctor = computeCtor(dt) as unknown as new (n: number) => Float64Array;
    const lanes = dt.lanes;
    const unit = dt.storage.BYTES_PER_ELEMENT;
    const prev = new Ctor(sz * lanes);
    const cur = new Ctor(sz * lanes);
    const half = dt.kind === 'f' && dt.itemsize === 2;
    const raw = out.data as Float64Array;
    // float16 is stored as bits: go through a float32 working copy and write back at the end.
    const data = half ? Float64Array.from(raw, (b) => halfBitsToDouble(b)) : raw;
    const offs: number[] = [];
    const tmp = out.viewWith(rest, restStrides, out.offset);
    tmp.forEachOffset((off) => offs.push(off / unit));
    const step = out.strides[ax]! / unit;
    for (let k = 0; k < sz; k++) for (let l = 0; l < lanes; l++) prev[k * lanes + l] = data[offs[k]! + l]!;
    for (let i = 1; i < n; i++) {
      for (let k = 0; k < sz; k++) for (let l = 0; l < lanes; l++) cur[k * lanes + l] = data[offs[k]! + i * step + l]!;
      kernel(sz, [prev as never, cur as never], [prev as never]);
      if (half) for (let k = 0; k < sz; k++) prev[k] = halfBitsToDouble(doubleToHalfBits(prev[k]!));
      for (let k = 0; k < sz; k++) for (let l = 0; l < lanes; l++) data[offs[k]! + i * step + l] = prev[k * lanes + l]!;
    }
    if (half) for (let i = 0; i < raw.length; i++) raw[i] = doubleToHalfBits(data[i]!);
  }
  if (opts.out) {
    assignArray(opts.out, out);
    return opts.out;
  }
  return out;
}

export { castElement };
