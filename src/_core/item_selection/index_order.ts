/**
 * Which index NumPy names when several are out of bounds: the first one met in the order
 * its loop walks the index array, which is not always C order. Used only on the error path
 * (the fast paths check every index in whatever order suits them, then ask this for the
 * message).
 *
 * - 'c': C order. take and put (their index arrays are C-contiguous intp copies), a fancy
 *   get whose subspace has more than one element (mapiter's outer loop runs in C order),
 *   and an index NumPy copies first because it shares memory with the target of a store.
 * - 'check': PyArray_MapIterCheckIndices, which checks each index array on its own before a
 *   store, before a get with several index arrays, and before a get with an empty result:
 *   an aligned int64 index that is 1-d, C- or F-contiguous is walked as it lies (1-d:
 *   logically), any other in NpyIter's K order — axes by decreasing |stride| (ties keep C
 *   order) with negative strides walked backwards, i.e. memory order.
 * - 'get': the outer loop of a get with one index array and no subspace to iterate (a[idx]
 *   on a 1-d a): K order without the flips, which NpyIter skips when it allocates an
 *   operand (the result), and which a 1-d index forbids (NPY_ITER_DONT_NEGATE_STRIDES).
 */
import { IndexError } from '../errors.js';
import type { NDArray } from '../ndarray.js';

export type WalkOrder = 'c' | 'check' | 'get';

/** Dims and byte strides of an operand of NumPy's iterator. */
export interface Operand {
  readonly dims: readonly number[];
  readonly steps: readonly number[];
}

/**
 * NpyIter's K order of `ops` broadcast to `shape`: the axes outermost first, as
 * npyiter_find_best_axis_ordering sorts them — a stable insertion sort from the innermost
 * (C's last) axis outwards by |stride|, where a zero stride (broadcast, or a length-1 axis)
 * compares with nothing and, when operands disagree, C order wins.
 */
export function kAxes(ops: readonly Operand[], shape: readonly number[]): number[] {
  const nd = shape.length;
  // Each operand's strides on the broadcast axes (0 where it broadcasts or has length 1).
  const st = ops.map((op) => {
    const off = nd - op.dims.length;
    return shape.map((d, i) => {
      const j = i - off;
      return j < 0 || d === 1 || op.dims[j] === 1 ? 0 : op.steps[j]!;
    });
  });
  const perm = Array.from({ length: nd }, (_, i) => nd - 1 - i);
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0]!;
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1]!;
      let ambig = true;
      let swap = false;
      for (const s of st) {
        if (s[j0] === 0 || s[j1] === 0) continue;
        if (Math.abs(s[j1]!) <= Math.abs(s[j0]!)) swap = false;
        else if (ambig) swap = true;
        ambig = false;
      }
      if (ambig) continue;
      if (!swap) break;
      ipos = i1;
    }
    perm.splice(i0, 1);
    perm.splice(ipos, 0, j0);
  }
  return perm.reverse();
}

/** Axes of `ind` as NumPy's loop walks them, outermost first, and which run backwards. */
function walkAxes(ind: NDArray, order: WalkOrder): { axes: number[]; back: boolean[] } {
  const nd = ind.ndim;
  const back = new Array<boolean>(nd).fill(false);
  const cAxes = Array.from({ length: nd }, (_, i) => i);
  if (order === 'c') return { axes: cAxes, back };
  const intp = ind.dtype.kind === 'i' && ind.itemsize === 8 && ind.isAligned;
  if (order === 'check' && intp && nd <= 1) return { axes: cAxes, back };
  const axes = kAxes([ind], ind.dims);
  // NpyIter flips the axes with negative strides (the length-1 ones count as 0).
  if (order === 'check')
    for (let i = 0; i < nd; i++) back[i] = ind.dims[i]! > 1 && ind.steps[i]! < 0;
  return { axes, back };
}

/**
 * NumPy's IndexError for the first index of `ind` outside [-n, n) in `order`, or null when
 * every index is in range. Values are read as intp (int64, so uint64 ones past 2**63 are
 * negative), exactly.
 */
export function outOfBoundsError(
  ind: NDArray,
  n: number,
  axis: number,
  order: WalkOrder,
): IndexError | null {
  if (ind.size === 0) return null;
  const { axes, back } = walkAxes(ind, order);
  const shape = axes.map((a) => ind.dims[a]!);
  const steps = axes.map((a) => ind.steps[a]!);
  let off = ind.offset;
  for (let k = 0; k < axes.length; k++) {
    if (back[axes[k]!]) {
      off += (shape[k]! - 1) * steps[k]!;
      steps[k] = -steps[k]!;
    }
  }
  const wide = ind.itemsize === 8 && (ind.dtype.kind === 'i' || ind.dtype.kind === 'u');
  const view = ind.dataView;
  const lo = BigInt(-n);
  const hi = BigInt(n);
  const counter = new Array<number>(axes.length).fill(0);
  for (;;) {
    const v = wide ? view.getBigInt64(off, true) : BigInt(Number(ind.readAt(off)));
    if (v < lo || v >= hi) {
      return new IndexError(`index ${v} is out of bounds for axis ${axis} with size ${n}`);
    }
    let k = axes.length - 1;
    for (; k >= 0; k--) {
      off += steps[k]!;
      if (++counter[k]! < shape[k]!) break;
      off -= steps[k]! * shape[k]!;
      counter[k] = 0;
    }
    if (k < 0) return null;
  }
}
