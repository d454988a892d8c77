// Sorting kernels for src/_core/sorting/wasm_sort.ts (np.sort / np.argsort / np.unique of
// real numbers held as doubles). The caller streams its arrays through scratch as the other
// kernels do:
// - sort_scan: minimum, maximum and a NaN/inf check of a block;
// - sort_coarse + sort_scatter: a long input's first split into 256 value buckets, block
//   by block (bucket bytes and histograms, then each block grouped by bucket so that the
//   caller moves whole runs);
// - sort_f64: a stable sort of one range of finite doubles (a bucket of the first split,
//   a few thousand values), optionally carrying int32 payloads (an argsort's positions);
// - sort_widen: int32 positions to int64 (argsort's result);
// - uniq_init / uniq_add: np.unique's distinct values by hashing (src/lib/unique_hash.ts).
//
// sort_f64 is the TypeScript side's distribution sort (src/_core/sorting/bucket.ts): the
// range is split by value into about n/2 buckets, bucket = round((x/2 - min/2) * scale),
// monotone in x, by a counting scatter (stable); buckets still long are split again, the
// short ones sorted in place (for random values without a branch on each bucket's length:
// `listedFinish`). Ties keep their input order throughout (so -0.0
// and 0.0 stay in input order, and the payload order is a stable argsort). Ranges that do
// not split after a few levels, or whose span is too small to scale, take a bottom-up merge
// sort (stable, O(n log n)).

/** Ranges at most this long are insertion-sorted. */
const INSERTION_MAX: i32 = 16;
/** Most buckets of one split (about n/2 for every range the caller passes). */
const FAN_MAX: i32 = 16384;
/** Levels of splitting before the merge sort takes a range. */
const MAX_DEPTH: i32 = 6;

@inline function ldv(v: usize, i: i32): f64 {
  return load<f64>(v + (<usize>i << 3));
}
@inline function stv(v: usize, i: i32, x: f64): void {
  store<f64>(v + (<usize>i << 3), x);
}
@inline function ldp(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline function stp(p: usize, i: i32, x: i32): void {
  store<i32>(p + (<usize>i << 2), x);
}

/** Stable insertion sort of v[s..e) (and p along when p != 0). */
function insertion(v: usize, p: usize, s: i32, e: i32): void {
  for (let i = s + 1; i < e; i++) {
    const x = ldv(v, i);
    let j = i - 1;
    if (ldv(v, j) <= x) continue;
    if (p != 0) {
      const k = ldp(p, i);
      while (j >= s && ldv(v, j) > x) {
        stv(v, j + 1, ldv(v, j));
        stp(p, j + 1, ldp(p, j));
        j--;
      }
      stv(v, j + 1, x);
      stp(p, j + 1, k);
    } else {
      while (j >= s && ldv(v, j) > x) {
        stv(v, j + 1, ldv(v, j));
        j--;
      }
      stv(v, j + 1, x);
    }
  }
}

/** Stable merge of a[s..m) and a[m..e) into b[s..e) (payloads pa into pb when pa != 0). */
function merge(a: usize, pa: usize, b: usize, pb: usize, s: i32, m: i32, e: i32): void {
  let i = s;
  let j = m;
  let o = s;
  while (i < m && j < e) {
    const x = ldv(a, i);
    const y = ldv(a, j);
    if (y < x) {
      stv(b, o, y);
      if (pa != 0) stp(pb, o, ldp(pa, j));
      j++;
    } else {
      stv(b, o, x);
      if (pa != 0) stp(pb, o, ldp(pa, i));
      i++;
    }
    o++;
  }
  for (; i < m; i++, o++) {
    stv(b, o, ldv(a, i));
    if (pa != 0) stp(pb, o, ldp(pa, i));
  }
  for (; j < e; j++, o++) {
    stv(b, o, ldv(a, j));
    if (pa != 0) stp(pb, o, ldp(pa, j));
  }
}

/** Stable bottom-up merge sort of v[s..e) (p along), t and q as scratch; the result in v. */
function mergeSort(v: usize, p: usize, t: usize, q: usize, s: i32, e: i32): void {
  for (let r = s; r < e; r += INSERTION_MAX) insertion(v, p, r, min(r + INSERTION_MAX, e));
  let a = v;
  let pa = p;
  let b = t;
  // Without payloads, neither buffer of the pair carries any.
  let pb = p != 0 ? q : 0;
  for (let w = INSERTION_MAX; w < e - s; w <<= 1) {
    for (let r = s; r < e; r += 2 * w) merge(a, pa, b, pb, r, min(r + w, e), min(r + 2 * w, e));
    const x = a;
    a = b;
    b = x;
    const y = pa;
    pa = pb;
    pb = y;
  }
  if (a != v) {
    memory.copy(v + (<usize>s << 3), a + (<usize>s << 3), <usize>(e - s) << 3);
    if (p != 0) memory.copy(p + (<usize>s << 2), pa + (<usize>s << 2), <usize>(e - s) << 2);
  }
}

/** 1.5 * 2^52: adding it rounds a double in [0, 2^31) to an integer held in the low word. */
const MAGIC: f64 = 6755399441055744.0;

/**
 * The bucket index round((x/2 - hmin) * scale) of v[s..e) into ids[s..e), two lanes at a
 * time (monotone in x: every step rounds monotonically).
 */
function bucketIds(v: usize, ids: usize, s: i32, e: i32, hmin: f64, scale: f64, top: i32): void {
  const vh = f64x2.splat(0.5);
  const vm = f64x2.splat(hmin);
  const vs = f64x2.splat(scale);
  const vg = f64x2.splat(MAGIC);
  // The values lie in the range's span, so the indices do in [0, top]; clamped anyway, so
  // that no input can make the counters be written out of place.
  const vt = i32x4.splat(top);
  const v0 = i32x4.splat(0);
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const a = v + (<usize>i << 3);
    const x = f64x2.add(f64x2.mul(f64x2.sub(f64x2.mul(v128.load(a), vh), vm), vs), vg);
    const y = f64x2.add(f64x2.mul(f64x2.sub(f64x2.mul(v128.load(a, 16), vh), vm), vs), vg);
    const q = v128.shuffle<i32>(x, y, 0, 2, 4, 6);
    v128.store(ids + (<usize>i << 2), i32x4.max_s(i32x4.min_s(q, vt), v0));
  }
  for (; i < e; i++) {
    const x = (ldv(v, i) * 0.5 - hmin) * scale + MAGIC;
    stp(ids, i, min(max(<i32>reinterpret<i64>(x), 0), top));
  }
}

