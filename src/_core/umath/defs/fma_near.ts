/**
 * Cheap stand-ins for an emulated fma whose operands are only known approximately, for the
 * fast paths of the glibc ports (libm_asin.ts, libm_atan.ts, libm_tan.ts): those compute a
 * polynomial with plain operations (a few ulps away from glibc's fused one) and need glibc's
 * last fused step exactly. When every value within the error bound gives the same rounded
 * result, that result is glibc's; otherwise (NaN) the caller reruns its exact, fully fused
 * path.
 */
import { productError } from './fma.js';

/**
 * RN(c − (ph + pl)) for an exact product ph + pl (|pl| ≤ ulp(ph)/2), give or take d: the
 * result if it is the same double for every error up to d, else NaN.
 */
export function subProductNear(c: number, ph: number, pl: number, d: number): number {
  // c − ph = s + err exactly (two-sum), so the value is s + (err − pl); lo rounds err − pl.
  const s = c - ph;
  const bb = s - c;
  const err = c - (s - bb) + (-ph - bb);
  const lo = err - pl;
  const r = s + lo;
  // lo's own rounding (≤ 2^-53·|lo|) widens the interval a little.
  const w = d + Math.abs(lo) * 2 ** -50;
  return s + (lo + w) === r && s + (lo - w) === r ? r : Number.NaN;
}

/**
 * RN(a·b + c + e) if it is the same double for every |e| ≤ d, else NaN. Needs a·b well
 * inside the normal range (no underflow in its exact error) and finite operands.
 */
export function fmaNear(a: number, b: number, c: number, d: number): number {
  const p = -a * b;
  return subProductNear(c, p, productError(-a, b, p), d);
}

/**
 * RN(a + t') if it is the same double for every t' within d (plus two ulps of t, for t's own
 * rounding) of t, else NaN: glibc's a + t where only an approximation t of its rounded t is
 * known (|t| ≪ |a|). With t = x·y rounded and d covering that rounding (2^-53·|x·y|) it
 * stands for fma(x, y, a) too, without the exact product.
 */
export function sumNear(a: number, t: number, d: number): number {
  const w = d + Math.abs(t) * 2 ** -51;
  const r = a + t;
  return a + (t + w) === r && a + (t - w) === r ? r : Number.NaN;
}
