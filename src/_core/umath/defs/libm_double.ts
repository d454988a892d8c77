/**
 * exp, exp2, log, log1p and expm1 for doubles, step for step as glibc 2.3x computes them
 * (NumPy's float64 loops call these on Linux). V8's fdlibm versions differ in the last
 * bit for a few percent of inputs; NumPy's own formulas built on them (logaddexp,
 * complex expm1/log1p) cancel and amplify such a bit to thousands of ulps, so only the
 * same steps reproduce NumPy there.
 *
 * exp and log are glibc's FMA builds (chosen at run time on every x86-64-v3 CPU): each
 * `a * b + c` the compiler fuses is an exact `fma` here (fma.ts). exp2, log1p and expm1
 * have no FMA build and use plain double operations.
 */
import { fma, productError } from './fma.js';
import { DEFAULT_NAN, fromWords, hiWord, loWord, pow2 } from './fpbits.js';
import {
  EXP_INVLN2N,
  EXP_NEGLN2HIN,
  EXP_NEGLN2LON,
  EXP_POLY,
  EXP_SHIFT,
  EXP_TAB,
} from './libm_data.js';
import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1, LOG_TAB } from './libm_log_data.js';

const C2 = EXP_POLY[0]!;
const C3 = EXP_POLY[1]!;
const C4 = EXP_POLY[2]!;
const C5 = EXP_POLY[3]!;

/**
 * scale·(1 + tmp) when 2^(k/N) is out of the normal range: scale taken 2^up down for
 * large k (then fused, if `fused`); for small k rounded to the final (subnormal)
 * precision once, where GCC keeps scale·tmp as one product (no fusion) in both builds.
 */
function specialcase(
  tmp: number,
  sHi: number,
  sLo: number,
  kNeg: boolean,
  fused: boolean,
  up: number,
): number {
  if (!kNeg) {
    const scale = fromWords((sHi - (up << 20)) >>> 0, sLo);
    return pow2(up) * (fused ? fma(scale, tmp, scale) : scale + scale * tmp);
  }
  const scale = fromWords((sHi + (1022 << 20)) >>> 0, sLo);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return pow2(-1022) * y;
}

/** The table entry 2^(i/128) = scale·(1 + tail): words of tail and of scale's bits. */
let TAIL = 0;
let S_HI = 0;
let S_LO = 0;
function tableEntry(ki: number): void {
  const idx = 2 * (ki & 127);
  TAIL = fromWords(EXP_TAB[2 * idx + 1]!, EXP_TAB[2 * idx]!);
  // sbits = T[idx + 1] + (ki << 45): only the high word changes.
  S_HI = (EXP_TAB[2 * idx + 3]! + ((ki << 13) >>> 0)) >>> 0;
  S_LO = EXP_TAB[2 * idx + 2]!;
}

/** glibc exp: x = k·ln2/128 + r, exp(x) = 2^(k/128)·exp(r) with a degree-5 polynomial. */
export function exp(x: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if ((abstop - 0x3c9) >>> 0 >= 0x80000000) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // |x| ≥ 512: the result may leave the normal range
  }
  let kd = fma(EXP_INVLN2N, x, EXP_SHIFT);
  const ki = loWord(kd);
  kd -= EXP_SHIFT;
  // kd·NegLn2hiN is exact (few mantissa bits), so its fused add is a plain one.
  const r = fma(kd, EXP_NEGLN2LON, x + kd * EXP_NEGLN2HIN);
  tableEntry(ki);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), TAIL + r));
  if (abstop === 0) return specialcase(tmp, S_HI, S_LO, (ki & 0x80000000) !== 0, true, 1009);
  const scale = fromWords(S_HI, S_LO);
  return fma(scale, tmp, scale);
}

const TWO_M30 = 2 ** -30;
/**
 * Bound on |tmp' − tmp| between the unfused evaluation in expFast and glibc's fused one:
 * with |r| ≤ ln2/256 < 2^-8, the fusions in r and in the two outer polynomial steps each
 * move tmp by at most half an ulp of a value below 2^-7 (≤ 2^-61 each), the inner ones
 * far less: ≈2^-59.3 in all, taken as 2^-58. (2·10^7 random inputs agree even with 0.)
 */
