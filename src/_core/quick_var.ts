/**
 * `np.var(a)` / `np.std(a)` of a C-contiguous float64 array in two passes over its data,
 * with NumPy's `_var` arithmetic (numpy/_core/_methods.py) and so its bits: mean = sum / n,
 * then the pairwise sum of (x - mean)², then / n. NumPy forms the deviations in a temporary
 * array and sums it with its pairwise summation; `pairwiseSqDev` runs the same pairwise
 * recursion on each (x - mean)² as it is formed, without the temporary.
 */
import * as K from './kernels/index.js';
import type { NDArray } from './ndarray.js';

/** Sum of (a[i] - m)² over a[lo .. lo+n), split and accumulated as NumPy's pairwise sum. */
function pairwiseSqDev(a: Float64Array, m: number, lo: number, n: number): number {
  if (n < 8) {
    let res = -0.0;
    for (let i = lo; i < lo + n; i++) {
      const d = a[i]! - m;
      res += d * d;
    }
    return res;
  }
  if (n <= 128) {
    let d = a[lo]! - m;
    let r0 = d * d;
    d = a[lo + 1]! - m;
    let r1 = d * d;
    d = a[lo + 2]! - m;
    let r2 = d * d;
    d = a[lo + 3]! - m;
    let r3 = d * d;
    d = a[lo + 4]! - m;
    let r4 = d * d;
    d = a[lo + 5]! - m;
    let r5 = d * d;
    d = a[lo + 6]! - m;
    let r6 = d * d;
    d = a[lo + 7]! - m;
    let r7 = d * d;
    const end = lo + n - (n % 8);
    let i = lo + 8;
    for (; i < end; i += 8) {
      d = a[i]! - m;
      r0 += d * d;
      d = a[i + 1]! - m;
      r1 += d * d;
      d = a[i + 2]! - m;
      r2 += d * d;
      d = a[i + 3]! - m;
      r3 += d * d;
      d = a[i + 4]! - m;
      r4 += d * d;
      d = a[i + 5]! - m;
      r5 += d * d;
      d = a[i + 6]! - m;
      r6 += d * d;
      d = a[i + 7]! - m;
      r7 += d * d;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < lo + n; i++) {
      d = a[i]! - m;
      res += d * d;
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSqDev(a, m, lo, n2) + pairwiseSqDev(a, m, lo + n2, n - n2);
}

/**
 * The population variance (ddof 0) of a non-empty C-contiguous aligned float64 array, or
 * undefined for anything else or a non-finite step (the general path then reports NumPy's
 * floating-point warnings).
 */
export function quickVarF64(a: NDArray): number | undefined {
  const dt = a.dtype;
  if (dt.kind !== 'f' || dt.itemsize !== 8 || !a.isCContig || !a.isAligned) return undefined;
  const n = a.size;
  if (n === 0) return undefined;
  const start = a.offset / 8;
  const data = (a.data as Float64Array).subarray(start, start + n);
  const mean = K.sumF64(data) / n;
  if (!Number.isFinite(mean)) return undefined;
  const v = (0 + pairwiseSqDev(data, mean, 0, n)) / n;
  return Number.isFinite(v) ? v : undefined;
}
