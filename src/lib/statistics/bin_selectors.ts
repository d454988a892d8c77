/**
 * NumPy's bin-width estimators for `bins='auto' | 'fd' | 'doane' | 'scott' | 'stone' |
 * 'rice' | 'sturges' | 'sqrt'` (numpy/lib/_histograms_impl.py `_hist_bin_*`), computed
 * with NumPy's scalar types so that float32 data gives float32 widths where NumPy does.
 */
import { max, mean, min, std } from '../../_core/fromnumeric.js';
import { array } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { type Edge, num, uniformEdges, unsignedSubtract } from './edges.js';
import { uniformCounts } from './histogram_counts.js';
import { percentile } from './quantile.js';

export const SELECTORS = [
  'stone',
  'auto',
  'doane',
  'fd',
  'rice',
  'scott',
  'sqrt',
  'sturges',
] as const;
export type Selector = (typeof SELECTORS)[number];

function s0(r: (a: unknown, o: object) => any, x: NDArray): NDArray {
  return (r(x, { keepdims: true }) as NDArray).reshape([]);
}

/** `_ptp(x)`: max - min, unsigned for signed integers. */
function ptp(x: NDArray): NDArray {
  return unsignedSubtract(s0(max, x), s0(min, x));
}

function f64(v: number): NDArray {
  return array(v, { dtype: 'float64' }) as NDArray;
}

function sqrtBW(x: NDArray): Edge {
  return um.true_divide(ptp(x), f64(Math.sqrt(x.size))) as NDArray;
}

function sturgesBW(x: NDArray): Edge {
  return um.true_divide(ptp(x), f64(Math.log2(x.size) + 1.0)) as NDArray;
}

function riceBW(x: NDArray): Edge {
  return um.true_divide(ptp(x), 2.0 * x.size ** (1.0 / 3)) as NDArray;
}

function scottBW(x: NDArray): Edge {
  return um.multiply(((24.0 * Math.PI ** 0.5) / x.size) ** (1.0 / 3.0), s0(std, x)) as NDArray;
}

function fdBW(x: NDArray): Edge {
  const p = percentile(x, [75, 25]) as NDArray;
  const iqr = um.subtract(p.get(0), p.get(1)) as NDArray;
  return um.multiply(um.multiply(2.0, iqr), x.size ** (-1.0 / 3.0)) as NDArray;
}

function doaneBW(x: NDArray): Edge {
  if (x.size > 2) {
    const sg1 = Math.sqrt((6.0 * (x.size - 2)) / ((x.size + 1.0) * (x.size + 3)));
    const sigma = s0(std, x);
    if (num(sigma) > 0.0) {
      let temp = um.subtract(x, s0(mean, x)) as NDArray;
      temp = um.true_divide(temp, sigma, { out: temp }) as NDArray;
      temp = um.power(temp, 3, { out: temp }) as NDArray;
      const g1 = num(s0(mean, temp));
      return um.true_divide(
        ptp(x),
        f64(1.0 + Math.log2(x.size) + Math.log2(1.0 + Math.abs(g1) / sg1)),
      ) as NDArray;
    }
  }
  return 0.0;
}

function stoneBW(x: NDArray, range: [Edge, Edge]): Edge {
  const n = x.size;
  const ptpX = ptp(x);
  if (n <= 1 || num(ptpX) === 0) return 0;
  const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
  let best = 1;
  let bestJ = Number.POSITIVE_INFINITY;
  for (let nbins = 1; nbins <= upper; nbins++) {
    const hh = num(um.true_divide(ptpX, nbins) as NDArray);
    const counts = uniformCounts(
      x,
      range[0],
      range[1],
      nbins,
      uniformEdges(x, range[0], range[1], nbins),
    );
    let dot = 0;
    for (let i = 0; i < nbins; i++) {
      const p = counts[i]! / n;
      dot += p * p;
    }
    const j = (2 - (n + 1) * dot) / hh;
    if (nbins === 1 || j < bestJ) {
      bestJ = j;
      best = nbins;
    }
  }
  if (best === upper) warn('The number of bins estimated may be suboptimal.');
  return um.true_divide(ptpX, best) as NDArray;
}

function autoBW(x: NDArray): Edge {
  const fd = fdBW(x);
  const st = sturgesBW(x);
  const sq = um.true_divide(sqrtBW(x), 2) as NDArray;
  const fdc = num(sq) > num(fd) ? sq : fd; // Python's max(fd, sqrt/2)
  return num(st) < num(fdc) ? st : fdc; // Python's min(fd_corrected, sturges)
}

/** The width the named estimator picks for data `x` within `range`. */
export function binWidth(name: Selector, x: NDArray, range: [Edge, Edge]): Edge {
  switch (name) {
    case 'stone':
      return stoneBW(x, range);
    case 'auto':
      return autoBW(x);
    case 'doane':
      return doaneBW(x);
    case 'fd':
      return fdBW(x);
    case 'rice':
      return riceBW(x);
    case 'scott':
      return scottBW(x);
    case 'sqrt':
      return sqrtBW(x);
    default:
      return sturgesBW(x);
  }
}
