/**
 * Complex exp, log and sqrt with C99 Annex G special values, branch cuts and signed
 * zeros, following glibc's algorithms (which NumPy calls on Linux: npy_cexp → cexp …),
 * plus NumPy's own formulas for exp2, expm1, log1p, log2, log10 (funcs.inc.src).
 * Written once per precision: `P.r` rounds every operation to float32 for complex64.
 */
import {
  checkFinite,
  DIVIDE,
  FLAGS,
  INVALID,
  isInf,
  OVER,
  raise,
  UNDER,
  Z,
} from './complex_base.js';
import { copysignBit, DEFAULT_NAN } from './fpbits.js';
import { copysign, type Prec, signbit } from './fpmath.js';

export type CFn = (x: number, y: number) => void;

export interface ExpLog {
  exp: CFn;
  log: CFn;
  sqrt: CFn;
}

/** NumPy's own complex formulas (funcs.inc.src), built on a cexp and a clog. */
export interface NpyFormulas {
  exp2: CFn;
  expm1: CFn;
  log1p: CFn;
  log2: CFn;
  log10: CFn;
}

export function makeExpLog(P: Prec): ExpLog {
  const { r, min, max, t } = P;

  /** sin and cos of y, with glibc's shortcut for tiny y. */
  let S = 0;
  let C = 0;
  function sincos(y: number): void {
    if (Math.abs(y) > min) {
      S = P.sin(y);
      C = P.cos(y);
    } else {
      S = y;
      C = 1;
    }
  }

  function exp(x: number, y: number): void {
    if (Number.isFinite(x)) {
      if (Number.isFinite(y)) {
        sincos(y);
        let s = S;
        let c = C;
        // exp(x) may overflow where exp(x)·cos(y) does not: take out exp(t) up to twice.
        if (x > t) {
          const et = P.exp(t);
          x = r(x - t);
          s = r(s * et);
          c = r(c * et);
          if (x > t) {
            x = r(x - t);
            s = r(s * et);
            c = r(c * et);
          }
        }
        if (x > t) {
          Z.re = r(max * c);
          Z.im = r(max * s);
        } else {
          const ev = P.exp(x);
          if (ev < min) FLAGS.bits |= UNDER;
          Z.re = r(ev * c);
          Z.im = r(ev * s);
        }
        checkFinite(P, Z.re, Z.im);
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
        raise(INVALID);
      }
    } else if (isInf(x)) {
      if (Number.isFinite(y)) {
        const v = x < 0 ? 0 : Infinity;
        if (y === 0) {
          Z.re = v;
          Z.im = y;
        } else {
          sincos(y);
          Z.re = copysign(v, C);
          Z.im = copysign(v, S);
        }
      } else if (x > 0) {
        Z.re = Infinity;
        // glibc: y − y, the x86 default NaN for y = ±inf, y itself for a NaN.
        Z.im = isInf(y) ? DEFAULT_NAN : y;
        if (isInf(y)) raise(INVALID);
      } else {
        Z.re = 0;
        // glibc's copysign(0, y) reads a NaN's sign bit too.
        Z.im = copysignBit(0, y);
      }
    } else {
      Z.re = Number.NaN;
      if (y === 0) Z.im = y;
      else {
        Z.im = Number.NaN;
        if (!Number.isNaN(y)) raise(INVALID);
      }
    }
  }

  /** log|z| + i·arg z; |z| near 1 uses log1p of an exactly computed x² + y² − 1. */
  function log(x: number, y: number): void {
    if (x === 0 && y === 0) {
      Z.im = copysign(signbit(x) ? P.pi : 0, y);
      Z.re = -Infinity;
      raise(DIVIDE);
      return;
    }
    if (Number.isNaN(x) || Number.isNaN(y)) {
      Z.im = Number.NaN;
      Z.re = isInf(x) || isInf(y) ? Infinity : Number.NaN;
      return;
    }
    let ax = Math.abs(x);
    let ay = Math.abs(y);
    if (ax < ay) {
      const tmp = ax;
      ax = ay;
      ay = tmp;
    }
    let scale = 0;
    if (ax > max / 2) {
      scale = -1;
      ax = P.scalbn(ax, -1);
      ay = ay >= min * 2 ? P.scalbn(ay, -1) : 0;
    } else if (ax < min && ay < min) {
      scale = P.mantDig;
      ax = P.scalbn(ax, scale);
      ay = P.scalbn(ay, scale);
    }
    let re: number;
    if (ax === 1 && scale === 0) {
      re = r(P.log1p(r(ay * ay)) / 2);
      if (re !== 0 && re < min) FLAGS.bits |= UNDER;
    } else if (ax > 1 && ax < 2 && ay < 1 && scale === 0) {
      let d2m1 = r(r(ax - 1) * r(ax + 1));
      if (ay >= P.eps) d2m1 = r(d2m1 + r(ay * ay));
      re = r(P.log1p(d2m1) / 2);
    } else if (ax < 1 && ax >= 0.5 && ay < P.eps / 2 && scale === 0) {
      re = r(P.log1p(r(r(ax - 1) * r(ax + 1))) / 2);
    } else if (ax < 1 && ax >= 0.5 && scale === 0 && r(r(ax * ax) + r(ay * ay)) >= 0.5) {
      re = r(P.log1p(P.x2y2m1(ax, ay)) / 2);
    } else {
      re = r(P.log(P.hypot(ax, ay)) - r(scale * P.ln2));
    }
    Z.re = re;
    Z.im = P.atan2(y, x);
  }

  function sqrt(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(y)) {
        Z.re = Infinity;
        Z.im = y;
      } else if (isInf(x)) {
        if (x < 0) {
          Z.re = Number.isNaN(y) ? Number.NaN : 0;
          Z.im = copysignBit(Infinity, y);
        } else {
          Z.re = x;
          Z.im = Number.isNaN(y) ? Number.NaN : copysign(0, y);
        }
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
      }
      return;
    }
    if (y === 0) {
      if (x < 0) {
        Z.re = 0;
        Z.im = copysign(P.sqrt(-x), y);
      } else {
        Z.re = Math.abs(P.sqrt(x));
        Z.im = copysign(0, y);
      }
      return;
    }
    if (x === 0) {
      const ay = Math.abs(y);
      const s = ay >= 2 * min ? P.sqrt(r(0.5 * ay)) : r(0.5 * P.sqrt(r(2 * ay)));
      Z.re = s;
      Z.im = copysign(s, y);
      return;
    }
    // Scale by an even power of two away from overflow and underflow.
    let scale = 0;
    if (Math.abs(x) > max / 4) {
      scale = 1;
      x = P.scalbn(x, -2);
      y = P.scalbn(y, -2);
    } else if (Math.abs(y) > max / 4) {
      scale = 1;
      x = Math.abs(x) >= 4 * min ? P.scalbn(x, -2) : 0;
      y = P.scalbn(y, -2);
    } else if (Math.abs(x) < 2 * min && Math.abs(y) < 2 * min) {
      scale = -((P.mantDig + 1) >> 1);
      x = P.scalbn(x, -2 * scale);
      y = P.scalbn(y, -2 * scale);
    }
    const d = P.hypot(x, y);
    let re: number;
    let im: number;
    // 2·Re·Im = Im z avoids the cancellation in d ± Re z.
    if (x > 0) {
      re = P.sqrt(r(0.5 * r(d + x)));
      if (scale === 1 && Math.abs(y) < 1) {
        im = r(y / re);
        re = P.scalbn(re, scale);
        scale = 0;
      } else im = r(0.5 * r(y / re));
    } else {
      im = P.sqrt(r(0.5 * r(d - x)));
      if (scale === 1 && Math.abs(y) < 1) {
        re = Math.abs(r(y / im));
        im = P.scalbn(im, scale);
        scale = 0;
      } else re = Math.abs(r(0.5 * r(y / im)));
    }
    if (scale) {
      re = P.scalbn(re, scale);
      im = P.scalbn(im, scale);
    }
    checkFinite(P, re, im);
    Z.re = re;
    Z.im = copysign(im, y);
  }

  return { exp, log, sqrt };
}

