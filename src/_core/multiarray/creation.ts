/**
 * Array creation from shapes and prototypes: `np.empty`, `zeros`, `ones`, `full`, the
 * `*_like` family, `np.copy`, `ascontiguousarray`, `fromfunction`, `frombuffer`.
 * Ranges (arange, linspace …) and matrices (eye, diag, tri …) live in ranges.ts and
 * twodim.ts and are re-exported from here.
 */
import type { Complex } from '../complex.js';
import {
  type DType,
  type DTypeKey,
  type DTypeLike,
  float64,
  int64,
  type KeyOf,
  dtype as toDType,
  type ValidDType,
} from '../dtype.js';
import { ValueError } from '../errors.js';
import { cStrides, fStrides } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { allocate, bindArgs, creationDType, missing, missingPositional, toShape } from './args.js';
import { type ArrayLike, asarray, type InferKey } from './array.js';
import { castInto } from './castloops.js';
import { fillValueDType, fillWith } from './fillvalue.js';
import { likeStrides, type Order, parseCFOrder, parseOrder } from './layout.js';

export * from './buffer.js';
export * from './logspace.js';
export * from './ranges.js';
export * from './spaces.js';
export * from './twodim.js';

/** A shape argument: `3`, `[2, 3]`. */
export type ShapeLike = number | bigint | readonly (number | bigint)[];

/** Options shared by the shape-based constructors (NumPy's keywords). */
export interface CreationOptions<D extends DTypeLike = DTypeLike> {
  dtype?: ValidDType<D> | null;
  order?: 'C' | 'F';
  device?: string | null;
  like?: unknown;
}

/** Options of the `*_like` constructors. */
export interface LikeOptions<D extends DTypeLike = DTypeLike> {
  dtype?: ValidDType<D> | null;
  order?: Order;
  subok?: boolean;
  shape?: ShapeLike | null;
  device?: string | null;
}

/** The arguments after the prototype of a `*_like` call that names a dtype. */
type LikeArgsDType<D extends DTypeLike> =
  | [
      dtype: ValidDType<D>,
      order?: Order | LikeOptions<D>,
      subok?: boolean | LikeOptions<D>,
      shape?: ShapeLike | null | LikeOptions<D>,
      opts?: LikeOptions<D>,
    ]
  | [opts: LikeOptions<D> & { dtype: ValidDType<D> }];

/** The arguments after the prototype of a `*_like` call keeping the prototype's dtype. */
type LikeArgs = [
  dtype?: null | LikeOptions<never>,
  order?: Order | LikeOptions<never>,
  subok?: boolean | LikeOptions<never>,
  shape?: ShapeLike | null | LikeOptions<never>,
  opts?: LikeOptions<never>,
];

function checkDevice(device: unknown): void {
  if (device !== undefined && device !== null && device !== 'cpu') {
    throw new ValueError(
      `Device not understood. Only "cpu" is allowed, but received: ${String(device)}`,
    );
  }
}

/** Allocate from (shape, dtype, order) arguments: the core of empty/zeros/ones/full. */
function fromShape(
  fn: string,
  args: Record<string, unknown>,
  dflt: DType | null,
  fill?: unknown,
): NDArray {
  // empty and zeros are C functions, ones and full Python ones: their messages differ.
  if (fn === 'empty' || fn === 'zeros') {
    if (!('shape' in args)) throw missing(fn, 'shape', 1);
  } else missingPositional(fn, args, fn === 'full' ? ['shape', 'fill_value'] : ['shape']);
  checkDevice(args.device);
  const shape = toShape(args.shape);
  const dt =
    args.dtype === undefined || args.dtype === null
      ? (dflt ?? fillValueDType(fill))
      : creationDType(args.dtype);
  const order = parseCFOrder(args.order);
  // ones/full write every element of a numeric array: no need to zero its memory first
  // (np.full(1e6, 3.0) 0.36 -> 0.2 ms). Strings and records keep zeroed memory, so bytes
  // the fill does not write (padding, unused characters) stay zero.
  const out = allocate(
    shape,
    dt,
    order === 'F' ? fStrides(shape, dt.itemsize) : cStrides(shape, dt.itemsize),
    fill !== undefined ? 'biufc'.includes(dt.kind) : fn === 'empty' && unspecifiedOk(dt),
  );
  if (fill !== undefined) fillWith(out, fill);
  return out;
}

