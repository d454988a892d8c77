/**
 * The bin edges of `np.histogram` (numpy/lib/_histograms_impl.py `_get_outer_edges`,
 * `_unsigned_subtract`, `_get_bin_edges`). An edge is a weak Python scalar (a JS number,
 * from `range` or the empty-input default) or a strong NumPy scalar (a 0-d NDArray, from
 * `a.min()`/`a.max()`), because NumPy's promotion of the edge arithmetic depends on which.
 */
import { arrayStr } from '../../_core/arrayprint/arrayprint.js';
import { type DType, float64 } from '../../_core/dtype.js';
import { OverflowError, ValueError } from '../../_core/errors.js';
import { max, min } from '../../_core/fromnumeric.js';
import { array, toArray } from '../../_core/multiarray/array.js';
import { linspace } from '../../_core/multiarray/spaces.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';
import * as um from '../../_core/umath/defs/index.js';
import { binWidth, SELECTORS } from './bin_selectors.js';
import { f64data } from './lanes.js';

export type Edge = number | NDArray;

export function num(e: Edge): number {
  if (typeof e === 'number') return e;
  return 'iu'.includes(e.dtype.kind) && e.dtype.itemsize === 8
    ? Number(e.atBig())
    : Number(e.item());
}

/** Python's `str()` of the scalar, as NumPy's messages show it. */
function pyStr(e: Edge): string {
  if (typeof e === 'number') {
    if (Number.isSafeInteger(e)) return String(e);
    return arrayStr(array(e, { dtype: float64 }) as NDArray);
  }
  return arrayStr(e);
}

/**
 * `a.min()` and `a.max()` as strong 0-d scalars: the reductions' SIMD kernels for float64
 * (two wasm passes beat one branchy JS pass ~10x), else one typed-array pass where exact.
 */
function minMax(a: NDArray): [NDArray, NDArray] {
  const k = a.dtype.kind;
  if (a.dtype === float64 && a.size >= 1024) {
    return [
      (min(a, { keepdims: true }) as NDArray).reshape([]),
      (max(a, { keepdims: true }) as NDArray).reshape([]),
    ];
  }
  if ((k === 'f' && a.dtype.itemsize >= 4) || ((k === 'i' || k === 'u') && a.dtype.itemsize <= 4)) {
    const d = f64data(a);
    let lo = d[0]!;
    let hi = d[0]!;
    for (let i = 1; i < d.length; i++) {
      const x = d[i]!;
      if (Number.isNaN(x)) {
        lo = x;
        hi = x;
        break;
      }
      if (x < lo) lo = x;
      else if (x > hi) hi = x;
    }
    return [array(lo, { dtype: a.dtype }) as NDArray, array(hi, { dtype: a.dtype }) as NDArray];
  }
  return [
    (min(a, { keepdims: true }) as NDArray).reshape([]),
    (max(a, { keepdims: true }) as NDArray).reshape([]),
  ];
}

/** NumPy's `_get_outer_edges(a, range)`. */
export function outerEdges(a: NDArray, range: unknown): [Edge, Edge] {
  let first: Edge;
  let last: Edge;
  if (range !== undefined && range !== null) {
    const r = range instanceof NDArray ? (range.tolist() as unknown[]) : (range as unknown[]);
    if (!Array.isArray(r) || r.length !== 2) {
      throw new ValueError(
        `too many values to unpack (expected 2, got ${Array.isArray(r) ? r.length : 1})`,
      );
    }
    first = r[0] instanceof NDArray ? r[0] : Number(r[0]);
    last = r[1] instanceof NDArray ? r[1] : Number(r[1]);
    if (num(first) > num(last))
      throw new ValueError('max must be larger than min in range parameter.');
    if (!(Number.isFinite(num(first)) && Number.isFinite(num(last))))
      throw new ValueError(`supplied range of [${pyStr(first)}, ${pyStr(last)}] is not finite`);
  } else if (a.size === 0) {
    first = 0;
    last = 1;
  } else {
    [first, last] = minMax(a);
    if (!(Number.isFinite(num(first)) && Number.isFinite(num(last))))
      throw new ValueError(`autodetected range of [${pyStr(first)}, ${pyStr(last)}] is not finite`);
  }
  if (num(first) === num(last)) {
    first = typeof first === 'number' ? first - 0.5 : (um.subtract(first, 0.5) as NDArray);
    last = typeof last === 'number' ? last + 0.5 : (um.add(last, 0.5) as NDArray);
  }
  return [first, last];
}

const UNSIGNED: Record<string, string> = {
  int8: 'uint8',
  int16: 'uint16',
  int32: 'uint32',
  int64: 'uint64',
};

