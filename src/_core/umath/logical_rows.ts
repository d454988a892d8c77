/**
 * np.all / np.any (logical_and / logical_or reductions) of bool arrays, whose bytes are 0 or 1
 * here (bool views of other bytes get a 0/1 copy first, bool_bytes.ts), so `&` and `|`
 * combine them:
 * - over an outer axis (np.all(m, axis=0)), rows stream through the wasm row kernel (SIMD
 *   and/or), or on the js backend are combined four bytes at a time through Int32Array views
 *   when the rows are 4-byte aligned (the generic per-row combine took ~6 ms for 1000x1000;
 *   NumPy ~0.04 ms);
 * - along a contiguous run (axis=-1), the fold stops at the first deciding byte, found by
 *   indexOf (a native scan) — the result depends on no other element.
 */
import { wasmKernels } from '../kernels/index.js';
import type { Fold, ReduceLoops } from './reduce_loops.js';

type Rows = NonNullable<ReduceLoops['combineRows']>;

/** o[oi + j] = o[oi + j] op x[xi + r·xs + j] for all rows r < rows, j < n. */
export function logicalRows(and: boolean): Rows {
  return (o, oi, x, xi, xs, n, rows) => {
    // Large inputs: the wasm row streamer (SIMD and/or on bytes, 1000x1000: ~0.3 -> ~0.1 ms).
    const w = n * rows >= 4096 ? wasmKernels() : null;
    if (w !== null) {
      w.addRows(w.u8, o as Uint8Array, oi, x as Uint8Array, xi, xs, n, rows, and ? 'and' : 'or');
      return;
    }
    const ob = o as Uint8Array;
    const xb = x as Uint8Array;
    const oStart = ob.byteOffset + oi;
    const xStart = xb.byteOffset + xi;
    // Whole words: all of a row's words when every row starts 4-byte aligned.
    const nw = (oStart | xStart | xs) % 4 === 0 ? n >> 2 : 0;
    if (nw > 0) {
      const o32 = new Int32Array(ob.buffer, oStart, nw);
      const x32 = new Int32Array(xb.buffer, xStart, ((rows - 1) * xs) / 4 + nw);
      const step = xs / 4;
      if (and) for (let r = 0, p = 0; r < rows; r++, p += step) andWords(o32, x32, p, nw);
      else for (let r = 0, p = 0; r < rows; r++, p += step) orWords(o32, x32, p, nw);
    }
    // The bytes after the last whole word (all of them without words).
    for (let r = 0, p = xi; r < rows; r++, p += xs) {
      if (and) for (let j = 4 * nw; j < n; j++) ob[oi + j]! &= xb[p + j]!;
      else for (let j = 4 * nw; j < n; j++) ob[oi + j]! |= xb[p + j]!;
    }
  };
}

function andWords(o: Int32Array, x: Int32Array, p: number, nw: number): void {
  for (let j = 0; j < nw; j++) o[j]! &= x[p + j]!;
}

function orWords(o: Int32Array, x: Int32Array, p: number, nw: number): void {
  for (let j = 0; j < nw; j++) o[j]! |= x[p + j]!;
}

/** The fold of logical_and (all) or logical_or (any): done once a byte decides. */
export function logicalFold(and: boolean): Fold {
  // all: a 0 decides; any: a 1 (bytes are 0/1).
  const decides = and ? 0 : 1;
  return (o, oi, x, xi, xs, n) => {
    if (o[oi] === decides) return;
    const xb = x as Uint8Array;
    if (xs === 1) {
      if (xb.subarray(xi, xi + n).indexOf(decides) >= 0) o[oi] = decides;
      return;
    }
    for (let i = 0; i < n; i++, xi += xs) {
      if (xb[xi] === decides) {
        o[oi] = decides;
        return;
      }
    }
  };
}
