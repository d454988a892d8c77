/**
 * dtype changes of whole arrays: `a.astype(dtype)` / `np.astype(x, dtype)` (a converted
 * copy, with NumPy's casting rules) and `a.view(dtype)` (the same bytes, reinterpreted).
 *
 * Conversion values are C casts as NumPy computes them on x86-64, with NumPy's warnings:
 * ComplexWarning when complex → real drops the imaginary part, and the cast's FP errors
 * ("invalid value encountered in cast" …) under np.errstate (see multiarray/castloops.ts).
 */
import { markRawBytes } from './bool_bytes.js';
import { Complex } from './complex.js';
import {
  bytesDType,
  type DType,
  type DTypeKey,
  type DTypeLike,
  type KeyOf,
  dtype as toDType,
  unicodeDType,
  type ValidDType,
} from './dtype.js';
import { readElement } from './elements.js';
import { unexpectedKeyword, ValueError } from './errors.js';
import { forEachOffset, isCContiguous, isFContiguous } from './iter.js';
import { allocate } from './multiarray/args.js';
import { castInto } from './multiarray/castloops.js';
import { likeStrides, type Order, parseOrder } from './multiarray/layout.js';
import { NDArray } from './ndarray.js';
import { pyTypeName } from './numerictypes/isdtype.js';
import { canCast, requiredStrLen } from './numerictypes/promotion.js';

/**
 * NumPy's casting rules. `'same_value'` (NumPy 2.4) casts numeric data like `'unsafe'`
 * but raises ValueError when a value does not survive the cast unchanged.
 */
export type CastingMode = 'no' | 'equiv' | 'safe' | 'same_kind' | 'same_value' | 'unsafe';

const CASTINGS: readonly string[] = ['no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value'];

export interface AstypeOptions {
  order?: Order;
  casting?: CastingMode;
  subok?: boolean;
  copy?: boolean | null;
  device?: string | null;
}

const ASTYPE_KEYS = new Set(['order', 'casting', 'subok', 'copy', 'device']);

/** An unsized `'U'`/`'S'` target takes the length NumPy picks for the source dtype. */
function sizedTarget(from: DType, to: DType): DType {
  if ((to.kind !== 'U' && to.kind !== 'S') || to.itemsize !== 0) return to;
  const n =
    from.kind === 'U'
      ? from.itemsize / 4
      : from.kind === 'S'
        ? from.itemsize
        : requiredStrLen(from);
  return to.kind === 'U' ? unicodeDType(n) : bytesDType(n);
}

/** `Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'safe'`. */
function castError(from: DType, to: DType, casting: string): TypeError {
  return new TypeError(
    `Cannot cast array data from ${from.repr()} to ${to.repr()} according to the rule '${casting}'`,
  );
}

const isNumeric = (d: DType): boolean => 'biufc'.includes(d.kind) && !d.fields;

function checkCasting(from: DType, to: DType, casting: unknown): void {
  if (typeof casting !== 'string' || !CASTINGS.includes(casting)) {
    throw new ValueError(
      `casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got '${String(casting)}')`,
    );
  }
  if (casting === 'same_value') {
    if (from !== to && !(isNumeric(from) && isNumeric(to))) throw castError(from, to, casting);
    return;
  }
  if (!canCast(from, to, casting as 'unsafe')) throw castError(from, to, casting);
}

/**
 * `a.astype(dtype, {order, casting, copy})` and `np.astype(x, dtype, {copy})`: a copy
 * of `a` converted to `dtype`. With `copy: false` the array itself comes back when it
 * already has that dtype and a layout that satisfies `order`.
 */
export function astype<D extends DTypeLike>(
  x: NDArray,
  dtype: ValidDType<D>,

  opts?: AstypeOptions,
): NDArray<KeyOf<D>>;
export function astype(x: NDArray, dtype: DTypeLike, opts: AstypeOptions = {}): NDArray {
  if (!(x instanceof NDArray)) {
    throw new TypeError(
      `Input should be a NumPy array or scalar. It is a ${pyTypeName(x)} instead.`,
    );
  }
  for (const k of Object.keys(opts)) if (!ASTYPE_KEYS.has(k)) throw unexpectedKeyword('astype', k);
  if (opts.device !== undefined && opts.device !== null && opts.device !== 'cpu') {
    throw new ValueError(
      `Device not understood. Only "cpu" is allowed, but received: ${opts.device}`,
    );
  }
  const order = parseOrder(opts.order, 'K');
  const casting = opts.casting ?? 'unsafe';
  const to = sizedTarget(x.dtype, toDType(dtype));
  checkCasting(x.dtype, to, casting);
  if (opts.copy === false && to === x.dtype && layoutFits(x, order)) return x;
  // castInto writes every element between numeric dtypes: no zeroing pass first.
  const out = allocate(
    x.dims,
    to,
    likeStrides(x, x.dims, order, to.itemsize),
    isNumeric(x.dtype) && isNumeric(to),
  );
  castInto(out, x);
  if (casting === 'same_value' && to !== x.dtype) checkSameValue(x, out);
  return out;
}

