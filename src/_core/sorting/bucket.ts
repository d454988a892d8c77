/**
 * Stable distribution sort of real numbers held as doubles (float64, float32 and every
 * integer dtype up to 32 bits convert exactly), in NumPy's order: -inf, the finite values,
 * +inf, then NaNs; -0.0 equals 0.0, so zeros keep their input order as in a stable sort.
 *
 * A range is split by value into buckets, bucket = trunc((x/2 - min/2) * scale), which is
 * monotone in x, so the buckets come out in order; a stable counting scatter moves the
 * values, and a final insertion pass orders each short bucket. Long inputs take two
 * levels from one histogram on a fine grid (two-level split, `twoLevel`): 256 coarse
 * buckets first, because a scatter that writes thousands of streams across many pages
 * costs far more in TLB misses than it saves, then the fine buckets inside each coarse
 * one, which is in cache by then. Buckets left long (skewed values) are split again
 * recursively; after a few levels a range goes to the radix sort on 64-bit order keys
 * (radix.ts), which bounds the work on any input.
 *
 * With the wasm kernels (wasm_sort.ts, assembly/sort.ts) the same method runs in wasm: a
 * long input's 256 first-level buckets on a grid from a sample of the values (no full
 * scan first; wasm checks every value is finite while it counts), grouped block by block
 * in wasm and moved by whole runs (`splitWasm`), then every range of at most
 * WASM_SORT_MAX values sorted in wasm. Both backends give the same order.
 */
import { allocUninitialized } from '../alloc.js';
import { keysFloat64, radixArgsort } from './radix.js';
import {
  wasmScan,
  wasmSortActive,
  wasmSortFinite,
  wasmSortRange,
  wasmSortTakes,
  wasmSplit,
} from './wasm_sort.js';

/** Scratch doubles whose every element is written before it is read (no zeroing). */
function scratchF64(n: number): Float64Array {
  return new Float64Array(allocUninitialized(n * 8));
}

/** As `scratchF64`, for int32 indices. */
function scratchI32(n: number): Int32Array {
  return new Int32Array(allocUninitialized(n * 4));
}

/** Ranges at most this long are insertion-sorted. */
const INSERTION_MAX = 24;
/** Ranges longer than this are split into FAN_BIG buckets only (they do not fit in cache). */
const CACHE_MAX = 1 << 15;
const FAN_BIG = 256;
/** Levels of splitting before a range is handed to the radix sort. */
const MAX_DEPTH = 6;

/** Minimum and maximum of v[s..e) (finite values, e > s) into mm[0], mm[1]. */
function minMax(v: Float64Array, s: number, e: number, mm: Float64Array): void {
  let lo0 = v[s]!;
  let hi0 = lo0;
  let lo1 = lo0;
  let hi1 = lo0;
  let i = s + 1;
  for (; i + 2 <= e; i += 2) {
    const x = v[i]!;
    const y = v[i + 1]!;
    if (x < lo0) lo0 = x;
    if (x > hi0) hi0 = x;
    if (y < lo1) lo1 = y;
    if (y > hi1) hi1 = y;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    if (x < lo0) lo0 = x;
    if (x > hi0) hi0 = x;
  }
  mm[0] = lo1 < lo0 ? lo1 : lo0;
  mm[1] = hi1 > hi0 ? hi1 : hi0;
}

/** Stable insertion sort of v[s..e). */
function insertion(v: Float64Array, s: number, e: number): void {
  for (let i = s + 1; i < e; i++) {
    const x = v[i]!;
    let j = i - 1;
    if (v[j]! <= x) continue;
    while (j >= s && v[j]! > x) {
      v[j + 1] = v[j]!;
      j--;
    }
    v[j + 1] = x;
  }
}

