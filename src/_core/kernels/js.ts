/**
 * Plain-TypeScript kernels: the fallback used where WebAssembly SIMD is unavailable (or
 * forced with NUMTYPE_NO_WASM=1 / setBackend('js')), and the path for short arrays, where a
 * loop beats the call and copy overhead of the wasm kernels.
 *
 * Every kernel writes `out.length` results and reads that many elements of each input (inputs
 * may be longer). `out` may be the same array as an input; partially overlapping arrays are
 * the caller's business (copy first, as NumPy does).
 *
 * Arithmetic, sqrt and the pairwise sums give bit-identical results on both backends (float32
 * operations are done in double precision and rounded once on store, which is exact for
 * + - * / and sqrt). exp, log, sin and cos here use Math.*, which may differ from the wasm
 * kernels by an ulp (both are within an ulp or so of the exact result).
 */
import type { CmpOp } from './wasm.js';

// ---- float64 ----
export function addF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! + b[i]!;
}
export function subF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! - b[i]!;
}
export function mulF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * b[i]!;
}
export function divF64(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! / b[i]!;
}
export function addF64AS(a: Float64Array, s: number, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! + s;
}
export function subF64AS(a: Float64Array, s: number, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! - s;
}
export function mulF64AS(a: Float64Array, s: number, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * s;
}
export function divF64AS(a: Float64Array, s: number, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! / s;
}
export function addF64SA(s: number, a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = s + a[i]!;
}
export function subF64SA(s: number, a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = s - a[i]!;
}
export function mulF64SA(s: number, a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = s * a[i]!;
}
export function divF64SA(s: number, a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = s / a[i]!;
}
export function negF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = -a[i]!;
}
/** Complex conjugate over interleaved (re, im) lanes: the odd lanes negated. */
export function conjF64(a: Float64Array | Float32Array, out: Float64Array | Float32Array): void {
  for (let i = 0, n = out.length; i < n; i += 2) {
    out[i] = a[i]!;
    out[i + 1] = -a[i + 1]!;
  }
}
export function absF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.abs(a[i]!);
}
export function sqrtF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.sqrt(a[i]!);
}
export function expF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.exp(a[i]!);
}
export function logF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.log(a[i]!);
}
export function sinF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.sin(a[i]!);
}
export function cosF64(a: Float64Array, out: Float64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.cos(a[i]!);
}

// ---- float32 (double-precision operation, one rounding on store) ----
export function addF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! + b[i]!;
}
export function subF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! - b[i]!;
}
export function mulF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * b[i]!;
}
export function divF32(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! / b[i]!;
}
export function addF32AS(a: Float32Array, s: number, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! + s;
}
export function subF32AS(a: Float32Array, s: number, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! - s;
}
export function mulF32AS(a: Float32Array, s: number, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * s;
}
export function divF32AS(a: Float32Array, s: number, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! / s;
}
export function addF32SA(s: number, a: Float32Array, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = s + a[i]!;
}
export function subF32SA(s: number, a: Float32Array, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = s - a[i]!;
}
export function mulF32SA(s: number, a: Float32Array, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = s * a[i]!;
}
export function divF32SA(s: number, a: Float32Array, out: Float32Array): void {
  s = Math.fround(s);
  for (let i = 0, n = out.length; i < n; i++) out[i] = s / a[i]!;
}
export function negF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = -a[i]!;
}
export function absF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.abs(a[i]!);
}
export function sqrtF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.sqrt(a[i]!);
}
export function expF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.exp(a[i]!);
}
export function logF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.log(a[i]!);
}
export function sinF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.sin(a[i]!);
}
export function cosF32(a: Float32Array, out: Float32Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = Math.cos(a[i]!);
}

// ---- int64 (wrapping two's complement, as NumPy) ----
/**
 * out = a + b on int64, done on 32-bit halves with a carry (BigInt arithmetic allocates).
 * Works for any element offsets: BigInt64Arrays are always 8-byte aligned.
 */
