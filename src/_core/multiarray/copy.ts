/**
 * Copying and assigning elements between arrays: the one place that moves data
 * from a source (any layout, any dtype, broadcast) into a destination.
 * Same-dtype aligned copies run on typed arrays; everything else converts
 * element by element with NumPy's casting semantics.
 */

import { allocUninitialized } from '../alloc.js';
import { carryRawBytes } from '../bool_bytes.js';
import { broadcastView } from '../broadcast.js';
import type { DType, DTypeKey } from '../dtype.js';
import { type Canonical, castElement, fromPython, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { forEachOffset, isCContiguous, shapeReprCompact } from '../iter.js';
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
  const strides = a.size === 0 ? a.shape.map(() => 0) : likeStrides(a, a.shape, order, dt.itemsize);
  // Every element is written below, so the memory need not be zeroed first.
  const out = new NDArray(allocUninitialized(a.size * dt.itemsize), dt, a.shape, strides);
  if (dt === a.dtype) copySame(out, a);
  else castInto(out, a);
  return out;
}

/**
 * Copy `src` into `dst` elementwise, broadcasting `src` to `dst.shape` and casting
 * with C semantics (`unsafe`, as `__setitem__` and `astype` do).
 */
export function assignArray(dst: NDArray, src: NDArray): void {
  if (dst.size === 0) {
    broadcastView(src, dst.shape);
    return;
  }
  const s =
    src.shape.length === dst.shape.length && src.shape.every((n, i) => n === dst.shape[i])
      ? src
      : broadcastView(src, dst.shape);
  // Overlapping memory (e.g. a[1:] = a[:-1]) needs a temporary, as NumPy makes one.
  const from = s.buffer === dst.buffer && s !== dst ? copySameBuffer(s) : s;
  if (
    from.dtype === dst.dtype &&
    from.isAligned &&
    dst.isAligned &&
    isCContiguous(dst.shape, dst.strides, dst.itemsize) &&
    isCContiguous(from.shape, from.strides, from.itemsize)
  ) {
    copySameDType(dst, from);
    return;
  }
  if (from.dtype === dst.dtype) copySame(dst, from);
  else castInto(dst, from);
}

function copySameBuffer(s: NDArray): NDArray {
  const out = NDArray.zeros(s.shape, s.dtype);
  castInto(out, s);
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
        `could not broadcast input array from shape ${shapeReprCompact(value.shape)} into shape ()`,
      );
    }
    v = castElement(value.readAt(value.offset), value.dtype, dst.dtype);
  } else {
    v = fromPython(value, dst.dtype);
  }
  if (dst.size === 0) return;
  const dv = dst.dataView;
  // Write once, then copy the element's bytes (exact for every dtype).
  const first = dst.offsetOf(new Array(dst.ndim).fill(0));
  writeElement(dv, first, dst.dtype, v);
  const bytes = new Uint8Array(dst.buffer as ArrayBuffer, first, dst.itemsize).slice();
  const u8 = new Uint8Array(dst.buffer as ArrayBuffer);
  if (dst.isAligned && dst.dtype.lanes === 1 && typeof v !== 'object') {
    const data = dst.data as Float64Array;
    const unit = dst.dtype.storageBytes;
    const stored = data[first / unit]!;
    if (isCContiguous(dst.shape, dst.strides, dst.itemsize)) {
      data.fill(stored, dst.offset / unit, dst.offset / unit + dst.size);
      return;
    }
    forEachOffset(dst.shape, dst.strides, dst.offset, (off) => {
      data[off / unit] = stored;
    });
    return;
  }
  forEachOffset(dst.shape, dst.strides, dst.offset, (off) => {
    u8.set(bytes, off);
  });
}
