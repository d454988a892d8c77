/**
 * Shared by test/_core/sort_radix.test.ts and test/live/sort_radix.test.ts: inputs rebuilt
 * from (pool, seed, layout) as scripts/fixtures/gen_sort_radix.py builds them, and the
 * generator's checksum of a result's bytes.
 */
import * as np from '../../src/index.js';
import { decode, seededRandom } from '../helpers.js';

/** What builds an input: a value pool (common.py encoding), the PRNG seed, size, layout. */
export interface InputSpec {
  dtype: string;
  pool: unknown[];
  seed: number;
  n: number;
  layout: string;
}

/** The case's input array and sort axis, built as the generator builds them. */
export function buildInput(c: InputSpec): [np.NDArray, number | null] {
  const rnd = seededRandom(c.seed);
  const pool = decode(c.pool) as unknown[];
  const vals = Array.from({ length: c.n }, () => pool[Math.floor(rnd() * pool.length)]);
  return withLayout(np.array(vals, { dtype: c.dtype as np.DTypeLike }), c.layout);
}

/**
 * A 1-d array laid out as a case says, with its sort axis: reversed, negative step, rows
 * of 4 sorted along axis 0, 4 rows sorted along axis 1, flattened (axis None), 0-d.
 */
export function withLayout(a: np.NDArray, layout: string): [np.NDArray, number | null] {
  switch (layout) {
    case 'rev':
      return [a.get('::-1'), -1];
    case 'step2r':
      return [a.get('::-2'), -1];
    case 'axis0':
      return [a.reshape(-1, 4), 0];
    case 'axis1':
      return [a.reshape(4, -1), 1];
    case 'none':
      return [a.reshape(-1, 4), null];
    case '0d':
      return [a.reshape([]), null];
    default:
      return [a, -1];
  }
}

/** The generator's checksum: sum(word[i] * (i * 0x9e3779b1 + 1)) mod 2**32 of the C-order bytes. */
export function checksum(r: np.NDArray): number {
  const c = np.ascontiguousarray(r);
  const bytes = new Uint8Array(c.buffer as ArrayBuffer, c.offset, c.size * c.itemsize);
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const w = new Uint32Array(padded.buffer);
  let h = 0;
  for (let i = 0; i < w.length; i++) {
    h = (h + Math.imul(w[i]!, (Math.imul(i, 0x9e3779b1) + 1) | 0)) >>> 0;
  }
  return h;
}

/** `checksum` in Python (a function `checksum(r)` for the live tests' NumPy side). */
export const PY_CHECKSUM = `
M = 0xFFFFFFFF
def checksum(r):
    b = np.ascontiguousarray(r).tobytes()
    b += b'\\0' * (-len(b) % 4)
    w = np.frombuffer(b, dtype='<u4').astype(np.uint64)
    i = np.arange(len(w), dtype=np.uint64)
    mult = (i * np.uint64(0x9E3779B1) + np.uint64(1)) & np.uint64(M)
    return int(((w * mult) & np.uint64(M)).sum() & np.uint64(M))
`;
