/**
 * glibc 2.36's double `log` (x86-64 FMA build), reproduced bit for bit: a 128-entry table
 * of 1/c and log(c) around which log1p(z/c - 1) is a short polynomial, and a separate
 * polynomial near 1. Every `a*b + c` that the FMA build fuses is an exact `fma` here.
 */
import { fma, fromWords, hiWord, loWord, twoProdErr } from './fma.js';
import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1, LOG_TAB_B64 } from './tables.js';
import { f64Table } from './tables_decode.js';

const T = f64Table(LOG_TAB_B64);
const [A0, A1, A2, A3, A4] = LOG_POLY as [number, number, number, number, number];
// LOG_POLY1[0] is -0.5.
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = LOG_POLY1 as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const OFF_HI = 0x3fe60000;

/** P2NEG[k + 1023] = 2**-k for k in [-1023, 1024]: exact scalings (no bit assembly). */
const P2NEG = new Float64Array(2048);
for (let i = 0; i < 2048; i++) P2NEG[i] = 2 ** (1023 - i);

/**
 * out[k] = log(xs[k]) for k < n: the bulk form, which keeps each result out of a heap box
 * (a double returned from a call that V8 does not inline is boxed).
 */
export function logArray(xs: Float64Array, out: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) out[k] = log(xs[k]!);
}

/** Natural logarithm, as glibc's `log`. Kept small so that V8 inlines it into loops. */
export function log(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) return logNear1(x);
  const h = hiWord(x);
  const top = h >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) return logSpecial(x);
  // x = 2^k z with z in [OFF, 2*OFF); i selects the subinterval of z. z = x / 2**k exactly
  // (a table multiply: rebuilding a double from its words is a slow store-forwarding path).
  const tmp = (h - OFF_HI) | 0;
  const k = tmp >> 20;
  return logMain((tmp >>> 13) & 127, k, x * P2NEG[k + 1023]!);
}

/** log of 0, infinities, NaN, negatives and subnormals. */
function logSpecial(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (!(x > 0)) return Number.NaN;
  // Subnormal: scale into the normal range, keeping the true exponent in k.
  const xs = x * 4503599627370496;
  const h = hiWord(xs) - (52 << 20);
  const tmp = (h - OFF_HI) | 0;
  return logMain(
    (tmp >>> 13) & 127,
    tmp >> 20,
    fromWords((h - (tmp & 0xfff00000)) >>> 0, loWord(xs)),
  );
}

/** glibc's log core for x = 2**k z, z in subinterval i. */
function logMain(i: number, k: number, z: number): number {
  const invc = T[2 * i]!;
  const logc = T[2 * i + 1]!;
  // r = fma(z, invc, -1): z*invc is within 2**-7 of 1, so p - 1 is exact.
  const p = z * invc;
  const r = p - 1 + twoProdErr(z, invc, p);
  const kd = k;
  const w = kd * LOG_LN2HI + logc;
  const hi = w + r;
  // The fused and unfused forms of `lo` and of the polynomial `t3` differ by less than
  // 2**-40 ulp of the result (their products are tiny beside the sums), so plain arithmetic
  // gives glibc's result; the last two fused steps are emulated exactly.
  const lo = w - hi + r + kd * LOG_LN2LO;
  const r2 = r * r;
  const rr2 = r * r2;
  const t3 = r2 * (r * A4 + A3) + (r * A2 + A1);
  // Fast path: the unfused tail v differs from glibc's fused one by under 3 ulp(v), which is
  // ~2**-9 ulp of the result; unless v + hi lies that close to a rounding boundary, the
  // rounded sum is glibc's. Otherwise (about 1 call in 50) emulate the fused steps exactly.
  const v = rr2 * t3 + (r2 * A0 + lo);
  const y = safeSum(v, hi, 3 * Math.abs(v) * 2.220446049250313e-16);
  if (!Number.isNaN(y)) return y;
  return logFused(rr2, t3, r2, lo, hi);
}

/** The exact fused tail of logMain (its rare path, kept out of line). */
function logFused(rr2: number, t3: number, r2: number, lo: number, hi: number): number {
  return fma(rr2, t3, fma(r2, A0, lo)) + hi;
}

/**
 * v + hi rounded, when v is within `delta` of the value glibc adds to hi (|v| < |hi|) and
 * that uncertainty cannot change the rounded sum; NaN when it might (then the caller
 * computes glibc's v exactly). Rounding is monotone, so if the sums at both ends of a
 * slightly wider interval (2 * delta, which covers the rounding of v -+ 2 * delta, as delta
 * is at least 3 ulp of v) agree, every value in between rounds the same. This keeps the
 * exact fused arithmetic off the common path, with no bit access.
 */
function safeSum(v: number, hi: number, delta: number): number {
  const d = 2 * delta;
  const y = v - d + hi;
  return y === v + d + hi ? y : Number.NaN;
}

/** |log(x)| < 1/16: a degree-12 polynomial with the leading terms in double-double. */
function logNear1(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  let w = r * 134217728;
  const rhi = r + w - w;
  const rlo = r - rhi;
  w = rhi * rhi * B0;
  const hi = r + w;
  // Fast path as in log(): plain arithmetic, unless the final rounding is in doubt. (The
  // fused and unfused lo differ by far less than an ulp of the result.)
  const lo = r - hi + w + B0 * rlo * (rhi + r);
  const p =
    r3 * (r3 * (r3 * B10 + (r2 * B9 + (r * B8 + B7))) + (r2 * B6 + (r * B5 + B4))) +
    (r2 * B3 + (r * B2 + B1));
  const t = r3 * p + lo;
  const y = safeSum(t, hi, 4 * Math.abs(t) * 2.220446049250313e-16);
  if (!Number.isNaN(y)) return y;
  return logNear1Exact(r, r2, r3, rhi, rlo, hi, w);
}

function logNear1Exact(
  r: number,
  r2: number,
  r3: number,
  rhi: number,
  rlo: number,
  hi: number,
  w: number,
): number {
  const c = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const f = fma(r3, c, fma(r2, B6, fma(r, B5, B4)));
  const poly = fma(r3, f, fma(r2, B3, fma(r, B2, B1)));
  let lo = r - hi + w;
  lo = fma(B0 * rlo, rhi + r, lo);
  return fma(r3, poly, lo) + hi;
}
