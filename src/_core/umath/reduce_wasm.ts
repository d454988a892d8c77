/**
 * Sums of reductions on the wasm backend, streamed through the kernel module's scratch memory
 * with as few copies and calls as possible (the copies dominate: copying a block costs more
 * than summing it). Same bits as NumPy and as the plain-JS loops they replace:
 * - `pairwiseWasm`: NumPy's pairwise sum of a contiguous run, its recursion split here until
 *   a piece fits a large block (64 KiB), each piece summed in wasm with the same recursion.
 * - `sumRowsWasm`: the pairwise sums of many contiguous rows (np.sum(a, axis=-1)), copied a
 *   batch of rows at a time, one wasm call per batch.
 * - `addRowsWasm`: rows added one after another into an accumulator (np.sum(a, axis=0)); the
 *   accumulator tile stays in scratch while batches of rows, sized to stay in L2, stream past.
 * - `sumI64Wasm`, `sumRowsI64Wasm`: int64 / uint64 sums (wrapping, so any order is exact).
 * Callers get the kernels from `reduceWasm()` (null on the JS backend) and keep their own
 * JS loops for that case and for short runs.
 */
import { wasmKernels } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';

type FArr = Float64Array | Float32Array;
type IArr = BigInt64Array | BigUint64Array;

interface RowExports {
  f64_pairwise: (p: number, n: number) => number;
  f32_pairwise: (p: number, n: number) => number;
  f64_pairwise_rows: (p: number, rows: number, n: number, out: number) => void;
  f32_pairwise_rows: (p: number, rows: number, n: number, out: number) => void;
  f64_addrows: (acc: number, x: number, rows: number, n: number) => void;
  f32_addrows: (acc: number, x: number, rows: number, n: number) => void;
  i64_sum: (p: number, n: number) => bigint;
  i64_sum_rows: (p: number, rows: number, n: number, out: number) => void;
  i64_addrows: (acc: number, x: number, rows: number, n: number) => void;
}

/** Largest piece copied at once (bytes): 64 KiB copies ran ~15% faster than 16 KiB ones. */
const PIECE_BYTES = 64 * 1024;
/** Rows staged per batch for addRows (bytes): the batch stays in L2 while the kernel reads it. */
const STAGE_BYTES = 128 * 1024;
/** Below this many elements in all the pieces stay in JS (a wasm call with its copy costs more). */
export const WASM_MIN_SUM = 128;

/** The wasm kernels when that backend is active (else null). */
export function reduceWasm(): WasmKernels | null {
  return wasmKernels();
}

function exportsOf(w: WasmKernels): RowExports {
  return w.ex as unknown as RowExports;
}

/**
 * NumPy's pairwise sum (`@TYPE@_pairwise_sum`) of x[lo .. lo + n) on the wasm backend, in
 * float32 (f32) or float64 (a float32 x is then widened as it is copied, as NumPy's cast
 * buffer does). n >= 1.
 */