const TMP_ERR = 2 ** -58;

/**
 * `exp` with glibc's exact result at a fraction of the emulated-FMA cost. The steps are
 * glibc's with plain operations; each fusion glibc makes moves an intermediate by at
 * most half an ulp, which leaves the polynomial value tmp within TMP_ERR of glibc's. The final scale·(1 + tmp) is formed exactly (Dekker), and when the
 * whole interval of ±scale·TMP_ERR around it rounds to one double, glibc's
 * rounds there too; otherwise — a few percent of inputs — and for k whose rounding is in
 * doubt or results outside the normal range, the exact `exp` runs.
 */
export function expFast(x: number): number {
  const abstop = (hiWord(x) >>> 20) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) return exp(x);
  const z = EXP_INVLN2N * x;
  const kdS = z + EXP_SHIFT;
  const kd = kdS - EXP_SHIFT;
  // The fused z + Shift rounds the exact product: only a z this close to a half-integer
  // can round to another k (z itself is within 2^-36 of the exact product).
  if (Math.abs(z - kd) > 0.5 - TWO_M30) return exp(x);
  const ki = loWord(kdS);
  const r = x + kd * EXP_NEGLN2HIN + kd * EXP_NEGLN2LON;
  // The table entry 2^(i/128) = scale·(1 + tail), read inline (see tableEntry).
  const idx = 4 * (ki & 127);
  const tail = fromWords(EXP_TAB[idx + 1]!, EXP_TAB[idx]!);
  const scale = fromWords((EXP_TAB[idx + 3]! + ((ki << 13) >>> 0)) >>> 0, EXP_TAB[idx + 2]!);
  const r2 = r * r;
  const tmp = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  // V = scale + scale·tmp exactly as s + lo: Dekker's product, then Fast2Sum.
  const p = scale * tmp;
  const s = scale + p;
  const lo = scale - s + p + productError(scale, tmp, p);
  const res = s + lo;
  // glibc's V is within scale·2^-57 of ours: when both ends of that interval round to res,
  // so does V (rounding is monotonic).
  const bound = scale * TMP_ERR;
  if (s + (lo + bound) !== res || s + (lo - bound) !== res) return exp(x);
  return res;
}

// exp2's own polynomial (e_exp_data.c exp2_poly) and shift 1.5·2^52/128.
const E2C1 = Math.LN2;
const E2C2 = 0.24022650695909065;
const E2C3 = 0.0555041086686087;
const E2C4 = 0.009618131975721055;
const E2C5 = 0.0013332074570119598;
const EXP2_SHIFT = 52776558133248.0;

/** glibc exp2: x = k/128 + r, 2^x = 2^(k/128)·2^r. */
export function exp2(x: number): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if ((abstop - 0x3c9) >>> 0 >= 0x80000000) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0;
  }
  let kd = x + EXP2_SHIFT;
  const ki = loWord(kd);
  kd -= EXP2_SHIFT;
  const r = x - kd;
  tableEntry(ki);
  const r2 = r * r;
  const tmp = TAIL + r * E2C1 + r2 * (E2C2 + r * E2C3) + r2 * r2 * (E2C4 + r * E2C5);
  if (abstop === 0) return specialcase(tmp, S_HI, S_LO, (ki & 0x80000000) !== 0, false, 1);
  const scale = fromWords(S_HI, S_LO);
  return scale + scale * tmp;
}

const B = LOG_POLY1;
const A = LOG_POLY;
/** Bits of 0x3fe6000000000000 (the reduction offset OFF), as its high word. */
const OFF_HI = 0x3fe60000;

