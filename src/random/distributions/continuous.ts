/**
 * Generator's other continuous distributions, as NumPy's distributions.c (each function
 * takes the bit generator and the parameters, already validated, and returns one draw).
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { poisson } from './discrete.js';
import { standardGamma } from './gamma.js';
import { cmpLog } from './libm/compare.js';
import { acos, cos, exp, expm1, log, pow } from './libm/index.js';
import { standardExponential, standardNormal } from './ziggurat.js';

export const uniform = (bg: BitGenerator, lower: number, range: number): number =>
  lower + range * bg.nextDouble();
export const normal = (bg: BitGenerator, loc: number, scale: number): number =>
  loc + scale * standardNormal(bg);
export const exponential = (bg: BitGenerator, scale: number): number =>
  scale * standardExponential(bg);
export const gamma = (bg: BitGenerator, shape: number, scale: number): number =>
  scale * standardGamma(bg, shape);
export const chisquare = (bg: BitGenerator, df: number): number =>
  2.0 * standardGamma(bg, df / 2.0);
export const lognormal = (bg: BitGenerator, mean: number, sigma: number): number =>
  exp(normal(bg, mean, sigma));
export const rayleigh = (bg: BitGenerator, mode: number): number =>
  mode * Math.sqrt(2.0 * standardExponential(bg));
export const pareto = (bg: BitGenerator, a: number): number => expm1(standardExponential(bg) / a);
export const power = (bg: BitGenerator, a: number): number =>
  pow(-expm1(-standardExponential(bg)), 1 / a);
export const weibull = (bg: BitGenerator, a: number): number =>
  a === 0.0 ? 0.0 : pow(standardExponential(bg), 1 / a);

export function f(bg: BitGenerator, dfnum: number, dfden: number): number {
  const s1 = chisquare(bg, dfnum) * dfden;
  const s2 = chisquare(bg, dfden) * dfnum;
  return s1 / s2;
}

export function standardCauchy(bg: BitGenerator): number {
  const a = standardNormal(bg);
  const b = standardNormal(bg);
  return a / b;
}

export function standardT(bg: BitGenerator, df: number): number {
  const num = standardNormal(bg);
  const denom = standardGamma(bg, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

export function laplace(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bg.nextDouble();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
    // U == 0 is rejected.
  }
}

export function gumbel(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - bg.nextDouble();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}

export function logistic(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bg.nextDouble();
    if (U > 0.0) return loc + scale * log(U / (1.0 - U));
  }
}

export function wald(bg: BitGenerator, mean: number, scale: number): number {
  let Y = standardNormal(bg);
  Y = mean * Y * Y;
  const d = 1 + Math.sqrt(1 + (4 * scale) / Y);
  const X = mean * (1 - 2 / d);
  const U = bg.nextDouble();
  if (U <= mean / (mean + X)) return X;
  return (mean * mean) / X;
}

export function triangular(bg: BitGenerator, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = bg.nextDouble();
  if (U <= ratio) return left + Math.sqrt(U * leftprod);
  return right - Math.sqrt((1.0 - U) * rightprod);
}

export function noncentralChisquare(bg: BitGenerator, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return Number.NaN;
  if (nonc === 0) return chisquare(bg, df);
  if (1 < df) {
    const Chi2 = chisquare(bg, df - 1);
    const n = standardNormal(bg) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  const i = poisson(bg, nonc / 2.0);
  return chisquare(bg, df + 2 * i);
}

export function noncentralF(bg: BitGenerator, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(bg, dfnum, nonc) * dfden;
  return t / (chisquare(bg, dfden) * dfnum);
}

/** The von Mises sampler of Best & Fisher, with NumPy's small- and large-kappa paths. */
export function vonmises(bg: BitGenerator, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return Number.NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bg.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else if (kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    // Wrapped normal for very large kappa.
    let result = mu + Math.sqrt(1 / kappa) * standardNormal(bg);
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  return vonmisesTail(bg, mu, kappa, s);
}

/** The rejection loop and the wrap to [-pi, pi] shared with the legacy sampler. */
export function vonmisesTail(bg: BitGenerator, mu: number, kappa: number, s: number): number {
  let W: number;
  for (;;) {
    const U = bg.nextDouble();
    const Z = cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = bg.nextDouble();
    // V == 0 is fine: Y >= 0 always accepts and Y < 0 always rejects.
    if (Y * (2 - Y) - V >= 0 || cmpLog(Y / V) + 1 - Y >= 0) break;
  }
  const U = bg.nextDouble();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
