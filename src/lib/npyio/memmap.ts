/**
 * `np.memmap`: an array backed by a file, touching only the bytes that are used.
 *
 * JavaScript cannot map a file into an ArrayBuffer, and an NDArray needs an
 * ArrayBuffer, so a `Memmap` is not itself an NDArray. It has an array's geometry
 * (shape, strides, dtype) over the file, and indexing it reads a *window*: the
 * byte range the index touches, read with `fs.readSync` into a fresh buffer and
 * wrapped as an ordinary NDArray (views, ufuncs, printing all work on it). An
 * 8 GiB file costs only the windows in use.
 *
 * Writes: windows handed out by `get` are writable in modes 'r+', 'w+' and 'c'.
 * Each remembers a snapshot of the bytes it read; before any later read, and at
 * `flush()`, the bytes that changed since (and only those) are merged into an
 * overlay of dirty 64 KiB pages, so a later `get` sees earlier writes and two
 * windows that change different bytes of the same range never undo each other.
 * `flush()` writes the dirty pages to the file ('c' keeps them in memory only).
 *
 * Limits (documented in the report): a window is a copy, so a window does not see
 * writes made after it was read through *other* windows; a window dropped by the
 * garbage collector before the next read or flush still has its changes merged
 * (its buffer is held until then), but changes made to a window after the last
 * `flush()` that are never followed by a read/flush are lost at process exit.
 * Advanced (fancy) indexing reads the bounding box of the indexed axes.
 */
