/**
 * `np.meshgrid(*xi, copy=True, sparse=False, indexing='xy')`
 * (numpy/lib/_function_base_impl.py): coordinate arrays from coordinate vectors.
 */
import { unexpectedKeyword, ValueError } from '../_core/errors.js';
import { isOptions } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { broadcast_shapes } from './stride_tricks.js';

export interface MeshgridOptions {
  copy?: boolean;
  sparse?: boolean;
  indexing?: 'xy' | 'ij';
}

const KEYS = ['copy', 'sparse', 'indexing'];

/**
 * NumPy's broadcast_arrays: an array already of the common shape comes back as is;
 * the others become views through nditer, which gives every length-1 axis stride 0.
 */
function broadcastAll(arrs: NDArray[]): NDArray[] {
  const shape = broadcast_shapes(...arrs.map((a) => a.dims));
  return arrs.map((a) => {
    if (a.ndim === shape.length && a.dims.every((d, i) => d === shape[i])) return a;
    const off = shape.length - a.ndim;
    const strides = shape.map((_, i) => (i < off || a.dims[i - off] === 1 ? 0 : a.steps[i - off]!));
    return a.viewWith(shape, strides, a.offset);
  });
}

/**
 * `np.meshgrid(x1, x2, …, {copy, sparse, indexing})`: one array per input, each
 * varying along its own axis ('xy': the first two axes swapped, as in matplotlib).
 */
export function meshgrid(...xi: unknown[]): NDArray[] {
  let opts: MeshgridOptions = {};
  if (xi.length > 0 && isOptions(xi[xi.length - 1])) {
    opts = xi.pop() as MeshgridOptions;
    for (const k of Object.keys(opts))
      if (!KEYS.includes(k)) throw unexpectedKeyword('meshgrid', k);
  }
  const { copy = true, sparse = false, indexing = 'xy' } = opts;
  if (indexing !== 'xy' && indexing !== 'ij')
    throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const nd = xi.length;
  const shapeFor = (i: number) => Array.from({ length: nd }, (_, k) => (k === i ? -1 : 1));
  let out = xi.map((x, i) => toArray(x).reshape(shapeFor(i)));
  if (indexing === 'xy' && nd > 1) {
    const rest = new Array<number>(nd - 2).fill(1);
    out[0] = out[0]!.reshape([1, -1, ...rest]);
    out[1] = out[1]!.reshape([-1, 1, ...rest]);
  }
  if (!sparse) out = broadcastAll(out);
  return copy ? out.map((x) => x.copy()) : out;
}
