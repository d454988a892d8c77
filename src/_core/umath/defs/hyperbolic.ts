/** Hyperbolic ufuncs and their inverses, real and complex, with NumPy 2's short aliases. */
import { C64, C128 } from './complex_math.js';
import { fmaBlock32, fmaBlock64, fmaListingBlock64 } from './fma_blocks.js';
import { listingLoop64 as lanes, underC } from './fma_lane_loops.js';
import * as D from './libm_double.js';
import * as F from './libm_single.js';
import * as FI from './libm_single_inv.js';
import { tanhBlock32, tanhSimd32, tanhSimd64 } from './simd_tanh.js';
import { REAL_COMPLEX, unaryMath, underflowingLoop } from './ufunc_math.js';

// float64 contiguous loops: glibc's (NumPy's for tanh) steps on the FMA module's lanes, the
// kernels listing the elements whose flags the scalar ports judge (fma_lane_loops.ts).

export const sinh = unaryMath(
  'sinh',
  REAL_COMPLEX,
  {
    under: true,
    f64: D.sinh,
    f64block: fmaListingBlock64('sinhF64x', D.sinh),
    f32: F.sinhf,
    c128: C128.sinh,
    c64: C64.sinh,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('sinhF64x', D.sinh, underC)) },
);
export const cosh = unaryMath(
  'cosh',
  REAL_COMPLEX,
  {
    f64: D.cosh,
    f64block: fmaListingBlock64('coshF64x', D.cosh),
    f32: F.coshf,
    c128: C128.cosh,
    c64: C64.cosh,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('coshF64x', D.cosh, null)) },
);
export const tanh = unaryMath(
  'tanh',
  REAL_COMPLEX,
  {
    // NumPy's float32 and float64 loops are its own SIMD kernels; its half loop calls tanhf.
    f64: tanhSimd64,
    f64block: fmaBlock64('tanhF64', tanhSimd64),
    f32: Math.tanh,
    f32only: tanhSimd32,
    f32block: fmaBlock32('tanhF32', tanhBlock32),
    c128: C128.tanh,
    c64: C64.tanh,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('tanhF64x', tanhSimd64, null)) },
);

export const arcsinh = unaryMath(
  'arcsinh',
  REAL_COMPLEX,
  {
    under: true,
    f64: D.asinh,
    f64block: fmaListingBlock64('asinhF64x', D.asinh),
    f32: FI.asinhf,
    c128: C128.asinh,
    c64: C64.asinh,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('asinhF64x', D.asinh, underC)) },
);
export const arccosh = unaryMath(
  'arccosh',
  REAL_COMPLEX,
  {
    f64: D.acosh,
    f64block: fmaListingBlock64('acoshF64x', D.acosh),
    f32: FI.acoshf,
    c128: C128.acosh,
    c64: C64.acosh,
  },
  'over',
  { 'd->d': underflowingLoop(lanes('acoshF64x', D.acosh, null)) },
);
/** atanh(±1) = ±inf is a pole: divide by zero, as in C. */
export const arctanh = unaryMath(
  'arctanh',
  REAL_COMPLEX,
  {
    under: true,
    f64: D.atanh,
    f64block: fmaListingBlock64('atanhF64x', D.atanh),
    f32: FI.atanhf,
    c128: C128.atanh,
    c64: C64.atanh,
  },
  'divide',
  { 'd->d': underflowingLoop(lanes('atanhF64x', D.atanh, underC)) },
);
export const asinh = arcsinh;
export const acosh = arccosh;
export const atanh = arctanh;
