/**
 * Compute kernels on contiguous typed arrays: the inner loops the ufunc engine calls.
 *
 * Each kernel reads the first `out.length` elements of its inputs (any lengths, any element
 * offsets: subarrays are fine) and writes `out`. `out` may be the very array of an input (in
 * place); partially overlapping inputs and outputs must be copied first by the caller, as
 * NumPy does. float32 kernels take float32 arrays and round scalars to float32.
 *
 * Backends: WebAssembly SIMD (assembly/*.ts, streamed through a scratch block, see wasm.ts)
 * when the engine supports it, else plain TypeScript loops (js.ts). Short arrays take the
 * TypeScript loops on both backends for the exact operations (arithmetic, abs, neg, sqrt,
 * sums), where the results are bit-identical. exp/log/sin/cos always use the selected backend,
 * so their results do not depend on an array's length.
 *
 * Set NUMTYPE_NO_WASM=1 in the environment, or call setBackend('js'), to force the fallback.
 * In browsers, await init() before computing: the main thread cannot compile the module
 * synchronously (until then the fallback runs).
 */
import { type FmaKernels, loadFmaAsync, loadFmaSync } from './fma_wasm.js';
import { gatherWords, type WordArray } from './gather_js.js';
import * as js from './js.js';
import { type CmpOp, loadAsync, loadSync, simdSupported, type WasmKernels } from './wasm.js';

export { type CmpOp, simdSupported } from './wasm.js';

export type Backend = 'wasm' | 'js';

/**
 * Below this many elements the exact element-wise kernels run as TypeScript loops even on the
 * wasm backend: a wasm call with its block copies costs ~110-130 ns, a 64-element loop as much
 * (bench/experiments.mjs, "short arrays").
 */
export const SMALL_N = 64;
/** The same crossover for the pairwise sums (the plain pairwise loop is cheaper per element). */
export const SMALL_SUM_N = 128;

/** The wasm kernels when the wasm backend is active, else null. */
let W: WasmKernels | null = null;
/** The backend asked for: 'auto' picks wasm when available. */
let wanted: Backend | 'auto' = envNoWasm() ? 'js' : 'auto';
/** Whether a synchronous load was attempted for the current choice. */
let loadTried = false;
let asyncLoad: Promise<WasmKernels | null> | undefined;

function envNoWasm(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const v = env?.NUMTYPE_NO_WASM;
  return v !== undefined && v !== '' && v !== '0';
}

/** The wasm kernels, loading them on first use; null when the JS backend is in force. */
function wasm(): WasmKernels | null {
  if (W !== null || loadTried) return W;
  loadTried = true;
  if (wanted === 'js') return null;
  W = loadSync();
  // Where a synchronous compile is refused (browsers' main thread), compile in the background;
  // the JS kernels run until it is ready.
  if (W === null && simdSupported()) void init();
  return W;
}

/**
 * Select the backend: 'wasm' (throws if WebAssembly SIMD is unavailable or cannot be compiled
 * synchronously here: `await init()` first), 'js', or 'auto' (wasm when available).
 */
export function setBackend(backend: Backend | 'auto'): void {
  wanted = backend;
  loadTried = true;
  W = backend === 'js' ? null : loadSync();
  if (W === null && backend === 'wasm') {
    throw new Error('numtype: the WebAssembly SIMD backend is not available here');
  }
}

/** The backend kernels currently run on. */
export function getBackend(): Backend {
  return wasm() === null ? 'js' : 'wasm';
}

/**
 * Load the kernels asynchronously (works on browsers' main thread, where synchronous compiles of
 * modules over 4 KB are refused) and resolve to the backend in force. `np.ready` is this promise.
 */
export async function init(): Promise<Backend> {
  if (wanted !== 'js' && W === null) {
    asyncLoad ??= loadAsync().catch(() => null);
    const w = await asyncLoad;
    // setBackend may have run meanwhile
    if ((wanted as Backend | 'auto') !== 'js' && W === null) {
      W = w;
      loadTried = true;
    }
  }
  if (wanted !== 'js') await loadFmaAsync();
  return getBackend();
}

