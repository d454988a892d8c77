/**
 * atan and atan2 for doubles as glibc 2.36 computes them (IBM Accurate Mathematical
 * Library, dbl-64/s_atan.c and e_atan2.c, in the FMA builds x86-64 picks on AVX2+FMA CPUs).
 * NumPy's float64 arctan/arctan2 loops — and its complex log, arcsin, arctan, … through
 * atan2 — call these; V8's fdlibm versions differ in the last bit for 5–18% of inputs.
 *
 * Method: a Taylor polynomial near 0, else per 1/256-step of the reduced argument u ≤ 1 the
 * table CIJ's atan(x_i) plus a polynomial in u − x_i, carried with u's exact remainder
 * (atan2: y/x as u + du; atan beyond 1: π/2 − atan(1/x)). Every `a*b + c` GCC 12 fuses in
 * those builds is an exact `fma` here, the fusions read off GCC's optimized tree of the
 * files built with -O2 -mfma -mavx2 (which reproduce the shipped libm bit for bit). Plain
 * operations compute the polynomials first; the last fused step is `fmaNear`'s and the fully
 * fused path runs only when that cannot decide.
 */
import { fma, productError } from './fma.js';
import { fmaNear, sumNear } from './fma_near.js';
import { hiWord } from './fpbits.js';
import { CIJ } from './libm_atrig_data.js';

const D3 = -0.3333333333333333;
const D5 = 0.19999999999998855;
const D7 = -0.14285714283953163;
const D9 = 0.11111109821886427;
const D11 = -0.09090424391727987;
const D13 = 0.07601836584380736;
const HPI = 1.5707963267948966;
const HPI1 = 6.123233995736766e-17;
const OPI = Math.PI;
const OPI1 = 1.2246467991473532e-16;
const QPI = 0.7853981633974483;
const TQPI = 2.356194490192345;
const TWO52 = 4503599627370496.0;
const TWO500 = 2 ** 500;
const TWOM500 = 2 ** -500;
const INV16 = 0.0625;

/** glibc's odd-series factor d3 + d5·v + … + d13·v⁵ (v = u²), fused. */
function seriesExact(v: number): number {
  return fma(fma(fma(fma(fma(v, D13, D11), v, D9), v, D7), v, D5), v, D3);
}

/** The same in plain operations: within 2^-51 of glibc's (d3 dominates, |v| < 2^-8). */
function seriesPlain(v: number): number {
  return D3 + v * (D5 + v * (D7 + v * (D9 + v * (D11 + v * D13))));
}

/** Row of CIJ for u ∈ [1/16, 1]: round(256·u) − 16, times 7. */
function row(u: number): number {
  return (u * 256 + TWO52 - TWO52 - 16) * 7;
}

/** glibc's c2 + c3·z + … + c6·z⁴ of row r, fused (Horner from c6). */
function tableExact(r: number, z: number): number {
  return fma(
    fma(fma(fma(CIJ[r + 6]!, z, CIJ[r + 5]!), z, CIJ[r + 4]!), z, CIJ[r + 3]!),
    z,
    CIJ[r + 2]!,
  );
}

/** The same in plain operations (c2 dominates: |z| ≤ 2^-9). */
function tablePlain(r: number, z: number): number {
  return CIJ[r + 2]! + z * (CIJ[r + 3]! + z * (CIJ[r + 4]! + z * (CIJ[r + 5]! + z * CIJ[r + 6]!)));
}

/** c1 + z·P(z) for atan's table branch (0.0625 ≤ u < 1): fused as glibc, fast when decidable. */
function atanTable(u: number): number {
  const r = row(u);
  const z = u - CIJ[r]!;
  const p = tablePlain(r, z);
  const zp = z * p;
  // z·p (|z| ≤ 2^-9) ≪ c1 = atan(x_i) ≥ 0.06: the plain sum usually decides.
  let y = sumNear(CIJ[r + 1]!, zp, Math.abs(zp) * 2 ** -49);
  if (Number.isNaN(y)) y = fmaNear(z, p, CIJ[r + 1]!, Math.abs(zp) * 2 ** -50);
  return !Number.isNaN(y) ? y : fma(z, tableExact(r, z), CIJ[r + 1]!);
}

