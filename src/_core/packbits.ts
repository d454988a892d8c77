/**
 * Bit packing (numpy/_core/src/multiarray/compiled_base.c): packbits, unpackbits.
 *
 * Both work on raw bytes: an integer or bool element is "set" when any of its bytes is
 * nonzero, which holds for every integer width without reading the element's value.
 */
import { uint8 } from './dtype.js';
import { ValueError } from './errors.js';
import { pyType } from './multiarray/args.js';
import { array } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { bindArgs, normalizeAxis } from './shape/args.js';

type BitOrder = 'big' | 'little';

/** Python's `operator.index` with the message NumPy's C converters use for a bool. */
function cInt(v: unknown, boolMsg: string): number {
  if (typeof v === 'boolean') throw new TypeError(boolMsg);
  if (v instanceof NDArray && v.ndim === 0 && (v.dtype.isInteger || v.dtype.kind === 'b')) {
    const x = v.readAt(v.offset);
    if (typeof x === 'boolean') throw new TypeError(boolMsg);
    return Number(x);
  }
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) return v;
  throw new TypeError(`'${pyType(v)}' object cannot be interpreted as an integer`);
}

/**
 * The bitorder argument. packbits wants 'big' or 'little' exactly; unpackbits, as
 * NumPy's C code, only looks at the first letter ('l…' or 'b…').
 */
function bitOrder(v: unknown, fn: 'pack' | 'unpack', pos: number): BitOrder {
  if (v === undefined) return 'big';
  if (typeof v !== 'string') {
    const t = v === null ? 'None' : pyType(v).replace('numpy.', '');
    throw new TypeError(`${fn}() argument ${pos} must be str, not ${t}`);
  }
  if (fn === 'unpack') {
    if (v[0] === 'l') return 'little';
    if (v[0] === 'b') return 'big';
    throw new ValueError("'order' must begin with 'l' or 'b'");
  }
  if (v !== 'big' && v !== 'little')
    throw new ValueError("'order' must be either 'little' or 'big'");
  return v;
}

/**
 * The input as NumPy's PyArray_CheckAxis leaves it: raveled for axis=None, 0-d made
 * 1-d; then the normalised axis.
 */
function checkAxis(a: NDArray, axis: unknown): [NDArray, number] {
  if (axis === undefined || axis === null) return [a.ndim === 1 ? a : a.ravel(), 0];
  const ax = cInt(axis, 'an integer is required for the axis');
  const arr = a.ndim === 0 ? a.reshape(1) : a;
  return [arr, normalizeAxis(ax, arr.ndim)];
}

/**
 * Call fn(inOffset, outIndex) for each lane of `a` along `axis`: the byte offset of the
 * lane's first input element and the element index of its first output element in a
 * fresh C-ordered `outShape` array; the other axes run in C order.
 */
function forEachLane(
  a: NDArray,
  axis: number,
  outShape: readonly number[],
  fn: (off: number, o: number) => void,
): void {
  const shape = a.dims.filter((_, i) => i !== axis);
  const strides = a.steps.filter((_, i) => i !== axis);
  const ost: number[] = new Array(outShape.length);
  let s = 1;
  for (let i = outShape.length - 1; i >= 0; i--) {
    ost[i] = s;
    s *= outShape[i]!;
  }
  const ostrides = ost.filter((_, i) => i !== axis);
  let lanes = 1;
  for (const d of shape) lanes *= d;
  if (lanes === 0) return;
  const idx = new Array<number>(shape.length).fill(0);
  let off = a.offset;
  let o = 0;
  for (let lane = 0; lane < lanes; lane++) {
    fn(off, o);
    for (let k = shape.length - 1; k >= 0; k--) {
      idx[k]!++;
      off += strides[k]!;
      o += ostrides[k]!;
      if (idx[k]! < shape[k]!) break;
      off -= strides[k]! * shape[k]!;
      o -= ostrides[k]! * shape[k]!;
      idx[k] = 0;
    }
  }
}

