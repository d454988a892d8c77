/**
 * Moving whole elements on raw memory, for every dtype at once. An element is `w`
 * machine words of the widest size (8, 4, 2 or 1 bytes) that divides its itemsize and
 * every byte offset involved, so the same loops move float64, int64, complex, strings
 * and records. Each word size has its own copy of a loop: a typed-array loop that sees
 * one array type stays monomorphic, which is worth 1.5–2× on these memory-bound moves.
 *
 * Float64Array moves are bit-exact (typed array to typed array, no arithmetic), so
 * int64 data and NaN payloads survive them.
 */

import { countNonzeroU8 } from '../kernels/int_wasm.js';

export type Words = Float64Array | Int32Array | Int16Array | Uint8Array;

/** The widest word size dividing all the given byte quantities. */
export function wordSize(...bytes: readonly number[]): 8 | 4 | 2 | 1 {
  let g = 8;
  for (const b of bytes) {
    while (g > 1 && b % g !== 0) g >>= 1;
  }
  return g as 8 | 4 | 2 | 1;
}

/**
 * The views wordsOf made last, two per word size (most recent first), for buffers up to
 * VIEW_CACHE_MAX bytes: a call on small arrays made two or three of them (~15 ns each, and
 * their garbage) where it moved a few elements. Two, because a gather alternates between
 * its source and a new output; small, because a cached view keeps its buffer alive.
 */
const VIEW_CACHE_MAX = 1 << 16;
const cachedBuffers: (ArrayBufferLike | null)[] = Array.from({ length: 8 }, () => null);
const cachedViews: (Words | null)[] = Array.from({ length: 8 }, () => null);

/** A typed-array view of the whole buffer in `size`-byte words. */
export function wordsOf(buffer: ArrayBufferLike, size: 8 | 4 | 2 | 1): Words {
  const slot = 2 * (size === 8 ? 3 : size >> 1);
  if (cachedBuffers[slot] === buffer) return cachedViews[slot]!;
  if (cachedBuffers[slot + 1] === buffer) {
    const v = cachedViews[slot + 1]!;
    cachedBuffers[slot + 1] = cachedBuffers[slot]!;
    cachedViews[slot + 1] = cachedViews[slot]!;
    cachedBuffers[slot] = buffer;
    cachedViews[slot] = v;
    return v;
  }
  const v = newWords(buffer, size);
  if (buffer.byteLength <= VIEW_CACHE_MAX) {
    cachedBuffers[slot + 1] = cachedBuffers[slot]!;
    cachedViews[slot + 1] = cachedViews[slot]!;
    cachedBuffers[slot] = buffer;
    cachedViews[slot] = v;
  }
  return v;
}

function newWords(buffer: ArrayBufferLike, size: 8 | 4 | 2 | 1): Words {
  const b = buffer as ArrayBuffer;
  switch (size) {
    case 8:
      return new Float64Array(b, 0, b.byteLength >> 3);
    case 4:
      return new Int32Array(b, 0, b.byteLength >> 2);
    case 2:
      return new Int16Array(b, 0, b.byteLength >> 1);
    default:
      return new Uint8Array(b);
  }
}

/**
 * Indices ready for a gather: `count` values in [0, n) read as `words[start + k * step]`
 * — an Int32Array over int32 indices (step 1) or over the low words of int64 ones
 * (step 2), so int64 index arrays need no conversion pass.
 */
export interface Indices {
  readonly words: Int32Array;
  readonly start: number;
  readonly step: number;
  readonly count: number;
}

/**
 * take's inner loop on contiguous data: for each of `outer` blocks of `n * chunk` words
 * in `s` (from word `si`), copy the `chunk`-word pieces at the indices, one after the
 * other, to `d` (from word `di`).
 */