/** glibc atan. */
export function atan(x: number): number {
  if (Number.isNaN(x)) return x + x;
  const u = Math.abs(x);
  if (u < 1.0) {
    if (u < 0.0625) {
      if (u < 1.2904777690891933e-8) return x;
      const v = x * x;
      const m = x * v;
      const q = seriesPlain(v);
      // m·q ≈ −x³/3 ≪ x: the plain sum usually decides.
      let y = sumNear(x, m * q, Math.abs(m) * 2 ** -51);
      if (Number.isNaN(y)) y = fmaNear(m, q, x, Math.abs(m) * 2 ** -52);
      return !Number.isNaN(y) ? y : fma(m, seriesExact(v), x);
    }
    return x < 0 ? -atanTable(u) : atanTable(u);
  }
  if (u < 16.0) {
    // 1/u as w + ww (ww from the exact remainder 1 − u·w), then π/2 − atan(w + ww).
    const w = 1.0 / u;
    const t1 = u * w;
    const t2 = productError(u, w, t1);
    const r = row(w);
    // z = fma(e, w, w − x_i) with e·w ≈ 2^-53·w tiny: the sum decides unless w ≈ x_i.
    const e = 1.0 - t1 - t2;
    const d = w - CIJ[r]!;
    let z = sumNear(d, e * w, Math.abs(e * w) * 2 ** -52);
    if (Number.isNaN(z)) z = fmaNear(e, w, d, 0);
    if (Number.isNaN(z)) z = fma(e, w, d);
    const res = tableNear(r, z, -1, HPI1, HPI - CIJ[r + 1]!);
    return x < 0 ? -res : res;
  }
  if (u < 5805361265115136.0) {
    const w = 1.0 / u;
    const v = w * w;
    const t1 = u * w;
    const t2 = productError(u, w, t1);
    // Not fused: GCC's ESUB branch splits the block, so these products stay rounded.
    const wv = w * v;
    const ww = (1.0 - t1 - t2) * w;
    const t3 = HPI - w;
    const cor = Math.abs(w) < HPI ? HPI - t3 - w : HPI - (w + t3);
    const yy = wv * seriesPlain(v);
    let res = sumNear(t3, cor + HPI1 - ww - yy, Math.abs(yy) * 2 ** -50);
    if (Number.isNaN(res)) res = t3 + (cor + HPI1 - ww - wv * seriesExact(v));
    return x < 0 ? -res : res;
  }
  return x > 0 ? HPI : -HPI;
}

/** glibc atan2(y, x). */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x)) return x + y;
  if (Number.isNaN(y)) return y + y;
  const negX = x < 0 || (x === 0 && 1 / x < 0);
  if (y === 0) {
    const neg = 1 / y < 0;
    if (!negX) return neg ? -0 : 0;
    return neg ? -OPI : OPI;
  }
  if (x === 0) return y > 0 ? HPI : -HPI;
  if (x === Infinity) {
    if (y === Infinity) return QPI;
    if (y === -Infinity) return -QPI;
    return y > 0 ? 0 : -0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return TQPI;
    if (y === -Infinity) return -TQPI;
    return y > 0 ? OPI : -OPI;
  }
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;

  let ax = Math.abs(x);
  let ay = Math.abs(y);
  // Exponent difference in units of 2^20 of the high words (57·2^20: |y/x| ≥ 2^57 or ≤ 2^-57).
  const de = expBits(ay) - expBits(ax);
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
  // u + du = the smaller over the larger, du from the exact remainder.
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = (ay - v - productError(ax, u, v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = (ax - v - productError(ay, u, v)) / ay;
  }
  let res: number;
  if (u < INV16) res = x > 0 ? atan2Pos(u, du, ay < ax) : atan2Neg(u, du, ax < ay);
  else {
    // The table branches, written out here so that V8 inlines them whole.
    const r = row(u);
    const c1 = CIJ[r + 1]!;
    if (x > 0 && ay < ax) {
      // atan(u + du) = c1 + zz, zz = fma(v, c2, fma(dv, c2, v²·P(v))) with v + dv = u − x_i + du.
      const t3 = u - CIJ[r]!;
      const v = t3 + du;
      const dv = Math.abs(t3) > Math.abs(du) ? t3 - v + du : du - v + t3;
      const t2 = CIJ[r + 2]!;
      const vt = v * t2;
      const q = v * v * cubicPlain(r, v);
      const e = dv * t2;
      res = sumNear(
        c1,
        vt + (e + q),
        Math.abs(vt) * 2 ** -52 + (Math.abs(q) + Math.abs(e)) * 2 ** -50,
      );
      if (Number.isNaN(res))
        res = c1 + tableOne(r, v, dv, e + q, (Math.abs(q) + Math.abs(e)) * 2 ** -50);
    } else {
      // x > 0: π/2 − atan; x < 0: π/2 + atan (|x| < |y|) or π − atan.
      const v = u - CIJ[r]! + du;
      let s = -1;
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
      res = tableNear(r, v, s, c, t1);
    }
  }
  return y < 0 ? -res : res;
}

