// glibc's tan for doubles (dbl-64/s_tan.c in the FMA build) with every fused step on the
// CPU's fma: the exact, fully fused paths of src/_core/umath/defs/libm_tan.ts, whose comments
// explain them (its plain-operation fast paths only stand in for these), and glibc's branred
// (built without FMA: plain operations) as src/_core/umath/defs/libm_branred.ts.
import { fma, hiWord, loWord } from './common';
import { TOVERP, XFG } from './atrig_data';

const D3: f64 = 0.3333333333333333;
const D5: f64 = 0.1333333333332673;
const D7: f64 = 0.05396825411095433;
const D9: f64 = 0.021869380598167253;
const D11: f64 = 0.008896546349534924;
const E0: f64 = 0.3333333333332254;
const E1: f64 = 0.13333354920669913;
const G1: f64 = 1.2589993048095494e-8;
const G2: f64 = 0.060799986124038696;
const G3: f64 = 0.7869997024536133;
const MP1: f64 = 1.5707963407039642;
const MP2: f64 = -1.3909067564377153e-8;
const MP3: f64 = -4.9789962505147994e-17;
const PP3: f64 = -4.97899623147991e-17;
const PP4: f64 = -1.9034889620193266e-25;
const HPINV: f64 = 0.6366197723675814;
const TOINT: f64 = 6755399441055744.0;

@inline
function tab(t: usize, i: i32): f64 {
  return load<f64>(t + (<usize>i << 3));
}

/** d3 + d5·v + … + d11·v⁴, fused. */
@inline
function poly(v: f64): f64 {
  return fma(v, fma(v, fma(v, fma(v, D11, D9), D7), D5), D3);
}

/** P(z) = z + z³·(e0 + e1·z²), fused. */
@inline
function pz(z: f64): f64 {
  const z2 = z * z;
  return fma(z * z2, fma(z2, E1, E0), z);
}

// branred (Payne–Hanek), plain operations.
const TM600: f64 = 2.409919865102884e-181;
const TM24: f64 = 5.960464477539063e-8;
const BIG: f64 = 6755399441055744.0;
const BIG1: f64 = 27021597764222976.0;
const SPLIT: f64 = 134217729.0;
const BR_HP0: f64 = 1.5707963267948966;
const BR_HP1: f64 = 6.123233995736766e-17;
const BR_MP1: f64 = 1.5707963407039642;
const BR_MP2: f64 = -1.3909067675399456e-8;

/** The results of `turns` (fraction B2 + B3) and `branred` (B0 + B1). */
let B0: f64 = 0;
let B1: f64 = 0;
let B2: f64 = 0;
let B3: f64 = 0;

/** Whole and fractional turns (fraction as B2 + B3) of x·2/π for a 27-bit part x. */
function turns(x: f64): f64 {
  let k = (<i32>((hiWord(x) >>> 20) & 2047) - 450) / 24;
  if (k < 0) k = 0;
  // 2^(576 − 24k), then 2^-24 less per digit.
  let gor = reinterpret<f64>(<u64>(1599 - 24 * k) << 52);
  const r0 = x * tab(TOVERP, k) * gor;
  gor *= TM24;
  const r1 = x * tab(TOVERP, k + 1) * gor;
  gor *= TM24;
  const r2 = x * tab(TOVERP, k + 2) * gor;
  gor *= TM24;
  const r3 = x * tab(TOVERP, k + 3) * gor;
  gor *= TM24;
  const r4 = x * tab(TOVERP, k + 4) * gor;
  gor *= TM24;
  const r5 = x * tab(TOVERP, k + 5) * gor;
  let sum: f64 = 0;
  const s0 = r0 + BIG - BIG;
  sum += s0;
  const q0 = r0 - s0;
  const s1 = r1 + BIG - BIG;
  sum += s1;
  const q1 = r1 - s1;
  const s2 = r2 + BIG - BIG;
  sum += s2;
  const q2 = r2 - s2;
  let t: f64 = 0;
  t += r5;
  t += r4;
  t += r3;
  t += q2;
  t += q1;
  t += q0;
  let bb = q0 - t + q1 + q2 + r3 + r4 + r5;
  let s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  B2 = b;
  B3 = bb;
  return sum - s;
}

/** Payne–Hanek: B0 + B1 = x − n·π/2; returns n mod 4. */
function branred(x: f64): i32 {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const sum1 = turns(x1);
  const b1 = B2;
  const bb1 = B3;
  const sum2 = turns(x2);
  const b2 = B2;
  const bb2 = B3;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = abs(b1) > abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * BR_HP0;
  bb = t1 * BR_MP1 - b + t1 * BR_MP2 + t2 * BR_MP1 + (t2 * BR_MP2 + s * BR_HP1 + t * BR_HP0);
  s = b + bb;
  B0 = s;
  B1 = b - s + bb;
  return <i32>sum & 3;
}

@inline
export function tan(x: f64): f64 {
  if (!isFinite(x)) return x - x;
  const w = abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(x * x2, poly(x2), x);
  }
  if (w <= G3) {
    const i = <i32>(w * 256 - 15.5) * 3;
    const p = pz(w - tab(XFG, i));
    const fi = tab(XFG, i + 1);
    const gi = tab(XFG, i + 2);
    const y = fi + ((fi + gi) * p) / (gi - p);
    return x < 0 ? -y : y;
  }
  // x − n·π/2 = a + da.
  let a: f64;
  let da: f64;
  let n: i32;
  if (w <= 25.0) {
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    const t0 = x - xn * MP1 - xn * MP2;
    a = fma(-xn, MP3, t0);
    da = fma(-xn, MP3, t0 - a);
    n = loWord(t) & 1;
  } else {
    let a0: f64;
    let d1: f64;
    if (w <= 1e8) {
      const t = fma(x, HPINV, TOINT);
      const xn = t - TOINT;
      const t1 = x - xn * MP1 - xn * MP2;
      const t0 = t1 - xn * PP3;
      const d0 = t1 - t0 - xn * PP3;
      a0 = fma(-xn, PP4, t0);
      d1 = d0 + fma(-xn, PP4, t0 - a0);
      n = loWord(t) & 1;
    } else {
      n = branred(x) & 1;
      a0 = B0;
      d1 = B1;
    }
    a = a0 + d1;
    da = abs(a0) > abs(d1) ? d1 + (a0 - a) : a0 + (d1 - a);
  }
  const neg = a < 0;
  const ya = neg ? -a : a;
  if (ya <= G2) {
    const a2 = a * a;
    const t2 = fma(a * a2, poly(a2), da);
    if (n == 0) return a + t2;
    // −1/(b + db) in double-double.
    const b = a + t2;
    const db = abs(a) > abs(t2) ? a - b + t2 : a + (t2 - b);
    const c = 1.0 / b;
    const u = c * b;
    const uu = fma(c, b, -u);
    const num = 1.0 - u - uu + 0.0;
    const cc = fma(-db, c, num) / b;
    const z = c + cc;
    return -(z + (c - z + cc));
  }
  const i = <i32>(ya * 256 - 15.5) * 3;
  const p = pz((neg ? -da : da) + (ya - tab(XFG, i)));
  const fi = tab(XFG, i + 1);
  const gi = tab(XFG, i + 2);
  const q = p * (fi + gi);
  const y = n == 0 ? fi + q / (gi - p) : gi - q / (p + fi);
  return (n == 0) == neg ? -y : y;
}
