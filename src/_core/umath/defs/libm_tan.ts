/**
 * tan for doubles as glibc 2.36 computes it (IBM Accurate Mathematical Library,
 * dbl-64/s_tan.c, in the FMA build x86-64 picks on AVX2+FMA CPUs). NumPy's float64 tan loop
 * and its complex tan/tanh call this; V8's fdlibm version differs in the last bit for ~5%
 * of inputs.
 *
 * Method: |x| ≤ 0.0608: an odd polynomial; up to 0.787: tan(x_i + z) from the table XFG's
 * tan and cot at x_i, (F + G)·P(z)/(G − P(z)) with P(z) ≈ tan z; beyond: the argument
 * reduced by π/2 to a + da (Cody–Waite with a 3- or 4-part π/2 up to 1e8, Payne–Hanek
 * beyond) and the same formulas, or −cot for odd multiples. Every `a*b + c` GCC 12 fuses in
 * that build is an exact `fma` here (read off GCC's optimized tree of s_tan.c built with
 * -O2 -mfma -mavx2, which reproduces the shipped libm bit for bit); products known to be
 * exact (the short parts of π/2 times the multiple) are left plain. The polynomials run
 * in plain operations and `fmaNear` takes the last fused step, falling back to the fully
 * fused path when it cannot decide.
 */
import { fma, productError } from './fma.js';
import { fmaNear, subProductNear, sumNear } from './fma_near.js';
import { loWord } from './fpbits.js';
import { XFG } from './libm_atrig_data.js';
import { BR, branred } from './libm_branred.js';

const D3 = 0.3333333333333333;
const D5 = 0.1333333333332673;
const D7 = 0.05396825411095433;
const D9 = 0.021869380598167253;
const D11 = 0.008896546349534924;
const E0 = 0.3333333333332254;
const E1 = 0.13333354920669913;
const G1 = 1.2589993048095494e-8;
const G2 = 0.060799986124038696;
const G3 = 0.7869997024536133;
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const MP3 = -4.9789962505147994e-17;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744.0;

/** d3 + d5·v + … + d11·v⁴ as glibc fuses it. */
function polyExact(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, D11, D9), D7), D5), D3);
}

/** The same in plain operations: within 2^-52·|d3| of glibc's (d3 dominates). */
function polyPlain(v: number): number {
  return D3 + v * (D5 + v * (D7 + v * (D9 + v * D11)));
}

/**
 * glibc's fused P(v) itself: the inner Horner steps plain (within 2 ulps), the last one
 * fma(v, ·, d3) through `fmaNear` (d3 dominates, so it nearly always decides).
 */
function polyNear(v: number): number {
  const w = D5 + v * (D7 + v * (D9 + v * D11));
  const p = fmaNear(v, w, D3, Math.abs(v * w) * 2 ** -50);
  return !Number.isNaN(p) ? p : polyExact(v);
}

/** c + a·a²·P(a²) as glibc's fused last step (|a| ≤ 0.0608). */
function oddSeries(a: number, c: number): number {
  const a2 = a * a;
  const m = a * a2;
  const q = polyPlain(a2);
  // m·q ≈ a³/3 ≪ c = a here: the sum decides unless near a tie.
  const r = sumNear(c, m * q, Math.abs(m) * 2 ** -51);
  if (!Number.isNaN(r)) return r;
  const f = fmaNear(m, q, c, Math.abs(m) * 2 ** -52);
  return !Number.isNaN(f) ? f : fma(m, polyExact(a2), c);
}

/** P(z) = z + z³·(e0 + e1·z²), fused as glibc. */
function pz(z: number): number {
  const z2 = z * z;
  const m = z * z2;
  const q = E0 + z2 * E1;
  // z³·q ≪ z (|z| < 2^-8 or 0.0608 < z ≤ 0.787 away from the table points by < 2^-9).
  const r = sumNear(z, m * q, Math.abs(m) * 2 ** -51);
  if (!Number.isNaN(r)) return r;
  const f = fmaNear(m, q, z, Math.abs(m) * 2 ** -52);
  return !Number.isNaN(f) ? f : fma(m, fma(z2, E1, E0), z);
}

/**
 * glibc's t = fma(x, 2/π, 1.5·2^52), whose low bits hold round(x·2/π): the plain sum is the
 * same unless x·2/π lies within 1e-5 of a half-integer (its rounding is ≤ 2^-27 there).
 */
function nearestTurn(x: number): number {
  const p = x * HPINV;
  const t = p + TOINT;
  if (Math.abs(p - (t - TOINT)) < 0.49999) return t;
  const r = fmaNear(x, HPINV, TOINT, 0);
  return !Number.isNaN(r) ? r : fma(x, HPINV, TOINT);
}

/**
 * The last `reduce`: RED[0] = a exactly; RED[1] = da without the product's low part (within
 * RED[2] of glibc's); RED[3..6] = t − a, xn·c, xn, c for `exactDa`.
 */
const RED = new Float64Array(7);

/**
 * glibc's a = fma(−xn, c, t) (the last part of π/2 taken off), and its da = fma(−xn, c, t − a)
 * approximately: the exact da needs xn·c's low part, which `tail` asks for (`exactDa`) only
 * when it matters.
 */