export function addI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  const n = out.length;
  const x = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  const y = new Uint32Array(b.buffer, b.byteOffset, 2 * n);
  const z = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  for (let i = 0; i < 2 * n; i += 2) {
    const xl = x[i]!;
    const lo = (xl + y[i]!) >>> 0;
    z[i + 1] = (x[i + 1]! + y[i + 1]! + (lo < xl ? 1 : 0)) >>> 0;
    z[i] = lo;
  }
}
/** out = a − b on int64 (the BigInt64Array store wraps). */
export function subI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! - b[i]!;
}
/** out = s − a on int64. */
export function subI64SA(s: bigint, a: BigInt64Array, out: BigInt64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = s - a[i]!;
}
/** out = a · b on int64 (the BigInt64Array store wraps). */
export function mulI64(a: BigInt64Array, b: BigInt64Array, out: BigInt64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * b[i]!;
}
/** out = a · s on int64. */
export function mulI64AS(a: BigInt64Array, s: bigint, out: BigInt64Array): void {
  for (let i = 0, n = out.length; i < n; i++) out[i] = a[i]! * s;
}
/** out = a + s on int64 (s wraps to int64). */
export function addI64AS(a: BigInt64Array, s: bigint, out: BigInt64Array): void {
  const n = out.length;
  const w = BigInt.asUintN(64, s);
  const sl = Number(w & 0xffffffffn);
  const sh = Number(w >> 32n);
  const x = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  const z = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  for (let i = 0; i < 2 * n; i += 2) {
    const xl = x[i]!;
    const lo = (xl + sl) >>> 0;
    z[i + 1] = (x[i + 1]! + sh + (lo < xl ? 1 : 0)) >>> 0;
    z[i] = lo;
  }
}

