// Value sorts of 4-byte elements (float32, int32, uint32) on order-preserving uint32 keys,
// for src/_core/sorting/sort32.ts. Before this, those rows were widened to doubles and
// sorted on 8-byte lanes (bucket.ts): twice the bytes moved per pass and two conversions.
//
// Keys: int32 x ^ 2^31, uint32 x, float32 bits b -> b ^ (sign ? 0xffffffff : 0x80000000),
// with -0.0 first made +0.0 and every NaN the largest key 0xffffffff (NumPy's order: NaNs
// last, -0.0 equal to 0.0). Keys go back to values by the inverse map, so zeros come back
// as +0.0 and NaNs as one NaN: the caller puts the input's own zeros and NaNs back (ties
// keep input order in a stable sort, so their order is the input's); the kernels report
// whether there are any.
//
// The sort of a range: ranges longer than LSD_MAX are split by the top 8 bits of
// key - min (a stable counting scatter, MSD); the others take an LSD radix sort on the
// digits of key - min, only as many (of at most 11 bits) as the range's span needs, except
// ranges of a few thousand keys whose span would take three LSD passes or more: those
// take one split into about n/2 value buckets (`distSort`) and each bucket is ordered in
// place. (Measured on 1e6 int32 in one process: splitting all the way down with n/2
// buckets per level and insertion-sorting the buckets ran 1.5-2x slower than the LSD
// passes; one such split, with the short buckets of random keys ordered by networks
// without a branch on their length, runs 0.82x on evenly spread keys, 0.94-0.98x on
// random ones.) Long rows (more than the scratch holds) get their first split
// block by block here (sort32_count, sort32_group), the caller moving the runs.

import { irregular, startsOf } from './sort';

/** Input / output conversions. */
const F32: i32 = 0;
const I32: i32 = 1;
// 2: the keys themselves (uint32, or keys already made).

/** Ranges at most this long take the LSD sort (longer ones are split first). */
const LSD_MAX: i32 = 1 << 16;
/** Ranges at most this long are insertion sorted. */
const INSERTION_MAX: i32 = 24;

/** Bucket ends of the splits: 257 counters for each of up to 4 levels (8 bits each). */
const MSD_CNT = memory.data(4 * 260 * 4, 16);

@inline function ld(v: usize, i: i32): u32 {
  return load<u32>(v + (<usize>i << 2));
}
@inline function st(v: usize, i: i32, x: u32): void {
  store<u32>(v + (<usize>i << 2), x);
}

/** Four keys of the four elements in x (see the header). */
@inline export function keys4(x: v128, kind: i32): v128 {
  if (kind == F32) {
    const abs = v128.and(x, i32x4.splat(0x7fffffff));
    // -0.0 -> +0.0.
    const y = v128.andnot(x, i32x4.eq(abs, i32x4.splat(0)));
    const k = v128.xor(y, v128.or(i32x4.shr_s(y, 31), i32x4.splat(0x80000000)));
    return v128.or(k, i32x4.gt_s(abs, i32x4.splat(0x7f800000)));
  }
  if (kind == I32) return v128.xor(x, i32x4.splat(0x80000000));
  return x;
}

@inline export function key1(b: u32, kind: i32): u32 {
  if (kind == F32) {
    const abs = b & 0x7fffffff;
    if (abs > 0x7f800000) return 0xffffffff;
    const y = abs == 0 ? 0 : b;
    return y ^ (<u32>(<i32>y >> 31) | 0x80000000);
  }
  if (kind == I32) return b ^ 0x80000000;
  return b;
}

@inline function value4(k: v128, kind: i32): v128 {
  if (kind == F32) return v128.xor(k, v128.or(i32x4.shr_s(v128.not(k), 31), i32x4.splat(0x80000000)));
  if (kind == I32) return v128.xor(k, i32x4.splat(0x80000000));
  return k;
}

@inline function value1(k: u32, kind: i32): u32 {
  if (kind == F32) return k ^ (<u32>(<i32>~k >> 31) | 0x80000000);
  if (kind == I32) return k ^ 0x80000000;
  return k;
}

/**
 * The n elements at v as keys in place; returns the flags: 1 when a float32 -0.0 was met,
 * 2 when a NaN was.
 */
