/**
 * numpy/lib/_shape_base_impl.py: take_along_axis / put_along_axis, column_stack,
 * dstack, the split family and tile. Splits are views, as in NumPy.
 */
import type { DTypeKey } from '../_core/dtype.js';
import { IndexError, ValueError, ZeroDivisionError } from '../_core/errors.js';
import { Slice } from '../_core/indexing/slice.js';
import { repeatImpl } from '../_core/item_selection/repeat.js';
import { takeAlongFast } from '../_core/item_selection/take_along.js';
import { bindArgs, missingPositional, toIndex } from '../_core/multiarray/args.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { concatenateArrays } from '../_core/multiarray/concatenate.js';
import { arange } from '../_core/multiarray/creation.js';
import { NDArray } from '../_core/ndarray.js';
import { normalizeAxis } from '../_core/shape/args.js';
import { swapaxes } from '../_core/shape.js';
import { atleast_3d } from '../_core/shape_base.js';

/** NumPy's _make_along_axis_idx: broadcasting aranges on every axis but `axis`. */
function alongAxisIndex(shape: readonly number[], indices: NDArray, axis: number): NDArray[] {
  if (!indices.dtype.isInteger) throw new IndexError('`indices` must be an integer array');
  if (shape.length !== indices.ndim) {
    throw new ValueError('`indices` and `arr` must have the same number of dimensions');
  }
  return shape.map((n, dim) => {
    if (dim === axis) return indices;
    const s = new Array<number>(indices.ndim).fill(1);
    s[dim] = n;
    return arange(n).reshape(s);
  });
}

/** `np.take_along_axis(arr, indices, axis=-1)`: pick values along an axis by index arrays (e.g. from argsort). */
export function take_along_axis<K extends DTypeKey>(
  arr: NDArray<K> | unknown,
  indices?: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): NDArray<K>;
export function take_along_axis(...args: unknown[]): NDArray {
  const o = bindArgs('take_along_axis', ['arr', 'indices', 'axis'], args);
  missingPositional('take_along_axis', o, ['arr', 'indices']);
  let a = toArray(o.arr);
  const ind = toArray(o.indices);
  let axis: number;
  if (o.axis === null) {
    if (ind.ndim !== 1)
      throw new ValueError('when axis=None, `indices` must have a single dimension.');
    a = a.flatten();
    axis = 0;
  } else axis = normalizeAxis(o.axis ?? -1, a.ndim);
  return takeAlongFast(a, ind, axis) ?? a.get(...alongAxisIndex(a.dims, ind, axis));
}

/** `np.put_along_axis(arr, indices, values, axis)`: the in-place counterpart of take_along_axis. */
export function put_along_axis(
  arr: NDArray,
  indices?: unknown,
  values?: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): void;
export function put_along_axis(...args: unknown[]): void {
  const o = bindArgs('put_along_axis', ['arr', 'indices', 'values', 'axis'], args);
  missingPositional('put_along_axis', o, ['arr', 'indices', 'values', 'axis']);
  const a = o.arr as NDArray;
  const ind = toArray(o.indices);
  if (o.axis === null) {
    if (ind.ndim !== 1)
      throw new ValueError('when axis=None, `indices` must have a single dimension.');
    // NumPy's arr.flat[(indices,)] = values refuses non-C-contiguous arrays this way.
    if (a.size > 0 && !a.flags.c_contiguous)
      throw new ValueError('assignment destination is read-only');
    a.flat.set(ind, o.values);
    return;
  }
  const axis = normalizeAxis(o.axis, a.ndim);
  a.set(...alongAxisIndex(a.dims, ind, axis), o.values);
}

/** `np.column_stack(tup)`: 1-d arrays become columns, then join along axis 1. */
export function column_stack(tup: unknown): NDArray {
  if (!Array.isArray(tup) && !(tup instanceof NDArray)) {
    throw new TypeError(
      'arrays to stack must be passed as a "sequence" type such as list or tuple.',
    );
  }
  const arrs = (tup instanceof NDArray ? [...tup] : tup.map(toArray)).map((a) =>
    a.ndim < 2 ? array(a, { copy: null, ndmin: 2 }).T : a,
  );
  return concatenateArrays(arrs, { axis: 1 });
}

/** `np.dstack(tup)`: join along the third axis (after making everything at least 3-d). */
export function dstack(tup: unknown): NDArray {
  if (!Array.isArray(tup) && !(tup instanceof NDArray)) {
    throw new TypeError(
      'arrays to stack must be passed as a "sequence" type such as list or tuple.',
    );
  }
  const arrs = (tup instanceof NDArray ? [...tup] : tup).map((a) => atleast_3d(a));
  return concatenateArrays(arrs, { axis: 2 });
}

type Sections = number | readonly number[] | NDArray;

/** The axis length as NumPy reads `ary.shape[axis]` (a Python tuple index). */
function axisLength(a: NDArray, axis: unknown): number {
  const ax = toIndex(axis);
  if (ax >= a.ndim || ax < -a.ndim) throw new IndexError('tuple index out of range');
  return a.dims[ax < 0 ? ax + a.ndim : ax]!;
}

function isScalarSections(s: unknown): boolean {
  return !(Array.isArray(s) || (s instanceof NDArray && s.ndim > 0));
}

