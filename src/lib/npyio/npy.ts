/**
 * `np.save` and `np.load` on paths (Node). `np.load` recognises .npy (optionally
 * memory-mapped) and .npz (a lazy NpzFile); anything else would be a pickle, which
 * numtype never executes.
 */
import { allocUninitialized } from '../../_core/alloc.js';
import { ValueError } from '../../_core/errors.js';
import { bindArgs, missingPositional } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';
import { writeFileAtomic } from './atomic_write.js';
import {
  arrayDataBytes,
  arrayFromData,
  arrayHeader,
  type ByteReader,
  byteswapInPlace,
  MAGIC_PREFIX,
  type ReadOptions,
  readHeader,
  truncatedError,
} from './format.js';
import { type Memmap, type MemmapMode, openNpyMemmap } from './memmap.js';
import { nodeFs, toPath } from './nodefs.js';
import { NpzFile } from './npz.js';

/** Python's EOFError. */
export class EOFError extends Error {
  override name = 'EOFError';
}

/** Python's pickle.UnpicklingError. */
export class UnpicklingError extends Error {
  override name = 'UnpicklingError';
}

/** Read up to `len` bytes at `pos` of an open file, bounded by what the file holds. */
export function fileReader(fd: number, size: number): ByteReader {
  const fs = nodeFs();
  return (pos, len) => {
    const n = Math.max(0, Math.min(len, size - pos));
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const r = fs.readSync(fd, out, got, n - got, pos + got);
      if (r === 0) break;
      got += r;
    }
    return got === n ? out : out.subarray(0, got);
  };
}

/** Read exactly `nbytes` at `pos` into a fresh buffer, in pieces (readSync caps at 2 GiB). */
export function readInto(fd: number, buf: Uint8Array, pos: number): number {
  const fs = nodeFs();
  let got = 0;
  while (got < buf.length) {
    const r = fs.readSync(fd, buf, got, Math.min(buf.length - got, 1 << 30), pos + got);
    if (r === 0) break;
    got += r;
  }
  return got;
}

/** Read a .npy array from an open file descriptor. */
function readNpy(fd: number, size: number, opts: ReadOptions): NDArray {
  const info = readHeader(fileReader(fd, size), opts);
  const avail = Math.max(0, size - info.dataOffset);
  if (avail < info.nbytes) throw truncatedError(info, avail);
  // Uninitialised memory is fine: every byte is read from the file below.
  const buf = allocUninitialized(info.nbytes);
  const bytes = new Uint8Array(buf);
  const got = readInto(fd, bytes, info.dataOffset);
  if (got < info.nbytes) throw truncatedError(info, got);
  if (info.swap) byteswapInPlace(bytes, info.dtype, info.plan);
  return arrayFromData(buf, info);
}

/** Options of `np.save`. */
export interface SaveOptions {
  allow_pickle?: boolean;
  fix_imports?: boolean;
}

/**
 * `np.save(file, arr, allow_pickle=True)`: write one array as `.npy` (adding the
 * `.npy` extension to a path that lacks it). The file is replaced atomically.
 * @example np.save('/tmp/a.npy', np.arange(3))
 */
export function save(file: string | URL, arr: unknown, opts?: SaveOptions): void;
export function save(...args: unknown[]): void {
  const a = bindArgs('save', ['file', 'arr', 'allow_pickle'], args, ['fix_imports']);
  missingPositional('save', a, ['file', 'arr']);
  let path = toPath(a.file, 'save');
  if (!path.endsWith('.npy')) path += '.npy';
  const arr = toArray(a.arr);
  const header = arrayHeader(arr, null);
  const data = arrayDataBytes(arr);
  writeFileAtomic(path, (write) => {
    write(header);
    write(data);
  });
}

/** Options of `np.load`. */
export interface LoadOptions {
  mmap_mode?: MemmapMode | null;
  allow_pickle?: boolean;
  fix_imports?: boolean;
  encoding?: 'ASCII' | 'latin1' | 'bytes';
  max_header_size?: number;
}

/**
 * `np.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)`:
 * an NDArray from `.npy`, a `Memmap` with `mmap_mode`, or a lazy `NpzFile` from `.npz`.
 * @example np.load('/tmp/a.npy')  // array([0, 1, 2])
 */
export function load(file: string | URL, opts?: LoadOptions): any;
export function load(
  file: string | URL,
  mmap_mode?: MemmapMode | null,
  allow_pickle?: boolean,
  opts?: LoadOptions,
): any;
export function load(...args: unknown[]): NDArray | NpzFile | Memmap {
  const a = bindArgs(
    'load',
    ['file', 'mmap_mode', 'allow_pickle', 'fix_imports', 'encoding'],
    args,
    ['max_header_size'],
  );
  missingPositional('load', a, ['file']);
  const encoding = a.encoding ?? 'ASCII';
  if (encoding !== 'ASCII' && encoding !== 'latin1' && encoding !== 'bytes')
    throw new ValueError("encoding must be 'ASCII', 'latin1', or 'bytes'");
  const path = toPath(a.file, 'load');
  const opts: ReadOptions = {
    allow_pickle: Boolean(a.allow_pickle ?? false),
    max_header_size: a.max_header_size === undefined ? undefined : Number(a.max_header_size),
  };
  const fs = nodeFs();
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const magic = fileReader(fd, size)(0, 6);
    if (magic.length === 0) throw new EOFError('No data left in file');
    const isZip =
      magic[0] === 0x50 &&
      magic[1] === 0x4b &&
      ((magic[2] === 3 && magic[3] === 4) || (magic[2] === 5 && magic[3] === 6));
    if (isZip) {
      const bytes = new Uint8Array(size);
      readInto(fd, bytes, 0);
      return new NpzFile(bytes, opts, path);
    }
    if (magic.length === 6 && magic.every((b, i) => b === MAGIC_PREFIX[i])) {
      if (a.mmap_mode) return openNpyMemmap(path, a.mmap_mode as MemmapMode, opts);
      return readNpy(fd, size, opts);
    }
    if (!opts.allow_pickle)
      throw new ValueError(
        'This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.',
      );
    throw new UnpicklingError(
      `Failed to interpret file '${path}' as a pickle: numtype never unpickles Python objects`,
    );
  } finally {
    fs.closeSync(fd);
  }
}
