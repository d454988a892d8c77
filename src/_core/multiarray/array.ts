/**
 * `np.array` and `np.asarray`: JS values to arrays, inferring shape and dtype
 * exactly as NumPy infers them from the corresponding Python values (API.md §2).
 */

import { Complex } from '../complex.js';
import {
  bool,
  bytesDType,
  complex128,
  type DType,
  type DTypeKey,
  type DTypeLike,
  dtypeOfTypedArray,
  float64,
  int64,
  type KeyOf,
  setScalarFactory,
  dtype as toDType,
  uint64,
  unicodeDType,
  type ValidDType,
} from '../dtype.js';
import { castElement, fromPython, pyStr, writeElement } from '../elements.js';
import { OverflowError, unexpectedKeyword, ValueError } from '../errors.js';
import { storeInt64 } from '../int64_words.js';
import { cStrides, shapeRepr } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { promoteTypes } from '../numerictypes/promotion.js';
import { arrayFromRecords } from '../records/fromrecords.js';
import { isOptions } from './args.js';
import { assignArray, copyArray } from './copy.js';

export interface ArrayOptions<D extends DTypeLike = DTypeLike> {
  dtype?: D | null;
  copy?: boolean | null;
  order?: 'K' | 'A' | 'C' | 'F';
  ndmin?: number;
  subok?: boolean;
  like?: unknown;
}

const ARRAY_KEYS = new Set(['dtype', 'copy', 'order', 'ndmin', 'subok', 'like']);

/** Anything NumPy accepts as array_like. */
export type ArrayLike =
  | NDArray
  | number
  | bigint
  | boolean
  | string
  | Complex
  | ArrayBufferView
  | readonly unknown[]
  // NumPy's array protocol: an object whose `__array__()` gives the array (np.memmap).
  | { __array__(): NDArray };

const TWO63 = 2n ** 63n;
const TWO64 = 2n ** 64n;

