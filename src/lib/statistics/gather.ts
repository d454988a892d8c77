/**
 * The reduced lanes of an array (NumPy's `_ureduce`): the kept axes first, the reduced axes
 * merged into one last axis, copied into a C-ordered typed array of a selection-friendly
 * type. Every slice `s` is `data[s*n .. (s+1)*n)`.
 */
import type { DType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import type { NDArray } from '../../_core/ndarray.js';
import { normalizeAxes } from '../../_core/umath/reduce.js';
import type { Lane } from './select.js';

export interface Lanes {
  /** The shape of the result without keepdims (the kept axes in order). */
  outShape: number[];
  /** The shape of the result with keepdims (reduced axes as 1). */
  keptShape: number[];
  /** Number of slices and their length. */
  count: number;
  n: number;
  /** The values, C-ordered, one slice after the other. */
  data: Lane;
  /** The dtype `data` holds (float64 for every dtype whose values float64 holds exactly). */
  work: DType;
}

/** NumPy's `normalize_axis_tuple(axis, ndim)` or all axes for null/undefined. */
export function reducedAxes(axis: unknown, ndim: number, argname?: string): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  try {
    return normalizeAxes(axis as number | number[], ndim);
  } catch (e) {
    if (e instanceof ValueError && e.message === 'repeated axis')
      throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : 'repeated axis');
    throw e;
  }
}

/** The dtype selection runs in: int64/uint64 keep their 64-bit integers, the rest is float64. */
export function workDtype(dt: DType): 'int64' | 'uint64' | 'float64' {
  if (dt.kind === 'i' && dt.itemsize === 8) return 'int64';
  if (dt.kind === 'u' && dt.itemsize === 8) return 'uint64';
  return 'float64';
}

/** Gather `arr`'s lanes along `axes` (already normalised) into a fresh C-ordered copy. */
export function gatherLanes(arr: NDArray, axes: readonly number[], work?: DType | string): Lanes {
  const kept = arr.dims.map((_, i) => i).filter((i) => !axes.includes(i));
  const outShape = kept.map((i) => arr.dims[i]!);
  const keptShape = arr.dims.map((n, i) => (axes.includes(i) ? 1 : n));
  const n = axes.reduce((p, i) => p * arr.dims[i]!, 1);
  const count = outShape.reduce((p, m) => p * m, 1);
  const t = arr.transpose([...kept, ...axes]);
  const w = work ?? workDtype(arr.dtype);
  const c = t.astype(w as 'float64', { order: 'C' });
  return {
    outShape,
    keptShape,
    count,
    n,
    data: (c.data as Lane).subarray(
      c.offset / 8,
      c.offset / 8 + c.size * (c.dtype.kind === 'c' ? 2 : 1),
    ),
    work: c.dtype,
  };
}
