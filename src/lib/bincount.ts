/**
 * `np.bincount(x, weights=None, minlength=0)` and `np.digitize(x, bins, right=False)`
 * (NumPy's numpy/_core/src/multiarray/compiled_base.c and lib/_function_base_impl.py).
 */
import { Complex } from '../_core/complex.js';
import { float64 as float64DT, int64 as int64DT } from '../_core/dtype.js';
import { readElement } from '../_core/elements.js';
import { ValueError } from '../_core/errors.js';
import { forEachOffset } from '../_core/iter.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { searchsortedImpl } from '../_core/sorting/searchsorted.js';

function numbersOf(a: NDArray): number[] {
  const out: number[] = [];
  const dv = a.dataView;
  forEachOffset(a.shape, a.strides, a.offset, (off: number) => {
    const v = readElement(dv, off, a.dtype);
    if (v instanceof Complex) {
      throw new TypeError(
        "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
      );
    }
    out.push(typeof v === 'boolean' ? Number(v) : Number(v as number | bigint));
  });
  return out;
}

function depth1(a: NDArray): void {
  if (a.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a.ndim > 1) throw new ValueError('object too deep for desired array');
}

/** `np.bincount(x, /, weights=None, minlength=0)`. */
export function bincount(x: unknown, ...rest: unknown[]): NDArray {
  const o = bindArgs('bincount', ['weights', 'minlength'], rest);
  const a = toArray(x);
  if (o.minlength === null) throw new TypeError('use 0 instead of None for minlength');
  const minlength = o.minlength === undefined ? 0 : Number(o.minlength);
  if (minlength < 0) throw new ValueError("'minlength' must not be negative");
  depth1(a);
  const vals = numbersOf(a).map((v) => Math.trunc(v));
  let max = -1;
  for (const v of vals) {
    if (v < 0) throw new ValueError("'list' argument must have no negative elements");
    if (v > max) max = v;
  }
  const len = Math.max(max + 1, minlength);
  if (o.weights === undefined || o.weights === null) {
    const out = NDArray.zeros([len], int64DT);
    const counts = new Float64Array(len);
    for (const v of vals) counts[v]!++;
    const d = out.data as BigInt64Array;
    for (let i = 0; i < len; i++) d[i] = BigInt(counts[i]!);
    return out;
  }
  const w = toArray(o.weights);
  const wv = numbersOf(w.dtype === float64DT ? w : w.astype('float64'));
  if (w.ndim !== 1 && a.size > 0) depth1(w);
  if (wv.length !== vals.length)
    throw new ValueError("The weights and list don't have the same length.");
  const out = NDArray.zeros([len], float64DT);
  const d = out.data as Float64Array;
  for (let i = 0; i < vals.length; i++) d[vals[i]!]! += wv[i]!;
  return out;
}

/** NumPy's check_array_monotonic: 1 increasing, -1 decreasing, 0 neither. */
function monotonicity(b: number[]): number {
  const n = b.length;
  if (n === 0) return 1;
  let last = b[0]!;
  let i = 1;
  while (i < n && b[i] === last) i++;
  if (i === n) return 1;
  let next = b[i]!;
  if (next < last) {
    for (; i < n; i++) {
      next = b[i]!;
      if (next > last) return 0;
      last = next;
    }
    return -1;
  }
  for (; i < n; i++) {
    next = b[i]!;
    if (next < last) return 0;
    last = next;
  }
  return 1;
}

/** `np.digitize(x, bins, right=False)`. */
export function digitize(x: unknown, ...rest: unknown[]): any {
  const o = bindArgs('digitize', ['bins', 'right'], rest);
  missingPositional('digitize', { x, ...o }, ['x', 'bins']);
  const xa = toArray(x);
  if (xa.dtype.kind === 'c') throw new TypeError('x may not be complex');
  const bins = toArray(o.bins);
  depth1(bins);
  const bv = numbersOf(bins);
  const mono = monotonicity(bv);
  if (mono === 0) throw new ValueError('bins must be monotonically increasing or decreasing');
  const side = o.right ? 'left' : 'right';
  if (mono === -1) {
    const r = searchsortedImpl(bins.get('::-1'), { v: xa, side });
    if (typeof r === 'number') return bins.size - r;
    const d = (r as NDArray).data as BigInt64Array;
    for (let i = 0; i < d.length; i++) d[i] = BigInt(bins.size) - d[i]!;
    return r;
  }
  return searchsortedImpl(bins, { v: xa, side });
}
