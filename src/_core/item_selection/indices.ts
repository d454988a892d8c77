/**
 * Index arguments of take, put, choose and friends: NumPy's clip modes and the
 * conversion of index arrays to intp, with NumPy's messages.
 *
 * JS values convert as Python values converted to intp do (floats truncate, NaN and
 * strings fail as `int()` does); NDArrays must cast to int64 under the caller's
 * casting rule (take: same_kind, choose/put: safe).
 */
import { allocUninitialized } from '../alloc.js';
import { float64, int32, int64, uint64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { mayShareWithin } from '../memory_overlap.js';
import { array } from '../multiarray/array.js';
import { copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { canCast } from '../numerictypes/promotion.js';
import { outOfBoundsError, type WalkOrder } from './index_order.js';
import { indicesInRange } from './wasm_indices.js';
import { type Indices, wordsOf } from './words.js';

export type ClipMode = 'raise' | 'wrap' | 'clip';

/** NumPy's PyArray_ClipmodeConverter: null → 'raise'; a string; or 0 (clip), 1 (wrap), 2 (raise). */
export function clipMode(mode: unknown): ClipMode {
  if (mode === undefined || mode === null) return 'raise';
  if (typeof mode === 'string') {
    const first = mode[0]?.toLowerCase();
    const full = first === 'c' ? 'clip' : first === 'w' ? 'wrap' : first === 'r' ? 'raise' : null;
    if (full === null) {
      throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${mode}')`);
    }
    if (mode !== full) throw new ValueError("Use one of 'clip', 'raise', or 'wrap' for clip mode");
    return full;
  }
  if (typeof mode === 'number' && Number.isInteger(mode)) {
    if (mode === 0) return 'clip';
    if (mode === 1) return 'wrap';
    if (mode === 2) return 'raise';
    throw new ValueError('integer clipmode must be RAISE, WRAP, or CLIP');
  }
  throw new TypeError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(mode)}')`);
}

/**
 * `indices` as an integer (or bool) NDArray, converted as NumPy's
 * PyArray_FromAny(indices, intp) does: NDArrays must cast under `casting`; JS values
 * convert element by element as Python values do.
 */
export function toIndexArray(indices: unknown, casting: 'safe' | 'same_kind'): NDArray {
  if (indices instanceof NDArray) {
    if (!canCast(indices.dtype, int64, casting)) {
      const what = indices.ndim === 0 ? 'scalar' : 'array data';
      throw new TypeError(
        `Cannot cast ${what} from ${indices.dtype.repr()} to dtype('int64') according to the rule '${casting}'`,
      );
    }
    return indices;
  }
  return array(indices, { dtype: int64 });
}

/** An integer or bool array's values in C order as doubles (exact below 2**53). */
export function doubles(a: NDArray): Float64Array {
  const c = copyArray(a, 'C', float64);
  return new Float64Array(c.buffer as ArrayBuffer, c.offset, c.size);
}

/**
 * The values of `a` read in place as gather indices when it is a contiguous int64 or
 * int32 array (not yet checked: see gatherChecked); null otherwise.
 */
export function rawIndices(a: NDArray): Indices | null {
  const count = a.size;
  if (count === 0 || (a.dtype !== int64 && a.dtype !== int32) || !a.isAligned) return null;
  if (!a.isCContig) return null;
  const words = wordsOf(a.buffer, 4) as Int32Array;
  return { words, start: a.offset >> 2, step: a.dtype === int64 ? 2 : 1, count };
}

/**
 * The indices of `ind` (C order) along an axis of length `n` under `mode`, ready for a
 * gather or a store: read in place when `ind` is a contiguous int64/int32 array whose values
 * are all in [0, n) (one check pass, SIMD on the wasm backend), else adjusted by
 * adjustedIndices (negative indices, clip/wrap, or the IndexError for the first bad index in
 * NumPy's `order`, index_order.ts). Indices sharing memory with `dest`, which the caller
 * writes while reading them, are copied first, as NumPy copies an index array that overlaps
 * the destination.
 */
export function readyIndices(
  ind: NDArray,
  n: number,
  mode: ClipMode,
  axis: number,
  dest: NDArray | null = null,
  order: WalkOrder = 'c',
): Indices {
  // Small arrays share slabs: the byte ranges decide, not the buffer.
  const shared = dest !== null && ind.buffer === dest.buffer && mayShareWithin(dest, ind, 0);
  const raw = n <= 0x7fffffff && !shared ? rawIndices(ind) : null;
  if (raw !== null && indicesInRange(raw, n)) return raw;
  const words = adjustedIndices(ind, n, mode, axis, order);
  return { words, start: 0, step: 1, count: words.length };
}

/**
 * The values of integer array `a` (C order) as indices into an axis of length `n`,
 * made non-negative under `mode` (NumPy's check_and_adjust_index for 'raise');
 * the IndexError names `axis` and the first bad index in `order` (index_order.ts).
 */
export function adjustedIndices(
  ind: NDArray,
  n: number,
  mode: ClipMode,
  axis: number,
  order: WalkOrder = 'c',
): Int32Array {
  const out = adjustedOrNull(ind, n, mode);
  if (out === null) throw outOfBoundsError(ind, n, axis, order)!;
  return out;
}

/** adjustedIndices, or null when some index is out of bounds under 'raise'. */
function adjustedOrNull(ind: NDArray, n: number, mode: ClipMode): Int32Array | null {
  // NumPy converts indices to intp (int64) first: uint64 values past 2**63 wrap to negative
  // ones, and strided int64 ones are read exactly from a contiguous copy.
  const asIntp = ind.dtype === uint64 || (ind.dtype === int64 && !ind.flags.c_contiguous);
  const a = asIntp ? copyArray(ind, 'C', int64) : ind;
  const contiguous = a.flags.c_contiguous && a.isAligned;
  if (contiguous && a.dtype === int64 && mode === 'raise') return adjustInt64(a, n);
  if (contiguous && a.dtype === int32) {
    const vals = (a.data as Int32Array).subarray(a.offset >> 2, (a.offset >> 2) + a.size);
    if (mode === 'raise' && n <= 0x7fffffff) {
      const out = new Int32Array(allocUninitialized(4 * vals.length));
      if (adjustedWords(vals, 0, 1, out, n)) return out;
    }
    return adjust(vals, n, mode);
  }
  return adjust(doubles(a), n, mode);
}

/** 'raise' mode straight from int64 storage, read as two 32-bit words (no BigInt per element). */
function adjustInt64(a: NDArray, n: number): Int32Array | null {
  const len = a.size;
  const out = new Int32Array(allocUninitialized(4 * len));
  const w = new Int32Array(a.buffer as ArrayBuffer, a.offset, len * 2);
  if (n <= 0x7fffffff && adjustedWords(w, 0, 2, out, n)) return out;
  // Some index is out of range, or n is past int32.
  for (let j = 0; j < len; j++) {
    const lo = w[2 * j]!;
    const hi = w[2 * j + 1]!;
    // In range exactly when hi is the sign extension of a small lo.
    let v = lo;
    if (hi !== lo >> 31) v = hi * 4294967296 + (lo >>> 0);
    if (v < 0) v += n;
    if (v < 0 || v >= n) return null;
    out[j] = v;
  }
  return out;
}

/**
 * out[j] = the j-th index (+ n when negative) without a branch per index (a branch on the
 * sign costs ~5 ns per index when signs are random: 1e6 int64 indices in [-n, n) 6.2 -> 1.8
 * ms). The indices are w[k0 + j * step]: int32 ones (step 1), or the low words of int64 ones
 * (step 2, high word next to it). False when some index is outside [-n, n) (`out` then
 * holds garbage).
 */
function adjustedWords(
  w: Int32Array,
  k0: number,
  step: number,
  out: Int32Array,
  n: number,
): boolean {
  const lim = n - 1;
  let hi = 0;
  let lo = 0;
  if (step === 2) {
    for (let j = 0, k = k0; j < out.length; j++, k += 2) {
      const x = w[k]!;
      const v = x + (n & (x >> 31));
      hi |= w[k + 1]! ^ (x >> 31);
      lo |= v | ((lim - v) | 0);
      out[j] = v;
    }
  } else {
    for (let j = 0, k = k0; j < out.length; j++, k++) {
      const x = w[k]!;
      const v = x + (n & (x >> 31));
      lo |= v | ((lim - v) | 0);
      out[j] = v;
    }
  }
  return (hi | (lo & 0x80000000)) === 0;
}

function adjust(vals: Float64Array | Int32Array, n: number, mode: ClipMode): Int32Array | null {
  const len = vals.length;
  const out = new Int32Array(len);
  if (mode === 'raise') {
    for (let j = 0; j < len; j++) {
      let v = vals[j]!;
      if (v < 0) v += n;
      if (v < 0 || v >= n) return null;
      out[j] = v;
    }
  } else if (mode === 'wrap') {
    for (let j = 0; j < len; j++) {
      let v = vals[j]! % n;
      if (v < 0) v += n;
      out[j] = v;
    }
  } else {
    for (let j = 0; j < len; j++) {
      const v = vals[j]!;
      out[j] = v < 0 ? 0 : v >= n ? n - 1 : v;
    }
  }
  return out;
}