/**
 * The fused-multiply-add kernels (fma_wasm.ts) on the wasm backend where the engine has them;
 * null on the js backend, so that NUMTYPE_NO_WASM=1 runs the exact JS ports.
 */
export function fmaKernels(): FmaKernels | null {
  return wasm() === null ? null : loadFmaSync();
}

/** The active wasm kernels (for the benchmark's block-size experiments); null on the js backend. */
export function wasmKernels(): WasmKernels | null {
  return wasm();
}

/**
 * A value derived once from the active wasm module (a scratch layout with its exports and
 * typed views): `build(k)` runs again only when the module changes; null on the js backend,
 * or when `build` gives null (a module without the exports it needs).
 */
export function perModule<T>(build: (k: WasmKernels) => T | null): () => T | null {
  let forK: WasmKernels | null = null;
  let value: T | null = null;
  return () => {
    const k = wasm();
    if (k === null) return null;
    if (k !== forK) {
      forK = k;
      value = build(k);
    }
    return value;
  };
}

function tooShort(): never {
  throw new RangeError('numtype kernels: an input is shorter than the output');
}

// ---- comparisons (float64 / float32 to bool bytes) ----
/** out[i] = a[i] op b[i], or a[i] op b for a number b (a float32 scalar already rounded). */
export function compare(
  op: CmpOp,
  a: Float64Array | Float32Array,
  b: Float64Array | Float32Array | number,
  out: Uint8Array,
): void {
  if (a.length < out.length || (typeof b !== 'number' && b.length < out.length)) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.compare(op, a, b, out);
  else w.compare(op, a instanceof Float64Array ? w.f64 : w.f32, a, b, out);
}

// ---- np.where ----
/**
 * out[i] = c[i] ? x[i] : y[i] for 8-byte elements as BigInt64Array views (the bits move
 * unchanged), x or y possibly one element's bits; false (nothing done) where the wasm
 * backend is off or the run is short: the caller's own loop handles those.
 */
export function select64(
  c: Uint8Array,
  x: BigInt64Array | bigint,
  y: BigInt64Array | bigint,
  out: BigInt64Array,
): boolean {
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null || (typeof x === 'bigint' && typeof y === 'bigint')) return false;
  w.select64(c, x, y, out);
  return true;
}

// ---- sums over an outer axis ----
/**
 * acc[ao + j] += x[xo + r·rs + j] for rows r = 0 … rows − 1 in order and j < n: the rows of
 * a float64 or float32 matrix added into the result one after another, as NumPy's sum over
 * an outer axis does (float32 sums round each addition to float32).
 */
export function addRows(
  acc: Float64Array | Float32Array,
  ao: number,
  x: Float64Array | Float32Array,
  xo: number,
  rs: number,
  n: number,
  rows: number,
): void {
  const w = n * rows < SMALL_N * 16 ? null : wasm();
  if (w === null) js.addRows(acc, ao, x, xo, rs, n, rows);
  else w.addRows(acc instanceof Float64Array ? w.f64 : w.f32, acc, ao, x, xo, rs, n, rows);
}