/**
 * Stable sort of v[s..e) (p along when p != 0) with t, q as scratch of the same extent,
 * ids (int32 per element) and cnt as room for the counters of this level and the deeper ones.
 */
function sortRange(
  v: usize,
  p: usize,
  t: usize,
  q: usize,
  ids: usize,
  s: i32,
  e: i32,
  cnt: usize,
  depth: i32,
): void {
  const n = e - s;
  if (n <= INSERTION_MAX) {
    insertion(v, p, s, e);
    return;
  }
  // Two pairs of accumulators: the min/max chains are latency-bound.
  let lo2 = v128.load(v + (<usize>s << 3));
  let hi2 = lo2;
  let lo3 = lo2;
  let hi3 = lo2;
  let i = s;
  for (; i + 4 <= e; i += 4) {
    const x = v128.load(v + (<usize>i << 3));
    const y = v128.load(v + (<usize>i << 3), 16);
    lo2 = f64x2.pmin(lo2, x);
    hi2 = f64x2.pmax(hi2, x);
    lo3 = f64x2.pmin(lo3, y);
    hi3 = f64x2.pmax(hi3, y);
  }
  lo2 = f64x2.pmin(lo2, lo3);
  hi2 = f64x2.pmax(hi2, hi3);
  if (i + 2 <= e) {
    const x = v128.load(v + (<usize>i << 3));
    lo2 = f64x2.pmin(lo2, x);
    hi2 = f64x2.pmax(hi2, x);
    i += 2;
  }
  let lo = min(f64x2.extract_lane(lo2, 0), f64x2.extract_lane(lo2, 1));
  let hi = max(f64x2.extract_lane(hi2, 0), f64x2.extract_lane(hi2, 1));
  if (i < e) {
    lo = min(lo, ldv(v, i));
    hi = max(hi, ldv(v, i));
  }
  if (lo == hi) return;
  let nb: i32 = 16;
  // About two values per bucket, each short bucket then ordered on its own (two and
  // three values by selects, no branches): measured faster than one or four values per
  // bucket, and than one insertion pass over the range.
  while (nb < n >> 1 && nb < FAN_MAX) nb <<= 1;
  const hmin = lo * 0.5;
  // Halved values: hi - lo cannot overflow to Infinity (halving is monotone). The top
  // value maps to nb - 1 exactly or just below, which rounds to nb - 1.
  const scale = <f64>(nb - 1) / (hi * 0.5 - hmin);
  if (depth >= MAX_DEPTH || !(scale < Infinity)) {
    mergeSort(v, p, t, q, s, e);
    return;
  }
  bucketIds(v, ids, s, e, hmin, scale, nb - 1);
  memory.fill(cnt, 0, <usize>(nb + 1) << 2);
  for (let k = s; k < e; k++) {
    const b = ldp(ids, k) + 1;
    stp(cnt, b, ldp(cnt, b) + 1);
  }
  stp(cnt, 0, s);
  for (let b = 0; b < nb; b++) stp(cnt, b + 1, ldp(cnt, b + 1) + ldp(cnt, b));
  // cnt[b] is bucket b's next slot; after the scatter it is bucket b's end.
  if (p != 0) {
    for (let k = s; k < e; k++) {
      const b = ldp(ids, k);
      const at = ldp(cnt, b);
      stp(cnt, b, at + 1);
      stv(t, at, ldv(v, k));
      stp(q, at, ldp(p, k));
    }
    memory.copy(p + (<usize>s << 2), q + (<usize>s << 2), <usize>n << 2);
  } else {
    for (let k = s; k < e; k++) {
      const b = ldp(ids, k);
      const at = ldp(cnt, b);
      stp(cnt, b, at + 1);
      stv(t, at, ldv(v, k));
    }
  }
  memory.copy(v + (<usize>s << 3), t + (<usize>s << 3), <usize>n << 3);
  finishBuckets(v, p, t, q, ids, s, n, nb, cnt, depth);
}

/**
 * Order the nb buckets of v[s..s+n) that the split left (bucket b ends at cnt[b]), p
 * along: long buckets recursively, short ones in place. Bucket lengths of random values
 * follow a Poisson law (about two values a bucket), where a branch on each length misses
 * about every other bucket: `listedFinish` orders those without one. The long buckets'
 * list and the deeper levels' counters follow this level's counters in cnt.
 */
