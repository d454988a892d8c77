/**
 * `ufunc.accumulate` and `ufunc.reduceat` (numpy/_core/src/umath/ufunc_object.c).
 * accumulate: out[0] = x[0], out[i] = op(out[i-1], x[i]) — one element per step, rounded
 * to the dtype each time. reduceat: out[i] = x[start], then the rest of the slice in one
 * inner-loop call (pairwise for float add), exactly as NumPy's loop does.
 */

import { allocArray, arrayOffset } from '../alloc.js';
import type { DType } from '../dtype.js';
import { type DTypeLike, float64, int64, dtype as toDType } from '../dtype.js';
import { IndexError, unexpectedKeyword, ValueError } from '../errors.js';
import { shapeSize } from '../iter.js';
import * as K from '../kernels/index.js';
import { toArray } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { checkFloatErrors } from './errstate.js';
import { outArray, reduceAxes, resolveReduceLoop } from './reduce.js';
import {
  castFlags,
  castQuiet,
  complexWarnings,
  fpWatched,
  hasNonFinite,
  mergeFlags,
  reportFlags,
} from './reduce_fp.js';
import { type FpFlags, reduceLoops } from './reduce_loops.js';
import { allocStrides, iterAxisOrder } from './reduce_plan.js';
import type { LoopSig } from './resolve.js';
import type { Ufunc } from './ufunc.js';

export interface AccumulateOptions {
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | readonly (NDArray | null)[] | null;
}

/** The single axis accumulate/reduceat work on (a JS array is a tuple of axes). */
function singleAxis(axis: unknown, ndim: number, method: string): number {
  if (ndim === 0) throw new TypeError(`cannot ${method} on a scalar`);
  const axes = reduceAxes(axis === undefined ? 0 : axis, ndim);
  if (axes.length !== 1) throw new ValueError(`${method} does not allow multiple axes`);
  return axes[0]!;
}

/** `a` converted to dtype `dt`, laid out in the iterator's order (for reading runs). */
function inLoopDType(a: NDArray, dt: DType): NDArray {
  if (a.dtype === dt) return a;
  const perm = iterAxisOrder(a.dims, [a.steps]);
  const st = allocStrides(
    perm,
    a.dims,
    a.dims.map((_, i) => i),
    dt.itemsize,
  );
  const c = new NDArray(allocArray(a.size * dt.itemsize), dt, a.dims, st, arrayOffset, null);
  castQuiet(c, a);
  return c;
}

/** Shape text of NumPy's iterator messages. */
function shapeText(dims: readonly number[], ending: string): string {
  let i = 0;
  while (i < dims.length && dims[i]! < 0) i++;
  if (i === dims.length) return `()${ending}`;
  const parts = [String(dims[i++])];
  for (; i < dims.length; i++) parts.push(dims[i]! < 0 ? 'newaxis' : String(dims[i]));
  return dims.length === 1 ? `(${parts[0]},)${ending}` : `(${parts.join(',')})${ending}`;
}

/**
 * One accumulate step out[i] = op(out[i-1], x[i]) for plain number storage (float32/64 and
 * ≤32-bit integers; the typed-array store rounds or wraps like NumPy's loop), or null.
 */
function fastStep(name: string, dt: DType): ((a: number, b: number) => number) | null {
  const num =
    (dt.kind === 'f' && dt.itemsize >= 4) ||
    ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize <= 4);
  if (!num) return null;
  const int = dt.kind !== 'f';
  switch (name) {
    case 'add':
      return int ? (a, b) => (a + b) | 0 : (a, b) => a + b;
    case 'multiply':
      return int ? (a, b) => Math.imul(a, b) : (a, b) => a * b;
    case 'maximum':
      return int ? (a, b) => (b > a ? b : a) : (a, b) => (Number.isNaN(a) ? a : a > b ? a : b);
    case 'minimum':
      return int ? (a, b) => (b < a ? b : a) : (a, b) => (Number.isNaN(a) ? a : a < b ? a : b);
    default:
      return null;
  }
}

/** o[oi + i] = x[xi] + … + x[xi + i] for i < n (n ≥ 1), in order; whether the total is finite. */
function cumsumF64(o: Float64Array, oi: number, x: Float64Array, xi: number, n: number): boolean {
  let acc = x[xi]!;
  o[oi] = acc;
  for (let i = 1; i < n; i++) {
    acc += x[xi + i]!;
    o[oi + i] = acc;
  }
  return acc - acc === 0;
}

