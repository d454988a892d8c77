/**
 * pow and powf as the C library under NumPy computes them (ARM optimized-routines' algorithm,
 * glibc ≥ 2.28): a table-driven log with extra precision followed by a table-driven exp.
 * V8's Math.pow differs from it in the last bit for about one input in ten, so NumPy's
 * float power is reproduced by following the same steps.
 *
 * glibc picks its FMA build on CPUs with FMA3/AVX2 (every x86-64-v3 machine); that build
 * fuses each `a * b + c` of the source into one rounding. `FMA_BUILD` selects those steps
 * (emulated exactly in fma.ts); the plain build is kept for CPUs without FMA.
 */
import { fma, productError } from './fma.js';
import { f32Bits, f32FromBits, fromWords, hiWord, loWord, pow2 } from './fpbits.js';
import {
  EXP_INVLN2N,
  EXP_NEGLN2HIN,
  EXP_NEGLN2LON,
  EXP_POLY,
  EXP_SHIFT,
  EXP_TAB,
  EXP2F_POLY,
  EXP2F_SHIFT_SCALED,
  EXP2F_TAB,
  POW_LN2HI,
  POW_LN2LO,
  POW_LOG_POLY,
  POW_LOG_TAB,
  POWF_LOG2_POLY,
  POWF_LOG2_TAB,
} from './libm_data.js';

/** Whether to follow glibc's FMA build (x86-64 with FMA3, as on NumPy's reference machines). */
export const FMA_BUILD = { pow: true, powf: true };

const A = POW_LOG_POLY;
const C2 = EXP_POLY[0]!;
const C3 = EXP_POLY[1]!;
const C4 = EXP_POLY[2]!;
const C5 = EXP_POLY[3]!;

let TAIL = 0;

/** log(x) as y + TAIL for x given by its words (normalised, possibly negative exponent field). */
function logInline(ixHi: number, ixLo: number, useFma: boolean): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const izHi = (ixHi - (tmpHi & 0xfff00000)) >>> 0;
  const z = fromWords(izHi, ixLo);
  const kd = k;
  const invc = POW_LOG_TAB[4 * i]!;
  const logc = POW_LOG_TAB[4 * i + 2]!;
  const logctail = POW_LOG_TAB[4 * i + 3]!;
  let r: number;
  let rhi = 0;
  let rlo = 0;
  if (useFma) {
    // z/c - 1 is exactly representable (table design), so fma(z, invc, -1) is that exact value.
    const zc = z * invc;
    r = zc - 1.0 + productError(z, invc, zc);
  } else {
    // z = zhi + zlo with zhi's low 32 bits cleared (rounded), so rhi*rhi is exact.
    const zhi = fromWords((izHi + (ixLo >= 0x80000000 ? 1 : 0)) >>> 0, 0);
    const zlo = z - zhi;
    rhi = zhi * invc - 1.0;
    rlo = zlo * invc;
    r = rhi + rlo;
  }
  // kd * Ln2hi is exact (Ln2hi's low bits are zero): fused or not, one rounding.
  const t1 = kd * POW_LN2HI + logc;
  const t2 = t1 + r;
  const lo1 = useFma ? fma(kd, POW_LN2LO, logctail) : kd * POW_LN2LO + logctail;
  const lo2 = t1 - t2 + r;
  const ar = A[0]! * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  let hi: number;
  let lo3: number;
  let lo4: number;
  let lo: number;
  if (useFma) {
    hi = t2 + ar2;
    lo3 = productError(ar, r, ar2); // fma(ar, r, -ar2): the exact error of ar2
    lo4 = t2 - hi + ar2;
    const inner = fma(r, A[6]!, A[5]!);
    const mid = fma(ar2, inner, fma(r, A[4]!, A[3]!));
    const outer = fma(ar2, mid, fma(r, A[2]!, A[1]!));
    lo = fma(ar3, outer, lo1 + lo2 + lo3 + lo4);
  } else {
    const arhi = A[0]! * rhi;
    const arhi2 = rhi * arhi;
    hi = t2 + arhi2;
    lo3 = rlo * (ar + arhi);
    lo4 = t2 - hi + arhi2;
    const p = ar3 * (A[1]! + r * A[2]! + ar2 * (A[3]! + r * A[4]! + ar2 * (A[5]! + r * A[6]!)));
    lo = lo1 + lo2 + lo3 + lo4 + p;
  }
  const y = hi + lo;
  TAIL = hi - y + lo;
  return y;
}

