/**
 * Shared state of the complex scalar functions. They return through `Z` (no allocation
 * per element) and record the IEEE exceptions the C code would raise in `FLAGS`:
 * NumPy's complex loops call glibc's C99 functions and report the hardware flags they
 * leave, which no scan of the outputs can reconstruct (e.g. cexp(NaN + 1i) is invalid,
 * cexp(NaN + 0i) is not). The kernels turn `FLAGS` into errstate reports.
 */
import type { Prec } from './fpmath.js';

/** The result of the last complex scalar call. */
export const Z = { re: 0, im: 0 };

export const DIVIDE = 1;
export const OVER = 2;
export const UNDER = 4;
export const INVALID = 8;
/** Exception flags raised since the kernel last collected them (bits above). */
export const FLAGS = { bits: 0 };

export function raise(bit: number): void {
  FLAGS.bits |= bit;
}

/** A finite-input result: overflow if a part is infinite, underflow if a part is subnormal. */
export function checkFinite(P: Prec, re: number, im: number): void {
  if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) FLAGS.bits |= OVER;
  checkTiny(P, re, im);
}

/** glibc's math_check_force_underflow: a nonzero part below the smallest normal underflowed. */
export function checkTiny(P: Prec, re: number, im: number): void {
  const ar = Math.abs(re);
  const ai = Math.abs(im);
  if ((ar !== 0 && ar < P.min) || (ai !== 0 && ai < P.min)) FLAGS.bits |= UNDER;
}

/** Underflow of a quotient that lost a nonzero numerator to zero or a subnormal. */
export function checkTinyQuotient(P: Prec, num: number, q: number): void {
  if (num !== 0 && Math.abs(q) < P.min) FLAGS.bits |= UNDER;
}

export function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}
