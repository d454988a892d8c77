/**
 * Value sorts of integer rows (np.sort, and the sorts inside np.unique and the set
 * routines; argsort keeps its own stable path): equal integers cannot be told apart, so
 * every correct order of the values is NumPy's.
 *
 * A row whose values span a small range (max - min below twice its length) is
 * counting-sorted: one histogram of x - min and a fill, O(n + range). Other int64/uint64
 * rows take an LSD radix sort on the keys x - min (range reduction), passes over digits
 * where every key agrees skipped: in wasm (assembly/sort.ts `sort_u64`, 8-bit digits, keys
 * wider than three bytes ordered by their top three and then the runs that share them)
 * after a first split by the keys' top byte (also in wasm, block by block) into pieces of
 * at most WASM_SORT_MAX values, or in TypeScript on the js backend (11-bit digits, only as
 * many as the span needs). The
 * narrower integer dtypes of a wide span return to the caller's distribution sort
 * (bucket.ts, in wasm), faster there.
 */

import { allocUninitialized } from '../alloc.js';
import {
  wasmInt64Extremes,
  wasmInt64Takes,
  wasmSortActive,
  wasmSortInt64,
  wasmSplitInt64,
} from './wasm_sort.js';

/** Integer typed arrays whose elements are JS numbers (bool is stored as Uint8). */
export type SmallIntArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array;

/** Rows shorter than this are left to the other sorts (a histogram costs more than it saves). */
const COUNT_MIN_N = 64;
/** Values sampled before a counting sort's full scan. */
const SAMPLE = 64;
/** Largest histogram of a counting sort (16 MiB of counters). */
const COUNT_MAX_RANGE = 1 << 22;
/** Rows at most this long are insertion-sorted on their keys. */
const INSERTION_MAX = 32;
/** int64 rows at least this long take the wasm radix sort when it is active. */
const WASM_INT64_MIN = 64;
/** Radix digit width: 2048 counters, a scatter of that many write streams stays cheap. */
const DIGIT = 11;

/** Whether a span `range` = max - min is worth a counting sort for a row of n values. */
function counting(range: number, n: number): boolean {
  return n >= COUNT_MIN_N && range < 2 * n && range < COUNT_MAX_RANGE;
}

/** Reused histogram (grown as needed, zeroed by the user before each count). */
let counts = new Int32Array(1 << 12);

function histogram(size: number): Int32Array {
  if (counts.length < size) counts = new Int32Array(Math.max(size, 2 * counts.length));
  counts.fill(0, 0, size);
  return counts;
}

/** A row's histogram: cnt[k] values equal min + k, k in [0, range] (cnt is reused scratch). */
export interface Counts {
  cnt: Int32Array;
  range: number;
  /** The minimum (≤32-bit dtypes). */
  min: number;
  /** The minimum's words (int64 / uint64). */
  minLo: number;
  minHi: number;
}

/** The histogram of src[so..so+n) when the row's span is small, else null. */
export function countSmall(src: SmallIntArray, so: number, n: number): Counts | null {
  if (n < COUNT_MIN_N) return null;
  // A spread-out sample rules most wide rows out before the full scan.
  const step = Math.floor(n / SAMPLE);
  let lo = src[so]!;
  let hi = lo;
  for (let i = so + step; i < so + n; i += step) {
    const x = src[i]!;
    if (x < lo) lo = x;
    else if (x > hi) hi = x;
  }
  if (!counting(hi - lo, n)) return null;
  const e = so + n;
  for (let i = so; i < e; i++) {
    const x = src[i]!;
    if (x < lo) lo = x;
    else if (x > hi) hi = x;
  }
  const range = hi - lo;
  if (!counting(range, n)) return null;
  const cnt = histogram(range + 1);
  let i = so;
  for (; i + 4 <= e; i += 4) {
    cnt[src[i]! - lo]!++;
    cnt[src[i + 1]! - lo]!++;
    cnt[src[i + 2]! - lo]!++;
    cnt[src[i + 3]! - lo]!++;
  }
  for (; i < e; i++) cnt[src[i]! - lo]!++;
  return { cnt, range, min: lo, minLo: 0, minHi: 0 };
}

/**
 * Counting sort of src[so..so+n) into dst[d0..d0+n) when the row's span is small; false,
 * with nothing written, otherwise (the caller sorts the row).
 */
