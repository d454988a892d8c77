/**
 * exp2f, log2f and log10f as Debian's glibc 2.36 computes them (NumPy's float32 loops call
 * these on Linux). exp2f and log2f are ARM optimized-routines' algorithms in double
 * arithmetic, FMA builds on x86-64-v3 (the fusions read off their machine code);
 * log10f is fdlibm's float reduction around glibc's (FMA) logf, built without FMA.
 * Inputs are float32 values (JS numbers); results are float32 values.
 */
import { fma, productError } from './fma.js';
import { DEFAULT_NAN, f32Bits, f32FromBits, fromWords, loWord } from './fpbits.js';
import { EXP2F_POLY, EXP2F_SHIFT_SCALED, EXP2F_TAB, POWF_LOG2_TAB } from './libm_data.js';
import { logf } from './libm_single.js';

const fround = Math.fround;

const E0 = EXP2F_POLY[0]!;
const E1 = EXP2F_POLY[1]!;
const E2 = EXP2F_POLY[2]!;
/** 2^-149, the smallest float32 subnormal. */
const MIN_SUB32 = 1.401298464324817e-45;

/** exp2f's special inputs (|x| ≥ 128 or NaN); undefined when the main path applies. */
function exp2fSpecial(x: number): number | undefined {
  if (x === -Infinity) return 0;
  if (!(x - x === 0)) return x + x; // +inf or NaN
  if (x > 0) return Infinity;
  if (x <= -150) return 0;
  if (x < -149) return MIN_SUB32; // __math_may_uflowf: 0x1.4p-75f squared
  return undefined;
}

/** The scale 2^(k/32) for ki = k + shift bits, from exp2f's table (e_exp2f_data.c). */
function exp2fScale(ki: number): number {
  const i = ki & 31;
  return fromWords((EXP2F_TAB[2 * i + 1]! + ((ki << 15) >>> 0)) >>> 0, EXP2F_TAB[2 * i]!);
}

/**
 * NumPy's np.exp2 on float32 (glibc's exp2f, FMA build): x = k/32 + r, 2^x = 2^(k/32)·2^r with
 * a cubic in r, in double, rounded once to float.
 *
 * @example exp2f(3) // 8
 */
export function exp2f(x: number): number {
  x = fround(x);
  if (((f32Bits(x) >>> 20) & 0x7ff) >= 0x430) {
    const s = exp2fSpecial(x);
    if (s !== undefined) return s;
  }
  let kd = x + EXP2F_SHIFT_SCALED;
  const ki = loWord(kd);
  kd -= EXP2F_SHIFT_SCALED;
  const r = x - kd;
  const s = exp2fScale(ki);
  const z = fma(E0, r, E1);
  const r2 = r * r;
  const y = fma(z, r2, fma(E2, r, 1));
  return fround(y * s);
}

/**
 * Relative bound on the double result's change between the unfused evaluation in exp2fFast
 * and glibc's fused one: with |r| ≤ 1/64 the three fusions move y (≈ 1) by at most half an
 * ulp of values below 1.02 each, ≈2^-51 relative in all, taken as 2^-48.
 */
const EXP2F_ERR = 2 ** -48;

/**
 * np.exp2 on float32 with glibc's exact result, without emulated FMAs in the common case: the
 * plain evaluation is rounded to float when every value within EXP2F_ERR of it rounds to the
 * same float (all but ~2^-24 of inputs); otherwise the exact exp2f runs.
 *
 * @example exp2fFast(-1) // 0.5
 */
export function exp2fFast(x: number): number {
  x = fround(x);
  if (((f32Bits(x) >>> 20) & 0x7ff) >= 0x430) return exp2f(x);
  let kd = x + EXP2F_SHIFT_SCALED;
  const ki = loWord(kd);
  kd -= EXP2F_SHIFT_SCALED;
  const r = x - kd;
  const s = exp2fScale(ki);
  const r2 = r * r;
  const v = (1 + E2 * r + (E0 * r + E1) * r2) * s;
  const res = fround(v);
  const e = v * EXP2F_ERR;
  if (fround(v + e) !== res || fround(v - e) !== res) return exp2f(x);
  return res;
}

