/**
 * `np.frombuffer`: an array over existing memory, without copying (API.md §8).
 * Big-endian dtypes (`'>i4'`) are the one exception: numtype stores native
 * little-endian only, so those bytes are swapped into a new array.
 */

import { markRawBytes } from '../bool_bytes.js';
import {
  type DType,
  type DTypeLike,
  float64,
  type KeyOf,
  dtype as toDType,
  uint8,
  type ValidDType,
} from '../dtype.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { bindArgs, missing, pyType, toIndex } from './args.js';

/** Memory `frombuffer` accepts: ArrayBuffer, SharedArrayBuffer, any typed array or DataView (Node Buffers too), a C-contiguous NDArray. */
export type BufferLike = ArrayBuffer | SharedArrayBuffer | ArrayBufferView | NDArray;

export interface FromBufferOptions<D extends DTypeLike = DTypeLike> {
  dtype?: ValidDType<D> | null;
  count?: number;
  offset?: number;
  like?: unknown;
}

/** The bytes a buffer-like object exposes: (buffer, first byte, length). */
function bytesOf(buf: unknown): [ArrayBuffer | SharedArrayBuffer, number, number] {
  if (
    buf instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && buf instanceof SharedArrayBuffer)
  ) {
    return [buf, 0, buf.byteLength];
  }
  if (ArrayBuffer.isView(buf)) return [buf.buffer, buf.byteOffset, buf.byteLength];
  if (buf instanceof NDArray) {
    if (!buf.flags.c_contiguous) throw new ValueError('ndarray is not C-contiguous');
    return [buf.buffer, buf.offset, buf.nbytes];
  }
  throw new TypeError(`a bytes-like object is required, not '${pyType(buf)}'`);
}

/** A dtype spec with a big-endian byte order, as its native twin (or null). */
function bigEndianTwin(spec: unknown): DType | null {
  if (typeof spec !== 'string' || !(spec.startsWith('>') || spec.startsWith('!'))) return null;
  const d = toDType(`<${spec.slice(1)}`);
  return d.itemsize > 1 && d.kind !== 'S' && d.kind !== 'V' ? d : null;
}

/**
 * `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: a 1-d array viewing the
 * bytes from `offset`, `count` items (all that fit when negative).
 */
export function frombuffer<D extends DTypeLike = 'float64'>(
  buffer: BufferLike,
  dtype?: ValidDType<D> | null | FromBufferOptions<D>,
  count?: number | FromBufferOptions<D>,
  offset?: number | FromBufferOptions<D>,
  opts?: FromBufferOptions<D>,
): NDArray<KeyOf<D>>;
export function frombuffer(...args: unknown[]): NDArray {
  const a = bindArgs('frombuffer', ['buffer', 'dtype', 'count', 'offset'], args, ['like']);
  if (!('buffer' in a)) throw missing('frombuffer', 'buffer', 1);
  const swapped = bigEndianTwin(a.dtype);
  const dt =
    swapped ??
    (a.dtype === undefined || a.dtype === null ? float64 : toDType(a.dtype as DTypeLike));
  const count = a.count === undefined ? -1 : toIndex(a.count);
  const offset = a.offset === undefined ? 0 : toIndex(a.offset);
  const [buf, start, length] = bytesOf(a.buffer);
  const item = dt.itemsize;
  if (item === 0) throw new ValueError('itemsize cannot be zero in type');
  if (offset < 0 || offset > length) {
    throw new ValueError(
      `offset must be non-negative and no greater than buffer length (${length})`,
    );
  }
  const avail = length - offset;
  let n: number;
  if (count < 0) {
    if (avail % item !== 0) throw new ValueError('buffer size must be a multiple of element size');
    n = avail / item;
  } else {
    if (avail < count * item) throw new ValueError('buffer is smaller than requested size');
    n = count;
  }
  // The base is the whole memory as bytes, so the result doesn't claim to own its data.
  const owner = new NDArray(buf, uint8, [buf.byteLength]);
  markRawBytes(buf);
  const view = new NDArray(buf, dt, [n], [item], start + offset, owner);
  return swapped ? byteswapped(view) : view;
}

/** A native copy of `a` whose elements were stored big-endian. */
function byteswapped(a: NDArray): NDArray {
  const out = NDArray.zeros(a.dims, a.dtype);
  const src = new Uint8Array(a.buffer as ArrayBuffer, a.offset, a.nbytes);
  const dst = new Uint8Array(out.buffer as ArrayBuffer);
  // Complex numbers swap each part; strings each 4-byte character.
  const unit = a.dtype.kind === 'c' ? a.itemsize / 2 : a.dtype.kind === 'U' ? 4 : a.itemsize;
  for (let i = 0; i < src.length; i += unit) {
    for (let b = 0; b < unit; b++) dst[i + b] = src[i + unit - 1 - b]!;
  }
  return out;
}
