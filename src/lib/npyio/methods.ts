/**
 * The NDArray methods of file I/O (`a.tobytes()`, `a.tofile()`), kept apart from
 * the rest of npyio so that ndarray.ts imports nothing that extends NDArray.
 */
import type { NDArray } from '../../_core/ndarray.js';
import { tobytes, tofile } from './binary.js';

/** `a.tobytes(order='C')`: the raw bytes (Python's bytes as a Uint8Array). */
export function tobytesMethod(a: NDArray, args: readonly unknown[]): Uint8Array {
  let order = args[0];
  if (order !== null && typeof order === 'object') {
    const o = order as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (k !== 'order') throw new TypeError(`tobytes() got an unexpected keyword argument '${k}'`);
    order = o.order;
  }
  return tobytes(a, order ?? 'C');
}

/** `a.tofile(fid, sep='', format='%s')`. */
export function tofileMethod(a: NDArray, args: readonly unknown[]): void {
  tofile(a, args);
}
