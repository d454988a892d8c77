/**
 * Filling a new array with a value the way `np.full`, `np.ones` and `np.full_like` do:
 * `copyto(a, value, casting='unsafe')`. A JS scalar is a weak Python scalar there, so
 * a Python int must fit the target integer dtype (OverflowError otherwise), while a
 * Python float, complex or bool is C-cast like an array of its default dtype
 * (`np.full(3, 1e30, dtype=np.int8)` gives NumPy's platform value, not an error).
 */
import { Complex } from '../complex.js';
import {
  bool,
  complex128,
  type DType,
  dtypeOfTypedArray,
  float64,
  unicodeDType,
} from '../dtype.js';
import { type Canonical, fromPython, writeElement } from '../elements.js';
import { OverflowError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { array } from './array.js';
import { castInto } from './castloops.js';
import { assignArray, fillArray } from './copy.js';

/** The dtype `np.asarray(value)` has, for fill-value dtype inference. */
export function fillValueDType(value: unknown): DType {
  if (value instanceof NDArray) return value.dtype;
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? array(value).dtype : float64;
  if (typeof value === 'boolean') return bool;
  if (value instanceof Complex) return complex128;
  return dtypeOfTypedArray(value) ?? array(value).dtype;
}

/** One weak scalar converted to `dt` with copyto's unsafe casting. */
export function weakScalarCast(value: unknown, dt: DType): Canonical {
  // A Python int must fit an integer target (NEP 50); as a bool it goes through a C long.
  if (
    typeof value === 'bigint' ||
    (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))
  ) {
    if (
      dt.kind === 'b' &&
      typeof value === 'bigint' &&
      (value >= 2n ** 63n || value < -(2n ** 63n))
    ) {
      throw new OverflowError('Python int too large to convert to C long');
    }
    return fromPython(value, dt);
  }
  // Anything else is cast like a 0-d array of its default dtype (float64, bool, complex128,
  // str), with the cast's FP warnings and ComplexWarning.
  const from =
    typeof value === 'number'
      ? float64
      : typeof value === 'boolean'
        ? bool
        : value instanceof Complex
          ? complex128
          : typeof value === 'string'
            ? unicodeDType(Math.max([...value].length, 1))
            : null;
  if (!from) return fromPython(value, dt);
  const src = NDArray.zeros([], from);
  writeElement(src.dataView, src.offset, from, fromPython(value, from));
  const out = NDArray.zeros([], dt);
  castInto(out, src);
  return out.readAt(out.offset);
}

/**
 * A C-contiguous array of one-lane numeric storage (bool, integers, float32/64) filled by
 * the typed array's own fill: np.full/np.ones of small arrays spent ~1 µs building the 0-d
 * source and a DataView for the general copy. False for every other layout or dtype.
 */
function fillTyped(dst: NDArray, v: Canonical): boolean {
  const dt = dst.dtype;
  if (dt.lanes !== 1 || (dt.kind === 'f' && dt.itemsize === 2) || !dst.isCContig) return false;
  if (dt.kind !== 'b' && dt.kind !== 'i' && dt.kind !== 'u' && dt.kind !== 'f') return false;
  const d = dst.data;
  const off = dst.offset / dt.storageBytes;
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
    if (typeof v !== 'bigint') return false;
    d.fill(v, off, off + dst.size);
    return true;
  }
  const x = typeof v === 'boolean' ? +v : v;
  if (typeof x !== 'number') return false;
  (d as Float64Array).fill(x, off, off + dst.size);
  return true;
}

const isScalar = (v: unknown): boolean =>
  typeof v === 'number' ||
  typeof v === 'bigint' ||
  typeof v === 'boolean' ||
  typeof v === 'string' ||
  v instanceof Complex;

/** `np.copyto(dst, value, casting='unsafe')` for the creation functions. */
export function fillWith(dst: NDArray, value: unknown): void {
  if (isScalar(value)) {
    // A JS number into float64 is already float64 (the cast below builds two 0-d arrays).
    const v =
      typeof value === 'number' && dst.dtype === float64 ? value : weakScalarCast(value, dst.dtype);
    if (dst.size === 0) return;
    if (fillTyped(dst, v)) return;
    // A 0-d array of dst's dtype holding the converted value: fillArray copies its bytes.
    const one = NDArray.zeros([], dst.dtype);
    writeElement(one.dataView, one.offset, dst.dtype, v);
    fillArray(dst, one);
    return;
  }
  assignArray(dst, value instanceof NDArray ? value : array(value));
}
