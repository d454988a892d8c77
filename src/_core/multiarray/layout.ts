/**
 * Memory layout of new arrays made "like" another one (astype, copy, empty_like …):
 * NumPy's order 'C', 'F', 'A' and 'K' and the argument checks that go with them.
 */
import { ValueError } from '../errors.js';
import { cStrides, fStrides, isCContiguous, isFContiguous } from '../iter.js';

export type Order = 'C' | 'F' | 'A' | 'K';

/** Parse an `order` argument as NumPy's order converter does (first letter, any case; null → default). */
export function parseOrder(order: unknown, dflt: Order): Order {
  if (order === undefined || order === null) return dflt;
  if (typeof order === 'string' && order.length === 1) {
    const o = order.toUpperCase();
    if (o === 'C' || o === 'F' || o === 'A' || o === 'K') return o;
  }
  if (typeof order !== 'string') throw new TypeError(`order must be str, not ${typeof order}`);
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${order}')`);
}

/** `order` for functions that allocate from a shape alone (zeros, empty …): only 'C' or 'F'. */
export function parseCFOrder(order: unknown): 'C' | 'F' {
  const o = parseOrder(order, 'C');
  if (o !== 'C' && o !== 'F') throw new ValueError("only 'C' or 'F' order is permitted");
  return o;
}

interface Proto {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly itemsize: number;
}

/**
 * Byte strides for a new array of `shape` and `itemsize` laid out like `proto` under
 * `order`. 'K' keeps proto's axis order (C or F when proto is contiguous that way, else
 * axes sorted by decreasing |stride|); with a shape of another ndim it falls back to C.
 */
export function likeStrides(
  proto: Proto,
  shape: readonly number[],
  order: Order,
  itemsize: number,
): number[] {
  const cont = (f: typeof isCContiguous) => f(proto.shape, proto.strides, proto.itemsize);
  switch (order) {
    case 'C':
      return cStrides(shape, itemsize);
    case 'F':
      return fStrides(shape, itemsize);
    case 'A':
      return cont(isFContiguous) && !cont(isCContiguous)
        ? fStrides(shape, itemsize)
        : cStrides(shape, itemsize);
    default: {
      const nd = shape.length;
      if (nd !== proto.shape.length || nd <= 1 || cont(isCContiguous))
        return cStrides(shape, itemsize);
      if (cont(isFContiguous)) return fStrides(shape, itemsize);
      const perm = Array.from({ length: nd }, (_, i) => i).sort(
        (a, b) => Math.abs(proto.strides[b]!) - Math.abs(proto.strides[a]!) || a - b,
      );
      const strides = new Array<number>(nd);
      let acc = itemsize;
      for (let i = nd - 1; i >= 0; i--) {
        const ax = perm[i]!;
        strides[ax] = acc;
        acc *= Math.max(shape[ax]!, 1);
      }
      return strides;
    }
  }
}