/**
 * NumPy's formulas in the loop's precision: every float32 rounding step matters here
 * (complex64 log1p(1e-10) is log|1f + 1e-10| = 0 in NumPy), so they are emulated.
 */
export function makeNpyFormulas(P: Prec, exp: CFn, log: CFn): NpyFormulas {
  const { r } = P;
  // Their flags come from each real operation, tracked here.
  /**
   * A real libm call: NaN from a number is invalid, ±inf from a finite value overflow,
   * a subnormal result or 0 from a finite nonzero value underflow.
   */
  function lib(f: (v: number) => number, v: number): number {
    const out = f(v);
    if (Number.isNaN(out)) {
      if (!Number.isNaN(v)) FLAGS.bits |= INVALID;
    } else if (isInf(out)) {
      if (Number.isFinite(v)) FLAGS.bits |= OVER;
    } else if (out === 0 ? v !== 0 && Number.isFinite(v) : Math.abs(out) < P.min)
      FLAGS.bits |= UNDER;
    return out;
  }
  function mul(a: number, b: number): number {
    const p = r(a * b);
    if (Number.isNaN(p)) {
      if (!Number.isNaN(a) && !Number.isNaN(b)) FLAGS.bits |= INVALID;
    } else if (isInf(p)) {
      if (Number.isFinite(a) && Number.isFinite(b)) FLAGS.bits |= OVER;
    } else if (p === 0 ? a !== 0 && b !== 0 : Math.abs(p) < P.min) FLAGS.bits |= UNDER;
    return p;
  }
  function sub(a: number, b: number): number {
    const d = r(a - b);
    if (Number.isNaN(d) && !Number.isNaN(a) && !Number.isNaN(b)) FLAGS.bits |= INVALID;
    return d;
  }

  /** exp2(z) = exp(z·ln 2). */
  function exp2(x: number, y: number): void {
    exp(mul(x, P.ln2), mul(y, P.ln2));
  }

  /** expm1(z) = expm1(x)·cos(y) − 2·sin²(y/2) + i·exp(x)·sin(y). */
  function expm1(x: number, y: number): void {
    const a = lib(P.sin, r(y / 2));
    const re = sub(mul(lib(P.expm1, x), lib(P.cos, y)), mul(r(2 * a), a));
    const im = mul(lib(P.exp, x), lib(P.sin, y));
    Z.re = re;
    Z.im = im;
  }

  /** log1p(z) = log|1 + z| + i·arg(1 + z), computed from 1 + z as NumPy does. */
  function log1p(x: number, y: number): void {
    const a = r(x + 1);
    const l = P.hypot(a, y);
    const im = P.atan2(y, a);
    if (l === 0) FLAGS.bits |= DIVIDE;
    else if (isInf(l) && Number.isFinite(a) && Number.isFinite(y)) FLAGS.bits |= OVER;
    Z.re = P.log(l);
    Z.im = im;
  }

  function log2(x: number, y: number): void {
    log(x, y);
    Z.re = r(Z.re * P.log2e);
    Z.im = r(Z.im * P.log2e);
  }

  function log10(x: number, y: number): void {
    log(x, y);
    Z.re = r(Z.re * P.log10e);
    Z.im = r(Z.im * P.log10e);
  }

  return { exp2, expm1, log1p, log2, log10 };
}
