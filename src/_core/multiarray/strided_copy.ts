/**
 * Same-dtype copies between arrays of any layout, as raw words: the bits move
 * unchanged, so one set of loops serves every dtype (numbers, complex, strings,
 * records). This is the path of `a.copy()` of transposed or strided arrays and of
 * assignments into slices (concatenate along inner axes).
 *
 * Axes are walked in the destination's memory order with contiguous axes merged;
 * a 2-d transpose (contiguous destination rows, contiguous source columns) is
 * copied in blocks of eight rows by two columns.
 */

import { carryRawBytes } from '../bool_bytes.js';
import { type Words, wordSize, wordsOf } from '../item_selection/words.js';
import { gatherStrided } from '../kernels/index.js';
import type { NDArray } from '../ndarray.js';

/**
 * Copy `src` into `dst` (same dtype and shape; src may have zero strides for
 * broadcasting; memory not overlapping). Returns false when the layout is not
 * supported (then the caller's general path runs).
 */
export function copySame(dst: NDArray, src: NDArray): boolean {
  const item = dst.itemsize;
  if (item === 0 || dst.size === 0) return true;
  carryRawBytes(src, dst);
  const w = wordSize(item, dst.offset, src.offset, ...dst.steps, ...src.steps);
  const e = item / w;
  const { n, ss, ds } = mergedAxes(dst.dims, src.steps, dst.steps, w);
  const s = wordsOf(src.buffer, w);
  const d = wordsOf(dst.buffer, w);
  const nd = n.length;
  let so = src.offset / w;
  let dof = dst.offset / w;
  if (nd === 0) {
    run(s, so, 0, d, dof, 0, 1, e);
    return true;
  }
  if (nd === 2 && e === 1 && ds[1] === 1 && ss[0] === 1 && Math.abs(ss[1]!) > 16) {
    transposeRows(s, so, ss[1]!, d, dof, ds[0]!, n[0]!, n[1]!);
    return true;
  }
  const inner = n[nd - 1]!;
  const sIn = ss[nd - 1]!;
  const dIn = ds[nd - 1]!;
  // Short rows of 8-byte words (M.T.copy() of a 10x10): one nested loop, not a run() call
  // per row (its dispatch cost more than the row: copySame of a 10x10 450 -> 270 ns).
  if (nd === 2 && e === 1 && inner < 64 && s instanceof Float64Array) {
    copyRowsF64(s, so, ss[0]!, sIn, d as Float64Array, dof, ds[0]!, dIn, n[0]!, inner);
    return true;
  }
  const idx = new Array<number>(nd).fill(0);
  for (;;) {
    run(s, so, sIn, d, dof, dIn, inner, e);
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      so += ss[ax]!;
      dof += ds[ax]!;
      if (++idx[ax]! < n[ax]!) break;
      so -= ss[ax]! * n[ax]!;
      dof -= ds[ax]! * n[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return true;
  }
}

/**
 * The axes as (length, source step, destination step) in words, outermost first in
 * the destination's memory order, length-1 axes dropped and contiguous runs merged.
 */
function mergedAxes(
  shape: readonly number[],
  sStrides: readonly number[],
  dStrides: readonly number[],
  w: number,
): { n: number[]; ss: number[]; ds: number[] } {
  const axes: number[] = [];
  let ordered = true;
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue;
    const prev = axes[axes.length - 1];
    if (prev !== undefined && Math.abs(dStrides[prev]!) < Math.abs(dStrides[i]!)) ordered = false;
    axes.push(i);
  }
  // A destination in C order (every fresh copy) needs no sort.
  if (!ordered) axes.sort((a, b) => Math.abs(dStrides[b]!) - Math.abs(dStrides[a]!) || a - b);
  const n: number[] = [];
  const ss: number[] = [];
  const ds: number[] = [];
  for (const ax of axes) {
    const len = shape[ax]!;
    const s = sStrides[ax]! / w;
    const d = dStrides[ax]! / w;
    const last = n.length - 1;
    if (last >= 0 && ss[last] === s * len && ds[last] === d * len) {
      n[last]! *= len;
      ss[last] = s;
      ds[last] = d;
    } else {
      n.push(len);
      ss.push(s);
      ds.push(d);
    }
  }
  return { n, ss, ds };
}

/** rows x cols float64 words: row r, column c at s[si + r*sRow + c*sCol] → d likewise. */
function copyRowsF64(
  s: Float64Array,
  si: number,
  sRow: number,
  sCol: number,
  d: Float64Array,
  di: number,
  dRow: number,
  dCol: number,
  rows: number,
  cols: number,
): void {
  for (let r = 0; r < rows; r++, si += sRow, di += dRow) {
    for (let c = 0, sk = si, dk = di; c < cols; c++, sk += sCol, dk += dCol) d[dk] = s[sk]!;
  }
}

