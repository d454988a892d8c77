/**
 * asin and acos for doubles as glibc 2.36 computes them (IBM Accurate Mathematical Library,
 * dbl-64/e_asin.c, in the FMA build x86-64 picks on AVX2+FMA CPUs). NumPy's float64
 * arcsin/arccos loops call these; V8's fdlibm versions differ in the last bit for ~6–8% of
 * inputs.
 *
 * Method: |x| < 1/8: an odd Taylor polynomial; 1/8 ≤ |x| < 0.96875: per interval of the
 * table (ASNCS) the value at its point x0 plus a polynomial in x − x0; above: asin(x) =
 * π/2 − 2·asin(√((1 − x)/2)) with a Newton-refined square root. Every `a*b + c` GCC 12
 * fuses in that build is an exact `fma` here; the fusions were read off GCC's optimized
 * tree for the file built with -O2 -mfma -mavx2 (which reproduces the shipped libm bit
 * for bit). The polynomials run with plain operations first and fall back to the fused
 * ones only when the result could round differently (fma_near.ts, `asinTableSum`).
 */
import { fma, productError } from './fma.js';
import { fmaNear, sumNear } from './fma_near.js';
import { hiWord, loWord } from './fpbits.js';
import { INROOT, POWTWO, ASNCS as X } from './libm_atrig_data.js';

const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const F1 = 0.1666666666666641;
const F2 = 0.07500000000261227;
const F3 = 0.044642856142105974;
const F4 = 0.03038212685821193;
const F5 = 0.022355121102652562;
const F6 = 0.018138290340456505;
const RT0 = 0.9999999998599908;
const RT1 = 0.4999999994959554;
const RT2 = 0.3750175008673452;
const RT3 = 0.31252362655451865;
const T24 = 16777216.0;

/** asin's Taylor factor F1 + F2·x² + … + F6·x¹⁰ as glibc fuses it (x2 = x²). */
function taylorExact(x2: number): number {
  return fma(fma(fma(fma(fma(x2, F6, F5), x2, F4), x2, F3), x2, F2), x2, F1);
}

/** The same with plain operations: its terms are positive, so it is within 2^-51 of glibc's. */
function taylorPlain(x2: number): number {
  return F1 + x2 * (F2 + x2 * (F3 + x2 * (F4 + x2 * (F5 + x2 * F6))));
}

