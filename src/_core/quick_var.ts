/**
 * `np.var(a)` / `np.std(a)` of a C-contiguous float64 array in two passes over its data,
 * with NumPy's `_var` arithmetic (numpy/_core/_methods.py) and so its bits: mean = sum / n,
 * then the pairwise sum of (x - mean)², then / n. NumPy forms the deviations in a temporary
 * array and sums it with its pairwise summation; `K.pairwiseSqDevF64` runs the same pairwise
 * recursion on each (x - mean)² as it is formed, without the temporary (SIMD for long arrays).
 */
import * as K from './kernels/index.js';
import type { NDArray } from './ndarray.js';

/**
 * The variance (sum of squared deviations / (n - ddof)) of a non-empty C-contiguous aligned
 * float64 array, or undefined for anything else, no degrees of freedom left, or a non-finite
 * step (the general path then reports NumPy's warnings).
 */
export function quickVarF64(a: NDArray, ddof = 0): number | undefined {
  const dt = a.dtype;
  if (dt.kind !== 'f' || dt.itemsize !== 8 || !a.isCContig || !a.isAligned) return undefined;
  const n = a.size;
  if (n === 0 || !(n - ddof > 0)) return undefined;
  const start = a.offset / 8;
  const data = (a.data as Float64Array).subarray(start, start + n);
  const mean = K.sumF64(data) / n;
  if (!Number.isFinite(mean)) return undefined;
  const v = (0 + K.pairwiseSqDevF64(data, mean)) / (n - ddof);
  return Number.isFinite(v) ? v : undefined;
}
