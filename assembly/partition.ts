// np.partition / np.argpartition in wasm (src/_core/sorting/wasm_select.ts):
// - part_split_f64: the first pass over a long row, one block at a time: values < a, values
//   in [a, b] and the rest (values > b and NaNs) into three buffers;
// - part_select_f64: the whole selection of a row that fits the scratch (NaNs moved last,
//   then every listed k), the same steps as src/_core/sorting/introselect.ts;
// - part_split_32: part_split_f64 for float32 / int32 / uint32 rows, on their 4-byte words
//   (four lanes, compared as assembly/sort32.ts keys, compacted by a byte shuffle).
// Both split without branches, two lanes at a time: every pair is stored at the next slot of
// all three classes, each class's own lanes first (a bit select against the swapped pair),
// and only the class's count advances by its lane count (a quickselect's branches mispredict
// on half the values). Buffers need room for one value past their count.

import { key1, keys4 } from './sort32';

/** Ranges at most this long are insertion sorted. */
const SMALL: i32 = 24;
/** Ranges at least this long take their pivots from a sample. */
const SAMPLE_MIN: i32 = 2048;

let lowCount: i32 = 0;
let midCount: i32 = 0;
let highCount: i32 = 0;
let anyNaN: i32 = 0;

/**
 * Classify v[0..n) around a <= b into lows / mids / highs, counts into the globals. Positions:
 * mode 0 none, 1 base + i, 2 loaded from pin[0..n); they go to plo / pmid / phi.
 */
@inline
function classify(
  v: usize,
  n: i32,
  a: f64,
  b: f64,
  lows: usize,
  mids: usize,
  highs: usize,
  mode: i32,
  base: i32,
  pin: usize,
  plo: usize,
  pmid: usize,
  phi: usize,
): void {
  let l: usize = 0;
  let m: usize = 0;
  let h: usize = 0;
  const va = f64x2.splat(a);
  const vb = f64x2.splat(b);
  let nanv = i64x2.splat(0);
  let pv = i32x4(base, base + 1, 0, 0);
  const two = i32x4.splat(2);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const x = v128.load(v + (<usize>i << 3));
    const sw = i8x16.shuffle(x, x, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);
    const cL = f64x2.lt(x, va);
    const cH = v128.not(f64x2.le(x, vb));
    const cM = v128.not(v128.or(cL, cH));
    v128.store(lows + (l << 3), v128.bitselect(x, sw, cL));
    v128.store(mids + (m << 3), v128.bitselect(x, sw, cM));
    v128.store(highs + (h << 3), v128.bitselect(x, sw, cH));
    if (mode != 0) {
      const q = mode == 1 ? pv : v128.load64_zero(pin + (<usize>i << 2));
      const qs = i8x16.shuffle(q, q, 4, 5, 6, 7, 0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15);
      // The 64-bit lane masks as 32-bit lanes 0 and 1.
      const qL = i8x16.shuffle(cL, cL, 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11);
      const qM = i8x16.shuffle(cM, cM, 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11);
      const qH = i8x16.shuffle(cH, cH, 0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11);
      v128.store64_lane(plo + (l << 2), v128.bitselect(q, qs, qL), 0);
      v128.store64_lane(pmid + (m << 2), v128.bitselect(q, qs, qM), 0);
      v128.store64_lane(phi + (h << 2), v128.bitselect(q, qs, qH), 0);
      pv = i32x4.add(pv, two);
    }
    nanv = v128.or(nanv, f64x2.ne(x, x));
    l += <usize>popcnt<u32>(i64x2.bitmask(cL));
    m += <usize>popcnt<u32>(i64x2.bitmask(cM));
    h += <usize>popcnt<u32>(i64x2.bitmask(cH));
  }
  let nan = i64x2.bitmask(nanv);
  for (; i < n; i++) {
    const x = load<f64>(v + (<usize>i << 3));
    const isL = <usize>(x < a);
    const isH = <usize>!(x <= b);
    store<f64>(lows + (l << 3), x);
    store<f64>(mids + (m << 3), x);
    store<f64>(highs + (h << 3), x);
    if (mode != 0) {
      const q = mode == 1 ? base + i : load<i32>(pin + (<usize>i << 2));
      store<i32>(plo + (l << 2), q);
      store<i32>(pmid + (m << 2), q);
      store<i32>(phi + (h << 2), q);
    }
    l += isL;
    h += isH;
    m += 1 - isL - isH;
    nan |= <i32>(x != x);
  }
  lowCount = <i32>l;
  midCount = <i32>m;
  highCount = <i32>h;
  anyNaN = nan;
}

