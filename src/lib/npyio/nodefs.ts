/**
 * Node's `fs` and `path`, fetched at call time through `process.getBuiltinModule`
 * rather than imported, so that importing numtype in a browser never pulls in
 * node modules (only the path-based file functions need them).
 */
import type * as FS from 'node:fs';
import type * as PATH from 'node:path';

type Builtins = { getBuiltinModule?: (id: string) => unknown };

function builtin<T>(id: string): T {
  const proc = (globalThis as { process?: Builtins }).process;
  const m = proc?.getBuiltinModule?.(id);
  if (!m)
    throw new Error(
      `numtype: file functions need Node.js (>= 20.16) for '${id}'; in browsers use np.npy.encode/decode on bytes`,
    );
  return m as T;
}

/** Node's `fs` module. */
export function nodeFs(): typeof FS {
  return builtin<typeof FS>('node:fs');
}

/** Node's `path` module. */
export function nodePath(): typeof PATH {
  return builtin<typeof PATH>('node:path');
}

/** A path argument: string, URL or Node Buffer, as NumPy takes os.PathLike. */
export type PathLike = string | URL;

/** Normalise a path argument, with NumPy's error for anything else. */
export function toPath(p: unknown, fn: string): string {
  if (typeof p === 'string') return p;
  if (p instanceof URL) {
    if (p.protocol !== 'file:') throw new TypeError(`${fn}(): only file: URLs are supported`);
    return decodeURIComponent(p.pathname);
  }
  throw new TypeError(`${fn}(): expected a file path (string or file: URL), got ${typeof p}`);
}
