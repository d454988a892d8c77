/**
 * Seeded random inputs for the live tests of the numerical and polynomial routines: array
 * specs in the fixture format of scripts/fixtures/gen_numerical.py (C-ordered data, then
 * an optional strided / reversed view or transpose), so NumPy and numtype see the same
 * arrays with the same memory layout.
 */
export type Rand = () => number;

export interface ArraySpec {
  arr: { dtype: string; shape: number[]; data: unknown[] };
  view: string | null;
  T: boolean;
}

export function randInt(r: Rand, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** A non-integral float in [lo, hi) (an integral JS number would be a Python int). */
export function randFloat(r: Rand, lo: number, hi: number): number {
  const v = lo + r() * (hi - lo);
  return Number.isInteger(v) ? v + 0.5 : v;
}

export function randPick<T>(r: Rand, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** A shape of `minNd`..`maxNd` dimensions, each `minLen`..`maxLen` long. */
export function randShape(
  r: Rand,
  minNd: number,
  maxNd: number,
  minLen: number,
  maxLen: number,
): number[] {
  const nd = randInt(r, minNd, maxNd);
  return Array.from({ length: nd }, () => randInt(r, minLen, maxLen));
}

function value(r: Rand, dtype: string, lo: number, hi: number): unknown {
  if (dtype === 'bool') return r() < 0.5;
  if (dtype.startsWith('complex')) return { complex: [lo + r() * (hi - lo), lo + r() * (hi - lo)] };
  const v = lo + r() * (hi - lo);
  if (dtype.startsWith('uint')) return Math.round(Math.abs(v));
  if (dtype.startsWith('int')) return Math.round(v);
  return v;
}

/**
 * A random array spec of `shape` and `dtype`; `sorted` gives ascending 1-D data (no view),
 * otherwise a strided, reversed or transposed view is chosen at random.
 */
export function randArray(
  r: Rand,
  shape: number[],
  dtype: string,
  opts: { sorted?: boolean; lo?: number; hi?: number } = {},
): ArraySpec {
  const lo = opts.lo ?? -5;
  const hi = opts.hi ?? 5;
  const count = (s: number[]) => s.reduce((p, x) => p * x, 1);
  if (opts.sorted) {
    const data = Array.from({ length: count(shape) }, () => value(r, dtype, lo, hi) as number);
    data.sort((a, b) => a - b);
    return { arr: { dtype, shape, data }, view: null, T: false };
  }
  const pick = shape.length === 0 ? 3 : randInt(r, 0, 3);
  let base = shape.slice();
  let view: string | null = null;
  let T = false;
  if (pick === 0) {
    base[0] = 2 * shape[0]!;
    view = r() < 0.5 ? '::2' : '::-2';
  } else if (pick === 1) view = '::-1';
  else if (pick === 2 && shape.length >= 2) {
    base = shape.slice().reverse();
    T = true;
  }
  const data = Array.from({ length: count(base) }, () => value(r, dtype, lo, hi));
  return { arr: { dtype, shape: base, data }, view, T };
}
