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
  return varOfRun((a.data as Float64Array).subarray(start, start + n), ddof);
}

/**
 * The variance of every run of the last axis of a C-contiguous aligned float64 array with at
 * least one element per run and more than `ddof`, into `out` (one per run, C order) — NumPy's
 * var over the last axis reduces each contiguous row with the same pairwise sums as a 1-d
 * array. False (out partly written) for anything else or a non-finite step.
 */
export function quickVarRowsF64(a: NDArray, ddof: number, out: Float64Array): boolean {
  const dt = a.dtype;
  if (dt.kind !== 'f' || dt.itemsize !== 8 || !a.isCContig || !a.isAligned || a.ndim === 0)
    return false;
  const n = a.dims[a.ndim - 1]!;
  if (n === 0 || !(n - ddof > 0) || out.length * n !== a.size) return false;
  const x = a.data as Float64Array;
  for (let r = 0, at = a.offset / 8; r < out.length; r++, at += n) {
    const v = varOfRun(x.subarray(at, at + n), ddof);
    if (v === undefined) return false;
    out[r] = v;
  }
  return true;
}

/** mean = pairwise sum / n, then the pairwise sum of (x - mean)² / (n - ddof); undefined if not finite. */
function varOfRun(data: Float64Array, ddof: number): number | undefined {
  const n = data.length;
  const mean = K.sumF64(data) / n;
  if (!Number.isFinite(mean)) return undefined;
  const v = (0 + K.pairwiseSqDevF64(data, mean)) / (n - ddof);
  return Number.isFinite(v) ? v : undefined;
}
