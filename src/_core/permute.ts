/**
 * The array-API spellings of transposition: `np.permute_dims` (NumPy's alias of
 * transpose) and `np.matrix_transpose` (swap the last two axes), both views.
 */
import type { DTypeKey } from './dtype.js';
import { ValueError } from './errors.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { toArray } from './multiarray/array.js';
import type { NDArray } from './ndarray.js';
import { swapaxes, transpose } from './shape.js';

/** `np.permute_dims(a, axes=None)`: `np.transpose` under its array-API name. */
export function permute_dims<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  axes?: readonly number[] | null | { axes?: readonly number[] | null },
): NDArray<K>;
export function permute_dims(...args: unknown[]): NDArray {
  const o = bindArgs('permute_dims', ['a', 'axes'], args);
  missingPositional('permute_dims', o, ['a']);
  return transpose(toArray(o.a), (o.axes ?? null) as readonly number[] | null);
}

/** `np.matrix_transpose(x)`: the last two axes swapped (a view); x must be at least 2-d. */
export function matrix_transpose<K extends DTypeKey>(x: NDArray<K> | unknown): NDArray<K>;
export function matrix_transpose(x: unknown): NDArray {
  const a = toArray(x);
  if (a.ndim < 2)
    throw new ValueError(`Input array must be at least 2-dimensional, but it is ${a.ndim}`);
  return swapaxes(a, -1, -2);
}