/** The float32 line: each partial sum rounded to float32, as the float32 loop stores it. */
function cumsumF32(o: Float32Array, oi: number, x: Float32Array, xi: number, n: number): boolean {
  let acc = x[xi]!;
  o[oi] = acc;
  for (let i = 1; i < n; i++) {
    acc = Math.fround(acc + x[xi + i]!);
    o[oi + i] = acc;
  }
  return acc - acc === 0;
}

/** Walk every position of `shape` except `axis`, calling fn with the byte offsets of each array. */
function forEachLine(
  shape: readonly number[],
  axis: number,
  arrays: readonly NDArray[],
  fn: (offs: number[]) => void,
): void {
  const dims = shape.map((_, i) => i).filter((i) => i !== axis);
  if (dims.some((d) => shape[d] === 0)) return;
  const idx = new Array<number>(dims.length).fill(0);
  const offs = arrays.map((a) => a.offset);
  for (;;) {
    fn(offs.slice());
    let k = dims.length - 1;
    for (; k >= 0; k--) {
      const d = dims[k]!;
      idx[k]!++;
      arrays.forEach((a, j) => {
        offs[j]! += a.steps[d]!;
      });
      if (idx[k]! < shape[d]!) break;
      arrays.forEach((a, j) => {
        offs[j]! -= a.steps[d]! * shape[d]!;
      });
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/** `ufunc.accumulate(array, {axis, dtype, out})`. */
export function accumulate(u: Ufunc, array: unknown, opts: AccumulateOptions = {}): NDArray {
  for (const k of Object.keys(opts))
    if (!['axis', 'dtype', 'out'].includes(k)) throw unexpectedKeyword('accumulate', k);
  if (u.nin !== 2) throw new ValueError('accumulate only supported for binary functions');
  if (u.nout !== 1)
    throw new ValueError('accumulate only supported for functions returning a single value');
  const sig = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
  const out = outArray(opts.out);
  const a = toArray(array);
  const ax = singleAxis(opts.axis, a.ndim, 'accumulate');
  const loop = resolveReduceLoop(u, a.dtype, out ? out.dtype : null, sig, 'accumulate');
  const dt = loop.outs[0]!;
  if (out && (out.ndim !== a.ndim || out.dims.some((n, i) => n !== a.dims[i]))) {
    if (a.ndim === 1 && out.ndim === 1)
      throw new ValueError('provided out is the wrong size for the accumulation.');
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.dims, '->')}${shapeText(out.dims, ' ')}${shapeText(a.dims, '->')}${shapeText(a.dims, ' ')}`,
    );
  }
  // The result in the loop dtype, laid out as NumPy's iterator allocates it.
  const perm = a.ndim > 1 ? iterAxisOrder(a.dims, [a.steps]) : [0];
  const st = allocStrides(
    perm,
    a.dims,
    a.dims.map((_, i) => i),
    dt.itemsize,
  );
  // Every element of every line is written below.
  const res = new NDArray(
    allocArray(a.size * dt.itemsize, true),
    dt,
    a.dims,
    st,
    arrayOffset,
    null,
  );
  const src = inLoopDType(a, loop.ins[1]!);
  const n = a.dims[ax]!;
  // Set when the loop itself saw that every result is finite (no scan needed).
  let knownFinite = false;
  const compute = (r: NDArray, flags: FpFlags | null) => {
    if (n === 0 || a.size === 0) return;
    const loops = reduceLoops(u, loop, flags);
    const { fold } = loops;
    const lanes = dt.lanes;
    const oUnit = dt.storageBytes;
    const sUnit = src.dtype.storageBytes;
    const o = r.data as Float64Array;
    const x = src.data as Float64Array;
    const os = r.steps[ax]! / oUnit;
    const xs = src.steps[ax]! / sUnit;
    const step = flags ? null : fastStep(u.__name__, dt);
    // float64 sums down the first axis of a C-ordered array: row r of the result is row
    // r − 1 plus row r of the input, one SIMD row add each (every element still sums its
    // column in order, so the same bits); the column walk was cache-hostile (np.cumsum(a, 0)
    // of 1000x1000 ~7 -> ~2.5 ms). Whether a result is finite is left to the scan.
    if (step && u.__name__ === 'add' && dt === float64 && ax === 0 && a.ndim >= 2) {
      const rows = a.dims[0]!;
      const len = a.size / rows;
      if (r.isCContig && src.isCContig && src.dtype === float64 && len >= 64) {
        const ob = r.contigBlock(a.size) as Float64Array;
        const xb = src.contigBlock(a.size) as Float64Array;
        ob.set(xb.subarray(0, len));
        for (let k = 1, p = len; k < rows; k++, p += len)
          K.addF64(ob.subarray(p - len, p), xb.subarray(p, p + len), ob.subarray(p, p + len));
        return;
      }
    }
    // Float sums of contiguous lines: one monomorphic loop per type. A partial sum that is
    // NaN or ±inf stays so to the end of its line, so the last ones tell whether any was.
    if (step && u.__name__ === 'add' && dt.kind === 'f' && os === 1 && xs === 1) {
      let finite = true;
      const run = dt.itemsize === 8 ? cumsumF64 : cumsumF32;
      forEachLine(a.dims, ax, [r, src], ([ro, so]) => {
        if (!run(o as never, ro! / oUnit, x as never, so! / sUnit, n)) finite = false;
      });
      knownFinite = finite;
      return;
    }
    if (step) {
      forEachLine(a.dims, ax, [r, src], ([ro, so]) => {
        let oi = ro! / oUnit;
        let xi = so! / sUnit;
        let acc = x[xi]!;
        o[oi] = acc;
        acc = o[oi]!;
        for (let i = 1; i < n; i++) {
          oi += os;
          xi += xs;
          o[oi] = step(acc, x[xi]!);
          acc = o[oi]!; // the store rounds/wraps to the dtype, as NumPy's loop does
        }
      });
      return;
    }
    // A 2-element line is one inner-loop call of length 1: NumPy's vector path (no overlap).
    if (n === 2 && u.__name__ === 'multiply' && dt.kind === 'c' && !flags) {
      forEachLine(a.dims, ax, [r, src], ([ro, so]) => {
        const oi = ro! / oUnit;
        const xi = so! / sUnit;
        o[oi] = x[xi]!;
        o[oi + 1] = x[xi + 1]!;
        o[oi + os] = o[oi]!;
        o[oi + os + 1] = o[oi + 1]!;
        loops.combine(o, oi + os, os, x, xi + xs, xs, 1, null, 0, 0);
      });
      return;
    }
    forEachLine(a.dims, ax, [r, src], ([ro, so]) => {
      let oi = ro! / oUnit;
      let xi = so! / sUnit;
      for (let l = 0; l < lanes; l++) o[oi + l] = x[xi + l]!;
      for (let i = 1; i < n; i++) {
        const prev = oi;
        oi += os;
        xi += xs;
        for (let l = 0; l < lanes; l++) o[oi + l] = o[prev + l]!;
        fold(o, oi, x, xi, xs, 1);
      }
    });
  };
  compute(res, null);
  finishFlags(u, loop, a, res, compute, 'accumulate', out, knownFinite);
  if (out) {
    castQuiet(out, res);
    return out;
  }
  return res;
}

/**
 * FP flags of the loop (re-run with checking loops when the result is not finite), of the
 * casts around it, and ComplexWarnings, as NumPy reports them after accumulate/reduceat.
 */
function finishFlags(
  u: Ufunc,
  loop: LoopSig,
  a: NDArray,
  res: NDArray,
  compute: (r: NDArray, flags: FpFlags | null) => void,
  name: string,
  out: NDArray | null,
  knownFinite = false,
): void {
  const dt = loop.outs[0]!;
  const flags = castFlags(a, loop.ins[1]!);
  if (
    u._def.fpcheck &&
    (dt.kind === 'f' || dt.kind === 'c') &&
    !knownFinite &&
    fpWatched() &&
    hasNonFinite(res)
  ) {
    compute(
      new NDArray(
        new ArrayBuffer(res.buffer.byteLength),
        dt,
        res.dims,
        res.steps,
        res.offset,
        null,
      ),
      flags,
    );
  }
  complexWarnings(a.dtype, loop.ins[1]!, 1);
  if (out) {
    mergeFlags(flags, castFlags(res, out.dtype));
    complexWarnings(dt, out.dtype, 1);
  }
  reportFlags(flags, name);
  checkFloatErrors(name, 'generic', loop, [], [], []);
}

/** The reduceat indices: a 1-D intp array (lists convert, arrays must cast safely). */
function reduceatIndices(indices: unknown): number[] {
  let ind: NDArray;
  if (indices instanceof NDArray) {
    if (
      !(indices.dtype.kind === 'i' || indices.dtype.kind === 'u' || indices.dtype.kind === 'b') ||
      indices.dtype.name === 'uint64'
    ) {
      throw new TypeError(
        `Cannot cast array data from dtype('${indices.dtype}') to dtype('int64') according to the rule 'safe'`,
      );
    }
    ind = indices;
  } else {
    ind = toArray(indices);
    if (ind.ndim === 1 && ind.dtype !== int64) ind = ind.astype(int64);
  }
  if (ind.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (ind.ndim > 1) {
    throw new ValueError(
      indices instanceof NDArray
        ? 'object too deep for desired array'
        : 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
    );
  }
  const out: number[] = [];
  ind.forEachOffset((off) => out.push(Number(ind.readAt(off))));
  return out;
}

/** `ufunc.reduceat(array, indices, {axis, dtype, out})`. */
export function reduceat(
  u: Ufunc,
  array: unknown,
  indices: unknown,
  opts: AccumulateOptions = {},
): NDArray {
  for (const k of Object.keys(opts))
    if (!['axis', 'dtype', 'out'].includes(k)) throw unexpectedKeyword('reduceat', k);
  if (u.nin !== 2) throw new ValueError('reduceat only supported for binary functions');
  if (u.nout !== 1)
    throw new ValueError('reduceat only supported for functions returning a single value');
  const ind = reduceatIndices(indices);
  const sig = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
  const out = outArray(opts.out);
  const a = toArray(array);
  const ax = singleAxis(opts.axis, a.ndim, 'reduceat');
  const n = a.dims[ax]!;
  for (const i of ind) {
    if (i < 0 || i >= n)
      throw new IndexError(`index ${i} out-of-bounds in ${u.__name__}.reduceat [0, ${n})`);
  }
  const loop = resolveReduceLoop(u, a.dtype, out ? out.dtype : null, sig, 'reduceat');
  const dt = loop.outs[0]!;
  const shape = a.dims.slice();
  shape[ax] = ind.length;
  if (out && (out.ndim !== shape.length || out.dims.some((m, i) => m !== shape[i]))) {
    const inDims = a.dims.map((m, i) => (i === ax ? -1 : m));
    const indDims = a.dims.map((_, i) => (i === ax ? ind.length : -1));
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(out.dims, '->')}${shapeText(out.dims, ' ')}${shapeText(a.dims, '->')}${shapeText(inDims, ' ')}${shapeText([ind.length], '->')}${shapeText(indDims, ' ')}`,
    );
  }
  // NumPy's iterator orders axes by the input (reduced axis excluded) and the indices.
  const perm =
    a.ndim > 1
      ? iterAxisOrder(shape, [
          a.steps.map((s, i) => (i === ax ? 0 : s)),
          a.dims.map((_, i) => (i === ax ? 8 : 0)),
        ])
      : [0];
  const st = allocStrides(
    perm,
    shape,
    shape.map((_, i) => i),
    dt.itemsize,
  );
  const res = new NDArray(
    allocArray(shapeSize(shape) * dt.itemsize),
    dt,
    shape,
    st,
    arrayOffset,
    null,
  );
  const src = inLoopDType(a, loop.ins[1]!);
  const compute = (r: NDArray, flags: FpFlags | null) => {
    if (r.size === 0) return;
    const { fold } = reduceLoops(u, loop, flags);
    const lanes = dt.lanes;
    const oUnit = dt.storageBytes;
    const sUnit = src.dtype.storageBytes;
    const o = r.data as Float64Array;
    const x = src.data as Float64Array;
    const os = r.steps[ax]! / oUnit;
    const xs = src.steps[ax]! / sUnit;
    forEachLine(shape, ax, [r, src], ([ro, so]) => {
      for (let i = 0; i < ind.length; i++) {
        const start = ind[i]!;
        const end = i === ind.length - 1 ? n : ind[i + 1]!;
        const oi = ro! / oUnit + i * os;
        const xi = so! / sUnit + start * xs;
        for (let l = 0; l < lanes; l++) o[oi + l] = x[xi + l]!;
        if (end - start > 1) fold(o, oi, x, xi + xs, xs, end - start - 1);
      }
    });
  };
  compute(res, null);
  finishFlags(u, loop, a, res, compute, 'reduceat', out);
  if (out) {
    castQuiet(out, res);
    return out;
  }
  return res;
}
