/**
 * np.isin for real numbers (bool, integers, float16/32/64) on float64 copies of both
 * operands: integers by a lookup table over the test values' range (NumPy's 'table' kind,
 * when the range is small against the sizes), everything else by binary search in the sorted
 * test values. Membership is exact, so the method does not show in the result; it replaces a
 * hash of canonical values (BigInts for int64) at ~90 ns an element. Integers beyond 2^53
 * (not exact in float64) are left to the caller.
 */
import type { DType } from '../_core/dtype.js';
import { float64 } from '../_core/dtype.js';
import { copyArray } from '../_core/multiarray/copy.js';
import type { NDArray } from '../_core/ndarray.js';

const EXACT = 2 ** 53;

/** Whether isinNumeric handles the common dtype `dt`. */
export function numericIsin(dt: DType): boolean {
  return (dt.kind === 'b' || dt.kind === 'i' || dt.kind === 'u' || dt.kind === 'f') && !dt.fields;
}

/**
 * a's elements as float64 in C order, cast straight there: the same values as a cast to the
 * operands' common dtype first (a narrower common dtype holds the inputs exactly; where that
 * cast rounds, the common dtype is float64 itself).
 */
function asF64(a: NDArray): Float64Array {
  const c = copyArray(a, 'C', float64);
  return c.contigBlock(c.size) as Float64Array;
}

/** Whether a is C-contiguous int8 … uint32 data the table path can read in place. */
function narrowInts(a: NDArray): boolean {
  const k = a.dtype.kind;
  return (k === 'i' || k === 'u') && a.dtype.itemsize <= 4 && a.isCContig && a.isAligned;
}

/**
 * out[i] = yes where x[i] is among the integers t (all in [lo, lo + range]), else 1 - yes,
 * by a lookup table over that range (NumPy's 'table' kind).
 */
function tableHits(
  x: ArrayLike<number>,
  t: Float64Array,
  lo: number,
  range: number,
  yes: number,
  out: Uint8Array,
): void {
  const table = new Uint8Array(range + 1);
  for (let i = 0; i < t.length; i++) table[t[i]! - lo] = 1;
  for (let i = 0; i < x.length; i++) {
    const k = x[i]! - lo;
    out[i] = k >= 0 && k <= range && table[k] === 1 ? yes : 1 - yes;
  }
}

/**
 * Hits of ar1's elements (C order) in ar2, both seen as dtype `dt`, into `out` (0/1, or
 * 1/0 with `invert`); false (nothing written) for integers past 2^53.
 */
export function isinNumeric(
  ar1: NDArray,
  ar2: NDArray,
  dt: DType,
  invert: boolean,
  out: Uint8Array,
): boolean {
  const t = asF64(ar2);
  const integer = dt.kind !== 'f';
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (integer && (lo < -EXACT || hi > EXACT)) return false;
  const yes = invert ? 0 : 1;
  const no = 1 - yes;
  const range = hi - lo;
  const table = integer && t.length > 0 && range <= 6 * (ar1.size + t.length) + 1024;
  // int8 … uint32 data read in place: exact, so no float64 copy and no range scan of it.
  if (table && narrowInts(ar1)) {
    tableHits(ar1.contigBlock(ar1.size) as Int32Array, t, lo, range, yes, out);
    return true;
  }
  const x = asF64(ar1);
  if (integer) {
    for (let i = 0; i < x.length; i++) if (Math.abs(x[i]!) > EXACT) return false;
  }
  if (table) {
    tableHits(x, t, lo, range, yes, out);
    return true;
  }
  // Sorted test values without NaN (NaN is in no set); -0 == 0 as NumPy compares.
  const s = Float64Array.from(t.filter((v) => !Number.isNaN(v))).sort();
  const n = s.length;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (s[m]! < v) a = m + 1;
      else b = m;
    }
    out[i] = a < n && s[a] === v ? yes : no;
  }
  return true;
}