/**
 * Whether np.empty / np.empty_like may leave `dt`'s elements unspecified, as NumPy does
 * (np.empty of 1e6 float64 took 88 us zeroing its memory, NumPy's 0.2 us): numbers yes; bools
 * stay zero, since the engine's logical loops expect bytes 0 and 1, and so do strings,
 * records and datetimes (zero bytes: '', zeroed fields, the epoch).
 */
function unspecifiedOk(dt: DType): boolean {
  return 'iufc'.includes(dt.kind);
}

/**
 * `np.empty(shape, dtype=float, order='C')`. As in NumPy, the values of a numeric array are
 * unspecified (arrays of 16 KiB and more take uninitialised memory); fill it before reading.
 */
export function empty<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function empty<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  dtype: ValidDType<D> | null | undefined,
  order?: 'C' | 'F' | CreationOptions<D>,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function empty(...args: unknown[]): NDArray {
  return fromShape(
    'empty',
    bindArgs('empty', ['shape', 'dtype', 'order'], args, ['device', 'like']),
    float64,
  );
}

/** `np.zeros(shape, dtype=float, order='C')`. */
export function zeros<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function zeros<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  dtype: ValidDType<D> | null | undefined,
  order?: 'C' | 'F' | CreationOptions<D>,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function zeros(...args: unknown[]): NDArray {
  return fromShape(
    'zeros',
    bindArgs('zeros', ['shape', 'dtype', 'order'], args, ['device', 'like']),
    float64,
  );
}

