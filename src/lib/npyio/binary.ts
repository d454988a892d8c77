/**
 * Raw files: `a.tobytes()`, `a.tofile()` and `np.fromfile()` (binary, or text with
 * `sep`). Binary data is the array's little-endian storage in C order.
 */
import { allocUninitialized } from '../../_core/alloc.js';
import { Complex } from '../../_core/complex.js';
import { type DType, type DTypeLike, float64, dtype as toDType } from '../../_core/dtype.js';
import { readElement } from '../../_core/elements.js';
import { ValueError } from '../../_core/errors.js';
import { bindArgs, missing } from '../../_core/multiarray/args.js';
import { NDArray } from '../../_core/ndarray.js';
import { writeFileAtomic } from './atomic_write.js';
import { nodeFs, toPath } from './nodefs.js';
import { PyFormat, type PyScalar } from './pyformat.js';

/** The bytes of `a` in C, Fortran ('F') or 'A' (F when F- but not C-contiguous) order. */
export function tobytes(a: NDArray, order: unknown = 'C'): Uint8Array {
  if (order !== 'C' && order !== 'F' && order !== 'A' && order !== null && order !== undefined)
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
  // An empty view (e.g. a field of an empty array) may start past its buffer's end.
  if (a.nbytes === 0) return new Uint8Array(0);
  const wantF = order === 'F' || (order === 'A' && a.flags.f_contiguous && !a.flags.c_contiguous);
  const contiguous = wantF ? a.flags.f_contiguous : a.flags.c_contiguous;
  if (contiguous) return new Uint8Array(a.buffer as ArrayBuffer, a.offset, a.nbytes).slice();
  const c = a.copy(wantF ? 'F' : 'C');
  return new Uint8Array(c.buffer as ArrayBuffer, c.offset, c.nbytes);
}

/** One element as the Python scalar `%`-formatting sees. */
export function scalarAt(view: DataView, off: number, dt: DType): PyScalar {
  const v = readElement(view, off, dt);
  return { v: v as PyScalar['v'], isFloat: dt.kind === 'f' };
}

/** Write `text` or bytes to a path (atomically) or to an open file descriptor. */
function writeTo(fid: unknown, fn: string, chunks: (write: (c: Uint8Array) => void) => void): void {
  if (typeof fid === 'number') {
    const fs = nodeFs();
    chunks((c) => {
      let off = 0;
      while (off < c.length) off += fs.writeSync(fid, c, off, Math.min(c.length - off, 1 << 30));
    });
    return;
  }
  writeFileAtomic(toPath(fid, fn), chunks);
}

/**
 * `a.tofile(fid, sep='', format='%s')`: the data in C order, as raw bytes when `sep` is
 * empty, otherwise as text (`format % item` joined by `sep`). `fid` is a path or an open fd.
 */
export function tofile(a: NDArray, args: readonly unknown[]): void {
  const b = bindArgs('tofile', ['fid', 'sep', 'format'], args);
  if (!('fid' in b)) throw missing('tofile', 'fid', 1);
  const sep = String(b.sep ?? '');
  const format = String(b.format ?? '%s');
  if (sep === '') {
    const bytes = a.flags.c_contiguous
      ? new Uint8Array(a.buffer as ArrayBuffer, a.offset, a.nbytes)
      : tobytes(a, 'C');
    writeTo(b.fid, 'tofile', (w) => w(bytes));
    return;
  }
  const fmt = new PyFormat(format);
  const view = a.dataView;
  const dt = a.dtype;
  const enc = new TextEncoder();
  writeTo(b.fid, 'tofile', (w) => {
    let buf: string[] = [];
    let first = true;
    a.forEachOffset((off) => {
      const s = fmt.format([scalarAt(view, off, dt)]);
      buf.push(first ? s : sep + s);
      first = false;
      if (buf.length >= 8192) {
        w(enc.encode(buf.join('')));
        buf = [];
      }
    });
    if (buf.length) w(enc.encode(buf.join('')));
  });
}

/** Options of `np.fromfile`. */
export interface FromFileOptions {
  dtype?: DTypeLike;
  count?: number;
  sep?: string;
  offset?: number;
  like?: unknown;
}