export function gather(
  s: Words,
  si: number,
  d: Words,
  di: number,
  outer: number,
  n: number,
  chunk: number,
  ix: Indices,
): void {
  if (chunk === 1) {
    for (let o = 0; o < outer; o++, si += n, di += ix.count) {
      if (s instanceof Float64Array)
        gather1F64(s, si, d as Float64Array, di, ix.words, ix.start, ix.step, ix.count);
      else if (s instanceof Int32Array)
        gather1I32(s, si, d as Int32Array, di, ix.words, ix.start, ix.step, ix.count);
      else if (s instanceof Int16Array)
        gather1I16(s, si, d as Int16Array, di, ix.words, ix.start, ix.step, ix.count);
      else gather1U8(s, si, d as Uint8Array, di, ix.words, ix.start, ix.step, ix.count);
    }
    return;
  }
  if (chunk === 2 && s instanceof Float64Array) {
    // complex128 and other 16-byte elements: a loop of their own (the general one below sees
    // every array type, and its element accesses cost ~15 ns each once V8 has seen them all)
    for (let o = 0; o < outer; o++, si += 2 * n, di += 2 * ix.count)
      gather2F64(s, si, d as Float64Array, di, ix.words, ix.start, ix.step, ix.count);
    return;
  }
  const { words, start, step, count } = ix;
  for (let o = 0; o < outer; o++) {
    const base = si + o * n * chunk;
    for (let j = 0; j < count; j++, di += chunk) {
      const from = base + words[start + j * step]! * chunk;
      if (chunk > 32) d.set(s.subarray(from, from + chunk), di);
      else for (let k = 0; k < chunk; k++) d[di + k] = s[from + k]!;
    }
  }
}

/** Indices gatherChecked's loops take between two looks at their out-of-range bits. */
const CHECKED_SLICE = 16384;

/**
 * gather with indices straight from the caller's int32 (`ix.step` 1) or int64 (step 2,
 * low words read, high words checked) array, not yet checked: the check rides along with
 * the gather, as in NumPy's take loop, instead of costing a pass of its own. Returns false
 * when some index is outside [0, n) (then `d` holds garbage and the caller adjusts the
 * indices — negative ones, clip/wrap modes — or raises, and gathers again).
 */
export function gatherChecked(
  s: Words,
  si: number,
  d: Words,
  di: number,
  outer: number,
  n: number,
  chunk: number,
  ix: Indices,
): boolean {
  const { words, start, step, count } = ix;
  if (chunk === 1 && (s instanceof Float64Array || s instanceof Int32Array)) {
    const lim = n - 1;
    for (let o = 0; o < outer; o++, si += n, di += count) {
      // In slices, so that a negative index near the start (the caller then adjusts the
      // indices and gathers again) does not cost a whole row's gather first.
      for (let j = 0; j < count; j += CHECKED_SLICE) {
        const m = Math.min(CHECKED_SLICE, count - j);
        const k = start + step * j;
        let bad: number;
        if (s instanceof Float64Array) {
          const dd = d as Float64Array;
          bad =
            step === 2
              ? checked64F64(s, si, dd, di + j, words, k, m, lim)
              : checked32F64(s, si, dd, di + j, words, k, m, lim);
        } else {
          const dd = d as Int32Array;
          bad =
            step === 2
              ? checked64I32(s, si, dd, di + j, words, k, m, lim)
              : checked32I32(s, si, dd, di + j, words, k, m, lim);
        }
        if (bad !== 0) return false;
      }
    }
    return true;
  }
  if (!inRange(words, start, step, count, n)) return false;
  gather(s, si, d, di, outer, n, chunk, ix);
  return true;
}

/**
 * Whether `count` int32 (step 1) or int64 (step 2) indices from `words[start]` are all in
 * [0, n) (n <= 2**31 - 1). Four indices per step, OR-ed up without a branch: ~25% faster
 * than one at a time.
 */
export function inRange(
  w: Int32Array,
  start: number,
  step: number,
  count: number,
  n: number,
): boolean {
  const lim = n - 1;
  let hi = 0;
  let lo = 0;
  let j = 0;
  let k = start;
  if (step === 2) {
    for (; j + 4 <= count; j += 4, k += 8) {
      const a = w[k]!;
      const b = w[k + 2]!;
      const c = w[k + 4]!;
      const d = w[k + 6]!;
      hi |= w[k + 1]! | w[k + 3]! | w[k + 5]! | w[k + 7]!;
      lo |= a | b | c | d | ((lim - a) | 0) | ((lim - b) | 0);
      lo |= (lim - c) | 0 | ((lim - d) | 0);
    }
    for (; j < count; j++, k += 2) {
      const v = w[k]!;
      hi |= w[k + 1]!;
      lo |= v | ((lim - v) | 0);
    }
  } else {
    for (; j + 4 <= count; j += 4, k += 4) {
      const a = w[k]!;
      const b = w[k + 1]!;
      const c = w[k + 2]!;
      const d = w[k + 3]!;
      lo |= a | b | c | d | ((lim - a) | 0) | ((lim - b) | 0);
      lo |= (lim - c) | 0 | ((lim - d) | 0);
    }
    for (; j < count; j++, k++) {
      const v = w[k]!;
      lo |= v | ((lim - v) | 0);
    }
  }
  return (hi | (lo & 0x80000000)) === 0;
}