/** zz = fma(v, c2, fma(dv, c2, v²·P(v))) of row r as glibc, given its inner sum w within d. */
function tableOne(r: number, v: number, dv: number, w: number, d: number): number {
  const t2 = CIJ[r + 2]!;
  const zz = fmaNear(v, t2, w, d);
  return !Number.isNaN(zz) ? zz : fma(v, t2, fma(dv, t2, v * v * cubicExact(r, v)));
}

/** The biased exponent field of a finite non-negative double, times 2^20, as glibc reads it. */
function expBits(a: number): number {
  return hiWord(a) & 0x7ff00000;
}

/** |atan2| for x > 0 and u < 1/16: atan(u + du) when |y| < |x|, else π/2 − atan(u + du). */
function atan2Pos(u: number, du: number, small: boolean): number {
  if (small) {
    const v = u * u;
    const m = u * v;
    const z = sumNear(u, m * seriesPlain(v) + du, Math.abs(m) * 2 ** -52);
    return !Number.isNaN(z) ? z : u + fma(m, seriesExact(v), du);
  }
  const v = u * u;
  const m = u * v;
  const t2 = HPI - u;
  const cor = Math.abs(u) < HPI ? HPI - t2 - u : HPI - (u + t2);
  const zz = m * seriesPlain(v);
  const z = sumNear(t2, HPI1 + cor - du - zz, Math.abs(zz) * 2 ** -50);
  return !Number.isNaN(z) ? z : t2 + (HPI1 + cor - du - m * seriesExact(v));
}

/** |atan2| for x < 0 and u < 1/16: π/2 + atan(u + du) when |x| < |y|, else π − atan(u + du). */
function atan2Neg(u: number, du: number, steep: boolean): number {
  const v = u * u;
  const m = v * u;
  let zz = m * seriesPlain(v);
  for (let exact = false; ; exact = true) {
    let t2: number;
    let t3: number;
    if (steep) {
      t2 = u + HPI;
      const cor = Math.abs(u) < HPI ? HPI - t2 + u : u - t2 + HPI;
      t3 = HPI1 + cor + du + zz;
    } else {
      t2 = OPI - u;
      const cor = Math.abs(u) < OPI ? OPI - t2 - u : OPI - (t2 + u);
      t3 = OPI1 + cor - du - zz;
    }
    if (exact) return t2 + t3;
    const z = sumNear(t2, t3, Math.abs(zz) * 2 ** -50);
    if (!Number.isNaN(z)) return z;
    zz = m * seriesExact(v);
  }
}

/**
 * (c + s·v·P(v)) + t1 with P the row's table polynomial, the first sum fused as glibc
 * (s = ±1): plain when the final sum cannot tell, else the fused form.
 */
function tableNear(r: number, v: number, s: number, c: number, t1: number): number {
  const q = v * tablePlain(r, v);
  const z = sumNear(t1, c + s * q, Math.abs(q) * 2 ** -51);
  return !Number.isNaN(z) ? z : fma(s * v, tableExact(r, v), c) + t1;
}

/** c3 + c4·v + c5·v² + c6·v³ of row r, fused as glibc. */
function cubicExact(r: number, v: number): number {
  return fma(fma(fma(CIJ[r + 6]!, v, CIJ[r + 5]!), v, CIJ[r + 4]!), v, CIJ[r + 3]!);
}

/** The same in plain operations. */
function cubicPlain(r: number, v: number): number {
  return CIJ[r + 3]! + v * (CIJ[r + 4]! + v * (CIJ[r + 5]! + v * CIJ[r + 6]!));
}
