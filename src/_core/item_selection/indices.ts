/**
 * Index arguments of take, put, choose and friends: NumPy's clip modes and the
 * conversion of index arrays to intp, with NumPy's messages.
 *
 * JS values convert as Python values converted to intp do (floats truncate, NaN and
 * strings fail as `int()` does); NDArrays must cast to int64 under the caller's
 * casting rule (take: same_kind, choose/put: safe).
 */
import { float64, int32, int64 } from '../dtype.js';
import { IndexError, ValueError } from '../errors.js';
import { array } from '../multiarray/array.js';
import { copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { canCast } from '../numerictypes/promotion.js';
import type { Indices } from './words.js';

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
 * Indices of `a` into an axis of length `n`, ready for a gather. Contiguous int64 or
 * int32 indices already in [0, n) — the common case — are read in place after one
 * checking pass; anything else is converted by adjustedIndices.
 */
export function indicesFor(a: NDArray, n: number, mode: ClipMode, axis: number): Indices {
  const count = a.size;
  if (
    count > 0 &&
    (a.dtype === int64 || a.dtype === int32) &&
    a.isAligned &&
    a.flags.c_contiguous
  ) {
    const words = new Int32Array(a.buffer as ArrayBuffer, 0, a.buffer.byteLength >> 2);
    const start = a.offset >> 2;
    const step = a.dtype === int64 ? 2 : 1;
    if (allInRange(words, start, step, count, n)) return { words, start, step, count };
  }
  return { words: adjustedIndices(a, n, mode, axis), start: 0, step: 1, count };
}

/** Whether every index is in [0, n): for int64 (step 2) the high word must be 0. */
function allInRange(w: Int32Array, start: number, step: number, count: number, n: number): boolean {
  let bad = 0;
  if (step === 2) {
    for (let j = 0, k = start; j < count; j++, k += 2)
      bad |= w[k + 1]! | (w[k]! >>> 0 >= n ? 1 : 0);
  } else {
    for (let j = 0, k = start; j < count; j++, k++) bad |= w[k]! >>> 0 >= n ? 1 : 0;
  }
  return bad === 0;
}

/**
 * The values of integer array `a` (C order) as indices into an axis of length `n`,
 * made non-negative under `mode` (NumPy's check_and_adjust_index for 'raise');
 * `axis` names the axis in the IndexError.
 */
export function adjustedIndices(a: NDArray, n: number, mode: ClipMode, axis: number): Int32Array {
  const contiguous = a.flags.c_contiguous && a.isAligned;
  if (contiguous && a.dtype === int64 && mode === 'raise') return adjustInt64(a, n, axis);
  const vals =
    contiguous && a.dtype === int32
      ? (a.data as Int32Array).subarray(a.offset >> 2, (a.offset >> 2) + a.size)
      : doubles(a);
  return adjust(vals, n, mode, axis);
}

function outOfBounds(v: number, axis: number, n: number): IndexError {
  return new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${n}`);
}

/** 'raise' mode straight from int64 storage, read as two 32-bit words (no BigInt per element). */
function adjustInt64(a: NDArray, n: number, axis: number): Int32Array {
  const len = a.size;
  const out = new Int32Array(len);
  const w = new Int32Array(a.buffer as ArrayBuffer, a.offset, len * 2);
  for (let j = 0; j < len; j++) {
    const lo = w[2 * j]!;
    const hi = w[2 * j + 1]!;
    // In range exactly when hi is the sign extension of a small lo.
    let v = lo;
    if (hi !== lo >> 31) v = hi * 4294967296 + (lo >>> 0);
    if (v < 0) v += n;
    if (v < 0 || v >= n) throw outOfBounds(hi * 4294967296 + (lo >>> 0), axis, n);
    out[j] = v;
  }
  return out;
}

function adjust(
  vals: Float64Array | Int32Array,
  n: number,
  mode: ClipMode,
  axis: number,
): Int32Array {
  const len = vals.length;
  const out = new Int32Array(len);
  if (mode === 'raise') {
    for (let j = 0; j < len; j++) {
      let v = vals[j]!;
      if (v < 0) v += n;
      if (v < 0 || v >= n) throw outOfBounds(vals[j]!, axis, n);
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
