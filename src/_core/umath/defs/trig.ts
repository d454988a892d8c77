/**
 * Trigonometric ufuncs: sin, cos, tan, arcsin, arccos, arctan (real and complex),
 * arctan2, hypot, deg2rad/radians, rad2deg/degrees, and NumPy 2's short aliases.
 */
import * as E from '../../kernels/exact_trig.js';
import * as ATL from './atan_loops.js';
import { C64, C128 } from './complex_math.js';
import { fmaBlock64 } from './fma_blocks.js';
import { P32 } from './fpmath.js';
import * as AS from './libm_asin.js';
import * as AT from './libm_atan.js';
import { hypot as hypotd, hypotf } from './libm_hypot.js';
import * as F from './libm_single.js';
import * as FI from './libm_single_inv.js';
import { tan as glibcTan } from './libm_tan.js';
import * as TR from './libm_trig.js';
import type { UnaryMath } from './math_kernels.js';
import { cosBlock32, cosSimd32, sinBlock32, sinSimd32 } from './simd_f32.js';
import { binaryMath, REAL, REAL_COMPLEX, unaryMath, underflowingLoop } from './ufunc_math.js';

/** NumPy's float32 sin/cos kernels underflow computing x²/6 for |x| up to this. */
const SINCOS_TINY = 2.655742e-19;

/** The scalar specs of sin and cos (their float32, float64 and complex loops). */
const SIN: UnaryMath = {
  under: true,
  tinyInput32: SINCOS_TINY,
  f64: TR.sin,
  // NumPy's float32 loop is its own SIMD kernel, not the C library's sinf.
  f32only: sinSimd32,
  f32block: sinBlock32,
  c128: C128.sin,
  c64: C64.sin,
};
const COS: UnaryMath = {
  tinyInput32: SINCOS_TINY,
  f64: TR.cos,
  f32only: cosSimd32,
  f32block: cosBlock32,
  c128: C128.cos,
  c64: C64.cos,
};

export const sin = unaryMath('sin', REAL_COMPLEX, SIN, 'over', {
  'f->f': underflowingLoop(E.sinF32),
  'd->d': underflowingLoop(E.sinF64),
});
export const cos = unaryMath('cos', REAL_COMPLEX, COS, 'over', {
  'f->f': underflowingLoop(E.cosF32),
  'd->d': underflowingLoop(E.cosF64),
});
export const tan = unaryMath('tan', REAL_COMPLEX, {
  under: true,
  f64: glibcTan,
  f64block: fmaBlock64('tanF64', glibcTan),
  f32: FI.tanf,
  c128: C128.tan,
  c64: C64.tan,
});

export const arcsin = unaryMath('arcsin', REAL_COMPLEX, {
  under: true,
  f64: AS.asin,
  f64block: fmaBlock64('asinF64', AS.asin),
  f32: FI.asinf,
  c128: C128.asin,
  c64: C64.asin,
});
export const arccos = unaryMath('arccos', REAL_COMPLEX, {
  f64: AS.acos,
  f64block: fmaBlock64('acosF64', AS.acos),
  f32: FI.acosf,
  c128: C128.acos,
  c64: C64.acos,
});
export const arctan = unaryMath(
  'arctan',
  REAL_COMPLEX,
  { under: true, f64: AT.atan, f32: F.atanf, c128: C128.atan, c64: C64.atan },
  'over',
  // float64: glibc's steps on the FMA module's lanes, which also judge the flags.
  { 'd->d': underflowingLoop(ATL.atanF64) },
);
export const asin = arcsin;
export const acos = arccos;
export const atan = arctan;

/** atan2(y, x) underflows to a tiny angle unless it is exactly 0 (y = 0 or x = +inf). */
export const arctan2 = binaryMath('arctan2', null, AT.atan2, F.atan2f, {
  under: ATL.underAtan2,
  // float64: on the FMA module's lanes, the kernel judging underflow.
  fast: { 'dd->d': { aa: ATL.atan2F64, as: ATL.atan2F64, sa: ATL.atan2F64 } },
});
export const atan2 = arctan2;
/** sqrt(x² + y²) without overflow; float32 as glibc's hypotf (double sum, one rounding). */
export const hypot = binaryMath('hypot', 0, hypotd, hypotf, {
  // A subnormal result is inexact unless one side is 0 (then it is the other, exactly).
  under: (x, y, z, min) => z !== 0 && z < min && x !== 0 && y !== 0,
});

// NumPy multiplies by a constant rounded to the loop type (float32: 180f/π_f).
const DEG2RAD = Math.PI / 180;
const RAD2DEG = 180 / Math.PI;
const DEG2RAD_F = Math.fround(P32.pi / 180);
const RAD2DEG_F = Math.fround(180 / P32.pi);

export const deg2rad = unaryMath('deg2rad', REAL, {
  under: true,
  f64: (x) => x * DEG2RAD,
  f32: (x) => x * DEG2RAD_F,
});
export const radians = unaryMath('radians', REAL, {
  under: true,
  f64: (x) => x * DEG2RAD,
  f32: (x) => x * DEG2RAD_F,
});
export const rad2deg = unaryMath('rad2deg', REAL, {
  under: true,
  f64: (x) => x * RAD2DEG,
  f32: (x) => x * RAD2DEG_F,
});
export const degrees = unaryMath('degrees', REAL, {
  under: true,
  f64: (x) => x * RAD2DEG,
  f32: (x) => x * RAD2DEG_F,
});