import { allocUninitialized } from '../../_core/alloc.js';
import { markRawBytes } from '../../_core/bool_bytes.js';
import { type DType, type DTypeLike, dtype as toDType, uint8 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { prepareIndex } from '../../_core/indexing/prepare.js';
import { getItem, type IndexItem, setItem } from '../../_core/indexing.js';
import { cStrides, fStrides, shapeSize } from '../../_core/iter.js';
import { bindArgs, missing } from '../../_core/multiarray/args.js';
import { NDArray } from '../../_core/ndarray.js';
import {
  byteswapInPlace,
  dtypeToDescr,
  headerDict,
  type ReadOptions,
  readHeader,
  wrapHeader,
} from './format.js';
import { nodeFs, toPath } from './nodefs.js';

export type MemmapMode =
  | 'r'
  | 'r+'
  | 'w+'
  | 'c'
  | 'readonly'
  | 'readwrite'
  | 'write'
  | 'copyonwrite';

const MODE_EQUIVALENTS: Record<string, 'r' | 'c' | 'r+' | 'w+'> = {
  readonly: 'r',
  copyonwrite: 'c',
  readwrite: 'r+',
  write: 'w+',
};
const VALID = ['r', 'c', 'r+', 'w+'];

const PAGE = 1 << 16;

interface WindowRecord {
  ref: WeakRef<NDArray>;
  /** The window's bytes (native order), kept so changes survive the NDArray's collection. */
  buf: Uint8Array;
  /** The bytes as last merged (native order). */
  orig: Uint8Array;
  /** Byte position of the window relative to the array's data start. */
  lo: number;
}

/** Options of `np.memmap`. */
export interface MemmapOptions {
  dtype?: DTypeLike;
  mode?: MemmapMode;
  offset?: number;
  shape?: number | readonly number[] | null;
  order?: 'C' | 'F';
}

/**
 * A memory-mapped array (NumPy's `np.memmap`): `m.get(...index)` reads the touched
 * bytes as an NDArray, `m.set(...index, value)` writes, `m.flush()` persists.
 */
export class Memmap {
  readonly filename: string;
  readonly mode: 'r' | 'r+' | 'w+' | 'c';
  /** Byte offset of the data in the file. */
  readonly offset: number;
  readonly dtype: DType;
  readonly shape: number[];
  readonly strides: number[];
  private fd: number | null;
  private readonly fileSize: number;
  private readonly swap: boolean;
  private readonly pages = new Map<number, Uint8Array>();
  private readonly records = new Set<WindowRecord>();
  /** Geometry only: a zero-byte array used to resolve indices to offsets. */
  private readonly phantom: NDArray;

  /** @internal Use `np.memmap` or `np.load(path, {mmap_mode})`. */
  constructor(
    path: string,
    dt: DType,
    mode: 'r' | 'r+' | 'w+' | 'c',
    offset: number,
    shape: number[],
    order: 'C' | 'F',
    swap = false,
    fd?: number,
  ) {
    const fs = nodeFs();
    this.filename = path;
    this.mode = mode;
    this.offset = offset;
    this.dtype = dt;
    this.shape = shape;
    this.swap = swap;
    this.strides = order === 'F' ? fStrides(shape, dt.itemsize) : cStrides(shape, dt.itemsize);
    this.fd = fd ?? fs.openSync(path, mode === 'r' || mode === 'c' ? 'r' : 'r+');
    this.fileSize = fs.fstatSync(this.fd).size;
    this.phantom = new NDArray(new ArrayBuffer(0), dt, shape, this.strides, 0);
  }

  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    return shapeSize(this.shape);
  }
  get itemsize(): number {
    return this.dtype.itemsize;
  }
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }
  get length(): number {
    if (this.ndim === 0) throw new TypeError('len() of unsized object');
    return this.shape[0]!;
  }
  get closed(): boolean {
    return this.fd === null;
  }

  private checkOpen(): number {
    if (this.fd === null) throw new ValueError('mmap closed or invalid');
    return this.fd;
  }

  /** Bytes [lo, hi) of the data as stored in the file, with dirty pages laid over. */
  private readRaw(lo: number, hi: number): Uint8Array {
    const fd = this.checkOpen();
    const fs = nodeFs();
    const out = new Uint8Array(hi > lo ? allocUninitialized(hi - lo) : new ArrayBuffer(0));
    let got = 0;
    while (got < out.length) {
      const want = Math.min(out.length - got, 1 << 30);
      const r = fs.readSync(fd, out, got, want, this.offset + lo + got);
      if (r === 0) break;
      got += r;
    }
    out.fill(0, got);
    if (this.pages.size > 0) {
      for (let p = Math.floor(lo / PAGE); p * PAGE < hi; p++) {
        const page = this.pages.get(p);
        if (!page) continue;
        const a = Math.max(lo, p * PAGE);
        const b = Math.min(hi, p * PAGE + page.length);
        out.set(page.subarray(a - p * PAGE, b - p * PAGE), a - lo);
      }
    }
    return out;
  }

  /** Store bytes (file order) at data position `pos` into the dirty-page overlay. */
  private writeRaw(pos: number, bytes: Uint8Array): void {
    let k = 0;
    while (k < bytes.length) {
      const p = Math.floor((pos + k) / PAGE);
      let page = this.pages.get(p);
      if (!page) {
        const start = p * PAGE;
        page = this.readRaw(start, Math.min(start + PAGE, this.nbytes));
        this.pages.set(p, page);
      }
      const at = pos + k - p * PAGE;
      const n = Math.min(bytes.length - k, page.length - at);
      page.set(bytes.subarray(k, k + n), at);
      k += n;
    }
  }

  /** Merge what changed in every handed-out window into the overlay. */
  private sync(): void {
    const unit =
      this.dtype.kind === 'c'
        ? this.dtype.itemsize / 2
        : this.dtype.kind === 'U'
          ? 4
          : this.dtype.itemsize;
    for (const r of this.records) {
      const { buf, orig } = r;
      let i = 0;
      const n = buf.length;
      while (i < n) {
        if (buf[i] === orig[i]) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n && buf[j] !== orig[j]) j++;
        let a = i;
        let b = j;
        if (this.swap) {
          // Whole storage units, so they can be put back in big-endian order.
          a -= a % unit;
          b += (unit - (b % unit)) % unit;
        }
        const run = buf.slice(a, b);
        orig.set(run, a);
        if (this.swap) byteswapInPlace(run, this.dtype);
        this.writeRaw(r.lo + a, run);
        i = b;
      }
      if (r.ref.deref() === undefined) this.records.delete(r);
    }
  }

  /** The byte range [lo, hi) relative to the data start that an index touches. */
  private window(items: readonly IndexItem[]) {
    const prep = prepareIndex(this.phantom, items);
    let lo = prep.offset;
    let hi = prep.offset;
    let empty = false;
    for (const ax of prep.axes) {
      if (ax.size === 0) empty = true;
      const span = (ax.size - 1) * ax.stride;
      if (span < 0) lo += span;
      else hi += span;
    }
    if (prep.fancy) {
      // Fancy axes contribute nothing to prep.offset; their full extent is in the spans.
      empty = prep.axes.some((ax) => !ax.fancy && ax.size === 0);
    }
    hi += this.dtype.itemsize;
    return { prep, lo: empty ? 0 : lo, hi: empty ? 0 : hi };
  }

  /** Read [lo, hi) in native order as a window buffer. */
  private readWindow(lo: number, hi: number): Uint8Array {
    this.sync();
    const raw = this.readRaw(lo, hi);
    if (this.swap) byteswapInPlace(raw, this.dtype);
    // The file may hold any byte where a bool is stored.
    markRawBytes(raw.buffer);
    return raw;
  }

  private track(arr: NDArray, buf: Uint8Array, lo: number): void {
    if (this.mode === 'r') {
      arr._writeable = false;
      return;
    }
    this.records.add({ ref: new WeakRef(arr), buf, orig: buf.slice(), lo });
  }

  /**
   * `m[index]`: an NDArray holding the selected elements, read from the file. Basic
   * indices give a writable window (changes reach the file at `flush()`); advanced
   * indices give a copy, as NumPy's do.
   * @example np.memmap('/tmp/big.dat', {dtype: 'float64', mode: 'r'}).get('1000:1010')
   */
  get(...index: IndexItem[]): NDArray {
    const { prep, lo, hi } = this.window(index);
    const buf = this.readWindow(lo, hi);
    // A full-geometry array positioned so that the window holds every selected element.
    const whole = new NDArray(buf.buffer as ArrayBuffer, this.dtype, this.shape, this.strides, -lo);
    if (prep.fancy) return getItem(whole, index);
    const shape = prep.axes.map((ax) => ax.size);
    const strides = prep.axes.map((ax) => ax.stride);
    const out = new NDArray(
      buf.buffer as ArrayBuffer,
      this.dtype,
      shape,
      strides,
      prep.offset - lo,
    );
    this.track(out, buf, lo);
    return out;
  }

  /** `m[index] = value`: written into the overlay at once, to the file at `flush()`. */
  set(...args: [...IndexItem[], unknown]): void {
    if (this.mode === 'r') throw new ValueError('assignment destination is read-only');
    const value = args[args.length - 1];
    const index = args.slice(0, -1) as IndexItem[];
    const { lo, hi } = this.window(index);
    const buf = this.readWindow(lo, hi);
    const whole = new NDArray(buf.buffer as ArrayBuffer, this.dtype, this.shape, this.strides, -lo);
    const rec: WindowRecord = { ref: new WeakRef(whole), buf, orig: buf.slice(), lo };
    setItem(whole, index, value);
    this.records.add(rec);
    this.sync();
    this.records.delete(rec);
  }

  /** One element as a JS value: `m.at(3, 4)`. */
  at(...indices: number[]): unknown {
    return this.get(...indices).item();
  }

  /** The whole array as an NDArray window (a full read). */
  toArray(): NDArray {
    return this.get('...');
  }

  /** NumPy's array protocol: np.asarray(m), np.add(m, 1) … read the whole file. */
  __array__(): NDArray {
    return this.toArray();
  }

  tolist(opts: { bigint?: boolean } = {}): unknown {
    return this.get('...').tolist(opts);
  }

  /** `for (const row of m)`: windows over the first axis. */
  *[Symbol.iterator](): Iterator<NDArray> {
    if (this.ndim === 0) throw new TypeError('iteration over a 0-d array');
    for (let i = 0; i < this.shape[0]!; i++) yield this.get(i);
  }

  /** NumPy's `memmap.flush()`: write pending changes to the file ('c' keeps them private). */
  flush(): void {
    const fd = this.checkOpen();
    this.sync();
    if (this.mode === 'c' || this.mode === 'r') return;
    const fs = nodeFs();
    for (const [p, page] of this.pages) {
      let off = 0;
      while (off < page.length)
        off += fs.writeSync(fd, page, off, page.length - off, this.offset + p * PAGE + off);
    }
    this.pages.clear();
  }

  /** Flush and release the file; later reads raise. */
  close(): void {
    if (this.fd === null) return;
    this.flush();
    nodeFs().closeSync(this.fd);
    this.fd = null;
    this.records.clear();
    this.pages.clear();
  }

  toString(): string {
    if (this.nbytes <= 1 << 20) return String(this.get('...'));
    return `memmap(shape=(${this.shape.join(', ')}${this.ndim === 1 ? ',' : ''}), dtype=${String(this.dtype)}, filename='${this.filename}')`;
  }

  repr(): string {
    if (this.nbytes <= 1 << 20)
      return this.get('...')
        .repr()
        .replace(/^array/, 'memmap');
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.repr();
  }

  /** The file size (bytes) when the memmap was opened. */
  get fileBytes(): number {
    return this.fileSize;
  }
}