// ---- float64 ----
export function addF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF64(a, b, out);
  else w.binary(w.ex.f64_add, w.f64, a, b, out);
}
export function subF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF64(a, b, out);
  else w.binary(w.ex.f64_sub, w.f64, a, b, out);
}
export function mulF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF64(a, b, out);
  else w.binary(w.ex.f64_mul, w.f64, a, b, out);
}
export function divF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF64(a, b, out);
  else w.binary(w.ex.f64_div, w.f64, a, b, out);
}
/** out = a + s */
export function addF64AS(a: Float64Array, s: number, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF64AS(a, s, out);
  else w.scalar(w.ex.f64_add_s, false, w.f64, a, s, out);
}
/** out = a - s */
export function subF64AS(a: Float64Array, s: number, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF64AS(a, s, out);
  else w.scalar(w.ex.f64_sub_s, false, w.f64, a, s, out);
}
/** out = a * s */
export function mulF64AS(a: Float64Array, s: number, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF64AS(a, s, out);
  else w.scalar(w.ex.f64_mul_s, false, w.f64, a, s, out);
}
/** out = a / s */
export function divF64AS(a: Float64Array, s: number, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF64AS(a, s, out);
  else w.scalar(w.ex.f64_div_s, false, w.f64, a, s, out);
}
/** out = s + a */
export function addF64SA(s: number, a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF64SA(s, a, out);
  else w.scalar(w.ex.f64_s_add, true, w.f64, a, s, out);
}
/** out = s - a */
export function subF64SA(s: number, a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF64SA(s, a, out);
  else w.scalar(w.ex.f64_s_sub, true, w.f64, a, s, out);
}
/** out = s * a */
export function mulF64SA(s: number, a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF64SA(s, a, out);
  else w.scalar(w.ex.f64_s_mul, true, w.f64, a, s, out);
}
/** out = s / a */
export function divF64SA(s: number, a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF64SA(s, a, out);
  else w.scalar(w.ex.f64_s_div, true, w.f64, a, s, out);
}
export function negF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.negF64(a, out);
  else w.unary(w.ex.f64_neg, w.f64, a, out);
}
/** np.conjugate of complex128 over interleaved lanes (a and out start at a real part, even length). */
export function conjF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.conjF64(a, out);
  else w.unary(w.ex.f64_conj, w.f64, a, out);
}
export function absF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.absF64(a, out);
  else w.unary(w.ex.f64_abs, w.f64, a, out);
}
export function sqrtF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.sqrtF64(a, out);
  else w.unary(w.ex.f64_sqrt, w.f64, a, out);
}
export function expF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.expF64(a, out);
  else w.unary(w.ex.f64_exp, w.f64, a, out);
}
export function logF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.logF64(a, out);
  else w.unary(w.ex.f64_log, w.f64, a, out);
}
export function sinF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.sinF64(a, out);
  else w.unary(w.ex.f64_sin, w.f64, a, out);
}
export function cosF64(a: Float64Array, out: Float64Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.cosF64(a, out);
  else w.unary(w.ex.f64_cos, w.f64, a, out);
}
/**
 * NumPy's pairwise sum of `a` with no initial value (NumPy's `@TYPE@_pairwise_sum`): the
 * reduction inner loop does `acc += pairwiseSumF64(block)`. -0.0 for an empty array.
 */
export function pairwiseSumF64(a: Float64Array): number {
  const w = a.length < SMALL_SUM_N ? null : wasm();
  return w === null ? js.pairwiseF64(a, 0, a.length) : w.pairwise(w.f64, a, 0, a.length, false);
}
/** NumPy's pairwise sum of (a[i] − mean)² (np.var's second pass, without its temporary). */
export function pairwiseSqDevF64(a: Float64Array, mean: number): number {
  const w = a.length < SMALL_SUM_N ? null : wasm();
  return w === null
    ? js.pairwiseSqDevF64(a, mean, 0, a.length)
    : w.pairwiseSqDev(a, 0, a.length, mean);
}
/**
 * NumPy's complex pairwise sum of the n contiguous complex numbers at a[lo ..] (interleaved
 * float lanes; complex64 as a Float32Array, summed in float32) into `sum`. False, having
 * done nothing, on the JS backend and for short runs.
 */
export function cpairwiseSum(
  a: Float64Array | Float32Array,
  lo: number,
  n: number,
  sum: { re: number; im: number },
): boolean {
  const w = n < SMALL_SUM_N ? null : wasm();
  if (w === null) return false;
  w.cpairwise(a, lo, 2 * n, sum);
  return true;
}
/** np.sum of a contiguous float64 array, bit for bit: initial + pairwise sum (initial 0). */
export function sumF64(a: Float64Array, initial = 0): number {
  return initial + pairwiseSumF64(a);
}