function toKeys(v: usize, n: i32, kind: i32): i32 {
  let i = 0;
  if (kind == F32) {
    let nz = i32x4.splat(0);
    let nan = i32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const a = v + (<usize>i << 2);
      const x = v128.load(a);
      nz = v128.or(nz, i32x4.eq(x, i32x4.splat(0x80000000)));
      nan = v128.or(nan, i32x4.gt_s(v128.and(x, i32x4.splat(0x7fffffff)), i32x4.splat(0x7f800000)));
      v128.store(a, keys4(x, F32));
    }
    let f = (v128.any_true(nz) ? 1 : 0) | (v128.any_true(nan) ? 2 : 0);
    for (; i < n; i++) {
      const b = ld(v, i);
      if (b == 0x80000000) f |= 1;
      if ((b & 0x7fffffff) > 0x7f800000) f |= 2;
      st(v, i, key1(b, F32));
    }
    return f;
  }
  if (kind == I32) {
    for (; i + 4 <= n; i += 4) {
      const a = v + (<usize>i << 2);
      v128.store(a, keys4(v128.load(a), I32));
    }
    for (; i < n; i++) st(v, i, key1(ld(v, i), I32));
  }
  return 0;
}

/** The n keys at v back to elements in place. */
function toValues(v: usize, n: i32, kind: i32): void {
  if (kind != F32 && kind != I32) return;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = v + (<usize>i << 2);
    v128.store(a, value4(v128.load(a), kind));
  }
  for (; i < n; i++) st(v, i, value1(ld(v, i), kind));
}

function insertion(v: usize, s: i32, e: i32): void {
  for (let i = s + 1; i < e; i++) {
    const x = ld(v, i);
    let j = i - 1;
    while (j >= s && ld(v, j) > x) {
      st(v, j + 1, ld(v, j));
      j--;
    }
    st(v, j + 1, x);
  }
}

@inline function bump(h: usize): void {
  store<i32>(h, load<i32>(h) + 1);
}

/** Digit counters of one LSD sort: up to 4 digits of up to 11 bits. */
const HIST = memory.data(4 * 2048 * 4, 16);

/** Widest digit of `lsd` for n keys: up to 11 bits, narrower for short ranges (their counters would cost more). */
@inline function lsdWidth(n: i32): i32 {
  return min(11, max(8, 29 - <i32>clz(n)));
}

/**
 * LSD radix sort of the keys v[s..e) (t[s..e) scratch), all in [lo, lo + 2^bits): digits
 * of k - lo, as few passes of at most 11 bits as cover `bits`, evenly wide (so a range of
 * a split pays only for the bits its keys differ in).
 */
function lsd(v: usize, t: usize, s: i32, e: i32, lo: u32, bits: i32): void {
  const n = e - s;
  const wmax = lsdWidth(n);
  const passes = (bits + wmax - 1) / wmax;
  const width = (bits + passes - 1) / passes;
  const nb = 1 << width;
  const mask = <u32>nb - 1;
  memory.fill(HIST, 0, <usize>(passes * nb) << 2);
  const h1 = HIST + (<usize>nb << 2);
  const h2 = h1 + (<usize>nb << 2);
  if (passes == 1) {
    for (let i = s; i < e; i++) bump(HIST + (<usize>(ld(v, i) - lo) << 2));
  } else if (passes == 2) {
    for (let i = s; i < e; i++) {
      const k = ld(v, i) - lo;
      bump(HIST + (<usize>(k & mask) << 2));
      bump(h1 + (<usize>(k >> width) << 2));
    }
  } else if (passes == 3) {
    for (let i = s; i < e; i++) {
      const k = ld(v, i) - lo;
      bump(HIST + (<usize>(k & mask) << 2));
      bump(h1 + (<usize>((k >> width) & mask) << 2));
      bump(h2 + (<usize>(k >> (2 * width)) << 2));
    }
  } else {
    const h3 = h2 + (<usize>nb << 2);
    for (let i = s; i < e; i++) {
      const k = ld(v, i) - lo;
      bump(HIST + (<usize>(k & mask) << 2));
      bump(h1 + (<usize>((k >> width) & mask) << 2));
      bump(h2 + (<usize>((k >> (2 * width)) & mask) << 2));
      bump(h3 + (<usize>(k >> (3 * width)) << 2));
    }
  }
  let a = v + (<usize>s << 2);
  let b = t + (<usize>s << 2);
  for (let d = 0; d < passes; d++) {
    const base = HIST + (<usize>(d * nb) << 2);
    let sum = 0;
    for (let c = 0; c < nb; c++) {
      const x = load<i32>(base + (<usize>c << 2));
      store<i32>(base + (<usize>c << 2), sum);
      sum += x;
    }
    const sh = <u32>(d * width);
    for (let i = 0; i < n; i++) {
      const k = ld(a, i);
      const c = base + (<usize>(((k - lo) >> sh) & mask) << 2);
      const at = load<i32>(c);
      store<i32>(c, at + 1);
      st(b, at, k);
    }
    const x = a;
    a = b;
    b = x;
  }
  if (a != v + (<usize>s << 2)) memory.copy(v + (<usize>s << 2), a, <usize>n << 2);
}

