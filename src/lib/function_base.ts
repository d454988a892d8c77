/**
 * Growing and shrinking arrays along an axis (numpy/lib/_function_base_impl.py):
 * `np.insert`, `np.delete` and `np.append`, following NumPy's Python code step by
 * step so that results, layouts and errors agree.
 */
import type { DTypeKey } from '../_core/dtype.js';
import { AttributeError, IndexError, ValueError } from '../_core/errors.js';
import { Slice } from '../_core/indexing/slice.js';
import type { IndexItem } from '../_core/indexing.js';
import { nonzeroOf } from '../_core/item_selection/nonzero.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { concatenateArrays } from '../_core/multiarray/concatenate.js';
import { NDArray } from '../_core/ndarray.js';
import { normalizeAxis } from '../_core/shape/args.js';
import { moveaxis, ravel } from '../_core/shape.js';

/** An index with `item` at `axis` and full slices elsewhere. */
function at(ndim: number, axis: number, item: IndexItem): IndexItem[] {
  const idx: IndexItem[] = new Array(ndim).fill(':');
  idx[axis] = item;
  return idx;
}

/** NumPy's `arrorder = 'F' if arr.flags.fnc else 'C'` (an empty array is both C and F: 'C'). */
function orderOf(a: NDArray): 'C' | 'F' {
  return a.size > 0 && a.flags.f_contiguous && !a.flags.c_contiguous ? 'F' : 'C';
}

/** The array and the axis NumPy's insert/delete work on (axis=None: the flattened array). */
function arrayAndAxis(arrIn: unknown, axisIn: unknown): [NDArray, number] {
  let arr = toArray(arrIn);
  if (axisIn === undefined || axisIn === null) {
    if (arr.ndim !== 1) arr = ravel(arr);
    return [arr, arr.ndim - 1];
  }
  return [arr, normalizeAxis(axisIn, arr.ndim)];
}

/** Python's repr of an index argument, for the IndexError. */
function pyRepr(obj: unknown): string {
  if (Array.isArray(obj)) return `[${obj.map(pyRepr).join(', ')}]`;
  if (obj instanceof NDArray) return obj.toString();
  if (typeof obj === 'boolean') return obj ? 'True' : 'False';
  return String(obj);
}

