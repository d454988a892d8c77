/**
 * Scalar floating-point helpers for the transcendental ufuncs: exact splitting
 * (Dekker/Veltkamp, JS has no fma), C's copysign/signbit/scalbn, logaddexp,
 * and the per-precision descriptors the complex functions are written against.
 *
 * NumPy's float32 and complex64 loops compute in C float arithmetic. A double
 * operation on float operands followed by `Math.fround` is exactly the float
 * operation (+ - * / sqrt: 53 ≥ 2·24 + 2 bits), so `Prec.r` emulates float
 * arithmetic step by step. The libm calls of both precisions are glibc's own
 * algorithms (libm_*.ts) wherever NumPy's formulas are sensitive to their last bit;
 * the rest round V8's double result once.
 */

import * as AT from './libm_atan.js';
import * as D from './libm_double.js';
import { exp2fFast } from './libm_exp2f.js';
import { expm1f, log1pf } from './libm_float.js';
import { hypot, hypotf } from './libm_hypot.js';
import * as F from './libm_single.js';
import * as FI from './libm_single_inv.js';
import { tan as glibcTan } from './libm_tan.js';
import * as TR from './libm_trig.js';

const fround = Math.fround;

/** C's signbit for non-NaN values (NaN signs are not tracked: JS engines don't keep them). */
export function signbit(x: number): boolean {
  return x < 0 || (x === 0 && 1 / x < 0);
}

/** C's copysign (a NaN sign source counts as positive, see signbit). */
export function copysign(x: number, s: number): number {
  const ax = Math.abs(x);
  return signbit(s) ? -ax : ax;
}

const TWO_P1023 = 2 ** 1023;
const TWO_M969 = 2 ** -1022 * 2 ** 53;

/** C's scalbn(x, n) = x·2^n with a single rounding, also into the subnormal range. */
export function scalbn(x: number, n: number): number {
  if (n > 1023) {
    x *= TWO_P1023;
    n -= 1023;
    if (n > 1023) {
      x *= TWO_P1023;
      n = Math.min(n - 1023, 1023);
    }
  } else if (n < -1022) {
    // Step down while staying normal, so only the last multiply can round.
    x *= TWO_M969;
    n += 1022 - 53;
    if (n < -1022) {
      x *= TWO_M969;
      n = Math.max(n + 1022 - 53, -1022);
    }
  }
  return x * 2 ** n;
}

/** Veltkamp split constant for doubles: 2^27 + 1. */
const SPLIT = 134217729;
/** Low part of the last `twoProd`: a·b = hi + PROD_LO exactly. */
let PROD_LO = 0;

/** Exact product a·b = result + PROD_LO (Dekker), for |a·b| well inside the double range. */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  PROD_LO = al * bl - (p - ah * bh - al * bh - ah * bl);
  return p;
}

/** glibc's add_split: hi + lo = a + b exactly, given |a| ≥ |b|. */
function sortByAbs(v: number[], from: number): void {
  for (let i = from + 1; i < v.length; i++) {
    const x = v[i]!;
    let j = i - 1;
    while (j >= from && Math.abs(v[j]!) > Math.abs(x)) {
      v[j + 1] = v[j]!;
      j--;
    }
    v[j + 1] = x;
  }
}

/**
 * x² + y² − 1 without cancellation error (glibc's __x2y2m1), for 1 > x ≥ y and
 * x² + y² ≥ 0.5: the five exact terms are summed smallest first with exact two-sums.
 */
export function x2y2m1(x: number, y: number): number {
  const v = [0, 0, 0, 0, -1];
  v[1] = twoProd(x, x);
  v[0] = PROD_LO;
  v[3] = twoProd(y, y);
  v[2] = PROD_LO;
  sortByAbs(v, 0);
  for (let i = 0; i <= 3; i++) {
    const a = v[i + 1]!;
    const b = v[i]!;
    const hi = a + b;
    v[i + 1] = hi;
    v[i] = a - hi + b;
    sortByAbs(v, i + 1);
  }
  return v[4]! + v[3]! + v[2]! + v[1]! + v[0]!;
}

/** float32 version: glibc computes it in double, where it is exact enough. */
function x2y2m1f(x: number, y: number): number {
  return fround((x - 1) * (x + 1) + y * y);
}

/**
 * NumPy's npy_logaddexp: log(exp(x) + exp(y)) without overflow. The sum cancels when
 * x ≈ −log1p(…), so exp and log1p must be glibc's to the bit (libm_double.ts).
 */
export function logaddexp(x: number, y: number): number {
  if (x === y) return x + Math.LN2; // equal infinities: no inf − inf
  const d = x - y;
  if (d > 0) return x + D.log1p(D.exp(-d));
  if (d <= 0) return y + D.log1p(D.exp(d));
  return d; // NaN
}