// ---- float32 ----
export function addF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF32(a, b, out);
  else w.binary(w.ex.f32_add, w.f32, a, b, out);
}
export function subF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF32(a, b, out);
  else w.binary(w.ex.f32_sub, w.f32, a, b, out);
}
export function mulF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF32(a, b, out);
  else w.binary(w.ex.f32_mul, w.f32, a, b, out);
}
export function divF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF32(a, b, out);
  else w.binary(w.ex.f32_div, w.f32, a, b, out);
}
/** out = a + s (s rounded to float32) */
export function addF32AS(a: Float32Array, s: number, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF32AS(a, s, out);
  else w.scalar(w.ex.f32_add_s, false, w.f32, a, s, out);
}
/** out = a - s (s rounded to float32) */
export function subF32AS(a: Float32Array, s: number, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF32AS(a, s, out);
  else w.scalar(w.ex.f32_sub_s, false, w.f32, a, s, out);
}
/** out = a * s (s rounded to float32) */
export function mulF32AS(a: Float32Array, s: number, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF32AS(a, s, out);
  else w.scalar(w.ex.f32_mul_s, false, w.f32, a, s, out);
}
/** out = a / s (s rounded to float32) */
export function divF32AS(a: Float32Array, s: number, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF32AS(a, s, out);
  else w.scalar(w.ex.f32_div_s, false, w.f32, a, s, out);
}
/** out = s + a (s rounded to float32) */
export function addF32SA(s: number, a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addF32SA(s, a, out);
  else w.scalar(w.ex.f32_s_add, true, w.f32, a, s, out);
}
/** out = s - a (s rounded to float32) */
export function subF32SA(s: number, a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subF32SA(s, a, out);
  else w.scalar(w.ex.f32_s_sub, true, w.f32, a, s, out);
}
/** out = s * a (s rounded to float32) */
export function mulF32SA(s: number, a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulF32SA(s, a, out);
  else w.scalar(w.ex.f32_s_mul, true, w.f32, a, s, out);
}
/** out = s / a (s rounded to float32) */
export function divF32SA(s: number, a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.divF32SA(s, a, out);
  else w.scalar(w.ex.f32_s_div, true, w.f32, a, s, out);
}
export function negF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.negF32(a, out);
  else w.unary(w.ex.f32_neg, w.f32, a, out);
}
/** np.conjugate of complex64 over interleaved lanes. */
export function conjF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.conjF64(a, out);
  else w.unary(w.ex.f32_conj, w.f32, a, out);
}
export function absF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.absF32(a, out);
  else w.unary(w.ex.f32_abs, w.f32, a, out);
}
export function sqrtF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.sqrtF32(a, out);
  else w.unary(w.ex.f32_sqrt, w.f32, a, out);
}
export function expF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.expF32(a, out);
  else w.unary(w.ex.f32_exp, w.f32, a, out);
}
export function logF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.logF32(a, out);
  else w.unary(w.ex.f32_log, w.f32, a, out);
}
export function sinF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.sinF32(a, out);
  else w.unary(w.ex.f32_sin, w.f32, a, out);
}
export function cosF32(a: Float32Array, out: Float32Array): void {
  if (a.length < out.length) tooShort();
  const w = wasm();
  if (w === null) js.cosF32(a, out);
  else w.unary(w.ex.f32_cos, w.f32, a, out);
}
/** NumPy's float32 pairwise sum (accumulated in float32), no initial value. */
export function pairwiseSumF32(a: Float32Array): number {
  const w = a.length < SMALL_SUM_N ? null : wasm();
  return w === null ? js.pairwiseF32(a, 0, a.length) : w.pairwise(w.f32, a, 0, a.length, true);
}
/** np.sum of a contiguous float32 array, bit for bit (a float32 value as a number). */
export function sumF32(a: Float32Array, initial = 0): number {
  return Math.fround(Math.fround(initial) + pairwiseSumF32(a));
}

// ---- int64 ----
export function addI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addI64(a, b, out);
  else w.binary(w.ex.i64_add, w.i64, a, b, out);
}
/** out = a + s, wrapping (s taken modulo 2^64). */
export function addI64AS(a: BigInt64Array, s: bigint, out: BigInt64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addI64AS(a, s, out);
  else w.scalar(w.ex.i64_add_s, false, w.i64, a, BigInt.asIntN(64, s), out);
}