const SIGN_BIAS = 0x800 << 7;

/** scale * (1 + tmp) near overflow or underflow, rounded once. */
function specialcase(
  tmp: number,
  sHi: number,
  sLo: number,
  kNeg: boolean,
  useFma: boolean,
): number {
  if (!kNeg) {
    const scale = fromWords((sHi - (1009 << 20)) >>> 0, sLo);
    return pow2(1009) * (useFma ? fma(scale, tmp, scale) : scale + scale * tmp);
  }
  sHi = (sHi + (1022 << 20)) >>> 0;
  const scale = fromWords(sHi, sLo);
  // Not fused in glibc's FMA build either (results below 2^-512 checked against its pow): the
  // product scale * tmp, computed once for both sums, is rounded.
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // Round y to the final precision before scaling into the subnormal range.
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = sHi & 0x80000000 ? -0 : 0;
  }
  return pow2(-1022) * y;
}

/** sign * exp(x + xtail). */
function expInline(x: number, xtail: number, signBias: number, useFma: boolean): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if ((abstop - 0x3c9) >>> 0 >= 0x80000000) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return signBias ? -0 : 0;
      return signBias ? -Infinity : Infinity;
    }
    abstop = 0;
  }
  let kd = useFma ? fma(EXP_INVLN2N, x, EXP_SHIFT) : EXP_INVLN2N * x + EXP_SHIFT;
  const ki = loWord(kd);
  kd -= EXP_SHIFT;
  // kd * NegLn2hiN is exact (few mantissa bits), so its fused add is a plain one.
  let r = useFma
    ? fma(kd, EXP_NEGLN2LON, x + kd * EXP_NEGLN2HIN)
    : x + kd * EXP_NEGLN2HIN + kd * EXP_NEGLN2LON;
  r += xtail;
  const idx = 2 * (ki & 127);
  const tail = fromWords(EXP_TAB[2 * idx + 1]!, EXP_TAB[2 * idx]!);
  const sHi = (EXP_TAB[2 * idx + 3]! + (((ki + signBias) << 13) >>> 0)) >>> 0;
  const sLo = EXP_TAB[2 * idx + 2]!;
  const r2 = r * r;
  const tmp = useFma
    ? fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r))
    : tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  if (abstop === 0) return specialcase(tmp, sHi, sLo, (ki & 0x80000000) !== 0, useFma);
  const scale = fromWords(sHi, sLo);
  return useFma ? fma(scale, tmp, scale) : scale + scale * tmp;
}

