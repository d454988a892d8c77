/**
 * Exponentials, logarithms and roots: exp, exp2, expm1, log, log2, log10, log1p,
 * sqrt, cbrt, logaddexp, logaddexp2. float64 loops follow glibc bit for bit where it
 * matters (libm_double.ts); float32/float16 loops compute in double and round once;
 * complex loops use complex_math.ts.
 */

import { expF64, logF64 } from '../../kernels/exact_explog.js';
import { expF32, logF32 } from '../../kernels/exact_explog32.js';
import * as K from '../../kernels/index.js';
import { cexpBlock } from './complex_exp_block.js';
import { C64, C128 } from './complex_math.js';
import { fmaListingBlock64 } from './fma_blocks.js';
import { listingLoop64 as lanes, underC } from './fma_lane_loops.js';
import {
  exp2 as exp2d,
  logaddexp as lae,
  logaddexp2 as lae2,
  logaddexp2f,
  logaddexpf,
} from './fpmath.js';
import * as D from './libm_double.js';
import { exp2fFast, log2fFast, log10f } from './libm_exp2f.js';
import { cbrt as cbrtd, expm1f, log1pf } from './libm_float.js';
import { log2Fast, log10 as log10d } from './libm_log2.js';
import { cbrtf } from './libm_single_inv.js';
import { expBlock32, expSimd32, logBlock32, logSimd32 } from './simd_f32.js';
import { binaryMath, REAL, REAL_COMPLEX, unaryMath, underflowingLoop } from './ufunc_math.js';

export const exp = unaryMath(
  'exp',
  REAL_COMPLEX,
  {
    under: true,
    tinyInput32: 8.147905e-39,
    // Bit-identical to D.exp (glibc's fused steps), three to five times faster.
    f64: D.expFast,
    // NumPy's float32 loop is its own SIMD kernel, not the C library's expf.
    f32only: expSimd32,
    f32block: expBlock32,
    c128: C128.exp,
    c128block: (x, z, n) => cexpBlock(C128.exp, x, z, n),
    c64: C64.exp,
  },
  'over',
  { 'f->f': underflowingLoop(expF32), 'd->d': underflowingLoop(expF64) },
);
export const exp2 = unaryMath(
  'exp2',
  REAL_COMPLEX,
  {
    under: true,
    exact32: (x) => Number.isInteger(x) && x >= -149,
    f64: exp2d,
    f64block: fmaListingBlock64('exp2F64x', exp2d),
    // glibc's exp2f (the FMA build), as NumPy's float32 loop calls it.
    f32: exp2fFast,
    c128: C128.exp2,
    c64: C64.exp2,
  },
  'over',
  // float64 contiguous loops on the FMA module's lanes, flags judged there (fma_lane_loops.ts).
  { 'd->d': underflowingLoop(lanes('exp2F64x', exp2d, underC)) },
);
export const expm1 = unaryMath(
  'expm1',
  REAL_COMPLEX,
  {
    under: true,
    f64: D.expm1,
    f64block: fmaListingBlock64('expm1F64x', D.expm1),
    f32: expm1f,
    c128: C128.expm1,
    c64: C64.expm1,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('expm1F64x', D.expm1, underC)) },
);

export const log = unaryMath(
  'log',
  REAL_COMPLEX,
  // logFast: bit-identical to D.log (glibc's fused steps), several times faster.
  { f64: D.logFast, f32only: logSimd32, f32block: logBlock32, c128: C128.log, c64: C64.log },
  'divide',
  { 'f->f': underflowingLoop(logF32), 'd->d': underflowingLoop(logF64) },
);
export const log2 = unaryMath(
  'log2',
  REAL_COMPLEX,
  // glibc's log2 and log2f (FMA builds) and log10/log10f, as NumPy calls them.
  {
    f64: log2Fast,
    f64block: fmaListingBlock64('log2F64x', log2Fast),
    f32: log2fFast,
    c128: C128.log2,
    c64: C64.log2,
  },
  'divide',
  { 'd->d': underflowingLoop(lanes('log2F64x', log2Fast, null)) },
);
export const log10 = unaryMath(
  'log10',
  REAL_COMPLEX,
  {
    f64: log10d,
    f64block: fmaListingBlock64('log10F64x', log10d),
    f32: log10f,
    c128: C128.log10,
    c64: C64.log10,
  },
  'divide',
  { 'd->d': underflowingLoop(lanes('log10F64x', log10d, null)) },
);
export const log1p = unaryMath(
  'log1p',
  REAL_COMPLEX,
  {
    under: true,
    f64: D.log1p,
    f64block: fmaListingBlock64('log1pF64x', D.log1p),
    f32: log1pf,
    c128: C128.log1p,
    c64: C64.log1p,
  },
  'divide',
  { 'd->d': underflowingLoop(lanes('log1pF64x', D.log1p, underC)) },
);

// IEEE square roots are exact, so the SIMD kernels give the very same bits.
export const sqrt = unaryMath(
  'sqrt',
  REAL_COMPLEX,
  { f64: Math.sqrt, c128: C128.sqrt, c64: C64.sqrt },
  'over',
  { 'd->d': { a: K.sqrtF64 }, 'f->f': { a: K.sqrtF32 } },
);
export const cbrt = unaryMath('cbrt', REAL, { f64: cbrtd, f32: cbrtf });

/** exp(−|x − y|) (or 2^−|x − y|) underflowed: the smaller term vanished. */
const smallTermUnder =
  (pow: (v: number) => number) =>
  (x: number, y: number, _z: number, min: number): boolean => {
    const d = Math.abs(x - y);
    return Number.isFinite(d) && pow(-d) < min;
  };

/** log(exp(x) + exp(y)); identity −inf. */
export const logaddexp = binaryMath('logaddexp', -Infinity, lae, logaddexpf, {
  nanInvalid: true,
  under: smallTermUnder(Math.exp),
});
/** log2(2^x + 2^y); identity −inf. */
export const logaddexp2 = binaryMath('logaddexp2', -Infinity, lae2, logaddexp2f, {
  nanInvalid: true,
  under: smallTermUnder(exp2d),
});
