// glibc's expm1 for doubles (fdlibm's algorithm, Estrin-style polynomial) with the fused
// steps of its FMA build: the same steps as src/_core/umath/defs/libm_double.ts `expm1`,
// with the CPU's fma in place of the emulated one.
import { fma, fromWords, hiWord, loWord } from './common';
import { LN2_HI, LN2_LO } from './log1p';

const O_THRESHOLD: f64 = 709.782712893384;
const INVLN2: f64 = 1.4426950408889634;
const Q1: f64 = -0.03333333333333313;
const Q2: f64 = 0.0015873015872548146;
const Q3: f64 = -0.0000793650757867488;
const Q4: f64 = 0.000004008217827329362;
const Q5: f64 = -2.0109921818362437e-7;

export function expm1(x: f64): f64 {
  let hx = hiWord(x);
  const neg = hx >>> 31 == 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (isNaN(x)) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1.0;
  }
  let k: i32;
  let c: f64 = 0;
  if (hx > 0x3fd62e42) {
    let hi: f64;
    let lo: f64;
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
      k = <i32>(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = <f64>k;
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
  if (k == 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k == -1) return fma(0.5, x - e, -0.5);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  let y: f64;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = fromWords(hiWord(y) + (<u32>k << 20), loWord(y));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(<u32>(0x3ff00000 - (0x200000 >> k)), 0);
    y = t - (e - x);
  } else {
    t = fromWords(<u32>((0x3ff - k) << 20), 0);
    y = x - (e + t);
    y += 1.0;
  }
  return fromWords(hiWord(y) + (<u32>k << 20), loWord(y));
}