/**
 * Bytes of `file` from `start`, at most `max`: a path is read positionally; an open
 * descriptor from its current position (which advances, as NumPy leaves it after the data).
 */
function readBytes(file: unknown, fn: string, start: number, max: number): Uint8Array {
  const fs = nodeFs();
  const own = typeof file !== 'number';
  const fd = own ? fs.openSync(toPath(file, fn), 'r') : (file as number);
  try {
    const size = fs.fstatSync(fd).size;
    // A descriptor's position is unknown to Node, so its remaining size is bounded by the file size.
    const want = Math.max(0, Math.min(max, own ? size - start : size));
    const out = new Uint8Array(own ? allocUninitialized(want) : new ArrayBuffer(want));
    let got = 0;
    if (!own && start > 0) {
      // Skip `offset` bytes from the current position.
      const skip = new Uint8Array(Math.min(start, 1 << 20));
      let left = start;
      while (left > 0) {
        const r = fs.readSync(fd, skip, 0, Math.min(left, skip.length), null);
        if (r === 0) break;
        left -= r;
      }
    }
    while (got < out.length) {
      const r = fs.readSync(
        fd,
        out,
        got,
        Math.min(out.length - got, 1 << 30),
        own ? start + got : null,
      );
      if (r === 0) break;
      got += r;
    }
    return got === out.length ? out : out.subarray(0, got);
  } finally {
    if (own) fs.closeSync(fd);
  }
}

/**
 * `np.fromfile(file, dtype=float, count=-1, sep='', offset=0)`: a 1-d array from raw
 * bytes (after skipping `offset` bytes), or from text numbers separated by `sep`.
 * @example np.fromfile('/tmp/a.bin', {dtype: 'int32'})
 */
export function fromfile(file: string | URL | number, opts?: FromFileOptions): NDArray;
export function fromfile(
  file: string | URL | number,
  dtype?: DTypeLike,
  count?: number,
  sep?: string,
  offset?: number,
  opts?: FromFileOptions,
): NDArray;
export function fromfile(...args: unknown[]): NDArray {
  const b = bindArgs('fromfile', ['file', 'dtype', 'count', 'sep', 'offset'], args, ['like']);
  if (!('file' in b)) throw missing('fromfile', 'file', 1);
  const dt = b.dtype === undefined || b.dtype === null ? float64 : toDType(b.dtype as DTypeLike);
  const count = b.count === undefined ? -1 : Number(b.count);
  const sep = String(b.sep ?? '');
  const offset = b.offset === undefined ? 0 : Number(b.offset);
  if (!Number.isInteger(count))
    throw new TypeError("'float' object cannot be interpreted as an integer");
  if (!Number.isInteger(offset) || offset < 0)
    throw new ValueError('offset must be a non-negative integer');
  if (dt.itemsize === 0) throw new ValueError('The elements are 0-sized.');
  if (sep === '') {
    if (typeof b.file !== 'number') {
      const size = nodeFs().statSync(toPath(b.file, 'fromfile')).size;
      if (offset > size) throw new ValueError('negative dimensions are not allowed');
    }
    const max = count < 0 ? Number.POSITIVE_INFINITY : count * dt.itemsize;
    const bytes = readBytes(b.file, 'fromfile', offset, max);
    const n = Math.floor(bytes.length / dt.itemsize);
    const data =
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      n * dt.itemsize === bytes.length
        ? bytes
        : bytes.slice(0, n * dt.itemsize);
    return new NDArray(data.buffer as ArrayBuffer, dt, [n]);
  }
  if (offset !== 0) throw new TypeError("'offset' argument only permitted for binary files");
  const bytes = readBytes(b.file, 'fromfile', 0, Number.POSITIVE_INFINITY);
  return fromText(new TextDecoder().decode(bytes), dt, count, sep);
}

const UNMATCHED = 'string or file could not be read to its end due to unmatched data';
const FLOAT_RE =
  /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/i;
const INT_RE = /^[+-]?\d+/;
const COMPLEX_RE =
  /^([+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))(?:([+-](?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan))j)?/i;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

