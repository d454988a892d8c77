/**
 * np.sort of float32, int32 and uint32 rows on the wasm kernels (assembly/sort32.ts): a
 * radix sort of order-preserving uint32 keys instead of bucket.ts's distribution sort of
 * the values widened to doubles (half the bytes per pass, no widening and narrowing).
 *
 * A row that fits the scratch is sorted there in one call (MSD splits by the top 8 bits
 * of key - min down to ranges that an LSD pass sorts). A longer row is first split into
 * 256 buckets by the top bits of key - min, min and the span from an even sample (values
 * outside go to the end buckets): block by block, counted in wasm, then grouped in wasm and
 * moved as runs into a row of keys; then runs of whole buckets are sorted in scratch and
 * turned back into values. Buckets longer than the scratch are split again on their exact
 * span, which always makes progress.
 *
 * The keys treat -0.0 as 0.0 and every NaN as one value after +inf (NumPy's order, as
 * bucket.ts); the sorted row gets the input's own zeros and NaNs back in input order (a
 * stable sort's order), so the result is the same, bit for bit, as the doubles' sort.
 */
import { allocUninitialized } from '../alloc.js';
import { perModule } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';
import { bucketStarts } from './wasm_sort.js';

/** Element conversions of the kernels: float32, int32, and uint32 or keys. */
export const F32 = 0;
export const I32 = 1;
export const U32 = 2;

/** Rows shorter than this stay with bucket.ts (a call and its copies cost more). */
const SORT32_MIN = 128;
/** Most values per block of a long row's first split. */
const SPLIT_BLOCK = 1 << 17;
/** Keys of room between two runs of a block's first split in the stage. */
const RUN_PAD = 17;
/** Values sampled for the first split's span. */
const SAMPLE = 1024;

type SortFn = (v: number, n: number, t: number, kin: number, kout: number) => number;
type RangesFn = (v: number, t: number, bounds: number, nr: number, kout: number) => void;
type CountFn = (v: number, n: number, kin: number, lo: number, sh: number, cnt: number) => number;
type GroupFn = (
  v: number,
  n: number,
  kin: number,
  lo: number,
  sh: number,
  stage: number,
  pos: number,
) => void;

interface Layout {
  k: WasmKernels;
  sort: SortFn;
  ranges: RangesFn;
  count: CountFn;
  group: GroupFn;
  i32: Int32Array;
  /** Longest range sorted in one call. */
  cap: number;
  /** Byte addresses: values, their scratch, range bounds / counters. */
  v: number;
  t: number;
  aux: number;
}

const layout = perModule((k): Layout | null => {
  const ex = k.ex as unknown as {
    sort32?: SortFn;
    sort32_ranges?: RangesFn;
    sort32_count?: CountFn;
    sort32_group?: GroupFn;
  };
  const { sort32: sort, sort32_ranges: ranges, sort32_count: count, sort32_group: group } = ex;
  if (!sort || !ranges || !count || !group) return null;
  const v = (k.base + 63) & ~63;
  // Two copies of the range and 4 KiB of bounds / counters.
  const cap = Math.min(1 << 18, Math.floor((k.scratchEnd - v - 4096) / 8 / 64) * 64);
  if (cap < 2 * SPLIT_BLOCK) return null;
  const t = v + 4 * cap;
  return {
    k,
    sort,
    ranges,
    count,
    group,
    i32: new Int32Array(k.f64.buffer),
    cap,
    v,
    t,
    aux: t + 4 * cap,
  };
});

/** Whether `sort32Row` takes a row of n values now (wasm backend, n long enough). */
export function sort32Takes(n: number): boolean {
  return n >= SORT32_MIN && layout() !== null;
}

/**
 * Sort the n elements (as int32 words; `kind` says what they hold) src[so..so+n) into
 * dst[d0..d0+n), stably in NumPy's order. Needs `sort32Takes(n)`.
 */
export function sort32Row(
  src: Int32Array,
  so: number,
  n: number,
  dst: Int32Array,
  d0: number,
  kind: number,
): void {
  const L = layout()!;
  let flags: number;
  if (n <= L.cap) {
    L.i32.set(src.subarray(so, so + n), L.v / 4);
    flags = L.sort(L.v, n, L.t, kind, kind);
    dst.set(L.i32.subarray(L.v / 4, L.v / 4 + n), d0);
  } else flags = sortLong(L, src, so, n, dst, d0, kind, kind, true);
  if (flags !== 0) restoreSpecials(src, so, n, dst, d0, flags);
}

/** The key of the int32 word b holding a value of `kind` (assembly/sort32.ts key1). */
export function keyOf(b: number, kind: number): number {
  if (kind === I32) return (b ^ 0x80000000) >>> 0;
  if (kind === U32) return b >>> 0;
  const abs = b & 0x7fffffff;
  if (abs > 0x7f800000) return 0xffffffff;
  const y = abs === 0 ? 0 : b;
  return (y ^ ((y >> 31) | 0x80000000)) >>> 0;
}

/** The int32 word of the element of `kind` whose key is k (the inverse of keyOf). */
function wordOfKey(k: number, kind: number): number {
  if (kind === I32) return k ^ 0x80000000;
  if (kind === U32) return k | 0;
  return k ^ ((~k >> 31) | 0x80000000);
}

