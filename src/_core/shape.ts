/**
 * Shape manipulation: reshape, ravel/flatten, transpose, swapaxes, moveaxis,
 * squeeze, expand_dims, and np.ndim/np.shape/np.size. Everything that can be a
 * view is one, exactly when NumPy makes one.
 */
import type { DTypeKey } from './dtype.js';
import { AttributeError, ValueError } from './errors.js';
import { isCContiguous, isFContiguous, shapeSize } from './iter.js';
import { type ArrayLike, toArray } from './multiarray/array.js';
import { copyArray } from './multiarray/copy.js';
import type { NDArray } from './ndarray.js';
import {
  bindArgs,
  checkOrder,
  normalizeAxis,
  normalizeAxisTuple,
  type Order,
  toInt,
} from './shape/args.js';
import { contiguousStrides, memoryOrder, noCopyStrides } from './shape/nocopy.js';

export type { Order } from './shape/args.js';

type Shape = number | readonly number[];
type Axes = number | readonly number[];

const MAXDIMS = 64;

/** The requested shape as NumPy's reshape error prints it: `(4,)`, `(2,3)`, unknown dims as `newaxis`. */
function requestedShape(dims: readonly number[]): string {
  const first = dims.findIndex((d) => d >= 0);
  if (first < 0) return '()';
  const body = [
    String(dims[first]),
    ...dims.slice(first + 1).map((d) => (d < 0 ? 'newaxis' : String(d))),
  ].join(',');
  return dims.length === 1 ? `(${body},)` : `(${body})`;
}

function shapeArg(shape: unknown): number[] {
  if (!Array.isArray(shape) && !(typeof shape === 'bigint' || Number.isInteger(shape))) {
    throw new TypeError(
      `expected a sequence of integers or a single integer, got '${String(shape)}'`,
    );
  }
  const dims = Array.isArray(shape) ? shape.map(toInt) : [toInt(shape)];
  if (dims.length > MAXDIMS) {
    throw new ValueError(
      `maximum supported dimension for an ndarray is currently ${MAXDIMS}, found ${dims.length}`,
    );
  }
  return dims;
}

/** Replace the one negative (unknown) dimension, checking the total size. */
function fixUnknown(dims: number[], size: number): number[] {
  let known = 1;
  let unknown = -1;
  for (let i = 0; i < dims.length; i++) {
    if (dims[i]! < 0) {
      if (unknown >= 0) throw new ValueError('can only specify one unknown dimension');
      unknown = i;
    } else known *= dims[i]!;
  }
  const mismatch = () =>
    new ValueError(`cannot reshape array of size ${size} into shape ${requestedShape(dims)}`);
  if (unknown >= 0) {
    if (known === 0 || size % known !== 0) throw mismatch();
    const out = dims.slice();
    out[unknown] = size / known;
    return out;
  }
  if (known !== size) throw mismatch();
  return dims;
}

/** NumPy's C/F_CONTIGUOUS flag (an empty array is both). */
function contiguousIn(a: NDArray, fortran: boolean): boolean {
  if (a.size === 0) return true;
  return (fortran ? isFContiguous : isCContiguous)(a.dims, a.steps, a.itemsize);
}

/** Whether NumPy's ISFORTRAN holds: F-contiguous and not C-contiguous. */
function isFortran(a: NDArray): boolean {
  return contiguousIn(a, true) && !contiguousIn(a, false);
}

export interface ReshapeOptions {
  shape?: Shape;
  order?: Order;
  copy?: boolean | null;
  /** @internal `a.shape = ...`: fail instead of copying. */
  copyAllowed?: boolean;
}

/**
 * `np.reshape(a, shape, order='C', {copy})`, `a.reshape(...)`: a view whenever
 * the elements can be stepped through in `order` without copying, else a copy.
 */
