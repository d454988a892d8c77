/**
 * Selection on a Float64Array without NaNs (np.partition / np.argpartition, partition.ts):
 * after `selectKs`, each v[k] of the listed ks holds the value a sort would put there, with
 * smaller-or-equal values before it and larger-or-equal after; an int32 payload (argpartition's
 * positions) moves along when given.
 *
 * Each step is one three-way pass around two pivots (v < lo, lo <= v <= hi, v > hi). Long
 * ranges take the pivots from a sample around k's rank (Floyd and Rivest), so the first pass
 * leaves a few percent of the values to look at; short ones take the median of three as both
 * pivots. The pass writes the outer classes to a buffer instead of swapping in place: a
 * quickselect's swaps mispredict on half the values (a median-of-3 introselect over 1e6
 * random doubles took 16 ms, the sampled pass 2 ms). Steps that shrink the range badly too
 * often switch to median-of-medians pivots, so the worst case stays O(n).
 */

/** Ranges at most this long are insertion sorted. */
const SMALL = 24;
/** Ranges at least this long take their pivots from a sample. */
const SAMPLE_MIN = 2048;

/** Sizes of the lower and middle classes of the last `split` (the upper one is the rest). */
let lowCount = 0;
let midCount = 0;

/**
 * Group v[lo..hi) (and p along) into values < a, values in [a, b], values > b, in that
 * order; the counts go to lowCount / midCount. tmp (and pt) hold at least hi - lo values.
 */
function split(
  v: Float64Array,
  p: Int32Array | null,
  lo: number,
  hi: number,
  a: number,
  b: number,
  tmp: Float64Array,
  pt: Int32Array | null,
): void {
  let l = 0;
  let h = hi - lo - 1;
  let m = lo;
  if (p === null) {
    for (let i = lo; i < hi; i++) {
      const x = v[i]!;
      if (x < a) tmp[l++] = x;
      else if (x > b) tmp[h--] = x;
      else v[m++] = x;
    }
  } else {
    const q = pt!;
    for (let i = lo; i < hi; i++) {
      const x = v[i]!;
      if (x < a) {
        q[l] = p[i]!;
        tmp[l++] = x;
      } else if (x > b) {
        q[h] = p[i]!;
        tmp[h--] = x;
      } else {
        p[m] = p[i]!;
        v[m++] = x;
      }
    }
  }
  const mids = m - lo;
  // The middle class moves up past the lower one; both outer classes come back from tmp
  // (the upper one already at its offset: l + mids + uppers = hi - lo).
  if (l > 0 && mids > 0) {
    v.copyWithin(lo + l, lo, m);
    if (p !== null) p.copyWithin(lo + l, lo, m);
  }
  v.set(tmp.subarray(0, l), lo);
  v.set(tmp.subarray(h + 1, hi - lo), lo + h + 1);
  if (p !== null) {
    p.set(pt!.subarray(0, l), lo);
    p.set(pt!.subarray(h + 1, hi - lo), lo + h + 1);
  }
  lowCount = l;
  midCount = mids;
}

/** Insertion sort of v[lo..hi) (p along). */
function insertion(v: Float64Array, p: Int32Array | null, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = v[i]!;
    let j = i - 1;
    if (!(v[j]! > x)) continue;
    const y = p === null ? 0 : p[i]!;
    while (j >= lo && v[j]! > x) {
      v[j + 1] = v[j]!;
      if (p !== null) p[j + 1] = p[j]!;
      j--;
    }
    v[j + 1] = x;
    if (p !== null) p[j + 1] = y;
  }
}

