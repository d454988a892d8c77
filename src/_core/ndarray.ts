/**
 * NDArray: a typed, strided view of an ArrayBuffer (API.md §4).
 *
 * An array is buffer + byte offset + shape + byte strides + dtype. Views share the
 * buffer and record the array they look into in `base`. Storage is little-endian.
 * Most methods delegate to the module that owns the operation (indexing, shape,
 * casting, printing), so this file stays the data model.
 */

import * as fileio from '../lib/npyio/methods.js';
import { allocArray, allocUninitialized, arrayOffset, slabStorage } from './alloc.js';
import { round } from './around.js';
import { arrayRepr, arrayStr } from './arrayprint/arrayprint.js';
import { type AstypeOptions, astype, viewAs } from './casting.js';
import { clip } from './clip.js';
import {
  type DType,
  type DTypeKey,
  type DTypeLike,
  type KeyOf,
  type ScalarOf,
  type TypedArray,
  dtype as toDType,
  type ValidDType,
} from './dtype.js';
import { type Canonical, readElement, toJS } from './elements.js';
import { IndexError, ValueError } from './errors.js';
import { FlatIter } from './flatiter.js';
import * as reductions from './fromnumeric.js';
import { getItem, type IndexItem, setItem } from './indexing.js';
import * as selection from './item_selection/methods.js';
import {
  cStrides,
  forEachOffset,
  fStrides,
  isCContiguous,
  isFContiguous,
  shapeSize,
} from './iter.js';
import * as products from './linalg_products/products.js';
import type { ArrayLike } from './multiarray/array.js';
import { copyArray, fillArray } from './multiarray/copy.js';
import { powerShortcut } from './power_operator.js';
import { recordsEqual } from './records/compare.js';
import { field as recordField, setRecordElement } from './records/field.js';
import { argsortRecordsMethod, sortRecordsInPlace } from './records/order.js';
import type {
  AllOptions,
  ArgOptions,
  Axis,
  CumOptions,
  MaxOptions,
  MeanKey,
  MeanOptions,
  Opts,
  Reduced,
  StaticDTypeLike,
  SumKey,
  SumOptions,
  ValueOf,
  VarKey,
  VarOptions,
  WhereLike,
  WithDType,
} from './reduction_types.js';
import './records/index.js';
import {
  expand_dims,
  flatten,
  type Order,
  ravel,
  reshape,
  squeeze,
  swapaxes,
  transpose,
} from './shape.js';
import * as sorting from './sorting/methods.js';
import * as um from './umath/defs/index.js';
import type { AbsKey, ArithKeyOf, InexactKeyOf } from './umath/typing.js';

export type Shape = number | readonly number[];

/** A value or nested JS arrays of values: what `tolist()` gives. */
export type NestedList<T> = T | NestedList<T>[];

/** An untyped call, for methods that hand their arguments on unchanged. */
type Loose = (...args: unknown[]) => any;

/** NumPy's `ndarray.flags` (the parts numtype has). */
export class Flags {
  constructor(private readonly a: NDArray) {}
  get c_contiguous(): boolean {
    return isCContiguous(this.a.dims, this.a.steps, this.a.itemsize);
  }
  get f_contiguous(): boolean {
    return isFContiguous(this.a.dims, this.a.steps, this.a.itemsize);
  }
  get contiguous(): boolean {
    return this.c_contiguous;
  }
  get owndata(): boolean {
    return this.a.base === null;
  }
  get aligned(): boolean {
    return this.a.isAligned;
  }
  get writeable(): boolean {
    return this.a._writeable;
  }
  set writeable(v: boolean) {
    if (v && !this.a._writeable) {
      for (let b = this.a.base; b !== null; b = b.base) {
        if (!b._writeable) throw new ValueError('cannot set WRITEABLE flag to True of this array');
      }
    }
    this.a._writeable = v;
  }
  get writebackifcopy(): boolean {
    return false;
  }
  toString(): string {
    const t = (b: boolean) => (b ? 'True' : 'False');
    return [
      `  C_CONTIGUOUS : ${t(this.c_contiguous)}`,
      `  F_CONTIGUOUS : ${t(this.f_contiguous)}`,
      `  OWNDATA : ${t(this.owndata)}`,
      `  WRITEABLE : ${t(this.writeable)}`,
      `  ALIGNED : ${t(this.aligned)}`,
      `  WRITEBACKIFCOPY : ${t(false)}`,
      '',
    ].join('\n');
  }
}

let adopting = false;

/**
 * @internal `new NDArray(...)` that keeps `shape` and `strides` instead of copying them: for
 * hot paths whose arrays are fresh or another array's `dims` / `steps`, never changed after.
 */
export function adoptArray<K extends DTypeKey>(
  buffer: ArrayBuffer | SharedArrayBuffer,
  dtype: DType<K>,
  shape: readonly number[],
  strides: readonly number[],
  offset = 0,
  base: NDArray | null = null,
): NDArray<K> {
  adopting = true;
  try {
    return new NDArray(buffer, dtype, shape, strides, offset, base);
  } finally {
    adopting = false;
  }
}

/** A plain packed copy of a shape or strides (slice() of a frozen array is ~10x slower). */
function copyDims(a: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i]!);
  return out;
}

export class NDArray<K extends DTypeKey = DTypeKey> {
  readonly dtype: DType<K>;
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  /** Byte offset of element [0, 0, …] in `buffer`. */
  readonly offset: number;
  /** The array this one is a view of, or null when it owns its data. */
  readonly base: NDArray | null;
  /** @internal */ _writeable: boolean;
  // Shape and strides are plain arrays that no code mutates (frozen arrays take V8's slow
  // path in slice/every/some/forEach, 3-10x slower); the public `shape` / `strides` are
  // frozen copies made on first use, so a user's `a.shape[0] = 5` cannot corrupt the array.
  private _shape: readonly number[];
  private _strides: readonly number[];
  private _shapeOut: readonly number[] | undefined;
  private _stridesOut: readonly number[] | undefined;
  private _view: DataView | undefined;
  private _data: TypedArray | undefined;
  /** @internal Exactly this C-contiguous array's storage elements (see `contigBlock`). */
  _block: TypedArray | undefined;
  private _aligned: boolean | undefined;
  private _cContig: boolean | undefined;