/** glibc log: x = 2^k·z, log x = k·ln2 + log c + log1p(z/c − 1), with c from a 128-entry table. */
export function log(x: number): number {
  let hi = hiWord(x);
  let lo = loWord(x);
  // Close to 1 (1 − 2^-4 ≤ x < 1 + 0x1.09p-4): a polynomial in r = x − 1, with r² split exactly.
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    // The product r3·P feeds the next addition: GCC fuses them.
    const P = fma(
      r3,
      fma(
        r3,
        fma(r3, B[10]!, fma(r2, B[9]!, fma(r, B[8]!, B[7]!))),
        fma(r2, B[6]!, fma(r, B[5]!, B[4]!)),
      ),
      fma(r2, B[3]!, fma(r, B[2]!, B[1]!)),
    );
    const w = r * 134217728;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const w2 = rhi * rhi * B[0]!; // exact: rhi has 26 bits, B[0] = −0.5
    const h = r + w2;
    let l = r - h + w2;
    l = fma(B[0]! * rlo, rhi + r, l);
    return fma(r3, P, l) + h;
  }
  const top = hi >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    // x < 2^-1022, inf or NaN.
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    // A NaN comes back quieted, payload and sign kept; a negative x gives NumPy's +NaN.
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return Number.isNaN(x) ? x + x : Number.NaN;
    // Subnormal: normalise by 2^52.
    const xn = x * 4503599627370496;
    hi = (hiWord(xn) - (52 << 20)) >>> 0;
    lo = loWord(xn);
  }
  // tmp = ix − OFF; i = tmp >> 45 mod 128; k = tmp >> 52 (arithmetic); iz = ix − (tmp & 0xfff << 52).
  const tmpHi = (hi - OFF_HI) | 0; // OFF's low word is 0
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords((hi - (tmpHi & 0xfff00000)) >>> 0, lo);
  const invc = LOG_TAB[2 * i]!;
  const logc = LOG_TAB[2 * i + 1]!;
  const r = fma(z, invc, -1.0);
  const kd = k;
  // kd·Ln2hi is exact, so its fused add is a plain one.
  const w = kd * LOG_LN2HI + logc;
  const h = w + r;
  const l = fma(kd, LOG_LN2LO, w - h + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, A[4]!, A[3]!), fma(r, A[2]!, A[1]!));
  return fma(r * r2, p, fma(r2, A[0]!, l)) + h;
}

/**
 * Bound on |S' − S| for logFast's small part S = l + r²·A0 + r³·poly (|r| < 2^-8): glibc's
 * fusions there each move S by at most half an ulp of a value below 2^-16 (≤ 2^-70), the
 * fused kd·Ln2lo far less; ≈2^-68 in all, taken as 2^-64.
 */
const LOG_S_ERR = 2 ** -64;

/**
 * `log` with glibc's exact result, mostly without emulated FMAs: r = fma(z, invc, −1) is
 * formed exactly (Dekker's product; p − 1 is exact), hi = w + r as glibc, the small part S
 * with plain operations, and the final S + hi — where glibc does not fuse — is taken when
 * every value within LOG_S_ERR of S rounds to the same double; otherwise, near 1 and for
 * special or subnormal inputs, the exact `log` runs.
 */
export function logFast(x: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity) || (x >= 0.9375 && x < 1.064697265625)) {
    return log(x);
  }
  const hx = hiWord(x);
  const tmpHi = (hx - OFF_HI) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords((hx - (tmpHi & 0xfff00000)) >>> 0, loWord(x));
  const invc = LOG_TAB[2 * i]!;
  const logc = LOG_TAB[2 * i + 1]!;
  // r = RN(z·invc − 1): the exact product p + pe, then one rounding of (p − 1) + pe.
  const p = z * invc;
  const r = p - 1.0 + productError(z, invc, p);
  const w = k * LOG_LN2HI + logc;
  const h = w + r;
  const l = w - h + r + k * LOG_LN2LO;
  const r2 = r * r;
  const poly = A[1]! + r * A[2]! + r2 * (A[3]! + r * A[4]!);
  const S = l + r2 * A[0]! + r * r2 * poly;
  const res = S + h;
  if (h + (S + LOG_S_ERR) !== res || h + (S - LOG_S_ERR) !== res) return log(x);
  return res;
}

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;