function finishBuckets(
  v: usize,
  p: usize,
  t: usize,
  q: usize,
  ids: usize,
  s: i32,
  n: i32,
  nb: i32,
  cnt: usize,
  depth: i32,
): void {
  // The list of long buckets (their indices), after this level's counters.
  const ll = cnt + ((<usize>nb + 1) << 2);
  const deeper = ll + ((<usize>(n / 5) + 5) << 2);
  if (n >= 64 && 2 * n >= 3 * nb && irregular(cnt, s, nb)) {
    listedFinish(v, p, t, s, n, nb, cnt, ll);
    for (let a = ll; ; a += 4) {
      const b = load<i32>(a);
      if (b < 0) break;
      const bs = select<i32>(s, ldp(cnt, b - 1), b == 0);
      const be = ldp(cnt, b);
      if (be - bs > INSERTION_MAX) sortRange(v, p, t, q, ids, bs, be, deeper, depth + 1);
      else insertion(v, p, bs, be);
    }
    return;
  }
  let bs = s;
  for (let b = 0; b < nb; b++) {
    const be = ldp(cnt, b);
    const len = be - bs;
    if (len > INSERTION_MAX) sortRange(v, p, t, q, ids, bs, be, deeper, depth + 1);
    else if (len == 2) cswap(v, p, bs);
    else if (len == 3) {
      cswap(v, p, bs);
      cswap(v, p, bs + 1);
      cswap(v, p, bs);
    } else if (len > 3) insertion(v, p, bs, be);
    bs = be;
  }
}

/** Four buckets' starts from their ends e (lanes), prev the end before them. */
@inline export function startsOf(e: v128, prev: i32): v128 {
  return i32x4.replace_lane(v128.shuffle<i32>(e, e, 3, 0, 1, 2), 0, prev);
}

/**
 * Whether the bucket lengths (bucket b ends at cnt[b], the first starts at s) look random:
 * more than one in 16 of the first 256 buckets (a sample: the whole scan cost 5% of a
 * bucket sort) empty or longer than 3. Evenly spread values give lengths of 1 to 3 in
 * patterns the branch predictor learns, and the loop over the buckets that branches on
 * each length costs about a nanosecond a bucket; random values give lengths near a
 * Poisson law, where that branch misses about every other bucket (np.sort of 1e6 random
 * doubles spent 4.8 of its 9.8 ms there): `listedFinish` then.
 */
export function irregular(cnt: usize, s: i32, nb: i32): bool {
  let odd = i32x4.splat(0);
  const one = i32x4.splat(1);
  const four = i32x4.splat(4);
  let prev = s;
  const m = min(nb, 256);
  // nb is a multiple of 16.
  for (let b = 0; b < m; b += 4) {
    const e = v128.load(cnt + (<usize>b << 2));
    const st = startsOf(e, prev);
    prev = i32x4.extract_lane(e, 3);
    const len = i32x4.sub(e, st);
    // len < 1 or len > 3, as an unsigned compare of len - 1 against 3.
    odd = i32x4.sub(odd, i32x4.ge_u(i32x4.sub(len, one), i32x4.sub(four, one)));
  }
  const k =
    i32x4.extract_lane(odd, 0) +
    i32x4.extract_lane(odd, 1) +
    i32x4.extract_lane(odd, 2) +
    i32x4.extract_lane(odd, 3);
  return k * 16 > m;
}

/**
 * Byte shuffles that pack the int32 lanes of a 4-bit mask's set lanes to the front, in
 * order, 16 bytes for each mask (`i8x16.swizzle`).
 */
const PACK = memory.data<u8>([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0,
    8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 0, 0, 0,
    12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0, 0, 0, 0,
    8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
    4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
], 16);

/** Appends the lanes of x that mask m selects to the list whose end is at, returns its new end. */
@inline function pack(at: usize, x: v128, m: i32): usize {
  v128.store(at, i8x16.swizzle(x, v128.load(PACK + (<usize>m << 4))));
  return at + (<usize>popcnt(m) << 2);
}

/**
 * Order the nb buckets of v[s..s+n) (bucket b ends at cnt[b]; n >= 64) without a branch
 * on each length: the buckets of 2..5 values are listed by length, four buckets at a time
 * (their starts packed by lane masks), then each list is ordered by a fixed network of
 * stable compare-exchanges. The indices of longer buckets are listed at ll (then -1) for
 * the caller. The lists of short buckets live in t (free here; 16 bytes of room each for
 * the packing stores).
 */
function listedFinish(v: usize, p: usize, t: usize, s: i32, n: i32, nb: i32, cnt: usize, ll: usize): void {
  // List k holds at most n / k buckets.
  const l2 = t + (<usize>s << 3);
  const l3 = l2 + ((<usize>(n >> 1) + 4) << 2);
  const l4 = l3 + ((<usize>(n / 3) + 4) << 2);
  const l5 = l4 + ((<usize>(n >> 2) + 4) << 2);
  let a2 = l2;
  let a3 = l3;
  let a4 = l4;
  let a5 = l5;
  let al = ll;
  let prev = s;
  const two = i32x4.splat(2);
  const three = i32x4.splat(3);
  const four = i32x4.splat(4);
  const five = i32x4.splat(5);
  let idx = i32x4(0, 1, 2, 3);
  // nb is a multiple of 16.
  for (let b = 0; b < nb; b += 4) {
    const e = v128.load(cnt + (<usize>b << 2));
    const st = startsOf(e, prev);
    prev = i32x4.extract_lane(e, 3);
    const len = i32x4.sub(e, st);
    a2 = pack(a2, st, i32x4.bitmask(i32x4.eq(len, two)));
    a3 = pack(a3, st, i32x4.bitmask(i32x4.eq(len, three)));
    a4 = pack(a4, st, i32x4.bitmask(i32x4.eq(len, four)));
    a5 = pack(a5, st, i32x4.bitmask(i32x4.eq(len, five)));
    al = pack(al, idx, i32x4.bitmask(i32x4.gt_s(len, five)));
    idx = i32x4.add(idx, four);
  }
  store<i32>(al, -1);
  for (let a = l2; a < a2; a += 4) cswap(v, p, load<i32>(a));
  if (p == 0) {
    for (let a = l3; a < a3; a += 4) sort3(v + (<usize>load<i32>(a) << 3));
    for (let a = l4; a < a4; a += 4) sort4(v + (<usize>load<i32>(a) << 3));
  } else {
    for (let a = l3; a < a3; a += 4) {
      const i = load<i32>(a);
      cswap(v, p, i);
      cswap(v, p, i + 1);
      cswap(v, p, i);
    }
    // Odd-even transposition: k rounds of adjacent exchanges sort k values, stably.
    for (let a = l4; a < a4; a += 4) {
      const i = load<i32>(a);
      for (let r = 0; r < 2; r++) {
        cswap(v, p, i);
        cswap(v, p, i + 2);
        cswap(v, p, i + 1);
      }
    }
  }
  for (let a = l5; a < a5; a += 4) {
    const i = load<i32>(a);
    for (let r = 0; r < 2; r++) {
      cswap(v, p, i);
      cswap(v, p, i + 2);
      cswap(v, p, i + 1);
      cswap(v, p, i + 3);
    }
    cswap(v, p, i);
    cswap(v, p, i + 2);
  }
}