export function reshape<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  shape?: Shape | ReshapeOptions,
  order?: Order | ReshapeOptions,
  opts?: ReshapeOptions,
): NDArray<K> {
  const args = bindArgs('reshape', ['shape', 'order', 'copy', 'copyAllowed'], [shape, order, opts]);
  if (args.shape === undefined) {
    throw new TypeError("reshape() missing 1 required positional argument: 'shape'");
  }
  const arr = toArray(a) as NDArray<K>;
  let o = checkOrder(args.order);
  if (o === 'K') throw new ValueError("order 'K' is not permitted for reshaping");
  if (o === 'A') o = isFortran(arr) ? 'F' : 'C';
  const copy = (args.copy ?? null) as boolean | null;
  let dims = shapeArg(args.shape);
  // Same shape: a plain view keeping the strides (NumPy's shortcut).
  if (copy !== true && dims.length === arr.ndim && dims.every((d, i) => d === arr.dims[i])) {
    return arr.viewWith(arr.dims, arr.steps, arr.offset);
  }
  dims = fixUnknown(dims, arr.size);
  const fortran = o === 'F';
  let src: NDArray<K> = arr;
  let strides: number[] | null = null;
  if (copy === true) src = copyArray(arr, o);
  else if (!contiguousIn(arr, fortran)) {
    strides = noCopyStrides(arr.dims, arr.steps, arr.itemsize, dims, fortran);
    if (strides === null) {
      if (copy === false) throw new ValueError('Unable to avoid creating a copy while reshaping.');
      if (args.copyAllowed === false) {
        throw new AttributeError(
          'Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.',
        );
      }
      src = copyArray(arr, o);
    }
  }
  return src.viewWith(dims, strides ?? contiguousStrides(dims, arr.itemsize, fortran), src.offset);
}

/** `np.ravel(a, order='C')`: a 1-d view when the elements are contiguous in `order`, else a copy. */
export function ravel<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  order?: Order | { order?: Order },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  let o = checkOrder(bindArgs('ravel', ['order'], [order]).order);
  const c = contiguousIn(arr, false);
  const f = contiguousIn(arr, true);
  if (o === 'A') o = f && !c ? 'F' : 'C';
  else if (o === 'K' && (c || f)) o = c ? 'C' : 'F';
  const flatView = () => arr.viewWith([arr.size], [arr.itemsize], arr.offset);
  if ((o === 'C' && c) || (o === 'F' && f)) return flatView();
  if (o === 'K' && contiguousInMemoryOrder(arr)) return flatView();
  return flatten(arr, o);
}

/** Whether the axes, by decreasing |stride|, step through memory contiguously (positive strides). */
function contiguousInMemoryOrder(a: NDArray): boolean {
  let expected = a.itemsize;
  const perm = memoryOrder(a.steps);
  for (let i = perm.length - 1; i >= 0; i--) {
    const ax = perm[i]!;
    if (a.dims[ax] === 1) continue;
    if (a.steps[ax] !== expected) return false;
    expected *= a.dims[ax]!;
  }
  return true;
}

/** `a.flatten(order='C')`: always a fresh 1-d copy, elements read in `order`. */
export function flatten<K extends DTypeKey>(
  a: NDArray<K>,
  order?: Order | { order?: Order },
): NDArray<K> {
  let o = checkOrder(bindArgs('flatten', ['order'], [order]).order);
  if (o === 'A') o = isFortran(a) ? 'F' : 'C';
  // Reading in F or K order is reading a transposed view in C order.
  let src: NDArray<K> = a;
  if (o === 'F') src = transpose(a);
  else if (o === 'K') src = transpose(a, memoryOrder(a.steps));
  const out = copyArray(src, 'C');
  return out.viewWith([out.size], [out.itemsize], out.offset);
}

/** `np.transpose(a, axes=None)`: a view with the axes permuted (reversed by default). */
export function transpose<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  axes?: readonly number[] | null | { axes?: readonly number[] | null },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  // a.T and np.transpose(a) pass no axes: nothing to bind.
  const raw = (axes === undefined ? undefined : bindArgs('transpose', ['axes'], [axes]).axes) as
    | number
    | readonly number[]
    | null
    | undefined;
  const given = typeof raw === 'number' ? [raw] : raw;
  const nd = arr.ndim;
  let perm: number[];
  if (given === undefined || given === null) perm = arr.dims.map((_, i) => nd - 1 - i);
  else {
    if (given.length !== nd) throw new ValueError("axes don't match array");
    const seen = new Array<boolean>(nd).fill(false);
    perm = given.map((g) => {
      const ax = normalizeAxis(g, nd);
      if (seen[ax]) throw new ValueError('repeated axis in transpose');
      seen[ax] = true;
      return ax;
    });
  }
  return arr.viewWith(
    perm.map((p) => arr.dims[p]!),
    perm.map((p) => arr.steps[p]!),
    arr.offset,
  );
}