function reduce(t: number, xn: number, c: number): void {
  const ph = xn * c;
  // xn·c ≪ t but near multiples of π/2: the plain difference usually decides a.
  let a = sumNear(t, -ph, Math.abs(ph) * 2 ** -52);
  if (Number.isNaN(a)) a = subProductNear(t, ph, productError(xn, c, ph), 0);
  if (Number.isNaN(a)) a = fma(-xn, c, t);
  const u = t - a;
  const da = u - ph;
  RED[0] = a;
  RED[1] = da;
  RED[2] = Math.abs(ph) * 2 ** -52 + Math.abs(da) * 2 ** -51;
  RED[3] = u;
  RED[4] = ph;
  RED[5] = xn;
  RED[6] = c;
}

/** The exact da = fma(−xn, c, t − a) of the last `reduce`. */
function exactDa(): number {
  const u = RED[3]!;
  const ph = RED[4]!;
  const xn = RED[5]!;
  const c = RED[6]!;
  const da = subProductNear(u, ph, productError(xn, c, ph), 0);
  return !Number.isNaN(da) ? da : fma(-xn, c, u);
}

/** `tail` for |a| ≤ 0.0608: a + t2 with t2 = a³·P(a²) + da, or −1/(a + t2) in double-double. */
function tailNearZero(a: number, da: number, n: number): number {
  const a2 = a * a;
  const m = a * a2;
  if (n === 0) {
    // t2 = fma(a·a², P, da) ≈ a³/3 ≪ a: only a + t2 needs to be decided.
    const b = sumNear(a, m * polyPlain(a2) + da, Math.abs(m) * 2 ** -52);
    return !Number.isNaN(b) ? b : a + fma(m, polyExact(a2), da);
  }
  let t2 = fmaNear(m, polyNear(a2), da, 0);
  if (Number.isNaN(t2)) t2 = fma(m, polyExact(a2), da);
  const b = a + t2;
  // −1/(b + db) in double-double (DIV2 with the fused remainder).
  const db = Math.abs(a) > Math.abs(t2) ? a - b + t2 : a + (t2 - b);
  const c = 1.0 / b;
  const u = c * b;
  const uu = productError(c, b, u);
  const num = 1.0 - u - uu + 0.0;
  let f = fmaNear(-db, c, num, 0);
  if (Number.isNaN(f)) f = fma(-db, c, num);
  const cc = f / b;
  const z = c + cc;
  return -(z + (c - z + cc));
}

/** glibc tan. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) return oddSeries(x, x);
  if (w <= G3) {
    const i = Math.trunc(w * 256 - 15.5) * 3;
    const p = pz(w - XFG[i]!);
    const fi = XFG[i + 1]!;
    const gi = XFG[i + 2]!;
    const y = fi + ((fi + gi) * p) / (gi - p);
    return x < 0 ? -y : y;
  }
  let n: number;
  if (w <= 25.0) {
    // x − n·π/2 with π/2 in three parts; xn·mp1 and xn·mp2 are exact products.
    const t = nearestTurn(x);
    const xn = t - TOINT;
    reduce(x - xn * MP1 - xn * MP2, xn, MP3);
    n = loWord(t) & 1;
  } else n = reduceLarge(x, w);
  // tan(a + da) (n even) or −cot(a + da) (n odd), |a + da| ≤ 0.787; da may be off by up to
  // dd (then it is the last `reduce`'s, made exact where it matters). Written out here, not
  // in a helper, so that V8 inlines it (a double returned through a call is boxed).
  const a = RED[0]!;
  const da = RED[1]!;
  const dd = RED[2]!;
  const neg = a < 0;
  const ya = neg ? -a : a;
  if (ya <= G2) return tailNearZero(a, dd === 0 ? da : exactDa(), n);
  const i = Math.trunc(ya * 256 - 15.5) * 3;
  const z0 = ya - XFG[i]!;
  let z = (neg ? -da : da) + z0;
  if (dd !== 0 && Number.isNaN(sumNear(z0, neg ? -da : da, dd))) {
    z = (neg ? -exactDa() : exactDa()) + z0;
  }
  const p = pz(z);
  const fi = XFG[i + 1]!;
  const gi = XFG[i + 2]!;
  const q = p * (fi + gi);
  const y = n === 0 ? fi + q / (gi - p) : gi - q / (p + fi);
  return (n === 0) === neg ? -y : y;
}

/**
 * x − n·π/2 for |x| > 25 into RED[0] + RED[1] exactly (RED[2] = 0); returns n mod 2. Up to
 * 1e8 by four parts of π/2 (xn·pp3 is exact too, xn·pp4 is not), beyond by branred.
 */
function reduceLarge(x: number, w: number): number {
  let a0: number;
  let d1: number;
  let n: number;
  if (w <= 1e8) {
    const t = nearestTurn(x);
    const xn = t - TOINT;
    const t1 = x - xn * MP1 - xn * MP2;
    const t0 = t1 - xn * PP3;
    const d0 = t1 - t0 - xn * PP3;
    reduce(t0, xn, PP4);
    a0 = RED[0]!;
    d1 = d0 + exactDa();
    n = loWord(t) & 1;
  } else {
    n = branred(x) & 1;
    a0 = BR[0]!;
    d1 = BR[1]!;
  }
  const a = a0 + d1;
  RED[0] = a;
  RED[1] = Math.abs(a0) > Math.abs(d1) ? d1 + (a0 - a) : a0 + (d1 - a);
  RED[2] = 0;
  return n;
}
