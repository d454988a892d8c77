/**
 * `np.histogramdd` (numpy/lib/_histograms_impl.py) and `np.histogram2d`
 * (numpy/lib/_twodim_base_impl.py): per-dimension edges, `searchsorted(side='right')` bin
 * numbers with the last edge closed, a flat bincount over the padded grid, then the core.
 */
import { float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { sum } from '../../_core/fromnumeric.js';
import { bindArgs } from '../../_core/multiarray/args.js';
import { array, toArray } from '../../_core/multiarray/array.js';
import { linspace } from '../../_core/multiarray/spaces.js';
import { NDArray } from '../../_core/ndarray.js';
import { atleast_2d } from '../../_core/shape_base.js';
import * as um from '../../_core/umath/defs/index.js';
import { checkPositional } from './args.js';
import { outerEdges } from './edges.js';
import { f64data } from './lanes.js';

function lenOf(x: unknown): number | null {
  if (x instanceof NDArray) return x.ndim === 0 ? null : x.dims[0]!;
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return (x as ArrayLike<unknown>).length;
  if (typeof x === 'string') return x.length;
  return null;
}

function itemOf(x: unknown, i: number): unknown {
  if (x instanceof NDArray) return x.get(i);
  return (x as ArrayLike<unknown>)[i];
}

function pyIndex(v: unknown): number | null {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (v instanceof NDArray && v.ndim === 0 && 'iub'.includes(v.dtype.kind)) return Number(v.item());
  return null;
}

function anyGreater(e: Float64Array): boolean {
  for (let i = 0; i + 1 < e.length; i++) if (e[i]! > e[i + 1]!) return true;
  return false;
}

/** The histogram body shared by histogramdd and histogram2d. */
function histdd(
  sample: unknown,
  bins: unknown,
  range: unknown,
  density: unknown,
  weights: unknown,
): [NDArray, NDArray[]] {
  let s: NDArray;
  if (sample instanceof NDArray && sample.ndim === 2) s = sample;
  else {
    s = (atleast_2d(sample as never) as NDArray).T;
    if (s.ndim !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
  }
  const [N, D] = s.dims as [number, number];
  const w = weights === undefined || weights === null ? null : toArray(weights);
  let binList: unknown[];
  const M = lenOf(bins);
  if (M !== null) {
    if (M !== D)
      throw new ValueError('The dimension of bins must be equal to the dimension of the sample x.');
    binList = Array.from({ length: D }, (_, i) => itemOf(bins, i));
  } else binList = Array.from({ length: D }, () => bins);
  let ranges: unknown[];
  if (range === undefined || range === null) ranges = Array.from({ length: D }, () => null);
  else {
    if (lenOf(range) !== D)
      throw new ValueError('range argument must have one entry per dimension');
    ranges = Array.from({ length: D }, (_, i) => itemOf(range, i));
  }
  const edges: NDArray[] = [];
  const nbin: number[] = [];
  for (let i = 0; i < D; i++) {
    const bi = binList[i];
    const b =
      bi instanceof NDArray ? bi : typeof bi === 'object' && bi !== null ? toArray(bi) : null;
    if (b === null || b.ndim === 0) {
      const v = b ? Number(b.item()) : Number(bi);
      if (v < 1) throw new ValueError(`\`bins[${i}]\` must be positive, when an integer`);
      const [smin, smax] = outerEdges(s.get(':', i), ranges[i]);
      const n = pyIndex(b ?? bi);
      if (n === null) throw new TypeError(`\`bins[${i}]\` must be an integer, when a scalar`);
      edges.push(linspace(smin, smax, n + 1) as NDArray);
    } else if (b.ndim === 1) {
      if (anyGreater(f64data(b)))
        throw new ValueError(`\`bins[${i}]\` must be monotonically increasing, when an array`);
      edges.push(b);
    } else throw new ValueError(`\`bins[${i}]\` must be a scalar or 1d array`);
    nbin.push(edges[i]!.size + 1);
  }
  // Flat bin number of every sample over the grid padded with one outlier bin per side.
  const flat = new Float64Array(N);
  let stride = 1;
  for (let i = D - 1; i >= 0; i--) {
    const e = f64data(edges[i]!);
    const col = f64data(s.get(':', i));
    const last = e[e.length - 1]!;
    for (let r = 0; r < N; r++) {
      const x = col[r]!;
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        // side='right': first edge > x (NaN sorts last, so it lands past the end)
        if (e[m]! <= x || (Number.isNaN(x) && !Number.isNaN(e[m]!))) lo = m + 1;
        else hi = m;
      }
      if (x === last) lo--;
      flat[r] = flat[r]! + lo * stride;
    }
    stride *= nbin[i]!;
  }
  const total = nbin.reduce((p, n) => p * n, 1);
  const counts = new Float64Array(total);
  if (w) {
    if (w.dtype.kind === 'c') {
      throw new TypeError(
        `Cannot cast array data from dtype('${w.dtype.name}') to dtype('float64') according to the rule 'safe'`,
      );
    }
    const wd = f64data(w.ravel());
    if (wd.length !== N) throw new ValueError("The weights and list don't have the same length.");
    for (let r = 0; r < N; r++) counts[flat[r]!] = counts[flat[r]!]! + wd[r]!;
  } else for (let r = 0; r < N; r++) counts[flat[r]!]!++;
  let hist = (array(counts, { dtype: float64 }) as NDArray).reshape(nbin);
  hist = hist.get(...nbin.map(() => '1:-1'));
  if (density) {
    const tot = (sum(hist, { keepdims: true }) as NDArray).reshape([]);
    for (let i = 0; i < D; i++) {
      const shape = nbin.map((_, j) => (j === i ? nbin[i]! - 2 : 1));
      const de = um.subtract(edges[i]!.get('1:'), edges[i]!.get(':-1')) as NDArray;
      hist = um.true_divide(hist, de.reshape(shape)) as NDArray;
    }
    hist = um.true_divide(hist, tot) as NDArray;
  } else hist = hist.copy();
  return [hist, edges];
}

/**
 * `np.histogramdd(sample, bins=10, range=None, density=None, weights=None)` →
 * `[hist, edges]` (edges: one array per dimension).
 * Example: `np.histogramdd([[0, 0], [1, 1]], {bins: 2})[0]` → [[1, 0], [0, 1]].
 */
export function histogramdd(...args: unknown[]): [NDArray, NDArray[]] {
  checkPositional('histogramdd', 5, args);
  const o = bindArgs('histogramdd', ['sample', 'bins', 'range', 'density', 'weights'], args);
  if (!('sample' in o))
    throw new TypeError("histogramdd() missing 1 required positional argument: 'sample'");
  return histdd(o.sample, o.bins ?? 10, o.range, o.density, o.weights);
}

/**
 * `np.histogram2d(x, y, bins=10, range=None, density=None, weights=None)` →
 * `[H, xedges, yedges]`. Example: `np.histogram2d([0, 1], [0, 1], 2)[0]` → [[1, 0], [0, 1]].
 */
export function histogram2d(...args: unknown[]): [NDArray, NDArray, NDArray] {
  checkPositional('histogram2d', 6, args);
  const o = bindArgs('histogram2d', ['x', 'y', 'bins', 'range', 'density', 'weights'], args);
  for (const p of ['x', 'y'])
    if (!(p in o))
      throw new TypeError(`histogram2d() missing 1 required positional argument: '${p}'`);
  const lx = lenOf(o.x);
  const ly = lenOf(o.y);
  if (lx === null || ly === null) throw new TypeError('len() of unsized object');
  if (lx !== ly) throw new ValueError('x and y must have the same length.');
  let bins = o.bins ?? 10;
  const N = lenOf(bins) ?? 1;
  if (N !== 1 && N !== 2) {
    const e = toArray(bins);
    bins = [e, e];
  }
  const sample = [toArray(o.x), toArray(o.y)];
  const [hist, edges] = histdd(sample, bins, o.range, o.density, o.weights);
  return [hist, edges[0]!, edges[1]!];
}
