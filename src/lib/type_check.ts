/**
 * Real and imaginary parts and non-finite replacement (numpy/lib/_type_check_impl.py):
 * real, imag, nan_to_num, iscomplex, isreal, iscomplexobj, isrealobj, real_if_close,
 * common_type.
 */
import { Complex } from '../_core/complex.js';
import {
  bool,
  complex64,
  complex128,
  type DType,
  float16,
  float32,
  float64,
} from '../_core/dtype.js';
import { fromPython, toJS, writeElement } from '../_core/elements.js';
import { AttributeError } from '../_core/errors.js';
import { forEachRun } from '../_core/iter.js';
import { bindArgs, pyType } from '../_core/multiarray/args.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { finfo } from '../_core/numerictypes/getlimits.js';
import { equal, not_equal } from '../_core/umath/defs/comparison.js';

type Scalar = number | bigint | boolean | Complex;

function isJsScalar(x: unknown): x is Scalar {
  const t = typeof x;
  return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof Complex;
}

/** `np.real(val)`: a view of the real part (the array itself for real dtypes); JS scalars give JS values. */
export function real(val: unknown): any {
  if (isJsScalar(val)) {
    if (val instanceof Complex) return val.re;
    return typeof val === 'boolean' ? (val ? 1 : 0) : val;
  }
  return (val instanceof NDArray ? val : toArray(val)).real;
}

/** `np.imag(val)`: a view of the imaginary part (read-only zeros for real dtypes, as NumPy). */
export function imag(val: unknown): any {
  if (isJsScalar(val)) return val instanceof Complex ? val.im : 0;
  return (val instanceof NDArray ? val : toArray(val)).imag;
}

interface NanToNumOptions {
  copy?: boolean;
  nan?: number | bigint | boolean;
  posinf?: number | bigint | boolean | null;
  neginf?: number | bigint | boolean | null;
}

/**
 * `np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)`: NaN → nan, +inf → posinf
 * (default: the dtype's largest finite value), -inf → neginf (default: the most negative),
 * in both parts of complex numbers. With copy=false an array argument is changed in place.
 */
export function nan_to_num(x: unknown, ...rest: unknown[]): any {
  const names = ['copy', 'nan', 'posinf', 'neginf'] as const;
  let opts: NanToNumOptions = {};
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === 'object' && !(last instanceof Complex)) {
    opts = { ...(last as NanToNumOptions) };
    rest = rest.slice(0, -1);
  }
  for (const k of Object.keys(opts)) {
    if (!(names as readonly string[]).includes(k))
      throw new TypeError(`nan_to_num() got an unexpected keyword argument '${k}'`);
  }
  rest.forEach((v, i) => {
    (opts as Record<string, unknown>)[names[i]!] = v;
  });
  const copy = opts.copy ?? true;
  const arr = array(x as never, { copy }) as NDArray;
  const kind = arr.dtype.kind;
  if (kind === 'f' || kind === 'c') {
    const parts = kind === 'c' ? [arr.real, arr.imag] : [arr];
    const fi = finfo(parts[0]!.dtype);
    for (const d of parts) {
      const dt = d.dtype;
      const nanv = fromPython(opts.nan ?? 0.0, dt);
      const posv =
        opts.posinf === undefined || opts.posinf === null ? fi.max : fromPython(opts.posinf, dt);
      const negv =
        opts.neginf === undefined || opts.neginf === null ? fi.min : fromPython(opts.neginf, dt);
      if ((dt.itemsize === 8 || dt.itemsize === 4) && d.isAligned) {
        replaceNonFinite(d, nanv as number, posv as number, negv as number);
        continue;
      }
      const view = d.dataView;
      d.forEachOffset((off) => {
        const v = d.readAt(off) as number;
        if (Number.isNaN(v)) writeElement(view, off, dt, nanv);
        else if (v === Infinity) writeElement(view, off, dt, posv);
        else if (v === -Infinity) writeElement(view, off, dt, negv);
      });
    }
  }
  return isJsScalar(x) ? toJS(arr.readAt(arr.offset), arr.dtype) : arr;
}

/**
 * NaN, +inf and -inf of a float64/float32 array replaced in place, run by run on its typed
 * array (a per-element read and write through the DataView took ~20 ns an element).
 */
function replaceNonFinite(d: NDArray, nanv: number, posv: number, negv: number): void {
  const item = d.itemsize;
  const v = d.data as Float64Array;
  forEachRun(d.dims, d.steps, d.offset, (start, n, step) => {
    const s = step / item;
    for (let i = start / item, k = 0; k < n; k++, i += s) {
      const x = v[i]!;
      // x - x is 0 for finite x, NaN for NaN and ±inf: one test for the common case
      if (x - x !== 0) v[i] = Number.isNaN(x) ? nanv : x > 0 ? posv : negv;
    }
  });
}

