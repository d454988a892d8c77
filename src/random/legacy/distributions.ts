/**
 * RandomState's samplers: the algorithms NumPy froze in legacy-distributions.c so that
 * `np.random.seed(s)` keeps giving the streams of NumPy 1.16 (polar Box-Muller normals with
 * the cached second value, -log(1 - U) exponentials, the original binomial, geometric,
 * hypergeometric, Zipf, log-series and von Mises samplers).
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { randomInterval } from '../distributions/bounded.js';
import { vonmisesTail } from '../distributions/continuous.js';
import {
  type BinomialState,
  binomialBtpe,
  binomialInversion,
  geometricSearch,
  poisson,
} from '../distributions/discrete.js';
import { cmpExp, cmpLog } from '../distributions/libm/compare.js';
import { exp, log, log1p, pow } from '../distributions/libm/index.js';
import { logArrayFast } from '../distributions/libm/log_wasm.js';
import { loggam } from '../distributions/logfactorial.js';

/** The augmented bit generator of RandomState: the bit generator and the cached gauss. */
export class LegacyState {
  has_gauss = 0;
  gauss = 0.0;
  constructor(public bg: BitGenerator) {}
}

const INT64_MAX = 2 ** 63; // INT64_MAX as a double

/** `legacy_gauss`: the polar method; every other call returns the cached second value. */
export function gauss(st: LegacyState): number {
  if (st.has_gauss) {
    const t = st.gauss;
    st.has_gauss = 0;
    st.gauss = 0.0;
    return t;
  }
  const bg = st.bg;
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2.0 * bg.nextDouble() - 1.0;
    x2 = 2.0 * bg.nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 === 0.0);
  const f = Math.sqrt((-2.0 * log(r2)) / r2);
  st.gauss = f * x1;
  st.has_gauss = 1;
  return f * x2;
}

/** Scratch of fillGauss (module level: fills do not nest). */
const U_CAP = 8192;
const U = new Float64Array(U_CAP);
const X1 = new Float64Array(U_CAP >> 1);
const X2 = new Float64Array(U_CAP >> 1);
const R2 = new Float64Array(U_CAP >> 1);
const LG = new Float64Array(U_CAP >> 1);

/**
 * `gauss` for a whole array (the hot loop of randn / standard_normal). Each polar attempt
 * takes two doubles and each output pair at least one attempt, so drawing two doubles per
 * missing pair in bulk never runs the bit generator ahead of NumPy's; rejected attempts
 * leave pairs missing for the next round. The accepted attempts' logarithms are taken in
 * one bulk call.
 */
export function fillGauss(st: LegacyState, out: Float64Array, start: number, n: number): void {
  const bg = st.bg;
  let i = start;
  const end = start + n;
  if (i < end && st.has_gauss) {
    out[i++] = st.gauss;
    st.has_gauss = 0;
    st.gauss = 0.0;
  }
  while (i < end) {
    const attempts = Math.min((end - i + 1) >> 1, U_CAP >> 1);
    bg.fillDouble(U, 0, 2 * attempts);
    let m = 0;
    // Branch-free compaction of the accepted attempts (a rejection, about one in five, is
    // unpredictable): every attempt is written, and m advances only past accepted ones.
    for (let a = 0; a < 2 * attempts; a += 2) {
      const x1 = 2.0 * U[a]! - 1.0;
      const x2 = 2.0 * U[a + 1]! - 1.0;
      const r2 = x1 * x1 + x2 * x2;
      X1[m] = x1;
      X2[m] = x2;
      R2[m] = r2;
      m += ((r2 < 1.0) as unknown as number) & ((r2 !== 0.0) as unknown as number);
    }
    logArrayFast(R2, LG, m);
    for (let k = 0; k < m; k++) {
      const r2 = R2[k]!;
      const f = Math.sqrt((-2.0 * LG[k]!) / r2);
      out[i++] = f * X2[k]!;
      if (i < end) out[i++] = f * X1[k]!;
      else {
        st.gauss = f * X1[k]!;
        st.has_gauss = 1;
      }
    }
  }
}

export const standardExponential = (st: LegacyState): number => -log(1.0 - st.bg.nextDouble());