/** Whether `a` may be returned as is for `order` (NumPy's no-copy test in astype). */
function layoutFits(a: NDArray, order: Order): boolean {
  const c = () => isCContiguous(a.dims, a.steps, a.itemsize);
  const f = () => isFContiguous(a.dims, a.steps, a.itemsize);
  if (order === 'K') return true;
  if (order === 'A') return c() || f();
  return order === 'C' ? c() : f();
}

/** C names NumPy uses in `same_value` errors. */
const C_NAMES: Record<string, string> = {
  bool: 'bool',
  int8: 'byte',
  uint8: 'ubyte',
  int16: 'short',
  uint16: 'ushort',
  int32: 'int',
  uint32: 'uint',
  int64: 'long',
  uint64: 'ulong',
  float16: 'half',
  float32: 'float',
  float64: 'double',
  complex64: 'cfloat',
  complex128: 'cdouble',
};

/** A number-like element as an exact value: bigint for integral values, else the float. */
function exact(v: unknown): bigint | number {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return v;
  const x = v as number;
  return Number.isFinite(x) && Number.isInteger(x) ? BigInt(x) : x;
}

function sameNumber(a: unknown, b: unknown): boolean {
  const x = exact(a);
  const y = exact(b);
  if (typeof x === 'number' && typeof y === 'number')
    return x === y || (Number.isNaN(x) && Number.isNaN(y));
  return x === y;
}

/** `casting='same_value'`: every value must be the same number after the cast; bool targets always pass. */
function checkSameValue(src: NDArray, out: NDArray): void {
  const from = src.dtype;
  const to = out.dtype;
  if (to.kind === 'b') return;
  const sv = src.dataView;
  const offs: number[] = [];
  forEachOffset(out.dims, out.steps, out.offset, (off) => offs.push(off));
  const fail = (why = '') =>
    new ValueError(
      `could not cast 'same_value' ${C_NAMES[from.name]} to ${C_NAMES[to.name]}${why}`,
    );
  forEachOffset(src.dims, src.steps, src.offset, (off, k) => {
    const v = readElement(sv, off, from);
    const w = out.readAt(offs[k]!);
    const [vr, vi] = v instanceof Complex ? [v.re, v.im] : [v, 0];
    const [wr, wi] = w instanceof Complex ? [w.re, w.im] : [w, 0];
    if (to.kind !== 'c' && vi !== 0) throw fail(': imag is not 0');
    if (!sameNumber(vr, wr) || !sameNumber(vi, wi)) throw fail();
  });
}

/**
 * `a.view(dtype)`: the same memory seen as `dtype`. When the itemsize changes, the last
 * axis (which must be contiguous) grows or shrinks, with NumPy's errors.
 */
export function viewAs<K extends DTypeKey>(a: NDArray, dtype: DType<K>): NDArray<K> {
  // Bytes of one dtype read as another: a bool view may now see bytes other than 0 and 1.
  if (dtype !== a.dtype) markRawBytes(a.buffer);
  const old = a.itemsize;
  const size = dtype.itemsize;
  if (size === old) return a.viewWith(a.dims, a.steps, a.offset, dtype);
  const nd = a.ndim;
  if (nd === 0) {
    throw new ValueError(
      'Changing the dtype of a 0d array is only supported if the itemsize is unchanged',
    );
  }
  const last = nd - 1;
  if (a.dims[last] !== 1 && a.size !== 0 && a.steps[last] !== old) {
    throw new ValueError(
      'To change to a dtype of a different size, the last axis must be contiguous',
    );
  }
  const shape = a.dims.slice();
  const strides = a.steps.slice();
  if (size < old) {
    if (size === 0 || old % size !== 0) {
      throw new ValueError(
        'When changing to a smaller dtype, its size must be a divisor of the size of original dtype',
      );
    }
    shape[last] = shape[last]! * (old / size);
  } else {
    const bytes = shape[last]! * old;
    if (bytes % size !== 0) {
      throw new ValueError(
        'When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.',
      );
    }
    shape[last] = bytes / size;
  }
  strides[last] = size;
  return a.viewWith(shape, strides, a.offset, dtype);
}
