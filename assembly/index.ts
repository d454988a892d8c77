// numtype's WebAssembly SIMD kernels.
//
// The module owns no arrays: the TypeScript side (src/_core/kernels/wasm.ts) copies blocks
// of the caller's arrays into a fixed scratch region of this module's linear memory (from
// `scratchBase()` on), runs a kernel on the block, and copies the results out. Pointers are
// byte addresses into linear memory, 16-byte aligned; `n` is an element count. Element-wise
// kernels may read and write up to one vector past `n` (the scratch blocks are sized in
// whole vectors). The memory never grows, so views over it never detach.

import { ADD, binSV, binVS, binVV, DIV, MUL, SUB, ABS, NEG, SQRT, unary } from './arith';
import { pairwiseF32, pairwiseF64 } from './reduce';
import { needsScalar, vexp, vexpf, vlog, vlogf, vsincos, vsincosf } from './vmath';

/** First byte of the scratch region (64-byte aligned, after the module's static data). */
export function scratchBase(): usize {
  return (__heap_base + 63) & ~(<usize>63);
}

// ---- float64 ----
export function f64_add(a: usize, b: usize, o: usize, n: i32): void { binVV<f64>(ADD, a, b, o, n); }
export function f64_sub(a: usize, b: usize, o: usize, n: i32): void { binVV<f64>(SUB, a, b, o, n); }
export function f64_mul(a: usize, b: usize, o: usize, n: i32): void { binVV<f64>(MUL, a, b, o, n); }
export function f64_div(a: usize, b: usize, o: usize, n: i32): void { binVV<f64>(DIV, a, b, o, n); }
export function f64_add_s(a: usize, s: f64, o: usize, n: i32): void { binVS<f64>(ADD, a, s, o, n); }
export function f64_sub_s(a: usize, s: f64, o: usize, n: i32): void { binVS<f64>(SUB, a, s, o, n); }
export function f64_mul_s(a: usize, s: f64, o: usize, n: i32): void { binVS<f64>(MUL, a, s, o, n); }
export function f64_div_s(a: usize, s: f64, o: usize, n: i32): void { binVS<f64>(DIV, a, s, o, n); }
export function f64_s_add(s: f64, a: usize, o: usize, n: i32): void { binSV<f64>(ADD, s, a, o, n); }
export function f64_s_sub(s: f64, a: usize, o: usize, n: i32): void { binSV<f64>(SUB, s, a, o, n); }
export function f64_s_mul(s: f64, a: usize, o: usize, n: i32): void { binSV<f64>(MUL, s, a, o, n); }
export function f64_s_div(s: f64, a: usize, o: usize, n: i32): void { binSV<f64>(DIV, s, a, o, n); }
export function f64_neg(a: usize, o: usize, n: i32): void { unary<f64>(NEG, a, o, n); }
export function f64_abs(a: usize, o: usize, n: i32): void { unary<f64>(ABS, a, o, n); }
export function f64_sqrt(a: usize, o: usize, n: i32): void { unary<f64>(SQRT, a, o, n); }
/** NumPy's pairwise sum of n doubles at p (no initial value added). */
export function f64_pairwise(p: usize, n: i32): f64 { return pairwiseF64(p, n); }

// ---- float32 ----
export function f32_add(a: usize, b: usize, o: usize, n: i32): void { binVV<f32>(ADD, a, b, o, n); }
export function f32_sub(a: usize, b: usize, o: usize, n: i32): void { binVV<f32>(SUB, a, b, o, n); }
export function f32_mul(a: usize, b: usize, o: usize, n: i32): void { binVV<f32>(MUL, a, b, o, n); }
export function f32_div(a: usize, b: usize, o: usize, n: i32): void { binVV<f32>(DIV, a, b, o, n); }
export function f32_add_s(a: usize, s: f32, o: usize, n: i32): void { binVS<f32>(ADD, a, s, o, n); }
export function f32_sub_s(a: usize, s: f32, o: usize, n: i32): void { binVS<f32>(SUB, a, s, o, n); }
export function f32_mul_s(a: usize, s: f32, o: usize, n: i32): void { binVS<f32>(MUL, a, s, o, n); }
export function f32_div_s(a: usize, s: f32, o: usize, n: i32): void { binVS<f32>(DIV, a, s, o, n); }
export function f32_s_add(s: f32, a: usize, o: usize, n: i32): void { binSV<f32>(ADD, s, a, o, n); }
export function f32_s_sub(s: f32, a: usize, o: usize, n: i32): void { binSV<f32>(SUB, s, a, o, n); }
export function f32_s_mul(s: f32, a: usize, o: usize, n: i32): void { binSV<f32>(MUL, s, a, o, n); }
export function f32_s_div(s: f32, a: usize, o: usize, n: i32): void { binSV<f32>(DIV, s, a, o, n); }
export function f32_neg(a: usize, o: usize, n: i32): void { unary<f32>(NEG, a, o, n); }
export function f32_abs(a: usize, o: usize, n: i32): void { unary<f32>(ABS, a, o, n); }
export function f32_sqrt(a: usize, o: usize, n: i32): void { unary<f32>(SQRT, a, o, n); }
/** NumPy's pairwise sum of n floats at p, accumulated in float32 as NumPy does. */
export function f32_pairwise(p: usize, n: i32): f32 { return pairwiseF32(p, n); }

