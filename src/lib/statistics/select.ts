/**
 * Order-statistic selection on typed arrays (the introselect behind NumPy's `partition`):
 * after `selectKth(v, lo, hi, k)`, `v[k]` holds the k-th smallest of `v[lo..hi]`, smaller or
 * equal values sit before it and larger or equal after. NaNs must have been moved out first
 * (see `moveNaNsLast`). Average O(n); a median-of-3 pivot with a fallback to a full sort of
 * the remaining range when the recursion degenerates keeps the worst case O(n log n).
 */

import { selectValuesInPlace } from '../../_core/sorting/partition.js';

export type Lane = Float64Array | BigInt64Array | BigUint64Array;

/** Sort `v[lo..hi]` in place (used by the degenerate-pivot fallback and tiny ranges). */
function sortRange(v: Lane, lo: number, hi: number): void {
  if (hi - lo < 24) {
    const f = v as Float64Array;
    for (let i = lo + 1; i <= hi; i++) {
      const x = f[i]!;
      let j = i - 1;
      while (j >= lo && f[j]! > x) {
        f[j + 1] = f[j]!;
        j--;
      }
      f[j + 1] = x;
    }
    return;
  }
  // Typed-array sort compares numerically (and bigints as bigints).
  (v.subarray(lo, hi + 1) as Float64Array).sort();
}

/** Place the k-th smallest of v[lo..hi] at v[k] (k in [lo, hi]); v holds no NaN. */
export function selectKth(v: Lane, lo: number, hi: number, k: number): void {
  const f = v as Float64Array; // same code for bigint lanes: only <, >, = are used.
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi > lo) {
    if (hi - lo < 16 || budget-- <= 0) {
      sortRange(v, lo, hi);
      return;
    }
    // Median of three as the pivot, moved to v[lo].
    const mid = (lo + hi) >>> 1;
    if (f[mid]! < f[lo]!) swap(f, mid, lo);
    if (f[hi]! < f[lo]!) swap(f, hi, lo);
    if (f[hi]! < f[mid]!) swap(f, hi, mid);
    swap(f, lo, mid);
    const p = f[lo]!;
    // Hoare partition around p.
    let i = lo;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (i <= hi && f[i]! < p);
      do j--;
      while (f[j]! > p);
      if (i >= j) break;
      swap(f, i, j);
    }
    swap(f, lo, j);
    if (j === k) return;
    if (k < j) hi = j - 1;
    else lo = j + 1;
  }
}

function swap(f: Float64Array, i: number, j: number): void {
  const t = f[i]!;
  f[i] = f[j]!;
  f[j] = t;
}

/**
 * Select every index of `ks` (sorted ascending, distinct, relative to `base`, all in [0, n))
 * in v[base..base+n): the middle one first, then the left and right groups within the two
 * sides, so m indexes cost O(n log m) rather than O(n m).
 */
export function selectMany(v: Lane, base: number, n: number, ks: readonly number[]): void {
  // Doubles: np.partition's selection (sampled pivots, wasm splits; 1e6 values ~10x faster).
  if (v instanceof Float64Array && n >= 256) {
    selectValuesInPlace(v, base, n, ks as number[]);
    return;
  }
  selectGroup(v as Float64Array, base, ks, 0, ks.length - 1, base, base + n - 1);
}

/** Select ks[a..b] (relative to base) within v[lo..hi]. Bigint lanes use the same comparisons. */
function selectGroup(
  f: Float64Array,
  base: number,
  ks: readonly number[],
  a: number,
  b: number,
  lo: number,
  hi: number,
): void {
  if (a > b) return;
  const m = (a + b) >>> 1;
  const k = base + ks[m]!;
  selectKth(f, lo, hi, k);
  let a1 = m - 1;
  let b0 = m + 1;
  // A neighbour of k is the max of the left side / the min of the right side: one scan.
  if (a1 >= a && base + ks[a1]! === k - 1) {
    let best = lo;
    for (let i = lo + 1; i < k; i++) if (f[i]! > f[best]!) best = i;
    swap(f, best, k - 1);
    a1--;
    selectGroup(f, base, ks, a, a1, lo, k - 2);
  } else selectGroup(f, base, ks, a, a1, lo, k - 1);
  if (b0 <= b && base + ks[b0]! === k + 1) {
    let best = k + 1;
    for (let i = k + 2; i <= hi; i++) if (f[i]! < f[best]!) best = i;
    swap(f, best, k + 1);
    b0++;
    selectGroup(f, base, ks, b0, b, k + 2, hi);
  } else selectGroup(f, base, ks, b0, b, k + 1, hi);
}

/** `ks` sorted ascending without duplicates (what selectMany takes). */
export function sortedUnique(ks: readonly number[]): number[] {
  return [...new Set(ks)].sort((x, y) => x - y);
}

/**
 * Compact the non-NaN values of v[base..base+n) to the front (order not kept) and return
 * their count. Integer lanes never hold NaN.
 */
export function moveNaNsLast(v: Lane, base: number, n: number): number {
  if (!(v instanceof Float64Array)) return n;
  let w = base;
  const end = base + n;
  for (let i = base; i < end; i++) {
    const x = v[i]!;
    if (!Number.isNaN(x)) v[w++] = x;
  }
  for (let i = w; i < end; i++) v[i] = Number.NaN;
  return w - base;
}

/** NumPy's complex sort order (npysort's CLT): lexicographic, NaNs of either part last. */
export function complexLess(ar: number, ai: number, br: number, bi: number): boolean {
  const nan = Number.isNaN;
  if (ar < br) return !nan(ai) || nan(bi);
  if (ar > br) return nan(bi) && !nan(ai);
  if (ar === br || (nan(ar) && nan(br))) return ai < bi || (nan(bi) && !nan(ai));
  return nan(br);
}
