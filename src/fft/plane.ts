/**
 * rfft2 of a C-contiguous float64 matrix on the wasm backend, in two sweeps that hand
 * over through a buffer laid out for the second: the real transforms of the rows (side by
 * side, wasm_plan.ts `rows`) write their results in column blocks, each block (all rows of
 * a range of columns) contiguous, so that the complex transforms down the columns
 * (`lanesInPlace`) read each block with one copy instead of one strided piece per row.
 * The arithmetic is transformAxis's, line for line, so the bits are those of the two
 * separate passes.
 */
import { allocUninitialized } from '../_core/alloc.js';
import { complex128 } from '../_core/dtype.js';
import { NDArray } from '../_core/ndarray.js';
import { c2c, r2c } from './lines.js';
import { wasmLineOp } from './wasm_plan.js';

/** Rows transformed side by side (as transformAxis's ROW_LANES). */
const ROW_LANES = 16;
/** Below this many input elements the two plain passes are as fast. */
const MIN_SIZE = 1 << 15;
/** The hand-over buffer is kept between calls up to this many doubles. */
const KEEP_DOUBLES = 1 << 22;

let handOver: Float64Array | null = null;
function handOverBuffer(len: number): Float64Array {
  if (handOver !== null && handOver.length >= len) return handOver.subarray(0, len);
  const b = new Float64Array(len);
  if (len <= KEEP_DOUBLES) handOver = b;
  return b;
}

/**
 * rfft along axis 1 (scaled by f1) then fft along axis 0 (scaled by f0) of `a`, or null
 * when `a` is not a C-contiguous float64 matrix or the wasm paths do not apply.
 */
export function rfftPlane(a: NDArray, f1: number, f0: number): NDArray | null {
  if (a.ndim !== 2 || a.dtype.name !== 'float64' || !a.isAligned) return null;
  const [m, n] = a.dims as [number, number];
  if (m * n < MIN_SIZE || n % 2 !== 0 || a.steps[1] !== 8 || a.steps[0] !== 8 * n) {
    return null;
  }
  const rowOp = r2c(n);
  const colOp = c2c(m, true);
  // The column plan first, to size the column blocks (its twiddles are reloaded later).
  let col = wasmLineOp(colOp);
  if (col?.lanesInPlace === undefined) return null;
  const K = rowOp.outLen;
  const blockLen = 2 * col.blockLanes! * m;
  const L = Math.min(K, Math.floor((col.arena.room() - 2 * blockLen - 24) / (2 * m)));
  if (L < 4) return null;
  const row = wasmLineOp(rowOp);
  const rs = row?.rowStride ?? 0;
  const rowsL = row?.rows
    ? Math.min(ROW_LANES, m, Math.floor((row.arena.room() - 32) / (3 * rs)))
    : 0;
  if (rowsL < 1) return null;

  // Column blocks: block c holds columns [c·per, c·per + w) of every row, row-major, from
  // double 2·m·c·per of the hand-over buffer.
  const chunks = Math.ceil(K / L);
  const per = Math.ceil(K / chunks);
  const mid = handOverBuffer(2 * m * K);
  const src = a.data as Float64Array;
  const s0 = a.offset / 8;

  // Rows: gather rowsL rows, transform them, and write each into its column blocks.
  const stage = row!.arena.take(rowsL * rs);
  const rowA = row!.arena.take(rowsL * rs);
  const rowB = row!.arena.take(rowsL * rs);
  for (let t0 = 0; t0 < m; t0 += rowsL) {
    const nb = Math.min(rowsL, m - t0);
    for (let b = 0; b < nb; b++) {
      const p = s0 + (t0 + b) * n;
      stage.set(src.subarray(p, p + n), b * rs);
    }
    row!.rows!(stage, rowA, rowB, nb);
    for (let b = 0; b < nb; b++) {
      const t = t0 + b;
      for (let c0 = 0; c0 < K; c0 += per) {
        const w = 2 * Math.min(per, K - c0);
        const from = b * rs + 2 * c0;
        const to = 2 * m * c0 + t * w;
        if (f1 === 1) mid.set(stage.subarray(from, from + w), to);
        else for (let e = 0; e < w; e++) mid[to + e] = stage[from + e]! * f1;
      }
    }
  }

  // Columns: each block in one copy, transformed in place, rows scattered to the output.
  col = wasmLineOp(colOp)!;
  const out = new NDArray(allocUninitialized(16 * m * K), complex128, [m, K], [16 * K, 16]);
  const d = out.data as Float64Array;
  const lane = col.arena.take(2 * per * m);
  const bufB = col.arena.take(blockLen);
  const bufC = col.arena.take(blockLen);
  for (let c0 = 0; c0 < K; c0 += per) {
    const nc = Math.min(per, K - c0);
    const w = 2 * nc;
    lane.set(mid.subarray(2 * m * c0, 2 * m * c0 + w * m));
    col.lanesInPlace!(lane, nc, bufB, bufC);
    for (let t = 0; t < m; t++) {
      const from = w * t;
      const to = 2 * (t * K + c0);
      if (f0 === 1) d.set(lane.subarray(from, from + w), to);
      else for (let e = 0; e < w; e++) d[to + e] = lane[from + e]! * f0;
    }
  }
  return out;
}