  /**
   * Low-level constructor: wraps `buffer` without copying. Prefer `np.array`,
   * `np.empty` and friends.
   */
  constructor(
    buffer: ArrayBuffer | SharedArrayBuffer,
    dtype: DType<K>,
    shape: readonly number[],
    strides?: readonly number[],
    offset = 0,
    base: NDArray | null = null,
  ) {
    this.buffer = buffer;
    this.dtype = dtype;
    this._shape = adopting ? shape : copyDims(shape);
    this._strides = strides
      ? adopting
        ? strides
        : copyDims(strides)
      : cStrides(shape, dtype.itemsize);
    this._shapeOut = undefined;
    this._stridesOut = undefined;
    this.offset = offset;
    this.base = base;
    this._writeable = base === null ? true : base._writeable;
    this._block = undefined;
  }

  /** A new C-ordered array of `dtype` filled with zero bytes. */
  static zeros<K extends DTypeKey>(
    shape: readonly number[],
    dtype: DType<K>,
    order: 'C' | 'F' = 'C',
  ): NDArray<K> {
    const n = shapeSize(shape);
    // Offset 0 in a buffer of its own: internal callers index a fresh array's storage from 0
    // (user-facing creation goes through allocArray's slab blocks: multiarray/args.ts allocate).
    const buf = new ArrayBuffer(n * dtype.itemsize);
    // NumPy gives freshly allocated empty arrays all-zero strides.
    const strides =
      n === 0
        ? shape.map(() => 0)
        : order === 'F'
          ? fStrides(shape, dtype.itemsize)
          : cStrides(shape, dtype.itemsize);
    return new NDArray(buf, dtype, shape, strides, 0, null);
  }

  /** A new array whose elements are unspecified until written (NumPy's `np.empty`). */
  static empty<K extends DTypeKey>(
    shape: readonly number[],
    dtype: DType<K>,
    order: 'C' | 'F' = 'C',
  ): NDArray<K> {
    const n = shapeSize(shape);
    const buf = allocUninitialized(n * dtype.itemsize);
    const strides =
      n === 0
        ? shape.map(() => 0)
        : order === 'F'
          ? fStrides(shape, dtype.itemsize)
          : cStrides(shape, dtype.itemsize);
    return new NDArray(buf, dtype, shape, strides, 0, null);
  }

  /**
   * A new C-ordered result for the user, zero-filled or with unspecified contents: small ones
   * share a slab (alloc.ts `allocArray`), so everything that fills or reads it must go
   * through `offset`. Internal scratch takes `zeros` / `empty` (offset 0).
   */
  static fresh<K extends DTypeKey>(
    shape: readonly number[],
    dtype: DType<K>,
    zeroed = false,
  ): NDArray<K> {
    const n = shapeSize(shape);
    const buf = allocArray(n * dtype.itemsize, !zeroed);
    const strides = n === 0 ? shape.map(() => 0) : cStrides(shape, dtype.itemsize);
    return new NDArray(buf, dtype, shape, strides, arrayOffset, null);
  }

  /** A view of this array's buffer with another geometry (and optionally dtype). */
  viewWith<K2 extends DTypeKey = K>(
    shape: readonly number[],
    strides: readonly number[],
    offset: number,
    dtype?: DType<K2>,
  ): NDArray<K2> {
    const root = this.base ?? this;
    const dt = (dtype ?? this.dtype) as DType<K2>;
    const v = new NDArray(this.buffer, dt, shape, strides, offset, root);
    // Same buffer, same storage type: the whole-buffer typed array is the same one.
    if (this._data !== undefined && dt.storage === this.dtype.storage) v._data = this._data;
    return v;
  }