/**
 * The four doubles at a in order, stably, in registers: odd-even transposition, four
 * rounds of exchanges of neighbours (x y)(z w), (y z), (x y)(z w), (y z).
 */
@inline function sort4(a: usize): void {
  let x = load<i64>(a);
  let y = load<i64>(a, 8);
  let z = load<i64>(a, 16);
  let w = load<i64>(a, 24);
  for (let r = 0; r < 2; r++) {
    let lt = reinterpret<f64>(y) < reinterpret<f64>(x);
    let u = select<i64>(y, x, lt);
    y = select<i64>(x, y, lt);
    x = u;
    lt = reinterpret<f64>(w) < reinterpret<f64>(z);
    u = select<i64>(w, z, lt);
    w = select<i64>(z, w, lt);
    z = u;
    lt = reinterpret<f64>(z) < reinterpret<f64>(y);
    u = select<i64>(z, y, lt);
    z = select<i64>(y, z, lt);
    y = u;
  }
  store<i64>(a, x);
  store<i64>(a, y, 8);
  store<i64>(a, z, 16);
  store<i64>(a, w, 24);
}

/** The three doubles at a in order, stably (ties keep their order), in registers. */
@inline function sort3(a: usize): void {
  let x = load<f64>(a);
  let y = load<f64>(a, 8);
  let z = load<f64>(a, 16);
  // Exchanges (x, y), (y, z), (x, y), each by selects on the bits.
  let lt = y < x;
  let xb = reinterpret<i64>(x);
  let yb = reinterpret<i64>(y);
  const zb = reinterpret<i64>(z);
  let u = select<i64>(yb, xb, lt);
  yb = select<i64>(xb, yb, lt);
  xb = u;
  y = reinterpret<f64>(yb);
  lt = z < y;
  store<i64>(a, select<i64>(yb, zb, lt), 16);
  yb = select<i64>(zb, yb, lt);
  y = reinterpret<f64>(yb);
  x = reinterpret<f64>(xb);
  lt = y < x;
  store<i64>(a, select<i64>(yb, xb, lt));
  store<i64>(a, select<i64>(xb, yb, lt), 8);
}

/**
 * v[i] and v[i + 1] (and their payloads) in order, swapped only when the second is less
 * (stable), by selects on the bits: no branch to mispredict.
 */
@inline function cswap(v: usize, p: usize, i: i32): void {
  const a = v + (<usize>i << 3);
  const x = load<f64>(a);
  const y = load<f64>(a, 8);
  const lt = y < x;
  const xb = reinterpret<i64>(x);
  const yb = reinterpret<i64>(y);
  store<i64>(a, select<i64>(yb, xb, lt));
  store<i64>(a, select<i64>(xb, yb, lt), 8);
  if (p != 0) {
    const c = p + (<usize>i << 2);
    const k = load<i32>(c);
    const l = load<i32>(c, 4);
    store<i32>(c, select<i32>(l, k, lt));
    store<i32>(c, select<i32>(k, l, lt), 4);
  }
}

/**
 * Sort the n finite doubles at v stably, moving the n int32 payloads at p along (p = 0:
 * none). t (8n bytes), q (4n bytes, when p != 0), ids (4n bytes, 16 more) and cnt
 * (((FAN_MAX + 1) * 4 + (n / 5 + 5) * 4) * (MAX_DEPTH + 1) bytes, then 4 bytes before it
 * readable) are scratch.
 */
export function sort_f64(v: usize, p: usize, n: i32, t: usize, q: usize, ids: usize, cnt: usize): void {
  sortRange(v, p, t, q, ids, 0, n, cnt, 0);
}

/**
 * sort_f64 of n doubles that may hold NaN or ±inf: returns 1, with nothing changed, when
 * one does (the caller's general path sorts those), else sorts them and returns 0. Saves
 * the caller a scan of its own for the many short rows of a 2-d sort.
 */
export function sort_f64_finite(
  v: usize,
  p: usize,
  n: i32,
  t: usize,
  q: usize,
  ids: usize,
  cnt: usize,
): i32 {
  // x - x is 0 for finite x, NaN otherwise: a NaN lane in the sum marks a non-finite value.
  let bad = f64x2.splat(0);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const x = v128.load(v + (<usize>i << 3));
    bad = f64x2.add(bad, f64x2.sub(x, x));
  }
  let b = f64x2.extract_lane(bad, 0) + f64x2.extract_lane(bad, 1);
  if (i < n) b += ldv(v, i) - ldv(v, i);
  if (b != 0) return 1;
  sortRange(v, p, t, q, ids, 0, n, cnt, 0);
  return 0;
}