/**
 * Split v[0..n) around a <= b (no NaN) into lows[], mids[], highs[] (each with room for
 * n + 1 values), positions into plo[] / pmid[] / phi[]: none for pos 0, base + i for pos 1,
 * pin[0..n) for pos 2. cnt[0..4) receives the counts of lows, mids, highs and whether a NaN
 * was met (as int32).
 */
export function part_split_f64(
  v: usize,
  n: i32,
  a: f64,
  b: f64,
  lows: usize,
  mids: usize,
  highs: usize,
  pos: i32,
  base: i32,
  plo: usize,
  pmid: usize,
  phi: usize,
  cnt: usize,
  pin: usize,
): void {
  if (pos == 0) classify(v, n, a, b, lows, mids, highs, 0, 0, 0, 0, 0, 0);
  else if (pos == 1) classify(v, n, a, b, lows, mids, highs, 1, base, 0, plo, pmid, phi);
  else classify(v, n, a, b, lows, mids, highs, 2, 0, pin, plo, pmid, phi);
  store<i32>(cnt, lowCount);
  store<i32>(cnt + 4, midCount);
  store<i32>(cnt + 8, highCount);
  store<i32>(cnt + 12, anyNaN);
}

// ---- part_select_f64: selection of a row in scratch ----

/** Work buffers of the current part_select_f64 call (three classes, their positions). */
let wL: usize = 0;
let wM: usize = 0;
let wH: usize = 0;
let wPL: usize = 0;
let wPM: usize = 0;
let wPH: usize = 0;
/** Bump stack for samples and medians (above the work buffers). */
let stack: usize = 0;

@inline function ld(v: usize, i: i32): f64 {
  return load<f64>(v + (<usize>i << 3));
}
@inline function st(v: usize, i: i32, x: f64): void {
  store<f64>(v + (<usize>i << 3), x);
}

/** Group v[lo..hi) (p along when p != 0) into < a, [a, b], > b; counts in the globals. */
function split(v: usize, p: usize, lo: i32, hi: i32, a: f64, b: f64): void {
  const r = hi - lo;
  const src = v + (<usize>lo << 3);
  const ps = p + (<usize>lo << 2);
  // Each class buffer starts half a page (mod 4096) away from the values read: when one
  // class takes nearly every value, its stores and the loads ahead of them would otherwise
  // share their low 12 address bits ("4K aliasing": a k near either end ran 5-10x slower).
  const L = halfPage(wL, src);
  const M = halfPage(wM, src);
  const H = halfPage(wH, src);
  if (p == 0) classify(src, r, a, b, L, M, H, 0, 0, 0, 0, 0, 0);
  else classify(src, r, a, b, L, M, H, 2, 0, ps, halfPage(wPL, ps), halfPage(wPM, ps), halfPage(wPH, ps));
  const l = lowCount;
  const m = midCount;
  memory.copy(src, L, <usize>l << 3);
  memory.copy(src + (<usize>l << 3), M, <usize>m << 3);
  memory.copy(src + (<usize>(l + m) << 3), H, <usize>(r - l - m) << 3);
  if (p != 0) {
    memory.copy(ps, halfPage(wPL, ps), <usize>l << 2);
    memory.copy(ps + (<usize>l << 2), halfPage(wPM, ps), <usize>m << 2);
    memory.copy(ps + (<usize>(l + m) << 2), halfPage(wPH, ps), <usize>(r - l - m) << 2);
  }
}

/** The address in [buf, buf + 4096) that is 2048 past `src` modulo 4096. */
@inline function halfPage(buf: usize, src: usize): usize {
  return buf + ((src + 2048 - buf) & 4095);
}

function insertion(v: usize, p: usize, lo: i32, hi: i32): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = ld(v, i);
    let j = i - 1;
    if (!(ld(v, j) > x)) continue;
    const y = p != 0 ? load<i32>(p + (<usize>i << 2)) : 0;
    while (j >= lo && ld(v, j) > x) {
      st(v, j + 1, ld(v, j));
      if (p != 0) store<i32>(p + (<usize>(j + 1) << 2), load<i32>(p + (<usize>j << 2)));
      j--;
    }
    st(v, j + 1, x);
    if (p != 0) store<i32>(p + (<usize>(j + 1) << 2), y);
  }
}