/**
 * A row longer than the scratch: the first split (around a sampled span when `sampled`,
 * else the exact one), then runs of buckets sorted in scratch. Returns the flags of the
 * keys made (-0.0 or NaN met).
 */
function sortLong(
  L: Layout,
  src: Int32Array,
  so: number,
  n: number,
  dst: Int32Array,
  d0: number,
  kin: number,
  kout: number,
  sampled: boolean,
): number {
  let lo = 0xffffffff;
  let hi = 0;
  if (sampled) {
    const step = Math.floor(n / SAMPLE);
    for (let j = 0; j < SAMPLE; j++) {
      const x = keyOf(src[so + j * step]!, kin);
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  } else {
    for (let i = so; i < so + n; i++) {
      const x = keyOf(src[i]!, kin);
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  // A bucket of one key repeated (more of them than the scratch holds): no split would
  // make progress; the keys are sorted already.
  if (!sampled && lo === hi) {
    dst.fill(wordOfKey(lo, kout), d0, d0 + n);
    return 0;
  }
  const span = hi - lo;
  const sh = Math.max(0, 24 - Math.clz32(span));
  const { i32, v } = L;
  const stage = v + 4 * SPLIT_BLOCK;
  const cnt = L.aux;
  // Pass 1: each block's bucket counts.
  const blocks = Math.ceil(n / SPLIT_BLOCK);
  const hist = new Int32Array(256 * blocks);
  let flags = 0;
  for (let k = 0; k < blocks; k++) {
    const i = k * SPLIT_BLOCK;
    const b = Math.min(SPLIT_BLOCK, n - i);
    i32.set(src.subarray(so + i, so + i + b), v / 4);
    i32.fill(0, cnt / 4, cnt / 4 + 256);
    flags |= L.count(v, b, kin, lo, sh, cnt);
    hist.set(i32.subarray(cnt / 4, cnt / 4 + 256), 256 * k);
  }
  const counts = new Int32Array(257);
  bucketStarts(hist, blocks, counts);
  // Pass 2: each block grouped by bucket in wasm, its runs moved into the row of keys.
  const keys = new Int32Array(allocUninitialized(4 * n));
  const pos = counts.slice(0, 256);
  const starts = new Int32Array(257);
  const s0 = stage / 4;
  for (let k = 0; k < blocks; k++) {
    const i = k * SPLIT_BLOCK;
    const b = Math.min(SPLIT_BLOCK, n - i);
    // Runs RUN_PAD keys apart in the stage: runs of equal lengths (evenly spread values)
    // would otherwise start at addresses equal modulo 4 KiB, their 256 write streams all in
    // the same few cache sets (np.sort of 1e6 evenly spread int32 took 12 ms, random 7).
    for (let c = 0; c < 256; c++) starts[c + 1] = starts[c]! + hist[256 * k + c]! + RUN_PAD;
    i32.set(src.subarray(so + i, so + i + b), v / 4);
    i32.set(starts.subarray(0, 256), cnt / 4);
    L.group(v, b, kin, lo, sh, stage, cnt);
    for (let c = 0; c < 256; c++) {
      const a = starts[c]!;
      const e = starts[c + 1]! - RUN_PAD;
      if (e === a) continue;
      keys.set(i32.subarray(s0 + a, s0 + e), pos[c]!);
      pos[c]! += e - a;
    }
  }
  // Pass 3: runs of whole buckets sorted in scratch and turned back into values.
  let c = 0;
  while (c < 256) {
    const cs = counts[c]!;
    if (counts[c + 1]! - cs > L.cap) {
      sortLong(L, keys, cs, counts[c + 1]! - cs, dst, d0 + cs, U32, kout, false);
      c++;
      continue;
    }
    let g = c;
    const b0 = L.aux / 4;
    let nr = 0;
    while (g < 256 && counts[g + 1]! - cs <= L.cap) {
      i32[b0 + nr++] = counts[g]! - cs;
      g++;
    }
    const len = counts[g]! - cs;
    i32[b0 + nr] = len;
    i32.set(keys.subarray(cs, cs + len), v / 4);
    L.ranges(v, L.t, L.aux, nr, kout);
    dst.set(i32.subarray(v / 4, v / 4 + len), d0 + cs);
    c = g;
  }
  return flags;
}

/**
 * The input's own zeros (flags & 1: a -0.0 was met) and NaNs (flags & 2) back into the
 * sorted float32 row, each in input order: the keys made them all +0.0 and one NaN.
 */
export function restoreSpecials(
  src: Int32Array,
  so: number,
  n: number,
  dst: Int32Array,
  d0: number,
  flags: number,
): void {
  const zeros: number[] = [];
  const nans: number[] = [];
  let below = 0;
  for (let i = so; i < so + n; i++) {
    const b = src[i]!;
    const abs = b & 0x7fffffff;
    if (abs === 0) zeros.push(b);
    else if (abs > 0x7f800000) nans.push(b);
    else if (b < 0) below++;
  }
  if (flags & 1) dst.set(zeros, d0 + below);
  if (flags & 2) dst.set(nans, d0 + n - nans.length);
}