/** Stable insertion sort of the pairs (v, p)[s..e) by v. */
function insertionPairs(v: Float64Array, p: Int32Array, s: number, e: number): void {
  for (let i = s + 1; i < e; i++) {
    const x = v[i]!;
    let j = i - 1;
    if (v[j]! <= x) continue;
    const k = p[i]!;
    while (j >= s && v[j]! > x) {
      v[j + 1] = v[j]!;
      p[j + 1] = p[j]!;
      j--;
    }
    v[j + 1] = x;
    p[j + 1] = k;
  }
}

/**
 * Bucket counts of v[s..e): counts[b + 1] gets the size of bucket b. The loops here are
 * unrolled four times: V8 runs them two to three times faster so.
 */
function histogram(
  v: Float64Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  counts: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const b0 = Math.min(((v[i]! * 0.5 - hmin) * scale) | 0, top);
    const b1 = Math.min(((v[i + 1]! * 0.5 - hmin) * scale) | 0, top);
    const b2 = Math.min(((v[i + 2]! * 0.5 - hmin) * scale) | 0, top);
    const b3 = Math.min(((v[i + 3]! * 0.5 - hmin) * scale) | 0, top);
    counts[b0 + 1]!++;
    counts[b1 + 1]!++;
    counts[b2 + 1]!++;
    counts[b3 + 1]!++;
  }
  for (; i < e; i++) counts[Math.min(((v[i]! * 0.5 - hmin) * scale) | 0, top) + 1]!++;
}

/** Stable scatter of v[s..e) into t by bucket; pos[b] is bucket b's next slot. */
function scatter(
  v: Float64Array,
  t: Float64Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  pos: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    const b0 = Math.min(((x0 * 0.5 - hmin) * scale) | 0, top);
    const b1 = Math.min(((x1 * 0.5 - hmin) * scale) | 0, top);
    const b2 = Math.min(((x2 * 0.5 - hmin) * scale) | 0, top);
    const b3 = Math.min(((x3 * 0.5 - hmin) * scale) | 0, top);
    t[pos[b0]!++] = x0;
    t[pos[b1]!++] = x1;
    t[pos[b2]!++] = x2;
    t[pos[b3]!++] = x3;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    t[pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top)]!++] = x;
  }
}

/** As `scatter`, moving the companion indices p along into q. */
function scatterPairs(
  v: Float64Array,
  p: Int32Array,
  t: Float64Array,
  q: Int32Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  pos: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    const a0 = pos[Math.min(((x0 * 0.5 - hmin) * scale) | 0, top)]!++;
    t[a0] = x0;
    q[a0] = p[i]!;
    const a1 = pos[Math.min(((x1 * 0.5 - hmin) * scale) | 0, top)]!++;
    t[a1] = x1;
    q[a1] = p[i + 1]!;
    const a2 = pos[Math.min(((x2 * 0.5 - hmin) * scale) | 0, top)]!++;
    t[a2] = x2;
    q[a2] = p[i + 2]!;
    const a3 = pos[Math.min(((x3 * 0.5 - hmin) * scale) | 0, top)]!++;
    t[a3] = x3;
    q[a3] = p[i + 3]!;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    const at = pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top)]!++;
    t[at] = x;
    q[at] = p[i]!;
  }
}

/** Bucket count and scale for splitting a range of `len` values spanning [min, max]. */
function plan(len: number, min: number, max: number): { nb: number; scale: number } {
  let nb = 16;
  const want = len > CACHE_MAX ? FAN_BIG : len >>> 2;
  while (nb < want) nb *= 2;
  // Halved values, so that max - min cannot overflow to Infinity (halving is monotone).
  return { nb, scale: nb / (max * 0.5 - min * 0.5) };
}

const mmScratch = new Float64Array(2);

