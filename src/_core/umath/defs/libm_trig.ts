/**
 * sin and cos for doubles as glibc 2.3x computes them (IBM Accurate Mathematical Library,
 * dbl-64/s_sin.c, in its FMA build chosen on x86-64-v3 CPUs). NumPy's float64 sin/cos and
 * its complex formulas call these; V8's fdlibm versions differ in the last bit for ~2% of
 * inputs, which NumPy's complex expm1 (expm1(x)·cos y − 2·sin²(y/2)) amplifies.
 *
 * Method: |x| < 0.855: Taylor polynomial (|x| < 0.126) or a table of sin/cos at k/128 as
 * double-doubles plus a short polynomial in the remainder; up to 2.426: cos(π/2 − |x|);
 * up to 105414350: Cody–Waite reduction by π/2 with a 136-bit π; beyond: Payne–Hanek
 * (branred). The fused multiply-adds of the FMA build were read off its machine code.
 */
import { fma } from './fma.js';
import { hiWord, loWord } from './fpbits.js';
import { BR, branred } from './libm_branred.js';
import { SINCOSTAB as T } from './libm_sincos_data.js';

const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;
const BIG = 52776558133248.0;
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744.0;

/** sin(x + dx) for |x| < 0.126: x + x³·P(x²) − x²·dx/2 + dx. */
function taylorSin(x: number, dx: number): number {
  const xx = x * x;
  const p = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
  return x + fma(xx, fma(p, x, -0.5 * dx), dx);
}

/** cos(x + dx): cos and sin of the table point u plus a polynomial in the remainder. */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  x = ax - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = (loWord(u) << 2) >>> 0;
  const sn = T[k]!;
  const ssn = T[k + 1]!;
  const cs = T[k + 2]!;
  const ccs = T[k + 3]!;
  const cor = fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** sin(x + dx), by the Taylor polynomial or the table as in doCos. */
function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  x = ax - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(dx, x, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = (loWord(u) << 2) >>> 0;
  const sn = T[k]!;
  const ssn = T[k + 1]!;
  const cs = T[k + 2]!;
  const ccs = T[k + 3]!;
  const cor = fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  const r = sn + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** Reduced argument a + da and quadrant of the last reduction. */
let A = 0;
let DA = 0;

/** x − n·π/2 as A + DA for |x| < 105414350, π/2 in four parts (136 bits); returns n mod 4. */
function reduceSincos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const n = loWord(t) & 3;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  A = b;
  DA = db;
  return n;
}

/** sin (n even) or cos (n odd) of A + DA, negated in quadrants 2 and 3. */
function doSincos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/** glibc sin. */
export function sin(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r);
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(A, DA, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(BR[0]!, BR[1]!, n);
  }
  return x / x;
}

/** glibc cos. */
export function cos(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(A, DA, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(BR[0]!, BR[1]!, n + 1);
  }
  return x / x;
}