/**
 * Stable counting scatter of the keys v[s..e) into nb buckets by (key - lo) >> sh (all
 * below nb), through t, back into v: cnt (nb + 1 int32) ends with bucket c's end at cnt[c].
 */
function splitKeys(v: usize, t: usize, s: i32, e: i32, lo: u32, sh: u32, cnt: usize, nb: i32): void {
  memory.fill(cnt, 0, <usize>(nb + 1) << 2);
  for (let i = s; i < e; i++) bump(cnt + (<usize>(((ld(v, i) - lo) >> sh) + 1) << 2));
  store<i32>(cnt, s);
  for (let c = 0; c < nb; c++) {
    const a = cnt + (<usize>c << 2);
    store<i32>(a, load<i32>(a, 4) + load<i32>(a), 4);
  }
  // cnt[c] is bucket c's next slot; after the scatter it is bucket c's end.
  for (let i = s; i < e; i++) {
    const k = ld(v, i);
    const c = cnt + (<usize>((k - lo) >> sh) << 2);
    const at = load<i32>(c);
    store<i32>(c, at + 1);
    st(t, at, k);
  }
  memory.copy(v + (<usize>s << 2), t + (<usize>s << 2), <usize>(e - s) << 2);
}

/** Ranges of this many keys (DIST_MIN..DIST_MAX) take `distSort`. */
const DIST_MIN: i32 = 256;
const DIST_MAX: i32 = 8192;
/** Bucket ends of `distSort` (at most DIST_MAX / 2 buckets). */
const DCNT = memory.data(4 * (DIST_MAX / 2 + 4), 16);

/** The keys v[i], v[i + 1] in order by selects (no branch); ties stay. */
@inline function cswap32(v: usize, i: i32): void {
  const a = v + (<usize>i << 2);
  const x = load<u32>(a);
  const y = load<u32>(a, 4);
  const lt = y < x;
  store<u32>(a, select<u32>(y, x, lt));
  store<u32>(a, select<u32>(x, y, lt), 4);
}

/**
 * Byte shuffles that pack the low 16 bits of a 4-bit mask's set int32 lanes to the front,
 * in order, 16 bytes for each mask (`i8x16.swizzle`).
 */
const PACK16 = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 4, 5, 8, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 4, 5, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  8, 9, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 8, 9, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  4, 5, 8, 9, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 4, 5, 8, 9, 12, 13, 0, 0, 0, 0, 0, 0, 0, 0,
], 16);

/** Appends the lanes of x (as uint16) that mask m selects to the list ending at at. */
@inline function pack16(at: usize, x: v128, m: i32): usize {
  v128.store(at, i8x16.swizzle(x, v128.load(PACK16 + (<usize>m << 4))));
  return at + (<usize>popcnt(m) << 1);
}

/**
 * Sort the keys v[s..e) (DIST_MIN..DIST_MAX of them, in [lo, lo + 2^bits), bits more
 * than two of `lsd`'s digits) by value buckets: about n/2 buckets on the top bits of
 * key - lo, a stable counting scatter, then each bucket in place, long ones by `lsd` on
 * their remaining bits, short ones by branches on their length where the lengths follow
 * a pattern (evenly spread keys), else by `listedFinish32`. Cheaper than `lsd`'s three
 * passes (24-bit ranges of 4096 keys: the buckets of np.sort's first split of 1e6 int32).
 */
