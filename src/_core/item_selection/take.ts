/**
 * `np.take` / `a.take` (NumPy's PyArray_TakeFrom) and the gather it shares with
 * compress, extract and fast fancy indexing: the array is seen as
 * (outer, axis, chunk) on C-contiguous memory and whole chunks are copied per index.
 */
import { carryRawBytes } from '../bool_bytes.js';
import type { DTypeKey } from '../dtype.js';
import { toJS } from '../elements.js';
import { IndexError, ValueError } from '../errors.js';
import { shapeSize } from '../iter.js';
import { bindArgs, isOptions, missingPositional } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { assignArray, copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { canCast } from '../numerictypes/promotion.js';
import { normalizeAxis } from '../shape/args.js';
import type { WalkOrder } from './index_order.js';
import { adjustedIndices, type ClipMode, clipMode, rawIndices, toIndexArray } from './indices.js';
import { gatherCheckedWasm } from './wasm_indices.js';
import { gather, gatherChecked, type Indices, inRange, wordSize, wordsOf } from './words.js';

/** A 0-d result is handed out as a JS value, as NumPy hands out a scalar (API.md §3). */
export function scalarOr(a: NDArray): any {
  return a.ndim === 0 ? toJS(a.readAt(a.offset), a.dtype) : a;
}

/**
 * NumPy's PyArray_CheckAxis: axis null ravels (C order), a 0-d array becomes 1-d;
 * returns the array and the normalised axis.
 */
export function checkAxis(a: NDArray, axis: unknown): [NDArray, number] {
  if (axis === undefined || axis === null) {
    // A 1-d array is its own ravel (the callers read any strides).
    if (a.ndim === 1) return [a, 0];
    const flat = a.isCContig
      ? a.viewWith([a.size], [a.itemsize], a.offset)
      : copyArray(a, 'C').reshape(-1);
    return [flat, 0];
  }
  const arr = a.ndim === 0 ? a.viewWith([1], [a.itemsize], a.offset) : a;
  return [arr, normalizeAxis(axis, arr.ndim)];
}

/** `a` as C-contiguous memory (itself when it already is). */
export function contiguous<K extends DTypeKey>(a: NDArray<K>): NDArray<K> {
  return a.isCContig ? a : copyArray(a, 'C');
}

/**
 * Gather along `axis` of `a` with ready (non-negative, in-range) indices: the result
 * has shape a.shape[:axis] + idxShape + a.shape[axis+1:], C-contiguous.
 */
export function takeAdjusted<K extends DTypeKey>(
  a: NDArray<K>,
  axis: number,
  idx: Int32Array | Indices,
  idxShape: readonly number[],
): NDArray<K> {
  const ix = idx instanceof Int32Array ? { words: idx, start: 0, step: 1, count: idx.length } : idx;
  return gatherAlong(a, axis, ix, idxShape, false)! as NDArray<K>; // gatherAlong marks raw bytes
}

/**
 * The gather of takeAdjusted; with `check`, indices are checked as they are used and
 * null comes back when one is outside [0, n) — on the wasm path, with `wrap`, outside
 * [-n, n), the negative ones counting from the end. Written for short calls too (a[idx]
 * with a few indices): no slices, spreads or flags objects on the way.
 */
function gatherAlong<K extends DTypeKey>(
  a: NDArray<K>,
  axis: number,
  ix: Indices,
  idxShape: readonly number[],
  check: boolean,
  wrap = false,
): NDArray<K> | null {
  const dims = a.dims;
  const nd = dims.length;
  const shape: number[] = [];
  let outer = 1;
  let inner = 1;
  for (let d = 0; d < axis; d++) {
    shape.push(dims[d]!);
    outer *= dims[d]!;
  }
  for (let d = 0; d < idxShape.length; d++) shape.push(idxShape[d]!);
  for (let d = axis + 1; d < nd; d++) {
    shape.push(dims[d]!);
    inner *= dims[d]!;
  }
  const n = dims[axis]!;
  // A bool view of other bytes gathers those bytes: mark the result as it may hold them.
  const out = NDArray.fresh(shape, a.dtype);
  carryRawBytes(a, out);
  const item = a.itemsize;
  if (outer * ix.count * inner === 0 || item === 0) {
    return check && !inRange(ix.words, ix.start, ix.step, ix.count, n) ? null : out;
  }
  const src = a.isCContig ? a : copyArray(a, 'C');
  const w = wordSize(item, src.offset);
  const s = wordsOf(src.buffer, w);
  const si = src.offset / w;
  const d = wordsOf(out.buffer, w);
  const di = out.offset / w;
  const chunk = (inner * item) / w;
  if (!check) {
    if (gatherCheckedWasm(s, si, d, di, outer, n, chunk, ix, false) === null)
      gather(s, si, d, di, outer, n, chunk, ix);
  } else {
    const viaWasm = gatherCheckedWasm(s, si, d, di, outer, n, chunk, ix, true, wrap);
    if (
      viaWasm === false ||
      (viaWasm === null && !gatherChecked(s, si, d, di, outer, n, chunk, ix))
    )
      return null;
  }
  return out;
}

/**
 * Gather along `axis` of `a` at the integer (or bool) index array `ind` under `mode`
 * (take and `a[idx]`). Contiguous int64/int32 indices are read in place and checked
 * during the gather (long ones on the wasm backend wrapped there too, except under 'clip');
 * when one is negative (on the other paths) or out of range the indices are adjusted
 * (or the IndexError raised, naming the first bad index in NumPy's `order`) by
 * adjustedIndices and the gather runs again.
 */
export function takeIndexArray<K extends DTypeKey>(
  a: NDArray<K>,
  axis: number,
  ind: NDArray,
  mode: ClipMode,
  order: WalkOrder = 'c',
): NDArray<K> {
  const dims = a.dims;
  const n = dims[axis]!;
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= dims[d]!;
  // NumPy checks each index inside its outer loop, so nothing is checked when that loop is empty.
  if (outer === 0) return takeAdjusted(a, axis, new Int32Array(ind.size), ind.dims);
  const raw = rawIndices(ind);
  if (raw !== null && n <= 0x7fffffff) {
    // Negative indices read as NumPy's 'raise' and 'wrap' modes read them ('clip' clips them).
    const r = gatherAlong(a, axis, raw, ind.dims, true, mode !== 'clip');
    if (r !== null) return r;
  }
  return takeAdjusted(a, axis, adjustedIndices(ind, n, mode, axis, order), ind.dims);
}

/** The indices (any array_like) along `axis` of `a` under `mode`, then the gather. */
export function takeAlong<K extends DTypeKey>(
  a: NDArray<K>,
  indices: unknown,
  axis: number,
  mode: ClipMode,
): NDArray<K> {
  const ind = toIndexArray(indices, 'same_kind');
  if (a.dims[axis] === 0) {
    const resultSize =
      shapeSize(a.dims.slice(0, axis)) * ind.size * shapeSize(a.dims.slice(axis + 1));
    if (resultSize !== 0) throw new IndexError('cannot do a non-empty take from an empty axes.');
  }
  return takeIndexArray(a, axis, ind, mode);
}

export interface TakeOptions {
  axis?: number | null;
  out?: NDArray | null;
  mode?: ClipMode;
}

/** Write `result` into the user's `out` (NumPy's writeback), with take's checks. */
export function intoOut(
  out: NDArray,
  result: NDArray,
  shapeMessage: string,
  ErrorClass: typeof ValueError | typeof TypeError,
): NDArray {
  if (!(out instanceof NDArray)) throw new TypeError('output must be an array');
  if (out.ndim !== result.ndim || out.dims.some((d, i) => d !== result.dims[i]))
    throw new ErrorClass(shapeMessage);
  if (!out.flags.writeable) throw new ValueError('output array is read-only');
  assignArray(out, result);
  return out;
}

/** The shared body of `np.take` and `a.take`. */
export function takeImpl(a: NDArray, args: Record<string, unknown>): any {
  const mode = clipMode(args.mode);
  const [arr, axis] = checkAxis(a, args.axis);
  const out = args.out ?? null;
  if (out !== null && out instanceof NDArray && !canCast(out.dtype, arr.dtype, 'safe')) {
    // NumPy converts `out` to the array's dtype first (a safe cast), then writes back.
    throw new TypeError(
      `Cannot cast array data from ${out.dtype.repr()} to ${arr.dtype.repr()} according to the rule 'safe'`,
    );
  }
  const r = takeAlong(arr, args.indices, axis, mode);
  if (out !== null)
    return intoOut(
      out as NDArray,
      r,
      'output array does not match result of ndarray.take',
      ValueError,
    );
  return scalarOr(r);
}

/**
 * `np.take(a, indices, axis=None, out=None, mode='raise')`: elements of `a` along an
 * axis (of the flattened array by default). A 0-d result comes back as a JS value.
 */
export function take(
  a: unknown,
  indices?: unknown,
  axis?: number | null | TakeOptions,
  out?: NDArray | null | TakeOptions,
  mode?: ClipMode | TakeOptions,
  opts?: TakeOptions,
): any;
export function take(...args: unknown[]): any {
  // np.take(a, idx), the everyday call, without the general binding.
  const [a0, a1] = args;
  if (args.length === 2 && a0 !== undefined && a1 !== undefined && !isOptions(a0) && !isOptions(a1))
    return takeImpl(toArray(a0), { indices: a1 });
  const o = bindArgs('take', ['a', 'indices', 'axis', 'out', 'mode'], args);
  missingPositional('take', o, ['a', 'indices']);
  return takeImpl(toArray(o.a), o);
}
