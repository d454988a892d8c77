/**
 * Copying and assigning elements between arrays: the one place that moves data
 * from a source (any layout, any dtype, broadcast) into a destination.
 * Same-dtype aligned copies run on typed arrays; everything else converts
 * element by element with NumPy's casting semantics.
 */

import { allocArray, arrayOffset, SMALL_MAX_BYTES } from '../alloc.js';
import { carryRawBytes } from '../bool_bytes.js';
import { broadcastView } from '../broadcast.js';
import type { DType, DTypeKey } from '../dtype.js';
import { type Canonical, castElement, fromPython, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { isCContiguous, shapeReprCompact } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { array } from './array.js';
import { castInto } from './castloops.js';
import { likeStrides } from './layout.js';
import { copySame } from './strided_copy.js';

export type CopyOrder = 'C' | 'F' | 'A' | 'K';

/** A fresh copy of `a` (`a.copy(order)`, `np.copy`), optionally converted to `dtype`. */
export function copyArray<K extends DTypeKey>(
  a: NDArray<K>,
  order: CopyOrder = 'C',
  dtype?: DType,
): NDArray<K> {
  const dt = (dtype ?? a.dtype) as DType<K>;
  const strides = a.size === 0 ? a.dims.map(() => 0) : likeStrides(a, a.dims, order, dt.itemsize);
  // Every element is written below, so the memory need not be zeroed first.
  const nbytes = a.size * dt.itemsize;
  const out = new NDArray(allocArray(nbytes, true), dt, a.dims, strides, arrayOffset);
  if (dt === a.dtype) {
    // A short contiguous run in the same layout: one byte copy (a.copy() of 10 float64
    // 418 -> ~250 ns; the general copy merges axes and makes word views first).
    if (nbytes === 0) return out; // an empty view's offset may lie past its buffer's end
    if (nbytes <= SMALL_MAX_BYTES && a.isCContig && out.isCContig) {
      carryRawBytes(a, out);
      const to = new Uint8Array(out.buffer as ArrayBuffer, out.offset, nbytes);
      to.set(new Uint8Array(a.buffer as ArrayBuffer, a.offset, nbytes));
    } else copySame(out, a);
  } else castInto(out, a);
  return out;
}

/**
 * Copy `src` into `dst` elementwise, broadcasting `src` to `dst.shape` and casting
 * with C semantics (`unsafe`, as `__setitem__` and `astype` do).
 */
export function assignArray(dst: NDArray, src: NDArray): void {
  if (dst.size === 0) {
    broadcastView(src, dst.dims);
    return;
  }
  const s =
    src.dims.length === dst.dims.length && src.dims.every((n, i) => n === dst.dims[i])
      ? src
      : broadcastView(src, dst.dims);
  if (src.size === 1 && dst.size > 1) {
    // One value broadcast (a[...] = np.float32(2), np.pad's constant areas): converted once
    // into a 0-d array of dst's dtype (the cast's warnings are NumPy's, raised once), then
    // copied as a zero-stride source, whole runs filled. No temporary of dst's size when
    // the value lies in dst's buffer.
    const one = NDArray.zeros([], dst.dtype);
    const el = src.viewWith([], [], src.offset);
    if (src.dtype === dst.dtype) copySame(one, el);
    else castInto(one, el);
    copySame(dst, one.viewWith(dst.dims, new Array<number>(dst.ndim).fill(0), one.offset));
    return;
  }
  // Overlapping memory (e.g. a[1:] = a[:-1]) needs a temporary, as NumPy makes one.
  const from = s.buffer === dst.buffer && s !== dst ? copySameBuffer(s) : s;
  if (
    from.dtype === dst.dtype &&
    from.isAligned &&
    dst.isAligned &&
    isCContiguous(dst.dims, dst.steps, dst.itemsize) &&
    isCContiguous(from.dims, from.steps, from.itemsize)
  ) {
    copySameDType(dst, from);
    return;
  }
  if (from.dtype === dst.dtype) copySame(dst, from);
  else castInto(dst, from);
}

function copySameBuffer(s: NDArray): NDArray {
  // Same dtype: the raw-word copy (every element written, so no zeroing either).
  const out = NDArray.empty(s.dims, s.dtype);
  copySame(out, s);
  return out;
}

/** Same dtype, both aligned and C-contiguous: one typed-array block move. */
function copySameDType(dst: NDArray, src: NDArray): void {
  carryRawBytes(src, dst);
  const unit = dst.dtype.storageBytes;
  const n = dst.size * dst.dtype.lanes;
  const so = src.offset / unit;
  (dst.data as Float64Array).set(
    (src.data as Float64Array).subarray(so, so + n),
    dst.offset / unit,
  );
}

/** `a[...] = value` for any array_like value (JS scalars take Python-scalar semantics). */
export function assignValue(dst: NDArray, value: unknown): void {
  if (value instanceof NDArray) {
    assignArray(dst, value);
    return;
  }
  // A Uint8Array is one bytes value for a bytes dtype (NumPy's `b'..'`).
  const bytes = value instanceof Uint8Array && (dst.dtype.kind === 'S' || dst.dtype.kind === 'V');
  if (bytes || isScalarLike(value)) {
    fillArray(dst, value);
    return;
  }
  assignArray(dst, array(value, { dtype: dst.dtype.itemsize === 0 ? undefined : dst.dtype }));
}

function isScalarLike(v: unknown): boolean {
  const t = typeof v;
  return (
    t === 'number' ||
    t === 'bigint' ||
    t === 'boolean' ||
    t === 'string' ||
    (v !== null && t === 'object' && (v as object).constructor?.name === 'Complex')
  );
}

/** `a.fill(value)`: one conversion, then the same bytes everywhere. */
export function fillArray(dst: NDArray, value: unknown): void {
  let v: Canonical;
  if (value instanceof NDArray) {
    if (value.size !== 1) {
      throw new ValueError(
        `could not broadcast input array from shape ${shapeReprCompact(value.dims)} into shape ()`,
      );
    }
    v = castElement(value.readAt(value.offset), value.dtype, dst.dtype);
  } else {
    v = fromPython(value, dst.dtype);
  }
  if (dst.size === 0) return;
  if (dst.isAligned && dst.dtype.lanes === 1 && typeof v !== 'object' && dst.isCContig) {
    // Write once, then the typed array's fill of that stored value.
    const first = dst.offset;
    writeElement(dst.dataView, first, dst.dtype, v);
    const data = dst.data as Float64Array;
    const unit = dst.dtype.storageBytes;
    data.fill(data[first / unit]!, first / unit, first / unit + dst.size);
    return;
  }
  // Any other layout or dtype: the element's bytes, written once into a one-element array,
  // copied to every position as a zero-stride source (the raw-word strided copy: exact for
  // every dtype, whole runs filled; an offset callback per element was ~5x slower).
  const one = NDArray.zeros([], dst.dtype);
  writeElement(one.dataView, one.offset, dst.dtype, v);
  copySame(dst, one.viewWith(dst.dims, new Array<number>(dst.ndim).fill(0), one.offset));
}
