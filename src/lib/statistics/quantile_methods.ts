/**
 * NumPy's `_QuantileMethods` (numpy/lib/_function_base_impl.py): for a sample of n values
 * and a quantile q, the virtual index into the sorted sample and the interpolation weight
 * gamma, computed in the dtype NumPy computes them in (q's float dtype, through `rd`).
 */
import { ValueError } from '../../_core/errors.js';

export const METHODS = [
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'linear',
  'median_unbiased',
  'normal_unbiased',
  'lower',
  'higher',
  'midpoint',
  'nearest',
] as const;

export type Method = (typeof METHODS)[number];

/** Methods that pick one observation (NumPy's `fix_gamma: None`). */
const DISCRETE = new Set<string>([
  'inverted_cdf',
  'closest_observation',
  'lower',
  'higher',
  'nearest',
]);

/** NumPy's error for an unknown method. */
export function checkMethod(method: unknown): Method {
  if (typeof method === 'string' && (METHODS as readonly string[]).includes(method))
    return method as Method;
  const keys = METHODS.map((m) => `'${m}'`).join(', ');
  const shown = typeof method === 'string' ? `'${method}'` : String(method);
  throw new ValueError(`${shown} is not a valid method. Use one of: dict_keys([${keys}])`);
}

/** Whether the method takes an observation rather than interpolating. */
export function isDiscrete(method: Method, intQ: boolean): boolean {
  return DISCRETE.has(method) || (method === 'linear' && intQ);
}

/** Round-half-even (np.around). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The index a discrete method takes for quantile q of n values (NumPy clips negatives to
 * 0). `rd` rounds to q's dtype after each operation; `intQ` is an integer q.
 */
export function discreteIndex(
  method: Method,
  n: number,
  q: number,
  rd: (x: number) => number,
  intQ: boolean,
): number {
  const mul = (a: number, b: number): number => (intQ ? a * b : rd(a * b));
  let idx: number;
  switch (method) {
    case 'inverted_cdf':
    case 'closest_observation': {
      const v =
        method === 'inverted_cdf'
          ? intQ
            ? n * q - 1
            : rd(mul(n, q) - 1)
          : intQ
            ? n * q - 1 - 0.5
            : rd(rd(mul(n, q) - 1) - 0.5);
      const prev = Math.floor(v);
      const gamma = v - prev;
      const takePrev =
        method === 'inverted_cdf' ? gamma === 0 : gamma === 0 && ((prev % 2) + 2) % 2 === 1;
      idx = takePrev ? prev : prev + 1;
      break;
    }
    case 'lower':
      idx = Math.floor(mul(n - 1, q));
      break;
    case 'higher':
      idx = Math.ceil(mul(n - 1, q));
      break;
    case 'nearest':
      idx = roundHalfEven(mul(n - 1, q));
      break;
    default:
      idx = (n - 1) * q; // 'linear' with an integer q
  }
  return idx < 0 ? 0 : idx;
}

/** H&F's continuous methods: `n*q + (alpha + q*(1 - alpha - beta)) - 1`. */
const ALPHA_BETA: Record<string, [number, number]> = {
  interpolated_inverted_cdf: [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  median_unbiased: [1 / 3.0, 1 / 3.0],
  normal_unbiased: [3 / 8.0, 3 / 8.0],
};

/** The virtual (fractional) index of an interpolating method, in q's dtype. */
export function virtualIndex(
  method: Method,
  n: number,
  q: number,
  rd: (x: number) => number,
  intQ: boolean,
): number {
  if (method === 'linear') return rd((n - 1) * q);
  if (method === 'averaged_inverted_cdf') return intQ ? n * q - 1 : rd(rd(n * q) - 1);
  if (method === 'midpoint') {
    const x = intQ ? (n - 1) * q : rd((n - 1) * q);
    return rd(0.5 * rd(Math.floor(x) + Math.ceil(x)));
  }
  const [alpha, beta] = ALPHA_BETA[method]!;
  const c = 1 - alpha - beta;
  if (intQ) return n * q + (alpha + q * c) - 1; // int q: float64 arithmetic
  return rd(rd(rd(n * q) + rd(rd(alpha) + rd(q * rd(c)))) - 1);
}

/**
 * NumPy's `_get_indexes` and `_get_gamma`: the neighbouring indexes of virtual index v
 * (clipped to the sample) and the weight of the upper one.
 */
export function neighbours(
  method: Method,
  v: number,
  n: number,
  rd: (x: number) => number,
): [number, number, number] {
  let prev = Math.floor(v);
  let next = prev + 1;
  if (v >= n - 1 || Number.isNaN(v)) {
    prev = n - 1;
    next = n - 1;
  } else if (v < 0) {
    prev = 0;
    next = 0;
  }
  let gamma = rd(v - prev);
  if (method === 'averaged_inverted_cdf') gamma = gamma === 0 ? 0.5 : 1;
  else if (method === 'midpoint') gamma = v % 1 === 0 ? 0 : 0.5;
  return [prev, next, gamma];
}
