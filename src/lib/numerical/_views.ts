/**
 * Views used by the difference routines: a slice `[start:stop]` along one axis without
 * going through index parsing (so the hot loops stay cheap).
 */
import { NDArray } from '../../_core/ndarray.js';

/** `a[..., start:stop, ...]` along `axis` (0 <= start <= stop <= shape[axis]). */
export function axisSlice(a: NDArray, axis: number, start: number, stop: number): NDArray {
  const shape = a.dims.slice();
  const n = Math.max(0, stop - start);
  shape[axis] = n;
  const off = n > 0 ? a.offset + start * a.steps[axis]! : a.offset;
  return a.viewWith(shape, a.steps, off);
}

/** `a[..., i, ...]` along `axis`: the axis dropped. */
export function axisIndex(a: NDArray, axis: number, i: number): NDArray {
  const shape = a.dims.slice();
  const strides = a.steps.slice();
  shape.splice(axis, 1);
  strides.splice(axis, 1);
  return a.viewWith(shape, strides, a.offset + i * a.steps[axis]!);
}

/** A JS value as NumPy's `np.ndim` sees it: 0 for scalars, the array's ndim otherwise. */
export function isScalarLike(v: unknown): boolean {
  if (v instanceof NDArray) return v.ndim === 0;
  return !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/**
 * A C-contiguous shape seen as [before, n, inner] around `axis`: the element (b, i, j) is
 * at b*n*inner + i*inner + j, so loops over j are contiguous.
 */
export function axisLayout(shape: readonly number[], axis: number): [number, number, number] {
  let before = 1;
  for (let i = 0; i < axis; i++) before *= shape[i]!;
  let inner = 1;
  for (let i = axis + 1; i < shape.length; i++) inner *= shape[i]!;
  return [before, shape[axis]!, inner];
}
