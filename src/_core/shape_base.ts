/**
 * Stacking and dimension padding (numpy/_core/shape_base.py): atleast_1d/2d/3d,
 * vstack, hstack, stack, unstack and block, all built on concatenate as NumPy's are,
 * so dtypes, layouts and messages follow from it.
 */
import type { DTypeKey, DTypeLike } from './dtype.js';
import { ValueError } from './errors.js';
import { scalarOr } from './item_selection/take.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { array, toArray } from './multiarray/array.js';
import { concatenateArrays } from './multiarray/concatenate.js';
import { NDArray } from './ndarray.js';
import type { Casting } from './numerictypes/promotion.js';
import { normalizeAxis } from './shape/args.js';
import { moveaxis } from './shape.js';
import type { Single } from './umath/typing.js';

export interface StackOptions {
  dtype?: DTypeLike | null;
  casting?: Casting;
}

const SEQUENCE_ONLY = 'arrays to stack must be passed as a "sequence" type such as list or tuple.';

/** The items of a sequence argument as arrays (an NDArray is a sequence of its rows). */
function items(seq: unknown): NDArray[] {
  if (seq instanceof NDArray) {
    if (seq.ndim === 0) throw new TypeError(SEQUENCE_ONLY);
    return [...seq];
  }
  if (!Array.isArray(seq)) throw new TypeError(SEQUENCE_ONLY);
  return seq.map(toArray);
}

function one1d(a: NDArray): NDArray {
  return a.ndim === 0 ? a.reshape(1) : a;
}
function one2d(a: NDArray): NDArray {
  if (a.ndim === 0) return a.reshape(1, 1);
  if (a.ndim === 1) return newAxis(a, 0);
  return a;
}

/** `a` with a new axis of length 1 before axis `axis` (`a[:, …, None]`): a view, stride 0. */
function newAxis(a: NDArray, axis: number): NDArray {
  const n = a.ndim;
  const dims = new Array<number>(n + 1);
  const steps = new Array<number>(n + 1);
  for (let i = 0, j = 0; i <= n; i++) {
    const here = i === axis;
    dims[i] = here ? 1 : a.dims[j]!;
    steps[i] = here ? 0 : a.steps[j++]!;
  }
  return a.viewWith(dims, steps, a.offset);
}
function one3d(a: NDArray): NDArray {
  if (a.ndim === 0) return a.reshape(1, 1, 1);
  if (a.ndim === 1) return a.get(null, ':', null);
  if (a.ndim === 2) return a.get(':', ':', null);
  return a;
}

/** `np.atleast_1d(*arys)`: views with at least one axis (one array in, one out). */
export function atleast_1d<K extends DTypeKey>(ary: NDArray<K>): NDArray<K>;
export function atleast_1d(ary: unknown): NDArray;
export function atleast_1d(...arys: unknown[]): NDArray[];
export function atleast_1d(...arys: unknown[]): NDArray | NDArray[] {
  const r = arys.map((a) => one1d(toArray(a)));
  return r.length === 1 ? r[0]! : r;
}

/** `np.atleast_2d(*arys)`: a 1-d array becomes a row (1, N). */
export function atleast_2d<K extends DTypeKey>(ary: NDArray<K>): NDArray<K>;
export function atleast_2d(ary: unknown): NDArray;
export function atleast_2d(...arys: unknown[]): NDArray[];
export function atleast_2d(...arys: unknown[]): NDArray | NDArray[] {
  const r = arys.map((a) => one2d(toArray(a)));
  return r.length === 1 ? r[0]! : r;
}

/** `np.atleast_3d(*arys)`: (N,) becomes (1, N, 1) and (M, N) becomes (M, N, 1). */
export function atleast_3d<K extends DTypeKey>(ary: NDArray<K>): NDArray<K>;
export function atleast_3d(ary: unknown): NDArray;
export function atleast_3d(...arys: unknown[]): NDArray[];
export function atleast_3d(...arys: unknown[]): NDArray | NDArray[] {
  const r = arys.map((a) => one3d(toArray(a)));
  return r.length === 1 ? r[0]! : r;
}

/** `np.vstack(tup, *, dtype=None, casting='same_kind')`: rows on top of each other. */
export function vstack<K extends DTypeKey>(
  tup: readonly NDArray<K>[],
  opts?: Omit<StackOptions, 'dtype'>,
): NDArray<Single<K>>;
export function vstack(tup: unknown, opts?: StackOptions): NDArray;
export function vstack(...args: unknown[]): NDArray {
  const o = bindArgs('vstack', ['tup'], args, ['dtype', 'casting']);
  missingPositional('vstack', o, ['tup']);
  return concatenateArrays(items(o.tup).map(one2d), o, 0);
}