export function pairwiseWasm(w: WasmKernels, x: FArr, lo: number, n: number, f32: boolean): number {
  const size = f32 ? 4 : 8;
  if (n * size <= PIECE_BYTES) {
    const ex = exportsOf(w);
    if (f32) {
      w.f32.set(lo === 0 && n === x.length ? x : x.subarray(lo, lo + n), w.base >> 2);
      return ex.f32_pairwise(w.base, n);
    }
    w.f64.set(lo === 0 && n === x.length ? x : x.subarray(lo, lo + n), w.base >> 3);
    return ex.f64_pairwise(w.base, n);
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  const s = pairwiseWasm(w, x, lo, n2, f32) + pairwiseWasm(w, x, lo + n2, n - n2, f32);
  return f32 ? Math.fround(s) : s;
}

/**
 * For r < rows: o[oi + r·os] = o[oi + r·os] + pairwise(x[xi + r·rs .. + n)) — the reduce loop
 * of np.sum over a contiguous last axis, row by row, as NumPy's inner loop folds each row.
 */
export function sumRowsWasm(
  w: WasmKernels,
  o: FArr,
  oi: number,
  os: number,
  x: FArr,
  xi: number,
  rs: number,
  n: number,
  rows: number,
): void {
  const f32 = o instanceof Float32Array;
  const size = f32 ? 4 : 8;
  if (n * size > PIECE_BYTES) {
    for (let r = 0; r < rows; r++)
      o[oi + r * os] = o[oi + r * os]! + pairwiseWasm(w, x, xi + r * rs, n, f32);
    return;
  }
  const ex = exportsOf(w);
  const view: FArr = f32 ? w.f32 : w.f64;
  const rowBytes = n * size;
  // Results go first (16-byte aligned room for a batch), the rows after them.
  const per = Math.max(1, Math.floor(STAGE_BYTES / (rowBytes + size)));
  const pOut = w.base;
  const pRows = w.base + ((per * size + 63) & ~63);
  const iOut = pOut / size;
  const iRows = pRows / size;
  const kern = f32 ? ex.f32_pairwise_rows : ex.f64_pairwise_rows;
  for (let r0 = 0; r0 < rows; r0 += per) {
    const k = Math.min(per, rows - r0);
    const p = xi + r0 * rs;
    if (rs === n) (view as Float64Array).set(x.subarray(p, p + k * n) as Float64Array, iRows);
    else
      for (let r = 0; r < k; r++)
        (view as Float64Array).set(
          x.subarray(p + r * rs, p + r * rs + n) as Float64Array,
          iRows + r * n,
        );
    kern(pRows, k, n, pOut);
    let q = oi + r0 * os;
    for (let r = 0; r < k; r++, q += os) o[q] = o[q]! + view[iOut + r]!;
  }
}

/**
 * acc[ao + j] += x[xo + r·rs + j] for rows r < rows in order, j < n: np.sum over an outer
 * axis, each output the left-to-right sum of its column (float32: rounded at each step;
 * int64 / uint64: wrapping). A float32 x with a float64 acc is widened as it is copied.
 */
export function addRowsWasm(
  w: WasmKernels,
  acc: FArr | IArr,
  ao: number,
  x: FArr | IArr,
  xo: number,
  rs: number,
  n: number,
  rows: number,
): void {
  const big = acc instanceof BigInt64Array || acc instanceof BigUint64Array;
  const f32 = acc instanceof Float32Array;
  const size = f32 ? 4 : 8;
  const ex = exportsOf(w);
  // Typed as one array type for the copies; int64 and uint64 share the same bits.
  const view = (big ? w.i64 : f32 ? w.f32 : w.f64) as unknown as Float64Array;
  const src = (big ? asI64(x as IArr) : x) as Float64Array;
  const dst = (big ? asI64(acc as IArr) : acc) as Float64Array;
  const kern = big ? ex.i64_addrows : f32 ? ex.f32_addrows : ex.f64_addrows;
  // Column tiles of at most 16 KiB; the kernel's last vector may spill one vector past a row.
  const tile = Math.min(n, 16384 / size);
  const stage = w.base + ((tile * size + 64 + 63) & ~63);
  const per = Math.max(1, Math.floor(STAGE_BYTES / (tile * size)));
  const ia = w.base / size;
  const is = stage / size;
  for (let c0 = 0; c0 < n; c0 += tile) {
    const wd = Math.min(tile, n - c0);
    view.set(dst.subarray(ao + c0, ao + c0 + wd), ia);
    for (let r0 = 0; r0 < rows; r0 += per) {
      const k = Math.min(per, rows - r0);
      const p = xo + r0 * rs + c0;
      if (rs === wd) view.set(src.subarray(p, p + k * wd), is);
      else
        for (let r = 0; r < k; r++)
          view.set(src.subarray(p + r * rs, p + r * rs + wd), is + r * wd);
      kern(w.base, stage, k, wd);
    }
    dst.set(view.subarray(ia, ia + wd), ao + c0);
  }
}

/** The same 64-bit integers seen as int64 (uint64 sums have the same bits). */
function asI64(x: IArr): BigInt64Array {
  return x instanceof BigInt64Array ? x : new BigInt64Array(x.buffer, x.byteOffset, x.length);
}

/** The wrapping sum of the int64 / uint64 x[lo .. lo + n), as a BigInt (reduce it mod 2^64). */
export function sumI64Wasm(w: WasmKernels, x: IArr, lo: number, n: number): bigint {
  const v = asI64(x);
  const ex = exportsOf(w);
  const per = PIECE_BYTES / 8;
  let s = 0n;
  for (let i = 0; i < n; i += per) {
    const k = Math.min(per, n - i);
    w.i64.set(v.subarray(lo + i, lo + i + k), w.base / 8);
    s += ex.i64_sum(w.base, k);
  }
  return s;
}

/** For r < rows: o[oi + r·os] += the wrapping sum of x[xi + r·rs .. + n) (int64 / uint64). */
export function sumRowsI64Wasm(
  w: WasmKernels,
  o: IArr,
  oi: number,
  os: number,
  x: IArr,
  xi: number,
  rs: number,
  n: number,
  rows: number,
): void {
  if (n * 8 > PIECE_BYTES) {
    for (let r = 0; r < rows; r++)
      o[oi + r * os] = o[oi + r * os]! + sumI64Wasm(w, x, xi + r * rs, n);
    return;
  }
  const v = asI64(x);
  const ex = exportsOf(w);
  const per = Math.max(1, Math.floor(STAGE_BYTES / (n * 8 + 8)));
  const pOut = w.base;
  const pRows = w.base + ((per * 8 + 63) & ~63);
  const iOut = pOut / 8;
  const iRows = pRows / 8;
  const view = w.i64;
  for (let r0 = 0; r0 < rows; r0 += per) {
    const k = Math.min(per, rows - r0);
    const p = xi + r0 * rs;
    if (rs === n) view.set(v.subarray(p, p + k * n), iRows);
    else
      for (let r = 0; r < k; r++) view.set(v.subarray(p + r * rs, p + r * rs + n), iRows + r * n);
    ex.i64_sum_rows(pRows, k, n, pOut);
    let q = oi + r0 * os;
    for (let r = 0; r < k; r++, q += os) o[q] = o[q]! + view[iOut + r]!;
  }
}