/**
 * `sort_f64_finite` of each of the m rows of n doubles at v (one after another), t, ids and
 * cnt as its scratch for one row: flags (m int32) gets 1 for a row left unchanged because
 * it holds NaN or ±inf, else 0. One call for many short rows (np.sort(a, axis) of a 2-d
 * array) instead of a call and two copies each.
 */
export function sort_f64_rows(
  v: usize,
  m: i32,
  n: i32,
  t: usize,
  ids: usize,
  cnt: usize,
  flags: usize,
): void {
  for (let r = 0; r < m; r++) {
    const row = v + ((<usize>r * <usize>n) << 3);
    store<i32>(flags + (<usize>r << 2), sort_f64_finite(row, 0, n, t, 0, ids, cnt));
  }
}

/**
 * Scan of n doubles at v for the caller's first split: returns 1 when some value is NaN or
 * ±inf (then nothing else is written), else 0 with the minimum and maximum at out, out + 8.
 */
export function sort_scan(v: usize, n: i32, out: usize): i32 {
  let lo = f64x2.splat(Infinity);
  let hi = f64x2.splat(-Infinity);
  // x - x is 0 for finite x, NaN otherwise: a NaN lane in the sum marks a non-finite value.
  let bad = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = v + (<usize>i << 3);
    const x = v128.load(a);
    const y = v128.load(a, 16);
    bad = f64x2.add(bad, f64x2.add(f64x2.sub(x, x), f64x2.sub(y, y)));
    lo = f64x2.pmin(lo, f64x2.pmin(x, y));
    hi = f64x2.pmax(hi, f64x2.pmax(x, y));
  }
  let l = min(f64x2.extract_lane(lo, 0), f64x2.extract_lane(lo, 1));
  let h = max(f64x2.extract_lane(hi, 0), f64x2.extract_lane(hi, 1));
  let b = f64x2.extract_lane(bad, 0) + f64x2.extract_lane(bad, 1);
  for (; i < n; i++) {
    const x = ldv(v, i);
    b += x - x;
    l = min(l, x);
    h = max(h, x);
  }
  if (b != 0) return 1;
  stv(out, 0, l);
  stv(out, 1, h);
  return 0;
}

/** Four histograms of 256 int32 counters (interleaved counts: no store-to-load chains). */
const HIST4 = memory.data(4 * 256 * 4, 16);

/**
 * The caller's first split of the n doubles at v into 256 value buckets: bucket
 * min(max(round((x/2 - hmin) * scale), 0), 255) (monotone in x; hmin may carry half a
 * bucket so that rounding acts as truncation) as bytes at ids, counted into the 256 int32
 * counters at cnt (added to what they hold). Returns 1 when some value may be NaN or ±inf
 * (a sum of 16 values that overflows counts too: the caller then takes its general path).
 */
export function sort_coarse(v: usize, n: i32, hmin: f64, scale: f64, ids: usize, cnt: usize): i32 {
  const vh = f64x2.splat(0.5);
  const vm = f64x2.splat(hmin);
  const vs = f64x2.splat(scale);
  const vg = f64x2.splat(MAGIC);
  const top = i32x4.splat(255);
  const zero = f64x2.splat(0);
  // (sum of 16 values) * 0 is 0 when the sum is finite, NaN otherwise.
  let bad = zero;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const a = v + (<usize>i << 3);
    const q0 = quad(a, vh, vm, vs, vg, top);
    const q1 = quad(a + 32, vh, vm, vs, vg, top);
    const q2 = quad(a + 64, vh, vm, vs, vg, top);
    const q3 = quad(a + 96, vh, vm, vs, vg, top);
    const w = i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(q0, q1), i16x8.narrow_i32x4_u(q2, q3));
    v128.store(ids + <usize>i, w);
    const s0 = f64x2.add(
      f64x2.add(v128.load(a), v128.load(a, 16)),
      f64x2.add(v128.load(a, 32), v128.load(a, 48)),
    );
    const s1 = f64x2.add(
      f64x2.add(v128.load(a, 64), v128.load(a, 80)),
      f64x2.add(v128.load(a, 96), v128.load(a, 112)),
    );
    bad = f64x2.add(bad, f64x2.mul(f64x2.add(s0, s1), zero));
  }
  let r = f64x2.extract_lane(bad, 0) + f64x2.extract_lane(bad, 1);
  for (; i < n; i++) {
    const x = ldv(v, i);
    r += x * 0;
    const g = min(max((x * 0.5 - hmin) * scale, -1.0), 256.0);
    const y = <i32>reinterpret<i64>(g + MAGIC);
    store<u8>(ids + <usize>i, <u8>min(max(y, 0), 255));
  }
  memory.fill(HIST4, 0, 4 * 256 * 4);
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const h0 = HIST4 + (<usize>load<u8>(ids + <usize>k) << 2);
    const h1 = HIST4 + 1024 + (<usize>load<u8>(ids + <usize>k, 1) << 2);
    const h2 = HIST4 + 2048 + (<usize>load<u8>(ids + <usize>k, 2) << 2);
    const h3 = HIST4 + 3072 + (<usize>load<u8>(ids + <usize>k, 3) << 2);
    store<i32>(h0, load<i32>(h0) + 1);
    store<i32>(h1, load<i32>(h1) + 1);
    store<i32>(h2, load<i32>(h2) + 1);
    store<i32>(h3, load<i32>(h3) + 1);
  }
  for (; k < n; k++) {
    const h = HIST4 + (<usize>load<u8>(ids + <usize>k) << 2);
    store<i32>(h, load<i32>(h) + 1);
  }
  for (let b: usize = 0; b < 1024; b += 16) {
    const t = i32x4.add(
      i32x4.add(v128.load(HIST4 + b), v128.load(HIST4 + b, 1024)),
      i32x4.add(v128.load(HIST4 + b, 2048), v128.load(HIST4 + b, 3072)),
    );
    v128.store(cnt + b, i32x4.add(v128.load(cnt + b), t));
  }
  return r == 0 ? 0 : 1;
}

