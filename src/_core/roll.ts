/**
 * `np.roll` and `np.rollaxis` (numpy/_core/numeric.py). roll copies whole blocks
 * (two per rolled axis) into an array laid out like the input, as NumPy does.
 */

import { broadcast_shapes } from '../lib/stride_tricks.js';
import { allocArray, arrayOffset } from './alloc.js';
import type { DTypeKey } from './dtype.js';
import { AxisError } from './errors.js';
import { Slice } from './indexing/slice.js';
import type { IndexItem } from './indexing.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { toArray } from './multiarray/array.js';
import { likeStrides } from './multiarray/layout.js';
import { NDArray } from './ndarray.js';
import { normalizeAxis, toInt } from './shape/args.js';
import { reshape, transpose } from './shape.js';

type Axes = number | readonly number[];

/** Python's int() of a shift: floats truncate. */
function shiftInt(v: unknown): number {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (v instanceof NDArray && v.ndim === 0) return shiftInt(Number(v.item()));
  return toInt(v);
}

function flatList(v: unknown): unknown[] {
  if (v instanceof NDArray) return v.ndim === 0 ? [v] : (v.tolist() as unknown[]);
  return Array.isArray(v) ? v : [v];
}

/**
 * `np.roll(a, shift, axis=None)`: elements shifted cyclically along the axes (the
 * flattened array when axis is null); shifts and axes broadcast together.
 */
export function roll<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  shift: number | readonly number[],
  axis?: Axes | null | { axis?: Axes | null },
  opts?: { axis?: Axes | null },
): NDArray<K>;
export function roll(...args: unknown[]): NDArray {
  const o = bindArgs('roll', ['a', 'shift', 'axis'], args);
  missingPositional('roll', o, ['a', 'shift']);
  const arr = toArray(o.a);
  if (o.axis === undefined || o.axis === null) {
    return reshape(rollAxes(arr.reshape(-1), o.shift, 0), arr.dims);
  }
  return rollAxes(arr, o.shift, o.axis);
}

function rollAxes(a: NDArray, shift: unknown, axis: unknown): NDArray {
  const axes = flatList(axis).map((x) => normalizeAxis(x, a.ndim));
  const shifts = flatList(shift);
  const shiftShape =
    Array.isArray(shift) || (shift instanceof NDArray && shift.ndim > 0) ? [shifts.length] : [];
  const axisShape = Array.isArray(axis) ? [axes.length] : [];
  const [n] = broadcast_shapes(shiftShape, axisShape).concat(1);
  const total = new Array<number>(a.ndim).fill(0);
  for (let i = 0; i < n!; i++) {
    total[axes[axes.length === 1 ? 0 : i]!]! += shiftInt(shifts[shifts.length === 1 ? 0 : i]);
  }
  const out = new NDArray(
    allocArray(a.size * a.itemsize, true),
    a.dtype,
    a.dims,
    likeStrides(a, a.dims, 'K', a.itemsize),
    arrayOffset,
  );
  // Per axis: (source, destination) slice pairs; every combination is one block copy.
  const pairs: [Slice, Slice][][] = a.dims.map((len, ax) => {
    const off = ((total[ax]! % (len || 1)) + (len || 1)) % (len || 1);
    if (off === 0) return [[new Slice(), new Slice()]];
    return [
      [new Slice(null, -off), new Slice(off, null)],
      [new Slice(-off, null), new Slice(null, off)],
    ];
  });
  const combine = (ax: number, src: IndexItem[], dst: IndexItem[]): void => {
    if (ax === a.ndim) {
      out.set(...dst, a.get(...src));
      return;
    }
    for (const [s, d] of pairs[ax]!) combine(ax + 1, [...src, s], [...dst, d]);
  };
  if (a.size > 0) combine(0, [], []);
  return out;
}

/** `np.rollaxis(a, axis, start=0)`: a view with `axis` moved to before `start`. */
export function rollaxis<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  axis: number,
  start?: number | { start?: number },
  opts?: { start?: number },
): NDArray<K>;
export function rollaxis(...args: unknown[]): NDArray {
  const o = bindArgs('rollaxis', ['a', 'axis', 'start'], args);
  missingPositional('rollaxis', o, ['a', 'axis']);
  const a = toArray(o.a);
  const n = a.ndim;
  const axis = normalizeAxis(o.axis, n);
  let start = o.start === undefined ? 0 : toInt(o.start);
  if (start < 0) start += n;
  if (!(start >= 0 && start < n + 1)) {
    throw new AxisError(
      `'start' arg requires ${-n} <= start < ${n + 1}, but ${start} was passed in`,
    );
  }
  if (axis < start) start--;
  if (axis === start) return a.get('...');
  const axes = Array.from({ length: n }, (_, i) => i).filter((i) => i !== axis);
  axes.splice(start, 0, axis);
  return transpose(a, axes);
}