/** npy_logaddexpf, step by step in float arithmetic. */
export function logaddexpf(x: number, y: number): number {
  if (x === y) return fround(x + LN2F);
  const d = fround(x - y);
  if (d > 0) return fround(x + log1pf(F.expf(-d)));
  if (d <= 0) return fround(y + log1pf(F.expf(d)));
  return d;
}

const LOG2E = Math.LOG2E;
const LN2F = fround(Math.LN2);
const LOG2EF = fround(Math.LOG2E);

/** npy_logaddexp2: log2(2^x + 2^y); log2(1 + t) as LOG2E·log1p(t), as NumPy does. */
export function logaddexp2(x: number, y: number): number {
  if (x === y) return x + 1;
  const d = x - y;
  if (d > 0) return x + LOG2E * D.log1p(D.exp2(-d));
  if (d <= 0) return y + LOG2E * D.log1p(D.exp2(d));
  return d;
}

export function logaddexp2f(x: number, y: number): number {
  if (x === y) return fround(x + 1);
  const d = fround(x - y);
  if (d > 0) return fround(x + fround(LOG2EF * log1pf(exp2fFast(-d))));
  if (d <= 0) return fround(y + fround(LOG2EF * log1pf(exp2fFast(d))));
  return d;
}

/** 2^x as glibc computes it (libm_double.ts). */
export const exp2 = D.exp2;

/** Float-type parameters and the libm calls of one precision (float64 or float32). */
export interface Prec {
  /** Round to this precision (identity for float64). */
  r: (x: number) => number;
  eps: number;
  /** Smallest normal. */
  min: number;
  max: number;
  mantDig: number;
  /** glibc's t = (int)((MAX_EXP − 1)·ln 2): exp(t) is finite, exp(2t)… is not. */
  t: number;
  pi: number;
  pi2: number;
  pi4: number;
  ln2: number;
  log2e: number;
  log10e: number;
  exp: (x: number) => number;
  expm1: (x: number) => number;
  log: (x: number) => number;
  log1p: (x: number) => number;
  sin: (x: number) => number;
  cos: (x: number) => number;
  tan: (x: number) => number;
  sinh: (x: number) => number;
  cosh: (x: number) => number;
  atan: (x: number) => number;
  atanh: (x: number) => number;
  atan2: (y: number, x: number) => number;
  hypot: (x: number, y: number) => number;
  sqrt: (x: number) => number;
  scalbn: (x: number, n: number) => number;
  x2y2m1: (x: number, y: number) => number;
}

const id = (x: number): number => x;

export const P64: Prec = {
  r: id,
  eps: 2 ** -52,
  min: 2 ** -1022,
  max: Number.MAX_VALUE,
  mantDig: 53,
  t: 709,
  pi: Math.PI,
  pi2: Math.PI / 2,
  pi4: Math.PI / 4,
  ln2: Math.LN2,
  log2e: Math.LOG2E,
  log10e: Math.LOG10E,
  exp: D.exp,
  expm1: D.expm1,
  log: D.log,
  log1p: D.log1p,
  sin: TR.sin,
  cos: TR.cos,
  tan: glibcTan,
  sinh: D.sinh,
  cosh: D.cosh,
  atan: AT.atan,
  atanh: D.atanh,
  atan2: AT.atan2,
  hypot,
  sqrt: Math.sqrt,
  scalbn,
  x2y2m1,
};

/** A float32 libm call from the double one, rounded once (where no glibc port is needed). */
function f32<A extends number[]>(f: (...a: A) => number): (...a: A) => number {
  return (...a: A) => fround(f(...a));
}

export const P32: Prec = {
  r: fround,
  eps: 2 ** -23,
  min: 2 ** -126,
  max: fround(3.4028234663852886e38),
  mantDig: 24,
  t: 88,
  pi: fround(Math.PI),
  pi2: fround(Math.PI / 2),
  pi4: fround(Math.PI / 4),
  ln2: LN2F,
  log2e: LOG2EF,
  log10e: fround(Math.LOG10E),
  exp: F.expf,
  expm1: expm1f,
  log: F.logf,
  log1p: log1pf,
  sin: F.sinf,
  cos: F.cosf,
  tan: FI.tanf,
  sinh: F.sinhf,
  cosh: F.coshf,
  atan: F.atanf,
  atanh: FI.atanhf,
  atan2: F.atan2f,
  hypot: hypotf,
  sqrt: f32(Math.sqrt),
  scalbn: (x, n) => fround(x * 2 ** n),
  x2y2m1: x2y2m1f,
};