/** out = a − b, wrapping. */
export function subI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subI64(a, b, out);
  else w.binary(w.ex.i64_sub, w.i64, a, b, out);
}
/** out = a − s (s taken modulo 2^64). */
export function subI64AS(a: BigInt64Array, s: bigint, out: BigInt64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.addI64AS(a, -s, out);
  else w.scalar(w.ex.i64_sub_s, false, w.i64, a, BigInt.asIntN(64, s), out);
}
/** out = s − a (s taken modulo 2^64). */
export function subI64SA(s: bigint, a: BigInt64Array, out: BigInt64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.subI64SA(s, a, out);
  else w.scalar(w.ex.i64_s_sub, true, w.i64, a, BigInt.asIntN(64, s), out);
}
/** out = a · b, wrapping (NumPy's int64 and uint64 products have the same bits). */
export function mulI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  if (a.length < out.length || b.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulI64(a, b, out);
  else w.binary(w.ex.i64_mul, w.i64, a, b, out);
}
/** out = a · s (s taken modulo 2^64). */
export function mulI64AS(a: BigInt64Array, s: bigint, out: BigInt64Array): void {
  if (a.length < out.length) tooShort();
  const w = out.length < SMALL_N ? null : wasm();
  if (w === null) js.mulI64AS(a, s, out);
  else w.scalar(w.ex.i64_mul_s, false, w.i64, a, BigInt.asIntN(64, s), out);
}

/** Typed arrays `gatherStrided` copies (4- and 8-byte elements). */
export type GatherArray = WordArray;
type GatherCtor = new (b: ArrayBuffer) => GatherArray;
const gatherViews = new Map<GatherCtor, GatherArray>();

/**
 * Largest span (bytes) the wasm gather takes: past it the span streams from memory, and the
 * extra memcpy into scratch costs more than its SIMD shuffle saves (gather_js.ts).
 */
const GATHER_SPAN_MAX = 1 << 22;

/**
 * dst[di + k] = src[si + k·step] for k < n, bits unchanged: NumPy's strided copy into a
 * contiguous buffer (the ufunc engine's gather of a strided input). src and dst of one type.
 * Step 2 over a span that fits the cache runs in wasm (a memcpy of the span plus a SIMD
 * shuffle); every other step, and longer spans, the unrolled loop of gather_js.ts, on both
 * backends. Returns false, having done nothing, for short runs (the caller's loop is as
 * fast there).
 */
export function gatherStrided(
  src: GatherArray,
  si: number,
  step: number,
  n: number,
  dst: GatherArray,
  di: number,
): boolean {
  if (n < SMALL_N) return false;
  const span = Math.abs(step) * n * src.BYTES_PER_ELEMENT;
  const w = Math.abs(step) === 2 && span <= GATHER_SPAN_MAX ? wasm() : null;
  if (w === null) {
    gatherWords(src, si, step, n, dst, di);
    return true;
  }
  const ctor = src.constructor as GatherCtor;
  let view = gatherViews.get(ctor);
  if (view === undefined) {
    view = new ctor(w.ex.memory.buffer);
    gatherViews.set(ctor, view);
  }
  w.gatherStrided(view, src, si, step, n, dst, di);
  return true;
}

/**
 * A kernel outside the streamed ones (the fma module's listing kernels) vouches for its float
 * results: `nonFinite` tells whether any is NaN or ±inf, so the engine can skip its scan.
 */
export function noteNonFinite(nonFinite: boolean): void {
  if (W === null) return;
  if (nonFinite) W.sawNonFinite = true;
  else if (W.sawNonFinite === null) W.sawNonFinite = false;
}

/**
 * Whether the float64 / float32 array `a` holds a NaN or ±inf, scanned by the wasm module;
 * null for short arrays or on the JS backend (the caller loops itself).
 */
export function anyNonFinite(a: Float64Array | Float32Array): boolean | null {
  const w = a.length < NONFINITE_SCAN_MIN ? null : wasm();
  if (w === null) return null;
  return w.anyNonFinite(a instanceof Float64Array ? w.f64 : w.f32, a);
}
/** Below this many elements a JS loop scans faster than the copy into the module. */
const NONFINITE_SCAN_MIN = 2048;

/** Before an element-wise call whose float output the engine may want scanned. */
export function beginCall(): void {
  if (W) W.sawNonFinite = null;
}

/**
 * After it: false when a streamed wasm float kernel produced only finite values, true when it
 * saw NaN or ±inf, null when no such kernel ran (the JS paths, short arrays): scan yourself.
 */
export function nonFiniteSeen(): boolean | null {
  return W ? W.sawNonFinite : null;
}