// The checked loops: an index v is in [0, lim] exactly when neither v nor lim - v has its
// sign bit set, and an int64 one also needs a zero high word; the bits are OR-ed up and
// looked at once per row (non-zero: some index is out of range). An out-of-range v reads
// undefined or another element; the row is thrown away then.
function checked64F64(
  s: Float64Array,
  si: number,
  d: Float64Array,
  di: number,
  w: Int32Array,
  k: number,
  m: number,
  lim: number,
): number {
  let hi = 0;
  let lo = 0;
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 16) {
    const i0 = w[k]!;
    const i1 = w[k + 2]!;
    const i2 = w[k + 4]!;
    const i3 = w[k + 6]!;
    const i4 = w[k + 8]!;
    const i5 = w[k + 10]!;
    const i6 = w[k + 12]!;
    const i7 = w[k + 14]!;
    const v0 = s[si + i0]!;
    const v1 = s[si + i1]!;
    const v2 = s[si + i2]!;
    const v3 = s[si + i3]!;
    const v4 = s[si + i4]!;
    const v5 = s[si + i5]!;
    const v6 = s[si + i6]!;
    const v7 = s[si + i7]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
    hi |= w[k + 1]! | w[k + 3]! | w[k + 5]! | w[k + 7]! | w[k + 9]! | w[k + 11]! | w[k + 13]!;
    hi |= w[k + 15]!;
    lo |= i0 | i1 | i2 | i3 | i4 | i5 | i6 | i7;
    lo |= (lim - i0) | 0 | ((lim - i1) | 0) | ((lim - i2) | 0) | ((lim - i3) | 0);
    lo |= (lim - i4) | 0 | ((lim - i5) | 0) | ((lim - i6) | 0) | ((lim - i7) | 0);
  }
  for (; j < m; j++, k += 2) {
    const i0 = w[k]!;
    hi |= w[k + 1]!;
    lo |= i0 | ((lim - i0) | 0);
    d[di++] = s[si + i0]!;
  }
  return hi | (lo & 0x80000000);
}
function checked32F64(
  s: Float64Array,
  si: number,
  d: Float64Array,
  di: number,
  w: Int32Array,
  k: number,
  m: number,
  lim: number,
): number {
  let lo = 0;
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 8) {
    const i0 = w[k]!;
    const i1 = w[k + 1]!;
    const i2 = w[k + 2]!;
    const i3 = w[k + 3]!;
    const i4 = w[k + 4]!;
    const i5 = w[k + 5]!;
    const i6 = w[k + 6]!;
    const i7 = w[k + 7]!;
    const v0 = s[si + i0]!;
    const v1 = s[si + i1]!;
    const v2 = s[si + i2]!;
    const v3 = s[si + i3]!;
    const v4 = s[si + i4]!;
    const v5 = s[si + i5]!;
    const v6 = s[si + i6]!;
    const v7 = s[si + i7]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
    lo |= i0 | i1 | i2 | i3 | i4 | i5 | i6 | i7;
    lo |= (lim - i0) | 0 | ((lim - i1) | 0) | ((lim - i2) | 0) | ((lim - i3) | 0);
    lo |= (lim - i4) | 0 | ((lim - i5) | 0) | ((lim - i6) | 0) | ((lim - i7) | 0);
  }
  for (; j < m; j++, k++) {
    const i0 = w[k]!;
    lo |= i0 | ((lim - i0) | 0);
    d[di++] = s[si + i0]!;
  }
  return lo & 0x80000000;
}
function checked64I32(
  s: Int32Array,
  si: number,
  d: Int32Array,
  di: number,
  w: Int32Array,
  k: number,
  m: number,
  lim: number,
): number {
  let hi = 0;
  let lo = 0;
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 16) {
    const i0 = w[k]!;
    const i1 = w[k + 2]!;
    const i2 = w[k + 4]!;
    const i3 = w[k + 6]!;
    const i4 = w[k + 8]!;
    const i5 = w[k + 10]!;
    const i6 = w[k + 12]!;
    const i7 = w[k + 14]!;
    const v0 = s[si + i0]!;
    const v1 = s[si + i1]!;
    const v2 = s[si + i2]!;
    const v3 = s[si + i3]!;
    const v4 = s[si + i4]!;
    const v5 = s[si + i5]!;
    const v6 = s[si + i6]!;
    const v7 = s[si + i7]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
    hi |= w[k + 1]! | w[k + 3]! | w[k + 5]! | w[k + 7]! | w[k + 9]! | w[k + 11]! | w[k + 13]!;
    hi |= w[k + 15]!;
    lo |= i0 | i1 | i2 | i3 | i4 | i5 | i6 | i7;
    lo |= (lim - i0) | 0 | ((lim - i1) | 0) | ((lim - i2) | 0) | ((lim - i3) | 0);
    lo |= (lim - i4) | 0 | ((lim - i5) | 0) | ((lim - i6) | 0) | ((lim - i7) | 0);
  }
  for (; j < m; j++, k += 2) {
    const i0 = w[k]!;
    hi |= w[k + 1]!;
    lo |= i0 | ((lim - i0) | 0);
    d[di++] = s[si + i0]!;
  }
  return hi | (lo & 0x80000000);
}
function checked32I32(
  s: Int32Array,
  si: number,
  d: Int32Array,
  di: number,
  w: Int32Array,
  k: number,
  m: number,
  lim: number,
): number {
  let lo = 0;
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 8) {
    const i0 = w[k]!;
    const i1 = w[k + 1]!;
    const i2 = w[k + 2]!;
    const i3 = w[k + 3]!;
    const i4 = w[k + 4]!;
    const i5 = w[k + 5]!;
    const i6 = w[k + 6]!;
    const i7 = w[k + 7]!;
    const v0 = s[si + i0]!;
    const v1 = s[si + i1]!;
    const v2 = s[si + i2]!;
    const v3 = s[si + i3]!;
    const v4 = s[si + i4]!;
    const v5 = s[si + i5]!;
    const v6 = s[si + i6]!;
    const v7 = s[si + i7]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
    lo |= i0 | i1 | i2 | i3 | i4 | i5 | i6 | i7;
    lo |= (lim - i0) | 0 | ((lim - i1) | 0) | ((lim - i2) | 0) | ((lim - i3) | 0);
    lo |= (lim - i4) | 0 | ((lim - i5) | 0) | ((lim - i6) | 0) | ((lim - i7) | 0);
  }
  for (; j < m; j++, k++) {
    const i0 = w[k]!;
    lo |= i0 | ((lim - i0) | 0);
    d[di++] = s[si + i0]!;
  }
  return lo & 0x80000000;
}