/** `np.swapaxes(a, axis1, axis2)`: a view. */
export function swapaxes<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  axis1?: number | { axis1?: number; axis2?: number },
  axis2?: number | { axis2?: number },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  const args = bindArgs('swapaxes', ['axis1', 'axis2'], [axis1, axis2]);
  for (const k of ['axis1', 'axis2']) {
    if (args[k] === undefined) {
      throw new TypeError(
        `swapaxes() missing required argument '${k}' (pos ${k === 'axis1' ? 2 : 3})`,
      );
    }
  }
  const i = normalizeAxis(args.axis1, arr.ndim, 'axis1');
  const j = normalizeAxis(args.axis2, arr.ndim, 'axis2');
  const perm = arr.dims.map((_, k) => (k === i ? j : k === j ? i : k));
  return transpose(arr, perm);
}

/** `np.moveaxis(a, source, destination)`: a view with the axes moved, the others in order. */
export function moveaxis<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  source?: Axes | { source?: Axes; destination?: Axes },
  destination?: Axes | { destination?: Axes },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  const args = bindArgs('moveaxis', ['source', 'destination'], [source, destination]);
  for (const k of ['source', 'destination']) {
    if (args[k] === undefined) {
      throw new TypeError(`moveaxis() missing 1 required positional argument: '${k}'`);
    }
  }
  const src = normalizeAxisTuple(args.source, arr.ndim, 'source');
  const dst = normalizeAxisTuple(args.destination, arr.ndim, 'destination');
  if (src.length !== dst.length) {
    throw new ValueError(
      '`source` and `destination` arguments must have the same number of elements',
    );
  }
  const order = arr.dims.map((_, i) => i).filter((i) => !src.includes(i));
  // Insert the moved axes by increasing destination, as NumPy does.
  const pairs = dst.map((d, k) => [d, src[k]!] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return transpose(arr, order);
}

/** `np.squeeze(a, axis=None)`: a view without the (selected) axes of length one. */
export function squeeze<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  axis?: Axes | null | { axis?: Axes | null },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  const given = bindArgs('squeeze', ['axis'], [axis]).axis as Axes | null | undefined;
  let drop: boolean[];
  if (given === undefined || given === null) drop = arr.dims.map((n) => n === 1);
  // NumPy lets a lone axis 0 or -1 through for 0-d arrays (backwards compatibility).
  else if (arr.ndim === 0 && (given === 0 || given === -1)) drop = [];
  else drop = squeezeAxes(arr.dims, given);
  const keep = arr.dims.map((_, i) => i).filter((i) => !drop[i]);
  return arr.viewWith(
    keep.map((i) => arr.dims[i]!),
    keep.map((i) => arr.steps[i]!),
    arr.offset,
  );
}

/** The axes `np.squeeze` is asked to drop, with NumPy's checks. */
function squeezeAxes(shape: readonly number[], given: Axes): boolean[] {
  const drop = shape.map(() => false);
  for (const g of Array.isArray(given) ? given : [given]) {
    const ax = normalizeAxis(g, shape.length);
    if (drop[ax]) throw new ValueError("duplicate value in 'axis'");
    drop[ax] = true;
  }
  if (drop.some((d, i) => d && shape[i] !== 1)) {
    throw new ValueError('cannot select an axis to squeeze out which has size not equal to one');
  }
  return drop;
}

/** `np.expand_dims(a, axis)`: new axes of length one at the given positions of the result. */
export function expand_dims<K extends DTypeKey = DTypeKey>(
  a: NDArray<K> | ArrayLike,
  axis?: Axes | { axis?: Axes },
): NDArray<K> {
  const arr = toArray(a) as NDArray<K>;
  const given = bindArgs('expand_dims', ['axis'], [axis]).axis;
  if (given === undefined) {
    throw new TypeError("expand_dims() missing 1 required positional argument: 'axis'");
  }
  const list = Array.isArray(given) ? given : [given];
  const nd = list.length + arr.ndim;
  const axes = normalizeAxisTuple(list, nd);
  let k = 0;
  const shape = Array.from({ length: nd }, (_, i) => (axes.includes(i) ? 1 : arr.dims[k++]!));
  return reshape(arr, shape);
}

/** `np.ndim(a)`. */
export function ndim(a: NDArray | ArrayLike): number {
  return toArray(a).ndim;
}

/** `np.shape(a)`, as a JS array. */
export function shape(a: NDArray | ArrayLike): number[] {
  return toArray(a).dims.slice();
}

/** `np.size(a, axis=None)`: elements in total or along the given axis (axes). */
export function size(a: NDArray | ArrayLike, axis?: Axes | null | { axis?: Axes | null }): number {
  const arr = toArray(a);
  const given = bindArgs('size', ['axis'], [axis]).axis as Axes | null | undefined;
  if (given === undefined || given === null) return arr.size;
  return shapeSize(normalizeAxisTuple(given, arr.ndim).map((ax) => arr.dims[ax]!));
}
