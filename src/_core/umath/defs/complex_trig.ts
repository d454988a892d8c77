/**
 * Complex sin, cos, tan and their hyperbolic forms with C99 Annex G special values,
 * following glibc's algorithms (NumPy's npy_csin … call them on Linux): exp(|x|) is
 * split off as exp(t)·exp(|x| − t) so results overflow only when they must, and
 * tan/tanh use (sin·cos + i·sinh·cosh)/(cos² + sinh²), exact near the real axis.
 */
import { checkFinite, checkTinyQuotient, INVALID, isInf, raise, Z } from './complex_base.js';
import type { CFn } from './complex_exp_log.js';
import { copysign, type Prec, signbit } from './fpmath.js';

export interface Trig {
  sin: CFn;
  cos: CFn;
  tan: CFn;
  sinh: CFn;
  cosh: CFn;
  tanh: CFn;
}

export function makeTrig(P: Prec): Trig {
  const { r, min, max, t } = P;
  /** glibc's bound for tan/tanh: exp(2·t2) is finite. */
  const t2 = t === 709 ? 354 : 44;

  let S = 0;
  let C = 0;
  function sincos(v: number): void {
    if (Math.abs(v) > min) {
      S = P.sin(v);
      C = P.cos(v);
    } else {
      S = v;
      C = 1;
    }
  }

  /**
   * e^a/2 times (p, q) for a > t without intermediate overflow; a ≥ 0.
   * Sets Z to (e^a/2·p, e^a/2·q).
   */
  function halfExpScaled(a: number, p: number, q: number): void {
    const et = P.exp(t);
    const h = r(et / 2);
    a = r(a - t);
    p = r(p * h);
    q = r(q * h);
    if (a > t) {
      a = r(a - t);
      p = r(p * et);
      q = r(q * et);
    }
    if (a > t) {
      Z.re = r(max * p);
      Z.im = r(max * q);
    } else {
      const ev = P.exp(a);
      Z.re = r(ev * p);
      Z.im = r(ev * q);
    }
  }

  function cosh(x: number, y: number): void {
    if (Number.isFinite(x)) {
      if (Number.isFinite(y)) {
        sincos(y);
        if (Math.abs(x) > t) {
          halfExpScaled(Math.abs(x), C, signbit(x) ? -S : S);
        } else {
          Z.re = r(P.cosh(x) * C);
          Z.im = r(P.sinh(x) * S);
        }
        checkFinite(P, Z.re, Z.im);
      } else {
        Z.im = x === 0 ? 0 : Number.NaN;
        Z.re = Number.NaN;
        if (isInf(y)) raise(INVALID);
      }
    } else if (isInf(x)) {
      if (Number.isFinite(y) && y !== 0) {
        sincos(y);
        Z.re = copysign(Infinity, C);
        Z.im = copysign(Infinity, S) * copysign(1, x);
      } else if (y === 0) {
        Z.re = Infinity;
        Z.im = y * copysign(1, x);
      } else {
        Z.re = Infinity;
        Z.im = Number.NaN;
        if (isInf(y)) raise(INVALID);
      }
    } else {
      Z.re = Number.NaN;
      Z.im = y === 0 ? y : Number.NaN;
    }
  }

  function sinh(x: number, y: number): void {
    const negate = signbit(x);
    x = Math.abs(x);
    if (Number.isFinite(x)) {
      if (Number.isFinite(y)) {
        sincos(y);
        const c = negate ? -C : C;
        if (x > t) {
          halfExpScaled(x, c, S);
        } else {
          Z.re = r(P.sinh(x) * c);
          Z.im = r(P.cosh(x) * S);
        }
        checkFinite(P, Z.re, Z.im);
      } else if (x === 0) {
        Z.re = negate ? -0 : 0;
        Z.im = Number.NaN;
        if (isInf(y)) raise(INVALID);
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
        raise(INVALID);
      }
    } else if (isInf(x)) {
      if (Number.isFinite(y) && y !== 0) {
        sincos(y);
        Z.re = copysign(Infinity, C);
        Z.im = copysign(Infinity, S);
        if (negate) Z.re = -Z.re;
      } else if (y === 0) {
        Z.re = negate ? -Infinity : Infinity;
        Z.im = y;
      } else {
        Z.re = Infinity;
        Z.im = Number.NaN;
        if (isInf(y)) raise(INVALID);
      }
    } else {
      Z.re = Number.NaN;
      Z.im = y === 0 ? y : Number.NaN;
    }
  }

  function sin(x: number, y: number): void {
    const negate = signbit(x);
    x = Math.abs(x);
    if (Number.isFinite(y)) {
      if (Number.isFinite(x)) {
        sincos(x);
        const s = negate ? -S : S;
        if (Math.abs(y) > t) {
          halfExpScaled(Math.abs(y), s, signbit(y) ? -C : C);
        } else {
          Z.re = r(P.cosh(y) * s);
          Z.im = r(P.sinh(y) * C);
        }
        checkFinite(P, Z.re, Z.im);
      } else if (y === 0) {
        Z.re = Number.NaN;
        Z.im = y;
        if (isInf(x)) raise(INVALID);
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
        raise(INVALID);
      }
    } else if (isInf(y)) {
      if (x === 0) {
        Z.re = negate ? -0 : 0;
        Z.im = y;
      } else if (Number.isFinite(x)) {
        sincos(x);
        Z.re = copysign(Infinity, S);
        Z.im = copysign(Infinity, C);
        if (negate) Z.re = -Z.re;
        if (signbit(y)) Z.im = -Z.im;
      } else {
        Z.re = Number.NaN;
        Z.im = Infinity;
        if (isInf(x)) raise(INVALID);
      }
    } else {
      Z.re = x === 0 ? (negate ? -0 : 0) : Number.NaN;
      Z.im = Number.NaN;
    }
  }

  /** cos(z) = cosh(i·z). */
  function cos(x: number, y: number): void {
    cosh(-y, x);
  }

  /** tanh(x + iy) = (sinh x·cosh x + i·sin y·cos y)/(sinh² x + cos² y). */
  function tanh(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(x)) {
        Z.re = copysign(1, x);
        if (Number.isFinite(y) && Math.abs(y) > 1) {
          sincos(y);
          Z.im = copysign(0, S * C);
        } else Z.im = copysign(0, y);
      } else if (y === 0) {
        Z.re = x;
        Z.im = y;
      } else {
        Z.re = x === 0 ? x : Number.NaN;
        Z.im = Number.NaN;
        if (isInf(y)) raise(INVALID);
      }
      return;
    }
    sincos(y);
    if (Math.abs(x) > t2) {
      // Re ≈ ±1, Im ≈ 4·sin y·cos y/e^(2|x|), divided in steps to avoid overflow.
      const e2t = P.exp(2 * t2);
      const num = r(r(4 * S) * C);
      let im = r(num / e2t);
      const ax = r(Math.abs(x) - t2);
      im = ax > t2 ? r(im / e2t) : r(im / P.exp(r(2 * ax)));
      checkTinyQuotient(P, num, im);
      Z.re = copysign(1, x);
      Z.im = im;
      return;
    }
    let sh: number;
    let ch: number;
    if (Math.abs(x) > min) {
      sh = P.sinh(x);
      ch = P.cosh(x);
    } else {
      sh = x;
      ch = 1;
    }
    const den = Math.abs(sh) > r(Math.abs(C) * P.eps) ? r(r(sh * sh) + r(C * C)) : r(C * C);
    Z.re = r(r(sh * ch) / den);
    Z.im = r(r(S * C) / den);
    checkFinite(P, Z.re, Z.im);
  }

  /** tan(x + iy) = (sin x·cos x + i·sinh y·cosh y)/(cos² x + sinh² y). */
  function tan(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(y)) {
        if (Number.isFinite(x) && Math.abs(x) > 1) {
          sincos(x);
          Z.re = copysign(0, S * C);
        } else Z.re = copysign(0, x);
        Z.im = copysign(1, y);
      } else if (x === 0) {
        Z.re = x;
        Z.im = y;
      } else {
        Z.re = Number.NaN;
        Z.im = y === 0 ? y : Number.NaN;
        if (isInf(x)) raise(INVALID);
      }
      return;
    }
    sincos(x);
    if (Math.abs(y) > t2) {
      const e2t = P.exp(2 * t2);
      const num = r(r(4 * S) * C);
      let re = r(num / e2t);
      const ay = r(Math.abs(y) - t2);
      re = ay > t2 ? r(re / e2t) : r(re / P.exp(r(2 * ay)));
      checkTinyQuotient(P, num, re);
      Z.re = re;
      Z.im = copysign(1, y);
      return;
    }
    let sh: number;
    let ch: number;
    if (Math.abs(y) > min) {
      sh = P.sinh(y);
      ch = P.cosh(y);
    } else {
      sh = y;
      ch = 1;
    }
    const den = Math.abs(sh) > r(Math.abs(C) * P.eps) ? r(r(C * C) + r(sh * sh)) : r(C * C);
    Z.re = r(r(S * C) / den);
    Z.im = r(r(sh * ch) / den);
    checkFinite(P, Z.re, Z.im);
  }

  return { sin, cos, tan, sinh, cosh, tanh };
}