/** Sort the range v[s..e) of finite values, stably, with t as scratch of the same length. */
function sortRange(v: Float64Array, t: Float64Array, s: number, e: number, depth: number): void {
  if (wasmSortTakes(e - s)) {
    wasmSortRange(v, null, s, e - s);
    return;
  }
  if (e - s <= INSERTION_MAX) {
    insertion(v, s, e);
    return;
  }
  minMax(v, s, e, mmScratch);
  const min = mmScratch[0]!;
  const max = mmScratch[1]!;
  if (min === max) return;
  const { nb, scale } = plan(e - s, min, max);
  if (depth >= MAX_DEPTH || !(scale < Number.POSITIVE_INFINITY)) {
    radixRange(v, null, t, s, e);
    return;
  }
  const hmin = min * 0.5;
  const counts = new Int32Array(nb + 1);
  histogram(v, s, e, hmin, scale, nb - 1, counts);
  counts[0] = s;
  for (let b = 0; b < nb; b++) counts[b + 1]! += counts[b]!;
  scatter(v, t, s, e, hmin, scale, nb - 1, counts.slice(0, nb));
  v.set(t.subarray(s, e), s);
  for (let b = 0; b < nb; b++) {
    const bs = counts[b]!;
    const be = counts[b + 1]!;
    if (be - bs > INSERTION_MAX) sortRange(v, t, bs, be, depth + 1);
  }
  // The short buckets: one insertion pass over the range (elements never leave their
  // bucket, and the long buckets are in order already).
  insertion(v, s, e);
}

/** Sort the pairs (v, p)[s..e) by v, stably, with (t, q) as scratch. */
function sortRangePairs(
  v: Float64Array,
  p: Int32Array,
  t: Float64Array,
  q: Int32Array,
  s: number,
  e: number,
  depth: number,
): void {
  if (wasmSortTakes(e - s)) {
    wasmSortRange(v, p, s, e - s);
    return;
  }
  if (e - s <= INSERTION_MAX) {
    insertionPairs(v, p, s, e);
    return;
  }
  minMax(v, s, e, mmScratch);
  const min = mmScratch[0]!;
  const max = mmScratch[1]!;
  if (min === max) return;
  const { nb, scale } = plan(e - s, min, max);
  if (depth >= MAX_DEPTH || !(scale < Number.POSITIVE_INFINITY)) {
    radixRange(v, p, t, s, e);
    return;
  }
  const hmin = min * 0.5;
  const counts = new Int32Array(nb + 1);
  histogram(v, s, e, hmin, scale, nb - 1, counts);
  counts[0] = s;
  for (let b = 0; b < nb; b++) counts[b + 1]! += counts[b]!;
  scatterPairs(v, p, t, q, s, e, hmin, scale, nb - 1, counts.slice(0, nb));
  v.set(t.subarray(s, e), s);
  p.set(q.subarray(s, e), s);
  for (let b = 0; b < nb; b++) {
    const bs = counts[b]!;
    const be = counts[b + 1]!;
    if (be - bs > INSERTION_MAX) sortRangePairs(v, p, t, q, bs, be, depth + 1);
  }
  insertionPairs(v, p, s, e);
}

/** Badly splitting range: stable radix sort of v[s..e) (and p along) on order keys. */
function radixRange(v: Float64Array, p: Int32Array | null, t: Float64Array, s: number, e: number) {
  const n = e - s;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  keysFloat64(v, s, n, hi, lo);
  const perm = radixArgsort(hi, lo, n);
  for (let i = 0; i < n; i++) t[s + i] = v[s + perm[i]!]!;
  v.set(t.subarray(s, e), s);
  if (p !== null) {
    const q = new Int32Array(n);
    for (let i = 0; i < n; i++) q[i] = p[s + perm[i]!]!;
    p.set(q, s);
  }
}

/** Inputs at least this long are scanned in wasm when the wasm kernels are active. */
const WASM_SCAN_MIN = 1 << 12;

/** `scan`, on the wasm kernels for long inputs. */
function scanAny(v: Float64Array, s: number, e: number, mm: Float64Array): boolean {
  if (e - s < WASM_SCAN_MIN || !wasmSortActive()) return scan(v, s, e, mm);
  return wasmScan(v, s, e - s, mm) ? scanOdd(v, s, e, mm) : false;
}