/** Table offset and polynomial degree of the interval holding |x| ∈ [1/8, 0.96875) (k = high word). */
let DEG = 0;
function tableIndex(k: number): number {
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

/**
 * glibc's t = c1·xx + (xx²·P(xx) + c0) for the interval at n, fused as GCC fuses it:
 * Horner steps fma(P, xx, c), then fma(xx², P, c0), then fma(c1, xx, ·).
 */
function asinPolyExact(n: number, deg: number, xx: number): number {
  let p = X[n + 1 + deg]!;
  for (let j = n + deg; j >= n + 2; j--) p = fma(p, xx, X[j]!);
  return fma(X[n + 1]!, xx, fma(xx * xx, p, X[n + 2 + deg]!));
}

/**
 * Per table interval (at PAD[ROW[n]] for its offset n): its Horner coefficients from the
 * top, zero-padded in front to nine, then c0. Zeros in front leave the plain Horner values
 * unchanged (0·xx + 0 = 0, then 0 + c = c), and a fixed length avoids a data-dependent loop.
 */
const ROW = new Int16Array(X.length);
const PAD = buildPadded();

function buildPadded(): Float64Array {
  const rows: number[] = [];
  const add = (n: number, deg: number) => {
    ROW[n] = rows.length;
    for (let j = deg; j < 9; j++) rows.push(0);
    for (let j = n + 1 + deg; j >= n + 2; j--) rows.push(X[j]!);
    rows.push(X[n + 2 + deg]!);
  };
  for (let i = 0; i < 32; i++) add(11 * i, 5);
  for (let i = 0; i < 64; i++) add(11 * i + 352, 5);
  for (let i = 0; i < 64; i++) add(1056 + 12 * i, 6);
  for (let i = 64; i < 108; i++) add(992 + 13 * i, 7);
  for (let i = 108; i < 116; i++) add(884 + 14 * i, 8);
  for (let i = 116; i < 120; i++) add(768 + 15 * i, 9);
  return Float64Array.from(rows);
}

/** The inner part q = xx²·P(xx) + c0 of glibc's t in plain operations (see `asinT`). */
function asinQ(n: number, xx: number): number {
  const r = ROW[n]!;
  let p = PAD[r]!;
  p = p * xx + PAD[r + 1]!;
  p = p * xx + PAD[r + 2]!;
  p = p * xx + PAD[r + 3]!;
  p = p * xx + PAD[r + 4]!;
  p = p * xx + PAD[r + 5]!;
  p = p * xx + PAD[r + 6]!;
  p = p * xx + PAD[r + 7]!;
  p = p * xx + PAD[r + 8]!;
  return xx * xx * p + PAD[r + 9]!;
}

/**
 * glibc's t = fma(c1, xx, q): the plain q is within |q|·2^-50 of glibc's (P's coefficients
 * are positive and |xx| ≤ 2^-9: no cancellation), so the last fused step is `fmaNear`'s; the
 * fully fused form runs when that cannot decide.
 */
function asinT(n: number, deg: number, xx: number, q: number): number {
  const t = fmaNear(X[n + 1]!, xx, q, Math.abs(q) * 2 ** -50);
  return !Number.isNaN(t) ? t : asinPolyExact(n, deg, xx);
}

/**
 * asin's table branch: a + t with a = asin(x0). The plain c1·xx + q is within an ulp of t and
 * |t| < 2^-6 ≪ |a| (≥ 1/8), so the sum usually decides without t itself (else `asinT`).
 */
function asinTableSum(n: number, deg: number, xx: number, a: number): number {
  const q = asinQ(n, xx);
  const c = X[n + 1]! * xx;
  const r = sumNear(a, c + q, Math.abs(c) * 2 ** -52 + Math.abs(q) * 2 ** -50);
  return !Number.isNaN(r) ? r : a + asinT(n, deg, xx, q);
}

/** acos's table branch: (π/2 ∓ a) + (π/2's tail ∓ t), decided like `asinTableSum`. */
function acosTableSum(n: number, deg: number, xx: number, a: number, neg: boolean): number {
  const q = asinQ(n, xx);
  const c = X[n + 1]! * xx;
  const y = neg ? HP0 + a : HP0 - a;
  const u = neg ? HP1 + (c + q) : HP1 - (c + q);
  const r = sumNear(y, u, Math.abs(c) * 2 ** -51 + Math.abs(q) * 2 ** -50);
  if (!Number.isNaN(r)) return r;
  const t = asinT(n, deg, xx, q);
  return y + (neg ? HP1 + t : HP1 - t);
}

/** State of `nearOne`: √z = S[0] + S[1] (head Y and tail CC), S[2] = P = z·F(z). */
const S = new Float64Array(3);

/**
 * √z for z = (1 − |x|)/2 ∈ (0, 1/64] as glibc: a table seed, one polynomial step and a
 * Newton step, split into Y (its top 24 or 27 bits) + CC; also P = z·F(z).
 */
function nearOne(z: number, acos: boolean): void {
  const k = hiWord(z);
  let t = INROOT[(k & 0x001fffff) >> 14]! * POWTWO[511 - (k >> 21)]!;
  const r = fma(-(t * t), z, 1.0);
  t = fma(fma(fma(r, RT3, RT2), r, RT1), r, RT0) * t;
  const c = z * t;
  const h = fma(-(t * 0.5), c, 1.5);
  // asin keeps c's top bits as (c + 2^24) − 2^24; acos as (2^27·c + c) − 2^27·c (exact steps).
  const y = head(c, acos);
  S[0] = y;
  S[1] = fma(-y, y, z) / fma(h, c, y);
  S[2] = taylorExact(z) * z;
}

/** Y as glibc takes it from c: its top bits, (c + 2^24) − 2^24 (asin) or split27 (acos). */
function head(c: number, acos: boolean): number {
  return acos ? split27(c) : c + T24 - T24;
}

/**
 * `nearOne` with plain polynomials: r = 1 − t²·z is glibc's exactly (1 − t²z is exact, the
 * product's error added once), c is within a few ulps of glibc's, and Y is kept only when
 * every c that close has the same head; P and CC are then within 2^-49 relatively.
 */
function nearOneFast(z: number, acos: boolean): boolean {
  const k = hiWord(z);
  const t0 = INROOT[(k & 0x001fffff) >> 14]! * POWTWO[511 - (k >> 21)]!;
  const tt = t0 * t0;
  const p = tt * z;
  const r = 1.0 - p - productError(tt, z, p);
  const t = (RT0 + r * (RT1 + r * (RT2 + r * RT3))) * t0;
  const c = z * t;
  const e = c * 2 ** -48;
  const y = head(c, acos);
  if (head(c + e, acos) !== y || head(c - e, acos) !== y) return false;
  const yy = y * y;
  // y² is exact for asin's 24-bit y; acos's 27-bit y needs the product's error.
  const num = acos ? z - yy - productError(y, y, yy) : z - yy;
  S[0] = y;
  S[1] = num / ((1.5 - t * 0.5 * c) * c + y);
  S[2] = taylorPlain(z) * z;
  return true;
}

/** (2^27·c + c) − 2^27·c in double arithmetic: c rounded to its top 27 bits. */
function split27(c: number): number {
  const s = c * 134217728.0;
  return s + c - s;
}

/**
 * glibc asin. The common branches are written out here so that V8 inlines them whole (a
 * helper returning a double through a call boxes it); the rare ones are in `asinEdge`.
 */
export function asin(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k >= 0x3fc00000 && k < 0x3fef0000) {
    const n = tableIndex(k);
    const res = asinTableSum(n, DEG, Math.abs(x) - X[n]!, X[n + 3 + DEG]!);
    return x > 0 ? res : -res;
  }
  if (k >= 0x3e500000 && k < 0x3fc00000) {
    const x2 = x * x;
    const m = x * x2;
    // m·p ≈ x³/6 ≪ x: the sum decides, with the product's rounding in the bound.
    const res = sumNear(x, m * taylorPlain(x2), Math.abs(m) * 2 ** -53);
    if (!Number.isNaN(res)) return res;
  }
  return asinEdge(x, k);
}

