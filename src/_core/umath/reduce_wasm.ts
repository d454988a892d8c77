/**
 * Sums of reductions on the wasm backend, streamed through the kernel module's scratch memory
 * with as few copies and calls as possible (the copies dominate: copying a block costs more
 * than summing it). Same bits as NumPy and as the plain-JS loops they replace:
 * - `pairwiseWasm`: NumPy's pairwise sum of a contiguous run (WasmKernels.pairwise: the
 *   recursion split until a piece fits 64 KiB, each piece summed in wasm the same way).
 * - `sumRowsWasm`: the pairwise sums of many contiguous rows (np.sum(a, axis=-1)), copied a
 *   batch of rows at a time, one wasm call per batch.
 * - `addRowsWasm`: rows added one after another into an accumulator (np.sum(a, axis=0);
 *   WasmKernels.addRows: the accumulator tile stays in scratch while batches of rows, sized
 *   to stay in L2, stream past).
 * - `sumI64Wasm`, `sumRowsI64Wasm`: int64 / uint64 sums (wrapping, so any order is exact).
 * - `extremumWasm`: the max or min of a contiguous float or 32-bit-or-narrower integer run.
 * Callers get the kernels from `reduceWasm()` (null on the JS backend) and keep their own
 * JS loops for that case and for short runs.
 */
import { wasmKernels } from '../kernels/index.js';
import { asI64, type WasmKernels } from '../kernels/wasm.js';

type FArr = Float64Array | Float32Array;
type IArr = BigInt64Array | BigUint64Array;

interface RowExports {
  f64_pairwise_rows: (p: number, rows: number, n: number, out: number) => void;
  f32_pairwise_rows: (p: number, rows: number, n: number, out: number) => void;
  i64_sum: (p: number, n: number) => bigint;
  i64_sum_rows: (p: number, rows: number, n: number, out: number) => void;
  f64_max: (p: number, n: number) => number;
  f64_min: (p: number, n: number) => number;
  f32_max: (p: number, n: number) => number;
  f32_min: (p: number, n: number) => number;
  i32_max: (p: number, n: number) => number;
  i32_min: (p: number, n: number) => number;
  u32_max: (p: number, n: number) => number;
  u32_min: (p: number, n: number) => number;
  i64_max: (p: number, n: number) => bigint;
  i64_min: (p: number, n: number) => bigint;
  u64_max: (p: number, n: number) => bigint;
  u64_min: (p: number, n: number) => bigint;
}

/** Largest piece copied at once (bytes): 64 KiB copies ran ~15% faster than 16 KiB ones. */
const PIECE_BYTES = 64 * 1024;
/** Rows staged per batch (bytes): the batch stays in L2 while the kernel reads it. */
const STAGE_BYTES = 128 * 1024;
/** Below this many elements in all the pieces stay in JS (a wasm call with its copy costs more). */
export const WASM_MIN_SUM = 128;
/** Runs of np.max / np.min shorter than this stay in the JS loop. */
export const WASM_MIN_EXTREMUM = 64;

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
  return w.pairwise(f32 ? w.f32 : w.f64, x, lo, n, f32);
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
 * axis (WasmKernels.addRows with the view that matches acc's type).
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
  const view = acc instanceof Float64Array ? w.f64 : acc instanceof Float32Array ? w.f32 : w.i64;
  w.addRows(view, acc, ao, x, xo, rs, n, rows);
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

type ExtremumArr =
  | FArr
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

/** Views of the kernel module's memory as int32 / uint32, made once per module. */
const intViews = new WeakMap<WasmKernels, { i32: Int32Array; u32: Uint32Array }>();

/**
 * After an extremumWasm call that returned a value: the offset from `lo` of the first piece
 * holding an element equal to it (an argmax then searches from there, not from `lo`).
 */
export let extremumFrom = 0;

/**
 * The largest (max) or smallest element of x[lo .. lo + n), n >= 1, copied in pieces of four
 * blocks into the module's memory and reduced on SIMD lanes; narrower integers are widened
 * to int32 by the copy. For floats, null when a piece holds NaN or (unless zeroOk: callers
 * that only compare with the value) the extremum is ±0: which NaN or which zero NumPy returns
 * depends on its order of comparisons, so the caller's scalar loop decides those runs.
 */
export function extremumWasm(
  w: WasmKernels,
  x: ExtremumArr,
  lo: number,
  n: number,
  max: boolean,
  zeroOk = false,
): number | null {
  const ex = exportsOf(w);
  const float = x instanceof Float64Array || x instanceof Float32Array;
  const unsigned = x instanceof Uint32Array;
  let view: Float64Array | Float32Array | Int32Array | Uint32Array;
  let kern: (p: number, n: number) => number;
  if (x instanceof Float64Array) {
    view = w.f64;
    kern = max ? ex.f64_max : ex.f64_min;
  } else if (x instanceof Float32Array) {
    view = w.f32;
    kern = max ? ex.f32_max : ex.f32_min;
  } else {
    let iv = intViews.get(w);
    if (iv === undefined) {
      const buf = w.ex.memory.buffer;
      iv = { i32: new Int32Array(buf), u32: new Uint32Array(buf) };
      intViews.set(w, iv);
    }
    view = unsigned ? iv.u32 : iv.i32;
    kern = unsigned ? (max ? ex.u32_max : ex.u32_min) : max ? ex.i32_max : ex.i32_min;
  }
  const size = view.BYTES_PER_ELEMENT;
  const per = (4 * w.blockBytes) / size;
  const at = w.base / size;
  let m = 0;
  let first = 0;
  for (let i = 0; i < n; i += per) {
    const k = Math.min(per, n - i);
    (view as Float64Array).set(x.subarray(lo + i, lo + i + k) as Float64Array, at);
    let r = kern(w.base, k);
    if (Number.isNaN(r)) return null;
    if (unsigned) r >>>= 0;
    if (i === 0 || (max ? r > m : r < m)) {
      m = r;
      first = i;
    }
  }
  extremumFrom = first;
  return float && m === 0 && !zeroOk ? null : m;
}

/**
 * The largest (max) or smallest element of the int64 / uint64 x[lo .. lo + n), n >= 1, as a
 * BigInt of x's signedness (any order of comparisons gives it).
 */
export function extremumI64Wasm(
  w: WasmKernels,
  x: IArr,
  lo: number,
  n: number,
  max: boolean,
): bigint {
  const ex = exportsOf(w);
  const unsigned = x instanceof BigUint64Array;
  const kern = unsigned ? (max ? ex.u64_max : ex.u64_min) : max ? ex.i64_max : ex.i64_min;
  const v = asI64(x);
  const per = (4 * w.blockBytes) / 8;
  let m = 0n;
  for (let i = 0; i < n; i += per) {
    const k = Math.min(per, n - i);
    w.i64.set(v.subarray(lo + i, lo + i + k), w.base / 8);
    let r = kern(w.base, k);
    if (unsigned) r = BigInt.asUintN(64, r);
    m = i === 0 ? r : max ? (r > m ? r : m) : r < m ? r : m;
  }
  return m;
}
