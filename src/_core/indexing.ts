/**
 * Indexing (API.md §5): `a.get(...index)` is `a[index]`, `a.set(...index, value)`
 * is `a[index] = value`. Parsing lives in indexing/parse.ts, geometry in
 * indexing/prepare.ts, advanced indexing in indexing/fancy.ts.
 */
import type { DTypeKey } from './dtype.js';
import { fromPython, writeElement } from './elements.js';
import { assignElement, assignToView } from './indexing/assign.js';
import { fancyGet, fancyGetFast, fancySet, fancySetFast } from './indexing/fancy.js';
import type { IndexItem } from './indexing/parse.js';
import { type PreparedIndex, prepareIndex } from './indexing/prepare.js';
import type { NDArray } from './ndarray.js';

export type { IndexItem } from './indexing/parse.js';
export { Slice, slice } from './indexing/slice.js';

/** `np.newaxis` is `null`, as NumPy's is `None`. */
export const newaxis = null;

/** The view a basic index selects. */
function basicView<K extends DTypeKey>(a: NDArray<K>, prep: PreparedIndex): NDArray<K> {
  const shape = prep.axes.map((ax) => ax.size);
  const strides = prep.axes.map((ax) => ax.stride);
  return a.viewWith(shape, strides, prep.offset);
}

/**
 * `a[i, j, ...]` with in-range integers only (the loop `a.get(i)` of ported code): the view
 * straight from the strides, or null for anything else (the general path then parses it and
 * raises NumPy's error for a bad index).
 */
function integerView<K extends DTypeKey>(
  a: NDArray<K>,
  items: readonly IndexItem[],
): NDArray<K> | null {
  const n = items.length;
  const shape = a.dims;
  if (n > shape.length) return null;
  const strides = a.steps;
  let off = a.offset;
  for (let ax = 0; ax < n; ax++) {
    let i = items[ax];
    if (typeof i !== 'number' || !Number.isInteger(i)) return null;
    const size = shape[ax]!;
    if (i < 0) i += size;
    if (i < 0 || i >= size) return null;
    off += i * strides[ax]!;
  }
  return a.viewWith(shape.slice(n), strides.slice(n), off);
}

/** `a[index]`: a view for basic indices, a copy for advanced ones. */
export function getItem<K extends DTypeKey>(
  a: NDArray<K>,
  items: readonly IndexItem[],
): NDArray<K> {
  const view = integerView(a, items);
  if (view !== null) return view;
  const fast = fancyGetFast(a, items);
  if (fast !== null) return fast as NDArray<K>;
  const prep = prepareIndex(a, items);
  return prep.fancy ? (fancyGet(a, prep) as NDArray<K>) : basicView(a, prep);
}

/** `a[index] = value`, broadcasting and casting the value as NumPy does. */
export function setItem(a: NDArray, items: readonly IndexItem[], value: unknown): void {
  // One element from a JS number (`a[i, j] = x` in a loop): the index's errors first, as
  // NumPy's, then the value converted as `a.fill(x)` converts it, written in place.
  const t = typeof value;
  if (
    items.length === a.ndim &&
    (t === 'number' || t === 'boolean' || t === 'bigint') &&
    a.dtype.isNumeric &&
    items.every((i) => typeof i === 'number')
  ) {
    const off = a.offsetOf(items as number[]);
    writeElement(a.dataView, off, a.dtype, fromPython(value, a.dtype));
    return;
  }
  if (fancySetFast(a, items, value)) return;
  const prep = prepareIndex(a, items);
  if (prep.fancy) fancySet(a, prep, value);
  else if (prep.scalar) assignElement(basicView(a, prep), value);
  else assignToView(basicView(a, prep), value);
}
