/**
 * Arguments of the creation functions: NumPy's positional order plus one trailing
 * options object (API.md §1), shapes and integers with Python's errors, and
 * allocation with NumPy's size checks.
 */
import { allocArray, arrayOffset } from '../alloc.js';
import { Complex, pyFloatRepr } from '../complex.js';
import { type DType, type DTypeKey, type DTypeLike, float64, dtype as toDType } from '../dtype.js';
import { unexpectedKeyword, ValueError } from '../errors.js';
import { shapeRepr } from '../iter.js';
import { NDArray } from '../ndarray.js';

/** A plain `{...}` object: the trailing options argument. */
export function isOptions(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof NDArray) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Bind positional `args` and a trailing options object to NumPy's parameter names
 * (`params` positional-or-keyword, `kwOnly` keyword-only). Arguments given as
 * `undefined` count as not given.
 */
export function bindArgs(
  fn: string,
  params: readonly string[],
  args: readonly unknown[],
  kwOnly: readonly string[] = [],
): Record<string, unknown> {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  let pos = args.slice(0, end);
  let opts: Record<string, unknown> = {};
  if (pos.length > 0 && isOptions(pos[pos.length - 1])) {
    opts = pos[pos.length - 1] as Record<string, unknown>;
    pos = pos.slice(0, -1);
  }
  if (pos.length > params.length) {
    throw new TypeError(
      `${fn}() takes at most ${params.length} positional argument${params.length === 1 ? '' : 's'} (${pos.length} given)`,
    );
  }
  const out: Record<string, unknown> = {};
  pos.forEach((v, i) => {
    if (v !== undefined) out[params[i]!] = v;
  });
  for (const [k, v] of Object.entries(opts)) {
    if (!params.includes(k) && !kwOnly.includes(k)) throw unexpectedKeyword(fn, k);
    if (k in out) throw new TypeError(`${fn}() got multiple values for argument '${k}'`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `fn() missing required argument 'name' (pos n)`: NumPy's C functions. */
export function missing(fn: string, name: string, pos: number): TypeError {
  return new TypeError(`${fn}() missing required argument '${name}' (pos ${pos})`);
}

/** Python functions' message: `fn() missing 1 required positional argument: 'name'` (or 2: 'a' and 'b'). */
export function missingPositional(
  fn: string,
  args: Record<string, unknown>,
  names: readonly string[],
): void {
  const miss = names.filter((n) => !(n in args));
  if (miss.length === 0) return;
  const list = miss.map((n) => `'${n}'`);
  const text =
    list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  throw new TypeError(
    `${fn}() missing ${miss.length} required positional argument${miss.length > 1 ? 's' : ''}: ${text}`,
  );
}

/** Python's type name of a JS value seen as a Python object, for messages. */
export function pyType(v: unknown): string {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? 'int' : 'float';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (v === null || v === undefined) return 'NoneType';
  if (v instanceof Complex) return 'complex';
  if (v instanceof NDArray) return 'numpy.ndarray';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'function') return 'function';
  return 'dict';
}

/** Python's `repr` of a scalar-like JS value, for messages. */
function pyRepr(v: unknown): string {
  if (typeof v === 'number')
    return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : pyFloatRepr(v, false);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || v === undefined) return 'None';
  return String(v);
}

/** The integer value of a 0-d integer/bool NDArray, or null. */
function arrayIndex(v: NDArray): number | bigint | null {
  if (v.ndim !== 0 || !(v.dtype.isInteger || v.dtype.kind === 'b')) return null;
  const x = v.readAt(v.offset);
  return typeof x === 'boolean' ? (x ? 1 : 0) : (x as number | bigint);
}

/**
 * Python's `operator.index(v)`: an exact integer (safe-integer number, bigint, integer
 * 0-d array; bools too, as Python's bool is an int), else
 * `TypeError: 'float' object cannot be interpreted as an integer`.
 */
export function toIndex(v: unknown): number {
  let x: unknown = v;
  if (v instanceof NDArray) x = arrayIndex(v) ?? v;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0)) return x;
  if (typeof x === 'bigint') {
    if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ValueError('Maximum allowed dimension exceeded');
    }
    return Number(x);
  }
  throw new TypeError(`'${pyType(x)}' object cannot be interpreted as an integer`);
}

