/**
 * Argument handling of numpy/fft/_pocketfft.py: `n`, `norm`, axes read through
 * `a.shape[axis]`, and `_cook_nd_args` for `s`/`axes`, with NumPy's (and Python's)
 * errors and NumPy 2's DeprecationWarnings.
 */
import { pyFloatRepr } from '../_core/complex.js';
import type { DType } from '../_core/dtype.js';
import { DTypePromotionError, IndexError, ValueError } from '../_core/errors.js';
import { NDArray } from '../_core/ndarray.js';
import { warn } from '../_core/runtime_warning.js';

export type Norm = 'backward' | 'ortho' | 'forward';

/** Python's type name of an index-like value, for TypeErrors. */
function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return typeof v;
}

/** An integer argument as Python's operator.index would accept it, else undefined. */
function asInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof NDArray && v.ndim === 0 && 'iub'.includes(v.dtype.kind) && v.dtype.kind !== 'b')
    return Number(v.item());
  return undefined;
}

/** `n` of a 1-D transform: Python int ≥ 1 (NumPy's checks, in NumPy's order). */
export function checkN(n: unknown): number {
  const i = asInt(n);
  if (i !== undefined) {
    if (i < 1) throw new ValueError(`Invalid number of FFT data points (${i}) specified.`);
    return i;
  }
  if (typeof n === 'number') {
    if (n < 1)
      throw new ValueError(
        `Invalid number of FFT data points (${pyFloatRepr(n, false)}) specified.`,
      );
    throw new TypeError("'float' object cannot be interpreted as an integer");
  }
  if (typeof n === 'boolean') {
    if (!n) throw new ValueError('Invalid number of FFT data points (False) specified.');
    throw new TypeError('an integer is required');
  }
  throw new TypeError(`'<' not supported between instances of '${pyTypeName(n)}' and 'int'`);
}

const SWAP: Record<string, Norm> = { backward: 'forward', ortho: 'ortho', forward: 'backward' };

/** NumPy's `_swap_direction` (None counts as "backward"). */
export function swapDirection(norm: unknown): Norm {
  if (norm === undefined || norm === null) return 'forward';
  if (typeof norm === 'string' && norm in SWAP) return SWAP[norm]!;
  throw new ValueError(
    `Invalid norm value ${String(norm)}; should be "backward", "ortho" or "forward".`,
  );
}

/** The norm checked by `_raw_fft` (note NumPy's message lacks a space here). */
export function checkNorm(norm: unknown): Norm {
  if (norm === undefined || norm === null) return 'backward';
  if (norm === 'backward' || norm === 'ortho' || norm === 'forward') return norm;
  throw new ValueError(
    `Invalid norm value ${String(norm)}; should be "backward","ortho" or "forward".`,
  );
}

/** Python's `shape[axis]` (a tuple index). */
export function shapeAt(shape: readonly number[], axis: unknown): number {
  const i = asInt(axis);
  if (i === undefined) {
    throw new TypeError(
      `tuple indices must be integers or slices, not ${pyTypeName(axis === undefined ? null : axis)}`,
    );
  }
  if (i < -shape.length || i >= shape.length) throw new IndexError('tuple index out of range');
  return shape[i < 0 ? i + shape.length : i]!;
}

/** The `axis` argument as an integer for normalize_axis_index. */
export function axisInt(axis: unknown): number {
  const i = asInt(axis);
  if (i !== undefined) return i;
  throw new TypeError(`'${pyTypeName(axis)}' object cannot be interpreted as an integer`);
}

/**
 * `result_type(a.real.dtype, 1.0)`: the precision of the normalization factor and
 * of the computation (single for float16/float32/complex64, double otherwise).
 */
export function realDType(dt: DType): 'float16' | 'float32' | 'float64' {
  if (dt.name === 'float16') return 'float16';
  if (dt.name === 'float32' || dt.name === 'complex64') return 'float32';
  if ('biufc'.includes(dt.kind)) return 'float64';
  const cls = dt.kind === 'U' ? 'StrDType' : dt.kind === 'S' ? 'BytesDType' : 'VoidDType';
  throw new DTypePromotionError(
    `The DType <class 'numpy.dtypes.${cls}'> could not be promoted by <class 'numpy.dtypes._PyFloatDType'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: (<class 'numpy.dtypes.${cls}'>, <class 'numpy.dtypes._PyFloatDType'>)`,
  );
}

/** A sequence argument (s or axes) as a JS array; Python's errors for scalars. */
function seq(v: unknown, what: 's' | 'axes', sGiven: boolean): unknown[] {
  if (Array.isArray(v)) return v.slice();
  if (v instanceof NDArray) {
    if (v.ndim === 0) throw new TypeError('iteration over a 0-d array');
    return (v.tolist() as unknown[]).slice();
  }
  if (what === 'axes' && !sGiven) {
    throw new TypeError(
      `'numpy.${typeof v === 'number' ? 'int64' : 'float64'}' object is not iterable`,
    );
  }
  if (what === 'axes') throw new TypeError(`object of type '${pyTypeName(v)}' has no len()`);
  throw new TypeError(`'${pyTypeName(v)}' object is not iterable`);
}

/** NumPy's `take(a.shape, axes)`. */
function takeShape(shape: readonly number[], axes: unknown[]): number[] {
  return axes.map((ax) => {
    const i = asInt(ax);
    if (i === undefined)
      throw new TypeError(`'${pyTypeName(ax)}' object cannot be interpreted as an integer`);
    if (i < -shape.length || i >= shape.length) {
      throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${shape.length}`);
    }
    return shape[i < 0 ? i + shape.length : i]!;
  });
}

const AXES_DEPRECATION =
  '`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of NumPy, this will raise an error and `s[i]` will correspond to the size along the transformed axis specified by `axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for an array of dimension k.';
const NONE_DEPRECATION =
  'Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise an error in a future version of NumPy. To use the default behaviour of the corresponding 1-D transform, pass the value matching the default for its `n` parameter. To use the default behaviour for every axis, the `s` argument can be omitted.';

/**
 * NumPy's `_cook_nd_args(a, s, axes, invreal)`: the per-axis lengths (null = the 1-D
 * transform's default) and the axes.
 */
export function cookNdArgs(
  shape: readonly number[],
  s: unknown,
  axes: unknown,
  invreal: boolean,
): { s: (unknown | null)[]; axes: unknown[] } {
  const shapeless = s === undefined || s === null;
  let sl: unknown[];
  let al: unknown[] | null =
    axes === undefined || axes === null ? null : seq(axes, 'axes', !shapeless);
  if (shapeless) sl = al === null ? shape.slice() : takeShape(shape, al);
  else sl = seq(s, 's', true);
  if (al === null) {
    if (!shapeless) warn(AXES_DEPRECATION, 'DeprecationWarning');
    al = Array.from({ length: sl.length }, (_, i) => i - sl.length);
  }
  if (sl.length !== al.length) throw new ValueError('Shape and axes have different lengths.');
  if (invreal && shapeless) {
    if (al.length === 0) throw new IndexError('list index out of range');
    sl[sl.length - 1] = (shapeAt(shape, al[al.length - 1]) - 1) * 2;
  }
  if (sl.some((x) => x === null || x === undefined)) warn(NONE_DEPRECATION, 'DeprecationWarning');
  sl = sl.map((x, i) => {
    if (x === undefined) return null;
    if (x === -1 || (typeof x === 'bigint' && x === -1n)) return shapeAt(shape, al![i]);
    return x;
  });
  return { s: sl, axes: al };
}