/** NumPy's `_unsigned_subtract(a, b)`: signed integers subtract into their unsigned type. */
export function unsignedSubtract(a: Edge, b: Edge): NDArray {
  const dt = resultType(a as never, b as never);
  const x = typeof a === 'number' ? (array(a, { dtype: dt }) as NDArray) : a;
  const y = typeof b === 'number' ? (array(b, { dtype: dt }) as NDArray) : b;
  const u = UNSIGNED[dt.name];
  if (u === undefined) return um.subtract(x, y, { dtype: dt }) as NDArray;
  return um.subtract(x.astype(dt), y.astype(dt), { casting: 'unsafe', dtype: u }) as NDArray;
}

/** Python's `int(ceil(x))` with its errors. */
function intCeil(x: number): number {
  if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
  return Math.ceil(x);
}

export interface BinEdges {
  edges: NDArray;
  /** (first_edge, last_edge, n_equal_bins) for equal-width bins. */
  uniform: [Edge, Edge, number] | null;
}

/** Python's `operator.index(bins)` for a scalar bins argument. */
function indexOf(bins: unknown, err: () => Error): number {
  if (typeof bins === 'bigint') return Number(bins);
  if (typeof bins === 'boolean') return bins ? 1 : 0;
  if (typeof bins === 'number' && Number.isSafeInteger(bins)) return bins;
  if (bins instanceof NDArray && bins.ndim === 0 && 'iub'.includes(bins.dtype.kind))
    return Number(bins.item());
  throw err();
}

/** NumPy's `_get_bin_edges(a, bins, range, weights)` (a raveled, bool already uint8). */
export function getBinEdges(
  a: NDArray,
  bins: unknown,
  range: unknown,
  weights: NDArray | null,
): BinEdges {
  let nEqual: number | null = null;
  let first: Edge = 0;
  let last: Edge = 1;
  if (typeof bins === 'string') {
    if (!(SELECTORS as readonly string[]).includes(bins))
      throw new ValueError(`'${bins}' is not a valid estimator for \`bins\``);
    if (weights)
      throw new TypeError(
        'Automated estimation of the number of bins is not supported for weighted data',
      );
    [first, last] = outerEdges(a, range);
    let x = a;
    if (range !== undefined && range !== null) {
      const keep = um.logical_and(um.greater_equal(a, first), um.less_equal(a, last)) as NDArray;
      x = a.get(keep);
    }
    if (x.size === 0) nEqual = 1;
    else {
      let width = binWidth(bins as (typeof SELECTORS)[number], x, [first, last]);
      const w = num(width);
      if (w !== 0) {
        if ((a.dtype.kind === 'i' || a.dtype.kind === 'u') && w < 1) width = 1;
        const delta = unsignedSubtract(last, first);
        nEqual = intCeil(Number((um.true_divide(delta, width) as NDArray).item()));
      } else nEqual = 1;
    }
  } else {
    const b =
      bins instanceof NDArray
        ? bins
        : Array.isArray(bins) || ArrayBuffer.isView(bins)
          ? toArray(bins)
          : null;
    if (b === null || b.ndim === 0) {
      nEqual = indexOf(
        b ?? bins,
        () => new TypeError('`bins` must be an integer, a string, or an array'),
      );
      if (nEqual < 1) throw new ValueError('`bins` must be positive, when an integer');
      [first, last] = outerEdges(a, range);
    } else if (b.ndim === 1) {
      if (anyGreater(b)) throw new ValueError('`bins` must increase monotonically, when an array');
      return { edges: b, uniform: null };
    } else throw new ValueError('`bins` must be 1d, when an array');
  }
  return { edges: uniformEdges(a, first, last, nEqual), uniform: [first, last, nEqual] };
}

/** NumPy's equal-width edges: linspace(first, last, n + 1) in result_type(first, last, a, [float]). */
export function uniformEdges(a: NDArray, first: Edge, last: Edge, nEqual: number): NDArray {
  let binType: DType = resultType(first as never, last as never, a);
  if (binType.kind === 'i' || binType.kind === 'u' || binType.kind === 'b')
    binType = resultType(binType, float64);
  const edges = linspace(first, last, nEqual + 1, { endpoint: true, dtype: binType }) as NDArray;
  const e = edges.astype(float64).ownData() as Float64Array;
  for (let i = 0; i + 1 < nEqual + 1; i++) {
    if (!(e[i]! < e[i + 1]!)) {
      throw new ValueError(
        `Too many bins for data range. Cannot create ${nEqual} finite-sized bins.`,
      );
    }
  }
  return edges;
}

/** `np.any(b[:-1] > b[1:])` for 1-d b. */
function anyGreater(b: NDArray): boolean {
  if (b.size < 2) return false;
  const g = um.greater(b.get(':-1'), b.get('1:')) as NDArray;
  let hit = false;
  g.forEachOffset((off) => {
    if (g.readAt(off)) hit = true;
  });
  return hit;
}
