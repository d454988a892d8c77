/**
 * Copying and assigning elements between arrays: the one place that moves data
 * from a source (any layout, any dtype, broadcast) into a destination.
 * Same-dtype aligned copies run on typed arrays; everything else converts
 * element by element with NumPy's casting semantics.
 */
import { broadcastView } from '../broadcast.js';
import type { DType, DTypeKey } from '../dtype.js';
import { ValueError } from '../errors.js';
import { castElement, fromPython, writeElement, type Canonical } from '../elements.js';
import { forEachOffset, isCContiguous, shapeRepr } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { array } from './array.js';

export type CopyOrder = 'C' | 'F' | 'A' | 'K';

/** Strides for a fresh array laid out like `a` under `order` ('K' keeps a's axis order). */
function layoutFor(a: NDArray, order: CopyOrder): 'C' | 'F' {
  if (order === 'F') return 'F';
  if (order === 'A' || order === 'K') return a.flags.f_contiguous && !a.flags.c_contiguous ? 'F' : 'C';
  return 'C';
}

/** A fresh copy of `a` (`a.copy(order)`, `np.copy`). */
export function copyArray<K extends DTypeKey>(a: NDArray<K>, order: CopyOrder = 'C', dtype?: DType): NDArray<K> {
  const dt = (dtype ?? a.dtype) as DType<K>;
  const out = NDArray.zeros(a.shape, dt, layoutFor(a, order));
  assignArray(out, a);
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
  const s = src.shape.length === dst.shape.length && src.shape.every((n, i) => n === dst.shape[i]) ? src : broadcastView(src, dst.shape);
  // Overlapping memory (e.g. a[1:] = a[:-1]) needs a temporary, as NumPy makes one.
  const from = s.buffer === dst.buffer && s !== dst ? copySameBuffer(s) : s;
  if (from.dtype === dst.dtype && from.isAligned && dst.isAligned) {
    copySameDType(dst, from);
    return;
  }
  const dv = dst.dataView;
  const offs = new Float64Array(dst.size);
  forEachOffset(dst.shape, dst.strides, dst.offset, (off, k) => {
    offs[k] = off;
  });
  const fdt = from.dtype;
  const ddt = dst.dtype;
  forEachOffset(from.shape, from.strides, from.offset, (off, k) => {
    writeElement(dv, offs[k]!, ddt, castElement(from.readAt(off), fdt, ddt));
  });
}

function copySameBuffer(s: NDArray): NDArray {
  const out = NDArray.zeros(s.shape, s.dtype);
  copySameDType(out, s);
  return out;
}

/** Same dtype, both aligned: move storage units with typed arrays. */
function copySameDType(dst: NDArray, src: NDArray): void {
  const unit = dst.dtype.storage.BYTES_PER_ELEMENT;
  const lanes = dst.dtype.lanes;
  const d = dst.data;
  const s = src.data;
  if (
    isCContiguous(dst.shape, dst.strides, dst.itemsize) &&
    isCContiguous(src.shape, src.strides, src.itemsize)
  ) {
    const n = dst.size * lanes;
    const so = src.offset / unit;
    (d as Float64Array).set((s as Float64Array).subarray(so, so + n), dst.offset / unit);
    return;
  }
  const doffs = new Float64Array(dst.size);
  forEachOffset(dst.shape, dst.strides, dst.offset, (off, k) => {
    doffs[k] = off / unit;
  });
  if (lanes === 1) {
    forEachOffset(src.shape, src.strides, src.offset, (off, k) => {
      (d as Float64Array)[doffs[k]!] = (s as Float64Array)[off / unit]!;
    });
  } else {
    forEachOffset(src.shape, src.strides, src.offset, (off, k) => {
      const si = off / unit;
      const di = doffs[k]!;
      for (let l = 0; l < lanes; l++) (d as Float64Array)[di + l] = (s as Float64Array)[si + l]!;
    });
  }
}

/** `a[...] = value` for any array_like value (JS scalars take Python-scalar semantics). */
export function assignValue(dst: NDArray, value: unknown): void {
  if (value instanceof NDArray) {
    assignArray(dst, value);
    return;
  }
  if (isScalarLike(value)) {
    fillArray(dst, value);
    return;
  }
  assignArray(dst, array(value, { dtype: dst.dtype.itemsize === 0 ? undefined : dst.dtype }));
}

function isScalarLike(v: unknown): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || t === 'string' || (v !== null && t === 'object' && (v as object).constructor?.name === 'Complex');
}

/** `a.fill(value)`: one conversion, then the same bytes everywhere. */
export function fillArray(dst: NDArray, value: unknown): void {
  let v: Canonical;
  if (value instanceof NDArray) {
    if (value.size !== 1) {
      throw new ValueError(`could not broadcast input array from shape ${shapeRepr(value.shape)} into shape ()`);
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
    const unit = dst.dtype.storage.BYTES_PER_ELEMENT;
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
