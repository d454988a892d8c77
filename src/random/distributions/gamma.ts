/**
 * Generator's gamma family: `random_standard_gamma` (Marsaglia-Tsang for shape >= 1,
 * Johnk-style rejection below), its float32 twin, and beta, as NumPy's distributions.c.
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { cmpLog } from './libm/compare.js';
import { exp, log, log1p, logf, pow, powf } from './libm/index.js';
import {
  standardExponential,
  standardExponentialF,
  standardNormal,
  standardNormalF,
} from './ziggurat.js';

const fr = Math.fround;

export function standardGamma(bg: BitGenerator, shape: number): number {
  if (shape === 1.0) return standardExponential(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = bg.nextDouble();
      const V = standardExponential(bg);
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
      X = standardNormal(bg);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = bg.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (cmpLog(U) < 0.5 * X * X + b * (1 - V + cmpLog(V))) return b * V;
  }
}

/** `random_standard_gamma_f`: the same algorithm in float32 arithmetic. */
export function standardGammaF(bg: BitGenerator, shape: number): number {
  shape = fr(shape);
  if (shape === 1.0) return standardExponentialF(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = bg.nextFloat();
      const V = standardExponentialF(bg);
      if (U <= fr(1.0 - shape)) {
        const X = powf(U, fr(1 / shape));
        if (X <= V) return X;
      } else {
        const Y = -logf(fr(fr(1 - U) / shape));
        const X = powf(fr(fr(1.0 - shape) + fr(shape * Y)), fr(1 / shape));
        if (X <= fr(V + Y)) return X;
      }
    }
  }
  const b = fr(shape - fr(1 / 3));
  const c = fr(1 / fr(Math.sqrt(fr(9 * b))));
  const k0331 = fr(0.0331);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = standardNormalF(bg);
      V = fr(1.0 + fr(c * X));
    } while (V <= 0.0);
    V = fr(fr(V * V) * V);
    const U = bg.nextFloat();
    const X2 = fr(X * X);
    if (U < fr(1.0 - fr(fr(k0331 * X2) * X2))) return fr(b * V);
    if (logf(U) < fr(fr(fr(0.5 * X) * X) + fr(b * fr(fr(1.0 - V) + logf(V))))) return fr(b * V);
  }
}

const BETA_TINY_THRESHOLD = 3e-103;

/** `random_beta` (assumes a, b > 0): Johnk's algorithm when both <= 1, else a gamma ratio. */
export function beta(bg: BitGenerator, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      // So small that the result is 0 or 1 but for a ~1e-100 chance.
      const U = bg.nextDouble();
      return (a + b) * U < a ? 1 : 0;
    }
    for (;;) {
      const U = bg.nextDouble();
      const V = bg.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        // X or Y underflowed: work with logarithms.
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        if (delta > 0) return exp(-log1p(exp(-delta)));
        return exp(delta - log1p(exp(delta)));
      }
    }
  }
  const Ga = standardGamma(bg, a);
  const Gb = standardGamma(bg, b);
  return Ga / (Ga + Gb);
}