export function countingSortRow(
  src: SmallIntArray,
  so: number,
  n: number,
  dst: SmallIntArray,
  d0: number,
): boolean {
  const h = countSmall(src, so, n);
  if (h === null) return false;
  const { cnt, range, min } = h;
  let at = d0;
  for (let k = 0; k <= range; k++) {
    const c = cnt[k]!;
    if (c === 0) continue;
    const v = min + k;
    // Long runs by the native fill, short ones inline (a call costs more than a few stores).
    if (c > 16) dst.fill(v, at, at + c);
    else for (let j = 0; j < c; j++) dst[at + j] = v;
    at += c;
  }
  return true;
}

/** Extremes of an int64 row (int64Span): min's words, high-word spread, range, key bits. */
interface Span {
  minLo: number;
  minHi: number;
  dh: number;
  range: number;
}

/** The minimum, high-word spread and span of the n int64 / uint64 values from w[2 * so]. */
function int64Span(w: Int32Array, so: number, n: number, unsigned: boolean): Span {
  // Order words: hi ^ flip and lo ^ 2^31 compare as signed int32 in the values' order.
  const flip = unsigned ? 0x80000000 | 0 : 0;
  if (n >= WASM_SCAN_MIN && wasmSortActive()) {
    // The extremes' words from wasm (two scans of word pairs in TypeScript cost more).
    wasmInt64Extremes(w, so, n, unsigned, mm4);
    const dh = (mm4[3]! ^ flip) - (mm4[1]! ^ flip);
    const dl = (mm4[2]! ^ 0x80000000) - (mm4[0]! ^ 0x80000000);
    return { minLo: mm4[0]!, minHi: mm4[1]!, dh, range: dh * 2 ** 32 + dl };
  }
  scanHi(w, so, so + n, flip);
  const minH = mm[0]!;
  const maxH = mm[1]!;
  if (minH === maxH) scanLo(w, so, so + n);
  else scanLoAt(w, so, so + n, flip, minH, maxH);
  const minL = mm[0]!;
  const maxL = mm[1]!;
  const dh = maxH - minH;
  // The minimum's own words; every value is min + key with key = x - min (mod 2^64).
  // range is exact below 2^33, only compared with smaller bounds above that.
  return { minLo: minL ^ 0x80000000, minHi: minH ^ flip, dh, range: dh * 2 ** 32 + (maxL - minL) };
}

/** The histogram of the n int64 / uint64 values from w[2 * so] when their span is small. */
export function countInt64(w: Int32Array, so: number, n: number, unsigned: boolean): Counts | null {
  if (n < COUNT_MIN_N) return null;
  const sp = int64Span(w, so, n, unsigned);
  return counting(sp.range, n) ? histInt64(w, so, n, sp) : null;
}

/** The histogram of keys x - min of an int64 row of a small span. */
function histInt64(w: Int32Array, so: number, n: number, sp: Span): Counts {
  const { range, minLo } = sp;
  const cnt = histogram(range + 1);
  const e = 2 * (so + n);
  let j = 2 * so;
  for (; j + 8 <= e; j += 8) {
    cnt[(w[j]! - minLo) >>> 0]!++;
    cnt[(w[j + 2]! - minLo) >>> 0]!++;
    cnt[(w[j + 4]! - minLo) >>> 0]!++;
    cnt[(w[j + 6]! - minLo) >>> 0]!++;
  }
  for (; j < e; j += 2) cnt[(w[j]! - minLo) >>> 0]!++;
  return { cnt, range, min: 0, minLo, minHi: sp.minHi };
}

/** The words of min + k (k < 2^32) into out[at], out[at + 1]. */
export function int64Words(h: Counts, k: number, out: Int32Array, at: number): void {
  const ml = h.minLo >>> 0;
  out[at] = (ml + k) | 0;
  out[at + 1] = ml + k >= 2 ** 32 ? (h.minHi + 1) | 0 : h.minHi;
}

/**
 * Sort the n int64 (or uint64: `unsigned`) values whose little-endian words start at
 * w[2 * so] into the words of out from out[2 * d0]; w is not changed.
 */
