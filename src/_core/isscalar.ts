/**
 * `np.isscalar` (numpy/_core/numeric.py) for JS values.
 */
import { Complex } from './complex.js';

/**
 * `np.isscalar(element)`: whether `element` is a scalar. The JS values that stand for
 * Python scalars (API.md §2) are scalars: number, bigint, boolean, string and
 * `np.Complex`. Every NDArray is not, including 0-d ones and the strong scalars
 * `np.float64(x)` (which are 0-d arrays in numtype, where NumPy's `np.float64(x)` is a
 * scalar and gives True). Arrays, typed arrays (also Uint8Array, which stands for Python
 * bytes only as an element), null (None) and other objects are not scalars.
 * @example np.isscalar(3.1) // true; np.isscalar([3.1]) // false
 */
export function isscalar(element: unknown): boolean {
  const t = typeof element;
  return (
    t === 'number' ||
    t === 'bigint' ||
    t === 'boolean' ||
    t === 'string' ||
    element instanceof Complex
  );
}