// One-word elements. Eight loads are issued before their stores: V8's plain loop
// waits for each cache miss in turn, the grouped loads overlap (5-8x on random indices).
function gather1F64(
  s: Float64Array,
  si: number,
  d: Float64Array,
  di: number,
  w: Int32Array,
  k: number,
  st: number,
  m: number,
): void {
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 8 * st) {
    const v0 = s[si + w[k]!]!;
    const v1 = s[si + w[k + st]!]!;
    const v2 = s[si + w[k + 2 * st]!]!;
    const v3 = s[si + w[k + 3 * st]!]!;
    const v4 = s[si + w[k + 4 * st]!]!;
    const v5 = s[si + w[k + 5 * st]!]!;
    const v6 = s[si + w[k + 6 * st]!]!;
    const v7 = s[si + w[k + 7 * st]!]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
  }
  for (; j < m; j++, k += st) d[di++] = s[si + w[k]!]!;
}
/** Two-word elements: pair i of `d` from pair w[k + i * st] of `s` (from word si). */
function gather2F64(
  s: Float64Array,
  si: number,
  d: Float64Array,
  di: number,
  w: Int32Array,
  k: number,
  st: number,
  m: number,
): void {
  let j = 0;
  for (; j + 4 <= m; j += 4, di += 8, k += 4 * st) {
    const f0 = si + 2 * w[k]!;
    const f1 = si + 2 * w[k + st]!;
    const f2 = si + 2 * w[k + 2 * st]!;
    const f3 = si + 2 * w[k + 3 * st]!;
    const a0 = s[f0]!;
    const b0 = s[f0 + 1]!;
    const a1 = s[f1]!;
    const b1 = s[f1 + 1]!;
    const a2 = s[f2]!;
    const b2 = s[f2 + 1]!;
    const a3 = s[f3]!;
    const b3 = s[f3 + 1]!;
    d[di] = a0;
    d[di + 1] = b0;
    d[di + 2] = a1;
    d[di + 3] = b1;
    d[di + 4] = a2;
    d[di + 5] = b2;
    d[di + 6] = a3;
    d[di + 7] = b3;
  }
  for (; j < m; j++, di += 2, k += st) {
    const f = si + 2 * w[k]!;
    d[di] = s[f]!;
    d[di + 1] = s[f + 1]!;
  }
}
function gather1I32(
  s: Int32Array,
  si: number,
  d: Int32Array,
  di: number,
  w: Int32Array,
  k: number,
  st: number,
  m: number,
): void {
  let j = 0;
  for (; j + 8 <= m; j += 8, di += 8, k += 8 * st) {
    const v0 = s[si + w[k]!]!;
    const v1 = s[si + w[k + st]!]!;
    const v2 = s[si + w[k + 2 * st]!]!;
    const v3 = s[si + w[k + 3 * st]!]!;
    const v4 = s[si + w[k + 4 * st]!]!;
    const v5 = s[si + w[k + 5 * st]!]!;
    const v6 = s[si + w[k + 6 * st]!]!;
    const v7 = s[si + w[k + 7 * st]!]!;
    d[di] = v0;
    d[di + 1] = v1;
    d[di + 2] = v2;
    d[di + 3] = v3;
    d[di + 4] = v4;
    d[di + 5] = v5;
    d[di + 6] = v6;
    d[di + 7] = v7;
  }
  for (; j < m; j++, k += st) d[di++] = s[si + w[k]!]!;
}
function gather1I16(
  s: Int16Array,
  si: number,
  d: Int16Array,
  di: number,
  w: Int32Array,
  k: number,
  st: number,
  m: number,
): void {
  for (let j = 0; j < m; j++, k += st) d[di++] = s[si + w[k]!]!;
}
function gather1U8(
  s: Uint8Array,
  si: number,
  d: Uint8Array,
  di: number,
  w: Int32Array,
  k: number,
  st: number,
  m: number,
): void {
  for (let j = 0; j < m; j++, k += st) d[di++] = s[si + w[k]!]!;
}