// log2f: e_log2f_data.c's table (the same pairs (1/c, log2 c) powf uses) and polynomial.
const L0 = -0.36051725506874704;
const L1 = 0.4811247078767291;
const L2 = -0.7213476299867769;
const L3 = 1.4426950186867042;
const LOG2F_OFF = 0x3f330000;

/** Bits of a subnormal log2f input normalised by log2fSpecial. */
let SUB_BITS = 0;
/** log2f's special inputs (x < 2^-126, ±0, inf, NaN): the value, or undefined for a subnormal x (its normalised bits then in SUB_BITS). */
function log2fSpecial(x: number, ix: number): number | undefined {
  if ((ix << 1) >>> 0 === 0) return -Infinity;
  if (ix === 0x7f800000) return x;
  if (ix & 0x80000000 || (ix << 1) >>> 0 >= 0xff000000)
    return Number.isNaN(x) ? x + x : DEFAULT_NAN;
  SUB_BITS = (f32Bits(fround(x * 8388608)) - (23 << 23)) >>> 0; // scale by 2^23
  return undefined;
}

/** The reduction x = 2^K·Z with Z in [OFF, 2·OFF) and table index I (log2f's and logf's). */
let RZ = 0;
let RI = 0;
let RK = 0;
function reduceF(ix: number): void {
  const tmp = (ix - LOG2F_OFF) >>> 0;
  RI = (tmp >>> 19) & 15;
  RK = (tmp | 0) >> 23;
  RZ = f32FromBits((ix - (tmp & 0xff800000)) >>> 0);
}

/**
 * NumPy's np.log2 on float32 (glibc's log2f, FMA build): x = 2^k·z, log2 x = k + log2 c +
 * log1p(z/c − 1)/ln 2 with a 16-entry table and a quartic, in double, rounded once.
 *
 * @example log2f(0.25) // -2
 */
export function log2f(x: number): number {
  x = fround(x);
  let ix = f32Bits(x);
  if (ix === 0x3f800000) return 0;
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000) {
    const s = log2fSpecial(x, ix);
    if (s !== undefined) return s;
    ix = SUB_BITS;
  }
  reduceF(ix);
  const r = fma(RZ, POWF_LOG2_TAB[2 * RI]!, -1);
  const y0 = POWF_LOG2_TAB[2 * RI + 1]! + RK;
  const r2 = r * r;
  const y = fma(r2, L0, fma(r, L1, L2));
  return fround(fma(r2, y, fma(r, L3, y0)));
}

/**
 * Bound on the double result's change between log2fFast's unfused evaluation and glibc's,
 * relative to |p| + |result| (p = k + log2 c + r·L3): each of the four fusions moves a value
 * bounded by these by at most half an ulp; 2^-48 leaves a wide margin.
 */
const LOG2F_ERR = 2 ** -48;

/**
 * np.log2 on float32 with glibc's exact result, mostly without emulated FMAs: r = z·invc − 1
 * is formed exactly (Dekker), the rest with plain operations, and the float rounding is
 * taken when the whole error interval rounds alike; otherwise (and for special or
 * subnormal inputs, or x = 1) the exact log2f runs.
 *
 * @example log2fFast(8) // 3
 */
export function log2fFast(x: number): number {
  x = fround(x);
  const ix = f32Bits(x);
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000 || ix === 0x3f800000) return log2f(x);
  // The reduction of reduceF, inline: module-level results cost a quarter of the time here.
  const tmp = (ix - LOG2F_OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const z = f32FromBits((ix - (tmp & 0xff800000)) >>> 0);
  const invc = POWF_LOG2_TAB[2 * i]!;
  const pz = z * invc;
  const r = pz - 1 + productError(z, invc, pz);
  const r2 = r * r;
  const p = r * L3 + (POWF_LOG2_TAB[2 * i + 1]! + ((tmp | 0) >> 23));
  const v = (L0 * r2 + (L1 * r + L2)) * r2 + p;
  const res = fround(v);
  const e = (Math.abs(v) + Math.abs(p)) * LOG2F_ERR;
  if (fround(v + e) !== res || fround(v - e) !== res) return log2f(x);
  return res;
}