export function sortInt64Row(
  w: Int32Array,
  so: number,
  n: number,
  out: Int32Array,
  d0: number,
  unsigned: boolean,
): void {
  if (n === 0) return;
  const sp = int64Span(w, so, n, unsigned);
  const { minLo, minHi, dh, range } = sp;
  if (counting(range, n)) {
    fillInt64(histInt64(w, so, n, sp), out, d0);
    return;
  }
  // Bits of the largest key (of an upper bound where range is inexact: the split's top byte
  // still differs between the keys 0 and range, so each split makes progress).
  const bits = range < 2 ** 32 ? 32 - Math.clz32(range) : 64 - Math.clz32(dh);
  if (wasmSortActive() && n >= WASM_INT64_MIN) {
    const min = BigInt.asIntN(64, (BigInt(minHi) << 32n) | BigInt(minLo >>> 0));
    if (wasmInt64Takes(n)) wasmSortInt64(w, so, n, out, d0, min);
    else splitInt64(w, so, n, out, d0, unsigned, bits, minLo, minHi);
    return;
  }
  const kl = new Uint32Array(n);
  if (range < 2 ** 32) {
    for (let i = 0; i < n; i++) kl[i] = (w[2 * (so + i)]! - minLo) >>> 0;
    const sorted =
      n <= INSERTION_MAX ? insertionU32(kl, n) : radixU32(kl, n, 32 - Math.clz32(range));
    writeInt64(sorted, null, n, out, d0, minLo, minHi);
    return;
  }
  const kh = new Uint32Array(n);
  const ml = minLo >>> 0;
  for (let i = 0; i < n; i++) {
    const l = w[2 * (so + i)]! >>> 0;
    kl[i] = (l - ml) >>> 0;
    kh[i] = (w[2 * (so + i) + 1]! - minHi - (l < ml ? 1 : 0)) >>> 0;
  }
  if (n <= INSERTION_MAX) insertionU64(kh, kl, n);
  const [sh, sl] = n <= INSERTION_MAX ? [kh, kl] : radixU64(kh, kl, n, 32 - Math.clz32(dh));
  writeInt64(sl, sh, n, out, d0, minLo, minHi);
}

/** Minimum and maximum of a scan (int32 order words). */
const mm = new Int32Array(2);
/** The extremes' words from wasm (wasmInt64Extremes). */
const mm4 = new Int32Array(4);
/** Rows at least this long are scanned for their extremes in wasm. */
const WASM_SCAN_MIN = 1 << 12;

// The scans step through the words two at a time with an if / else-if on each: measured
// ~2x faster in V8 than ternaries, Math.min/max or element-indexed loops.

/** Extremes of the high order words (hi ^ flip) of the values [s, e) into mm. */
function scanHi(w: Int32Array, s: number, e: number, flip: number): void {
  let lo = w[2 * s + 1]! ^ flip;
  let hi = lo;
  for (let j = 2 * s + 3; j < 2 * e; j += 2) {
    const h = w[j]! ^ flip;
    if (h < lo) lo = h;
    else if (h > hi) hi = h;
  }
  mm[0] = lo;
  mm[1] = hi;
}

/** Extremes of the low order words (lo ^ 2^31) of the values [s, e) into mm. */
function scanLo(w: Int32Array, s: number, e: number): void {
  let lo = w[2 * s]! ^ 0x80000000;
  let hi = lo;
  for (let j = 2 * s + 2; j < 2 * e; j += 2) {
    const l = w[j]! ^ 0x80000000;
    if (l < lo) lo = l;
    else if (l > hi) hi = l;
  }
  mm[0] = lo;
  mm[1] = hi;
}

/**
 * Least low order word among the values whose high order word is minH, greatest among
 * those with maxH (minH < maxH), into mm.
 */
function scanLoAt(w: Int32Array, s: number, e: number, flip: number, minH: number, maxH: number) {
  let lo = 0x7fffffff;
  let hi = -0x80000000;
  for (let j = 2 * s; j < 2 * e; j += 2) {
    const h = w[j + 1]! ^ flip;
    if (h === minH) {
      const l = w[j]! ^ 0x80000000;
      if (l < lo) lo = l;
    } else if (h === maxH) {
      const l = w[j]! ^ 0x80000000;
      if (l > hi) hi = l;
    }
  }
  mm[0] = lo;
  mm[1] = hi;
}

/**
 * A long int64 row's first split, for the wasm radix sort: the values grouped (stably) by
 * the top 8 bits of their key x - min (keys below 2^bits) into scratch words, then each
 * group sorted into out (by wasm, or again by sortInt64Row when too long for one call).
 */