/**
 * Boolean selection on contiguous data: copy the `w`-word elements of `s` (from word
 * `si`) whose byte in `mask` (from `mi`, `count` of them) is non-zero to `d` (from
 * `di`), in order. For one-word elements the mask is read four bytes at a time and
 * the copy is branch-free: every element is written and the write position only
 * advances past the selected ones, so `d` needs one spare element after the last
 * selected one. (A branch per element costs 6 ns on a random mask; this ~1.4 ns.)
 */
export function compressWords(
  s: Words,
  si: number,
  mask: Uint8Array,
  mi: number,
  count: number,
  d: Words,
  di: number,
  w: number,
): void {
  if (w !== 1) {
    for (let i = 0; i < count; i++, si += w) {
      if (mask[mi + i] === 0) continue;
      for (let k = 0; k < w; k++) d[di + k] = s[si + k]!;
      di += w;
    }
    return;
  }
  // Bytes up to a 4-byte boundary of the mask, then whole words, then the tail (a short
  // mask all in bytes: the word view costs more than it saves there).
  const abs = mask.byteOffset + mi;
  let head = count < 32 ? count : Math.min(count, (4 - (abs & 3)) & 3);
  for (let i = 0; i < head; i++) {
    d[di] = s[si + i]!;
    di += (mask[mi + i]! + 255) >> 8;
  }
  const words = (count - head) >> 2;
  if (words > 0) {
    const mw = new Int32Array(mask.buffer, abs + head, words);
    if (s instanceof Float64Array) di = compress1F64(s, si + head, mw, d as Float64Array, di);
    else if (s instanceof Int32Array) di = compress1I32(s, si + head, mw, d as Int32Array, di);
    else if (s instanceof Int16Array) di = compress1I16(s, si + head, mw, d as Int16Array, di);
    else di = compress1U8(s, si + head, mw, d as Uint8Array, di);
  }
  head += words * 4;
  for (let i = head; i < count; i++) {
    d[di] = s[si + i]!;
    di += (mask[mi + i]! + 255) >> 8;
  }
}

