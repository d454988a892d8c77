/**
 * Reversing and rotating views: `np.flip` (numpy/lib/_function_base_impl.py),
 * `np.fliplr`, `np.flipud` (_twodim_base_impl.py) and `np.rot90`. All are views.
 */
import type { DTypeKey } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import type { IndexItem } from '../_core/indexing.js';
import { scalarOr } from '../_core/item_selection/take.js';
import { bindArgs, missingPositional, toIndex } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { normalizeAxisTuple } from '../_core/shape/args.js';
import { transpose } from '../_core/shape.js';

/** `np.flip(m, axis=None)`: a view with the order of elements reversed along the axes (all by default). */
export function flip<K extends DTypeKey>(
  m: NDArray<K> | unknown,
  axis?: number | readonly number[] | null | { axis?: number | readonly number[] | null },
  opts?: { axis?: number | readonly number[] | null },
): NDArray<K>;
export function flip(...args: unknown[]): any {
  const o = bindArgs('flip', ['m', 'axis'], args);
  missingPositional('flip', o, ['m']);
  const a = toArray(o.m);
  const idx: IndexItem[] = new Array(a.ndim).fill(
    o.axis === undefined || o.axis === null ? '::-1' : ':',
  );
  if (o.axis !== undefined && o.axis !== null) {
    for (const ax of normalizeAxisTuple(o.axis, a.ndim)) idx[ax] = '::-1';
  }
  // NumPy's m[()] on a 0-d array is a scalar.
  return a.ndim === 0 ? scalarOr(a) : a.get(...idx);
}

/** `np.fliplr(m)`: reverse the columns (axis 1) of an array of at least 2 dimensions. */
export function fliplr<K extends DTypeKey>(m: NDArray<K> | unknown): NDArray<K>;
export function fliplr(m: unknown): NDArray {
  const a = toArray(m);
  if (a.ndim < 2) throw new ValueError('Input must be >= 2-d.');
  return a.get(':', '::-1');
}

/** `np.flipud(m)`: reverse the rows (axis 0) of an array of at least 1 dimension. */
export function flipud<K extends DTypeKey>(m: NDArray<K> | unknown): NDArray<K>;
export function flipud(m: unknown): NDArray {
  const a = toArray(m);
  if (a.ndim < 1) throw new ValueError('Input must be >= 1-d.');
  return a.get('::-1', '...');
}

/** Python's repr of a tuple of ints: `(0, 5)`. */
function tupleRepr(t: readonly number[]): string {
  return t.length === 1 ? `(${t[0]},)` : `(${t.join(', ')})`;
}

/**
 * `np.rot90(m, k=1, axes=(0, 1))`: a view rotated by 90° k times in the plane of
 * `axes`, from the first towards the second.
 */
export function rot90<K extends DTypeKey>(
  m: NDArray<K> | unknown,
  k?: number | { k?: number; axes?: readonly number[] },
  axes?: readonly number[] | { axes?: readonly number[] },
  opts?: { k?: number; axes?: readonly number[] },
): NDArray<K>;
export function rot90(...args: unknown[]): NDArray {
  const o = bindArgs('rot90', ['m', 'k', 'axes'], args);
  missingPositional('rot90', o, ['m']);
  const ax = ((o.axes ?? [0, 1]) as unknown[]).map(toIndex);
  if (ax.length !== 2) throw new ValueError('len(axes) must be 2.');
  const a = toArray(o.m);
  const nd = a.ndim;
  const [a0, a1] = ax as [number, number];
  if (a0 === a1 || Math.abs(a0 - a1) === nd) throw new ValueError('Axes must be different.');
  if (a0 >= nd || a0 < -nd || a1 >= nd || a1 < -nd) {
    throw new ValueError(`Axes=${tupleRepr(ax)} out of range for array of ndim=${nd}.`);
  }
  const k = (((o.k === undefined ? 1 : toIndex(o.k)) % 4) + 4) % 4;
  if (k === 0) return a.get('...');
  if (k === 2) return flip(flip(a, a0), a1);
  const perm = Array.from({ length: nd }, (_, i) => i);
  const p0 = a0 < 0 ? a0 + nd : a0;
  const p1 = a1 < 0 ? a1 + nd : a1;
  [perm[p0], perm[p1]] = [perm[p1]!, perm[p0]!];
  return k === 1 ? transpose(flip(a, a1), perm) : flip(transpose(a, perm), a1);
}
