// glibc's asin and acos for doubles (dbl-64/e_asin.c in the FMA build) with every fused step on
// the CPU's fma: the exact, fully fused paths of src/_core/umath/defs/libm_asin.ts, whose
// comments explain them (its plain-operation fast paths only stand in for these).
import { fma, hiWord, loWord } from './common';
import { ASNCS, INROOT, POWTWO } from './atrig_data';

const HP0: f64 = 1.5707963267948966;
const HP1: f64 = 6.123233995736766e-17;
const F1: f64 = 0.1666666666666641;
const F2: f64 = 0.07500000000261227;
const F3: f64 = 0.044642856142105974;
const F4: f64 = 0.03038212685821193;
const F5: f64 = 0.022355121102652562;
const F6: f64 = 0.018138290340456505;
const RT0: f64 = 0.9999999998599908;
const RT1: f64 = 0.4999999994959554;
const RT2: f64 = 0.3750175008673452;
const RT3: f64 = 0.31252362655451865;
const T24: f64 = 16777216.0;

@inline
function tab(t: usize, i: i32): f64 {
  return load<f64>(t + (<usize>i << 3));
}

/** F1 + F2·x² + … + F6·x¹⁰, fused (x2 = x²). */
@inline
function taylor(x2: f64): f64 {
  return fma(fma(fma(fma(fma(x2, F6, F5), x2, F4), x2, F3), x2, F2), x2, F1);
}

/** Polynomial degree of the last `tableIndex`. */
let DEG: i32 = 0;

/** ASNCS offset of the interval holding |x| ∈ [1/8, 0.96875) (k = high word); sets DEG. */
@inline
function tableIndex(k: i32): i32 {
  if (k < 0x3fe00000) {
    DEG = 5;
    return k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
  }
  if (k < 0x3fe80000) {
    DEG = 6;
    return 1056 + ((k & 0x000fe000) >> 11) * 3;
  }
  if (k < 0x3fed8000) {
    DEG = 7;
    return 992 + ((k & 0x000fe000) >> 13) * 13;
  }
  if (k < 0x3fee8000) {
    DEG = 8;
    return 884 + ((k & 0x000fe000) >> 13) * 14;
  }
  DEG = 9;
  return 768 + ((k & 0x000fe000) >> 13) * 15;
}

/** t = c1·xx + (xx²·P(xx) + c0) of the interval at n, fused as GCC fuses it. */
@inline
function tablePoly(n: i32, deg: i32, xx: f64): f64 {
  let p = tab(ASNCS, n + 1 + deg);
  for (let j = n + deg; j >= n + 2; j--) p = fma(p, xx, tab(ASNCS, j));
  return fma(tab(ASNCS, n + 1), xx, fma(xx * xx, p, tab(ASNCS, n + 2 + deg)));
}

/** √z = Y + CC and P = z·F(z) of `nearOne`. */
let Y: f64 = 0;
let CC: f64 = 0;
let P: f64 = 0;

/** √z for z = (1 − |x|)/2 ∈ (0, 1/64] as glibc, split into Y + CC; also P = z·F(z). */
@inline
function nearOne(z: f64, acos: bool): void {
  const k = hiWord(z);
  let t = tab(INROOT, <i32>((k & 0x001fffff) >> 14)) * tab(POWTWO, 511 - <i32>(k >> 21));
  const r = fma(-(t * t), z, 1.0);
  t = fma(fma(fma(r, RT3, RT2), r, RT1), r, RT0) * t;
  const c = z * t;
  const h = fma(-(t * 0.5), c, 1.5);
  let y: f64;
  if (acos) {
    const s = c * 134217728.0;
    y = s + c - s;
  } else y = c + T24 - T24;
  Y = y;
  CC = fma(-y, y, z) / fma(h, c, y);
  P = taylor(z) * z;
}

@inline
export function asin(x: f64): f64 {
  const k = <i32>(hiWord(x) & 0x7fffffff);
  if (k >= 0x3fc00000 && k < 0x3fef0000) {
    const n = tableIndex(k);
    const deg = DEG;
    const res = tab(ASNCS, n + 3 + deg) + tablePoly(n, deg, abs(x) - tab(ASNCS, n));
    return x > 0 ? res : -res;
  }
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(taylor(x2), x * x2, x);
  }
  if (k < 0x3ff00000) {
    nearOne(0.5 * (1.0 - abs(x)), false);
    const res = fma(-((Y + CC) * 2.0), P, fma(-CC, 2.0, HP1)) + fma(-Y, 2.0, HP0);
    return x > 0 ? res : -res;
  }
  if (k == 0x3ff00000 && loWord(x) == 0) return x > 0 ? HP0 : -HP0;
  return isNaN(x) ? x + x : NaN;
}

@inline
export function acos(x: f64): f64 {
  const k = <i32>(hiWord(x) & 0x7fffffff);
  if (k >= 0x3fc00000 && k < 0x3fef0000) {
    const n = tableIndex(k);
    const deg = DEG;
    const a = tab(ASNCS, n + 3 + deg);
    const t = tablePoly(n, deg, abs(x) - tab(ASNCS, n));
    return x < 0 ? HP0 + a + (HP1 + t) : HP0 - a + (HP1 - t);
  }
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    const c = HP0 - r - x + HP1;
    return r + fma(-taylor(x2), x * x2, c);
  }
  if (k < 0x3ff00000) {
    nearOne(0.5 * (1.0 - abs(x)), true);
    // Not fused: GCC computes P·(Y + CC) once, before the branch on the sign.
    const q = P * (Y + CC);
    const res = x < 0 ? HP1 - CC - q + (HP0 - Y) : Y + (CC + q);
    return res + res;
  }
  if (k == 0x3ff00000 && loWord(x) == 0) return x > 0 ? 0.0 : 2.0 * HP0;
  return isNaN(x) ? x + x : NaN;
}
