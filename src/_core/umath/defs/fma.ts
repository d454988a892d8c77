/**
 * Fused multiply-add for doubles and floats (one rounding of a*b + c), which JS lacks.
 * NumPy's SIMD loops and glibc's FMA code paths use the hardware instruction, so results
 * only agree bit for bit when the emulation is exact.
 *
 * Method: the exact product as ph + pl (Dekker), the exact sum c + ph as uh + ul, then
 * uh + RO(ul + pl) where RO rounds to odd — Boldo & Melquiond's emulation, which yields the
 * correctly rounded result. Products near the overflow or underflow range are rescaled.
 */
import { fromWords, hiWord, loWord } from './fpbits.js';

const SPLIT = 134217729; // 2^27 + 1
const TWO_M600 = 2 ** -600;
const TWO_P600 = 2 ** 600;
const HUGE = 2 ** 1000;
const TINY = 2 ** -960;

/** Veltkamp split: x = hi + lo with hi holding the top 26 bits. */
function split(x: number): [number, number] {
  const t = SPLIT * x;
  const hi = t - (t - x);
  return [hi, x - hi];
}

/** Error of the product: a*b - fl(a*b), exact when no under/overflow occurs. */
function prodErr(a: number, b: number, p: number): number {
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** Round-to-odd of s = fl(x + y) given the exact error t: make the last bit odd if inexact. */
function addOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const t = x - (s - bb) + (y - bb);
  if (t === 0 || (loWord(s) & 1) === 1 || !Number.isFinite(s)) return s;
  // Step one ulp towards the true value.
  let hi = hiWord(s);
  let lo = loWord(s);
  const away = s > 0 === t > 0;
  if (away) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  return fromWords(hi, lo);
}

/** fma(a, b, c) for doubles (kept small so that V8 inlines it; rare cases in fmaSlow). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  if (!(ap < HUGE && ap > TINY && c - c === 0)) return fmaSlow(a, b, c, p);
  // Dekker's exact product error, Knuth's two-sum, and one rounding when the low parts add
  // exactly (almost always); otherwise round them to odd first.
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pl = al * bl - (p - ah * bh - al * bh - ah * bl);
  const uh = c + p;
  const bb = uh - c;
  const ul = c - (uh - bb) + (p - bb);
  const v = ul + pl;
  const vb = v - ul;
  if (ul - (v - vb) + (pl - vb) === 0 || uh - uh !== 0) return uh + v;
  return uh + addOdd(ul, pl);
}

/** The exact error a*b - fl(a*b) (= fma(a, b, -p)), for products well inside the normal range. */
export function productError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

function fmaSlow(a: number, b: number, c: number, p: number): number {
  const ap = Math.abs(p);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return a * b + c;
  // The exact product of finite numbers is finite: an infinite or NaN c decides.
  if (!Number.isFinite(c)) return c;
  if (c === 0) return p;
  // Keep the product's exact error representable: rescale far from the normal range.
  if (ap >= HUGE || !Number.isFinite(p)) {
    const as = a * TWO_M600;
    // An exact product of 2^1100 or more overflows whatever finite c adds: p is that ±inf
    // (rescaling would overflow again, and inf − inf in the error terms would give NaN).
    if (Math.abs(as * b) >= 2 ** 500) return p;
    return fmaScaled(as, b, c * TWO_M600) * TWO_P600;
  }
  const ac = Math.abs(c);
  // A product far below half an ulp of c cannot change c (it is never a tie).
  if (ac > 2 ** -900 && ap < ac * 2 ** -110) return c;
  return fmaScaled(a * TWO_P600, b, c * TWO_P600) * TWO_M600;
}

function fmaCore(a: number, b: number, c: number, p: number): number {
  const pl = prodErr(a, b, p);
  const uh = c + p;
  const bb = uh - c;
  const ul = c - (uh - bb) + (p - bb);
  if (pl === 0 && ul === 0) return uh;
  return uh + addOdd(ul, pl);
}

/** Scaled computations must not round twice: only scale when the result stays normal or is exact. */
function fmaScaled(a: number, b: number, c: number): number {
  return fmaCore(a, b, c, a * b);
}

/** fmaf(a, b, c) for float32 values: the double product is exact; round the double sum to odd, then to float. */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b; // exact: 24 + 24 bits
  return Math.fround(addOdd(p, c));
}