function splitInt64(
  w: Int32Array,
  so: number,
  n: number,
  out: Int32Array,
  d0: number,
  unsigned: boolean,
  bits: number,
  minLo: number,
  minHi: number,
): void {
  const sh = bits - 8;
  if (wasmSortActive()) {
    // In wasm: the split block by block, then each bucket sorted on the keys x - (its
    // lowest possible value), a lower bound of its values (no scan of its own).
    const sub = BigInt.asIntN(64, (BigInt(minHi) << 32n) | BigInt(minLo >>> 0));
    const counts = new Int32Array(257);
    const t = new Int32Array(allocUninitialized(8 * n));
    wasmSplitInt64(w, so, n, sub, sh, t, counts);
    for (let b = 0; b < 256; b++) {
      const bs = counts[b]!;
      const len = counts[b + 1]! - bs;
      if (len === 0) continue;
      if (wasmInt64Takes(len)) {
        wasmSortInt64(t, bs, len, out, d0 + bs, BigInt.asIntN(64, sub + (BigInt(b) << BigInt(sh))));
      } else sortInt64Row(t, bs, len, out, d0 + bs, unsigned);
    }
    return;
  }
  const ml = minLo >>> 0;
  const cnt = new Int32Array(257);
  const e = 2 * (so + n);
  if (sh >= 32) {
    // The byte lies in the high word (the common case, inlined: measured 2x faster).
    const s2 = sh - 32;
    for (let j = 2 * so; j < e; j += 2) {
      const kh = (w[j + 1]! - minHi - (w[j]! >>> 0 < ml ? 1 : 0)) >>> 0;
      cnt[(kh >>> s2) + 1]!++;
    }
  } else for (let j = 2 * so; j < e; j += 2) cnt[topByte(w[j]!, w[j + 1]!, ml, minHi, sh) + 1]!++;
  for (let b = 0; b < 256; b++) cnt[b + 1]! += cnt[b]!;
  const pos = cnt.slice(0, 256);
  const t = new Int32Array(allocUninitialized(8 * n));
  for (let j = 2 * so; j < e; j += 2) {
    const l = w[j]!;
    const h = w[j + 1]!;
    const at = 2 * pos[topByte(l, h, ml, minHi, sh)]!++;
    t[at] = l;
    t[at + 1] = h;
  }
  for (let b = 0; b < 256; b++) {
    const bs = cnt[b]!;
    const len = cnt[b + 1]! - bs;
    if (len > 0) sortInt64Row(t, bs, len, out, d0 + bs, unsigned);
  }
}

/** Bits [sh, sh + 8) of the key x - min of the value with words (l, h); 9 <= sh <= 56. */
function topByte(l: number, h: number, ml: number, minHi: number, sh: number): number {
  const u = l >>> 0;
  const kh = (h - minHi - (u < ml ? 1 : 0)) >>> 0;
  if (sh >= 32) return kh >>> (sh - 32);
  return ((kh << (32 - sh)) | (((u - ml) >>> 0) >>> sh)) & 255;
}

/** The sorted values of an int64 row's histogram as words into out from out[2 * d0]. */
function fillInt64(h: Counts, out: Int32Array, d0: number): void {
  const { cnt, range, minLo, minHi } = h;
  // min + k: the low word wraps (and the high word carries) from k = 2^32 - minLo on.
  const wrap = 2 ** 32 - (minLo >>> 0);
  // Long runs by the native fill of a bigint (~5x faster than word stores).
  const big = new BigInt64Array(out.buffer, out.byteOffset, out.length >>> 1);
  let at = d0;
  for (let k = 0; k <= range; k++) {
    const c = cnt[k]!;
    if (c === 0) continue;
    const lo = (minLo + k) | 0;
    const hi = k >= wrap ? (minHi + 1) | 0 : minHi;
    if (c > 16) big.fill(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)), at, at + c);
    else {
      for (let r = 2 * at; r < 2 * (at + c); r += 2) {
        out[r] = lo;
        out[r + 1] = hi;
      }
    }
    at += c;
  }
}

/** The sorted keys (kh null: below 2^32) plus the minimum, as int64 words into out. */
function writeInt64(
  kl: Uint32Array,
  kh: Uint32Array | null,
  n: number,
  out: Int32Array,
  d0: number,
  minLo: number,
  minHi: number,
): void {
  const ml = minLo >>> 0;
  for (let i = 0; i < n; i++) {
    const k = kl[i]!;
    const carry = k + ml >= 2 ** 32 ? 1 : 0;
    out[2 * (d0 + i)] = (k + ml) | 0;
    out[2 * (d0 + i) + 1] = ((kh === null ? 0 : kh[i]!) + minHi + carry) | 0;
  }
}

/** Insertion sort of k[0..n) in place; returns k. */
function insertionU32(k: Uint32Array, n: number): Uint32Array {
  for (let i = 1; i < n; i++) {
    const x = k[i]!;
    let j = i - 1;
    while (j >= 0 && k[j]! > x) {
      k[j + 1] = k[j]!;
      j--;
    }
    k[j + 1] = x;
  }
  return k;
}

