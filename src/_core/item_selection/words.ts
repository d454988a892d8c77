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
import type { NDArray } from '../ndarray.js';

export type Words = Float64Array | Int32Array | Int16Array | Uint8Array;

/** The widest word size dividing all the given byte quantities. */
export function wordSize(...bytes: readonly number[]): 8 | 4 | 2 | 1 {
  let g = 8;
  for (const b of bytes) {
    while (g > 1 && b % g !== 0) g >>= 1;
  }
  return g as 8 | 4 | 2 | 1;
}

/** The word size for moving elements of these arrays (itemsize, offsets and strides). */
export function arraysWordSize(...arrays: readonly NDArray[]): 8 | 4 | 2 | 1 {
  const all: number[] = [];
  for (const a of arrays) all.push(a.itemsize, a.offset, ...a.strides);
  return wordSize(...all);
}

/** A typed-array view of the whole buffer in `size`-byte words. */
export function wordsOf(buffer: ArrayBufferLike, size: 8 | 4 | 2 | 1): Words {
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
 * take's inner loop on contiguous data: for each of `outer` blocks of `n * chunk` words
 * in `s` (from word `si`), copy the `chunk`-word pieces `idx[0], idx[1], …` to `d`
 * (from word `di`), one after the other.
 */
export function gather(
  s: Words,
  si: number,
  d: Words,
  di: number,
  outer: number,
  n: number,
  chunk: number,
  idx: Int32Array,
): void {
  if (chunk === 1) {
    if (s instanceof Float64Array) gather1F64(s, si, d as Float64Array, di, outer, n, idx);
    else if (s instanceof Int32Array) gather1I32(s, si, d as Int32Array, di, outer, n, idx);
    else if (s instanceof Int16Array) gather1I16(s, si, d as Int16Array, di, outer, n, idx);
    else gather1U8(s, si, d as Uint8Array, di, outer, n, idx);
    return;
  }
  const m = idx.length;
  for (let o = 0; o < outer; o++) {
    const base = si + o * n * chunk;
    for (let j = 0; j < m; j++, di += chunk) {
      const from = base + idx[j]! * chunk;
      if (chunk > 32) d.set(s.subarray(from, from + chunk), di);
      else for (let k = 0; k < chunk; k++) d[di + k] = s[from + k]!;
    }
  }
}

function gather1F64(s: Float64Array, si: number, d: Float64Array, di: number, outer: number, n: number, idx: Int32Array): void {
  const m = idx.length;
  for (let o = 0; o < outer; o++, si += n) for (let j = 0; j < m; j++) d[di++] = s[si + idx[j]!]!;
}
function gather1I32(s: Int32Array, si: number, d: Int32Array, di: number, outer: number, n: number, idx: Int32Array): void {
  const m = idx.length;
  for (let o = 0; o < outer; o++, si += n) for (let j = 0; j < m; j++) d[di++] = s[si + idx[j]!]!;
}
function gather1I16(s: Int16Array, si: number, d: Int16Array, di: number, outer: number, n: number, idx: Int32Array): void {
  const m = idx.length;
  for (let o = 0; o < outer; o++, si += n) for (let j = 0; j < m; j++) d[di++] = s[si + idx[j]!]!;
}
function gather1U8(s: Uint8Array, si: number, d: Uint8Array, di: number, outer: number, n: number, idx: Int32Array): void {
  const m = idx.length;
  for (let o = 0; o < outer; o++, si += n) for (let j = 0; j < m; j++) d[di++] = s[si + idx[j]!]!;
}

/**
 * Boolean selection on contiguous data: copy the `w`-word elements of `s` (from word
 * `si`) whose byte in `mask` (from `mi`, `count` of them) is non-zero to `d` (from
 * `di`), in order. Branch-free for one-word elements: every element is written and
 * the write position only advances past the selected ones (by (byte + 255) >> 8,
 * 0 or 1), so `d` needs one spare element after the last selected one.
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
  if (w === 1) {
    if (s instanceof Float64Array) compress1F64(s, si, mask, mi, count, d as Float64Array, di);
    else if (s instanceof Int32Array) compress1I32(s, si, mask, mi, count, d as Int32Array, di);
    else if (s instanceof Int16Array) compress1I16(s, si, mask, mi, count, d as Int16Array, di);
    else compress1U8(s, si, mask, mi, count, d as Uint8Array, di);
    return;
  }
  for (let i = 0; i < count; i++, si += w) {
    if (mask[mi + i] === 0) continue;
    for (let k = 0; k < w; k++) d[di + k] = s[si + k]!;
    di += w;
  }
}

function compress1F64(s: Float64Array, si: number, m: Uint8Array, mi: number, n: number, d: Float64Array, di: number): void {
  for (let i = 0; i < n; i++) {
    d[di] = s[si + i]!;
    di += (m[mi + i]! + 255) >> 8;
  }
}
function compress1I32(s: Int32Array, si: number, m: Uint8Array, mi: number, n: number, d: Int32Array, di: number): void {
  for (let i = 0; i < n; i++) {
    d[di] = s[si + i]!;
    di += (m[mi + i]! + 255) >> 8;
  }
}
function compress1I16(s: Int16Array, si: number, m: Uint8Array, mi: number, n: number, d: Int16Array, di: number): void {
  for (let i = 0; i < n; i++) {
    d[di] = s[si + i]!;
    di += (m[mi + i]! + 255) >> 8;
  }
}
function compress1U8(s: Uint8Array, si: number, m: Uint8Array, mi: number, n: number, d: Uint8Array, di: number): void {
  for (let i = 0; i < n; i++) {
    d[di] = s[si + i]!;
    di += (m[mi + i]! + 255) >> 8;
  }
}

/** Number of non-zero bytes in `m[from, from + n)`. */
export function countNonzeroBytes(m: Uint8Array, from: number, n: number): number {
  let c = 0;
  for (let i = from, end = from + n; i < end; i++) c += (m[i]! + 255) >> 8;
  return c;
}