function distSort(v: usize, t: usize, s: i32, e: i32, lo: u32, bits: i32): void {
  const n = e - s;
  let nb = 16;
  while (nb < n >> 1) nb <<= 1;
  const sh = <u32>max(0, bits - <i32>ctz(nb));
  splitKeys(v, t, s, e, lo, sh, DCNT, nb);
  const listed = irregular(DCNT, s, nb);
  if (listed) listedFinish32(v, t, s, n, nb);
  let bs = s;
  for (let c = 0; c < nb; c++) {
    const be = load<i32>(DCNT + (<usize>c << 2));
    const len = be - bs;
    if (len > INSERTION_MAX) lsd(v, t, bs, be, lo + (<u32>c << sh), <i32>sh);
    else if (listed) {
      // Only the buckets listedFinish32 leaves (rare: a predictable branch).
      if (len > 5) insertion(v, bs, be);
    } else if (len == 2) cswap32(v, bs);
    else if (len == 3) {
      cswap32(v, bs);
      cswap32(v, bs + 1);
      cswap32(v, bs);
    } else if (len > 3) insertion(v, bs, be);
    bs = be;
  }
}

/**
 * The buckets of 2..5 keys of v[s..s+n) (bucket c ends at DCNT[c]) ordered without a
 * branch on each length, as assembly/sort.ts listedFinish does for doubles: their starts
 * (less s, as uint16) packed into one list per length in t (free here), four buckets at a
 * time, then each list ordered by a fixed network of stable adjacent exchanges.
 */
function listedFinish32(v: usize, t: usize, s: i32, n: i32, nb: i32): void {
  // List k holds at most n / k buckets (2 bytes each, 16 of room for the packing stores).
  const l2 = t + (<usize>s << 2);
  const l3 = l2 + ((<usize>(n >> 1) + 8) << 1);
  const l4 = l3 + ((<usize>(n / 3) + 8) << 1);
  const l5 = l4 + ((<usize>(n >> 2) + 8) << 1);
  let a2 = l2;
  let a3 = l3;
  let a4 = l4;
  let a5 = l5;
  let prev = s;
  const rel = i32x4.splat(s);
  for (let c = 0; c < nb; c += 4) {
    const e = v128.load(DCNT + (<usize>c << 2));
    const st = startsOf(e, prev);
    prev = i32x4.extract_lane(e, 3);
    const len = i32x4.sub(e, st);
    const off = i32x4.sub(st, rel);
    a2 = pack16(a2, off, i32x4.bitmask(i32x4.eq(len, i32x4.splat(2))));
    a3 = pack16(a3, off, i32x4.bitmask(i32x4.eq(len, i32x4.splat(3))));
    a4 = pack16(a4, off, i32x4.bitmask(i32x4.eq(len, i32x4.splat(4))));
    a5 = pack16(a5, off, i32x4.bitmask(i32x4.eq(len, i32x4.splat(5))));
  }
  for (let a = l2; a < a2; a += 2) cswap32(v, s + <i32>load<u16>(a));
  for (let a = l3; a < a3; a += 2) {
    const i = s + <i32>load<u16>(a);
    cswap32(v, i);
    cswap32(v, i + 1);
    cswap32(v, i);
  }
  // Odd-even transposition: k rounds of adjacent exchanges sort k keys, stably.
  for (let a = l4; a < a4; a += 2) {
    const i = s + <i32>load<u16>(a);
    for (let r = 0; r < 2; r++) {
      cswap32(v, i);
      cswap32(v, i + 2);
      cswap32(v, i + 1);
    }
  }
  for (let a = l5; a < a5; a += 2) {
    const i = s + <i32>load<u16>(a);
    for (let r = 0; r < 2; r++) {
      cswap32(v, i);
      cswap32(v, i + 2);
      cswap32(v, i + 1);
      cswap32(v, i + 3);
    }
    cswap32(v, i);
    cswap32(v, i + 2);
  }
}

/**
 * Sort the keys v[s..e) stably (t[s..e) scratch): ranges up to LSD_MAX by `lsd`, longer
 * ones first split by the top 8 bits of key - min (a stable counting scatter).
 */
