/** Float64 views of arrays for the typed-array loops of this folder. */
import { float64 } from '../../_core/dtype.js';
import type { NDArray } from '../../_core/ndarray.js';

/** The elements of `a` in C order as float64: a view when `a` already is that, else a copy. */
export function f64data(a: NDArray): Float64Array {
  const c =
    a.dtype === float64 && a.flags.c_contiguous && a.isAligned
      ? a
      : a.astype(float64, { order: 'C' });
  return (c.data as Float64Array).subarray(c.offset / 8, c.offset / 8 + c.size);
}