const MAX_INTP = 2n ** 63n - 1n;

/** One dimension of a shape, with NumPy's errors. */
function toDim(v: unknown): number {
  if (typeof v === 'boolean') throw new TypeError('an integer is required');
  if (typeof v === 'bigint') {
    if (v > MAX_INTP || v < -MAX_INTP) throw new ValueError('Maximum allowed dimension exceeded');
    if (v < 0n) throw new ValueError('negative dimensions are not allowed');
    // Beyond 2**53 only the size check (array is too big) can follow, so a double will do.
    return Number(v);
  }
  const n = toIndex(v);
  if (n < 0) throw new ValueError('negative dimensions are not allowed');
  return n;
}

/** A shape argument (`number | number[]`, or an integer NDArray) as a fresh `number[]`. */
export function toShape(shape: unknown): number[] {
  if (shape === null || shape === undefined)
    throw new TypeError('Use () not None as shape arguments');
  if (Array.isArray(shape)) return shape.map(toDim);
  if (shape instanceof NDArray && shape.ndim === 1) return (shape.tolist() as unknown[]).map(toDim);
  if (typeof shape === 'number' && !(Number.isSafeInteger(shape) && !Object.is(shape, -0))) {
    throw new TypeError(
      `expected a sequence of integers or a single integer, got '${pyRepr(shape)}'`,
    );
  }
  if (typeof shape === 'boolean') {
    throw new TypeError(
      `expected a sequence of integers or a single integer, got '${pyRepr(shape)}'`,
    );
  }
  return [toDim(shape)];
}

/** NumPy's MemoryError for an allocation the runtime refuses. */
export class ArrayMemoryError extends Error {
  override name = 'MemoryError';
}

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** NumPy's `_size_to_string`: `8.00 GiB`. */
function sizeString(bytes: number): string {
  let unit = Math.floor(Math.max(Math.floor(Math.log2(bytes)), 1) / 10);
  let n = bytes / 2 ** (unit * 10);
  if (Math.round(n) === 1024) {
    unit++;
    n /= 1024;
  }
  return unit === 0 ? `${n.toFixed(0)} ${UNITS[unit]}` : `${n.toFixed(2)} ${UNITS[unit]}`;
}

/**
 * A new array of `dtype` (zero-filled, as every fresh ArrayBuffer is, or with `uninitialized`
 * unspecified contents for a caller that writes every element) with the given byte strides,
 * after NumPy's size checks.
 */
export function allocate<K extends DTypeKey>(
  shape: readonly number[],
  dtype: DType<K>,
  strides: readonly number[],
  uninitialized = false,
): NDArray<K> {
  // Sizes below 2^53 bytes are exact as numbers; only larger ones need BigInt for the check.
  let size = 1;
  for (let d = 0; d < shape.length; d++) size *= shape[d]!;
  let bytes = size * dtype.itemsize;
  if (!(bytes <= Number.MAX_SAFE_INTEGER)) {
    let big = BigInt(dtype.itemsize);
    for (const n of shape) big *= BigInt(n);
    if (big > MAX_INTP) {
      throw new ValueError(
        'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.',
      );
    }
    bytes = Number(big);
  }
  let buffer: ArrayBuffer;
  try {
    buffer = allocArray(bytes, uninitialized);
  } catch {
    throw new ArrayMemoryError(
      `Unable to allocate ${sizeString(bytes)} for an array with shape ${shapeRepr(shape)} and data type ${dtype}`,
    );
  }
  // NumPy gives a new empty array all-zero strides.
  return new NDArray(buffer, dtype, shape, size === 0 ? shape.map(() => 0) : strides, arrayOffset);
}

/** A creation function's dtype argument (default float64); an unsized `U`/`S` becomes size 1, as in NumPy. */
export function creationDType(spec: unknown, dflt: DType = float64): DType {
  if (spec === undefined || spec === null) return dflt;
  const d = toDType(spec as DTypeLike);
  if ((d.kind === 'U' || d.kind === 'S') && d.itemsize === 0) return toDType(`${d.kind}1`);
  return d;
}