/** Four bucket indices (int32 lanes, clamped to [0, 255]) of the four doubles at a. */
@inline function quad(a: usize, vh: v128, vm: v128, vs: v128, vg: v128, top: v128): v128 {
  const x = f64x2.add(clampGrid(f64x2.mul(f64x2.sub(f64x2.mul(v128.load(a), vh), vm), vs)), vg);
  const y = f64x2.add(clampGrid(f64x2.mul(f64x2.sub(f64x2.mul(v128.load(a, 16), vh), vm), vs)), vg);
  // NaN lanes give any low word: clamped again (the caller falls back on them anyway).
  return i32x4.max_s(i32x4.min_s(v128.shuffle<i32>(x, y, 0, 2, 4, 6), top), i32x4.splat(0));
}

/**
 * Grid positions clamped to [-1, 256] before the rounding add: values outside the span
 * (the caller's grid may come from a sample) would otherwise leave meaningless low words.
 */
@inline function clampGrid(y: v128): v128 {
  return f64x2.pmax(f64x2.pmin(y, f64x2.splat(256)), f64x2.splat(-1));
}

/**
 * One block of the caller's first split, grouped here so that the caller moves whole runs:
 * the n doubles at v go to stage ordered by their bucket bytes ids (from `sort_coarse`),
 * stably, with their positions base + i to pstage when pstage != 0. pos holds each
 * bucket's first slot in stage (256 int32) and is advanced past its run.
 */
export function sort_scatter(
  v: usize,
  n: i32,
  ids: usize,
  stage: usize,
  pstage: usize,
  base: i32,
  pos: usize,
): void {
  if (pstage != 0) {
    for (let i = 0; i < n; i++) {
      const c = pos + (<usize>load<u8>(ids + <usize>i) << 2);
      const at = load<i32>(c);
      store<i32>(c, at + 1);
      stv(stage, at, ldv(v, i));
      stp(pstage, at, base + i);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = pos + (<usize>load<u8>(ids + <usize>i) << 2);
      const at = load<i32>(c);
      store<i32>(c, at + 1);
      stv(stage, at, ldv(v, i));
    }
  }
}

/** The n int32 at p widened to int64 at o (sign-extended; o must not overlap p). */
export function sort_widen(p: usize, n: i32, o: usize): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = v128.load(p + (<usize>i << 2));
    v128.store(o + (<usize>i << 3), i64x2.extend_low_i32x4_s(x));
    v128.store(o + (<usize>i << 3), i64x2.extend_high_i32x4_s(x), 16);
  }
  for (; i < n; i++) store<i64>(o + (<usize>i << 3), <i64>ldp(p, i));
}

// ---- np.unique's distinct values (src/lib/unique_hash.ts) ----
// An open-addressing table of doubles (NaN marks an empty slot) and the distinct values in
// first-seen order, kept in scratch across calls while the caller streams blocks through.
// State words at st: count (i32), log2 of the table size (i32), NaN seen (i32), then the
// first NaN met (f64, at st + 16) and the previous value (f64, at st + 24).

/** Murmur3's 64-bit finaliser: every bit of the key reaches the top bits that pick a slot. */
@inline function mix64(x: u64): u64 {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccd;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53;
  return x ^ (x >> 33);
}

/** Insert key k (not NaN, -0 already +0) into the table of 2^lg slots; true when new. */
@inline function tableInsert(table: usize, lg: i32, k: f64): bool {
  const mask: u64 = (<u64>1 << lg) - 1;
  let slot = mix64(reinterpret<u64>(k)) >> (64 - lg);
  let s = load<f64>(table + (<usize>slot << 3));
  while (s == s) {
    if (s == k) return false;
    slot = (slot + 1) & mask;
    s = load<f64>(table + (<usize>slot << 3));
  }
  store<f64>(table + (<usize>slot << 3), k);
  return true;
}

/** Empty a table of 2^lg slots. */
function tableClear(table: usize, lg: i32): void {
  const nan = f64x2.splat(NaN);
  const end = table + (<usize>8 << lg);
  for (let a = table; a < end; a += 16) v128.store(a, nan);
}

/** Start a distinct-values scan with a table of 2^lg slots. */
export function uniq_init(st: usize, table: usize, lg: i32): void {
  store<i32>(st, 0);
  store<i32>(st, lg, 4);
  store<i32>(st, 0, 8);
  store<f64>(st, NaN, 16);
  store<f64>(st, NaN, 24);
  tableClear(table, lg);
}

/**
 * Add the n doubles at v: each value not met before (NumPy's ==: -0 equals 0; every NaN
 * is one value, the first kept at st + 16) is appended to out. The table doubles when
 * the distinct values pass a quarter of it (short probe runs: measured faster than half),
 * up to 2^maxLg slots (rebuilt from out). Returns the distinct count (NaN not counted),
 * or -1 when the table cannot hold them.
 */