/** The dtype NumPy discovers for one Python-like scalar. */
function scalarDType(v: unknown): DType {
  switch (typeof v) {
    case 'number':
      return Number.isSafeInteger(v) && !Object.is(v, -0) ? int64 : float64;
    case 'boolean':
      return bool;
    case 'bigint':
      if (v >= -TWO63 && v < TWO63) return int64;
      if (v >= 0n && v < TWO64) return uint64;
      throw new OverflowError('Python int too large to convert to C long');
    case 'string':
      return unicodeDType([...v].length);
    default:
      if (v instanceof Complex) return complex128;
      throw new TypeError(`numtype cannot make an array element from ${describe(v)}`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  return typeof v === 'object'
    ? `an object of type ${(v as object).constructor?.name ?? 'Object'}`
    : typeof v;
}

function isSequence(v: unknown): v is readonly unknown[] | (ArrayBufferView & { length: number }) {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

function inhomogeneous(depth: number, shape: number[]): ValueError {
  return new ValueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was ${shapeRepr(shape.slice(0, depth))} + inhomogeneous part.`,
  );
}

/** Discover the shape of nested sequences (NDArrays and typed arrays nest too). */
function discoverShape(obj: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = obj;
  for (;;) {
    if (cur instanceof NDArray) {
      shape.push(...cur.dims);
      break;
    }
    if (!isSequence(cur)) break;
    const n = (cur as unknown as { length: number }).length;
    shape.push(n);
    if (n === 0 || !Array.isArray(cur)) {
      if (!Array.isArray(cur)) break; // a typed array is one flat axis
      break;
    }
    cur = cur[0];
  }
  // Verify every branch; the first depth that disagrees is the inhomogeneous point.
  let maxOk = shape.length;
  let ragged = false;
  const check = (v: unknown, d: number): void => {
    if (d >= maxOk) {
      // A sequence below the discovered depth (`[1, [2]]`) is ragged too.
      if (isSequence(v) || (v instanceof NDArray && v.ndim > 0)) {
        maxOk = Math.min(maxOk, d);
        ragged = true;
      }
      return;
    }
    if (v instanceof NDArray) {
      for (let i = 0; i < v.ndim && d + i < maxOk; i++)
        if (v.dims[i] !== shape[d + i]) maxOk = Math.min(maxOk, d + i);
      if (v.ndim + d < maxOk) maxOk = Math.min(maxOk, d + v.ndim);
      return;
    }
    if (!isSequence(v)) {
      maxOk = Math.min(maxOk, d);
      return;
    }
    const n = v.length;
    if (n !== shape[d]) {
      maxOk = Math.min(maxOk, d);
      return;
    }
    if (Array.isArray(v)) for (let i = 0; i < n; i++) check(v[i], d + 1);
    else if (d + 1 < maxOk) maxOk = Math.min(maxOk, d + 1);
  };
  check(obj, 0);
  if (ragged || maxOk < shape.length) throw inhomogeneous(maxOk, shape);
  return shape;
}

/** Visit every leaf (scalar, or an NDArray/typed array filling the innermost axes). */
function forEachLeaf(obj: unknown, fn: (leaf: unknown) => void): void {
  if (Array.isArray(obj)) {
    for (const v of obj) forEachLeaf(v, fn);
  } else fn(obj);
}

/** Promote the dtypes of all leaves, handling plain-number arrays without per-item work. */
function discoverDType(obj: unknown): DType {
  let sawInt = false;
  let sawFloat = false;
  let sawBool = false;
  let sawComplex = false;
  let maxStr = -1;
  let big: DType | null = null;
  let others: DType | null = null;
  forEachLeaf(obj, (v) => {
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) sawInt = true;
      else sawFloat = true;
    } else if (typeof v === 'boolean') sawBool = true;
    else if (typeof v === 'string') maxStr = Math.max(maxStr, [...v].length);
    else if (typeof v === 'bigint') {
      const d = scalarDType(v);
      big = big ? promoteTypes(big, d) : d;
    } else if (v instanceof Complex) sawComplex = true;
    else {
      const d = v instanceof NDArray ? v.dtype : dtypeOfTypedArray(v);
      if (!d) throw new TypeError(`numtype cannot make an array element from ${describe(v)}`);
      others = others ? promoteTypes(others, d) : d;
    }
  });
  const parts: DType[] = [];
  if (sawBool) parts.push(bool);
  if (sawInt) parts.push(int64);
  if (big) parts.push(big);
  if (sawFloat) parts.push(float64);
  if (sawComplex) parts.push(complex128);
  if (maxStr >= 0) parts.push(unicodeDType(maxStr));
  if (others) parts.push(others);
  if (parts.length === 0) return float64;
  return parts.reduce((a, b) => promoteTypes(a, b));
}

/** Longest `str()` among the leaves, for `dtype='U'` / `'S'` without a size. */
function flexibleSize(obj: unknown, kind: 'U' | 'S'): DType {
  let n = 0;
  forEachLeaf(obj, (v) => {
    if (v instanceof NDArray || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
      const a = v instanceof NDArray ? v : array(v);
      if (a.dtype.kind === kind)
        n = Math.max(n, kind === 'U' ? a.dtype.itemsize / 4 : a.dtype.itemsize);
      else
        a.forEachOffset(
          (off) =>
            (n = Math.max(
              n,
              [...pyStr(castElement(a.readAt(off), a.dtype, unicodeDType(64)))].length,
            )),
        );
    } else if (v instanceof BytesLeaf) n = Math.max(n, v.bytes.length);
    else n = Math.max(n, [...pyStr(v)].length);
  });
  return kind === 'U' ? unicodeDType(n) : bytesDType(n);
}

/** A Uint8Array standing for one `S`/`V` element rather than a sequence of uint8. */
class BytesLeaf {
  constructor(readonly bytes: Uint8Array) {}
  toString(): string {
    return String.fromCharCode(...this.bytes);
  }
}

/** Nested lists with their Uint8Array members wrapped as single bytes values. */
function bytesLeaves(obj: unknown): unknown {
  if (Array.isArray(obj)) return obj.map(bytesLeaves);
  return obj instanceof Uint8Array ? new BytesLeaf(obj) : obj;
}

/** Fill `out` (fresh, C-contiguous) from nested JS values in C order. */
function fill(out: NDArray, obj: unknown): void {
  const dt = out.dtype;
  const view = out.dataView;
  const item = dt.itemsize;
  // Fast paths for flat arrays of plain numbers into float64 / int64.
  if (Array.isArray(obj) && out.ndim === 1) {
    if (dt === float64) {
      const d = out.data as Float64Array;
      const o = out.offset / 8;
      for (let i = 0; i < obj.length; i++) {
        const v = obj[i];
        d[o + i] = typeof v === 'number' ? v : (fromPython(v, dt) as number);
      }
      return;
    }
  }
  let pos = out.offset;
  const put = (leaf: unknown): void => {
    if (leaf instanceof NDArray || (ArrayBuffer.isView(leaf) && !(leaf instanceof DataView))) {
      // A typed array is wrapped, not passed to array() (which would come back here).
      const a = leaf instanceof NDArray ? leaf : typedArrayView(leaf as ArrayBufferView);
      const n = a.size;
      const dst = out.viewWith(a.dims, cStrides(a.dims, item), pos);
      assignArray(dst, a);
      pos += n * item;
      return;
    }
    writeElement(view, pos, dt, fromPython(leaf instanceof BytesLeaf ? leaf.bytes : leaf, dt));
    pos += item;
  };
  forEachLeaf(obj, put);
}

/** A typed array as a 1-d NDArray over its own memory. */
function typedArrayView(v: ArrayBufferView): NDArray {
  const dt = dtypeOfTypedArray(v);
  if (!dt) throw new TypeError(`numtype cannot make an array element from ${describe(v)}`);
  return new NDArray(
    v.buffer as ArrayBuffer,
    dt,
    [v.byteLength / dt.itemsize],
    [dt.itemsize],
    v.byteOffset,
    null,
  );
}

/**
 * The options of array(obj, dtype, {…}) / asarray(obj, dtype, order, {…}): NumPy's
 * positional parameters after obj (`names`), then a trailing options object.
 */
function withPositional(fn: string, names: string[], rest: unknown[]): Record<string, unknown> {
  const last = rest[rest.length - 1];
  const hasOpts = rest.length > 0 && isOptions(last);
  const pos = hasOpts ? rest.slice(0, -1) : rest;
  const opts = (hasOpts ? last : {}) as Record<string, unknown>;
  if (pos.length === 0) return opts;
  if (pos.length > names.length) {
    const n = names.length + 1;
    throw new TypeError(
      `${fn}() takes from 1 to ${n} positional arguments but ${pos.length + 1} were given`,
    );
  }
  const out = { ...opts };
  pos.forEach((v, i) => {
    const name = names[i]!;
    if (opts[name] !== undefined) {
      throw new TypeError(
        `argument for ${fn}() given by name ('${name}') and position (position ${i + 1})`,
      );
    }
    out[name] = v;
  });
  return out;
}

function checkOptions(fn: string, opts: object): void {
  for (const k of Object.keys(opts)) if (!ARRAY_KEYS.has(k)) throw unexpectedKeyword(fn, k);
}

const COPY_ERROR =
  'Unable to avoid copy while creating an array as requested.\n' +
  'If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n' +
  'For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.';

/** The leaves of nested JS arrays (a typed array or NDArray is a leaf). */
type Leaf<T> = T extends readonly (infer E)[] ? Leaf<E> : T;

/** The dtype key a typed array keeps (API.md §2). */
type TypedArrayKey<L> = [L] extends [Float64Array]
  ? 'float64'
  : [L] extends [Float32Array]
    ? 'float32'
    : [L] extends [Int8Array]
      ? 'int8'
      : [L] extends [Uint8Array | Uint8ClampedArray]
        ? 'uint8'
        : [L] extends [Int16Array]
          ? 'int16'
          : [L] extends [Uint16Array]
            ? 'uint16'
            : [L] extends [Int32Array]
              ? 'int32'
              : [L] extends [Uint32Array]
                ? 'uint32'
                : [L] extends [BigInt64Array]
                  ? 'int64'
                  : [L] extends [BigUint64Array]
                    ? 'uint64'
                    : DTypeKey;

/**
 * The dtype key `np.array` infers from nested JS values (API.md §2), as far as the
 * static types tell it: a JS number is int64 or float64 depending on its value (so
 * the key is the union `'int64' | 'float64'`), a bigint int64 or uint64; booleans are
 * bool, Complex values complex128, strings str, an empty list float64. Leaves mixing
 * NDArrays or anything else give the general key.
 */
export type InferKey<T> = InferLeaves<Leaf<T>>;
type InferLeaves<L> = 0 extends 1 & L
  ? DTypeKey
  : [L] extends [never]
    ? 'float64'
    : [L] extends [boolean]
      ? 'bool'
      : [L] extends [bigint | boolean]
        ? 'int64' | 'uint64'
        : [L] extends [number | bigint | boolean]
          ? 'int64' | 'float64'
          : [L] extends [number | bigint | boolean | Complex]
            ? 'complex128'
            : [L] extends [string]
              ? 'str'
              : [L] extends [ArrayBufferView]
                ? TypedArrayKey<L>
                : DTypeKey;

/** `np.array(object, {dtype, copy, order, ndmin})`. */
export function array<D extends DTypeLike>(
  obj: unknown,
  opts: ArrayOptions<D> & { dtype: ValidDType<D> | undefined },
): NDArray<KeyOf<D>>;
export function array<K extends DTypeKey>(
  obj: NDArray<K>,
  opts?: ArrayOptions<never> & { dtype?: null },
): NDArray<K>;
export function array<T>(
  obj: T,
  opts?: ArrayOptions<never> & { dtype?: null },
): NDArray<InferKey<T>>;
export function array<D extends DTypeLike>(
  obj: unknown,
  dtype: ValidDType<D>,
  opts?: ArrayOptions<never>,
): NDArray<KeyOf<D>>;
export function array<T>(
  obj: T,
  dtype: null | undefined,
  opts?: ArrayOptions<never> & { dtype?: null },
): NDArray<InferKey<T>>;
export function array(obj: unknown, opts?: ArrayOptions<DType>): NDArray;
export function array(obj: unknown, ...rest: unknown[]): NDArray {
  const opts = withPositional('array', ['dtype'], rest) as ArrayOptions;
  checkOptions('array', opts);
  const copy = opts.copy === undefined ? true : opts.copy;
  const order = opts.order ?? 'K';
  let out = build(
    obj,
    opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype as DTypeLike),
    copy,
    order,
  );
  const ndmin = opts.ndmin ?? 0;
  if (out.ndim < ndmin) {
    const shape = [...new Array(ndmin - out.ndim).fill(1), ...out.dims];
    // New leading axes: NumPy's strides are C-like over the block, or the itemsize for
    // Fortran-ordered arrays and 0-d ones.
    const fOnly = out.flags.f_contiguous && !out.flags.c_contiguous;
    const outer =
      out.ndim === 0 || fOnly ? out.itemsize : out.steps[0]! * Math.max(out.dims[0]!, 1);
    const strides = [...new Array(ndmin - out.ndim).fill(outer), ...out.steps];
    out = out.viewWith(shape, strides, out.offset);
  }
  return out;
}

function build(
  obj: unknown,
  dt: DType | null,
  copy: boolean | null,
  order: 'K' | 'A' | 'C' | 'F',
): NDArray {
  // NumPy's array protocol: an object with `__array__()` (e.g. np.memmap) stands for the
  // NDArray it returns.
  if (obj !== null && typeof obj === 'object' && !(obj instanceof NDArray)) {
    const f = (obj as { __array__?: unknown }).__array__;
    if (typeof f === 'function') obj = f.call(obj);
  }
  if (obj instanceof NDArray) {
    const target = dt ?? obj.dtype;
    const layoutOk =
      order === 'C' ? obj.flags.c_contiguous : order === 'F' ? obj.flags.f_contiguous : true;
    if (copy === true) return copyArray(obj, order, target);
    if (target === obj.dtype && layoutOk) return obj;
    if (copy === false) throw new ValueError(COPY_ERROR);
    return copyArray(obj, order, target);
  }
  if (copy === false && !(ArrayBuffer.isView(obj) && !(obj instanceof DataView)))
    throw new ValueError(COPY_ERROR);
  // Records (tuples or objects keyed by field) for a structured dtype: records/fromrecords.ts.
  if (dt?.fields) return arrayFromRecords(obj, dt, order === 'F' ? 'F' : 'C');
  // For bytes dtypes a Uint8Array inside a list is one bytes value (NumPy's `b'..'`).
  if ((dt?.kind === 'S' || dt?.kind === 'V') && Array.isArray(obj)) obj = bytesLeaves(obj);
  if (dt === null && Array.isArray(obj)) {
    const flat = flatNumbers(obj);
    if (flat !== null) return flat;
  }
  const shape = discoverShape(obj);
  let target = dt;
  if (target === null) target = discoverDType(obj);
  else if ((target.kind === 'U' || target.kind === 'S') && target.itemsize === 0)
    target = flexibleSize(obj, target.kind);
  const ta = dtypeOfTypedArray(obj);
  // A typed array is a buffer: asarray (copy=None) wraps it, as NumPy wraps buffer objects.
  if (ta && copy !== true && target === ta) {
    const v = obj as ArrayBufferView;
    return new NDArray(v.buffer as ArrayBuffer, ta, [shape[0]!], [ta.itemsize], v.byteOffset, null);
  }
  if (ta && copy === false) {
    const v = obj as ArrayBufferView;
    if (target !== ta) throw new ValueError(COPY_ERROR);
    return new NDArray(v.buffer as ArrayBuffer, ta, [shape[0]!], [ta.itemsize], v.byteOffset, null);
  }
  // Zeroed: bytes a leaf does not write (string padding, record gaps) stay zero.
  const out =
    order === 'F' ? NDArray.zeros(shape, target, 'F') : NDArray.fresh(shape, target, true);
  if (order === 'F' && out.ndim > 1) {
    const tmp = NDArray.zeros(shape, target);
    fill(tmp, obj);
    assignArray(out, tmp);
  } else fill(out, obj);
  return out;
}

/**
 * np.array([1.5, 2, 3]) / np.array([0, 2, 5]): a flat JS array of numbers (Python ints when
 * all are safe integers, so int64; else floats, so float64) written straight into the
 * result, without the general shape / dtype discovery and per-element conversion
 * (~1.5 -> ~0.4 µs for three values). Null for anything else (nested, other types, empty).
 */
function flatNumbers(obj: unknown[]): NDArray | null {
  const n = obj.length;
  if (n === 0 || n > 4096) return null;
  let ints = true;
  for (let i = 0; i < n; i++) {
    const v = obj[i];
    if (typeof v !== 'number') return null;
    if (ints && (!Number.isSafeInteger(v) || Object.is(v, -0))) ints = false;
  }
  const out = NDArray.empty([n], ints ? int64 : float64);
  if (!ints) {
    const d = out.contigBlock(n) as Float64Array;
    for (let i = 0; i < n; i++) d[i] = obj[i] as number;
    return out;
  }
  const w = new Int32Array(out.buffer as ArrayBuffer, out.offset, 2 * n);
  for (let i = 0; i < n; i++) storeInt64(w, i, obj[i] as number);
  return out;
}

/** NumPy's keywords of `np.asarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)`. */
export interface AsarrayOptions<D extends DTypeLike = DTypeLike> {
  dtype?: D | null;
  order?: 'K' | 'A' | 'C' | 'F';
  device?: string | null;
  copy?: boolean | null;
  like?: unknown;
}

/** `np.asarray(a, {dtype, order, device, copy, like})`: no copy when `a` already fits. */
export function asarray<D extends DTypeLike>(
  obj: unknown,
  opts: AsarrayOptions<D> & { dtype: ValidDType<D> | undefined },
): NDArray<KeyOf<D>>;
export function asarray<K extends DTypeKey>(
  obj: NDArray<K>,
  opts?: AsarrayOptions<never> & { dtype?: null },
): NDArray<K>;
export function asarray<T>(
  obj: T,
  opts?: AsarrayOptions<never> & { dtype?: null },
): NDArray<InferKey<T>>;
export function asarray<D extends DTypeLike>(
  obj: unknown,
  dtype: ValidDType<D>,
  order?: 'C' | 'F' | 'A' | 'K' | null | AsarrayOptions<never>,
  opts?: AsarrayOptions<never>,
): NDArray<KeyOf<D>>;
export function asarray<T>(
  obj: T,
  dtype: null | undefined,
  order?: 'C' | 'F' | 'A' | 'K' | null | AsarrayOptions<never>,
  opts?: AsarrayOptions<never> & { dtype?: null },
): NDArray<InferKey<T>>;
export function asarray(obj: unknown, opts?: AsarrayOptions<DType>): NDArray;
export function asarray(obj: unknown, ...rest: unknown[]): NDArray {
  const opts = withPositional('asarray', ['dtype', 'order'], rest) as AsarrayOptions;
  for (const k of Object.keys(opts))
    if (!['dtype', 'order', 'copy', 'like', 'device'].includes(k))
      throw unexpectedKeyword('asarray', k);
  return array(obj, {
    dtype: opts.dtype,
    order: opts.order ?? 'K',
    copy: opts.copy ?? null,
  } as ArrayOptions<DType>);
}

/** Internal: any array_like to an NDArray without copying when possible. */
export function toArray(obj: unknown): NDArray {
  return obj instanceof NDArray ? obj : array(obj, { copy: null });
}

// `np.float32(x)`, `np.int64(5)`: the dtype singletons make strong scalars (0-d arrays).
setScalarFactory((dt, v) => array(v, { dtype: dt }));