/** The C-order stride (in elements) of `axis` in a fresh array of `shape`. */
function axisStep(shape: readonly number[], axis: number): number {
  let s = 1;
  for (let i = shape.length - 1; i > axis; i--) s *= shape[i]!;
  return s;
}

/** REVERSE[b]: the bits of byte b in the opposite order (big ↔ little bitorder). */
const REVERSE = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  let r = 0;
  for (let b = 0; b < 8; b++) if (i & (1 << b)) r |= 0x80 >> b;
  REVERSE[i] = r;
}

/** SPREAD[2b], SPREAD[2b+1]: byte b's bits, most significant first, as 8 bytes of 0/1 in two little-endian words. */
const SPREAD = new Uint32Array(512);
for (let i = 0; i < 256; i++) {
  for (let b = 0; b < 8; b++) {
    if (i & (0x80 >> b)) SPREAD[2 * i + (b >> 2)]! |= 1 << (8 * (b & 3));
  }
}

/**
 * A reader of "element is nonzero" in units of the widest word that divides the
 * itemsize and the array's alignment: [words, unit bytes, words per element].
 */
function wordView(a: NDArray): [Uint8Array | Uint16Array | Uint32Array, number, number] {
  const isz = a.itemsize;
  const unit = isz >= 4 ? 4 : isz;
  const aligned = a.offset % unit === 0 && a.steps.every((st) => st % unit === 0);
  const buf = a.buffer;
  if (!aligned || unit === 1) return [new Uint8Array(buf), 1, isz];
  const len = Math.floor(buf.byteLength / unit);
  const words = unit === 2 ? new Uint16Array(buf, 0, len) : new Uint32Array(buf, 0, len);
  return [words, unit, isz / unit];
}

/**
 * `np.packbits(a, axis=None, bitorder='big')`: pack the elements of an integer or
 * boolean array into bits of a uint8 array, 8 per byte along `axis` (the flattened
 * array for axis=None), zero-padding the last byte.
 * @example np.packbits([1, 0, 1, 1]) // array([176], dtype=uint8)
 */
export function packbits(a: unknown, ...rest: unknown[]): NDArray<'uint8'> {
  const args = bindArgs('packbits', ['axis', 'bitorder'], rest);
  const order = bitOrder(args.bitorder, 'pack', 3);
  const inp = a instanceof NDArray ? a : array(a, { copy: null });
  if (!(inp.dtype.isInteger || inp.dtype.kind === 'b')) {
    throw new TypeError('Expected an input array of integer or boolean data type');
  }
  const [arr, axis] = checkAxis(inp, args.axis);
  const n = arr.dims[axis]!;
  const outShape = arr.dims.slice();
  outShape[axis] = Math.ceil(n / 8);
  const out = NDArray.zeros(outShape, uint8);
  if (out.size === 0) return out;
  const dst = out.data as Uint8Array;
  const [words, unit, per] = wordView(arr);
  const step = arr.steps[axis]! / unit;
  const ostep = axisStep(outShape, axis);
  const full = n >> 3;
  const rem = n & 7;
  const little = order === 'little';
  if (unit === 1 && per === 1 && step === 1) {
    // Contiguous bytes (bool, int8, uint8 lanes): 8 reads per output byte, unrolled.
    const src = words as Uint8Array;
    forEachLane(arr, axis, outShape, (off, o) => {
      let e = off;
      for (let j = 0; j < full; j++, o += ostep, e += 8) {
        const byte =
          (src[e] !== 0 ? 128 : 0) |
          (src[e + 1] !== 0 ? 64 : 0) |
          (src[e + 2] !== 0 ? 32 : 0) |
          (src[e + 3] !== 0 ? 16 : 0) |
          (src[e + 4] !== 0 ? 8 : 0) |
          (src[e + 5] !== 0 ? 4 : 0) |
          (src[e + 6] !== 0 ? 2 : 0) |
          (src[e + 7] !== 0 ? 1 : 0);
        dst[o] = little ? REVERSE[byte]! : byte;
      }
      if (rem > 0) {
        let byte = 0;
        for (let b = 0; b < rem; b++) byte |= src[e + b] !== 0 ? 0x80 >> b : 0;
        dst[o] = little ? REVERSE[byte]! : byte;
      }
    });
    return out;
  }
  forEachLane(arr, axis, outShape, (off, o) => {
    let e = off / unit;
    // Bits are gathered in big order; little order reverses each byte.
    for (let j = 0; j <= full; j++, o += ostep) {
      const m = j < full ? 8 : rem;
      if (m === 0) break;
      let byte = 0;
      if (per === 1) {
        for (let b = 0; b < m; b++, e += step) byte = (byte << 1) | (words[e] !== 0 ? 1 : 0);
      } else {
        for (let b = 0; b < m; b++, e += step) {
          let v = 0;
          for (let k = 0; k < per; k++) v |= words[e + k]!;
          byte = (byte << 1) | (v !== 0 ? 1 : 0);
        }
      }
      byte <<= 8 - m;
      dst[o] = little ? REVERSE[byte]! : byte;
    }
  });
  return out;
}