/**
 * One pass over v[s..e): finite minimum and maximum into mm, and whether any value is
 * not finite (then the caller splits those off first).
 */
function scan(v: Float64Array, s: number, e: number, mm: Float64Array): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let lo2 = lo;
  let hi2 = hi;
  // x - x is 0 for finite x, NaN otherwise: the sum of four is 0 only when all are finite.
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    if (x0 - x0 + (x1 - x1) + (x2 - x2) + (x3 - x3) !== 0) return scanOdd(v, s, e, mm);
    lo = Math.min(lo, x0, x1);
    hi = Math.max(hi, x0, x1);
    lo2 = Math.min(lo2, x2, x3);
    hi2 = Math.max(hi2, x2, x3);
  }
  for (; i < e; i++) {
    const x = v[i]!;
    if (x - x !== 0) return scanOdd(v, s, e, mm);
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  // Math.min/max may pick -0 over 0: only the value matters here.
  mm[0] = Math.min(lo, lo2);
  mm[1] = Math.max(hi, hi2);
  return false;
}

/** `scan` when some value is not finite: the finite extremes, and true. */
function scanOdd(v: Float64Array, s: number, e: number, mm: Float64Array): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = s; i < e; i++) {
    const x = v[i]!;
    if (x - x === 0) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  mm[0] = lo;
  mm[1] = hi;
  return true;
}

/** Ranges longer than this take the two-level split (twoLevel*). */
const TWO_LEVEL_MIN = 1 << 16;
/** First-level buckets of the two-level split (few: their scatter crosses all the memory). */
const FAN1 = 256;

/**
 * Sub-buckets per first-level bucket for n values: about two values per sub-bucket
 * (measured faster than one or four).
 */
function fan2(n: number): number {
  let f = 16;
  while (f * FAN1 * 2 < n) f *= 2;
  return f;
}

/**
 * Sort the finite values src[so..so+n) (min, max known, min < max) into dst[d0..d0+n).
 * Buckets on a fine grid of FAN1 × f2: the first level scatters into dst by the grid's
 * top bits (a few hundred write streams, counted in a small histogram), then each coarse
 * bucket in turn, now in cache, is counted and scattered by the low bits into a small
 * scratch, finished by an insertion pass and copied back. Over-full fine buckets are
 * sorted recursively. (One histogram of the whole fine grid would save a pass but its
 * counters spread over megabytes: measured slower.)
 */
function twoLevel(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  d0: number,
  min: number,
  max: number,
): void {
  if (wasmSortActive() && splitWasm(src, null, so, n, dst, null, d0, min, max)) return;
  const f2 = fan2(n);
  const shift = Math.log2(f2);
  const nb = FAN1 * f2;
  const scale = nb / (max * 0.5 - min * 0.5);
  const hmin = min * 0.5;
  const top = nb - 1;
  const coarse = new Int32Array(FAN1 + 1);
  histogramBits(src, so, so + n, hmin, scale, top, shift, -1, coarse);
  let widest = 0;
  for (let c = 0; c < FAN1; c++) {
    widest = Math.max(widest, coarse[c + 1]!);
    coarse[c + 1]! += coarse[c]!;
  }
  const pos1 = new Int32Array(FAN1);
  for (let c = 0; c < FAN1; c++) pos1[c] = d0 + coarse[c]!;
  scatterCoarse(src, dst, so, so + n, hmin, scale, top, shift, pos1);
  const t = new Float64Array(widest);
  const t2 = new Float64Array(widest);
  const fine = new Int32Array(f2 + 1);
  const pos = new Int32Array(f2);
  for (let c = 0; c < FAN1; c++) {
    const cs = d0 + coarse[c]!;
    const len = coarse[c + 1]! - coarse[c]!;
    if (len < 2) continue;
    if (wasmSortTakes(len)) {
      wasmSortRange(dst, null, cs, len);
      continue;
    }
    fine.fill(0);
    histogramBits(dst, cs, cs + len, hmin, scale, top, 0, f2 - 1, fine);
    for (let b = 0; b < f2; b++) fine[b + 1]! += fine[b]!;
    pos.set(fine.subarray(0, f2));
    scatterLow(dst, t, cs, cs + len, hmin, scale, top, f2 - 1, pos);
    for (let b = 0; b < f2; b++) {
      const bs = fine[b]!;
      const be = fine[b + 1]!;
      if (be - bs > INSERTION_MAX) sortRange(t.subarray(bs, be), t2, 0, be - bs, 1);
    }
    insertion(t, 0, len);
    dst.set(t.subarray(0, len), cs);
  }
}

