// glibc's sinh, cosh, asinh, acosh and atanh for doubles: fdlibm's formulas on top of exp,
// expm1, log and log1p (glibc has no FMA build of these; the fused steps are in the functions
// they call). The same steps as src/_core/umath/defs/libm_double.ts.
import { DEFAULT_NAN, hiWord, loWord } from './common';
import { exp } from './exp';
import { expm1 } from './expm1';
import { log1p } from './log1p';
import { log } from './log2';

const LN2: f64 = 0.6931471805599453;

/** glibc sinh: ½·(E + E/(E + 1)) with E = expm1|x| below 22, ½·e^|x| above. */
export function sinh(x: f64): f64 {
  const jx = <i32>hiWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h: f64 = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** glibc cosh: 1 + t²/(2(1 + t)) near 0, (e^|x| + e^-|x|)/2 below 22, ½·e^|x| above. */
export function cosh(x: f64): f64 {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(abs(x));
  if (ix < 0x408633ce || (ix == 0x408633ce && loWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc asinh: log(2|x| + 1/(√(x² + 1) + |x|)) or log1p of the same, sign of x. */
export function asinh(x: f64): f64 {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: f64;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(abs(x)) + LN2;
  } else {
    const xa = abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + sqrt(1.0 + t)));
    }
  }
  return hiWord(x) >>> 31 ? -w : w;
}

/** glibc acosh: log(2x − 1/(x + √(x² − 1))) above 2, log1p(t + √(2t + t²)) for x = 1 + t. */
export function acosh(x: f64): f64 {
  if (x > 2.0) {
    if (x >= 268435456.0) {
      if (!isFinite(x)) return x + x;
      return log(x) + LN2;
    }
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
  }
  if (x > 1.0) {
    const t = x - 1.0;
    return log1p(t + sqrt(2.0 * t + t * t));
  }
  if (x == 1.0) return 0.0;
  return isNaN(x) ? x + x : DEFAULT_NAN;
}

/** glibc atanh: ½·log1p(2x + 2x²/(1 − x)) below ½, ½·log1p(2x/(1 − x)) above. */
export function atanh(x: f64): f64 {
  const xa = abs(x);
  let t: f64;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    if (isNaN(x)) return x + x;
    if (xa > 1.0) return DEFAULT_NAN;
    return x > 0 ? Infinity : -Infinity;
  }
  return x < 0 ? -t : t;
}