// ---- NumPy's pairwise summation (see assembly/reduce.ts) ----
/** NumPy's pairwise sum of a[lo .. lo + n), no initial value added (-0.0 for n = 0). */
export function pairwiseF64(a: Float64Array, lo: number, n: number): number {
  if (n < 8) {
    let res = -0.0;
    for (let i = lo; i < lo + n; i++) res += a[i]!;
    return res;
  }
  if (n <= 128) {
    let r0 = a[lo]!;
    let r1 = a[lo + 1]!;
    let r2 = a[lo + 2]!;
    let r3 = a[lo + 3]!;
    let r4 = a[lo + 4]!;
    let r5 = a[lo + 5]!;
    let r6 = a[lo + 6]!;
    let r7 = a[lo + 7]!;
    const m = lo + n - (n % 8);
    let i = lo + 8;
    for (; i < m; i += 8) {
      r0 += a[i]!;
      r1 += a[i + 1]!;
      r2 += a[i + 2]!;
      r3 += a[i + 3]!;
      r4 += a[i + 4]!;
      r5 += a[i + 5]!;
      r6 += a[i + 6]!;
      r7 += a[i + 7]!;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < lo + n; i++) res += a[i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseF64(a, lo, n2) + pairwiseF64(a, lo + n2, n - n2);
}

/** NumPy's pairwise sum of a[lo .. lo + n) accumulated in float32. */
export function pairwiseF32(a: Float32Array, lo: number, n: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = -0.0;
    for (let i = lo; i < lo + n; i++) res = f(res + a[i]!);
    return res;
  }
  if (n <= 128) {
    let r0 = a[lo]!;
    let r1 = a[lo + 1]!;
    let r2 = a[lo + 2]!;
    let r3 = a[lo + 3]!;
    let r4 = a[lo + 4]!;
    let r5 = a[lo + 5]!;
    let r6 = a[lo + 6]!;
    let r7 = a[lo + 7]!;
    const m = lo + n - (n % 8);
    let i = lo + 8;
    for (; i < m; i += 8) {
      r0 = f(r0 + a[i]!);
      r1 = f(r1 + a[i + 1]!);
      r2 = f(r2 + a[i + 2]!);
      r3 = f(r3 + a[i + 3]!);
      r4 = f(r4 + a[i + 4]!);
      r5 = f(r5 + a[i + 5]!);
      r6 = f(r6 + a[i + 6]!);
      r7 = f(r7 + a[i + 7]!);
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < lo + n; i++) res = f(res + a[i]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseF32(a, lo, n2) + pairwiseF32(a, lo + n2, n - n2));
}

/** The comparisons' fallback: out[i] = a[i] op b[i] (or op the number b) as 0/1. */
export function compare(
  op: CmpOp,
  a: Float64Array | Float32Array,
  b: Float64Array | Float32Array | number,
  out: Uint8Array,
): void {
  if (typeof b === 'number') {
    if (a instanceof Float64Array) compareVS64(op, a, b, out);
    else compareVS32(op, a, b, out);
  } else if (a instanceof Float64Array) compareVV64(op, a, b as Float64Array, out);
  else compareVV32(op, a, b as Float32Array, out);
}

// One function per operand types (monomorphic element access), the operation switched
// outside the loops.
function compareVV64(op: CmpOp, a: Float64Array, b: Float64Array, o: Uint8Array): void {
  const n = o.length;
  if (op === 'eq') for (let i = 0; i < n; i++) o[i] = a[i]! === b[i]! ? 1 : 0;
  else if (op === 'ne') for (let i = 0; i < n; i++) o[i] = a[i]! !== b[i]! ? 1 : 0;
  else if (op === 'lt') for (let i = 0; i < n; i++) o[i] = a[i]! < b[i]! ? 1 : 0;
  else if (op === 'le') for (let i = 0; i < n; i++) o[i] = a[i]! <= b[i]! ? 1 : 0;
  else if (op === 'gt') for (let i = 0; i < n; i++) o[i] = a[i]! > b[i]! ? 1 : 0;
  else if (op === 'alt') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) < b[i]! ? 1 : 0;
  else if (op === 'aeq') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) === b[i]! ? 1 : 0;
  else for (let i = 0; i < n; i++) o[i] = a[i]! >= b[i]! ? 1 : 0;
}
function compareVV32(op: CmpOp, a: Float32Array, b: Float32Array, o: Uint8Array): void {
  const n = o.length;
  if (op === 'eq') for (let i = 0; i < n; i++) o[i] = a[i]! === b[i]! ? 1 : 0;
  else if (op === 'ne') for (let i = 0; i < n; i++) o[i] = a[i]! !== b[i]! ? 1 : 0;
  else if (op === 'lt') for (let i = 0; i < n; i++) o[i] = a[i]! < b[i]! ? 1 : 0;
  else if (op === 'le') for (let i = 0; i < n; i++) o[i] = a[i]! <= b[i]! ? 1 : 0;
  else if (op === 'gt') for (let i = 0; i < n; i++) o[i] = a[i]! > b[i]! ? 1 : 0;
  else if (op === 'alt') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) < b[i]! ? 1 : 0;
  else if (op === 'aeq') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) === b[i]! ? 1 : 0;
  else for (let i = 0; i < n; i++) o[i] = a[i]! >= b[i]! ? 1 : 0;
}
function compareVS64(op: CmpOp, a: Float64Array, s: number, o: Uint8Array): void {
  const n = o.length;
  if (op === 'eq') for (let i = 0; i < n; i++) o[i] = a[i]! === s ? 1 : 0;
  else if (op === 'ne') for (let i = 0; i < n; i++) o[i] = a[i]! !== s ? 1 : 0;
  else if (op === 'lt') for (let i = 0; i < n; i++) o[i] = a[i]! < s ? 1 : 0;
  else if (op === 'le') for (let i = 0; i < n; i++) o[i] = a[i]! <= s ? 1 : 0;
  else if (op === 'gt') for (let i = 0; i < n; i++) o[i] = a[i]! > s ? 1 : 0;
  else if (op === 'alt') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) < s ? 1 : 0;
  else if (op === 'aeq') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) === s ? 1 : 0;
  else for (let i = 0; i < n; i++) o[i] = a[i]! >= s ? 1 : 0;
}
function compareVS32(op: CmpOp, a: Float32Array, s: number, o: Uint8Array): void {
  const n = o.length;
  if (op === 'eq') for (let i = 0; i < n; i++) o[i] = a[i]! === s ? 1 : 0;
  else if (op === 'ne') for (let i = 0; i < n; i++) o[i] = a[i]! !== s ? 1 : 0;
  else if (op === 'lt') for (let i = 0; i < n; i++) o[i] = a[i]! < s ? 1 : 0;
  else if (op === 'le') for (let i = 0; i < n; i++) o[i] = a[i]! <= s ? 1 : 0;
  else if (op === 'gt') for (let i = 0; i < n; i++) o[i] = a[i]! > s ? 1 : 0;
  else if (op === 'alt') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) < s ? 1 : 0;
  else if (op === 'aeq') for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!) === s ? 1 : 0;
  else for (let i = 0; i < n; i++) o[i] = a[i]! >= s ? 1 : 0;
}