export function uniq_add(v: usize, n: i32, st: usize, table: usize, out: usize, maxLg: i32): i32 {
  let count = load<i32>(st);
  let lg = load<i32>(st, 4);
  let prev = load<f64>(st, 24);
  for (let i = 0; i < n; i++) {
    const x = ldv(v, i);
    if (x == prev) continue;
    if (x != x) {
      if (load<i32>(st, 8) == 0) {
        store<i32>(st, 1, 8);
        store<f64>(st, x, 16);
      }
      continue;
    }
    prev = x;
    if (!tableInsert(table, lg, x + 0.0)) continue;
    stv(out, count, x);
    count++;
    if (count * 4 > 1 << lg) {
      if (lg >= maxLg) return -1;
      lg++;
      tableClear(table, lg);
      for (let k = 0; k < count; k++) tableInsert(table, lg, ldv(out, k) + 0.0);
    }
  }
  store<i32>(st, count);
  store<i32>(st, lg, 4);
  store<f64>(st, prev, 24);
  return count;
}

// ---- integer sorts (src/_core/sorting/int_sort.ts) ----

/** Eight histograms of 256 int32 counters, one per byte of a 64-bit key. */
const RADIX_HIST = memory.data(8 * 256 * 4, 16);

@inline function count(h: usize): void {
  store<i32>(h, load<i32>(h) + 1);
}

@inline function ldk(v: usize, i: i32): u64 {
  return load<u64>(v + (<usize>i << 3));
}
@inline function stk(v: usize, i: i32, x: u64): void {
  store<u64>(v + (<usize>i << 3), x);
}

/** Keys of room after each run of an LSD pass's output in sort_u64 (rows this long on). */
const LSD_PAD: i32 = 9;
const LSD_PAD_MIN: i32 = 1 << 14;
/** Start and end of each of the 256 runs of the last pass's output, and of the next's. */
const RUNS = memory.data(4 * 256 * 4, 16);

/**
 * Sort the n 64-bit integers at v (int64 or uint64 alike: all are at least `sub`, their
 * minimum, so x - sub orders them as unsigned keys) by an LSD radix sort on the keys
 * x - sub with 8-bit digits; a digit that every key shares is skipped (the top bytes of
 * a small span, the byte a caller's first split fixed). Each pass writes its 256 runs
 * LSD_PAD keys apart and the next reads them run by run: evenly spread keys give runs of
 * equal lengths, whose write streams would otherwise start at addresses equal modulo
 * 4 KiB and fall in the same few cache sets (32768 evenly spread keys: 13 ns a key, 6.7
 * padded, as many as random ones). Shorter rows are not padded (reading runs costs more
 * than it saves there). The sorted values end at v; t (2 * (8n + 256 * 8 * LSD_PAD)
 * bytes) is scratch.
 */
export function sort_u64(v: usize, n: i32, t: usize, sub: i64): void {
  // The keys, and the bits they span (their OR: the least key is 0).
  const vs = i64x2.splat(sub);
  let acc = i64x2.splat(0);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const a = v + (<usize>i << 3);
    const k = i64x2.sub(v128.load(a), vs);
    v128.store(a, k);
    acc = v128.or(acc, k);
  }
  let m = <u64>i64x2.extract_lane(acc, 0) | <u64>i64x2.extract_lane(acc, 1);
  if (i < n) {
    const k = ldk(v, i) - <u64>sub;
    stk(v, i, k);
    m |= k;
  }
  // Keys wider than three bytes: the passes order them by their top three bytes only
  // (`low` digits skipped), then runs that share those bytes are ordered by the rest
  // (fixRuns): ~n^2 / 2^17 such pairs at most, where the low digits' passes would cost n
  // moves each. Only the digits the passes take are counted.
  const top = max(0, (63 - <i32>clz(m)) >> 3);
  const low = max(0, top - 2);
  const sh0 = <u64>(low << 3);
  const h0 = RADIX_HIST + (<usize>low << 10);
  memory.fill(h0, 0, <usize>(top - low + 1) << 10);
  if (top == low) {
    for (let j = 0; j < n; j++) count(h0 + (<usize>((ldk(v, j) >> sh0) & 255) << 2));
  } else if (top == low + 1) {
    for (let j = 0; j < n; j++) {
      const k = <u32>(ldk(v, j) >> sh0);
      count(h0 + (<usize>(k & 255) << 2));
      count(h0 + 1024 + (<usize>((k >> 8) & 255) << 2));
    }
  } else {
    for (let j = 0; j < n; j++) {
      const k = <u32>(ldk(v, j) >> sh0);
      count(h0 + (<usize>(k & 255) << 2));
      count(h0 + 1024 + (<usize>((k >> 8) & 255) << 2));
      count(h0 + 2048 + (<usize>((k >> 16) & 255) << 2));
    }
  }
  const pad = n >= LSD_PAD_MIN ? LSD_PAD : 0;
  const room = <usize>(n + 256 * pad) << 3;
  let src = v;
  let dst = t;
  // Runs of src (when it is a pass's output) and of dst: start and end words.
  let rs = RUNS;
  let rd = RUNS + 2048;
  let padded = false;
  for (let d = low; d <= top; d++) {
    const base = RADIX_HIST + (<usize>d << 10);
    let sum = 0;
    let trivial = false;
    for (let c = 0; c < 256; c++) {
      const x = load<i32>(base + (<usize>c << 2));
      if (x == n) {
        trivial = true;
        break;
      }
      const at = sum + c * pad;
      store<i32>(base + (<usize>c << 2), at);
      store<i32>(rd + (<usize>c << 3), at);
      sum += x;
    }
    if (trivial) continue;
    const sh = <u64>d << 3;
    if (padded && pad != 0) {
      for (let c = 0; c < 256; c++) {
        const e = load<i32>(rs + (<usize>c << 3), 4);
        for (let i = load<i32>(rs + (<usize>c << 3)); i < e; i++) {
          const k = load<u64>(src + (<usize>i << 3));
          const h = base + (<usize>((k >> sh) & 255) << 2);
          const at = load<i32>(h);
          store<i32>(h, at + 1);
          store<u64>(dst + (<usize>at << 3), k);
        }
      }
    } else {
      // The input, or an unpadded pass's output (its runs back to back).
      for (let i = 0; i < n; i++) {
        const k = load<u64>(src + (<usize>i << 3));
        const h = base + (<usize>((k >> sh) & 255) << 2);
        const at = load<i32>(h);
        store<i32>(h, at + 1);
        store<u64>(dst + (<usize>at << 3), k);
      }
    }
    for (let c = 0; c < 256; c++) {
      store<i32>(rd + (<usize>c << 3), load<i32>(base + (<usize>c << 2)), 4);
    }
    padded = true;
    const r = rs;
    rs = rd;
    rd = r;
    src = dst;
    dst = dst == t ? t + room : t;
  }
  // The last pass's runs closed up into v.
  if (padded) {
    let o = v;
    for (let c = 0; c < 256; c++) {
      const e = src + (<usize>load<i32>(rs + (<usize>c << 3), 4) << 3);
      for (let a = src + (<usize>load<i32>(rs + (<usize>c << 3)) << 3); a < e; a += 8) {
        store<u64>(o, load<u64>(a));
        o += 8;
      }
    }
  }
  if (low > 0) fixRuns(v, t, n, <u64>(low << 3));
  for (let i = 0; i < n; i++) {
    store<u64>(v + (<usize>i << 3), load<u64>(v + (<usize>i << 3)) + <u64>sub);
  }
}

