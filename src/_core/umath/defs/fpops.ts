/**
 * Floating-point operations that raise NumPy's FP flags the way the hardware does for the
 * C code NumPy runs (divide by zero, overflow, invalid; underflow is not tracked). Used by
 * kernels whose flags depend on intermediate steps (npy_divmod), where scanning the outputs
 * afterwards could not tell which step failed.
 *
 * `R` rounds to the loop's precision: identity for float64, Math.fround for float32 (and for
 * float16, which NumPy computes in float32).
 */
import type { DType } from '../../dtype.js';
import { raiseFlag } from '../errstate.js';
import { copysign } from './fpbits.js';

export type Round = (x: number) => number;
const ident: Round = (x) => x;

/** The rounding of a float loop's arithmetic. */
export function roundOf(dt: DType): Round {
  return dt.itemsize === 8 ? ident : Math.fround;
}

const finite = Number.isFinite;

/** a / b with the C flags. */
export function fdiv(a: number, b: number, R: Round): number {
  const q = R(a / b);
  if (b === 0) {
    // 0/0 is invalid, x/0 divide-by-zero; inf/0 and NaN/0 raise nothing.
    if (a === 0) raiseFlag('invalid');
    else if (finite(a)) raiseFlag('divide');
  } else if (!finite(q) && !Number.isNaN(q)) {
    if (finite(a) && finite(b)) raiseFlag('over');
  } else if (Number.isNaN(q) && !Number.isNaN(a) && !Number.isNaN(b)) raiseFlag('invalid'); // inf / inf
  return q;
}

/** a - b with the C flags. */
export function fsub(a: number, b: number, R: Round): number {
  const d = R(a - b);
  if (Number.isNaN(d)) {
    if (!Number.isNaN(a) && !Number.isNaN(b)) raiseFlag('invalid'); // inf - inf
  } else if (!finite(d) && finite(a) && finite(b)) raiseFlag('over');
  return d;
}

/** a + b with the C flags. */
export function fadd(a: number, b: number, R: Round): number {
  return fsub(a, -b, R);
}

/** C fmod (exact; invalid for fmod(±inf, y) and fmod(x, 0)). */
export function fmod(a: number, b: number): number {
  const m = a % b;
  if (Number.isNaN(m) && !Number.isNaN(a) && !Number.isNaN(b)) raiseFlag('invalid');
  return m;
}

/** npy_divmod: Python's divmod for floats; returns the floor quotient, stores the modulus in MOD[0]. */
export const MOD = [0];
export function divmod(a: number, b: number, R: Round): number {
  let mod = fmod(a, b);
  if (b === 0) {
    MOD[0] = mod;
    return fdiv(a, b, R);
  }
  // a - mod is very nearly an integer multiple of b.
  let div = fdiv(fsub(a, mod, R), b, R);
  if (mod !== 0) {
    // A NaN mod counts as non-zero (C truthiness); the comparisons are quiet.
    if (b < 0 !== mod < 0) {
      mod = fadd(mod, b, R);
      div = fsub(div, 1, R);
    }
  } else {
    mod = copysign(0, b);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (fsub(div, floordiv, R) > 0.5) floordiv = fadd(floordiv, 1, R);
  } else {
    floordiv = copysign(0, fdiv(a, b, R));
  }
  MOD[0] = mod;
  return floordiv;
}

/** npy_floor_divide. */
export function floorDivide(a: number, b: number, R: Round): number {
  if (b === 0) return fdiv(a, b, R);
  return divmod(a, b, R);
}

/**
 * npy_remainder: the modulus of npy_divmod. Compiled C drops the unused quotient steps, so
 * only fmod's flag can be raised (1 % 1e-320 does not overflow as divmod does).
 */
export function remainder(a: number, b: number, R: Round): number {
  let mod = fmod(a, b);
  if (b === 0) return mod;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod = R(mod + b);
  } else {
    mod = copysign(0, b);
  }
  return mod;
}

/** float16 results are computed in float32, then converted: the conversion can overflow. */
export function halfOverflow(x: number): number {
  if ((x >= 65520 || x <= -65520) && finite(x)) raiseFlag('over');
  return x;
}

/** a * b with the C flags. */
export function fmul(a: number, b: number, R: Round): number {
  const p = R(a * b);
  if (Number.isNaN(p)) {
    if (!Number.isNaN(a) && !Number.isNaN(b)) raiseFlag('invalid'); // 0 * inf
  } else if (!finite(p) && finite(a) && finite(b)) raiseFlag('over');
  return p;
}

/** Flags of a library call's result from its operands: NaN from numbers is invalid, inf from finite numbers overflow (or `divide` when `pole`). */
export function flagResult(r: number, a: number, b: number, pole: boolean): number {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(a) && !Number.isNaN(b)) raiseFlag('invalid');
  } else if (!finite(r) && finite(a) && finite(b)) raiseFlag(pole ? 'divide' : 'over');
  return r;
}
