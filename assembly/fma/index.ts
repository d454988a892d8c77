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
import { atan, atan2 } from './atan';
import { fma } from './common';
import { expm1 } from './expm1';
import { log1p } from './log1p';
import { tan } from './tan';

export { tanhF32, tanhF64 } from './tanh';

/** Elements per block (float64; float32 kernels take up to twice as many). */
export const BLOCK: i32 = 4096;
const IN = memory.data(BLOCK * 8, 16);
const OUT = memory.data(BLOCK * 8, 16);
const IN2 = memory.data(BLOCK * 8, 16);

export function inPtr(): usize {
  return IN;
}
export function outPtr(): usize {
  return OUT;
}
export function in2Ptr(): usize {
  return IN2;
}

/** fma(a, b, c) as the kernels compute it: the loader's check that it is fused. */
export function probe(a: f64, b: f64, c: f64): f64 {
  return fma(a, b, c);
}

export function log1pF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, log1p(load<f64>(a + p)));
  }
}

export function expm1F64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, expm1(load<f64>(a + p)));
  }
}

export function atanF64(a: usize, o: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, atan(load<f64>(a + p)));
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

/** o[i] = atan2(a[i], b[i]); no flags (the ufunc's output scan finds its underflow). */
export function atan2F64(a: usize, b: usize, o: usize, n: i32): i32 {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, atan2(load<f64>(a + p), load<f64>(b + p)));
  }
  return 0;
}
