/**
 * `.npz` archives: `np.savez` (stored), `np.savez_compressed` (deflated) and the lazy
 * `NpzFile` that `np.load` returns. Zip and deflate come from the fflate library;
 * each member is a `.npy` file.
 */
import { unzipSync, type Zippable, zipSync } from 'fflate';
import { KeyError, ValueError } from '../../_core/errors.js';
import { isOptions } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';
import { writeFileAtomic } from './atomic_write.js';
import { decode, encode, MAGIC_PREFIX, type ReadOptions } from './format.js';
import { toPath } from './nodefs.js';
import { pyStrRepr } from './pyliteral.js';

/** Python's zipfile.BadZipFile: the archive is not a readable zip file. */
export class BadZipFile extends Error {
  override name = 'BadZipFile';
}

/** fflate's unzip with its errors as BadZipFile, refusing members that claim more than deflate can produce. */
function unzip(bytes: Uint8Array, want: (name: string) => boolean): Record<string, Uint8Array> {
  // Each central-directory entry takes at least 46 bytes: a larger count is a corrupt record,
  // refused before fflate walks it (bounded time on hostile archives).
  const maxEntries = Math.floor(bytes.length / 46) + 1;
  let seen = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (++seen > maxEntries) throw new BadZipFile('Truncated central directory');
        if (!want(f.name)) return false;
        // Deflate expands at most ~1032:1; a larger claim is a corrupt or hostile header.
        const limit = f.compression === 0 ? f.size : f.size * 1032 + 1024;
        if (f.originalSize > limit)
          throw new BadZipFile(`Bad size for member ${pyStrRepr(f.name)}`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof BadZipFile) throw e;
    throw new BadZipFile(`File is not a zip file (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * A loaded `.npz` archive (NumPy's `NpzFile`): `files` lists the array names, `get(key)`
 * decompresses and decodes one member on demand; iterate to get the names.
 */
export class NpzFile {
  /** Member names without the `.npy` suffix, in archive order. */
  readonly files: string[];
  private bytes: Uint8Array | null;
  private readonly members = new Map<string, string>();
  private readonly opts: ReadOptions;
  private static readonly MAX_REPR = 5;

  constructor(
    bytes: Uint8Array,
    opts: ReadOptions = {},
    readonly filename = 'object',
  ) {
    this.bytes = bytes;
    this.opts = opts;
    const names: string[] = [];
    // The filter sees every member and extracts none: this lists names without inflating.
    unzip(bytes, (name) => {
      names.push(name);
      return false;
    });
    this.files = names.map((n) => (n.endsWith('.npy') ? n.slice(0, -4) : n));
    this.files.forEach((f, i) => {
      this.members.set(f, names[i]!);
    });
    for (const n of names) this.members.set(n, n);
  }

  /** `npz[key]`: the array stored as `key` (or `key.npy`); raw bytes for non-.npy members. */
  get(key: string): NDArray | Uint8Array {
    if (this.bytes === null) throw new ValueError('I/O operation on closed file.');
    const name = this.members.get(key);
    if (name === undefined) throw new KeyError(`${key} is not a file in the archive`);
    const out = unzip(this.bytes, (n) => n === name);
    const data = out[name];
    if (data === undefined) throw new KeyError(`${key} is not a file in the archive`);
    const isNpy = data.length >= 6 && MAGIC_PREFIX.every((b, i) => data[i] === b);
    return isNpy ? decode(data, this.opts) : data;
  }

  /** `key in npz`. */
  has(key: string): boolean {
    return this.members.has(key);
  }

  get length(): number {
    return this.files.length;
  }

  keys(): string[] {
    return this.files.slice();
  }

  *values(): Generator<NDArray | Uint8Array> {
    for (const f of this.files) yield this.get(f);
  }

  *items(): Generator<[string, NDArray | Uint8Array]> {
    for (const f of this.files) yield [f, this.get(f)];
  }

  [Symbol.iterator](): Iterator<string> {
    return this.files[Symbol.iterator]();
  }

  /** Release the archive bytes; later `get` calls fail as on a closed file. */
  close(): void {
    this.bytes = null;
  }

  toString(): string {
    let names = this.files.slice(0, NpzFile.MAX_REPR).join(', ');
    if (this.files.length > NpzFile.MAX_REPR) names += '...';
    return `NpzFile ${pyStrRepr(this.filename)} with keys: ${names}`;
  }
}

function savezImpl(fn: string, args: unknown[], compress: boolean): void {
  if (args.length === 0)
    throw new TypeError(`${fn}() missing 1 required positional argument: 'file'`);
  let path = toPath(args[0], fn);
  if (!path.endsWith('.npz')) path += '.npz';
  let rest = args.slice(1);
  let kwds: Record<string, unknown> = {};
  if (rest.length > 0 && isOptions(rest[rest.length - 1])) {
    kwds = { ...(rest[rest.length - 1] as Record<string, unknown>) };
    rest = rest.slice(0, -1);
  }
  // allow_pickle is savez's own keyword; every other key names an array.
  delete kwds.allow_pickle;
  const named = new Map<string, unknown>(Object.entries(kwds));
  rest.forEach((v, i) => {
    const key = `arr_${i}`;
    if (named.has(key)) throw new ValueError(`Cannot use un-named variables and keyword ${key}`);
    named.set(key, v);
  });
  const files: Zippable = {};
  for (const [key, v] of named) files[`${key}.npy`] = encode(toArray(v));
  const zipped = zipSync(files, { level: compress ? 6 : 0 });
  writeFileAtomic(path, (write) => write(zipped));
}

/**
 * `np.savez(file, *args, allow_pickle=True, **kwds)`: several arrays in one uncompressed
 * `.npz`; positional arrays are named `arr_0`, `arr_1`…, a trailing object names the rest.
 * @example np.savez('/tmp/a.npz', x, y, {z: w})  // members arr_0, arr_1, z
 */
export function savez(file: string | URL, ...arrays: unknown[]): void {
  savezImpl('savez', [file, ...arrays], false);
}

/**
 * `np.savez_compressed(file, *args, allow_pickle=True, **kwds)`: as `savez`, deflated.
 * @example np.savez_compressed('/tmp/a.npz', {x: np.zeros(1000)})
 */
export function savez_compressed(file: string | URL, ...arrays: unknown[]): void {
  savezImpl('savez_compressed', [file, ...arrays], true);
}
