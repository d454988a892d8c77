/**
 * Indexing (API.md §5): `a.get(...index)` is `a[index]`, `a.set(...index, value)`
 * is `a[index] = value`. Parsing lives in indexing/parse.ts, geometry in
 * indexing/prepare.ts, advanced indexing in indexing/fancy.ts.
 */
import type { DTypeKey } from './dtype.js';
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

/** `a[index]`: a view for basic indices, a copy for advanced ones. */
export function getItem<K extends DTypeKey>(
  a: NDArray<K>,
  items: readonly IndexItem[],
): NDArray<K> {
  const fast = fancyGetFast(a, items);
  if (fast !== null) return fast as NDArray<K>;
  const prep = prepareIndex(a, items);
  return prep.fancy ? (fancyGet(a, prep) as NDArray<K>) : basicView(a, prep);
}

/** `a[index] = value`, broadcasting and casting the value as NumPy does. */
export function setItem(a: NDArray, items: readonly IndexItem[], value: unknown): void {
  if (fancySetFast(a, items, value)) return;
  const prep = prepareIndex(a, items);
  if (prep.fancy) fancySet(a, prep, value);
  else if (prep.scalar) assignElement(basicView(a, prep), value);
  else assignToView(basicView(a, prep), value);
}
