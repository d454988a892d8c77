/**
 * `np.indices(dimensions, dtype=int, sparse=False)` (numpy/_core/numeric.py): a grid
 * of index values, dense (one stacked array) or sparse (broadcastable aranges).
 */
import { type DTypeLike, int64, dtype as toDType } from './dtype.js';
import { bindArgs, missingPositional, toIndex } from './multiarray/args.js';
import { arange } from './multiarray/creation.js';
import { NDArray } from './ndarray.js';

export interface IndicesOptions {
  dtype?: DTypeLike;
  sparse?: boolean;
}

/** `np.indices(dimensions, dtype=int, sparse=False)`: a (N, *dims) array, or N arrays when sparse. */
export function indices(
  dimensions: readonly number[],
  dtype?: DTypeLike | IndicesOptions,
  sparse?: boolean | IndicesOptions,
  opts?: IndicesOptions,
): any;
export function indices(...args: unknown[]): NDArray | NDArray[] {
  const o = bindArgs('indices', ['dimensions', 'dtype', 'sparse'], args);
  missingPositional('indices', o, ['dimensions']);
  const dims = (o.dimensions as unknown[]).map(toIndex);
  const dt = o.dtype === undefined ? int64 : toDType(o.dtype as DTypeLike);
  const N = dims.length;
  const res: NDArray[] = [];
  const dense = o.sparse ? null : NDArray.zeros([N, ...dims], dt);
  dims.forEach((dim, i) => {
    const shape = new Array<number>(N).fill(1);
    shape[i] = dim;
    const idx = arange(dim, { dtype: dt }).reshape(shape);
    if (dense) dense.set(i, idx);
    else res.push(idx);
  });
  return dense ?? res;
}