/** Python's `range(start, stop, step)` as a list. */
function range(start: number, stop: number, step: number): number[] {
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

const NON_INTEGER = 'arrays used as indices must be of integer (or boolean) type';

/**
 * `np.insert(arr, obj, values, axis=None)`: a copy with `values` inserted before the
 * index (or indices, or slice) `obj` along `axis` (flattened when axis is null).
 */
export function insert<K extends DTypeKey>(
  arr: NDArray<K> | unknown,
  obj: unknown,
  values?: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): NDArray<K>;
export function insert(...args: unknown[]): NDArray {
  const o = bindArgs('insert', ['arr', 'obj', 'values', 'axis'], args);
  missingPositional('insert', o, ['arr', 'obj', 'values']);
  const [arr, axis] = arrayAndAxis(o.arr, o.axis);
  const order = orderOf(toArray(o.arr));
  const ndim = arr.ndim;
  const N = arr.dims[axis]!;
  const newshape = arr.dims.slice();
  const obj = o.obj;
  let indices: NDArray;
  if (obj instanceof Slice) {
    indices = array(range(...obj.indices(N)), { dtype: 'int64' });
  } else {
    indices = array(obj);
    if (indices.dtype.kind === 'b') {
      if (!(obj instanceof NDArray))
        throw new AttributeError(
          `'${Array.isArray(obj) ? 'list' : 'bool'}' object has no attribute 'ndim'`,
        );
      if (obj.ndim !== 1)
        throw new ValueError('boolean array argument obj to insert must be one dimensional');
      indices = nonzeroOf(obj)[0]!;
    } else if (indices.ndim > 1) {
      throw new ValueError('index array argument obj to insert must be one dimensional or scalar');
    }
  }
  if (indices.size === 1) {
    let index = indices.item() as number;
    if (!Number.isInteger(index))
      throw new TypeError('slice indices must be integers or None or have an __index__ method');
    if (index < -N || index > N) {
      throw new IndexError(`index ${pyRepr(obj)} is out of bounds for axis ${axis} with size ${N}`);
    }
    if (index < 0) index += N;
    let vals = array(o.values, { copy: null, ndmin: ndim, dtype: arr.dtype });
    // A scalar index inserts one slice, like a[:, 0:1, :] = values.
    if (indices.ndim === 0) vals = moveaxis(vals, 0, axis);
    const numnew = vals.dims[axis]!;
    newshape[axis]! += numnew;
    const out = NDArray.empty(newshape, arr.dtype, order);
    out.set(
      ...at(ndim, axis, new Slice(null, index)),
      arr.get(...at(ndim, axis, new Slice(null, index))),
    );
    out.set(...at(ndim, axis, new Slice(index, index + numnew)), vals);
    out.set(
      ...at(ndim, axis, new Slice(index + numnew, null)),
      arr.get(...at(ndim, axis, new Slice(index, null))),
    );
    return out;
  }
  if (indices.size === 0 && !(obj instanceof NDArray)) indices = indices.astype('int64');
  if (!indices.dtype.isInteger) throw new IndexError(NON_INTEGER);
  // Shift every index past the ones inserted before it (a stable sort keeps ties in order).
  const idx = (indices.tolist() as number[]).map((v) => (v < 0 ? v + N : v));
  const sorted = idx.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  sorted.forEach(([, i], rank) => {
    idx[i]! += rank;
  });
  const numnew = idx.length;
  newshape[axis]! += numnew;
  const total = newshape[axis]!;
  const oldMask = new Array<boolean>(total).fill(true);
  for (const v of idx) {
    if (v < -total || v >= total)
      throw new IndexError(`index ${v} is out of bounds for axis 0 with size ${total}`);
    oldMask[v < 0 ? v + total : v] = false;
  }
  const out = NDArray.empty(newshape, arr.dtype, order);
  out.set(...at(ndim, axis, array(idx, { dtype: 'int64' })), o.values);
  out.set(...at(ndim, axis, array(oldMask)), arr);
  return out;
}

/**
 * `np.delete(arr, obj, axis=None)`: a copy without the sub-arrays at the index (or
 * indices, mask or slice) `obj` along `axis` (flattened when axis is null).
 */
function delete_<K extends DTypeKey>(
  arr: NDArray<K> | unknown,
  obj: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): NDArray<K>;
function delete_(...args: unknown[]): NDArray {
  const o = bindArgs('delete', ['arr', 'obj', 'axis'], args);
  missingPositional('delete', o, ['arr', 'obj']);
  const [arr, axis] = arrayAndAxis(o.arr, o.axis);
  const order = orderOf(toArray(o.arr));
  const ndim = arr.ndim;
  const N = arr.dims[axis]!;
  const newshape = arr.dims.slice();
  let obj = o.obj;
  if (obj instanceof Slice) {
    let [start, stop, step] = obj.indices(N);
    const xr = range(start, stop, step);
    const numtodel = xr.length;
    if (numtodel <= 0) return arr.copy(order);
    if (step < 0) {
      step = -step;
      start = xr[xr.length - 1]!;
      stop = xr[0]! + 1;
    }
    newshape[axis]! -= numtodel;
    const out = NDArray.empty(newshape, arr.dtype, order);
    if (start !== 0)
      out.set(
        ...at(ndim, axis, new Slice(null, start)),
        arr.get(...at(ndim, axis, new Slice(null, start))),
      );
    if (stop !== N)
      out.set(
        ...at(ndim, axis, new Slice(stop - numtodel, null)),
        arr.get(...at(ndim, axis, new Slice(stop, null))),
      );
    if (step !== 1) {
      const keep = new Array<boolean>(stop - start).fill(true);
      for (let i = 0; i < stop - start; i += step) keep[i] = false;
      const middle = arr.get(...at(ndim, axis, new Slice(start, stop)));
      out.set(
        ...at(ndim, axis, new Slice(start, stop - numtodel)),
        middle.get(...at(ndim, axis, keep)),
      );
    }
    return out;
  }
  let single = (typeof obj === 'number' && Number.isInteger(obj)) || typeof obj === 'bigint';
  let objArr: NDArray | null = null;
  if (!single) {
    objArr = toArray(obj);
    if (objArr.size === 0 && !(obj instanceof NDArray)) objArr = objArr.astype('int64');
    else if (objArr.size === 1 && objArr.dtype.isInteger) {
      obj = objArr.item();
      single = true;
    }
  }
  if (single) {
    let i = Number(obj);
    if (i < -N || i >= N)
      throw new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${N}`);
    if (i < 0) i += N;
    newshape[axis]! -= 1;
    const out = NDArray.empty(newshape, arr.dtype, order);
    out.set(...at(ndim, axis, new Slice(null, i)), arr.get(...at(ndim, axis, new Slice(null, i))));
    out.set(
      ...at(ndim, axis, new Slice(i, null)),
      arr.get(...at(ndim, axis, new Slice(i + 1, null))),
    );
    return out;
  }
  const list = objArr!;
  let keep: NDArray;
  if (list.dtype.kind === 'b') {
    if (list.ndim !== 1 || list.dims[0] !== N) {
      throw new ValueError(
        `boolean array argument obj to delete must be one dimensional and match the axis length of ${N}`,
      );
    }
    keep = list.copy();
    const m = keep.ownData() as Uint8Array;
    for (let k = 0; k < N; k++) m[k] = m[k] === 0 ? 1 : 0;
  } else {
    if (!list.dtype.isInteger) throw new IndexError(NON_INTEGER);
    keep = array(new Array<boolean>(N).fill(true));
    keep.set(list, false);
  }
  return arr.get(...at(ndim, axis, keep));
}

export { delete_ as delete };

/**
 * `np.append(arr, values, axis=None)`: `values` joined to the end of `arr` along
 * `axis`, or both flattened when axis is null.
 */
export function append<K extends DTypeKey>(
  arr: NDArray<K> | unknown,
  values: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): NDArray<K>;
export function append(...args: unknown[]): NDArray {
  const o = bindArgs('append', ['arr', 'values', 'axis'], args);
  missingPositional('append', o, ['arr', 'values']);
  let arr = toArray(o.arr);
  let values = toArray(o.values);
  let axis = o.axis ?? null;
  if (axis === null) {
    if (arr.ndim !== 1) arr = ravel(arr);
    values = ravel(values);
    axis = arr.ndim - 1;
  }
  return concatenateArrays([arr, values], { axis });
}