/** `np.array_split(ary, indices_or_sections, axis=0)`: like split, but sections may differ by one. */
export function array_split<K extends DTypeKey>(
  ary: NDArray<K> | unknown,
  indices_or_sections?: Sections,
  axis?: number | { axis?: number },
  opts?: { axis?: number },
): NDArray<K>[];
export function array_split(...args: unknown[]): NDArray[] {
  const o = bindArgs('array_split', ['ary', 'indices_or_sections', 'axis'], args);
  missingPositional('array_split', o, ['ary', 'indices_or_sections']);
  return arraySplit(toArray(o.ary), o.indices_or_sections, o.axis ?? 0);
}

function arraySplit(a: NDArray, sections: unknown, axis: unknown): NDArray[] {
  const total = axisLength(a, axis);
  let points: (number | null)[];
  if (isScalarSections(sections)) {
    const n = Math.trunc(Number(sections instanceof NDArray ? sections.item() : sections));
    if (!(n > 0)) throw new ValueError('number sections must be larger than 0.');
    const each = Math.floor(total / n);
    const extras = total % n;
    points = [0];
    for (let i = 0; i < n; i++) points.push(points[i]! + (i < extras ? each + 1 : each));
  } else {
    const list =
      sections instanceof NDArray ? (sections.tolist() as number[]) : (sections as number[]);
    points = [0, ...list.map(toIndex), total];
  }
  const s = swapaxes(a, axis as number, 0);
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    out.push(swapaxes(s.get(new Slice(points[i], points[i + 1])), axis as number, 0));
  }
  return out;
}

/** `np.split(ary, indices_or_sections, axis=0)`: views of equal sections, or split at the given indices. */
export function split<K extends DTypeKey>(
  ary: NDArray<K> | unknown,
  indices_or_sections?: Sections,
  axis?: number | { axis?: number },
  opts?: { axis?: number },
): NDArray<K>[];
export function split(...args: unknown[]): NDArray[] {
  const o = bindArgs('split', ['ary', 'indices_or_sections', 'axis'], args);
  missingPositional('split', o, ['ary', 'indices_or_sections']);
  return splitImpl(toArray(o.ary), o.indices_or_sections, o.axis ?? 0);
}

function splitImpl(a: NDArray, sections: unknown, axis: unknown): NDArray[] {
  if (isScalarSections(sections)) {
    const n = Number(sections instanceof NDArray ? sections.item() : sections);
    const total = axisLength(a, axis);
    if (n === 0) throw new ZeroDivisionError('integer modulo by zero');
    if (total % n !== 0) throw new ValueError('array split does not result in an equal division');
  }
  return arraySplit(a, sections, axis);
}

/** `np.hsplit(ary, indices_or_sections)`: split along axis 1 (axis 0 for 1-d arrays). */
export function hsplit<K extends DTypeKey>(
  ary: NDArray<K> | unknown,
  indices_or_sections: Sections,
): NDArray<K>[];
export function hsplit(ary: unknown, sections: unknown): NDArray[] {
  const a = toArray(ary);
  if (a.ndim === 0) throw new ValueError('hsplit only works on arrays of 1 or more dimensions');
  return splitImpl(a, sections, a.ndim > 1 ? 1 : 0);
}

/** `np.vsplit(ary, indices_or_sections)`: split along axis 0 (arrays of 2 or more dimensions). */
export function vsplit<K extends DTypeKey>(
  ary: NDArray<K> | unknown,
  indices_or_sections: Sections,
): NDArray<K>[];
export function vsplit(ary: unknown, sections: unknown): NDArray[] {
  const a = toArray(ary);
  if (a.ndim < 2) throw new ValueError('vsplit only works on arrays of 2 or more dimensions');
  return splitImpl(a, sections, 0);
}

/** `np.dsplit(ary, indices_or_sections)`: split along axis 2 (arrays of 3 or more dimensions). */
export function dsplit<K extends DTypeKey>(
  ary: NDArray<K> | unknown,
  indices_or_sections: Sections,
): NDArray<K>[];
export function dsplit(ary: unknown, sections: unknown): NDArray[] {
  const a = toArray(ary);
  if (a.ndim < 3) throw new ValueError('dsplit only works on arrays of 3 or more dimensions');
  return splitImpl(a, sections, 2);
}

/** `np.tile(A, reps)`: `A` repeated `reps` times along each axis. */
export function tile<K extends DTypeKey>(
  A: NDArray<K> | unknown,
  reps: number | readonly number[] | { reps: number | readonly number[] },
): NDArray<K>;
export function tile(...args: unknown[]): NDArray {
  // reps may also come by name in the options object, as NumPy's keyword argument
  const o = bindArgs('tile', ['A', 'reps'], args);
  missingPositional('tile', o, ['A', 'reps']);
  const { A, reps } = o;
  const tup = (
    Array.isArray(reps) ? reps : reps instanceof NDArray ? (reps.tolist() as unknown[]) : [reps]
  ).map(toIndex);
  const d = tup.length;
  if (A instanceof NDArray && tup.every((x) => x === 1)) return array(A, { copy: true, ndmin: d });
  let c = array(A, { copy: null, ndmin: d });
  const reps2 = d < c.ndim ? [...new Array(c.ndim - d).fill(1), ...tup] : tup;
  const shapeOut = c.dims.map((s, i) => s * reps2[i]!);
  let n = c.size;
  if (n > 0) {
    c.dims.slice().forEach((dimIn, i) => {
      const nrep = reps2[i]!;
      if (nrep !== 1) c = repeatImpl(c.reshape(-1, n), { repeats: nrep, axis: 0 });
      n = Math.floor(n / dimIn);
    });
  }
  return c.reshape(shapeOut);
}
