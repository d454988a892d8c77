/**
 * `M[rows, cols]` (one integer index array per axis, all of one shape, on an aligned
 * C-contiguous array): each point's flat position, then take's gather, instead of the
 * general path's per-element byte offsets (M[idx, idx] on 10x10 float64: ~1.25 us against
 * NumPy's ~0.6). NumPy's semantics: with several index arrays each is checked on its own,
 * in index order and memory order (index_order.ts 'check'), before anything is read; the
 * result has the index arrays' shape, laid out in their K order.
 */
import { readyIndices } from '../item_selection/indices.js';
import { takeAdjusted } from '../item_selection/take.js';
import { NDArray } from '../ndarray.js';
import { inKLayout } from './k_layout.js';
import { intListIndex } from './parse.js';

/** The gathered points, or null when the operands are not this case. */
export function pointGather(a: NDArray, items: readonly unknown[]): NDArray | null {
  const dims = a.dims;
  const nd = dims.length;
  if (items.length !== nd || nd < 2 || !a.isCContig || !a.isAligned || a.size > 0x7fffffff)
    return null;
  const ixs: NDArray[] = [];
  for (let k = 0; k < nd; k++) {
    const it = items[k];
    const ix = it instanceof NDArray ? it : intListIndex(it);
    if (ix === null || !ix.dtype.isInteger || ix.ndim === 0) return null;
    if (k > 0 && !sameDims(ix.dims, ixs[0]!.dims)) return null;
    ixs.push(ix);
  }
  const count = ixs[0]!.size;
  const flat = new Int32Array(count);
  // Every array made ready (checked) in index order first: NumPy names a bad index of the
  // first array before one of the second.
  const ready = ixs.map((ix, k) => readyIndices(ix, dims[k]!, 'raise', k, null, 'check'));
  let stride = 1;
  for (let k = nd - 1; k >= 0; k--) {
    const { words, start, step } = ready[k]!;
    for (let j = 0, q = start; j < count; j++, q += step) flat[j] = flat[j]! + words[q]! * stride;
    stride *= dims[k]!;
  }
  const line = a.viewWith([a.size], [a.itemsize], a.offset);
  const r = takeAdjusted(line, 0, flat, ixs[0]!.dims);
  // NumPy lays the result out in the index arrays' K order (no subspace to iterate).
  return ixs.every((ix) => ix.isCContig) ? r : inKLayout(r, ixs, r.ndim);
}

function sameDims(x: readonly number[], y: readonly number[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