/** The array `x` stands for (no copy for an NDArray). */
function asArr(x: unknown): NDArray {
  return x instanceof NDArray ? x : toArray(x);
}

/** A 0-d result as its JS value (NumPy's `res[()]`), others unchanged. */
function scalarIf0d(r: NDArray): any {
  return r.ndim === 0 ? r.item() : r;
}

/**
 * `np.iscomplexobj(x)`: whether `x` has a complex dtype (or, for other values, whether
 * `np.asarray(x)` would), whatever the values.
 * @example np.iscomplexobj([1, new np.Complex(0, 0)]) // true
 */
export function iscomplexobj(x: unknown): boolean {
  if (x instanceof Complex) return true;
  // null is Python's None: an object array, not complex.
  if (x === null || x === undefined) return false;
  return asArr(x).dtype.kind === 'c';
}

/**
 * `np.isrealobj(x)`: not `iscomplexobj(x)`.
 * @example np.isrealobj([1, 2]) // true
 */
export function isrealobj(x: unknown): boolean {
  return !iscomplexobj(x);
}

/**
 * `np.iscomplex(x)`: per element, whether the imaginary part is nonzero (all false for
 * non-complex dtypes); a JS boolean for 0-d input.
 * @example np.iscomplex([new np.Complex(1, 1), 1]) // array([ True, False])
 */
export function iscomplex(x: unknown): any {
  if (x === null || x === undefined) return false;
  const a = asArr(x);
  if (a.dtype.kind === 'c') return scalarIf0d(not_equal(a.imag, 0) as NDArray);
  return scalarIf0d(NDArray.zeros(a.dims, bool));
}

/**
 * `np.isreal(x)`: per element, whether the imaginary part is zero (`imag(x) == 0`);
 * a JS boolean for 0-d or scalar input.
 * @example np.isreal([new np.Complex(1, 1), 1]) // array([False,  True])
 */
export function isreal(x: unknown): any {
  if (x === null || x === undefined) return true;
  const a = asArr(x);
  // Text has no imaginary part that equals 0: NumPy compares '' with 0 (False).
  if (a.dtype.kind === 'U' || a.dtype.kind === 'S') return scalarIf0d(NDArray.zeros(a.dims, bool));
  return scalarIf0d(equal(a.imag, 0) as NDArray);
}

/**
 * `np.real_if_close(a, tol=100)`: the real part of a complex array when every imaginary
 * part is below `tol` (in machine epsilons of the dtype when tol > 1), else `a`.
 * @example np.real_if_close([new np.Complex(2, 1e-15)]) // array([2.])
 */
export function real_if_close(a: unknown, ...rest: unknown[]): NDArray {
  const args = bindArgs('real_if_close', ['tol'], rest);
  const arr = asArr(a);
  if (arr.dtype.kind !== 'c') return arr;
  let tol = args.tol === undefined ? 100 : Number(args.tol);
  const single = arr.dtype === complex64;
  if (tol > 1) tol = finfo(arr.dtype).eps * tol;
  // The comparison runs in the part's precision (tol becomes float32 for complex64).
  if (single) tol = Math.fround(tol);
  const im = arr.imag;
  let close = true;
  im.forEachOffset((off) => {
    if (close && !(Math.abs(im.readAt(off) as number) < tol)) close = false;
  });
  return close ? arr.real : arr;
}

const PRECISION: Record<string, number> = {
  float16: 0,
  float32: 1,
  float64: 2,
  complex64: 1,
  complex128: 2,
};

/**
 * `np.common_type(*arrays)`: the inexact scalar type (a dtype) of the highest precision
 * among the arrays, complex if any is complex; integers count as float64.
 * @example np.common_type(np.arange(3), np.array([1], {dtype: 'float32'})) // np.float64
 */
export function common_type(...arrays: unknown[]): DType {
  let isComplex = false;
  let precision = 0;
  for (const a of arrays) {
    if (!(a instanceof NDArray)) {
      throw new AttributeError(`'${pyType(a)}' object has no attribute 'dtype'`);
    }
    if (a.dtype.kind === 'c') isComplex = true;
    const p = a.dtype.isInteger ? 2 : PRECISION[a.dtype.name];
    if (p === undefined) throw new TypeError("can't get common type for non-numeric array");
    precision = Math.max(precision, p);
  }
  if (isComplex) return [complex64, complex64, complex128][precision]!;
  return [float16, float32, float64][precision]!;
}
