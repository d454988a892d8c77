/**
 * glibc's double `expm1` as Debian 12's libm runs it on x86-64 with FMA (fdlibm's algorithm
 * with glibc's Estrin-style polynomial, compiled with -mfma): reproduced bit for bit, with
 * the fused operations read off that build's machine code.
 */
import { fma, fromWords, hiWord, loWord } from './fma.js';

const O_THRESHOLD = 709.782712893384;
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INVLN2 = Math.LOG2E;
const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -7.93650757867488e-5;
const Q4 = 4.008217827329362e-6;
const Q5 = -2.0109921818362437e-7;

/** y with k added to its binary exponent (glibc's SET_HIGH_WORD(y, high + (k << 20))). */
function addExp(y: number, k: number): number {
  return fromWords((hiWord(y) + (k << 20)) >>> 0, loWord(y));
}

/** e**x - 1, as glibc's `expm1`. */
export function expm1(x: number): number {
  let hx = hiWord(x);
  const neg = hx >>> 31 === 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: argument reduction
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
      hi = x - t * LN2_HI; // exact
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
  const r1 = fma(h4, fma(hxs, Q5, Q4), fma(h2, fma(hxs, Q3, Q2), fma(hxs, Q1, 1.0)));
  let t = fma(-r1, hfx, 3.0);
  let e = ((r1 - t) / fma(-x, t, 6.0)) * hxs;
  if (k === 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return (e - (x + 0.5)) * -2.0;
    return fma(x - e, 2.0, 1.0);
  }
  if (k <= -2 || k > 56) {
    const y = 1.0 - (e - x);
    return addExp(y, k) - 1.0;
  }
  let y: number;
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2**-k
    y = t - (e - x);
    y = addExp(y, k);
  } else {
    t = fromWords((0x3ff - k) << 20, 0); // 2**-k
    y = x - (e + t);
    y += 1.0;
    y = addExp(y, k);
  }
  return y;
}
