// glibc's log1p for doubles (fdlibm's algorithm, Estrin-style polynomial) with the fused
// steps of its FMA build: the same steps as src/_core/umath/defs/libm_double.ts `log1p`,
// whose comments explain them, with the CPU's fma in place of the emulated one.
import { fma, fromWords, hiWord, loWord } from './common';

export const LN2_HI: f64 = 0.6931471803691238;
export const LN2_LO: f64 = 1.9082149292705877e-10;
const LP1: f64 = 0.6666666666666735;
const LP2: f64 = 0.3999999999940942;
const LP3: f64 = 0.2857142874366239;
const LP4: f64 = 0.22222198432149784;
const LP5: f64 = 0.1818357216161805;
const LP6: f64 = 0.15313837699209373;
const LP7: f64 = 0.14798198605116586;

export function log1p(x: f64): f64 {
  const hx = <i32>hiWord(x);
  const ax = hx & 0x7fffffff;
  let k: i32 = 1;
  let f: f64 = 0;
  let hu: i32 = 0;
  let c: f64 = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x == -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= <i32>0xbfd2bec3) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = <i32>hiWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = <i32>hiWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords(<u32>(hu | 0x3ff00000), loWord(u));
    } else {
      k += 1;
      u = fromWords(<u32>(hu | 0x3fe00000), loWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const kd = <f64>k;
  if (hu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      return fma(kd, LN2_HI, fma(kd, LN2_LO, c));
    }
    const R = hfsq * fma(-0.6666666666666666, f, 1.0);
    if (k == 0) return f - R;
    return fma(kd, LN2_HI, -(R - fma(kd, LN2_LO, c) - f));
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
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return fma(kd, LN2_HI, -(hfsq - (s * (hfsq + R) + fma(kd, LN2_LO, c)) - f));
}