export function standardGamma(st: LegacyState, shape: number): number {
  if (shape === 1.0) return standardExponential(st);
  if (shape === 0.0) return 0.0;
  const bg = st.bg;
  if (shape < 1.0) {
    for (;;) {
      const U = bg.nextDouble();
      const V = standardExponential(st);
      if (U <= 1.0 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = gauss(st);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = bg.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (cmpLog(U) < 0.5 * X * X + b * (1 - V + cmpLog(V))) return b * V;
  }
}
export const legacyStandardGamma = standardGamma;

export const gamma = (st: LegacyState, shape: number, scale: number): number =>
  scale * standardGamma(st, shape);
export const pareto = (st: LegacyState, a: number): number => exp(standardExponential(st) / a) - 1;
export const weibull = (st: LegacyState, a: number): number =>
  a === 0.0 ? 0.0 : pow(standardExponential(st), 1 / a);
export const power = (st: LegacyState, a: number): number =>
  pow(1 - exp(-standardExponential(st)), 1 / a);
export const chisquare = (st: LegacyState, df: number): number => 2.0 * standardGamma(st, df / 2.0);
export const rayleigh = (bg: BitGenerator, mode: number): number =>
  mode * Math.sqrt(-2.0 * log1p(-bg.nextDouble()));
export const normal = (st: LegacyState, loc: number, scale: number): number =>
  loc + scale * gauss(st);
export const lognormal = (st: LegacyState, mean: number, sigma: number): number =>
  exp(normal(st, mean, sigma));
export const exponential = (st: LegacyState, scale: number): number =>
  scale * standardExponential(st);

export function noncentralChisquare(st: LegacyState, df: number, nonc: number): number {
  if (nonc === 0) return chisquare(st, df);
  if (1 < df) {
    const Chi2 = chisquare(st, df - 1);
    const n = gauss(st) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  const i = poisson(st.bg, nonc / 2.0);
  const out = chisquare(st, df + 2 * i);
  // The NaN guard sits here so as not to change the stream.
  return Number.isNaN(nonc) ? Number.NaN : out;
}

export function noncentralF(st: LegacyState, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(st, dfnum, nonc) * dfden;
  return t / (chisquare(st, dfden) * dfnum);
}

export function wald(st: LegacyState, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let Y = gauss(st);
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = st.bg.nextDouble();
  if (U <= mean / (mean + X)) return X;
  return (mean * mean) / X;
}

export function standardT(st: LegacyState, df: number): number {
  const num = gauss(st);
  const denom = standardGamma(st, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

export function negativeBinomial(st: LegacyState, n: number, p: number): number {
  const Y = gamma(st, n, (1 - p) / p);
  return poisson(st.bg, Y);
}

export function standardCauchy(st: LegacyState): number {
  const a = gauss(st);
  return a / gauss(st);
}

export function beta(st: LegacyState, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    const bg = st.bg;
    for (;;) {
      const U = bg.nextDouble();
      const V = bg.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = standardGamma(st, a);
  const Gb = standardGamma(st, b);
  return Ga / (Ga + Gb);
}

export function f(st: LegacyState, dfnum: number, dfden: number): number {
  return (chisquare(st, dfnum) * dfden) / (chisquare(st, dfden) * dfnum);
}

/** `legacy_random_binomial`: the original dispatch (no n == 0 / p == 0 shortcut). */
export function legacyBinomial(bg: BitGenerator, p: number, n: number, st: BinomialState): number {
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(bg, n, p, st, true);
    return binomialBtpe(bg, n, p, st);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(bg, n, q, st, true);
  return n - binomialBtpe(bg, n, q, st);
}

function hypergeometricHyp(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = bg.nextDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

function hypergeometricHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
  const d10 =
    loggam(d9 + 1) +
    loggam(mingoodbad - d9 + 1) +
    loggam(m - d9 + 1) +
    loggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = bg.nextDouble();
    const Y = bg.nextDouble();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = Math.floor(W);
    const T =
      d10 -
      (loggam(Z + 1) +
        loggam(mingoodbad - Z + 1) +
        loggam(m - Z + 1) +
        loggam(maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * cmpLog(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

export function hypergeometric(
  bg: BitGenerator,
  good: number,
  bad: number,
  sample: number,
): number {
  if (sample > 10) return hypergeometricHrua(bg, good, bad, sample);
  if (sample > 0) return hypergeometricHyp(bg, good, bad, sample);
  return 0;
}

export function zipf(bg: BitGenerator, a: number): number {
  // glibc's pow: V8's Math.pow is an ulp off for some draws, and the floor shows it.
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  for (;;) {
    const U = 1.0 - bg.nextDouble();
    const V = bg.nextDouble();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > INT64_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}

export function geometric(bg: BitGenerator, p: number): number {
  if (p >= 0.3333333333333333) return geometricSearch(bg, p);
  return Math.ceil(Math.log1p(-bg.nextDouble()) / cmpLog(1 - p));
}

export function logseries(bg: BitGenerator, p: number): number {
  const r = cmpLog(1.0 - p);
  for (;;) {
    const V = bg.nextDouble();
    if (V >= p) return 1;
    const U = bg.nextDouble();
    const q = 1.0 - cmpExp(r * U);
    if (V <= q * q) {
      const fl = Math.floor(1 + cmpLog(V) / cmpLog(q));
      const result =
        fl >= -9.223372036854776e18 && fl < 9.223372036854776e18 ? fl : -9.223372036854776e18;
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1;
    return 2;
  }
}

export function vonmises(bg: BitGenerator, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return Number.NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bg.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) s = 1 / kappa + kappa;
  else {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  }
  return vonmisesTail(bg, mu, kappa, s);
}

export { randomInterval };