/** 0 if y is not an integer, 1 if odd, 2 if even (y finite, non-zero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return Math.abs(y) % 2 === 1 ? 1 : 2;
}

const zeroinfnan = (v: number) => v === 0 || !Number.isFinite(v);

/** C pow(x, y) for doubles. */
export function pow(x: number, y: number): number {
  const useFma = FMA_BUILD.pow;
  let signBias = 0;
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  const iyHi = hiWord(y);
  let topx = ixHi >>> 20;
  const topy = iyHi >>> 20;
  if ((topx - 1) >>> 0 >= 0x7fe || ((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
    if (zeroinfnan(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === !(iyHi >>> 31)) return 0.0;
      return y * y;
    }
    if (zeroinfnan(x)) {
      let x2 = x * x;
      let sb = 0;
      if (ixHi >>> 31 && checkint(y) === 1) {
        x2 = -x2;
        sb = 1;
      }
      if (x === 0 && iyHi >>> 31) return sb ? -Infinity : Infinity;
      return iyHi >>> 31 ? 1 / x2 : x2;
    }
    // x and y are non-zero finite.
    if (ixHi >>> 31) {
      const yint = checkint(y);
      if (yint === 0) return Number.NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
      if (ixHi === 0x3ff00000 && ixLo === 0) return 1.0;
      const gt1 = ixHi > 0x3ff00000 || (ixHi === 0x3ff00000 && ixLo > 0);
      if ((topy & 0x7ff) < 0x3be) return gt1 ? 1.0 + y : 1.0 - y;
      return gt1 === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: normalise so that the exponent field becomes negative.
      const xs = Math.abs(x) * 4503599627370496;
      ixHi = ((hiWord(xs) & 0x7fffffff) - (52 << 20)) >>> 0;
      ixLo = loWord(xs);
    }
  }
  const hi = logInline(ixHi, ixLo, useFma);
  const lo = TAIL;
  let ehi: number;
  let elo: number;
  if (useFma) {
    ehi = y * hi;
    elo = fma(y, lo, productError(y, hi, ehi));
  } else {
    const yhi = fromWords(iyHi, loWord(y) & 0xf8000000);
    const ylo = y - yhi;
    const lhi = fromWords(hiWord(hi), loWord(hi) & 0xf8000000);
    const llo = hi - lhi + lo;
    ehi = yhi * lhi;
    elo = ylo * lhi + y * llo;
  }
  return expInline(ehi, elo, signBias, useFma);
}

/** log2 of a float32 given by its (normalised) bits, in double. */
function log2f(ix: number, useFma: boolean): number {
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) & 15;
  const top = (tmp & 0xff800000) >>> 0;
  const iz = (ix - top) >>> 0;
  const k = (top | 0) >> 23;
  const invc = POWF_LOG2_TAB[2 * i]!;
  const logc = POWF_LOG2_TAB[2 * i + 1]!;
  const z = f32FromBits(iz);
  const P = POWF_LOG2_POLY;
  const r = useFma ? fma(z, invc, -1) : z * invc - 1;
  const y0 = logc + k;
  const r2 = r * r;
  const r4 = r2 * r2;
  if (useFma) {
    const y = fma(P[0]!, r, P[1]!);
    const p = fma(P[2]!, r, P[3]!);
    let q = fma(P[4]!, r, y0);
    q = fma(p, r2, q);
    return fma(y, r4, q);
  }
  const y = P[0]! * r + P[1]!;
  const p = P[2]! * r + P[3]!;
  let q = P[4]! * r + y0;
  q = p * r2 + q;
  return y * r4 + q;
}

const SIGN_BIAS_F = 1 << 16;

function exp2f(xd: number, signBias: number, useFma: boolean): number {
  let kd = xd + EXP2F_SHIFT_SCALED;
  const ki = loWord(kd);
  kd -= EXP2F_SHIFT_SCALED;
  const r = xd - kd;
  const j = ki & 31;
  const tHi = (EXP2F_TAB[2 * j + 1]! + (((ki + signBias) << 15) >>> 0)) >>> 0;
  const s = fromWords(tHi, EXP2F_TAB[2 * j]!);
  const C = EXP2F_POLY;
  const r2 = r * r;
  let y: number;
  if (useFma) {
    const z = fma(C[0]!, r, C[1]!);
    y = fma(C[2]!, r, 1);
    y = fma(z, r2, y);
  } else {
    const z = C[0]! * r + C[1]!;
    y = C[2]! * r + 1;
    y = z * r2 + y;
  }
  return y * s;
}

function checkintf(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 16777216) return 2;
  return Math.abs(y) % 2 === 1 ? 1 : 2;
}

/** C powf(x, y) for float32 values. */
export function powf(x: number, y: number): number {
  const useFma = FMA_BUILD.powf;
  let signBias = 0;
  let ix = f32Bits(x);
  const iy = f32Bits(y);
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000 || zeroinfnan(y)) {
    if (zeroinfnan(y)) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1;
      if (Math.abs(x) < 1 === !(iy >>> 31)) return 0;
      return y * y;
    }
    if (zeroinfnan(x)) {
      let x2 = Math.fround(x * x);
      let sb = 0;
      if (ix >>> 31 && checkintf(y) === 1) {
        x2 = -x2;
        sb = 1;
      }
      if (x === 0 && iy >>> 31) return sb ? -Infinity : Infinity;
      return iy >>> 31 ? Math.fround(1 / x2) : x2;
    }
    if (ix >>> 31) {
      const yint = checkintf(y);
      if (yint === 0) return Number.NaN;
      if (yint === 1) signBias = SIGN_BIAS_F;
      ix = (ix & 0x7fffffff) >>> 0;
    }
    if (ix < 0x00800000) {
      ix = f32Bits(Math.fround(f32FromBits(ix) * 8388608)) & 0x7fffffff;
      ix = (ix - (23 << 23)) >>> 0;
    }
  }
  const logx = log2f(ix, useFma);
  const ylogx = y * logx;
  if (((hiWord(ylogx) >>> 15) & 0xffff) >= hiWord(126.0) >>> 15) {
    if (ylogx > 127.99999995700433) return signBias ? -Infinity : Infinity;
    if (ylogx <= -150.0) return signBias ? -0 : 0;
    if (ylogx < -149.0) return signBias ? -1.401298464324817e-45 : 1.401298464324817e-45;
  }
  return Math.fround(exp2f(ylogx, signBias, useFma));
}