/**
 * `np.unpackbits(a, axis=None, count=None, bitorder='big')`: each byte of a uint8 array
 * as 8 elements of 0/1 along `axis` (the flattened array for axis=None); `count` keeps
 * that many bits (negative: drops bits from the end; beyond the bits: pads with zeros).
 * @example np.unpackbits(np.array([2], {dtype: 'uint8'})) // array([0, 0, 0, 0, 0, 0, 1, 0], dtype=uint8)
 */
export function unpackbits(a: unknown, ...rest: unknown[]): NDArray<'uint8'> {
  const args = bindArgs('unpackbits', ['axis', 'count', 'bitorder'], rest);
  const order = bitOrder(args.bitorder, 'unpack', 4);
  const inp = a instanceof NDArray ? a : array(a, { copy: null });
  if (inp.dtype !== uint8)
    throw new TypeError('Expected an input array of unsigned byte data type');
  const [arr, axis] = checkAxis(inp, args.axis);
  const n = arr.dims[axis]!;
  const bits = n * 8;
  let len = bits;
  if (args.count !== undefined && args.count !== null) {
    const c = cInt(args.count, 'an integer is required');
    if (c < 0) {
      if (-c > bits) throw new ValueError('-count larger than number of elements');
      len = bits + c;
    } else len = c;
  }
  const outShape = arr.dims.slice();
  outShape[axis] = len;
  const out = NDArray.zeros(outShape, uint8);
  if (out.size === 0) return out;
  const src = new Uint8Array(arr.buffer);
  const dst = out.data as Uint8Array;
  const st = arr.steps[axis]!;
  const ostep = axisStep(outShape, axis);
  const have = Math.min(len, bits);
  const full = have >> 3;
  const rem = have & 7;
  const little = order === 'little';
  if (ostep === 1 && len % 8 === 0) {
    // Whole output bytes land 8-aligned: write each as two little-endian words.
    const out32 = new Uint32Array(out.buffer);
    forEachLane(arr, axis, outShape, (off, o) => {
      let p = off;
      let w = o >> 2;
      for (let j = 0; j < full; j++, p += st, w += 2) {
        const byte = little ? REVERSE[src[p]!]! : src[p]!;
        out32[w] = SPREAD[2 * byte]!;
        out32[w + 1] = SPREAD[2 * byte + 1]!;
      }
    });
    return out;
  }
  forEachLane(arr, axis, outShape, (off, o) => {
    let p = off;
    for (let j = 0; j < full; j++, p += st) {
      // Read the byte in big order; bit 7 first.
      const byte = little ? REVERSE[src[p]!]! : src[p]!;
      for (let b = 7; b >= 0; b--, o += ostep) dst[o] = (byte >> b) & 1;
    }
    if (rem > 0) {
      const byte = little ? REVERSE[src[p]!]! : src[p]!;
      for (let b = 7; b > 7 - rem; b--, o += ostep) dst[o] = (byte >> b) & 1;
    }
  });
  return out;
}
