/**
 * Contiguous typed views for the tight loops: NumPy's `PyArray_ContiguousFromAny(obj,
 * NPY_DOUBLE / NPY_CDOUBLE)` without copying when the array already fits.
 */
import { complex128, type DType, float64 } from '../../_core/dtype.js';
import { asarray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';

/** `a` as a C-contiguous, aligned array of `dt` (a view when it already is one). */
export function contiguousOf(a: unknown, dt: DType): NDArray {
  const arr = asarray(a, { dtype: dt as never });
  if (arr.flags.c_contiguous && arr.isAligned) return arr;
  return arr.copy();
}

/** The elements of a C-contiguous aligned float64 / complex128 array as a typed array view. */
export function f64View(a: NDArray): Float64Array {
  const lanes = a.dtype === complex128 ? 2 : 1;
  return new Float64Array(a.buffer as ArrayBuffer, a.offset, a.size * lanes);
}

export { complex128, float64 };