/** `count` elements of `e` words, stepping `sStep` / `dStep` words. */
function run(
  s: Words,
  si: number,
  sStep: number,
  d: Words,
  di: number,
  dStep: number,
  count: number,
  e: number,
): void {
  if (e === 1) {
    if (sStep === 1 && dStep === 1 && count > 16) {
      d.set(s.subarray(si, si + count), di);
      return;
    }
    // A reversed run (np.flip(a).copy(), a[::-1] = b): a block copy, then the native reverse
    // of the destination run (the element loop over a negative step was ~5x NumPy's time).
    if (sStep === -1 && dStep === 1 && count > 16) {
      d.set(s.subarray(si - count + 1, si + 1), di);
      d.subarray(di, di + count).reverse();
      return;
    }
    if (sStep === 1 && dStep === -1 && count > 16) {
      d.set(s.subarray(si, si + count), di - count + 1);
      d.subarray(di - count + 1, di + 1).reverse();
      return;
    }
    // A broadcast run (one source word repeated: np.meshgrid's copies, broadcast_to(x).copy()):
    // the typed array's fill, which stores the word's bits unchanged.
    if (sStep === 0 && dStep === 1 && count > 16) {
      (d as Float64Array).fill(s[si]! as number, di, di + count);
      return;
    }
    // Steps into a contiguous run (a[::2].copy(), z.real.copy(), M[:, ::3].copy()): the
    // gather of kernels/index.ts (wasm for step 2 in cache, else an unrolled loop) beats
    // the element loop below 1.3-2x. Negative steps stay here: the span gather was measured
    // 1.3x slower on a[::-2].copy().
    if (
      dStep === 1 &&
      sStep > 1 &&
      (s instanceof Float64Array || s instanceof Int32Array) &&
      gatherStrided(s, si, sStep, count, d as Float64Array | Int32Array, di)
    )
      return;
    if (s instanceof Float64Array) run1F64(s, si, sStep, d as Float64Array, di, dStep, count);
    else if (s instanceof Int32Array) run1I32(s, si, sStep, d as Int32Array, di, dStep, count);
    else if (s instanceof Int16Array) run1I16(s, si, sStep, d as Int16Array, di, dStep, count);
    else run1U8(s, si, sStep, d as Uint8Array, di, dStep, count);
    return;
  }
  if (sStep === e && dStep === e) {
    d.set(s.subarray(si, si + count * e), di);
    return;
  }
  for (let k = 0; k < count; k++, si += sStep, di += dStep) {
    for (let l = 0; l < e; l++) d[di + l] = s[si + l]!;
  }
}