/** `np.ones(shape, dtype=None, order='C')`. */
export function ones<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function ones<D extends DTypeLike = 'float64'>(
  shape: ShapeLike,
  dtype: ValidDType<D> | null | undefined,
  order?: 'C' | 'F' | CreationOptions<D>,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function ones(...args: unknown[]): NDArray {
  return fromShape(
    'ones',
    bindArgs('ones', ['shape', 'dtype', 'order'], args, ['device', 'like']),
    float64,
    1,
  );
}

/**
 * The dtype key NumPy infers for a fill value: a JS number is int64 or float64
 * depending on its value (API.md §11), a bigint int64 or uint64.
 */
type FillKey<V> = [V] extends [boolean]
  ? 'bool'
  : [V] extends [number]
    ? 'int64' | 'float64'
    : [V] extends [bigint]
      ? 'int64' | 'uint64'
      : [V] extends [Complex]
        ? 'complex128'
        : [V] extends [NDArray<infer K>]
          ? K
          : [V] extends [string]
            ? 'str'
            : DTypeKey;

/**
 * `np.full(shape, fill_value, dtype=None, order='C')`. Without a dtype it is the fill
 * value's: a safe-integer number is int64, any other number float64 (API.md §11).
 */
export function full<D extends DTypeLike>(
  shape: ShapeLike,
  fill_value: unknown,
  dtype: ValidDType<D>,
  order?: 'C' | 'F' | CreationOptions<D>,
  opts?: CreationOptions<D>,
): NDArray<KeyOf<D>>;
export function full<D extends DTypeLike>(
  shape: ShapeLike,
  fill_value: unknown,
  opts: CreationOptions<D> & { dtype: ValidDType<D> },
): NDArray<KeyOf<D>>;
export function full<V>(
  shape: ShapeLike,
  fill_value: V,
  dtype?: null | CreationOptions<never>,
  order?: 'C' | 'F' | CreationOptions<never>,
  opts?: CreationOptions<never>,
): NDArray<FillKey<V>>;

export function full(...args: unknown[]): NDArray {
  const a = bindArgs('full', ['shape', 'fill_value', 'dtype', 'order'], args, ['device', 'like']);
  return fromShape('full', a, null, a.fill_value);
}

/** `np.empty_like` and friends: shape, dtype and layout from the prototype unless given. */
function likeArray(args: Record<string, unknown>, unspecified = false): NDArray {
  checkDevice(args.device);
  const proto = args.prototype instanceof NDArray ? args.prototype : asarray(args.prototype);
  const dt =
    args.dtype === undefined || args.dtype === null ? proto.dtype : creationDType(args.dtype);
  const order = parseOrder(args.order, 'K');
  const shape = args.shape === undefined || args.shape === null ? proto.dims : toShape(args.shape);
  const strides = likeStrides(proto, shape, order, dt.itemsize);
  return allocate(shape, dt, strides, unspecified && unspecifiedOk(dt));
}

const LIKE_PARAMS = ['prototype', 'dtype', 'order', 'subok', 'shape'];

function likeArgs(
  fn: string,
  args: unknown[],
  firstName: string,
  params = LIKE_PARAMS,
): Record<string, unknown> {
  const names = [firstName, ...params.slice(1)];
  const a = bindArgs(fn, names, args, ['device']);
  if (firstName in a) {
    a.prototype = a[firstName];
    if (firstName !== 'prototype') delete a[firstName];
  }
  return a;
}

/**
 * `np.empty_like(prototype, dtype=None, order='K', subok=True, shape=None)`: numeric values
 * unspecified, as np.empty's.
 */
export function empty_like<D extends DTypeLike>(
  prototype: NDArray | ArrayLike,
  ...args: LikeArgsDType<D>
): NDArray<KeyOf<D>>;
export function empty_like<K extends DTypeKey>(
  prototype: NDArray<K>,
  ...args: LikeArgs
): NDArray<K>;
export function empty_like<T>(prototype: T, ...args: LikeArgs): NDArray<InferKey<T>>;
export function empty_like(...args: unknown[]): NDArray {
  const a = likeArgs('empty_like', args, 'prototype');
  if (!('prototype' in a)) throw missing('empty_like', 'prototype', 1);
  return likeArray(a, true);
}

/** `np.zeros_like(a, dtype=None, order='K', subok=True, shape=None)`. */
export function zeros_like<D extends DTypeLike>(
  a: NDArray | ArrayLike,
  ...args: LikeArgsDType<D>
): NDArray<KeyOf<D>>;
export function zeros_like<K extends DTypeKey>(a: NDArray<K>, ...args: LikeArgs): NDArray<K>;
export function zeros_like<T>(a: T, ...args: LikeArgs): NDArray<InferKey<T>>;
export function zeros_like(...args: unknown[]): NDArray {
  const a = likeArgs('zeros_like', args, 'a');
  if (!('prototype' in a)) missingPositional('zeros_like', a, ['a']);
  return likeArray(a);
}

/** `np.ones_like(a, dtype=None, order='K', subok=True, shape=None)`. */
export function ones_like<D extends DTypeLike>(
  a: NDArray | ArrayLike,
  ...args: LikeArgsDType<D>
): NDArray<KeyOf<D>>;
export function ones_like<K extends DTypeKey>(a: NDArray<K>, ...args: LikeArgs): NDArray<K>;
export function ones_like<T>(a: T, ...args: LikeArgs): NDArray<InferKey<T>>;
export function ones_like(...args: unknown[]): NDArray {
  const a = likeArgs('ones_like', args, 'a');
  if (!('prototype' in a)) missingPositional('ones_like', a, ['a']);
  const out = likeArray(a);
  fillWith(out, 1);
  return out;
}

/** `np.full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None)`. */
export function full_like<D extends DTypeLike>(
  a: NDArray | ArrayLike,
  fill_value: unknown,
  ...args: LikeArgsDType<D>
): NDArray<KeyOf<D>>;
export function full_like<K extends DTypeKey>(
  a: NDArray<K>,
  fill_value: unknown,
  ...args: LikeArgs
): NDArray<K>;
export function full_like<T>(a: T, fill_value: unknown, ...args: LikeArgs): NDArray<InferKey<T>>;
export function full_like(...args: unknown[]): NDArray {
  const a = likeArgs('full_like', args, 'a', [
    'prototype',
    'fill_value',
    'dtype',
    'order',
    'subok',
    'shape',
  ]);
  missingPositional('full_like', 'prototype' in a ? { ...a, a: a.prototype } : a, [
    'a',
    'fill_value',
  ]);
  const out = likeArray(a);
  fillWith(out, a.fill_value);
  return out;
}

/** `np.copy(a, order='K', subok=False)`: an array copy of any array_like. */
export function copy<K extends DTypeKey>(
  a: NDArray<K> | ArrayLike,
  order?: Order | { order?: Order; subok?: boolean },
  opts?: { order?: Order; subok?: boolean },
): NDArray<K>;
export function copy(...args: unknown[]): NDArray {
  const a = bindArgs('copy', ['a', 'order', 'subok'], args);
  missingPositional('copy', a, ['a']);
  const src = a.a instanceof NDArray ? a.a : asarray(a.a);
  const order = parseOrder(a.order, 'K');
  // castInto writes every element of a numeric array: no zeroing pass first.
  const out = allocate(
    src.dims,
    src.dtype,
    likeStrides(src, src.dims, order, src.itemsize),
    'biufc'.includes(src.dtype.kind) && !src.dtype.fields,
  );
  castInto(out, src);
  return out;
}

/** `np.ascontiguousarray(a, dtype=None)`: a C-contiguous array (at least 1-d), copying only when needed. */
export function ascontiguousarray<K extends DTypeKey, D extends DTypeLike | undefined = undefined>(
  a: NDArray<K> | ArrayLike,
  dtype?: ValidDType<D> | null | { dtype?: ValidDType<D> | null; like?: unknown },
  opts?: { dtype?: ValidDType<D> | null; like?: unknown },
): [D] extends [undefined] ? NDArray<K> : NDArray<KeyOf<NonNullable<D>>>;
export function ascontiguousarray(...args: unknown[]): NDArray {
  const a = bindArgs('ascontiguousarray', ['a', 'dtype'], args, ['like']);
  if (!('a' in a)) throw missing('ascontiguousarray', 'a', 1);
  const dt = a.dtype === undefined || a.dtype === null ? undefined : toDType(a.dtype as DTypeLike);
  const out = asarray(a.a, { dtype: dt, order: 'C' });
  if (out.ndim > 0) return out;
  return out.viewWith([1], [out.itemsize], out.offset);
}

/**
 * `np.fromfunction(function, shape, dtype=float)`: calls `function` once with one index
 * array per axis (each of `shape` and `dtype`) and returns what it returns. Unknown
 * options are passed on to `function` as a trailing object, like NumPy's `**kwargs`.
 */
export function fromfunction<R>(
  fn: (...indices: any[]) => R,
  shape: ShapeLike,
  opts?: { dtype?: DTypeLike; like?: unknown; [kw: string]: unknown },
): R;
export function fromfunction(fn: unknown, shape: unknown, opts?: unknown): unknown {
  if (typeof fn !== 'function') throw new TypeError(`'${typeof fn}' object is not callable`);
  if (shape === undefined)
    throw new TypeError("fromfunction() missing 1 required positional argument: 'shape'");
  const { dtype, like: _like, ...kwargs } = (opts ?? {}) as Record<string, unknown>;
  const dims = toShape(shape);
  const dt = creationDType(dtype);
  const grids = indexGrids(dims, dt);
  return Object.keys(kwargs).length > 0 ? fn(...grids, kwargs) : fn(...grids);
}

/** `np.indices(dims, dtype)` as one array per axis (views into one block, as NumPy's are). */
function indexGrids(dims: number[], dt: DType): NDArray[] {
  const nd = dims.length;
  const block = allocate([nd, ...dims], int64, cStrides([nd, ...dims], 8));
  const each = block.size / Math.max(nd, 1);
  const i32 = new Int32Array(block.buffer as ArrayBuffer, block.offset, 2 * block.size);
  // Axis k's grid holds the k-th index of each element in C order.
  for (let k = 0; k < nd; k++) {
    let inner = 1;
    for (let j = k + 1; j < nd; j++) inner *= dims[j]!;
    const n = dims[k]!;
    for (let e = 0; e < each; e++) i32[2 * (k * each + e)] = Math.floor(e / inner) % n;
  }
  const grid = dt === int64 ? block : allocate(block.dims, dt, cStrides(block.dims, dt.itemsize));
  if (grid !== block) castInto(grid, block);
  const strides = grid.steps.slice(1);
  return Array.from({ length: nd }, (_, k) =>
    grid.viewWith(dims, strides, grid.offset + k * grid.steps[0]!),
  );
}
