/**
 * Generator's discrete distributions (NumPy's distributions.c and random_hypergeometric.c):
 * Poisson (multiplication / PTRS), binomial (inversion / BTPE, with a cache of the setup),
 * negative binomial, geometric, Zipf, log-series and hypergeometric. Results are integers
 * held in doubles (all below 2**63; int64 outputs are written from them).
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { randomInterval } from './bounded.js';
import { standardGamma } from './gamma.js';
import { cmpExp, cmpLog } from './libm/compare.js';
import { log1p, pow } from './libm/index.js';
import { logfactorial, loggam } from './logfactorial.js';
import { standardExponential } from './ziggurat.js';

const INT64_MAX = 2 ** 63; // INT64_MAX as a double
const floor = Math.floor;
const ceil = Math.ceil;

/**
 * C's `(int64_t)floor(x)`: out-of-range values and NaN become INT64_MIN on x86-64, which the
 * samplers' range checks then reject, as in NumPy.
 */
function ifloor(x: number): number {
  const f = Math.floor(x);
  return f >= -9.223372036854776e18 && f < 9.223372036854776e18 ? f : -9.223372036854776e18;
}

function poissonMult(bg: BitGenerator, lam: number): number {
  const enlam = cmpExp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bg.nextDouble();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** Hoermann's transformed rejection (PTRS) for lam >= 10. */
function poissonPtrs(bg: BitGenerator, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = cmpLog(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = bg.nextDouble() - 0.5;
    const V = bg.nextDouble();
    const us = 0.5 - Math.abs(U);
    const k = ifloor(((2 * a) / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (
      cmpLog(V) + cmpLog(invalpha) - cmpLog(a / (us * us) + b) <=
      -lam + k * loglam - loggam(k + 1)
    )
      return k;
  }
}

export function poisson(bg: BitGenerator, lam: number): number {
  if (lam >= 10) return poissonPtrs(bg, lam);
  if (lam === 0) return 0;
  return poissonMult(bg, lam);
}

export function negativeBinomial(bg: BitGenerator, n: number, p: number): number {
  const Y = ((1 - p) / p) * standardGamma(bg, n);
  return poisson(bg, Y);
}

/** The setup of the last binomial (n, p), reused while they do not change (binomial_t). */
export class BinomialState {
  has = false;
  nsave = 0;
  psave = 0;
  r = 0;
  q = 0;
  fm = 0;
  m = 0;
  p1 = 0;
  xm = 0;
  xl = 0;
  xr = 0;
  c = 0;
  laml = 0;
  lamr = 0;
  p2 = 0;
  p3 = 0;
  p4 = 0;
}

/** BTPE setup shared by the current and the legacy sampler. */
export function btpeSetup(st: BinomialState, n: number, p: number): void {
  if (st.has && st.nsave === n && st.psave === p) return;
  st.nsave = n;
  st.psave = p;
  st.has = true;
  const r = (st.r = Math.min(p, 1.0 - p));
  const q = (st.q = 1.0 - r);
  const fm = (st.fm = n * r + r);
  const m = (st.m = floor(fm));
  const p1 = (st.p1 = floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5);
  const xm = (st.xm = m + 0.5);
  const xl = (st.xl = xm - p1);
  const xr = (st.xr = xm + p1);
  const c = (st.c = 0.134 + 20.5 / (15.3 + m));
  let a = (fm - xl) / (fm - xl * r);
  const laml = (st.laml = a * (1.0 + a / 2.0));
  a = (xr - fm) / (xr * q);
  const lamr = (st.lamr = a * (1.0 + a / 2.0));
  const p2 = (st.p2 = p1 * (1.0 + 2.0 * c));
  const p3 = (st.p3 = p2 + c / laml);
  st.p4 = p3 + c / lamr;
}

/** BTPE (Kachitvichyanukul & Schmeiser), as NumPy 2.4 has it for both APIs. */
export function binomialBtpe(bg: BitGenerator, n: number, p: number, st: BinomialState): number {
  btpeSetup(st, n, p);
  const { r, q, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 } = st;
  let y: number;
  for (;;) {
    const nrq = n * r * q;
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    if (u <= p1) {
      y = floor(xm - p1 * v + u);
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = floor(x);
    } else if (u <= p3) {
      y = ifloor(xl + cmpLog(v) / laml);
      // Reject v == 0, where the cast above is undefined.
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = ifloor(xr - cmpLog(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50: decide between the explicit product and the squeeze.
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      const a = s * (n + 1);
      let F = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) F *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) F /= a / i - s;
      }
      if (v > F) continue;
      break;
    }
    // Step 52: squeeze with the Stirling bounds.
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = cmpLog(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    // NumPy 2.4's formula (shared by Generator and RandomState): all four Stirling error
    // terms added, from 13680 (later NumPy versions correct this for Generator only).
    const bound =
      xm * cmpLog(f1 / x1) +
      (n - m + 0.5) * cmpLog(z / w) +
      (y - m) * cmpLog((w * r) / (x1 * q)) +
      (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
      (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320;
    if (A > bound) continue;
    break;
  }
  if (p > 0.5) y = n - y;
  return y;
}

/** Inversion for n*p <= 30. `legacy` computes q**n as exp(n log q) instead of via log1p. */
export function binomialInversion(
  bg: BitGenerator,
  n: number,
  p: number,
  st: BinomialState,
  legacy: boolean,
): number {
  if (!(st.has && st.nsave === n && st.psave === p)) {
    st.nsave = n;
    st.psave = p;
    st.has = true;
    const q = (st.q = 1.0 - p);
    st.r = legacy ? cmpExp(n * cmpLog(q)) : cmpExp(n * log1p(-p));
    const np = (st.c = n * p);
    st.m = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  }
  const { q, r: qn, m: bound } = st;
  let X = 0;
  let px = qn;
  let U = bg.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bg.nextDouble();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

export function binomial(bg: BitGenerator, p: number, n: number, st: BinomialState): number {
  if (n === 0 || p === 0.0) return 0;
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(bg, n, p, st, false);
    return binomialBtpe(bg, n, p, st);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(bg, n, q, st, false);
  return n - binomialBtpe(bg, n, q, st);
}

/** Sequential search (`random_geometric_search`), also the legacy sampler for p >= 1/3. */
export function geometricSearch(bg: BitGenerator, p: number): number {
  let X = 1;
  let sum = p;
  let prod = p;
  const q = 1.0 - p;
  const U = bg.nextDouble();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

export function geometric(bg: BitGenerator, p: number): number {
  if (p >= 0.3333333333333333) return geometricSearch(bg, p);
  const z = ceil(-standardExponential(bg) / log1p(-p));
  return z >= 9.223372036854776e18 ? INT64_MAX : z;
}

export function zipf(bg: BitGenerator, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  // U is drawn from (Umin, 1]: smaller values would give X beyond int64 and be rejected.
  const Umin = pow(INT64_MAX, -am1);
  for (;;) {
    const U01 = bg.nextDouble();
    const U = U01 * Umin + (1 - U01);
    const V = bg.nextDouble();
    const X = floor(pow(U, -1.0 / am1));
    if (X > INT64_MAX || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}

export function logseries(bg: BitGenerator, p: number): number {
  const r = log1p(-p);
  for (;;) {
    const V = bg.nextDouble();
    if (V >= p) return 1;
    const U = bg.nextDouble();
    const q = -Math.expm1(r * U);
    if (V <= q * q) {
      const result = ifloor(1 + cmpLog(V) / cmpLog(q));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1;
    return 2;
  }
}

/** Draws by simulating the urn (sample below 10 or within 10 of the population). */
function hypergeometricSample(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const half = Math.floor(total / 2);
  let computed = sample > half ? total - sample : sample;
  let remTotal = total;
  let remGood = good;
  while (computed > 0 && remGood > 0 && remTotal > remGood) {
    --remTotal;
    if (randomInterval(bg, remTotal) < remGood) --remGood;
    --computed;
  }
  if (remTotal === remGood) remGood -= computed;
  return sample > half ? remGood : good - remGood;
}

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

/** Stadlober's ratio-of-uniforms (HRUA). */
function hypergeometricHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const computed = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computed * p;
  const a = mu + 0.5;
  const variance = ((popsize - computed) * computed * p * q) / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const m = floor(((computed + 1) * (mingoodbad + 1)) / (popsize + 2));
  const g =
    logfactorial(m) +
    logfactorial(mingoodbad - m) +
    logfactorial(computed - m) +
    logfactorial(maxgoodbad - computed + m);
  const b = Math.min(Math.min(computed, mingoodbad) + 1, floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = bg.nextDouble();
    const V = bg.nextDouble();
    const X = a + (h * (V - 0.5)) / U;
    if (X < 0.0 || X >= b) continue;
    K = floor(X);
    const gp =
      logfactorial(K) +
      logfactorial(mingoodbad - K) +
      logfactorial(computed - K) +
      logfactorial(maxgoodbad - computed + K);
    const T = g - gp;
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * cmpLog(U) <= T) break;
  }
  if (good > bad) K = computed - K;
  if (computed < sample) K = good - K;
  return K;
}

export function hypergeometric(
  bg: BitGenerator,
  good: number,
  bad: number,
  sample: number,
): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHrua(bg, good, bad, sample);
  return hypergeometricSample(bg, good, bad, sample);
}
