// The fused-multiply-add kernels: ports of the C library and NumPy SIMD functions whose steps
// are fused multiply-adds (glibc's FMA builds, NumPy's AVX2 + FMA3 kernels). In plain JS each
// fma is emulated exactly (src/_core/umath/defs/fma.ts, ~25 ns); here it is one instruction,
// relaxed SIMD's madd, which the loader (src/_core/kernels/fma_wasm.ts) uses only after
// checking that this engine fuses it. Same bits as the scalar ports, element for element.
//
// Memory: the tables (static data), then two input blocks and one output block of BLOCK
// doubles. The driver copies a block of the caller's array in, runs a kernel on (IN, OUT, n) or
// (IN, IN2, OUT, n) and copies the results out.
import { acos, asin } from './asin';
import { fma } from './common';
import { exp } from './exp';
export { log1pF64x } from './log1p';
export { acoshF64x, asinhF64x, atanhF64x, coshF64x, expm1F64x, sinhF64x } from './hyp_f64x2';
import { log } from './log2';
import { tan } from './tan';

export { cosF32x, expF32x, logF32x, sinF32x } from './simd_f32';
export { exp2F64x, expF64x, logF64x } from './simd_f64';
export { cosF64x, sinF64x } from './sincos_f64';
export { atan2F64, atanF64x } from './atan_f64x2';
export { cabsF32, cabsF64, cmulF32, cmulF64 } from './complex';
export { powF32 } from './powf';
export { powF64 } from './pow_f64x2';
export { log10F64x, log2F64x } from './log2_f64x2';
export { tanhF32, tanhF64, tanhF64x } from './tanh';

/** Elements per block (float64; float32 kernels take up to twice as many). */
export const BLOCK: i32 = 4096;
const IN = memory.data(BLOCK * 8, 16);
const OUT = memory.data(BLOCK * 8, 16);
/** The listing kernels' (simd_f32.ts) indices: up to 2·BLOCK i32. */
const IDX = memory.data(BLOCK * 8, 16);
const IN2 = memory.data(BLOCK * 8, 16);

export function inPtr(): usize {
  return IN;
}
export function outPtr(): usize {
  return OUT;
}
export function idxPtr(): usize {
  return IDX;
}
export function in2Ptr(): usize {
  return IN2;
}

/** fma(a, b, c) as the kernels compute it: the loader's check that it is fused. */
export function probe(a: f64, b: f64, c: f64): f64 {
  return fma(a, b, c);
}

// o[i] = f(a[i]) for i < n, one kernel per function (a loop each, so that f inlines).
export function expF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, exp(load<f64>(a + p)));
  }
}
export function logF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, log(load<f64>(a + p)));
  }
}





export function asinF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, asin(load<f64>(a + p)));
  }
}

export function acosF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, acos(load<f64>(a + p)));
  }
}

export function tanF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, tan(load<f64>(a + p)));
  }
}