/**
 * Counts of the grid index b = min(trunc((x/2 - hmin) * scale), top) of v[s..e), reduced
 * to (b >> shift) & mask (mask -1: all bits): counts[that + 1] is incremented.
 */
function histogramBits(
  v: Float64Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  shift: number,
  mask: number,
  counts: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const b0 = (Math.min(((v[i]! * 0.5 - hmin) * scale) | 0, top) >> shift) & mask;
    const b1 = (Math.min(((v[i + 1]! * 0.5 - hmin) * scale) | 0, top) >> shift) & mask;
    const b2 = (Math.min(((v[i + 2]! * 0.5 - hmin) * scale) | 0, top) >> shift) & mask;
    const b3 = (Math.min(((v[i + 3]! * 0.5 - hmin) * scale) | 0, top) >> shift) & mask;
    counts[b0 + 1]!++;
    counts[b1 + 1]!++;
    counts[b2 + 1]!++;
    counts[b3 + 1]!++;
  }
  for (; i < e; i++) {
    counts[((Math.min(((v[i]! * 0.5 - hmin) * scale) | 0, top) >> shift) & mask) + 1]!++;
  }
}

/** Stable scatter of v[s..e) into t by the grid index's low bits (b & mask). */
function scatterLow(
  v: Float64Array,
  t: Float64Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  mask: number,
  pos: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    t[pos[Math.min(((x0 * 0.5 - hmin) * scale) | 0, top) & mask]!++] = x0;
    t[pos[Math.min(((x1 * 0.5 - hmin) * scale) | 0, top) & mask]!++] = x1;
    t[pos[Math.min(((x2 * 0.5 - hmin) * scale) | 0, top) & mask]!++] = x2;
    t[pos[Math.min(((x3 * 0.5 - hmin) * scale) | 0, top) & mask]!++] = x3;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    t[pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top) & mask]!++] = x;
  }
}

/** Pairs version of `scatterLow`: (v, p)[s..e) into (t, q). */
function scatterLowPairs(
  v: Float64Array,
  p: Int32Array,
  t: Float64Array,
  q: Int32Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  mask: number,
  pos: Int32Array,
): void {
  for (let i = s; i < e; i++) {
    const x = v[i]!;
    const at = pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top) & mask]!++;
    t[at] = x;
    q[at] = p[i]!;
  }
}

/** Stable scatter of v[s..e) into t by the fine bucket's top bits (fine >> shift). */
function scatterCoarse(
  v: Float64Array,
  t: Float64Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  shift: number,
  pos: Int32Array,
): void {
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    t[pos[Math.min(((x0 * 0.5 - hmin) * scale) | 0, top) >> shift]!++] = x0;
    t[pos[Math.min(((x1 * 0.5 - hmin) * scale) | 0, top) >> shift]!++] = x1;
    t[pos[Math.min(((x2 * 0.5 - hmin) * scale) | 0, top) >> shift]!++] = x2;
    t[pos[Math.min(((x3 * 0.5 - hmin) * scale) | 0, top) >> shift]!++] = x3;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    t[pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top) >> shift]!++] = x;
  }
}

