/**
 * Moving elements between two arrays of the same dtype by explicit byte offsets:
 * the inner loop of advanced indexing (gather for get, scatter for set).
 */
import type { NDArray } from '../ndarray.js';

/** `to[toOffs[i]] = from[fromOffs[i]]` for every i, in order (so a later write wins). */
export function moveElements(
  from: NDArray,
  fromOffs: Float64Array,
  to: NDArray,
  toOffs: Float64Array,
): void {
  const n = fromOffs.length;
  if (from.isAligned && to.isAligned) {
    const unit = to.dtype.storageBytes;
    const lanes = to.dtype.lanes;
    // Same storage type on both sides; the cast only quiets the union of typed arrays.
    const s = from.data as Float64Array;
    const d = to.data as Float64Array;
    if (lanes === 1) {
      for (let i = 0; i < n; i++) d[toOffs[i]! / unit] = s[fromOffs[i]! / unit]!;
    } else {
      for (let i = 0; i < n; i++) {
        const si = fromOffs[i]! / unit;
        const di = toOffs[i]! / unit;
        for (let l = 0; l < lanes; l++) d[di + l] = s[si + l]!;
      }
    }
    return;
  }
  const size = to.itemsize;
  const s = new Uint8Array(from.buffer as ArrayBuffer);
  const d = new Uint8Array(to.buffer as ArrayBuffer);
  for (let i = 0; i < n; i++) d.set(s.subarray(fromOffs[i]!, fromOffs[i]! + size), toOffs[i]!);
}
