/**
 * NumPy's complex power (npy_cpow, npy_math_complex.c.src): 1 for a zero exponent, NumPy's
 * rules for a zero base, repeated multiplication for integer exponents below 100 in
 * magnitude (so z**2 is z*z exactly), and otherwise the C library's cpow,
 * cexp(b * clog(a)) with C99 complex multiplication.
 */

import { raiseFlag } from '../errstate.js';
import { DIVIDE, FLAGS, INVALID, OVER, Z } from './complex_base.js';
import { C64, C128 } from './complex_math.js';
import { copysign } from './fpbits.js';
import { fadd, fdiv, fmul, fsub, type Round } from './fpops.js';

/** Result of the last operation (no allocation per element). */
export const CR = { re: 0, im: 0 };

/** NumPy's cmul: plain products, no infinity recovery (flags as the C arithmetic raises them). */
function cmul(R: Round, ar: number, ai: number, br: number, bi: number): void {
  const re = fsub(fmul(ar, br, R), fmul(ai, bi, R), R);
  const im = fadd(fmul(ar, bi, R), fmul(ai, br, R), R);
  CR.re = re;
  CR.im = im;
}

/** NumPy's cdiv (Smith's method); its `>=` on a NaN raises invalid, as x86 comparisons do. */
function cdiv(R: Round, ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (Number.isNaN(abr) || Number.isNaN(abi)) raiseFlag('invalid');
  if (abr >= abi) {
    if (abr === 0 && abi === 0) {
      CR.re = fdiv(ar, abr, R);
      CR.im = fdiv(ai, abi, R);
      return;
    }
    const rat = fdiv(bi, br, R);
    const scl = fdiv(1.0, fadd(br, fmul(bi, rat, R), R), R);
    CR.re = fmul(fadd(ar, fmul(ai, rat, R), R), scl, R);
    CR.im = fmul(fsub(ai, fmul(ar, rat, R), R), scl, R);
  } else {
    const rat = fdiv(br, bi, R);
    const scl = fdiv(1.0, fadd(bi, fmul(br, rat, R), R), R);
    CR.re = fmul(fadd(fmul(ar, rat, R), ai, R), scl, R);
    CR.im = fmul(fsub(fmul(ai, rat, R), ar, R), scl, R);
  }
}

const isinf = (x: number) => x === Infinity || x === -Infinity;
const isnan = (x: number) => Number.isNaN(x);
const box = (x: number, s: number) => copysign(isinf(x) ? 1 : 0, s);

/** C99 complex multiplication (libgcc's __muldc3): NaN results recover infinities. */
function muldc3(R: Round, a: number, b: number, c: number, d: number): void {
  const ac = R(a * c);
  const bd = R(b * d);
  const ad = R(a * d);
  const bc = R(b * c);
  let x = R(ac - bd);
  let y = R(ad + bc);
  if (isnan(x) && isnan(y)) {
    let recalc = false;
    if (isinf(a) || isinf(b)) {
      a = box(a, a);
      b = box(b, b);
      if (isnan(c)) c = copysign(0, c);
      if (isnan(d)) d = copysign(0, d);
      recalc = true;
    }
    if (isinf(c) || isinf(d)) {
      c = box(c, c);
      d = box(d, d);
      if (isnan(a)) a = copysign(0, a);
      if (isnan(b)) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
      if (isnan(a)) a = copysign(0, a);
      if (isnan(b)) b = copysign(0, b);
      if (isnan(c)) c = copysign(0, c);
      if (isnan(d)) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      x = Infinity * R(R(a * c) - R(b * d));
      y = Infinity * R(R(a * d) + R(b * c));
    }
  }
  CR.re = x;
  CR.im = y;
}

/** npy_cpow(a, b) into CR; `single` selects complex64 arithmetic. */
export function cpow(ar: number, ai: number, br: number, bi: number, single: boolean): void {
  const R: Round = single ? Math.fround : (x) => x;
  if (br === 0 && bi === 0) {
    CR.re = 1;
    CR.im = 0;
    return;
  }
  if (ar === 0 && ai === 0) {
    if (Number.isNaN(br)) raiseFlag('invalid'); // C's br > 0 on a NaN
    if (br > 0) {
      CR.re = 0;
      CR.im = 0;
    } else {
      // NumPy raises invalid (through inf - inf) and returns nan+nanj.
      raiseFlag('invalid');
      CR.re = Number.NaN;
      CR.im = Number.NaN;
    }
    return;
  }
  if (bi === 0 && Number.isNaN(br)) raiseFlag('invalid'); // C's br > -100 on a NaN
  if (bi === 0 && br > -100 && br < 100 && Number.isInteger(br)) {
    let n = br;
    if (n === 1) {
      CR.re = ar;
      CR.im = ai;
      return;
    }
    if (n === 2) {
      cmul(R, ar, ai, ar, ai);
      return;
    }
    if (n === 3) {
      cmul(R, ar, ai, ar, ai);
      cmul(R, ar, ai, CR.re, CR.im);
      return;
    }
    if (n < 0) n = -n;
    let aar = 1;
    let aai = 0;
    let pr = ar;
    let pi = ai;
    let mask = 1;
    for (;;) {
      if (n & mask) {
        cmul(R, aar, aai, pr, pi);
        aar = CR.re;
        aai = CR.im;
      }
      mask <<= 1;
      if (n < mask || mask <= 0) break;
      cmul(R, pr, pi, pr, pi);
      pr = CR.re;
      pi = CR.im;
    }
    if (br < 0) cdiv(R, 1, 0, aar, aai);
    else {
      CR.re = aar;
      CR.im = aai;
    }
    return;
  }
  // The C library's cpow: cexp(b * clog(a)).
  // Their exceptions are collected here and raised as this ufunc's flags.
  const C = single ? C64 : C128;
  const saved = FLAGS.bits;
  FLAGS.bits = 0;
  C.log(ar, ai);
  muldc3(R, br, bi, Z.re, Z.im);
  C.exp(CR.re, CR.im);
  CR.re = Z.re;
  CR.im = Z.im;
  const bits = FLAGS.bits;
  FLAGS.bits = saved;
  if (bits & DIVIDE) raiseFlag('divide');
  if (bits & OVER) raiseFlag('over');
  if (bits & INVALID) raiseFlag('invalid');
}