function normMode(mode: unknown): 'r' | 'r+' | 'w+' | 'c' {
  const m = typeof mode === 'string' ? (MODE_EQUIVALENTS[mode] ?? mode) : mode;
  if (typeof m !== 'string' || !VALID.includes(m)) {
    const all = [...VALID, ...Object.keys(MODE_EQUIVALENTS)].map((x) => `'${x}'`).join(', ');
    throw new ValueError(
      `mode must be one of [${all}] (got ${typeof mode === 'string' ? `'${mode}'` : String(mode)})`,
    );
  }
  return m as 'r' | 'r+' | 'w+' | 'c';
}

function toShape(s: unknown): number[] | null {
  if (s === undefined || s === null) return null;
  const dims = typeof s === 'number' ? [s] : Array.isArray(s) ? s : null;
  if (!dims?.every((d) => Number.isInteger(d)))
    throw new TypeError('shape must be an integer or a sequence of integers');
  if (dims.some((d) => d < 0)) throw new ValueError('negative dimensions are not allowed');
  return dims.slice();
}

/**
 * `np.memmap(filename, dtype=uint8, mode='r+', offset=0, shape=None, order='C')`:
 * an array backed by a file; only the byte ranges read or written are touched.
 * @example const m = np.memmap('/tmp/a.dat', {dtype: 'float32', mode: 'w+', shape: [1000, 1000]})
 */
