/**
 * Complex inverse trigonometric and hyperbolic functions with C99 Annex G special
 * values and branch cuts, following glibc (what NumPy calls on Linux). asinh is the
 * kernel: it is reduced to the first quadrant and split into regions where
 * log(A + sqrt(A² − 1)) and asin(B) would cancel, each with a stable formula;
 * asin, acos, acosh are rotations of it. atan/atanh use log1p of 4x/((1 − x)² + y²).
 */
import { checkTiny, checkTinyQuotient, DIVIDE, isInf, raise, Z } from './complex_base.js';
import type { CFn, ExpLog } from './complex_exp_log.js';
import { copysign, type Prec, signbit } from './fpmath.js';

export interface Inverse {
  asin: CFn;
  acos: CFn;
  atan: CFn;
  asinh: CFn;
  acosh: CFn;
  atanh: CFn;
}

export function makeInverse(P: Prec, el: ExpLog): Inverse {
  const { r, eps } = P;
  const recipEps = 1 / eps;
  const eps2 = eps * eps;
  const big = 16 / eps;

  /**
   * asinh of finite nonzero x + iy; with `adj`, the imaginary part is π/2 minus
   * asinh's (the acos/acosh form, which then keeps more accuracy).
   */
  function kernelAsinh(x: number, y: number, adj: boolean): void {
    const rx = Math.abs(x);
    const ix = Math.abs(y);
    let re: number;
    let im: number;
    if (rx >= recipEps || ix >= recipEps) {
      // z + sqrt(1 + z²) ≈ 2z: log(2z) without squaring.
      let a = rx;
      let b = ix;
      if (adj) {
        const tmp = a;
        a = copysign(b, y);
        b = tmp;
      }
      el.log(a, b);
      re = r(Z.re + P.ln2);
      im = Z.im;
    } else if (rx >= 0.5 && ix < eps / 8) {
      const s = P.hypot(1, rx);
      re = P.log(r(rx + s));
      im = adj ? P.atan2(s, y) : P.atan2(ix, s);
    } else if (rx < eps / 8 && ix >= 1.5) {
      const s = P.sqrt(r(r(ix + 1) * r(ix - 1)));
      re = P.log(r(ix + s));
      im = adj ? P.atan2(rx, copysign(s, y)) : P.atan2(s, rx);
    } else if (ix > 1 && ix < 1.5 && rx < 0.5) {
      if (rx < eps2) {
        const ix2m1 = r(r(ix + 1) * r(ix - 1));
        const s = P.sqrt(ix2m1);
        re = r(P.log1p(r(2 * r(ix2m1 + r(ix * s)))) / 2);
        im = adj ? P.atan2(rx, copysign(s, y)) : P.atan2(s, rx);
      } else {
        const ix2m1 = r(r(ix + 1) * r(ix - 1));
        const rx2 = r(rx * rx);
        const f = r(rx2 * r(r(2 + rx2) + r(r(2 * ix) * ix)));
        const d = P.sqrt(r(r(ix2m1 * ix2m1) + f));
        const dp = r(d + ix2m1);
        const dm = r(f / dp);
        const r1 = P.sqrt(r(r(dm + rx2) / 2));
        const r2 = r(r(rx * ix) / r1);
        re = r(P.log1p(r(r(rx2 + dp) + r(2 * r(r(rx * r1) + r(ix * r2))))) / 2);
        im = adj ? P.atan2(r(rx + r1), copysign(r(ix + r2), y)) : P.atan2(r(ix + r2), r(rx + r1));
      }
    } else if (ix === 1 && rx < 0.5) {
      if (rx < eps / 8) {
        const sr = P.sqrt(rx);
        re = r(P.log1p(r(2 * r(rx + sr))) / 2);
        im = adj ? P.atan2(sr, copysign(1, y)) : P.atan2(1, sr);
      } else {
        const d = r(rx * P.sqrt(r(4 + r(rx * rx))));
        const s1 = P.sqrt(r(r(d + r(rx * rx)) / 2));
        const s2 = P.sqrt(r(r(d - r(rx * rx)) / 2));
        re = r(P.log1p(r(r(r(rx * rx) + d) + r(2 * r(r(rx * s1) + s2)))) / 2);
        im = adj ? P.atan2(r(rx + s1), copysign(r(1 + s2), y)) : P.atan2(r(1 + s2), r(rx + s1));
      }
    } else if (ix < 1 && rx < 0.5) {
      if (ix >= eps) {
        if (rx < eps2) {
          const onemix2 = r(r(1 + ix) * r(1 - ix));
          const s = P.sqrt(onemix2);
          re = r(P.log1p(r(r(2 * rx) / s)) / 2);
          im = adj ? P.atan2(s, y) : P.atan2(ix, s);
        } else {
          const onemix2 = r(r(1 + ix) * r(1 - ix));
          const rx2 = r(rx * rx);
          const f = r(rx2 * r(r(2 + rx2) + r(r(2 * ix) * ix)));
          const d = P.sqrt(r(r(onemix2 * onemix2) + f));
          const dp = r(d + onemix2);
          const dm = r(f / dp);
          const r1 = P.sqrt(r(r(dp + rx2) / 2));
          const r2 = r(r(rx * ix) / r1);
          re = r(P.log1p(r(r(rx2 + dm) + r(2 * r(r(rx * r1) + r(ix * r2))))) / 2);
          im = adj ? P.atan2(r(rx + r1), copysign(r(ix + r2), y)) : P.atan2(r(ix + r2), r(rx + r1));
        }
      } else {
        const s = P.hypot(1, rx);
        re = r(P.log1p(r(r(2 * rx) * r(rx + s))) / 2);
        im = adj ? P.atan2(s, y) : P.atan2(ix, s);
      }
      checkTiny(P, re, 0);
    } else {
      // Generic region: log(z + sqrt(z² + 1)) in the first quadrant.
      el.sqrt(r(r(r(rx - ix) * r(rx + ix)) + 1), r(r(2 * rx) * ix));
      let a = r(Z.re + rx);
      let b = r(Z.im + ix);
      if (adj) {
        const tmp = a;
        a = copysign(b, y);
        b = tmp;
      }
      el.log(a, b);
      re = Z.re;
      im = Z.im;
    }
    Z.re = copysign(re, x);
    Z.im = copysign(im, adj ? 1 : y);
  }

  function asinh(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(y)) {
        Z.re = copysign(Infinity, x);
        Z.im = Number.isNaN(x) ? Number.NaN : copysign(Number.isFinite(x) ? P.pi2 : P.pi4, y);
      } else if (!Number.isFinite(x)) {
        Z.re = x;
        Z.im =
          (isInf(x) && !Number.isNaN(y)) || (Number.isNaN(x) && y === 0)
            ? copysign(0, y)
            : Number.NaN;
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
      }
    } else if (x === 0 && y === 0) {
      Z.re = x;
      Z.im = y;
    } else kernelAsinh(x, y, false);
  }

  /** asin(z) = −i·asinh(i·z). */
  function asin(x: number, y: number): void {
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (x === 0) {
        Z.re = x;
        Z.im = y;
      } else if (isInf(x) || isInf(y)) {
        Z.re = Number.NaN;
        Z.im = copysign(Infinity, y);
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
      }
      return;
    }
    asinh(-y, x);
    const re = Z.im;
    Z.im = -Z.re;
    Z.re = re;
  }

  /** acos(z) = π/2 − asin(z); off the special cases, the adjusted asinh kernel. */
  function acos(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y) || (x === 0 && y === 0)) {
      asin(x, y);
      let re = r(P.pi2 - Z.re);
      if (re === 0) re = 0;
      Z.re = re;
      Z.im = -Z.im;
      return;
    }
    kernelAsinh(-y, x, true);
    const re = Z.im;
    Z.im = Z.re;
    Z.re = re;
  }

  function acosh(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(y)) {
        Z.re = Infinity;
        Z.im = Number.isNaN(x)
          ? Number.NaN
          : copysign(isInf(x) ? (x < 0 ? r(P.pi - P.pi4) : P.pi4) : P.pi2, y);
      } else if (isInf(x)) {
        Z.re = Infinity;
        Z.im = !Number.isNaN(y) ? copysign(signbit(x) ? P.pi : 0, y) : Number.NaN;
      } else {
        Z.re = Number.NaN;
        Z.im = x === 0 ? P.pi2 : Number.NaN;
      }
    } else if (x === 0 && y === 0) {
      Z.re = 0;
      Z.im = copysign(P.pi2, y);
    } else {
      kernelAsinh(-y, x, true);
      if (signbit(y)) Z.im = -Z.im;
      else Z.re = -Z.re;
    }
  }

  /** 1 − a² − b² for the atan/atanh argument, a ≥ b ≥ 0, without cancellation. */
  function oneMinusSquares(a: number, b: number): number {
    if (b < eps / 2) {
      const den = r(r(1 - a) * r(1 + a));
      return den === 0 ? 0 : den;
    }
    if (a >= 1 || (a < 0.75 && b < 0.5)) return r(r(r(1 - a) * r(1 + a)) - r(b * b));
    return -P.x2y2m1(a, b);
  }

  /**
   * (1/4)·log(((1 + x)² + y²)/((1 − x)² + y²)) — the real part of atanh(x + iy) —
   * and its limit 0.5·(ln 2 − log|y|) at x = ±1.
   */
  function halfLogRatio(x: number, y: number): number {
    if (Math.abs(x) === 1 && Math.abs(y) < eps2) {
      if (y === 0) raise(DIVIDE); // log(0)
      return r(copysign(0.5, x) * r(P.ln2 - P.log(Math.abs(y))));
    }
    const i2 = Math.abs(y) >= eps2 ? r(y * y) : 0;
    let num = r(1 + x);
    num = r(i2 + r(num * num));
    let den = r(1 - x);
    den = r(i2 + r(den * den));
    const f = r(num / den);
    if (f < 0.5) return r(0.25 * P.log(f));
    return r(0.25 * P.log1p(r(r(4 * x) / den)));
  }

  function atanh(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(y)) {
        Z.re = copysign(0, x);
        Z.im = copysign(P.pi2, y);
      } else if (isInf(x) || x === 0) {
        Z.re = copysign(0, x);
        Z.im = Number.isFinite(y) ? copysign(P.pi2, y) : Number.NaN;
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
      }
      return;
    }
    if (x === 0 && y === 0) {
      Z.re = x;
      Z.im = y;
      return;
    }
    let re: number;
    let im: number;
    if (Math.abs(x) >= big || Math.abs(y) >= big) {
      im = copysign(P.pi2, y);
      if (Math.abs(y) <= 1) re = r(1 / x);
      else if (Math.abs(x) <= 1) {
        re = r(r(x / y) / y);
        checkTinyQuotient(P, x, re);
      } else {
        const h = P.hypot(r(x / 2), r(y / 2));
        re = r(r(r(x / h) / h) / 4);
        checkTinyQuotient(P, x, re);
      }
    } else {
      re = halfLogRatio(x, y);
      const ax = Math.abs(x);
      const ay = Math.abs(y);
      const den = ax < ay ? oneMinusSquares(ay, ax) : oneMinusSquares(ax, ay);
      im = r(0.5 * P.atan2(r(2 * y), den));
    }
    checkTiny(P, re, im);
    Z.re = re;
    Z.im = im;
  }

  function atan(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (isInf(x)) {
        Z.re = copysign(P.pi2, x);
        Z.im = copysign(0, y);
      } else if (isInf(y)) {
        Z.re = Number.isFinite(x) ? copysign(P.pi2, x) : Number.NaN;
        Z.im = copysign(0, y);
      } else if (y === 0) {
        Z.re = Number.NaN;
        Z.im = copysign(0, y);
      } else {
        Z.re = Number.NaN;
        Z.im = Number.NaN;
      }
      return;
    }
    if (x === 0 && y === 0) {
      Z.re = x;
      Z.im = y;
      return;
    }
    let re: number;
    let im: number;
    if (Math.abs(x) >= big || Math.abs(y) >= big) {
      re = copysign(P.pi2, x);
      if (Math.abs(x) <= 1) im = r(1 / y);
      else if (Math.abs(y) <= 1) {
        im = r(r(y / x) / x);
        checkTinyQuotient(P, y, im);
      } else {
        const h = P.hypot(r(x / 2), r(y / 2));
        im = r(r(r(y / h) / h) / 4);
        checkTinyQuotient(P, y, im);
      }
    } else {
      const ax = Math.abs(x);
      const ay = Math.abs(y);
      const den = ax < ay ? oneMinusSquares(ay, ax) : oneMinusSquares(ax, ay);
      re = r(0.5 * P.atan2(r(2 * x), den));
      im = halfLogRatio(y, x);
    }
    checkTiny(P, re, im);
    Z.re = re;
    Z.im = im;
  }

  return { asin, acos, atan, asinh, acosh, atanh };
}