  get shape(): number[] {
    return (this._shapeOut ??= Object.freeze(copyDims(this._shape))) as number[];
  }
  set shape(s: Shape) {
    const v = reshape(this, s, { copyAllowed: false });
    this._shape = v.dims;
    this._strides = v.steps;
    this._shapeOut = undefined;
    this._stridesOut = undefined;
    this._aligned = undefined;
    this._cContig = undefined;
    this._block = undefined;
  }
  get strides(): number[] {
    return (this._stridesOut ??= Object.freeze(copyDims(this._strides))) as number[];
  }
  /** @internal `shape` without the frozen copy: never to be mutated or handed to users. */
  get dims(): readonly number[] {
    return this._shape;
  }
  /** @internal `strides` without the frozen copy: never to be mutated or handed to users. */
  get steps(): readonly number[] {
    return this._strides;
  }
  get ndim(): number {
    return this._shape.length;
  }
  get size(): number {
    return shapeSize(this._shape);
  }
  get itemsize(): number {
    return this.dtype.itemsize;
  }
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }
  get flags(): Flags {
    return new Flags(this);
  }
  /** @internal Whether the array is C-contiguous (`flags.c_contiguous`, cached). */
  get isCContig(): boolean {
    if (this._cContig === undefined)
      this._cContig = isCContiguous(this._shape, this._strides, this.dtype.itemsize);
    return this._cContig;
  }
  /** Whether offset and strides are multiples of the storage unit (typed-array access works). */
  get isAligned(): boolean {
    if (this._aligned === undefined) {
      const unit = this.dtype.storageBytes;
      let ok = this.offset % unit === 0;
      for (const s of this._strides) if (s % unit !== 0) ok = false;
      this._aligned = ok;
    }
    return this._aligned;
  }

  /** DataView over the whole buffer, for element access by byte offset. */
  get dataView(): DataView {
    return (this._view ??= new DataView(this.buffer));
  }

  /**
   * The storage typed array over the whole buffer (index = byteOffset / BYTES_PER_ELEMENT).
   * Valid for aligned arrays only; kernels check `isAligned` first.
   */
  get data(): TypedArray {
    if (!this._data) {
      const C = this.dtype.storage;
      this._data =
        slabStorage(this.buffer, C) ??
        new C(
          this.buffer as ArrayBuffer,
          0,
          Math.floor(this.buffer.byteLength / C.BYTES_PER_ELEMENT),
        );
    }
    return this._data;
  }

  /**
   * @internal The storage elements of this aligned C-contiguous array as one typed array of
   * exactly `len` storage units (size × lanes), kept for later calls: element-wise calls on
   * small arrays spend more on creating subarray views than on computing.
   */
  contigBlock(len: number): TypedArray {
    let b = this._block;
    if (b === undefined || b.length !== len) {
      const C = this.dtype.storage;
      b = new C(this.buffer as ArrayBuffer, this.offset, len);
      this._block = b;
    }
    return b;
  }

  /**
   * @internal This C-contiguous array's own storage units (size × lanes) as a typed array
   * starting at its offset: for code that fills a new array from index 0 (a new array from
   * allocArray may sit inside a shared slab).
   */
  ownData(): TypedArray {
    return this.contigBlock(this.size * this.dtype.lanes);
  }

  get T(): NDArray<K> {
    return transpose(this);
  }

  /** Transpose of the last two axes (`a.mT`). */
  get mT(): NDArray<K> {
    if (this.ndim < 2) throw new ValueError('matrix transpose with ndim < 2 is undefined');
    return swapaxes(this, -1, -2);
  }

  /** Real part: a view for complex arrays, the array itself (as a view) otherwise. */
  get real(): NDArray<AbsKey<K>> {
    if (this.dtype.kind !== 'c') return this.viewWith(this.dims, this.steps, this.offset);
    const part = toDType(this.dtype.itemsize === 16 ? 'float64' : 'float32');
    return this.viewWith(this.dims, this.steps, this.offset, part) as NDArray<AbsKey<K>>;
  }
  set real(v: unknown) {
    this.real.set('...', v);
  }

  /** Imaginary part: a view for complex arrays, read-only zeros otherwise (as NumPy). */
  get imag(): NDArray<AbsKey<K>> {
    if (this.dtype.kind === 'c') {
      const part = toDType(this.dtype.itemsize === 16 ? 'float64' : 'float32');
      return this.viewWith(
        this.dims,
        this.steps,
        this.offset + this.dtype.itemsize / 2,
        part,
      ) as NDArray<AbsKey<K>>;
    }
    const z = NDArray.zeros(this.dims, this.dtype as DType);
    z._writeable = false;
    return z as NDArray<AbsKey<K>>;
  }
  set imag(v: unknown) {
    if (this.dtype.kind !== 'c') throw new TypeError('array does not have imaginary part to set');
    this.imag.set('...', v);
  }

  /** A flat iterator (`a.flat`), indexable and assignable like NumPy's flatiter. */
  get flat(): FlatIter<K> {
    return new FlatIter(this);
  }

  /** Byte offset of the element at integer indices (negative allowed), with NumPy's errors. */
  offsetOf(indices: readonly number[]): number {
    let off = this.offset;
    for (let ax = 0; ax < indices.length; ax++) {
      let i = indices[ax]!;
      const n = this._shape[ax]!;
      if (!Number.isInteger(i))
        throw new IndexError(
          'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices',
        );
      if (i < -n || i >= n)
        throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
      if (i < 0) i += n;
      off += i * this._strides[ax]!;
    }
    return off;
  }

  /** Canonical value at a byte offset. @internal */
  readAt(off: number): Canonical {
    return readElement(this.dataView, off, this.dtype);
  }

  /** Read one element as a JS value: `a.at(1, 2)` (API.md §3). */
  at(...indices: number[]): ScalarOf<K> {
    if (indices.length !== this.ndim) {
      throw new IndexError(
        indices.length > this.ndim
          ? `too many indices for array: array is ${this.ndim}-dimensional, but ${indices.length} were indexed`
          : `at() needs one integer per axis: array is ${this.ndim}-dimensional, but ${indices.length} were given; use get() for a sub-array`,
      );
    }
    return toJS(this.readAt(this.offsetOf(indices)), this.dtype) as ScalarOf<K>;
  }

  /** Read one int64/uint64 element as a bigint (any integer dtype gives a bigint). */
  atBig(...indices: number[]): bigint {
    if (indices.length !== this.ndim)
      throw new IndexError(`atBig() needs ${this.ndim} indices, got ${indices.length}`);
    const v = this.readAt(this.offsetOf(indices));
    if (typeof v === 'bigint') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
    if (typeof v === 'boolean') return v ? 1n : 0n;
    throw new TypeError(`atBig() reads integer arrays; this array is ${this.dtype}`);
  }

  /** NumPy's `a.item(*args)`: no argument for size-1 arrays, a flat index, or one index per axis. */
  item(...args: number[]): ScalarOf<K> {
    let off: number;
    if (args.length === 0) {
      if (this.size !== 1)
        throw new ValueError('can only convert an array of size 1 to a Python scalar');
      off = this.offsetOf(new Array(this.ndim).fill(0));
    } else if (args.length === 1) {
      const size = this.size;
      let k = args[0]!;
      if (k < -size || k >= size)
        throw new IndexError(`index ${k} is out of bounds for size ${size}`);
      if (k < 0) k += size;
      const idx = new Array<number>(this.ndim);
      for (let ax = this.ndim - 1; ax >= 0; ax--) {
        idx[ax] = k % this._shape[ax]!;
        k = Math.floor(k / this._shape[ax]!);
      }
      off = this.offsetOf(idx);
    } else {
      if (args.length !== this.ndim) throw new ValueError('incorrect number of indices for array');
      off = this.offsetOf(args);
    }
    return toJS(this.readAt(off), this.dtype) as ScalarOf<K>;
  }

  /**
   * Nested JS arrays of JS values (the value itself for a 0-d array); `{bigint: true}`
   * gives int64/uint64 elements as bigints.
   */
  tolist(opts?: { bigint?: false }): NestedList<ScalarOf<K>>;
  tolist(opts: {
    bigint?: boolean;
  }): NestedList<ScalarOf<K> | (K extends 'int64' | 'uint64' ? bigint : never)>;
  tolist(opts: { bigint?: boolean } = {}): unknown {
    const conv = (v: Canonical) => toJS(v, this.dtype, opts.bigint === true);
    const rec = (ax: number, off: number): unknown => {
      if (ax === this.ndim) return conv(this.readAt(off));
      const out = new Array(this._shape[ax]!);
      for (let i = 0; i < out.length; i++) out[i] = rec(ax + 1, off + i * this._strides[ax]!);
      return out;
    };
    return rec(0, this.offset);
  }

  /** A C-ordered copy of the elements as a typed array (complex interleaved re/im; float16 as raw bits). */
  toTypedArray(): TypedArray {
    const c = this.flags.c_contiguous && this.isAligned ? this : copyArray(this, 'C');
    const C = this.dtype.storage;
    const n = this.size * this.dtype.lanes;
    const src = new C(c.buffer as ArrayBuffer, c.offset, n);
    return src.slice() as TypedArray;
  }

  /** Every element's byte offset in C order, for generic loops. */
  forEachOffset(fn: (off: number, k: number) => void): void {
    forEachOffset(this._shape, this._strides, this.offset, fn);
  }

  // --- indexing (API.md §5) ---

  /** `a[index]`: a view for basic indices, a copy for advanced ones. Always an NDArray. */
  get(...index: IndexItem[]): NDArray<K> {
    return getItem(this, index);
  }

  /** `a[index] = value`: the last argument is the value. */
  set(...args: [...IndexItem[], unknown]): void {
    if (!this._writeable) throw new ValueError('assignment destination is read-only');
    const value = args[args.length - 1];
    // A record given as a JS tuple into one structured element (records/field.ts).
    if (this.dtype.fields && setRecordElement(this, args.slice(0, -1), value)) return;
    setItem(this, args.slice(0, -1) as IndexItem[], value);
  }

  /** `a['name']` on a structured array: a writable view of one field (records/field.ts). */
  field(name: string): NDArray {
    return recordField(this, name);
  }

  /** `a.fill(value)`. */
  fill(value: unknown): void {
    if (!this._writeable) throw new ValueError('assignment destination is read-only');
    fillArray(this, value);
  }

  // --- shape (delegated to shape.ts) ---

  reshape(...shape: (number | readonly number[] | { order?: Order })[]): NDArray<K> {
    let order: Order = 'C';
    const last = shape[shape.length - 1];
    if (last !== undefined && typeof last === 'object' && !Array.isArray(last)) {
      order = (last as { order?: Order }).order ?? 'C';
      shape = shape.slice(0, -1);
    }
    const s = shape.length === 1 ? (shape[0] as Shape) : (shape as number[]);
    return reshape(this, s, { order });
  }
  ravel(order: Order | { order?: Order } = 'C'): NDArray<K> {
    return ravel(this, order);
  }
  flatten(order: Order | { order?: Order } = 'C'): NDArray<K> {
    return flatten(this, order);
  }
  transpose(...axes: (number | readonly number[])[]): NDArray<K> {
    const ax =
      axes.length === 0
        ? undefined
        : axes.length === 1 && Array.isArray(axes[0])
          ? (axes[0] as number[])
          : (axes as number[]);
    return transpose(this, ax);
  }
  swapaxes(axis1: number, axis2: number): NDArray<K> {
    return swapaxes(this, axis1, axis2);
  }
  squeeze(axis?: number | readonly number[] | { axis?: number | readonly number[] }): NDArray<K> {
    const ax =
      typeof axis === 'object' && axis !== null && !Array.isArray(axis)
        ? (axis as { axis?: number | number[] }).axis
        : axis;
    return squeeze(this, ax as number | number[] | undefined);
  }
  expand_dims(axis: number | readonly number[]): NDArray<K> {
    return expand_dims(this, axis);
  }

  // --- dtype changes (delegated to casting.ts) ---

  /** `a.astype(dtype, order='K', casting='unsafe', subok=True, copy=True)`. */
  astype<D extends DTypeLike>(
    dtype: ValidDType<D>,
    opts: Omit<AstypeOptions, 'device'> = {},
  ): NDArray<KeyOf<D>> {
    return astype(this, toDType(dtype as DTypeLike) as DType<KeyOf<D>>, opts);
  }

  /** `a.view(dtype)`: the same bytes seen as another dtype; `a.view()` a view of `a`. */
  view(): NDArray<K>;
  view<D extends DTypeLike>(dtype: ValidDType<D>): NDArray<KeyOf<D>>;
  view(dtype?: DTypeLike): NDArray {
    return viewAs(this, dtype === undefined ? this.dtype : toDType(dtype));
  }

  copy(order: Order | { order?: Order } = 'C'): NDArray<K> {
    const o = typeof order === 'object' ? (order.order ?? 'C') : order;
    return copyArray(this, o);
  }

  // --- operators (API.md §4): Python's operator methods, through the ufuncs ---

  /** `a + b` */
  add<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B>> {
    return um.add(this, b);
  }
  /** `a - b` */
  sub<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B, false>> {
    return um.subtract(this, b);
  }
  /** `a * b` */
  mul<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B>> {
    return um.multiply(this, b);
  }
  /** `a / b` */
  div<B extends ArrayLike>(b: B): NDArray<InexactKeyOf<K, B>> {
    return um.divide(this, b);
  }
  /** `-a` */
  neg(): NDArray<K> {
    return um.negative(this);
  }
  /** `+a` */
  pos(): NDArray<K> {
    return um.positive(this);
  }
  /** `abs(a)` */
  abs(): NDArray<AbsKey<K>> {
    return um.absolute(this);
  }
  /** `a < b` */
  lt(b: ArrayLike): NDArray<'bool'> {
    return um.less(this, b);
  }
  /** `a <= b` */
  le(b: ArrayLike): NDArray<'bool'> {
    return um.less_equal(this, b);
  }
  /** `a > b` */
  gt(b: ArrayLike): NDArray<'bool'> {
    return um.greater(this, b);
  }
  /** `a >= b` */
  ge(b: ArrayLike): NDArray<'bool'> {
    return um.greater_equal(this, b);
  }
  /** `a == b` */
  eq(b: ArrayLike): NDArray<'bool'> {
    // Structured arrays compare field by field, raw void ones byte by byte (records/compare.ts).
    if (this.dtype.kind === 'V') return recordsEqual(this, b);
    return um.equal(this, b);
  }
  /** `a != b` */
  ne(b: ArrayLike): NDArray<'bool'> {
    if (this.dtype.kind === 'V') return recordsEqual(this, b, true);
    return um.not_equal(this, b);
  }
  /** `a += b` (NumPy's same_kind casting into `a`); returns `a`. */
  iadd(b: ArrayLike): this {
    um.add(this, b, { out: this });
    return this;
  }
  /** `a -= b` */
  isub(b: ArrayLike): this {
    um.subtract(this, b, { out: this });
    return this;
  }
  /** `a *= b` */
  imul(b: ArrayLike): this {
    um.multiply(this, b, { out: this });
    return this;
  }
  /** `a /= b` */
  idiv(b: ArrayLike): this {
    um.divide(this, b, { out: this });
    return this;
  }

  // --- more operator methods (integer/bitwise/power ufuncs) ---
  // (section owned by the integer-ufuncs work)

  /** `a // b` */
  floordiv<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B, false>> {
    return um.floor_divide(this, b);
  }
  /** `a % b` */
  mod<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B, false>> {
    return um.remainder(this, b);
  }
  /** `a ** b` (Python's shortcuts: `a ** 2` is np.square; float arrays `** -1`, `** 0.5` are reciprocal, sqrt). */
  pow<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B, false>> {
    const f = powerShortcut(this, b);
    return f ? f(this) : um.power(this, b);
  }
  /** `a & b` */
  and<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B>> {
    return um.bitwise_and(this, b);
  }
  /** `a | b` */
  or<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B>> {
    return um.bitwise_or(this, b);
  }
  /** `a ^ b` */
  xor<B extends ArrayLike>(b: B): NDArray<ArithKeyOf<K, B>> {
    return um.bitwise_xor(this, b);
  }
  /** `~a` */
  invert(): NDArray {
    return um.invert(this);
  }
  /** `a << b` */
  lshift(b: ArrayLike): NDArray {
    return um.left_shift(this, b);
  }
  /** `a >> b` */
  rshift(b: ArrayLike): NDArray {
    return um.right_shift(this, b);
  }
  /** `a //= b` */
  ifloordiv(b: ArrayLike): this {
    um.floor_divide(this, b, { out: this });
    return this;
  }
  /** `a %= b` */
  imod(b: ArrayLike): this {
    um.remainder(this, b, { out: this });
    return this;
  }
  /** `a **= b` (with the shortcuts of `pow`, applied in place). */
  ipow(b: ArrayLike): this {
    const f = powerShortcut(this, b);
    if (f) f(this, { out: this });
    else um.power(this, b, { out: this });
    return this;
  }
  /** `a &= b` */
  iand(b: ArrayLike): this {
    um.bitwise_and(this, b, { out: this });
    return this;
  }
  /** `a |= b` */
  ior(b: ArrayLike): this {
    um.bitwise_or(this, b, { out: this });
    return this;
  }
  /** `a ^= b` */
  ixor(b: ArrayLike): this {
    um.bitwise_xor(this, b, { out: this });
    return this;
  }
  /** `a <<= b` */
  ilshift(b: ArrayLike): this {
    um.left_shift(this, b, { out: this });
    return this;
  }
  /** `a >>= b` */
  irshift(b: ArrayLike): this {
    um.right_shift(this, b, { out: this });
    return this;
  }
  /** `a.clip(min=None, max=None, out=None, **kwargs)`: bounds positionally or as `{min, max, out, where, …}`. */
  clip(...args: unknown[]): NDArray {
    const last = args[args.length - 1];
    const isOpts =
      last !== null &&
      typeof last === 'object' &&
      !Array.isArray(last) &&
      !(last instanceof NDArray) &&
      !ArrayBuffer.isView(last) &&
      !('re' in last);
    const opts: Record<string, unknown> = isOpts
      ? { ...(args.pop() as Record<string, unknown>) }
      : {};
    if (args.length > 3)
      throw new TypeError(`clip() takes at most 3 positional arguments (${args.length} given)`);
    ['min', 'max', 'out'].forEach((n, i) => {
      if (args[i] === undefined) return;
      if (n in opts)
        throw new TypeError(`argument for clip() given by name ('${n}') and position (${i + 1})`);
      opts[n] = args[i];
    });
    return clip(this, opts);
  }
  /** `a.round(decimals=0, out=None)` (NumPy's rounding: scale, rint, unscale). */
  round(
    decimals: number | { decimals?: number; out?: NDArray | null } = 0,
    out: NDArray | null = null,
  ): NDArray {
    if (typeof decimals === 'object') return round(this, decimals);
    return round(this, decimals, out);
  }
  /** `a.conj()`: complex conjugate (a copy for real arrays). */
  conj(): NDArray<K> {
    return um.conjugate(this);
  }
  /** `a.conjugate()`: complex conjugate. */
  conjugate(): NDArray<K> {
    return um.conjugate(this);
  }

  // --- reduction methods (sum, mean, argmax …) ---
  // (section owned by the reductions work)

  /** `a.sum(axis, dtype, out, keepdims, initial, where)`: see `np.sum`. */
  sum(): ValueOf<K, SumKey<K>>;
  sum<const O extends SumOptions>(
    opts: Opts<O, SumOptions>,
  ): Reduced<O, WithDType<O, SumKey<K>>, K>;
  sum<const O extends Omit<SumOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<SumOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, WithDType<O, SumKey<K>>, K>;
  sum<D extends DTypeLike = never>(
    axis: Axis,
    dtype?: ValidDType<D> | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: SumOptions['initial'],
    where?: WhereLike,
    opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
  ): NDArray<[D] extends [never] ? SumKey<K> : KeyOf<D>>;
  sum(
    axis?: Axis | null,
    dtype?: StaticDTypeLike | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: SumOptions['initial'],
    where?: WhereLike,
    opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
  ): ValueOf<K, SumKey<K>> | NDArray;
  sum(...args: unknown[]): any {
    return (reductions.sum as Loose)(this, ...args);
  }
  /** `a.prod(axis, dtype, out, keepdims, initial, where)`: see `np.prod`. */
  prod(): ValueOf<K, SumKey<K>>;
  prod<const O extends SumOptions>(
    opts: Opts<O, SumOptions>,
  ): Reduced<O, WithDType<O, SumKey<K>>, K>;
  prod<const O extends Omit<SumOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<SumOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, WithDType<O, SumKey<K>>, K>;
  prod<D extends DTypeLike = never>(
    axis: Axis,
    dtype?: ValidDType<D> | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: SumOptions['initial'],
    where?: WhereLike,
    opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
  ): NDArray<[D] extends [never] ? SumKey<K> : KeyOf<D>>;
  prod(
    axis?: Axis | null,
    dtype?: StaticDTypeLike | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: SumOptions['initial'],
    where?: WhereLike,
    opts?: Opts<SumOptions<StaticDTypeLike>, SumOptions>,
  ): ValueOf<K, SumKey<K>> | NDArray;
  prod(...args: unknown[]): any {
    return (reductions.prod as Loose)(this, ...args);
  }
  /** `a.max(axis, out, keepdims, initial, where)`: see `np.max`. */
  max(): ValueOf<K, K>;
  max<const O extends MaxOptions>(opts: Opts<O, MaxOptions>): Reduced<O, K, K>;
  max<const O extends Omit<MaxOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, K, K>;
  max(
    axis: Axis,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: MaxOptions['initial'],
    where?: WhereLike,
    opts?: Opts<MaxOptions, MaxOptions>,
  ): NDArray<K>;
  max(
    axis?: Axis | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: MaxOptions['initial'],
    where?: WhereLike,
    opts?: Opts<MaxOptions, MaxOptions>,
  ): ValueOf<K, K> | NDArray;
  max(...args: unknown[]): any {
    return (reductions.max as Loose)(this, ...args);
  }
  /** `a.min(axis, out, keepdims, initial, where)`: see `np.min`. */
  min(): ValueOf<K, K>;
  min<const O extends MaxOptions>(opts: Opts<O, MaxOptions>): Reduced<O, K, K>;
  min<const O extends Omit<MaxOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<MaxOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, K, K>;
  min(
    axis: Axis,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: MaxOptions['initial'],
    where?: WhereLike,
    opts?: Opts<MaxOptions, MaxOptions>,
  ): NDArray<K>;
  min(
    axis?: Axis | null,
    out?: NDArray | null,
    keepdims?: boolean,
    initial?: MaxOptions['initial'],
    where?: WhereLike,
    opts?: Opts<MaxOptions, MaxOptions>,
  ): ValueOf<K, K> | NDArray;
  min(...args: unknown[]): any {
    return (reductions.min as Loose)(this, ...args);
  }
  /** `a.mean(axis, dtype, out, keepdims, *, where)`: see `np.mean`. */
  mean(): ValueOf<K, MeanKey<K>>;
  mean<const O extends MeanOptions>(
    opts: Opts<O, MeanOptions>,
  ): Reduced<O, WithDType<O, MeanKey<K>>, K>;
  mean<const O extends Omit<MeanOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<MeanOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, WithDType<O, MeanKey<K>>, K>;
  mean<D extends DTypeLike = never>(
    axis: Axis,
    dtype?: ValidDType<D> | null,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<MeanOptions<StaticDTypeLike>, MeanOptions>,
  ): NDArray<[D] extends [never] ? MeanKey<K> : KeyOf<D>>;
  mean(
    axis?: Axis | null,
    dtype?: StaticDTypeLike | null,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<MeanOptions<StaticDTypeLike>, MeanOptions>,
  ): ValueOf<K, MeanKey<K>> | NDArray;
  mean(...args: unknown[]): any {
    return (reductions.mean as Loose)(this, ...args);
  }
  /** `a.var(axis, dtype, out, ddof, keepdims, *, where, mean, correction)`: see `np.var`. */
  var(): ValueOf<K, VarKey<K>>;
  var<const O extends VarOptions>(
    opts: Opts<O, VarOptions>,
  ): Reduced<O, WithDType<O, VarKey<K>>, K>;
  var<const O extends Omit<VarOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<VarOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, WithDType<O, VarKey<K>>, K>;
  var<D extends DTypeLike = never>(
    axis: Axis,
    dtype?: ValidDType<D> | null,
    out?: NDArray | null,
    ddof?: number,
    keepdims?: boolean,
    opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
  ): NDArray<[D] extends [never] ? VarKey<K> : KeyOf<D>>;
  var(
    axis?: Axis | null,
    dtype?: StaticDTypeLike | null,
    out?: NDArray | null,
    ddof?: number,
    keepdims?: boolean,
    opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
  ): ValueOf<K, VarKey<K>> | NDArray;
  var(...args: unknown[]): any {
    return (reductions.var as Loose)(this, ...args);
  }
  /** `a.std(axis, dtype, out, ddof, keepdims, *, where, mean, correction)`: see `np.std`. */
  std(): ValueOf<K, VarKey<K>>;
  std<const O extends VarOptions>(
    opts: Opts<O, VarOptions>,
  ): Reduced<O, WithDType<O, VarKey<K>>, K>;
  std<const O extends Omit<VarOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<VarOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, WithDType<O, VarKey<K>>, K>;
  std<D extends DTypeLike = never>(
    axis: Axis,
    dtype?: ValidDType<D> | null,
    out?: NDArray | null,
    ddof?: number,
    keepdims?: boolean,
    opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
  ): NDArray<[D] extends [never] ? VarKey<K> : KeyOf<D>>;
  std(
    axis?: Axis | null,
    dtype?: StaticDTypeLike | null,
    out?: NDArray | null,
    ddof?: number,
    keepdims?: boolean,
    opts?: Opts<VarOptions<StaticDTypeLike>, VarOptions>,
  ): ValueOf<K, VarKey<K>> | NDArray;
  std(...args: unknown[]): any {
    return (reductions.std as Loose)(this, ...args);
  }
  /** `a.all(axis, out, keepdims, *, where)`: see `np.all`. */
  all(): ValueOf<K, 'bool'>;
  all<const O extends AllOptions>(opts: Opts<O, AllOptions>): Reduced<O, 'bool', K>;
  all<const O extends Omit<AllOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<AllOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, 'bool', K>;
  all(
    axis: Axis,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<AllOptions, AllOptions>,
  ): NDArray<'bool'>;
  all(
    axis?: Axis | null,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<AllOptions, AllOptions>,
  ): ValueOf<K, 'bool'> | NDArray;
  all(...args: unknown[]): any {
    return (reductions.all as Loose)(this, ...args);
  }
  /** `a.any(axis, out, keepdims, *, where)`: see `np.any`. */
  any(): ValueOf<K, 'bool'>;
  any<const O extends AllOptions>(opts: Opts<O, AllOptions>): Reduced<O, 'bool', K>;
  any<const O extends Omit<AllOptions, 'axis'>>(
    axis: Axis,
    opts?: Opts<O, Omit<AllOptions, 'axis'>>,
  ): Reduced<O & { axis: Axis }, 'bool', K>;
  any(
    axis: Axis,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<AllOptions, AllOptions>,
  ): NDArray<'bool'>;
  any(
    axis?: Axis | null,
    out?: NDArray | null,
    keepdims?: boolean,
    opts?: Opts<AllOptions, AllOptions>,
  ): ValueOf<K, 'bool'> | NDArray;
  any(...args: unknown[]): any {
    return (reductions.any as Loose)(this, ...args);
  }
  /** `a.argmax(axis, out, *, keepdims)`: see `np.argmax`. */
  argmax(): ValueOf<K, 'int64'>;
  argmax<const O extends ArgOptions>(opts: Opts<O, ArgOptions>): Reduced<O, 'int64', K>;
  argmax<const O extends Omit<ArgOptions, 'axis'>>(
    axis: number,
    opts?: Opts<O, Omit<ArgOptions, 'axis'>>,
  ): Reduced<O & { axis: number }, 'int64', K>;
  argmax(axis: number, out?: NDArray | null, opts?: Opts<ArgOptions, ArgOptions>): NDArray<'int64'>;
  argmax(
    axis?: number | null,
    out?: NDArray | null,
    opts?: Opts<ArgOptions, ArgOptions>,
  ): ValueOf<K, 'int64'> | NDArray;
  argmax(...args: unknown[]): any {
    return (reductions.argmax as Loose)(this, ...args);
  }
  /** `a.argmin(axis, out, *, keepdims)`: see `np.argmin`. */
  argmin(): ValueOf<K, 'int64'>;
  argmin<const O extends ArgOptions>(opts: Opts<O, ArgOptions>): Reduced<O, 'int64', K>;
  argmin<const O extends Omit<ArgOptions, 'axis'>>(
    axis: number,
    opts?: Opts<O, Omit<ArgOptions, 'axis'>>,
  ): Reduced<O & { axis: number }, 'int64', K>;
  argmin(axis: number, out?: NDArray | null, opts?: Opts<ArgOptions, ArgOptions>): NDArray<'int64'>;
  argmin(
    axis?: number | null,
    out?: NDArray | null,
    opts?: Opts<ArgOptions, ArgOptions>,
  ): ValueOf<K, 'int64'> | NDArray;
  argmin(...args: unknown[]): any {
    return (reductions.argmin as Loose)(this, ...args);
  }
  /** `a.cumsum(axis, dtype, out)`: see `np.cumsum`. */
  cumsum<const O extends CumOptions>(
    opts: Opts<O, CumOptions>,
  ): O extends { out: infer X extends NDArray } ? X : NDArray<WithDType<O, SumKey<K>>>;
  cumsum<D extends DTypeLike = never>(
    axis?: number | null,
    dtype?: ValidDType<D> | null,
    out?: null,
  ): NDArray<[D] extends [never] ? SumKey<K> : KeyOf<D>>;
  cumsum<O extends NDArray>(
    axis: number | null | undefined,
    dtype: StaticDTypeLike | null | undefined,
    out: O,
  ): O;
  cumsum(...args: unknown[]): NDArray {
    return reductions.cumsum(this, ...args);
  }
  /** `a.cumprod(axis, dtype, out)`: see `np.cumprod`. */
  cumprod<const O extends CumOptions>(
    opts: Opts<O, CumOptions>,
  ): O extends { out: infer X extends NDArray } ? X : NDArray<WithDType<O, SumKey<K>>>;
  cumprod<D extends DTypeLike = never>(
    axis?: number | null,
    dtype?: ValidDType<D> | null,
    out?: null,
  ): NDArray<[D] extends [never] ? SumKey<K> : KeyOf<D>>;
  cumprod<O extends NDArray>(
    axis: number | null | undefined,
    dtype: StaticDTypeLike | null | undefined,
    out: O,
  ): O;
  cumprod(...args: unknown[]): NDArray {
    return reductions.cumprod(this, ...args);
  }

  // --- index routines (take, put, repeat …) ---
  // (delegated to item_selection/; 0-d results of take/choose/trace are JS values, as NumPy's scalars)

  /** `a.take(indices, axis=None, out=None, mode='raise')`. */
  take(indices: unknown, ...rest: unknown[]): any {
    return selection.take(this, [indices, ...rest]);
  }
  /** `a.put(indices, values, mode='raise')`: `a.flat[indices] = values`, in place. */
  put(indices: unknown, values?: unknown, ...rest: unknown[]): void {
    selection.put(this, [indices, values, ...rest]);
  }
  /** `a.repeat(repeats, axis=None)`. */
  repeat(repeats: unknown, ...rest: unknown[]): NDArray<K> {
    return selection.repeat(this, [repeats, ...rest]);
  }
  /** `a.choose(choices, out=None, mode='raise')`. */
  choose(choices: unknown, ...rest: unknown[]): any {
    return selection.choose(this, [choices, ...rest]);
  }
  /** `a.compress(condition, axis=None, out=None)`. */
  compress(condition: unknown, ...rest: unknown[]): NDArray<K> {
    return selection.compress(this, [condition, ...rest]) as NDArray<K>;
  }
  /** `a.nonzero()`: one int64 index array per axis. */
  nonzero(): NDArray<'int64'>[] {
    return selection.nonzero(this);
  }
  /** `a.diagonal(offset=0, axis1=0, axis2=1)`: a read-only view. */
  diagonal(...args: unknown[]): NDArray<K> {
    return selection.diagonal(this, args);
  }
  /** `a.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)`. */
  trace(...args: unknown[]): any {
    return selection.trace(this, args);
  }
  /**
   * `a.resize(new_shape, {refcheck})` in place (`a.resize(2, 3)` or `a.resize([2, 3])`).
   * The array must own its data; numtype cannot count references, so views made
   * earlier keep their old memory instead of raising (see resize.ts).
   */
  resize(...args: unknown[]): void {
    selection.resize(this, args);
  }

  // --- sorting (sort, argsort, searchsorted …) ---
  // (delegated to sorting/)

  /** `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: in place. */
  sort(...args: unknown[]): void {
    // Structured arrays sort by their fields, `order` first (records/order.ts).
    if (this.dtype.fields) sortRecordsInPlace(this, args);
    else sorting.sortInPlace(this, args);
  }
  /** `a.argsort(axis=-1, kind=None, order=None, *, stable=None)`. */
  argsort(...args: unknown[]): NDArray<'int64'> {
    if (this.dtype.fields) return argsortRecordsMethod(this, args) as NDArray<'int64'>;
    return sorting.argsortMethod(this, args);
  }
  /** `a.partition(kth, axis=-1, kind='introselect', order=None)`: in place. */
  partition(...args: unknown[]): void {
    sorting.partitionInPlace(this, args);
  }
  /** `a.argpartition(kth, axis=-1, kind='introselect', order=None)`. */
  argpartition(...args: unknown[]): NDArray<'int64'> {
    return sorting.argpartitionMethod(this, args);
  }
  /** `a.searchsorted(v, side='left', sorter=None)`. */
  searchsorted(...args: unknown[]): any {
    return sorting.searchsortedMethod(this, args);
  }

  // --- linear algebra (matmul, dot) ---
  // (delegated to linalg_products/; 0-d results are JS values, as NumPy's scalars)

  /** `a @ b`: see `np.matmul`. */
  matmul(b: ArrayLike): any {
    return products.matmul(this, b);
  }
  /** `a @= b`: NumPy's in-place matmul (the result must keep `a`'s shape); returns `a`. */
  imatmul(b: ArrayLike): this {
    products.matmul(this, b, { out: this });
    return this;
  }
  /** `a.dot(b, out=None)`: see `np.dot`. */
  dot(b: ArrayLike, out?: NDArray | null | { out?: NDArray | null }): any {
    return products.dot(this, b, out);
  }

  // --- printing (delegated to arrayprint) ---

  toString(): string {
    return arrayStr(this);
  }
  repr(): string {
    return arrayRepr(this);
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return arrayRepr(this);
  }

  /** `for (const row of a)`: iterate over the first axis. */
  *[Symbol.iterator](): Iterator<NDArray<K>> {
    if (this.ndim === 0) throw new TypeError('iteration over a 0-d array');
    const n = this._shape[0]!;
    const shape = this._shape.slice(1);
    const strides = this._strides.slice(1);
    for (let i = 0; i < n; i++)
      yield this.viewWith(shape, strides, this.offset + i * this._strides[0]!);
  }

  get length(): number {
    if (this.ndim === 0) throw new TypeError('len() of unsized object');
    return this._shape[0]!;
  }

  // --- files (tobytes, tofile) ---
  // (delegated to lib/npyio/methods)

  /** `a.tobytes(order='C')`: the raw little-endian bytes as a Uint8Array. */
  tobytes(...args: unknown[]): Uint8Array {
    return fileio.tobytesMethod(this, args);
  }
  /** `a.tofile(fid, sep='', format='%s')`: raw bytes, or text when `sep` is given. */
  tofile(...args: unknown[]): void {
    fileio.tofileMethod(this, args);
  }
}

export function isNDArray(x: unknown): x is NDArray {
  return x instanceof NDArray;
}