const TWO25 = 33554432;
const IVLN10F = fround(4.3429449201e-1);
const LOG10_2HIF = fround(3.0102920532e-1);
const LOG10_2LOF = fround(7.9034151668e-7);

// logf's log c (e_logf_data.c; its 1/c are log2f's) and cubic, for logfReduced.
const LOGF_LOGC = new Float64Array([
  -0.33569133332882284, -0.2929040563774074, -0.2518726580937369, -0.21245868807117255,
  -0.17453945183745634, -0.1380057072319758, -0.10275976698545139, -0.06871392447020525,
  -0.0357891387398228, 0, 0.05204517742929496, 0.11081431298787942, 0.1652495223695143,
  0.21687389031699977, 0.2659635028121397, 0.3127556664073557,
]);
const LA0 = -0.25089342214237154;
const LA1 = 0.333456765744066;
const LA2 = -0.4999997485802103;

/**
 * glibc's logf (FMA build, as `logf` in libm_single.ts) for a normal positive float m in
 * [½, 2), mostly without emulated FMAs: r = z/c − 1 is formed exactly, the rest with plain
 * operations (k·ln2 is exact for |k| ≤ 1, so that fusion is a plain add), and the float
 * rounding taken when the whole error interval (2^-48 relative, as in log2fFast) rounds
 * alike; otherwise the exact logf runs.
 */
function logfReduced(m: number): number {
  const ix = f32Bits(m);
  if (ix === 0x3f800000) return 0;
  const tmp = (ix - LOG2F_OFF) >>> 0; // reduceF inline, as in log2fFast
  const i = (tmp >>> 19) & 15;
  const z = f32FromBits((ix - (tmp & 0xff800000)) >>> 0);
  const invc = POWF_LOG2_TAB[2 * i]!;
  const pz = z * invc;
  const r = pz - 1 + productError(z, invc, pz);
  const y0 = ((tmp | 0) >> 23) * Math.LN2 + LOGF_LOGC[i]!;
  const r2 = r * r;
  const q = y0 + r;
  const v = (LA0 * r2 + (LA1 * r + LA2)) * r2 + q;
  const res = fround(v);
  const e = (Math.abs(v) + Math.abs(q)) * LOG2F_ERR;
  if (fround(v + e) !== res || fround(v - e) !== res) return logf(m);
  return res;
}

/**
 * NumPy's np.log10 on float32 (glibc's __ieee754_log10f, fdlibm's): x = 2^n·m with m in
 * [1, 2) (or [½, 1) for n < 0), log10 x = n·log10(2) + logf(m)/ln 10 in float arithmetic.
 *
 * @example log10f(100) // 2
 */
export function log10f(x: number): number {
  x = fround(x);
  let hx = f32Bits(x) | 0;
  let k = 0;
  if (hx < 0x00800000) {
    if ((hx & 0x7fffffff) === 0) return -Infinity;
    if (hx < 0) return Number.isNaN(x) ? x + x : Number.NaN;
    k = -25;
    hx = f32Bits(fround(x * TWO25)) | 0; // subnormal: scale up (exact)
  }
  if (hx >= 0x7f800000) return x + x;
  k += (hx >> 23) - 127;
  const i = k < 0 ? 1 : 0;
  const y = k + i; // |y| < 2^24: exact in float
  const m = f32FromBits((hx & 0x007fffff) | ((0x7f - i) << 23));
  const z = fround(fround(y * LOG10_2LOF) + fround(IVLN10F * logfReduced(m)));
  return fround(z + fround(y * LOG10_2HIF));
}