/** Insertion sort of the unsigned keys v[s..e). */
function insertionU64(v: usize, s: i32, e: i32): void {
  for (let i = s + 1; i < e; i++) {
    const x = ldk(v, i);
    let j = i - 1;
    while (j >= s && ldk(v, j) > x) {
      stk(v, j + 1, ldk(v, j));
      j--;
    }
    stk(v, j + 1, x);
  }
}

/**
 * The n keys at v, ordered by their bits above sh, fully ordered: each run of keys that
 * agree above sh by an insertion sort when short (the usual case: a pair now and then),
 * else by sort_u64 on its keys less the run's least possible key (t scratch, as sort_u64's).
 */
function fixRuns(v: usize, t: usize, n: i32, sh: u64): void {
  let a = 0;
  while (a < n) {
    const p = ldk(v, a) >> sh;
    let b = a + 1;
    while (b < n && ldk(v, b) >> sh == p) b++;
    // Long runs: sort_u64 again on keys below 2^sh (three bytes fewer at each depth).
    if (b - a > 16) sort_u64(v + (<usize>a << 3), b - a, t, <i64>(p << sh));
    else if (b - a > 1) insertionU64(v, a, b);
    a = b;
  }
}

/** Bucket of x in a wide int64 row's first split: bits [sh, sh + 8) of x - sub, at most 255. */
@inline function topBucket(x: u64, sub: u64, sh: u64): usize {
  return <usize>min((x - sub) >> sh, 255);
}

/**
 * First pass of a wide int64 / uint64 row's split (src/_core/sorting/int_sort.ts): the
 * buckets of the n values at v (sub their minimum, sh the split's shift) counted into the
 * 256 int32 at cnt (added).
 */
export function u64_split_count(v: usize, n: i32, sub: i64, sh: i32, cnt: usize): void {
  const s = <u64>sh;
  for (let i = 0; i < n; i++) count(cnt + (topBucket(ldk(v, i), sub, s) << 2));
}

/**
 * Second pass: the n values at v grouped by bucket into stage; pos (256 int32) holds
 * each bucket's first slot and is advanced past its run.
 */
export function u64_split_group(v: usize, n: i32, sub: i64, sh: i32, stage: usize, pos: usize): void {
  const s = <u64>sh;
  for (let i = 0; i < n; i++) {
    const x = ldk(v, i);
    const c = pos + (topBucket(x, sub, s) << 2);
    const at = load<i32>(c);
    store<i32>(c, at + 1);
    stk(stage, at, x);
  }
}

/**
 * Least and greatest of the n int64 values at v, compared as int64 after `flip` is xored
 * in (2^63 for uint64 values), folded into the two int64 at out (least, greatest; the
 * caller starts them at the extremes and streams blocks), as the values' own bits.
 */
export function u64_extremes(v: usize, n: i32, flip: i64, out: usize): void {
  const f = i64x2.splat(flip);
  let lo = i64x2.splat(load<i64>(out) ^ flip);
  let hi = i64x2.splat(load<i64>(out, 8) ^ flip);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const x = v128.xor(v128.load(v + (<usize>i << 3)), f);
    lo = v128.bitselect(x, lo, i64x2.gt_s(lo, x));
    hi = v128.bitselect(x, hi, i64x2.gt_s(x, hi));
  }
  let l = min(i64x2.extract_lane(lo, 0), i64x2.extract_lane(lo, 1));
  let h = max(i64x2.extract_lane(hi, 0), i64x2.extract_lane(hi, 1));
  if (i < n) {
    const x = load<i64>(v + (<usize>i << 3)) ^ flip;
    l = min(l, x);
    h = max(h, x);
  }
  store<i64>(out, l ^ flip);
  store<i64>(out, h ^ flip, 8);
}