/** asin for |x| < 2^-26, |x| ≥ 0.96875 and the small branch's undecided cases. */
function asinEdge(x: number, k: number): number {
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const m = x * x2;
    const res = fmaNear(taylorPlain(x2), m, x, Math.abs(m) * 2 ** -54);
    return !Number.isNaN(res) ? res : fma(taylorExact(x2), m, x);
  }
  if (k < 0x3ff00000) {
    const z = 0.5 * (1.0 - Math.abs(x));
    let res = Number.NaN;
    if (nearOneFast(z, false)) {
      const y = S[0]!;
      const cc = S[1]!;
      const b = (y + cc) * 2.0 * S[2]!;
      res = sumNear(
        HP0 - 2.0 * y,
        HP1 - 2.0 * cc - b,
        Math.abs(b) * 2 ** -49 + Math.abs(cc) * 2 ** -47,
      );
    }
    if (Number.isNaN(res)) {
      nearOne(z, false);
      const y = S[0]!;
      const cc = S[1]!;
      res = fma(-((y + cc) * 2.0), S[2]!, fma(-cc, 2.0, HP1)) + fma(-y, 2.0, HP0);
    }
    return x > 0 ? res : -res;
  }
  if (k === 0x3ff00000 && loWord(x) === 0) return x > 0 ? HP0 : -HP0;
  return Number.isNaN(x) ? x + x : Number.NaN; // a NaN comes back quieted
}

/** glibc acos; like `asin`, the common branches here and the rare ones in `acosEdge`. */
export function acos(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k >= 0x3fc00000 && k < 0x3fef0000) {
    // (π/2 ∓ asin(x0)) + (π/2's tail ∓ t) from the table.
    const n = tableIndex(k);
    return acosTableSum(n, DEG, Math.abs(x) - X[n]!, X[n + 3 + DEG]!, x < 0);
  }
  if (k >= 0x3c880000 && k < 0x3fc00000) {
    const x2 = x * x;
    const m = x * x2;
    const r = HP0 - x;
    const c = HP0 - r - x + HP1;
    // cor = c − p·m ≈ −x³/6 ≪ r: only r + cor needs deciding.
    const res = sumNear(r, c - taylorPlain(x2) * m, Math.abs(m) * 2 ** -54);
    return !Number.isNaN(res) ? res : r + fma(-taylorExact(x2), m, c);
  }
  return acosEdge(x, k);
}

/** acos for |x| < 2^-54 and |x| ≥ 0.96875. */
function acosEdge(x: number, k: number): number {
  if (k < 0x3c880000) return HP0;
  if (k < 0x3ff00000) {
    const z = 0.5 * (1.0 - Math.abs(x));
    let res = Number.NaN;
    if (nearOneFast(z, true)) {
      const y = S[0]!;
      const cc = S[1]!;
      const q = S[2]! * (y + cc);
      const d = Math.abs(q) * 2 ** -49 + Math.abs(cc) * 2 ** -48;
      res = x < 0 ? sumNear(HP0 - y, HP1 - cc - q, d) : sumNear(y, cc + q, d);
    }
    if (Number.isNaN(res)) {
      nearOne(z, true);
      // Not fused: GCC computes P·(Y + CC) once, before the branch on the sign.
      const y = S[0]!;
      const cc = S[1]!;
      const q = S[2]! * (y + cc);
      res = x < 0 ? HP1 - cc - q + (HP0 - y) : y + (cc + q);
    }
    return res + res;
  }
  if (k === 0x3ff00000 && loWord(x) === 0) return x > 0 ? 0 : 2.0 * HP0;
  return Number.isNaN(x) ? x + x : Number.NaN; // a NaN comes back quieted
}