/** Each byte of x as 0 or 1 (non-zero → 1), without carries between bytes. */
export function bits01(x: number): number {
  x = (x | (x >>> 4)) & 0x0f0f0f0f;
  x = (x | (x >>> 2)) & 0x03030303;
  return (x | (x >>> 1)) & 0x01010101;
}

function compress1F64(
  s: Float64Array,
  i: number,
  mw: Int32Array,
  d: Float64Array,
  k: number,
): number {
  for (let j = 0; j < mw.length; j++, i += 4) {
    const raw = mw[j]!;
    if (raw === 0) continue;
    const x = bits01(raw);
    d[k] = s[i]!;
    k += x & 1;
    d[k] = s[i + 1]!;
    k += (x >>> 8) & 1;
    d[k] = s[i + 2]!;
    k += (x >>> 16) & 1;
    d[k] = s[i + 3]!;
    k += x >>> 24;
  }
  return k;
}
function compress1I32(s: Int32Array, i: number, mw: Int32Array, d: Int32Array, k: number): number {
  for (let j = 0; j < mw.length; j++, i += 4) {
    const raw = mw[j]!;
    if (raw === 0) continue;
    const x = bits01(raw);
    d[k] = s[i]!;
    k += x & 1;
    d[k] = s[i + 1]!;
    k += (x >>> 8) & 1;
    d[k] = s[i + 2]!;
    k += (x >>> 16) & 1;
    d[k] = s[i + 3]!;
    k += x >>> 24;
  }
  return k;
}
function compress1I16(s: Int16Array, i: number, mw: Int32Array, d: Int16Array, k: number): number {
  for (let j = 0; j < mw.length; j++, i += 4) {
    const raw = mw[j]!;
    if (raw === 0) continue;
    const x = bits01(raw);
    d[k] = s[i]!;
    k += x & 1;
    d[k] = s[i + 1]!;
    k += (x >>> 8) & 1;
    d[k] = s[i + 2]!;
    k += (x >>> 16) & 1;
    d[k] = s[i + 3]!;
    k += x >>> 24;
  }
  return k;
}
function compress1U8(s: Uint8Array, i: number, mw: Int32Array, d: Uint8Array, k: number): number {
  for (let j = 0; j < mw.length; j++, i += 4) {
    const raw = mw[j]!;
    if (raw === 0) continue;
    const x = bits01(raw);
    d[k] = s[i]!;
    k += x & 1;
    d[k] = s[i + 1]!;
    k += (x >>> 8) & 1;
    d[k] = s[i + 2]!;
    k += (x >>> 16) & 1;
    d[k] = s[i + 3]!;
    k += x >>> 24;
  }
  return k;
}

/** Number of non-zero bytes in `m[from, from + n)`, four bytes at a time. */
export function countNonzeroBytes(m: Uint8Array, from: number, n: number): number {
  const fast = countNonzeroU8(m, from, n);
  if (fast !== null) return fast;
  let c = 0;
  const abs = m.byteOffset + from;
  const head = n < 32 ? n : Math.min(n, (4 - (abs & 3)) & 3);
  for (let i = 0; i < head; i++) c += (m[from + i]! + 255) >> 8;
  const words = (n - head) >> 2;
  if (words > 0) {
    const mw = new Int32Array(m.buffer, abs + head, words);
    for (let j = 0; j < words; j++) {
      const raw = mw[j]!;
      if (raw !== 0) c += Math.imul(bits01(raw), 0x01010101) >>> 24;
    }
  }
  for (let i = head + words * 4; i < n; i++) c += (m[from + i]! + 255) >> 8;
  return c;
}
