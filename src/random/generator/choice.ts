/**
 * `Generator.choice` and `RandomState.choice`, with NumPy's validation messages (the two
 * APIs word them differently), sampling with replacement (uniform integers, or an inverse
 * CDF with searchsorted for `p`) and without (weighted rejection of repeats; Generator's
 * Floyd/hash-set or tail-shuffle; RandomState's permutation prefix).
 */

import { int64 } from '../../_core/dtype.js';
import { IndexError, ValueError } from '../../_core/errors.js';
import { storeInt64 } from '../../_core/int64_words.js';
import { asarray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { mulFull64, R } from '../bit_generator/u64.js';
import { lemire32 } from '../distributions/bounded.js';
import { type Size, shapeOf, toParam } from './params.js';
import { isPyInt, permutation, takeAlong } from './shuffle.js';

/** The sampling hooks that differ between Generator and RandomState. */
export interface ChoiceHost {
  bg: BitGenerator;
  legacy: boolean;
  /** Uniform doubles of a shape (random / random_sample / rand). */
  uniform(shape: number[]): Float64Array;
  /** Integers in [0, n) of a shape (integers / randint). */
  ints(n: number, shape: number[]): NDArray;
}

/** Neumaier-free Kahan sum of NumPy's `kahan_sum` over the first n values. */
function kahanSum(d: Float64Array, n: number): number {
  if (n <= 0) return 0.0;
  let sum = d[0]!;
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = d[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** cumsum(p) / cumsum(p)[-1]. */
function normalizedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = s += p[i]!;
  const last = cdf[cdf.length - 1]!;
  for (let i = 0; i < cdf.length; i++) cdf[i] = cdf[i]! / last;
  return cdf;
}

/** searchsorted(cdf, v, side='right'): the number of entries <= v. */
function searchRight(cdf: Float64Array, v: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `random_bounded_uint64(0, rng, 0, 0)`: Lemire on [0, rng] (rng < 2**53). */
function lemireTo(bg: BitGenerator, rng: number): number {
  if (rng === 0) return 0;
  if (rng <= 0xffffffff) return rng === 0xffffffff ? bg.nextUint32() : lemire32(bg, rng);
  const excl = rng + 1;
  const eHi = Math.floor(excl / 4294967296);
  const eLo = excl >>> 0;
  const t = (2n ** 64n - BigInt(excl)) % BigInt(excl);
  const tHi = Number(t >> 32n);
  const tLo = Number(t & 0xffffffffn);
  for (;;) {
    bg.next64();
    mulFull64(bg.hi >>> 0, bg.lo >>> 0, eHi, eLo);
    if (R.hi > tHi || (R.hi === tHi && R.lo >= tLo)) return R.hi2 * 4294967296 + R.lo2;
  }
}

/** `_shuffle_int`: Fisher-Yates of data[first..n) with Lemire indices. */
function shuffleInt(bg: BitGenerator, n: number, first: number, data: Float64Array): void {
  for (let i = n - 1; i >= first; i--) {
    const j = lemireTo(bg, i);
    const t = data[j]!;
    data[j] = data[i]!;
    data[i] = t;
  }
}

function int64Array(vals: Float64Array, shape: number[]): NDArray {
  const a = NDArray.empty(shape, int64);
  const w = new Int32Array(a.buffer as ArrayBuffer);
  for (let i = 0; i < vals.length; i++) storeInt64(w, i, vals[i]!);
  return a;
}

function int64Values(a: NDArray): Float64Array {
  const w = new Int32Array(a.buffer as ArrayBuffer, a.offset, 2 * a.size);
  const out = new Float64Array(a.size);
  for (let i = 0; i < out.length; i++) out[i] = w[2 * i + 1]! * 4294967296 + (w[2 * i]! >>> 0);
  return out;
}

const prod = (s: number[]) => s.reduce((a, b) => a * b, 1);

export function choice(
  host: ChoiceHost,
  aIn: unknown,
  size: Size,
  replace: boolean,
  pIn: unknown,
  axis: number,
  doShuffle: boolean,
): unknown {
  const legacy = host.legacy;
  const a = asarray(aIn);
  const sizeIsNone = size === null || size === undefined;
  const nSamples = sizeIsNone ? 1 : prod(shapeOf(size));
  let popSize: number;
  if (a.ndim === 0) {
    const v = a.dtype.isBig ? a.atBig() : a.item();
    if (!(isPyInt(v) || (a.dtype.isInteger && typeof v === 'number'))) {
      throw new ValueError(
        legacy
          ? 'a must be 1-dimensional or an integer'
          : `a must be a sequence or an integer, not ${pyType(aIn)}`,
      );
    }
    popSize = Number(v);
    if (popSize <= 0 && nSamples !== 0) {
      throw new ValueError(
        legacy
          ? 'a must be greater than 0 unless no samples are taken'
          : 'a must be a positive integer unless no samples are taken',
      );
    }
  } else {
    if (legacy && a.ndim !== 1) throw new ValueError('a must be 1-dimensional');
    const ax = axis < 0 ? axis + a.ndim : axis;
    if (ax < 0 || ax >= a.ndim) throw new IndexError('tuple index out of range');
    popSize = a.dims[ax]!;
    if (popSize === 0 && nSamples !== 0) {
      throw new ValueError(
        legacy
          ? "'a' cannot be empty unless no samples are taken"
          : 'a cannot be empty unless no samples are taken',
      );
    }
  }
  let p: Float64Array | null = null;
  if (pIn !== null && pIn !== undefined) {
    let atol = Math.sqrt(2.220446049250313e-16);
    if (pIn instanceof NDArray && pIn.dtype.kind === 'f') {
      const eps =
        pIn.dtype.itemsize === 4
          ? 1.1920928955078125e-7
          : pIn.dtype.itemsize === 2
            ? 0.0009765625
            : 2.220446049250313e-16;
      atol = Math.max(atol, Math.sqrt(eps));
    }
    const pp = toParam(pIn);
    if (pp.shape.length !== 1)
      throw new ValueError(legacy ? "'p' must be 1-dimensional" : 'p must be 1-dimensional');
    if (pp.data.length !== popSize)
      throw new ValueError(
        legacy ? "'a' and 'p' must have same size" : 'a and p must have same size',
      );
    const pSum = kahanSum(pp.data, pp.data.length);
    if (Number.isNaN(pSum))
      throw new ValueError(legacy ? 'probabilities contain NaN' : 'Probabilities contain NaN');
    if (pp.data.some((v) => v < 0)) {
      throw new ValueError(
        legacy ? 'probabilities are not non-negative' : 'Probabilities are not non-negative',
      );
    }
    if (Math.abs(pSum - 1) > atol) {
      throw new ValueError(
        legacy
          ? 'probabilities do not sum to 1'
          : 'Probabilities do not sum to 1. See Notes section of docstring for more information.',
      );
    }
    p = Float64Array.from(pp.data);
  }
  const shape = sizeIsNone ? [] : shapeOf(size);
  let idx: NDArray;
  if (replace) {
    if (p) {
      const cdf = normalizedCdf(p);
      const u = host.uniform(shape);
      const vals = new Float64Array(u.length);
      for (let i = 0; i < u.length; i++) vals[i] = searchRight(cdf, u[i]!);
      idx = int64Array(vals, shape);
    } else {
      idx = host.ints(popSize, shape);
    }
  } else {
    if (nSamples > popSize) {
      throw new ValueError(
        legacy
          ? "Cannot take a larger sample than population when 'replace=False'"
          : 'Cannot take a larger sample than population when replace is False',
      );
    }
    if (p) {
      if (p.filter((v) => v > 0).length < nSamples)
        throw new ValueError('Fewer non-zero entries in p than size');
      const found = new Float64Array(nSamples);
      let nUniq = 0;
      while (nUniq < nSamples) {
        const x = host.uniform([nSamples - nUniq]);
        for (let i = 0; i < nUniq; i++) p[found[i]!] = 0;
        const cdf = normalizedCdf(p);
        // Unique draws in order of first occurrence.
        const seen = new Set<number>();
        for (let i = 0; i < x.length; i++) {
          const v = searchRight(cdf, x[i]!);
          if (!seen.has(v)) {
            seen.add(v);
            found[nUniq + seen.size - 1] = v;
          }
        }
        nUniq += seen.size;
      }
      idx = int64Array(found, shape);
    } else if (legacy) {
      const perm = int64Values(permutation(host.bg, popSize, 0, true)).subarray(0, nSamples);
      idx = int64Array(perm, shape);
    } else {
      idx = int64Array(floydSample(host.bg, popSize, nSamples, doShuffle), shape);
    }
  }
  if (sizeIsNone) {
    const v = int64Values(idx)[0]!;
    if (a.ndim === 0) return v;
    return legacy || a.ndim === 1
      ? a.get(v).reshape([]).item()
      : takeAlong(a, idx, normAxis(axis, a.ndim));
  }
  if (a.ndim === 0) return idx;
  if (idx.ndim === 0 && (legacy || a.ndim === 1)) return a.get(int64Values(idx)[0]!).copy();
  return takeAlong(a, idx, legacy ? 0 : normAxis(axis, a.ndim));
}

function normAxis(axis: number, ndim: number): number {
  return axis < 0 ? axis + ndim : axis;
}

/** Generator's sampling without replacement: tail shuffle for dense draws, else a hash set. */
function floydSample(
  bg: BitGenerator,
  popSize: number,
  size: number,
  doShuffle: boolean,
): Float64Array {
  const cutoff = doShuffle ? 50 : 20;
  if (popSize > 10000 && size > Math.floor(popSize / cutoff)) {
    const all = new Float64Array(popSize);
    for (let i = 0; i < popSize; i++) all[i] = i;
    shuffleInt(bg, popSize, Math.max(popSize - size, 1), all);
    return all.slice(popSize - size);
  }
  const idx = new Float64Array(size);
  let mask = Math.trunc(1.2 * size);
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  const setSize = mask + 1;
  const hash = new Float64Array(setSize).fill(-1);
  for (let j = popSize - size; j < popSize; j++) {
    const val = lemireTo(bg, j);
    let loc = val & mask;
    while (hash[loc] !== -1 && hash[loc] !== val) loc = (loc + 1) & mask;
    if (hash[loc] === -1) {
      hash[loc] = val;
      idx[j - popSize + size] = val;
    } else {
      loc = j & mask;
      while (hash[loc] !== -1) loc = (loc + 1) & mask;
      hash[loc] = j;
      idx[j - popSize + size] = j;
    }
  }
  if (doShuffle) shuffleInt(bg, size, 1, idx);
  return idx;
}

/** Python's `type(x)` repr for the error message. */
function pyType(x: unknown): string {
  if (typeof x === 'number') return Number.isSafeInteger(x) ? "<class 'int'>" : "<class 'float'>";
  if (typeof x === 'boolean') return "<class 'bool'>";
  if (typeof x === 'string') return "<class 'str'>";
  if (x instanceof NDArray) return "<class 'numpy.ndarray'>";
  return `<class '${typeof x}'>`;
}
