/**
 * glibc 2.36's double `pow` (x86-64 FMA build), reproduced bit for bit: log(x) to about
 * 68 bits as hi + lo (128-entry table with logc split in two), y*log(x) as ehi + elo, and
 * the exp kernel with the low part.
 */
import { expInline } from './exp.js';
import { fma, fromWords, hiWord, loWord, twoProdErr } from './fma.js';
import { POW_LN2HI, POW_LN2LO, POW_POLY, POW_TAB_B64 } from './tables.js';
import { f64Table } from './tables_decode.js';

const T = f64Table(POW_TAB_B64);
const [A0, A1, A2, A3, A4, A5, A6] = POW_POLY as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const OFF_HI = 0x3fe69555;
const SIGN_BIAS = 0x800 << 7;

/** log(x) as hi + tail, for x given by its (normalised, positive) bit words. */
let logTail = 0;
function logInline(h: number, l: number): number {
  // tmp = ix - OFF (64-bit), OFF = 0x3fe6955500000000.
  const tmp = (h - OFF_HI) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = fromWords((h - (tmp & 0xfff00000)) >>> 0, l);
  const kd = k;
  const invc = T[3 * i]!;
  const logc = T[3 * i + 1]!;
  const logctail = T[3 * i + 2]!;
  // r = fma(z, invc, -1), exact by the choice of invc.
  const p = z * invc;
  const r = p - 1 + twoProdErr(z, invc, p);
  const t1 = kd * POW_LN2HI + logc;
  const t2 = t1 + r;
  const lo1 = fma(kd, POW_LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** 0 if not an integer, 1 if odd, 2 if even (for a non-zero finite y given by its words). */
function checkint(h: number, l: number): number {
  const e = (h >>> 20) & 0x7ff;
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  const bit = 0x3ff + 52 - e; // position of the units bit
  if (bit >= 32) {
    const b = bit - 32;
    if (l !== 0 || (h & ((1 << b) - 1)) !== 0) return 0;
    return h & (1 << b) ? 1 : 2;
  }
  if (bit === 0) return l & 1 ? 1 : 2;
  if ((l & ((1 << bit) - 1)) !== 0) return 0;
  return (l >>> bit) & 1 ? 1 : 2;
}

/** x**y, as glibc's `pow`. */
export function pow(x: number, y: number): number {
  let signBias = 0;
  let h = hiWord(x);
  let l = loWord(x);
  const yh = hiWord(y);
  const yl = loWord(y);
  let topx = h >>> 20;
  const topy = yh >>> 20;
  if (
    topx - 0x001 >= 0x7ff - 0x001 ||
    topx === 0 ||
    (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be ||
    (topy & 0x7ff) < 0x3be
  ) {
    // x < 2**-1022, x negative, inf or nan; or |y| < 2**-65, |y| >= 2**63 or nan.
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === !(yh >>> 31)) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if (h >>> 31 && checkint(yh, yl) === 1) x2 = -x2;
      return yh >>> 31 ? 1 / x2 : x2;
    }
    // x and y are non-zero finite.
    if (h >>> 31) {
      const yint = checkint(yh, yl);
      if (yint === 0) return Number.NaN;
      if (yint === 1) signBias = SIGN_BIAS;
      h &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be || (topy & 0x7ff) < 0x3be) {
      if (h === 0x3ff00000 && l === 0) return 1.0;
      if ((topy & 0x7ff) < 0x3be) {
        const gt1 = h > 0x3ff00000 || (h === 0x3ff00000 && l > 0);
        return gt1 ? 1.0 + y : 1.0 - y;
      }
      const gt1 = h > 0x3ff00000 || (h === 0x3ff00000 && l > 0);
      return gt1 === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: normalise (the exponent becomes negative).
      const xn = Math.abs(x) * 4503599627370496;
      h = (hiWord(xn) & 0x7fffffff) - (52 << 20);
      l = loWord(xn);
    }
  }
  const hi = logInline(h >>> 0, l);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo, signBias);
}
