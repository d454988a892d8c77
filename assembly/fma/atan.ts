// glibc's atan2 for doubles (dbl-64/e_atan2.c in the FMA build) with every fused step on the
// CPU's fma: the exact, fully fused path of src/_core/umath/defs/libm_atan.ts, whose comments
// explain it (its plain-operation fast paths only stand in for it). atan_f64x2.ts runs the
// same steps (and atan's) on two lanes and calls this one for the lanes off its main path.
import { fma, hiWord } from './common';
import { CIJ } from './atrig_data';

export const D3: f64 = -0.3333333333333333;
export const D5: f64 = 0.19999999999998855;
export const D7: f64 = -0.14285714283953163;
export const D9: f64 = 0.11111109821886427;
export const D11: f64 = -0.09090424391727987;
export const D13: f64 = 0.07601836584380736;
export const HPI: f64 = 1.5707963267948966;
export const HPI1: f64 = 6.123233995736766e-17;
export const OPI: f64 = 3.141592653589793;
export const OPI1: f64 = 1.2246467991473532e-16;
const QPI: f64 = 0.7853981633974483;
const TQPI: f64 = 2.356194490192345;
export const TWO52: f64 = 4503599627370496.0;
export const TWO500: f64 = 3.273390607896142e150;
export const TWOM500: f64 = 3.054936363499605e-151;
export const INV16: f64 = 0.0625;

/** CIJ[i]. */
@inline
function cij(i: i32): f64 {
  return load<f64>(CIJ + (<usize>i << 3));
}

/** d3 + d5·v + … + d13·v⁵, fused. */
@inline
function series(v: f64): f64 {
  return fma(fma(fma(fma(fma(v, D13, D11), v, D9), v, D7), v, D5), v, D3);
}

/** Row of CIJ for u ∈ [1/16, 1]: round(256·u) − 16, times 7. */
@inline
function row(u: f64): i32 {
  return <i32>((u * 256 + TWO52 - TWO52 - 16) * 7);
}

/** c2 + c3·z + … + c6·z⁴ of row r, fused. */
@inline
function table(r: i32, z: f64): f64 {
  return fma(fma(fma(fma(cij(r + 6), z, cij(r + 5)), z, cij(r + 4)), z, cij(r + 3)), z, cij(r + 2));
}

/** c3 + c4·v + c5·v² + c6·v³ of row r, fused. */
@inline
function cubic(r: i32, v: f64): f64 {
  return fma(fma(fma(cij(r + 6), v, cij(r + 5)), v, cij(r + 4)), v, cij(r + 3));
}

/** fma(s·v, P(v), c) + t1 with P the row's table polynomial (s = ±1). */
@inline
function tableSum(r: i32, v: f64, s: f64, c: f64, t1: f64): f64 {
  return fma(s * v, table(r, v), c) + t1;
}

@inline
export function atan2(y: f64, x: f64): f64 {
  if (isNaN(x)) return x + y;
  if (isNaN(y)) return y + y;
  const negX = x < 0 || (x == 0 && reinterpret<i64>(x) < 0);
  if (y == 0) {
    const neg = reinterpret<i64>(y) < 0;
    if (!negX) return neg ? -0.0 : 0.0;
    return neg ? -OPI : OPI;
  }
  if (x == 0) return y > 0 ? HPI : -HPI;
  if (x == Infinity) {
    if (y == Infinity) return QPI;
    if (y == -Infinity) return -QPI;
    return y > 0 ? 0.0 : -0.0;
  }
  if (x == -Infinity) {
    if (y == Infinity) return TQPI;
    if (y == -Infinity) return -TQPI;
    return y > 0 ? OPI : -OPI;
  }
  if (y == Infinity) return HPI;
  if (y == -Infinity) return -HPI;

  let ax = abs(x);
  let ay = abs(y);
  const de = <i32>(hiWord(ay) & 0x7ff00000) - <i32>(hiWord(ax) & 0x7ff00000);
  if (de >= 59768832) return y > 0 ? HPI : -HPI;
  if (de <= -59768832) {
    if (x > 0) return y < 0 ? -(ay / ax) : ay / ax;
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  let u: f64;
  let du: f64;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = (ay - v - fma(ax, u, -v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = (ax - v - fma(ay, u, -v)) / ay;
  }
  let res: f64;
  if (u < INV16) {
    const v = u * u;
    const m = u * v;
    const sv = series(v);
    const zz = m * sv;
    if (x > 0) {
      if (ay < ax) res = u + fma(m, sv, du);
      else {
        const t2 = HPI - u;
        const cor = abs(u) < HPI ? HPI - t2 - u : HPI - (u + t2);
        res = t2 + (HPI1 + cor - du - zz);
      }
    } else if (ax < ay) {
      const t2 = u + HPI;
      const cor = abs(u) < HPI ? HPI - t2 + u : u - t2 + HPI;
      res = t2 + (HPI1 + cor + du + zz);
    } else {
      const t2 = OPI - u;
      const cor = abs(u) < OPI ? OPI - t2 - u : OPI - (t2 + u);
      res = t2 + (OPI1 + cor - du - zz);
    }
  } else {
    const r = row(u);
    const c1 = cij(r + 1);
    if (x > 0 && ay < ax) {
      const t3 = u - cij(r);
      const v = t3 + du;
      const dv = abs(t3) > abs(du) ? t3 - v + du : du - v + t3;
      const t2 = cij(r + 2);
      res = c1 + fma(v, t2, fma(dv, t2, v * v * cubic(r, v)));
    } else {
      const v = u - cij(r) + du;
      let s: f64 = -1;
      let c = HPI1;
      let t1 = HPI - c1;
      if (x < 0) {
        if (ax < ay) {
          s = 1;
          t1 = c1 + HPI;
        } else {
          c = OPI1;
          t1 = OPI - c1;
        }
      }
      res = tableSum(r, v, s, c, t1);
    }
  }
  return y < 0 ? -res : res;
}