/** Insertion sort of the 64-bit keys (kh, kl)[0..n) in place. */
function insertionU64(kh: Uint32Array, kl: Uint32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const h = kh[i]!;
    const l = kl[i]!;
    let j = i - 1;
    while (j >= 0 && (kh[j]! > h || (kh[j]! === h && kl[j]! > l))) {
      kh[j + 1] = kh[j]!;
      kl[j + 1] = kl[j]!;
      j--;
    }
    kh[j + 1] = h;
    kl[j + 1] = l;
  }
}

/** Digits of `bits` bits: as few passes of at most DIGIT bits as cover them, evenly wide. */
function digits(bits: number): { passes: number; width: number } {
  const passes = Math.max(1, Math.ceil(bits / DIGIT));
  return { passes, width: Math.ceil(bits / passes) };
}

/**
 * Prefix sums of pass p's counters in place (cnt[p * nb ..]); false when one digit holds
 * all n keys (the pass would move nothing).
 */
function offsets(cnt: Int32Array, base: number, nb: number, n: number): boolean {
  let sum = 0;
  for (let d = 0; d < nb; d++) {
    const c = cnt[base + d]!;
    if (c === n) return false;
    cnt[base + d] = sum;
    sum += c;
  }
  return true;
}

/** LSD radix sort of the keys k[0..n) below 2^bits: the sorted keys (k or a scratch). */
function radixU32(k: Uint32Array, n: number, bits: number): Uint32Array {
  const { passes, width } = digits(bits);
  const nb = 1 << width;
  const mask = nb - 1;
  const cnt = new Int32Array(nb * passes);
  for (let i = 0; i < n; i++) {
    const x = k[i]!;
    for (let p = 0; p < passes; p++) cnt[p * nb + ((x >>> (p * width)) & mask)]!++;
  }
  let a: Uint32Array = k;
  let b: Uint32Array = new Uint32Array(n);
  for (let p = 0; p < passes; p++) {
    const base = p * nb;
    if (!offsets(cnt, base, nb, n)) continue;
    const sh = p * width;
    for (let i = 0; i < n; i++) {
      const x = a[i]!;
      b[cnt[base + ((x >>> sh) & mask)]!++] = x;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/**
 * LSD radix sort of the 64-bit keys (kh, kl)[0..n), kh below 2^hiBits: digits of the low
 * word, then of the high word (no digit straddles the two). Returns the sorted [kh, kl].
 */
function radixU64(
  kh: Uint32Array,
  kl: Uint32Array,
  n: number,
  hiBits: number,
): [Uint32Array, Uint32Array] {
  const lo = digits(32);
  const hi = digits(hiBits);
  const nbL = 1 << lo.width;
  const nbH = 1 << hi.width;
  const mL = nbL - 1;
  const mH = nbH - 1;
  const offH = nbL * lo.passes;
  const cnt = new Int32Array(offH + nbH * hi.passes);
  for (let i = 0; i < n; i++) {
    const l = kl[i]!;
    const h = kh[i]!;
    for (let p = 0; p < lo.passes; p++) cnt[p * nbL + ((l >>> (p * lo.width)) & mL)]!++;
    for (let p = 0; p < hi.passes; p++) cnt[offH + p * nbH + ((h >>> (p * hi.width)) & mH)]!++;
  }
  let ah: Uint32Array = kh;
  let al: Uint32Array = kl;
  let bh: Uint32Array = new Uint32Array(n);
  let bl: Uint32Array = new Uint32Array(n);
  const total = lo.passes + hi.passes;
  for (let q = 0; q < total; q++) {
    const inLo = q < lo.passes;
    const p = inLo ? q : q - lo.passes;
    const nb = inLo ? nbL : nbH;
    const base = inLo ? p * nbL : offH + p * nbH;
    if (!offsets(cnt, base, nb, n)) continue;
    const mask = nb - 1;
    const sh = p * (inLo ? lo.width : hi.width);
    const src = inLo ? al : ah;
    for (let i = 0; i < n; i++) {
      const at = cnt[base + ((src[i]! >>> sh) & mask)]!++;
      bh[at] = ah[i]!;
      bl[at] = al[i]!;
    }
    const th = ah;
    const tl = al;
    ah = bh;
    al = bl;
    bh = th;
    bl = tl;
  }
  return [ah, al];
}
