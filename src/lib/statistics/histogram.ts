/**
 * `np.histogram` and `np.histogram_bin_edges` (numpy/lib/_histograms_impl.py): bin edges
 * from an int, a sequence or an estimator name, counts (or summed weights) per bin with
 * NumPy's exact bin assignment, and the density normalisation.
 */
import { float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { sum } from '../../_core/fromnumeric.js';
import { bindArgs } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { checkPositional } from './args.js';
import { getBinEdges } from './edges.js';
import { edgesHistogram, uniformHistogram } from './histogram_counts.js';

/** NumPy's `_ravel_and_check_weights`. */
function ravelAndCheck(a: unknown, weights: unknown): [NDArray, NDArray | null] {
  let arr = toArray(a);
  if (arr.dtype.kind === 'b') {
    warn("Converting input from bool to <class 'numpy.uint8'> for compatibility.");
    arr = arr.astype('uint8');
  }
  let w: NDArray | null = null;
  if (weights !== undefined && weights !== null) {
    w = toArray(weights);
    if (w.ndim !== arr.ndim || w.dims.some((n, i) => n !== arr.dims[i]))
      throw new ValueError('weights should have the same shape as a.');
    w = w.ravel();
  }
  return [arr.ravel(), w];
}

/**
 * `np.histogram_bin_edges(a, bins=10, range=None, weights=None)`.
 * Example: `np.histogram_bin_edges([0, 1, 2], 2)` → [0, 1, 2].
 */
export function histogram_bin_edges(...args: unknown[]): NDArray {
  checkPositional('histogram_bin_edges', 4, args);
  const o = bindArgs('histogram_bin_edges', ['a', 'bins', 'range', 'weights'], args);
  if (!('a' in o))
    throw new TypeError("histogram_bin_edges() missing 1 required positional argument: 'a'");
  const [a, w] = ravelAndCheck(o.a, o.weights);
  return getBinEdges(a, o.bins ?? 10, o.range, w).edges;
}

/**
 * `np.histogram(a, bins=10, range=None, density=None, weights=None)` → `[hist, bin_edges]`.
 * Example: `np.histogram([1, 2, 1], {bins: [0, 1, 2, 3]})` → [[0, 2, 1], [0, 1, 2, 3]].
 */
export function histogram(...args: unknown[]): [NDArray, NDArray] {
  checkPositional('histogram', 5, args);
  const o = bindArgs('histogram', ['a', 'bins', 'range', 'density', 'weights'], args);
  if (!('a' in o)) throw new TypeError("histogram() missing 1 required positional argument: 'a'");
  const [a, w] = ravelAndCheck(o.a, o.weights);
  const { edges, uniform } = getBinEdges(a, o.bins ?? 10, o.range, w);
  const n = uniform
    ? uniformHistogram(a, w, uniform[0], uniform[1], uniform[2], edges)
    : edgesHistogram(a, w, edges);
  if (o.density) {
    const db = (um.subtract(edges.get('1:'), edges.get(':-1')) as NDArray).astype(float64);
    const total = (sum(n, { keepdims: true }) as NDArray).reshape([]);
    return [um.true_divide(um.true_divide(n, db), total) as NDArray, edges];
  }
  return [n, edges];
}