// ---- int64 (wrapping, as NumPy) ----
export function i64_add(a: usize, b: usize, o: usize, n: i32): void { binVV<i64>(ADD, a, b, o, n); }
export function i64_add_s(a: usize, s: i64, o: usize, n: i32): void { binVS<i64>(ADD, a, s, o, n); }

// ---- exp, log, sin, cos ----
const EXP: i32 = 0;
const LOG: i32 = 1;
const SIN: i32 = 2;
const COS: i32 = 3;

@inline function math64(op: i32, x: v128): v128 {
  if (op == EXP) return vexp(x);
  if (op == LOG) return vlog(x);
  return vsincos(x, op == COS);
}

/** The float32 functions on widened values. */
@inline function math32(op: i32, x: v128): v128 {
  if (op == EXP) return vexpf(x);
  if (op == LOG) return vlogf(x);
  return vsincosf(x, op == COS);
}

// Lanes the vector sin/cos cannot reduce (|x| >= 2^20 pi/2, inf, nan) go through musl's scalar
// sin/cos with the full Payne-Hanek reduction (AssemblyScript's Math), a whole vector at a time.
// (Functions with loops are not inlined, which keeps the fast loops free of calls.)
function trigScalarF64(cos: bool, a: usize, o: usize, n: usize): void {
  for (let j: usize = 0; j < n; j++) {
    const x = load<f64>(a + (j << 3));
    store<f64>(o + (j << 3), cos ? Math.cos(x) : Math.sin(x));
  }
}
function trigScalarF32(cos: bool, a: usize, o: usize, n: usize): void {
  for (let j: usize = 0; j < n; j++) {
    const x = <f64>load<f32>(a + (j << 2));
    store<f32>(o + (j << 2), <f32>(cos ? Math.cos(x) : Math.sin(x)));
  }
}

const MEDIUM_F32 = memory.data<f32>([1.6e6]); // below 2^20 pi/2

// Two vectors per iteration: two independent dependency chains (the functions are latency-bound).
@inline function mathF64(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * 8 + 15) & ~(<usize>15);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    if (op >= SIN && (needsScalar(x0) || needsScalar(x1))) {
      trigScalarF64(op == COS, a + i, o + i, 4);
      continue;
    }
    v128.store(o + i, math64(op, x0));
    v128.store(o + i, math64(op, x1), 16);
  }
  if (i < bytes) {
    const x = v128.load(a + i);
    if (op >= SIN && needsScalar(x)) trigScalarF64(op == COS, a + i, o + i, 2);
    else v128.store(o + i, math64(op, x));
  }
}

// float32: widen each half to f64x2, evaluate in double precision, round back once.
@inline function mathF32(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * 4 + 15) & ~(<usize>15);
  for (let i: usize = 0; i < bytes; i += 16) {
    const v = v128.load(a + i);
    if (op >= SIN && v128.any_true(v128.not(f32x4.lt(f32x4.abs(v), v128.load32_splat(MEDIUM_F32))))) {
      trigScalarF32(op == COS, a + i, o + i, 4);
      continue;
    }
    const lo = f32x4.demote_f64x2_zero(math32(op, f64x2.promote_low_f32x4(v)));
    const hi = f32x4.demote_f64x2_zero(
      math32(op, f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3))),
    );
    v128.store(o + i, v128.shuffle<f32>(lo, hi, 0, 1, 4, 5));
  }
}

export function f64_exp(a: usize, o: usize, n: i32): void { mathF64(EXP, a, o, n); }
export function f64_log(a: usize, o: usize, n: i32): void { mathF64(LOG, a, o, n); }
export function f64_sin(a: usize, o: usize, n: i32): void { mathF64(SIN, a, o, n); }
export function f64_cos(a: usize, o: usize, n: i32): void { mathF64(COS, a, o, n); }
export function f32_exp(a: usize, o: usize, n: i32): void { mathF32(EXP, a, o, n); }
export function f32_log(a: usize, o: usize, n: i32): void { mathF32(LOG, a, o, n); }
export function f32_sin(a: usize, o: usize, n: i32): void { mathF32(SIN, a, o, n); }
export function f32_cos(a: usize, o: usize, n: i32): void { mathF32(COS, a, o, n); }