/** `np.hstack(tup, *, dtype=None, casting='same_kind')`: side by side (1-d: one after the other). */
export function hstack<K extends DTypeKey>(
  tup: readonly NDArray<K>[],
  opts?: Omit<StackOptions, 'dtype'>,
): NDArray<Single<K>>;
export function hstack(tup: unknown, opts?: StackOptions): NDArray;
export function hstack(...args: unknown[]): NDArray {
  const o = bindArgs('hstack', ['tup'], args, ['dtype', 'casting']);
  missingPositional('hstack', o, ['tup']);
  const arrs = items(o.tup).map(one1d);
  return concatenateArrays(arrs, o, arrs.length > 0 && arrs[0]!.ndim === 1 ? 0 : 1);
}

export interface StackAxisOptions extends StackOptions {
  axis?: number;
  out?: NDArray | null;
}

/** `np.stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')`: join along a new axis. */
export function stack<K extends DTypeKey>(
  arrays: readonly NDArray<K>[],
  axis?: number | Omit<StackAxisOptions, 'dtype' | 'out'>,
  out?: null | Omit<StackAxisOptions, 'dtype' | 'out'>,
  opts?: Omit<StackAxisOptions, 'dtype' | 'out'>,
): NDArray<Single<K>>;
export function stack(
  arrays: unknown,
  axis?: number | StackAxisOptions,
  out?: NDArray | null | StackAxisOptions,
  opts?: StackAxisOptions,
): NDArray;
export function stack(...args: unknown[]): NDArray {
  const o = bindArgs('stack', ['arrays', 'axis', 'out'], args, ['dtype', 'casting']);
  missingPositional('stack', o, ['arrays']);
  const arrs = items(o.arrays);
  if (arrs.length === 0) throw new ValueError('need at least one array to stack');
  const shape = arrs[0]!.dims;
  if (arrs.some((a) => a.ndim !== shape.length || a.dims.some((d, i) => d !== shape[i]))) {
    throw new ValueError('all input arrays must have the same shape');
  }
  const axis = normalizeAxis(o.axis ?? 0, shape.length + 1);
  return concatenateArrays(
    arrs.map((a) => newAxis(a, axis)),
    o,
    axis,
  );
}

/** `np.unstack(x, /, *, axis=0)`: the views along an axis (the inverse of stack). */
export function unstack(x: unknown, opts?: { axis?: number }): any[];
export function unstack(...args: unknown[]): any[] {
  const o = bindArgs('unstack', ['x'], args, ['axis']);
  missingPositional('unstack', o, ['x']);
  const x = toArray(o.x);
  if (x.ndim === 0) throw new ValueError('Input array must be at least 1-d.');
  // Iterating a 1-d array gives NumPy scalars: JS values here.
  return [...moveaxis(x, (o.axis ?? 0) as number, 0)].map((v) => (v.ndim === 0 ? scalarOr(v) : v));
}

// --- block ---

/** `arrays[0][1]` as NumPy's _block_format_index spells a position. */
function formatIndex(index: readonly (number | null)[]): string {
  return `arrays${index
    .filter((i) => i !== null)
    .map((i) => `[${i}]`)
    .join('')}`;
}

/**
 * NumPy's _block_check_depths_match: the index of the first bottom element (ending in
 * null for an empty list), the largest leaf ndim, and the total size.
 */
function checkDepths(
  arrays: unknown,
  parent: (number | null)[] = [],
): [(number | null)[], number, number] {
  if (Array.isArray(arrays) && arrays.length > 0) {
    let [first, maxNd, total] = checkDepths(arrays[0], [...parent, 0]);
    for (let i = 1; i < arrays.length; i++) {
      const [index, nd, size] = checkDepths(arrays[i], [...parent, i]);
      total += size;
      maxNd = Math.max(maxNd, nd);
      if (index.length !== first.length) {
        throw new ValueError(
          `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${index.length} (${formatIndex(index)})`,
        );
      }
      if (index[index.length - 1] === null) first = index;
    }
    return [first, maxNd, total];
  }
  if (Array.isArray(arrays)) return [[...parent, null], 0, 0];
  const a = toArray(arrays);
  return [parent, a.ndim, a.size];
}

function blockRec(arrays: unknown, maxDepth: number, resultNdim: number, depth: number): NDArray {
  if (depth < maxDepth) {
    const parts = (arrays as unknown[]).map((a) => blockRec(a, maxDepth, resultNdim, depth + 1));
    return concatenateArrays(parts, { axis: -(maxDepth - depth) });
  }
  return array(arrays, { ndmin: resultNdim, copy: null });
}

/**
 * `np.block(arrays)`: assemble an array from nested lists of blocks; the innermost
 * lists join along the last axis, the outer ones along earlier axes.
 */
export function block(arrays: unknown): NDArray {
  const [bottom, arrNdim] = checkDepths(arrays);
  const listNdim = bottom.length;
  if (listNdim > 0 && bottom[listNdim - 1] === null) {
    throw new ValueError(`List at ${formatIndex(bottom)} cannot be empty`);
  }
  const r = blockRec(arrays, listNdim, Math.max(arrNdim, listNdim), 0);
  // A lone array (no list at all) comes back as a copy, as NumPy's does.
  return listNdim === 0 ? r.copy() : r;
}