/** Median of v[i], v[j], v[k]. */
function median3(v: Float64Array, i: number, j: number, k: number): number {
  const a = v[i]!;
  const b = v[j]!;
  const c = v[k]!;
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** Median of v[i..i+5) (sorted in five locals). */
function median5(v: Float64Array, i: number): number {
  const w = [v[i]!, v[i + 1]!, v[i + 2]!, v[i + 3]!, v[i + 4]!];
  for (let s = 1; s < 5; s++) {
    const x = w[s]!;
    let t = s - 1;
    while (t >= 0 && w[t]! > x) {
      w[t + 1] = w[t]!;
      t--;
    }
    w[t + 1] = x;
  }
  return w[2]!;
}

/** Median of the medians of five of v[lo..hi): a pivot with at least 30% on each side. */
function medianOfMedians(v: Float64Array, lo: number, hi: number): number {
  const g = Math.floor((hi - lo) / 5);
  const meds = new Float64Array(g);
  for (let i = 0; i < g; i++) meds[i] = median5(v, lo + 5 * i);
  const k = g >> 1;
  selectOne(meds, null, 0, g, k, new Float64Array(g), null);
  return meds[k]!;
}

/** The pivots chosen by the last `samplePivots`: [low, high]. */
export const pivots = new Float64Array(2);

/**
 * The two pivots of a long range from a sample of v[lo..hi) (evenly spaced, so sorted and
 * reversed inputs sample exactly) into `pivots`: ranks around k's rank, wide enough that
 * k's value almost always lies between them (`single`: both the sample's value at k's rank).
 * False when the sample holds a NaN.
 */
export function samplePivots(
  v: Float64Array,
  lo: number,
  hi: number,
  k: number,
  tmp: Float64Array,
  single = false,
): boolean {
  const r = hi - lo;
  const s = Math.min(16384, Math.max(256, Math.round(0.5 * r ** (2 / 3))));
  const sample = new Float64Array(s);
  const step = r / s;
  for (let j = 0; j < s; j++) {
    const x = v[lo + Math.floor((j + 0.5) * step)]!;
    if (Number.isNaN(x)) return false;
    sample[j] = x;
  }
  const d = single ? 0 : Math.ceil(1.5 * Math.sqrt(s));
  const at = Math.floor(((k - lo) / r) * s);
  const i1 = Math.max(0, at - d);
  const i2 = Math.min(s - 1, at + d);
  selectOne(sample, null, 0, s, i1, tmp, null);
  if (i2 > i1) selectOne(sample, null, i1 + 1, s, i2, tmp, null);
  pivots[0] = sample[i1]!;
  pivots[1] = sample[i2]!;
  return true;
}

/** Place the k-th smallest of v[lo..hi) at v[k] (k in [lo, hi)), p along. */
function selectOne(
  v: Float64Array,
  p: Int32Array | null,
  lo: number,
  hi: number,
  k: number,
  tmp: Float64Array,
  pt: Int32Array | null,
): void {
  // Steps allowed to keep more than 3/4 of their range before median-of-medians pivots.
  let slack = 4;
  while (hi - lo > SMALL) {
    const r = hi - lo;
    let a: number;
    let b: number;
    if (slack <= 0) {
      a = medianOfMedians(v, lo, hi);
      b = a;
    } else if (r >= SAMPLE_MIN) {
      samplePivots(v, lo, hi, k, tmp);
      a = pivots[0]!;
      b = pivots[1]!;
    } else {
      a = median3(v, lo, lo + (r >> 1), hi - 1);
      b = a;
    }
    split(v, p, lo, hi, a, b, tmp, pt);
    const m0 = lo + lowCount;
    const m1 = m0 + midCount;
    if (k < m0) hi = m0;
    else if (k >= m1) lo = m1;
    else {
      // Every middle value equals the pivot: done.
      if (a === b) return;
      lo = m0;
      hi = m1;
    }
    if (4 * (hi - lo) > 3 * r) slack--;
  }
  insertion(v, p, lo, hi);
}

/**
 * Select every position of ks[ka..kb] (ascending, distinct, within [lo, hi)) in v[lo..hi),
 * p along: the middle one first, then each half's within its side, O(n log m) for m ks.
 */
export function selectKs(
  v: Float64Array,
  p: Int32Array | null,
  lo: number,
  hi: number,
  ks: readonly number[],
  ka: number,
  kb: number,
  tmp: Float64Array,
  pt: Int32Array | null,
): void {
  if (ka > kb || hi - lo < 2) return;
  const m = (ka + kb) >> 1;
  const k = ks[m]!;
  selectOne(v, p, lo, hi, k, tmp, pt);
  selectKs(v, p, lo, k, ks, ka, m - 1, tmp, pt);
  selectKs(v, p, k + 1, hi, ks, m + 1, kb, tmp, pt);
}