/** The rows of x added into acc one after another (kernels/index.ts addRows). */
export function addRows(
  acc: Float64Array | Float32Array,
  ao: number,
  x: Float64Array | Float32Array,
  xo: number,
  rs: number,
  n: number,
  rows: number,
): void {
  if (acc instanceof Float64Array) addRows64(acc, ao, x as Float64Array, xo, rs, n, rows);
  else addRows32(acc, ao, x as Float32Array, xo, rs, n, rows);
}
function addRows64(
  acc: Float64Array,
  ao: number,
  x: Float64Array,
  xo: number,
  rs: number,
  n: number,
  rows: number,
): void {
  for (let r = 0; r < rows; r++, xo += rs)
    for (let j = 0; j < n; j++) acc[ao + j] = acc[ao + j]! + x[xo + j]!;
}
function addRows32(
  acc: Float32Array,
  ao: number,
  x: Float32Array,
  xo: number,
  rs: number,
  n: number,
  rows: number,
): void {
  for (let r = 0; r < rows; r++, xo += rs)
    for (let j = 0; j < n; j++) acc[ao + j] = acc[ao + j]! + x[xo + j]!;
}

/** Sum of (a[i] - m)² over a[lo .. lo+n), split and accumulated as NumPy's pairwise sum. */
export function pairwiseSqDevF64(a: Float64Array, m: number, lo: number, n: number): number {
  if (n < 8) {
    let res = -0.0;
    for (let i = lo; i < lo + n; i++) {
      const d = a[i]! - m;
      res += d * d;
    }
    return res;
  }
  if (n <= 128) {
    let d = a[lo]! - m;
    let r0 = d * d;
    d = a[lo + 1]! - m;
    let r1 = d * d;
    d = a[lo + 2]! - m;
    let r2 = d * d;
    d = a[lo + 3]! - m;
    let r3 = d * d;
    d = a[lo + 4]! - m;
    let r4 = d * d;
    d = a[lo + 5]! - m;
    let r5 = d * d;
    d = a[lo + 6]! - m;
    let r6 = d * d;
    d = a[lo + 7]! - m;
    let r7 = d * d;
    const end = lo + n - (n % 8);
    let i = lo + 8;
    for (; i < end; i += 8) {
      d = a[i]! - m;
      r0 += d * d;
      d = a[i + 1]! - m;
      r1 += d * d;
      d = a[i + 2]! - m;
      r2 += d * d;
      d = a[i + 3]! - m;
      r3 += d * d;
      d = a[i + 4]! - m;
      r4 += d * d;
      d = a[i + 5]! - m;
      r5 += d * d;
      d = a[i + 6]! - m;
      r6 += d * d;
      d = a[i + 7]! - m;
      r7 += d * d;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < lo + n; i++) {
      d = a[i]! - m;
      res += d * d;
    }
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSqDevF64(a, m, lo, n2) + pairwiseSqDevF64(a, m, lo + n2, n - n2);
}
