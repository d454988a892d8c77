// glibc's pow for doubles (ARM optimized-routines' algorithm, FMA build): a table-driven log
// with extra precision, then a table-driven exp. The same steps as the FMA_BUILD path of
// src/_core/umath/defs/libm_pow.ts `pow`, whose comments explain them, with the CPU's fma in
// place of the emulated one (its exact product errors `productError(a, b, p)` are
// fma(a, b, −p) here).
import { fma, hiWord, loWord } from './common';
import { specialcase } from './exp';
import {
  EXP_C0,
  EXP_C1,
  EXP_C2,
  EXP_C3,
  EXP_INVLN2N,
  EXP_NEGLN2HIN,
  EXP_NEGLN2LON,
  EXP_SHIFT,
  EXP_TAB,
  POW_A0,
  POW_A1,
  POW_A2,
  POW_A3,
  POW_A4,
  POW_A5,
  POW_A6,
  POW_LN2HI,
  POW_LN2LO,
  POW_LOG_TAB,
} from './tables';

/** The low part of logInline's result. */
let TAIL: f64 = 0;

/** log(x) as y + TAIL for x given by its words (normalised, possibly negative exponent field). */
// @ts-ignore: decorator
@inline
function logInline(ixHi: u32, ixLo: u32): f64 {
  const tmpHi = <i32>(ixHi - 0x3fe69555);
  const i = (<u32>tmpHi >> 13) & 127;
  const k = tmpHi >> 20;
  const z = reinterpret<f64>((<u64>(ixHi - (<u32>tmpHi & 0xfff00000)) << 32) | <u64>ixLo);
  const kd = <f64>k;
  const e = POW_LOG_TAB + (<usize>i << 5);
  const invc = load<f64>(e);
  const logc = load<f64>(e, 16);
  const logctail = load<f64>(e, 24);
  const zc = z * invc;
  const r = zc - 1.0 + fma(z, invc, -zc);
  const t1 = kd * POW_LN2HI + logc;
  const t2 = t1 + r;
  const lo1 = fma(kd, POW_LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = POW_A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const inner = fma(r, POW_A6, POW_A5);
  const mid = fma(ar2, inner, fma(r, POW_A4, POW_A3));
  const outer = fma(ar2, mid, fma(r, POW_A2, POW_A1));
  const lo = fma(ar3, outer, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  TAIL = hi - y + lo;
  return y;
}

const SIGN_BIAS: u32 = 0x800 << 7;
/** sign · exp(x + xtail). */
// @ts-ignore: decorator
@inline
function expInline(x: f64, xtail: f64, signBias: u32): f64 {
  let abstop = (hiWord(x) >> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9) {
    if (abstop - 0x3c9 >= 0x80000000) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return signBias ? -0.0 : 0.0;
      return signBias ? -Infinity : Infinity;
    }
    abstop = 0;
  }
  let kd = fma(EXP_INVLN2N, x, EXP_SHIFT);
  const ki = loWord(kd);
  kd -= EXP_SHIFT;
  let r = fma(kd, EXP_NEGLN2LON, x + kd * EXP_NEGLN2HIN);
  r += xtail;
  const e = EXP_TAB + (<usize>(ki & 127) << 4);
  const tail = load<f64>(e);
  const sbits = load<u64>(e, 8) + (<u64>(ki + signBias) << 45);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C3, EXP_C2), fma(r2, fma(r, EXP_C1, EXP_C0), tail + r));
  if (abstop == 0) return specialcase(tmp, sbits, (ki & 0x80000000) != 0);
  const scale = reinterpret<f64>(sbits);
  return fma(scale, tmp, scale);
}

/** 0 if y is not an integer, 1 if odd, 2 if even (y finite, non-zero). */
function checkint(y: f64): i32 {
  if (trunc<f64>(y) != y) return 0;
  if (abs<f64>(y) >= 9007199254740992.0) return 2;
  return <i32>(<i64>y & 1) ? 1 : 2;
}

// @ts-ignore: decorator
@inline
function zeroinfnan(v: f64): bool {
  return v == 0 || !isFinite<f64>(v);
}

/** C pow(x, y) for doubles. */
// @ts-ignore: decorator
@inline
export function pow(x: f64, y: f64): f64 {
  let signBias: u32 = 0;
  let ixHi = hiWord(x);
  let ixLo = loWord(x);
  const iyHi = hiWord(y);
  let topx = ixHi >> 20;
  const topy = iyHi >> 20;
  if (topx - 1 >= 0x7fe || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
    if (zeroinfnan(y)) {
      if (y == 0) return 1.0;
      if (x == 1) return 1.0;
      if (isNaN<f64>(x) || isNaN<f64>(y)) return x + y;
      if (abs<f64>(x) == 1) return 1.0;
      if ((abs<f64>(x) < 1) == !(iyHi >> 31)) return 0.0;
      return y * y;
    }
    if (zeroinfnan(x)) {
      let x2 = x * x;
      let sb = false;
      if (ixHi >> 31 && checkint(y) == 1) {
        x2 = -x2;
        sb = true;
      }
      if (x == 0 && iyHi >> 31) return sb ? -Infinity : Infinity;
      return iyHi >> 31 ? 1 / x2 : x2;
    }
    // x and y are non-zero finite.
    if (ixHi >> 31) {
      const yint = checkint(y);
      if (yint == 0) return NaN;
      if (yint == 1) signBias = SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
      if (ixHi == 0x3ff00000 && ixLo == 0) return 1.0;
      const gt1 = ixHi > 0x3ff00000 || (ixHi == 0x3ff00000 && ixLo > 0);
      if ((topy & 0x7ff) < 0x3be) return gt1 ? 1.0 + y : 1.0 - y;
      return gt1 == topy < 0x800 ? Infinity : 0;
    }
    if (topx == 0) {
      // Subnormal x: normalise so that the exponent field becomes negative.
      const xs = abs<f64>(x) * 4503599627370496.0;
      ixHi = (hiWord(xs) & 0x7fffffff) - (52 << 20);
      ixLo = loWord(xs);
    }
  }
  const hi = logInline(ixHi, ixLo);
  const lo = TAIL;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo, signBias);
}