/**
 * Pairs version of `scatterCoarse`: the companion of v[i] is p[i], or, without p, the
 * position i - s itself (the first level of an argsort needs no index array).
 */
function scatterCoarsePairs(
  v: Float64Array,
  p: Int32Array | null,
  t: Float64Array,
  q: Int32Array,
  s: number,
  e: number,
  hmin: number,
  scale: number,
  top: number,
  shift: number,
  pos: Int32Array,
): void {
  if (p !== null) {
    for (let i = s; i < e; i++) {
      const x = v[i]!;
      const at = pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
      t[at] = x;
      q[at] = p[i]!;
    }
    return;
  }
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x0 = v[i]!;
    const x1 = v[i + 1]!;
    const x2 = v[i + 2]!;
    const x3 = v[i + 3]!;
    const a0 = pos[Math.min(((x0 * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
    t[a0] = x0;
    q[a0] = i - s;
    const a1 = pos[Math.min(((x1 * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
    t[a1] = x1;
    q[a1] = i + 1 - s;
    const a2 = pos[Math.min(((x2 * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
    t[a2] = x2;
    q[a2] = i + 2 - s;
    const a3 = pos[Math.min(((x3 * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
    t[a3] = x3;
    q[a3] = i + 3 - s;
  }
  for (; i < e; i++) {
    const x = v[i]!;
    const at = pos[Math.min(((x * 0.5 - hmin) * scale) | 0, top) >> shift]!++;
    t[at] = x;
    q[at] = i - s;
  }
}

/**
 * Pairs version of `twoLevel`: (src, idx)[so..so+n) sorted into (dst, perm)[0..n); a null
 * idx stands for the positions 0..n-1.
 */
function twoLevelPairs(
  src: Float64Array,
  idx: Int32Array | null,
  so: number,
  n: number,
  dst: Float64Array,
  perm: Int32Array,
  min: number,
  max: number,
): void {
  if (wasmSortActive() && splitWasm(src, idx, so, n, dst, perm, 0, min, max)) return;
  const f2 = fan2(n);
  const shift = Math.log2(f2);
  const nb = FAN1 * f2;
  const scale = nb / (max * 0.5 - min * 0.5);
  const hmin = min * 0.5;
  const top = nb - 1;
  const coarse = new Int32Array(FAN1 + 1);
  histogramBits(src, so, so + n, hmin, scale, top, shift, -1, coarse);
  let widest = 0;
  for (let c = 0; c < FAN1; c++) {
    widest = Math.max(widest, coarse[c + 1]!);
    coarse[c + 1]! += coarse[c]!;
  }
  const pos1 = coarse.slice(0, FAN1);
  scatterCoarsePairs(src, idx, dst, perm, so, so + n, hmin, scale, top, shift, pos1);
  const t = new Float64Array(widest);
  const q = new Int32Array(widest);
  const t2 = new Float64Array(widest);
  const q2 = new Int32Array(widest);
  const fine = new Int32Array(f2 + 1);
  const pos = new Int32Array(f2);
  for (let c = 0; c < FAN1; c++) {
    const cs = coarse[c]!;
    const len = coarse[c + 1]! - cs;
    if (len < 2) continue;
    if (wasmSortTakes(len)) {
      // Only the positions are wanted: the sorted values stay in scratch.
      wasmSortRange(dst, perm, cs, len, false);
      continue;
    }
    fine.fill(0);
    histogramBits(dst, cs, cs + len, hmin, scale, top, 0, f2 - 1, fine);
    for (let b = 0; b < f2; b++) fine[b + 1]! += fine[b]!;
    pos.set(fine.subarray(0, f2));
    scatterLowPairs(dst, perm, t, q, cs, cs + len, hmin, scale, top, f2 - 1, pos);
    for (let b = 0; b < f2; b++) {
      const bs = fine[b]!;
      const be = fine[b + 1]!;
      if (be - bs > INSERTION_MAX)
        sortRangePairs(t.subarray(bs, be), q.subarray(bs, be), t2, q2, 0, be - bs, 1);
    }
    insertionPairs(t, q, 0, len);
    dst.set(t.subarray(0, len), cs);
    perm.set(q.subarray(0, len), cs);
  }
}

/** Sort finite v[0..n) in place (any n), with a fresh scratch. */
function sortFinite(v: Float64Array, n: number, min: number, max: number): void {
  if (n <= 1 || min === max) return;
  if (n >= TWO_LEVEL_MIN) {
    const w = v.slice(0, n);
    twoLevel(w, 0, n, v, 0, min, max);
  } else sortRange(v, new Float64Array(n), 0, n, 0);
}

/**
 * NumPy's sorted order of src[so..so+n), stably (-0.0 and 0.0 in input order, NaNs
 * last in input order, keeping their bits), written to dst[d0..d0+n); src is not changed.
 */
export function sortValuesInto(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  d0: number,
): void {
  if (n === 0) return;
  if (n >= TWO_LEVEL_MIN && sampledSplit(src, so, n, dst, null, d0)) return;
  // A row wasm sorts whole: it checks the values are finite itself (no scan here).
  if (wasmSortTakes(n) && wasmSortFinite(src, so, n, dst, d0)) return;
  const odd = scanAny(src, so, so + n, mmScratch);
  const min = mmScratch[0]!;
  const max = mmScratch[1]!;
  if (!odd) {
    if (min === max || n < 2) dst.set(src.subarray(so, so + n), d0);
    else if (n >= TWO_LEVEL_MIN) twoLevel(src, so, n, dst, d0, min, max);
    else {
      const v = dst.subarray(d0, d0 + n);
      v.set(src.subarray(so, so + n));
      sortRange(v, new Float64Array(n), 0, n, 0);
    }
    return;
  }
  // Finite values first (sorted), then -inf moved before them; +inf and NaNs after,
  // the NaNs in input order with their own bits.
  const fin = new Float64Array(n);
  const rest: number[] = [];
  let f = 0;
  let ninf = 0;
  let pinf = 0;
  for (let i = so; i < so + n; i++) {
    const x = src[i]!;
    if (x - x === 0) fin[f++] = x;
    else if (x === Number.NEGATIVE_INFINITY) ninf++;
    else if (x === Number.POSITIVE_INFINITY) pinf++;
    else rest.push(x);
  }
  sortFinite(fin, f, min, max);
  dst.fill(Number.NEGATIVE_INFINITY, d0, d0 + ninf);
  dst.set(fin.subarray(0, f), d0 + ninf);
  dst.fill(Number.POSITIVE_INFINITY, d0 + ninf + f, d0 + ninf + f + pinf);
  let at = d0 + ninf + f + pinf;
  for (const x of rest) dst[at++] = x;
}

/**
 * The stable argsort of src[so..so+n) in NumPy's order (ties by position; -inf, finite,
 * +inf, NaN) as an Int32Array.
 */
export function argsortValues(src: Float64Array, so: number, n: number): Int32Array {
  const out = scratchI32(n);
  if (n === 0) return out;
  if (n >= TWO_LEVEL_MIN && wasmSortActive()) {
    if (sampledSplit(src, so, n, scratchF64(n), out, 0)) return out;
  }
  const odd = scanAny(src, so, so + n, mmScratch);
  const min = mmScratch[0]!;
  const max = mmScratch[1]!;
  if (!odd) {
    if (min === max || n < 2) {
      for (let i = 0; i < n; i++) out[i] = i;
    } else if (n >= TWO_LEVEL_MIN) {
      twoLevelPairs(src, null, so, n, scratchF64(n), out, min, max);
    } else {
      const v = src.slice(so, so + n);
      for (let i = 0; i < n; i++) out[i] = i;
      sortRangePairs(v, out, new Float64Array(n), new Int32Array(n), 0, n, 0);
    }
    return out;
  }
  // Positions: -inf first, finite values, +inf, NaNs, each group in input order.
  const v = new Float64Array(n);
  const p = new Int32Array(n);
  let f = 0;
  let a = 0;
  let ninf = 0;
  let nan = 0;
  for (let i = so; i < so + n; i++) {
    const x = src[i]!;
    if (x === Number.NEGATIVE_INFINITY) ninf++;
    else if (Number.isNaN(x)) nan++;
  }
  let c = 0;
  let d = n - nan;
  for (let i = 0; i < n; i++) {
    const x = src[so + i]!;
    if (x - x === 0) {
      v[f] = x;
      p[f++] = i;
    } else if (x === Number.NEGATIVE_INFINITY) out[a++] = i;
    else if (!Number.isNaN(x)) p[n - 1 - c++] = i;
    else out[d++] = i;
  }
  if (f > 1 && min !== max) {
    if (f >= TWO_LEVEL_MIN) {
      const dv = new Float64Array(f);
      const dp = new Int32Array(f);
      twoLevelPairs(v, p.slice(0, f), 0, f, dv, dp, min, max);
      p.set(dp);
    } else sortRangePairs(v, p, new Float64Array(f), new Int32Array(f), 0, f, 0);
  }
  out.set(p.subarray(0, f), ninf);
  // +inf positions were stacked from the end of p, last first.
  for (let k = 0; k < c; k++) out[ninf + f + k] = p[n - 1 - k]!;
  return out;
}

/**
 * `twoLevel` / `twoLevelPairs` on the wasm kernels: the 256 first-level buckets formed in
 * wasm (wasm_sort.ts), then each bucket sorted in wasm (buckets too long for one call by
 * `sortRange`, which hands their parts to wasm). With perm, the positions (idx's, or
 * 0..n-1 without idx) are sorted along into perm and the values in dst are left as
 * scratch. False when the span is too small to split.
 */
function splitWasm(
  src: Float64Array,
  idx: Int32Array | null,
  so: number,
  n: number,
  dst: Float64Array,
  perm: Int32Array | null,
  d0: number,
  min: number,
  max: number,
): boolean {
  const counts = new Int32Array(FAN1 + 1);
  if (!wasmSplit(src, so, n, min, max, dst, perm, d0, counts)) return false;
  if (perm !== null && idx !== null) {
    for (let i = d0; i < d0 + n; i++) perm[i] = idx[so + perm[i]!]!;
  }
  for (let c = 0; c < FAN1; c++) {
    const cs = d0 + counts[c]!;
    const len = counts[c + 1]! - counts[c]!;
    if (len < 2) continue;
    if (wasmSortTakes(len)) wasmSortRange(dst, perm, cs, len, perm === null);
    else {
      const v = dst.subarray(cs, cs + len);
      const t = new Float64Array(len);
      if (perm === null) sortRange(v, t, 0, len, 1);
      else sortRangePairs(v, perm.subarray(cs, cs + len), t, new Int32Array(len), 0, len, 1);
    }
  }
  return true;
}

/** Values sampled for the first split's grid when it is taken before any full scan. */
const SAMPLE = 1024;

/**
 * `splitWasm` on a grid from an even sample of the values (the first split only needs a
 * monotone grid, values outside the sample's span go to the end buckets), which saves a
 * pass over the data; wasm checks that every value is finite while it counts. False, with
 * nothing written, when wasm is not active, the sample has one value, or a value is NaN
 * or ±inf: the caller then scans and sorts as usual.
 */
function sampledSplit(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  perm: Int32Array | null,
  d0: number,
): boolean {
  if (!wasmSortActive()) return false;
  const step = Math.floor(n / SAMPLE);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < SAMPLE; k++) {
    const x = src[so + k * step]!;
    if (x - x !== 0) return false;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(lo < hi)) return false;
  return splitWasm(src, null, so, n, dst, perm, d0, lo, hi);
}