function median3(v: usize, i: i32, j: i32, k: i32): f64 {
  const a = ld(v, i);
  const b = ld(v, j);
  const c = ld(v, k);
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** Median of the medians of five of v[lo..hi) (a pivot with 30% or more on each side). */
function medianOfMedians(v: usize, p: usize, lo: i32, hi: i32): f64 {
  const g = (hi - lo) / 5;
  const meds = stack;
  stack += (<usize>g << 3) + 16;
  for (let i = 0; i < g; i++) {
    const s = lo + 5 * i;
    // Insertion sort of the five in place (the order inside the range is free).
    insertion(v, p, s, s + 5);
    st(meds, i, ld(v, s + 2));
  }
  selectOne(meds, 0, 0, g, g >> 1);
  const x = ld(meds, g >> 1);
  stack = meds;
  return x;
}

let pivotA: f64 = 0;
let pivotB: f64 = 0;

/** Pivots around k's rank from an evenly spaced sample of v[lo..hi) into pivotA / pivotB. */
function samplePivots(v: usize, lo: i32, hi: i32, k: i32): void {
  const r = hi - lo;
  const c = Math.cbrt(<f64>r);
  const s = min(16384, max(256, <i32>Math.round(0.5 * c * c)));
  const sample = stack;
  stack += (<usize>s << 3) + 16;
  const step = <f64>r / <f64>s;
  for (let j = 0; j < s; j++) st(sample, j, ld(v, lo + <i32>Math.floor((<f64>j + 0.5) * step)));
  const d = <i32>Math.ceil(1.5 * Math.sqrt(<f64>s));
  const at = <i32>Math.floor((<f64>(k - lo) / <f64>r) * <f64>s);
  const i1 = max(0, at - d);
  const i2 = min(s - 1, at + d);
  selectOne(sample, 0, 0, s, i1);
  if (i2 > i1) selectOne(sample, 0, i1 + 1, s, i2);
  pivotA = ld(sample, i1);
  pivotB = ld(sample, i2);
  stack = sample;
}

/** Place the k-th smallest of v[lo..hi) (no NaN) at v[k], p along when p != 0. */
function selectOne(v: usize, p: usize, lo: i32, hi: i32, k: i32): void {
  let slack = 4;
  while (hi - lo > SMALL) {
    const r = hi - lo;
    let a: f64;
    let b: f64;
    if (slack <= 0) {
      a = medianOfMedians(v, p, lo, hi);
      b = a;
    } else if (r >= SAMPLE_MIN) {
      samplePivots(v, lo, hi, k);
      a = pivotA;
      b = pivotB;
    } else {
      a = median3(v, lo, lo + (r >> 1), hi - 1);
      b = a;
    }
    split(v, p, lo, hi, a, b);
    const m0 = lo + lowCount;
    const m1 = m0 + midCount;
    if (k < m0) hi = m0;
    else if (k >= m1) lo = m1;
    else {
      if (a == b) return;
      lo = m0;
      hi = m1;
    }
    if (4 * (hi - lo) > 3 * r) slack--;
  }
  insertion(v, p, lo, hi);
}

function selectKs(v: usize, p: usize, lo: i32, hi: i32, ks: usize, ka: i32, kb: i32): void {
  if (ka > kb || hi - lo < 2) return;
  const m = (ka + kb) >> 1;
  const k = load<i32>(ks + (<usize>m << 2));
  selectOne(v, p, lo, hi, k);
  selectKs(v, p, lo, k, ks, ka, m - 1);
  selectKs(v, p, k + 1, hi, ks, m + 1, kb);
}

/**
 * Select each of `rows` consecutive rows of n values at v (positions at p along when p != 0;
 * gen != 0 writes each row's 0..n-1 there first) in place at the ascending distinct
 * ks[0..nk): NaNs first moved behind the other values (NumPy orders them last; ks at or past
 * the other values' count are then done). `work` holds 3 (n + 2) doubles, 3 (n + 2) int32,
 * six pages and a stack of n / 2 + 1024 doubles.
 */
export function part_select_f64(
  v: usize,
  p: usize,
  n: i32,
  rows: i32,
  gen: i32,
  ks: usize,
  nk: i32,
  work: usize,
): void {
  // Each buffer with a page of slack for halfPage.
  const cap = <usize>(n + 2);
  wL = work;
  wM = wL + (cap << 3) + 4096;
  wH = wM + (cap << 3) + 4096;
  wPL = wH + (cap << 3) + 4096;
  wPM = wPL + (cap << 2) + 4096;
  wPH = wPM + (cap << 2) + 4096;
  const stack0 = (wPH + (cap << 2) + 4096 + 15) & ~15;
  for (let r = 0; r < rows; r++) {
    stack = stack0;
    const rv = v + ((<usize>r * <usize>n) << 3);
    const rp = p == 0 ? 0 : p + ((<usize>r * <usize>n) << 2);
    if (gen != 0) for (let i = 0; i < n; i++) store<i32>(rp + (<usize>i << 2), i);
    selectRowKs(rv, rp, n, ks, nk);
  }
}

function selectRowKs(v: usize, p: usize, n: i32, ks: usize, nk: i32): void {
  // NaNs last: the non-NaN values keep their order, then the NaNs (and their positions).
  let real = n;
  for (let i = 0; i < n; i++) {
    if (ld(v, i) != ld(v, i)) {
      real = i;
      break;
    }
  }
  if (real < n) {
    let w = real;
    let q: i32 = 0;
    for (let i = real; i < n; i++) {
      const x = ld(v, i);
      if (x != x) {
        st(wL, q, x);
        if (p != 0) store<i32>(wPL + (<usize>q << 2), load<i32>(p + (<usize>i << 2)));
        q++;
      } else {
        st(v, w, x);
        if (p != 0) store<i32>(p + (<usize>w << 2), load<i32>(p + (<usize>i << 2)));
        w++;
      }
    }
    memory.copy(v + (<usize>w << 3), wL, <usize>q << 3);
    if (p != 0) memory.copy(p + (<usize>w << 2), wPL, <usize>q << 2);
    real = w;
  }
  let kb = nk - 1;
  while (kb >= 0 && load<i32>(ks + (<usize>kb << 2)) >= real) kb--;
  selectKs(v, p, 0, real, ks, 0, kb);
}

// ---- part_split_32: the first split of a long 4-byte row (float32, int32, uint32) ----

/**
 * Byte shuffles that move the int32 lanes of a 4-bit lane mask to the front, in order (the
 * other lanes after them): 16 rows of 16 bytes.
 */
const COMPACT = memory.data<u8>([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  4, 5, 6, 7, 0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15,
  0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7, 12, 13, 14, 15,
  4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 12, 13, 14, 15,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
  0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 8, 9, 10, 11,
  4, 5, 6, 7, 12, 13, 14, 15, 0, 1, 2, 3, 8, 9, 10, 11,
  0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 8, 9, 10, 11,
  8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7,
  0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 4, 5, 6, 7,
  4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
]);

/** part_split_32's loop for one element type (kind as assembly/sort32.ts keys). */
@inline function split32(
  v: usize,
  n: i32,
  kind: i32,
  a: u32,
  b: u32,
  lows: usize,
  mids: usize,
  highs: usize,
  cnt: usize,
): void {
  let l: usize = 0;
  let m: usize = 0;
  let h: usize = 0;
  const va = i32x4.splat(a);
  const vb = i32x4.splat(b);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = v128.load(v + (<usize>i << 2));
    const k = keys4(x, kind);
    const mL = i32x4.bitmask(i32x4.lt_u(k, va));
    const mH = i32x4.bitmask(i32x4.gt_u(k, vb));
    const mM = 15 & ~(mL | mH);
    v128.store(lows + (l << 2), i8x16.swizzle(x, v128.load(COMPACT + (<usize>mL << 4))));
    v128.store(mids + (m << 2), i8x16.swizzle(x, v128.load(COMPACT + (<usize>mM << 4))));
    v128.store(highs + (h << 2), i8x16.swizzle(x, v128.load(COMPACT + (<usize>mH << 4))));
    l += <usize>popcnt<u32>(mL);
    m += <usize>popcnt<u32>(mM);
    h += <usize>popcnt<u32>(mH);
  }
  for (; i < n; i++) {
    const x = load<u32>(v + (<usize>i << 2));
    const k = key1(x, kind);
    if (k < a) {
      store<u32>(lows + (l << 2), x);
      l++;
    } else if (k > b) {
      store<u32>(highs + (h << 2), x);
      h++;
    } else {
      store<u32>(mids + (m << 2), x);
      m++;
    }
  }
  store<i32>(cnt, <i32>l);
  store<i32>(cnt, <i32>m, 4);
  store<i32>(cnt, <i32>h, 8);
}

/**
 * Split the n 4-byte elements at v (kind: 0 float32, 1 int32, 2 uint32) around the keys
 * a <= b (assembly/sort32.ts: -0.0 as 0.0, NaN the largest key) without branches, four
 * lanes at a time: elements whose key is below a to lows, above b to highs, the rest to
 * mids, each as its own bits and in input order (each buffer needs room for 3 more);
 * the three counts to cnt[0..3).
 */
export function part_split_32(
  v: usize,
  n: i32,
  kind: i32,
  a: u32,
  b: u32,
  lows: usize,
  mids: usize,
  highs: usize,
  cnt: usize,
): void {
  if (kind == 0) split32(v, n, 0, a, b, lows, mids, highs, cnt);
  else if (kind == 1) split32(v, n, 1, a, b, lows, mids, highs, cnt);
  else split32(v, n, 2, a, b, lows, mids, highs, cnt);
}
