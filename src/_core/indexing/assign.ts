/**
 * `a[basic index] = value`: the value is broadcast into the view and cast as
 * NumPy's __setitem__ does, with NumPy's messages for the ways it can fail.
 */
import { broadcastStridesTo } from '../broadcast.js';
import { ValueError } from '../errors.js';
import { array } from '../multiarray/array.js';
import { assignArray, assignValue } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { typedArrayView } from './parse.js';
import { cShape } from './shapestr.js';

function isSequence(v: unknown): boolean {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** Nesting depth of a JS value read as an array (NDArrays and typed arrays count their axes). */
function depth(v: unknown): number {
  if (v instanceof NDArray) return v.ndim;
  if (Array.isArray(v)) return 1 + (v.length > 0 ? depth(v[0]) : 0);
  return isSequence(v) ? 1 : 0;
}

/** A Uint8Array given to a bytes (`S`/`V`) array is one bytes value, as NumPy's `b'..'`. */
function isBytesValue(v: unknown, dst: NDArray): boolean {
  return v instanceof Uint8Array && (dst.dtype.kind === 'S' || dst.dtype.kind === 'V');
}

/** Assign into a view (the result of a basic index). */
export function assignToView(dst: NDArray, value: unknown): void {
  let v: NDArray;
  if (isBytesValue(value, dst)) {
    assignValue(dst, value);
    return;
  }
  if (value instanceof NDArray) v = value;
  else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) v = typedArrayView(value);
  else if (Array.isArray(value)) {
    // NumPy discovers the value's shape with the destination's ndim as the limit.
    if (depth(value) > dst.ndim) {
      throw new ValueError(
        `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${dst.ndim}.`,
      );
    }
    v = array(value, { dtype: dst.dtype });
  } else {
    assignValue(dst, value);
    return;
  }
  // Leading length-1 axes beyond the destination's are dropped, as NumPy does.
  while (v.ndim > dst.ndim && v.dims[0] === 1) {
    v = v.viewWith(v.dims.slice(1), v.steps.slice(1), v.offset);
  }
  if (broadcastStridesTo(v.dims, v.steps, dst.dims) === null) {
    throw new ValueError(
      `could not broadcast input array from shape ${cShape(v.dims)} into shape ${cShape(dst.dims)}`,
    );
  }
  assignArray(dst, v);
}

/**
 * Assign one element (every axis got an integer): NumPy converts the value as a
 * scalar, so sequences fail with the dtype's own message.
 */
export function assignElement(dst: NDArray, value: unknown): void {
  const kind = dst.dtype.kind;
  if (isSequence(value) && !(value instanceof NDArray) && !isBytesValue(value, dst)) {
    switch (kind) {
      case 'b':
        assignValue(dst, (value as { length: number }).length > 0);
        return;
      case 'i':
      case 'u':
        throw new TypeError(
          "int() argument must be a string, a bytes-like object or a real number, not 'list'",
        );
      case 'c':
        throw new TypeError('must be real number, not list');
      case 'f':
        throw new ValueError('setting an array element with a sequence.');
      default:
        throw new ValueError('setting an array element with a sequence');
    }
  }
  if (value instanceof NDArray && value.ndim > 0) {
    // A bool slot takes the truth of a one-element array.
    if (kind === 'b' && value.size === 1) {
      assignArray(dst, value.viewWith([], [], value.offset));
      return;
    }
    if (kind === 'c') {
      throw new TypeError('only 0-dimensional arrays can be converted to Python scalars');
    }
    throw new ValueError(
      `setting an array element with a sequence${kind === 'U' || kind === 'S' ? '' : '.'}`,
    );
  }
  assignValue(dst, value);
}