export function memmap(filename: string | URL, opts?: MemmapOptions): Memmap;
export function memmap(
  filename: string | URL,
  dtype?: DTypeLike,
  mode?: MemmapMode,
  offset?: number,
  shape?: number | readonly number[] | null,
  order?: 'C' | 'F',
  opts?: MemmapOptions,
): Memmap;
export function memmap(...args: unknown[]): Memmap {
  const a = bindArgs('memmap', ['filename', 'dtype', 'mode', 'offset', 'shape', 'order'], args);
  if (!('filename' in a)) throw missing('memmap', 'filename', 1);
  const mode = normMode(a.mode ?? 'r+');
  const dt = a.dtype === undefined ? uint8 : toDType(a.dtype as DTypeLike);
  const offset = Number(a.offset ?? 0);
  if (!Number.isInteger(offset) || offset < 0)
    throw new ValueError('offset must be a non-negative integer');
  let shape = toShape(a.shape);
  const order = a.order === 'F' ? 'F' : 'C';
  if (mode === 'w+' && shape === null) throw new ValueError("shape must be given if mode == 'w+'");
  const path = toPath(a.filename, 'memmap');
  const fs = nodeFs();
  const fd = fs.openSync(path, mode === 'w+' ? 'w+' : mode === 'r+' ? 'r+' : 'r');
  try {
    const flen = fs.fstatSync(fd).size;
    if (shape === null) {
      const bytes = flen - offset;
      if (bytes % dt.itemsize)
        throw new ValueError('Size of available data is not a multiple of the data-type size.');
      if (bytes < 0) throw new ValueError('negative dimensions are not allowed');
      shape = [bytes / dt.itemsize];
    }
    let bytes = offset + shapeSize(shape) * dt.itemsize;
    if (!Number.isSafeInteger(bytes))
      throw new ValueError(
        'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.',
      );
    if (mode === 'w+' || mode === 'r+') {
      bytes = Math.max(bytes, 1);
      // Growing the file leaves a hole: on most file systems it is sparse.
      if (flen < bytes) fs.ftruncateSync(fd, bytes);
    } else if (flen < bytes) throw new ValueError('mmap length is greater than file size');
    return new Memmap(path, dt, mode, offset, shape, order, false, fd);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/** `np.load(path, {mmap_mode})` for a .npy file (NumPy's `open_memmap` for reading). */
export function openNpyMemmap(path: string, mode: MemmapMode, opts: ReadOptions): Memmap {
  const m = normMode(mode);
  if (m === 'w+')
    throw new ValueError(
      "mmap_mode='w+' would create a new file: use np.lib.format.open_memmap or np.memmap with dtype and shape",
    );
  const fs = nodeFs();
  const fd = fs.openSync(path, m === 'r+' ? 'r+' : 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const read = (pos: number, len: number) => {
      const n = Math.max(0, Math.min(len, size - pos));
      const out = new Uint8Array(n);
      fs.readSync(fd, out, 0, n, pos);
      return out;
    };
    const info = readHeader(read, {
      ...opts,
      allow_pickle: false,
      max_header_size: opts.allow_pickle ? Number.POSITIVE_INFINITY : opts.max_header_size,
    });
    if (size < info.dataOffset + info.nbytes)
      throw new ValueError('mmap length is greater than file size');
    // Windows of structured records would need whole-record alignment to swap leaf by leaf.
    if (info.swap && info.dtype.fields)
      throw new ValueError(
        'numtype cannot memory-map big-endian structured data; np.load without mmap_mode converts it',
      );
    return new Memmap(
      path,
      info.dtype,
      m,
      info.dataOffset,
      info.shape,
      info.fortran ? 'F' : 'C',
      info.swap,
      fd,
    );
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/**
 * NumPy's `np.lib.format.open_memmap(filename, mode='r+', dtype=None, shape=None, fortran_order=False, version=None)`:
 * a memmap over a .npy file, creating it (header included) in mode 'w+'.
 * @example open_memmap('/tmp/a.npy', {mode: 'w+', dtype: 'float64', shape: [10, 10]})
 */
export function open_memmap(...args: unknown[]): Memmap {
  const a = bindArgs(
    'open_memmap',
    ['filename', 'mode', 'dtype', 'shape', 'fortran_order', 'version'],
    args,
    ['max_header_size'],
  );
  if (!('filename' in a)) throw missing('open_memmap', 'filename', 1);
  const mode = normMode(a.mode ?? 'r+');
  const path = toPath(a.filename, 'open_memmap');
  if (mode !== 'w+')
    return openNpyMemmap(path, mode, { max_header_size: a.max_header_size as number | undefined });
  const dt = toDType((a.dtype ?? 'float64') as DTypeLike);
  const shape = toShape(a.shape);
  if (shape === null) throw new ValueError("shape must be given if mode == 'w+'");
  const fortran = Boolean(a.fortran_order);
  const version = (a.version ?? null) as [number, number] | null;
  const header = wrapHeader(headerDict(dtypeToDescr(dt), fortran, shape), version);
  const fs = nodeFs();
  const fd = fs.openSync(path, 'w+');
  fs.writeSync(fd, header, 0, header.length, 0);
  fs.ftruncateSync(fd, header.length + shapeSize(shape) * dt.itemsize);
  return new Memmap(path, dt, 'r+', header.length, shape, fortran ? 'F' : 'C', false, fd);
}