/**
 * glibc log1p (fdlibm's, with an Estrin-style polynomial): 1 + x = 2^k·(1 + f). The FMA
 * build's fused steps are read off its machine code (Debian's 2.36 carries that build).
 */
export function log1p(x: number): number {
  const hx = hiWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // x < −1 or −inf: the CPU's default NaN (glibc's 0/0); a NaN comes back quieted.
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : Number.isNaN(x) ? x + x : DEFAULT_NAN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords(hu | 0x3ff00000, loWord(u));
    } else {
      k += 1;
      u = fromWords(hu | 0x3fe00000, loWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      return fma(k, LN2_HI, fma(k, LN2_LO, c));
    }
    const R = hfsq * fma(-0.6666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const R2 = fma(z, LP3, LP2);
  const R3 = fma(z, LP5, LP4);
  const R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return fma(k, LN2_HI, -(hfsq - (s * (hfsq + R) + fma(k, LN2_LO, c)) - f));
}

const O_THRESHOLD = 709.782712893384;
const INVLN2 = Math.LOG2E;
const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -0.0000793650757867488;
const Q4 = 0.000004008217827329362;
const Q5 = -2.0109921818362437e-7;

/**
 * glibc expm1 (fdlibm's, Estrin-style polynomial): exp(x) − 1 = 2^k·(1 + expm1(r)) − 1,
 * with the fused steps of its FMA build (read off the machine code, as for log1p).
 */
export function expm1(x: number): number {
  let hx = hiWord(x);
  const neg = hx >>> 31 === 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const R1 = fma(hxs, Q1, 1.0);
  const R2 = fma(hxs, Q3, Q2);
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = ((r1 - t) / fma(-x, t, 6.0)) * hxs;
  if (k === 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = fromWords((hiWord(y) + (k << 20)) >>> 0, loWord(y));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords((0x3ff00000 - (0x200000 >> k)) >>> 0, 0);
    y = t - (e - x);
  } else {
    t = fromWords((0x3ff - k) << 20, 0);
    y = x - (e + t);
    y += 1.0;
  }
  return fromWords((hiWord(y) + (k << 20)) >>> 0, loWord(y));
}

// The hyperbolic functions and their inverses are fdlibm's in glibc (no FMA build), on top
// of the exp, expm1, log and log1p above: with those exact, so are these.

/** glibc sinh: ½·(E + E/(E + 1)) with E = expm1|x| below 22, ½·e^|x| above. */
export function sinh(x: number): number {
  const jx = hiWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  const lx = loWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** glibc cosh: 1 + t²/(2(1 + t)) near 0, (e^|x| + e^-|x|)/2 below 22, ½·e^|x| above. */
export function cosh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1.0;
      const t = expm1(Math.abs(x));
      const w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (ix < 0x408633ce || (ix === 0x408633ce && loWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

const LN2 = Math.LN2;

/** glibc asinh: log(2|x| + 1/(√(x² + 1) + |x|)) or log1p of the same, sign of x. */
export function asinh(x: number): number {
  const ix = hiWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -w : w;
}

/** glibc acosh: log(2x − 1/(x + √(x² − 1))) above 2, log1p(t + √(2t + t²)) for x = 1 + t. */
export function acosh(x: number): number {
  if (x > 2.0) {
    if (x >= 268435456) {
      if (!Number.isFinite(x)) return x + x;
      return log(x) + LN2;
    }
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  if (x > 1.0) {
    const t = x - 1.0;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (x === 1.0) return 0.0;
  // x < 1: the CPU's default NaN (glibc's (x − x) / (x − x)); a NaN comes back quieted.
  return Number.isNaN(x) ? x + x : DEFAULT_NAN;
}

/** glibc atanh: ½·log1p(2x + 2x²/(1 − x)) below ½, ½·log1p(2x/(1 − x)) above. */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    // |x| > 1: the CPU's default NaN (glibc's 0/0); a NaN comes back quieted, sign kept.
    if (Number.isNaN(x)) return x + x;
    if (xa > 1.0) return DEFAULT_NAN;
    return x > 0 ? Infinity : -Infinity;
  }
  return x < 0 ? -t : t;
}
