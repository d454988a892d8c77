/**
 * `np.bincount(x, weights=None, minlength=0)` and `np.digitize(x, bins, right=False)`
 * (NumPy's numpy/_core/src/multiarray/compiled_base.c and lib/_function_base_impl.py).
 */
import { canonicalBool } from '../_core/bool_bytes.js';
import { Complex } from '../_core/complex.js';
import { float64 as float64DT, int64 as int64DT } from '../_core/dtype.js';
import { readElement } from '../_core/elements.js';
import { ValueError } from '../_core/errors.js';
import { forEachOffset } from '../_core/iter.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { warn } from '../_core/runtime_warning.js';
import { searchsortedImpl } from '../_core/sorting/searchsorted.js';
import { bincountWasm } from './bincount_wasm.js';

function numbersOf(a: NDArray): number[] {
  const out: number[] = [];
  const dv = a.dataView;
  forEachOffset(a.dims, a.steps, a.offset, (off: number) => {
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

/**
 * The bin indices of x as numbers (exact below 2^53), read from storage: NumPy converts x to
 * intp — integer and bool arrays always; other arrays only by a safe cast (so float and
 * complex arrays raise its TypeError); a JS list of non-integers is truncated with NumPy's
 * DeprecationWarning (NumPy 2.1-2.4).
 */
function binIndices(x: unknown, a: NDArray): Float64Array {
  const k = a.dtype.kind;
  const integral = k === 'i' || k === 'u' || k === 'b';
  if (!integral) {
    if (x instanceof NDArray || a.size === 0 || k === 'c') {
      if (!(x instanceof NDArray) && k === 'c')
        throw new TypeError(
          "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        );
      if (x instanceof NDArray || a.size > 0)
        throw new TypeError(
          `Cannot cast array data from dtype('${a.dtype}') to dtype('int64') according to the rule 'safe'`,
        );
    } else {
      warn(
        'Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)',
        'DeprecationWarning',
      );
    }
  }
  const c = a.isCContig && a.isAligned ? a : a.copy();
  const n = c.size;
  const out = new Float64Array(n);
  if (n === 0) return out;
  if (k !== 'f' && c.dtype.itemsize === 8) {
    // int64 / uint64 as 32-bit word pairs: no BigInt per element.
    const w = new Int32Array(c.buffer as ArrayBuffer, c.offset, 2 * n);
    const hiScale = 4294967296;
    if (k === 'u')
      for (let i = 0; i < n; i++) out[i] = (w[2 * i + 1]! >>> 0) * hiScale + (w[2 * i]! >>> 0);
    else for (let i = 0; i < n; i++) out[i] = w[2 * i + 1]! * hiScale + (w[2 * i]! >>> 0);
    return out;
  }
  const d = c.contigBlock(n) as Float64Array;
  if (k === 'f') for (let i = 0; i < n; i++) out[i] = Math.trunc(d[i]!);
  else out.set(d);
  return out;
}

/**
 * The bins of a C-contiguous int64 array whose values all lie in [0, 2^31) straight from its
 * low words (the high words must be 0), with the largest; null when any does not (the general
 * path then reports negatives and sizes). Skips binIndices's float64 copy and the separate
 * min/max pass (np.bincount of 1e6 small ints: see the commit for the measured ratio).
 */
function smallInt64Bins(a: NDArray): { words: Int32Array; max: number } | null {
  if (a.dtype !== int64DT || !a.isCContig || !a.isAligned) return null;
  const n = a.size;
  const words = new Int32Array(a.buffer as ArrayBuffer, a.offset, 2 * n);
  let max = -1;
  let bad = 0;
  for (let j = 0; j < 2 * n; j += 2) {
    const lo = words[j]!;
    // A nonzero high word, or a low word with its top bit set: not in [0, 2^31).
    bad |= words[j + 1]! | (lo >>> 31);
    if (lo > max) max = lo;
  }
  return bad === 0 ? { words, max } : null;
}

/** Weights as float64 values in order (no copy for a contiguous float64 array). */
function weightValues(w: NDArray): Float64Array {
  if (w.dtype === float64DT && w.isCContig && w.isAligned) {
    return w.contigBlock(w.size) as Float64Array;
  }
  const wf = (w.dtype === float64DT ? w : w.astype('float64')).flatten();
  return wf.contigBlock(wf.size) as Float64Array;
}

/** `np.bincount(x, /, weights=None, minlength=0)`. */
export function bincount(x: unknown, ...rest: unknown[]): NDArray {
  const o = bindArgs('bincount', ['weights', 'minlength'], rest);
  const a = canonicalBool(toArray(x));
  if (o.minlength === null) throw new TypeError('use 0 instead of None for minlength');
  const minlength = o.minlength === undefined ? 0 : Number(o.minlength);
  if (minlength < 0) throw new ValueError("'minlength' must not be negative");
  depth1(a);
  const noWeights = o.weights === undefined || o.weights === null;
  // The wasm tables first, where nothing about the weights can raise (NumPy checks the bins
  // before it converts the weights): when they take the call, every bin was valid.
  const wa = o.weights instanceof NDArray ? o.weights : null;
  if (noWeights || (wa && 'biuf'.includes(wa.dtype.kind) && wa.ndim === 1 && wa.size === a.size)) {
    const r = bincountWasm(a, wa === null ? null : weightValues(wa), minlength);
    if (r) return r;
  }
  const small = smallInt64Bins(a);
  // The bin of element k: small.words[2k] for small int64 input, else idx[k].
  const idx = small ? new Float64Array(0) : binIndices(x, a);
  let max = -1;
  if (small) max = small.max;
  else {
    let min = 0;
    for (let i = 0; i < idx.length; i++) {
      const v = idx[i]!;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (min < 0) throw new ValueError("'list' argument must have no negative elements");
  }
  const len = Math.max(max + 1, minlength);
  const n = a.size;
  if (noWeights) {
    // Counts (below 2^32: typed arrays are shorter) in the low words of the int64 result.
    const out = NDArray.zeros([len], int64DT);
    const words = new Uint32Array(out.buffer as ArrayBuffer, out.offset, 2 * len);
    if (small) for (let j = 0; j < 2 * n; j += 2) words[2 * small.words[j]!]!++;
    else for (let i = 0; i < n; i++) words[2 * idx[i]!]!++;
    return out;
  }
  const w = wa ?? toArray(o.weights);
  if (w.ndim !== 1 && a.size > 0) depth1(w);
  const wv = weightValues(w);
  if (wv.length !== n) throw new ValueError("The weights and list don't have the same length.");
  const out = NDArray.zeros([len], float64DT);
  const d = out.contigBlock(len) as Float64Array;
  // One loop per index array type, so each stays monomorphic.
  if (small) for (let i = 0; i < n; i++) d[small.words[2 * i]!]! += wv[i]!;
  else for (let i = 0; i < n; i++) d[idx[i]!]! += wv[i]!;
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