function sortKeys(v: usize, t: usize, s: i32, e: i32, depth: i32): void {
  const n = e - s;
  if (n <= INSERTION_MAX) {
    insertion(v, s, e);
    return;
  }
  // Extremes four lanes at a time (two pairs of accumulators: the chains are
  // latency-bound; the scalar loop took about a sixth of a 4096-key range's sort).
  let lo4 = i32x4.splat(-1);
  let hi4 = i32x4.splat(0);
  let lo5 = lo4;
  let hi5 = hi4;
  let i = s;
  for (; i + 8 <= e; i += 8) {
    const a = v + (<usize>i << 2);
    const x = v128.load(a);
    const y = v128.load(a, 16);
    lo4 = i32x4.min_u(lo4, x);
    hi4 = i32x4.max_u(hi4, x);
    lo5 = i32x4.min_u(lo5, y);
    hi5 = i32x4.max_u(hi5, y);
  }
  lo4 = i32x4.min_u(lo4, lo5);
  hi4 = i32x4.max_u(hi4, hi5);
  let lo = min(
    min(<u32>i32x4.extract_lane(lo4, 0), <u32>i32x4.extract_lane(lo4, 1)),
    min(<u32>i32x4.extract_lane(lo4, 2), <u32>i32x4.extract_lane(lo4, 3)),
  );
  let hi = max(
    max(<u32>i32x4.extract_lane(hi4, 0), <u32>i32x4.extract_lane(hi4, 1)),
    max(<u32>i32x4.extract_lane(hi4, 2), <u32>i32x4.extract_lane(hi4, 3)),
  );
  for (; i < e; i++) {
    const k = ld(v, i);
    lo = min(lo, k);
    hi = max(hi, k);
  }
  if (lo == hi) return;
  const bits = 32 - <i32>clz(hi - lo);
  // Where lsd would take three passes or more.
  if (n >= DIST_MIN && n <= DIST_MAX && bits > 2 * lsdWidth(n)) {
    distSort(v, t, s, e, lo, bits);
    return;
  }
  if (n <= LSD_MAX || bits <= 11) {
    lsd(v, t, s, e, lo, bits);
    return;
  }
  const sh = bits - 8;
  const cnt = MSD_CNT + <usize>depth * 260 * 4;
  splitKeys(v, t, s, e, lo, <u32>sh, cnt, 256);
  let bs = s;
  for (let c = 0; c < 256; c++) {
    const be = load<i32>(cnt + (<usize>c << 2));
    if (be - bs > 1) sortKeys(v, t, bs, be, depth + 1);
    bs = be;
  }
}

/**
 * Sort the n elements at v (conversion `kin` in, `kout` out: 0 float32, 1 int32, 2 keys
 * or uint32) stably; t holds n more. Returns toKeys' flags.
 */
export function sort32(v: usize, n: i32, t: usize, kin: i32, kout: i32): i32 {
  const f = toKeys(v, n, kin);
  sortKeys(v, t, 0, n, 0);
  toValues(v, n, kout);
  return f;
}

/**
 * Sort each of the nr consecutive ranges of keys at v (bounds[0..nr] their starts and end,
 * int32) and convert all of them to elements by `kout`; t holds as many keys.
 */
export function sort32_ranges(v: usize, t: usize, bounds: usize, nr: i32, kout: i32): void {
  for (let r = 0; r < nr; r++) {
    const s = load<i32>(bounds + (<usize>r << 2));
    const e = load<i32>(bounds + (<usize>(r + 1) << 2));
    if (e - s > 1) sortKeys(v, t, s, e, 0);
  }
  toValues(v, load<i32>(bounds + (<usize>nr << 2)), kout);
}

/** Bucket of key k in the caller's first split: bits above sh of k - lo, clamped to 255. */
@inline function bucket(k: u32, lo: u32, sh: u32): u32 {
  return min((max(k, lo) - lo) >> sh, 255);
}

/**
 * First pass of a long row's split: the n elements at v to keys in place (by kin), their
 * buckets counted into the 256 int32 at cnt (added). Returns toKeys' flags.
 */
export function sort32_count(v: usize, n: i32, kin: i32, lo: u32, sh: u32, cnt: usize): i32 {
  const f = toKeys(v, n, kin);
  for (let i = 0; i < n; i++) bump(cnt + (<usize>bucket(ld(v, i), lo, sh) << 2));
  return f;
}

/**
 * Second pass: the n elements at v as keys (by kin) grouped stably by bucket into stage;
 * pos (256 int32) holds each bucket's first slot and is advanced past its run.
 */
export function sort32_group(v: usize, n: i32, kin: i32, lo: u32, sh: u32, stage: usize, pos: usize): void {
  toKeys(v, n, kin);
  for (let i = 0; i < n; i++) {
    const k = ld(v, i);
    const c = pos + (<usize>bucket(k, lo, sh) << 2);
    const at = load<i32>(c);
    store<i32>(c, at + 1);
    st(stage, at, k);
  }
}