/** Parse one number of `dt` at the start of `s` (C strtod/strtol style); null when none. */
function parseNumber(s: string, dt: DType): { len: number; v: number | bigint | Complex } | null {
  if (dt.kind === 'f') {
    const m = FLOAT_RE.exec(s);
    if (!m) return null;
    const t = m[0].toLowerCase();
    const sign = t.startsWith('-') ? -1 : 1;
    const body = t.replace(/^[+-]/, '');
    const v = body.startsWith('inf')
      ? sign * Infinity
      : body.startsWith('nan')
        ? Number.NaN
        : Number(t);
    return { len: m[0].length, v };
  }
  if (dt.kind === 'c') {
    const m = COMPLEX_RE.exec(s);
    if (!m) return null;
    const num = (x: string) => {
      const t = x.toLowerCase();
      const body = t.replace(/^[+-]/, '');
      const sign = t.startsWith('-') ? -1 : 1;
      return body.startsWith('inf')
        ? sign * Infinity
        : body.startsWith('nan')
          ? Number.NaN
          : Number(t);
    };
    return { len: m[0].length, v: new Complex(num(m[1]!), m[2] ? num(m[2]) : 0) };
  }
  const m = INT_RE.exec(s);
  if (!m) return null;
  return { len: m[0].length, v: BigInt(m[0]) };
}

/** NumPy's text reading for `fromfile`/`fromstring` with a separator. */
export function fromText(text: string, dt: DType, count: number, sep: string): NDArray {
  if (dt.kind === 'U' || dt.kind === 'S' || dt.kind === 'V')
    throw new ValueError('Unable to read character files of that array type');
  const values: (number | bigint | Complex)[] = [];
  let i = 0;
  const n = text.length;
  const skipWs = () => {
    while (i < n && isSpace(text[i])) i++;
  };
  const sepIsWs = sep.length > 0 && [...sep].every(isSpace);
  while (count < 0 || values.length < count) {
    skipWs();
    if (i >= n) {
      if (values.length === 0) break;
      throw new ValueError(UNMATCHED);
    }
    const r = parseNumber(text.slice(i, i + 400), dt);
    if (!r) throw new ValueError(UNMATCHED);
    values.push(r.v);
    i += r.len;
    if (count >= 0 && values.length >= count) break;
    // Separator: whitespace in it matches any run (at least one for an all-space sep).
    const start = i;
    skipWs();
    if (i >= n) break;
    if (sepIsWs) {
      if (i === start) throw new ValueError(UNMATCHED);
      continue;
    }
    for (const c of sep) {
      if (isSpace(c)) skipWs();
      else {
        skipWs();
        if (text[i] !== c) throw new ValueError(UNMATCHED);
        i++;
      }
    }
    if (i >= n) break;
  }
  const out = NDArray.zeros([values.length], dt);
  const view = out.dataView;
  const size = dt.itemsize;
  values.forEach((v, k) => {
    writeParsed(view, k * size, dt, v);
  });
  return out;
}

/** Store a parsed number with C-cast semantics (integers wrap, as strtol + cast does). */
function writeParsed(view: DataView, off: number, dt: DType, v: number | bigint | Complex): void {
  if (dt.kind === 'c') {
    const c = v as Complex;
    if (dt.itemsize === 16) {
      view.setFloat64(off, c.re, true);
      view.setFloat64(off + 8, c.im, true);
    } else {
      view.setFloat32(off, c.re, true);
      view.setFloat32(off + 4, c.im, true);
    }
    return;
  }
  if (dt.kind === 'f') {
    const x = v as number;
    if (dt.itemsize === 8) view.setFloat64(off, x, true);
    else if (dt.itemsize === 4) view.setFloat32(off, x, true);
    else {
      const tmp = NDArray.zeros([1], dt);
      tmp.set(0, x);
      view.setUint16(off, tmp.dataView.getUint16(0, true), true);
    }
    return;
  }
  const b = v as bigint;
  if (dt.kind === 'b') {
    view.setUint8(off, b !== 0n ? 1 : 0);
    return;
  }
  const bits = BigInt(dt.itemsize * 8);
  const w = BigInt.asUintN(Number(bits), b);
  switch (dt.itemsize) {
    case 1:
      view.setUint8(off, Number(w));
      break;
    case 2:
      view.setUint16(off, Number(w), true);
      break;
    case 4:
      view.setUint32(off, Number(w), true);
      break;
    default:
      view.setBigUint64(off, w, true);
  }
}