function run1F64(
  s: Float64Array,
  si: number,
  ss: number,
  d: Float64Array,
  di: number,
  ds: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function run1I32(
  s: Int32Array,
  si: number,
  ss: number,
  d: Int32Array,
  di: number,
  ds: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function run1I16(
  s: Int16Array,
  si: number,
  ss: number,
  d: Int16Array,
  di: number,
  ds: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}
function run1U8(
  s: Uint8Array,
  si: number,
  ss: number,
  d: Uint8Array,
  di: number,
  ds: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, si += ss, di += ds) d[di] = s[si]!;
}

/**
 * `rows` × `cols` one-word elements where the destination walks rows contiguously
 * (row step `dRow`) and the source's columns are contiguous (column step `sCol`): eight
 * destination rows at a time, so that each step reads eight neighbouring source words
 * (one cache line for float64) from each of two source columns and writes eight
 * sequential streams, two words each; every source line is read once. Columns go in chunks so that the source pages in use at once stay
 * within the TLB (each source row is on a page of its own in a large array).
 */
function transposeRows(
  s: Words,
  so: number,
  sCol: number,
  d: Words,
  dof: number,
  dRow: number,
  rows: number,
  cols: number,
): void {
  // One loop nest per word type: inside, every typed array has one known type.
  if (s instanceof Float64Array)
    transposeF64(s, so, sCol, d as Float64Array, dof, dRow, rows, cols);
  else if (s instanceof Int32Array)
    transposeI32(s, so, sCol, d as Int32Array, dof, dRow, rows, cols);
  else {
    for (let r = 0; r < rows; r++) {
      if (s instanceof Int16Array)
        run1I16(s, so + r, sCol, d as Int16Array, dof + r * dRow, 1, cols);
      else run1U8(s as Uint8Array, so + r, sCol, d as Uint8Array, dof + r * dRow, 1, cols);
    }
  }
}

const CHUNK = 512;

function transposeF64(
  s: Float64Array,
  so: number,
  sCol: number,
  d: Float64Array,
  dof: number,
  dRow: number,
  rows: number,
  cols: number,
): void {
  for (let c0 = 0; c0 < cols; c0 += CHUNK) {
    const w = Math.min(CHUNK, cols - c0);
    const sc = so + c0 * sCol;
    const dc = dof + c0;
    let r = 0;
    for (; r + 8 <= rows; r += 8) rows8F64(s, sc + r, sCol, d, dc + r * dRow, dRow, w);
    for (; r < rows; r++) run1F64(s, sc + r, sCol, d, dc + r * dRow, 1, w);
  }
}

function transposeI32(
  s: Int32Array,
  so: number,
  sCol: number,
  d: Int32Array,
  dof: number,
  dRow: number,
  rows: number,
  cols: number,
): void {
  for (let c0 = 0; c0 < cols; c0 += CHUNK) {
    const w = Math.min(CHUNK, cols - c0);
    const sc = so + c0 * sCol;
    const dc = dof + c0;
    let r = 0;
    for (; r + 8 <= rows; r += 8) rows8I32(s, sc + r, sCol, d, dc + r * dRow, dRow, w);
    for (; r < rows; r++) run1I32(s, sc + r, sCol, d, dc + r * dRow, 1, w);
  }
}

// Each step reads two neighbouring source columns, eight words each (two cache lines),
// and writes two adjacent words to each of the eight destination rows: measured ~35%
// faster than one column per step (fewer loop trips, paired stores to each row).
function rows8F64(
  s: Float64Array,
  si: number,
  sCol: number,
  d: Float64Array,
  d0: number,
  dRow: number,
  cols: number,
): void {
  const d1 = d0 + dRow;
  const d2 = d1 + dRow;
  const d3 = d2 + dRow;
  const d4 = d3 + dRow;
  const d5 = d4 + dRow;
  const d6 = d5 + dRow;
  const d7 = d6 + dRow;
  let c = 0;
  for (; c + 2 <= cols; c += 2, si += 2 * sCol) {
    const sj = si + sCol;
    const x0 = s[si]!;
    const x1 = s[si + 1]!;
    const x2 = s[si + 2]!;
    const x3 = s[si + 3]!;
    const x4 = s[si + 4]!;
    const x5 = s[si + 5]!;
    const x6 = s[si + 6]!;
    const x7 = s[si + 7]!;
    const y0 = s[sj]!;
    const y1 = s[sj + 1]!;
    const y2 = s[sj + 2]!;
    const y3 = s[sj + 3]!;
    const y4 = s[sj + 4]!;
    const y5 = s[sj + 5]!;
    const y6 = s[sj + 6]!;
    const y7 = s[sj + 7]!;
    d[d0 + c] = x0;
    d[d0 + c + 1] = y0;
    d[d1 + c] = x1;
    d[d1 + c + 1] = y1;
    d[d2 + c] = x2;
    d[d2 + c + 1] = y2;
    d[d3 + c] = x3;
    d[d3 + c + 1] = y3;
    d[d4 + c] = x4;
    d[d4 + c + 1] = y4;
    d[d5 + c] = x5;
    d[d5 + c + 1] = y5;
    d[d6 + c] = x6;
    d[d6 + c + 1] = y6;
    d[d7 + c] = x7;
    d[d7 + c + 1] = y7;
  }
  if (c < cols) {
    d[d0 + c] = s[si]!;
    d[d1 + c] = s[si + 1]!;
    d[d2 + c] = s[si + 2]!;
    d[d3 + c] = s[si + 3]!;
    d[d4 + c] = s[si + 4]!;
    d[d5 + c] = s[si + 5]!;
    d[d6 + c] = s[si + 6]!;
    d[d7 + c] = s[si + 7]!;
  }
}
function rows8I32(
  s: Int32Array,
  si: number,
  sCol: number,
  d: Int32Array,
  d0: number,
  dRow: number,
  cols: number,
): void {
  const d1 = d0 + dRow;
  const d2 = d1 + dRow;
  const d3 = d2 + dRow;
  const d4 = d3 + dRow;
  const d5 = d4 + dRow;
  const d6 = d5 + dRow;
  const d7 = d6 + dRow;
  let c = 0;
  for (; c + 2 <= cols; c += 2, si += 2 * sCol) {
    const sj = si + sCol;
    const x0 = s[si]!;
    const x1 = s[si + 1]!;
    const x2 = s[si + 2]!;
    const x3 = s[si + 3]!;
    const x4 = s[si + 4]!;
    const x5 = s[si + 5]!;
    const x6 = s[si + 6]!;
    const x7 = s[si + 7]!;
    const y0 = s[sj]!;
    const y1 = s[sj + 1]!;
    const y2 = s[sj + 2]!;
    const y3 = s[sj + 3]!;
    const y4 = s[sj + 4]!;
    const y5 = s[sj + 5]!;
    const y6 = s[sj + 6]!;
    const y7 = s[sj + 7]!;
    d[d0 + c] = x0;
    d[d0 + c + 1] = y0;
    d[d1 + c] = x1;
    d[d1 + c + 1] = y1;
    d[d2 + c] = x2;
    d[d2 + c + 1] = y2;
    d[d3 + c] = x3;
    d[d3 + c + 1] = y3;
    d[d4 + c] = x4;
    d[d4 + c + 1] = y4;
    d[d5 + c] = x5;
    d[d5 + c + 1] = y5;
    d[d6 + c] = x6;
    d[d6 + c + 1] = y6;
    d[d7 + c] = x7;
    d[d7 + c + 1] = y7;
  }
  if (c < cols) {
    d[d0 + c] = s[si]!;
    d[d1 + c] = s[si + 1]!;
    d[d2 + c] = s[si + 2]!;
    d[d3 + c] = s[si + 3]!;
    d[d4 + c] = s[si + 4]!;
    d[d5 + c] = s[si + 5]!;
    d[d6 + c] = s[si + 6]!;
    d[d7 + c] = s[si + 7]!;
  }
}
