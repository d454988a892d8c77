/**
 * `np.pad(array, pad_width, mode='constant', **kwargs)` (numpy/lib/_arraypad_impl.py).
 *
 * A port of NumPy's algorithm: allocate the padded array, copy the input into its
 * middle, then fill the pad areas axis by axis, each axis working on the region the
 * earlier axes already filled (so corners come out as NumPy's). Reflect, symmetric
 * and wrap fill in rounds of at most one period. Every mode, and a callable mode
 * `(vector, iaxis_pad_width, iaxis, kwargs) => void` that fills each 1-d vector.
 */
import { int64 } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { max, mean, min } from '../_core/fromnumeric.js';
import { Slice } from '../_core/indexing/slice.js';
import type { IndexItem } from '../_core/indexing.js';
import { shapeSize } from '../_core/iter.js';
import { isOptions } from '../_core/multiarray/args.js';
import { array, toArray } from '../_core/multiarray/array.js';
import { linspace } from '../_core/multiarray/spaces.js';
import { NDArray } from '../_core/ndarray.js';
import { moveaxis } from '../_core/shape.js';
import { multiply, rint, subtract } from '../_core/umath/defs/index.js';
import { broadcast_to } from './stride_tricks.js';

export type PadMode =
  | 'constant'
  | 'edge'
  | 'linear_ramp'
  | 'maximum'
  | 'mean'
  | 'median'
  | 'minimum'
  | 'reflect'
  | 'symmetric'
  | 'wrap'
  | 'empty';

/** A callable mode: fill the pad areas of `vector` (a writeable 1-d view) in place. */
export type PadFunction = (
  vector: NDArray,
  iaxis_pad_width: [number, number],
  iaxis: number,
  kwargs: Record<string, unknown>,
) => void;

export interface PadOptions {
  mode?: PadMode | PadFunction;
  constant_values?: unknown;
  end_values?: unknown;
  stat_length?: unknown;
  reflect_type?: 'even' | 'odd';
  [key: string]: unknown;
}

type Pair = [unknown, unknown];

/** NumPy's _slice_at_axis: `sl` at `axis`, full slices before, an ellipsis after. */
function at(sl: Slice, axis: number): IndexItem[] {
  return [...new Array<IndexItem>(axis).fill(':'), sl, '...'];
}

/** NumPy's _as_pairs: a (before, after) pair per axis from a scalar, a pair or a (ndim, 2) list. */
function asPairs(x: unknown, ndim: number, asIndex = false): Pair[] {
  if (x === undefined || x === null) return new Array(ndim).fill([null, null]);
  let a = x instanceof NDArray ? x : array(x);
  if (asIndex) a = rint(a).astype(int64);
  const negative = () => new ValueError("index can't contain negative values");
  const item = (k: number) => a.reshape(-1).get(k);
  if (a.ndim < 3) {
    if (a.size === 1) {
      if (asIndex && (a.item() as number) < 0) throw negative();
      return new Array(ndim).fill([item(0), item(0)]);
    }
    if (a.size === 2 && !(a.ndim === 2 && a.dims[0] === 2 && a.dims[1] === 1)) {
      if (
        asIndex &&
        ((a.reshape(-1).item(0) as number) < 0 || (a.reshape(-1).item(1) as number) < 0)
      )
        throw negative();
      return new Array(ndim).fill([item(0), item(1)]);
    }
  }
  if (asIndex && a.size > 0 && Math.min(...(a.reshape(-1).tolist() as number[])) < 0)
    throw negative();
  const fits = a.ndim <= 2 && a.dims.every((d, i) => d === 1 || d === [ndim, 2][i + 2 - a.ndim]);
  if (!fits) {
    const c = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`);
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${c(a.dims)}  and requested shape ${c([ndim, 2])}`,
    );
  }
  return broadcast_to(a, [ndim, 2]).tolist() as Pair[];
}

/** Integer widths from pairs of 0-d arrays or numbers. */
function widths(pairs: Pair[]): [number, number][] {
  return pairs.map(([l, r]) => [num(l), num(r)]);
}
function num(v: unknown): number {
  return v instanceof NDArray ? Number(v.item()) : Number(v);
}

/** NumPy's _pad_simple: the padded array with the input in the middle (F order kept). */
function padSimple(a: NDArray, pw: [number, number][], fill: unknown): [NDArray, Slice[]] {
  const shape = a.dims.map((n, i) => pw[i]![0] + n + pw[i]![1]);
  // NumPy's flags.fnc (F- and not C-contiguous); an empty array is both, so 'C'.
  const order = a.size > 0 && a.flags.f_contiguous && !a.flags.c_contiguous ? 'F' : 'C';
  const padded = NDArray.empty(shape, a.dtype, order);
  if (fill !== null) padded.fill(fill);
  const area = a.dims.map((n, i) => new Slice(pw[i]![0], pw[i]![0] + n));
  padded.set(...area, a);
  return [padded, area];
}

/** NumPy's _view_roi: the region that axes up to `axis` have filled. */
function roiOf(padded: NDArray, area: Slice[], axis: number): NDArray {
  return padded.get(...new Array<IndexItem>(axis + 1).fill(':'), ...area.slice(axis + 1));
}

function setPadArea(p: NDArray, axis: number, w: [number, number], v: Pair): void {
  p.set(...at(new Slice(null, w[0]), axis), v[0]);
  p.set(...at(new Slice(p.dims[axis]! - w[1], null), axis), v[1]);
}

function getEdges(p: NDArray, axis: number, w: [number, number]): [NDArray, NDArray] {
  const l = w[0];
  const r = p.dims[axis]! - w[1];
  return [p.get(...at(new Slice(l, l + 1), axis)), p.get(...at(new Slice(r - 1, r), axis))];
}

function linearRamps(
  p: NDArray,
  axis: number,
  w: [number, number],
  ends: Pair,
): [NDArray, NDArray] {
  const edges = getEdges(p, axis, w);
  const [left, right] = [0, 1].map((k) =>
    linspace(ends[k] as number, edges[k]!.squeeze(axis), {
      num: w[k]!,
      endpoint: false,
      dtype: p.dtype,
      axis,
    }),
  ) as [NDArray, NDArray];
  return [left, right.get(...at(new Slice(null, null, -1), axis))];
}

type StatFunc = (chunk: NDArray, axis: number) => NDArray;

const STATS: Record<string, StatFunc> = {
  maximum: (c, axis) => max(c, { axis, keepdims: true }),
  minimum: (c, axis) => min(c, { axis, keepdims: true }),
  mean: (c, axis) => mean(c, { axis, keepdims: true }),
  median: medianKeep,
};

/**
 * The median along `axis` (keepdims), as np.median computes it: the mean of the one or
 * two middle values of each lane (so its dtype rules), NaN when a lane has a NaN.
 */
function medianKeep(c: NDArray, axis: number): NDArray {
  const moved = moveaxis(c, axis, -1);
  const n = moved.dims[moved.ndim - 1]!;
  const lanes = shapeSize(moved.dims.slice(0, -1));
  const rows = moved.reshape(lanes, n).tolist() as number[][];
  const two = n % 2 === 0 && n > 0 ? 2 : 1;
  const mids = rows.map((row) => {
    if (n === 0) return [Number.NaN];
    if (row.some((v) => Number.isNaN(v))) return new Array(two).fill(Number.NaN);
    const s = row.slice().sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return two === 2 ? [s[n / 2 - 1], s[n / 2]] : [s[(n - 1) >> 1]];
  });
  const midArr = n === 0 ? array(mids, { dtype: 'float64' }) : array(mids, { dtype: c.dtype });
  const m = mean(midArr, { axis: -1, keepdims: true }) as NDArray;
  return moveaxis(m.reshape([...moved.dims.slice(0, -1), 1]), -1, axis);
}

function getStats(
  p: NDArray,
  axis: number,
  w: [number, number],
  lengths: Pair,
  mode: string,
): [NDArray, NDArray] {
  const left = w[0];
  const right = p.dims[axis]! - w[1];
  const maxLen = right - left;
  let ll = lengths[0] === null ? maxLen : num(lengths[0]);
  let rl = lengths[1] === null ? maxLen : num(lengths[1]);
  if (maxLen < ll) ll = maxLen;
  if (maxLen < rl) rl = maxLen;
  if ((ll === 0 || rl === 0) && (mode === 'maximum' || mode === 'minimum')) {
    throw new ValueError('stat_length of 0 yields no value for padding');
  }
  const stat = (sl: Slice): NDArray => {
    const s = STATS[mode]!(p.get(...at(sl, axis)), axis);
    // NumPy's _round_if_needed: integer arrays take the statistic rounded (half to even).
    if (p.dtype.isInteger && s.dtype.kind === 'f') rint(s, { out: s });
    return s;
  };
  const ls = stat(new Slice(left, left + ll));
  if (ll === rl && rl === maxLen) return [ls, ls];
  return [ls, stat(new Slice(right - rl, right))];
}

/** NumPy's _set_reflect_both: one round of reflect/symmetric filling; returns the widths left. */
function reflectBoth(
  p: NDArray,
  axis: number,
  w: [number, number],
  odd: boolean,
  period: number,
  includeEdge: boolean,
): [number, number] {
  let [lp, rp] = w;
  let old = p.dims[axis]! - rp - lp;
  let edgeOffset: number;
  if (includeEdge) {
    old = Math.floor(old / period) * period;
    edgeOffset = 1;
  } else {
    old = Math.floor((old - 1) / (period - 1)) * (period - 1) + 1;
    edgeOffset = 0;
    old -= 1;
  }
  if (lp > 0) {
    const len = Math.min(old, lp);
    const stop = lp - edgeOffset;
    let chunk = p.get(...at(new Slice(stop + len, stop, -1), axis));
    if (odd) chunk = subtract(multiply(p.get(...at(new Slice(lp, lp + 1), axis)), 2), chunk);
    p.set(...at(new Slice(lp - len, lp), axis), chunk);
    lp -= len;
  }
  if (rp > 0) {
    const len = Math.min(old, rp);
    const start = -rp + edgeOffset - 2;
    let chunk = p.get(...at(new Slice(start, start - len, -1), axis));
    if (odd) chunk = subtract(multiply(p.get(...at(new Slice(-rp - 1, -rp), axis)), 2), chunk);
    const from = p.dims[axis]! - rp;
    p.set(...at(new Slice(from, from + len), axis), chunk);
    rp -= len;
  }
  return [lp, rp];
}

/** NumPy's _set_wrap_both: one round of wrap filling; returns the widths left. */
function wrapBoth(
  p: NDArray,
  axis: number,
  w: [number, number],
  original: number,
): [number, number] {
  const [lp, rp] = w;
  const period = Math.floor((p.dims[axis]! - rp - lp) / original) * original;
  let newL = 0;
  let newR = 0;
  if (lp > 0) {
    const end = lp + period;
    const chunk = p.get(...at(new Slice(end - Math.min(period, lp), end), axis));
    let area: Slice;
    if (lp > period) {
      area = new Slice(lp - period, lp);
      newL = lp - period;
    } else area = new Slice(null, lp);
    p.set(...at(area, axis), chunk);
  }
  if (rp > 0) {
    const start = -rp - period;
    const chunk = p.get(...at(new Slice(start, start + Math.min(period, rp)), axis));
    let area: Slice;
    if (rp > period) {
      area = new Slice(-rp, -rp + period);
      newR = rp - period;
    } else area = new Slice(-rp, null);
    p.set(...at(area, axis), chunk);
  }
  return [newL, newR];
}

const ALLOWED: Record<string, string[]> = {
  empty: [],
  edge: [],
  wrap: [],
  constant: ['constant_values'],
  linear_ramp: ['end_values'],
  maximum: ['stat_length'],
  mean: ['stat_length'],
  median: ['stat_length'],
  minimum: ['stat_length'],
  reflect: ['reflect_type'],
  symmetric: ['reflect_type'],
};

/** `pad_width` as per-axis (before, after) widths, from an int, pair, list of pairs or `{axis: width}`. */
function padWidths(pw: unknown, ndim: number): [number, number][] {
  if (isOptions(pw)) {
    const seq: unknown[] = new Array(ndim).fill([0, 0]);
    for (const [k, v] of Object.entries(pw)) {
      let ax = Number(k);
      if (ax < 0) ax += ndim;
      seq[ax] = Array.isArray(v) ? v : [v, v];
    }
    pw = seq;
  }
  const a = pw instanceof NDArray ? pw : array(pw);
  if (a.dtype.kind !== 'i') throw new TypeError('`pad_width` must be of integral type.');
  return widths(asPairs(a, ndim, true));
}

/**
 * `np.pad(array, pad_width, mode='constant', {constant_values, end_values,
 * stat_length, reflect_type})`: a padded copy. `mode` may also be a function.
 */
export function pad(
  array_: unknown,
  pad_width: unknown,
  mode?: PadMode | PadFunction | PadOptions,
  opts?: PadOptions,
): NDArray;
export function pad(...args: unknown[]): NDArray {
  if (args.length < 2) {
    const miss =
      args.length === 0
        ? "2 required positional arguments: 'array' and 'pad_width'"
        : "1 required positional argument: 'pad_width'";
    throw new TypeError(`pad() missing ${miss}`);
  }
  const a = toArray(args[0]);
  let mode: unknown = 'constant';
  let kwargs: Record<string, unknown> = {};
  for (const extra of args.slice(2)) {
    if (isOptions(extra)) kwargs = { ...extra };
    else if (extra !== undefined) mode = extra;
  }
  if ('mode' in kwargs) {
    mode = kwargs.mode;
    delete kwargs.mode;
  }
  const pw = padWidths(args[1], a.ndim);
  if (typeof mode === 'function') return padWithFunction(a, pw, mode as PadFunction, kwargs);
  const allowed = typeof mode === 'string' ? ALLOWED[mode] : undefined;
  if (allowed === undefined) throw new ValueError(`mode '${String(mode)}' is not supported`);
  const unsupported = Object.keys(kwargs).filter((k) => !allowed.includes(k));
  if (unsupported.length > 0) {
    throw new ValueError(
      `unsupported keyword arguments for mode '${mode}': {${unsupported.map((k) => `'${k}'`).join(', ')}}`,
    );
  }
  const [padded, area] = padSimple(a, pw, null);
  const nd = padded.ndim;
  if (mode === 'constant') {
    const values = asPairs(kwargs.constant_values ?? 0, nd);
    for (let ax = 0; ax < nd; ax++) setPadArea(roiOf(padded, area, ax), ax, pw[ax]!, values[ax]!);
    return padded;
  }
  if (mode === 'empty') return padded;
  if (a.size === 0) {
    for (let ax = 0; ax < nd; ax++) {
      if (a.dims[ax] === 0 && (pw[ax]![0] !== 0 || pw[ax]![1] !== 0)) {
        throw new ValueError(
          `can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`,
        );
      }
    }
    return padded;
  }
  for (let ax = 0; ax < nd; ax++) {
    const w = pw[ax]!;
    if (mode === 'edge') {
      const roi = roiOf(padded, area, ax);
      setPadArea(roi, ax, w, getEdges(roi, ax, w));
    } else if (mode === 'linear_ramp') {
      const ends = asPairs(kwargs.end_values ?? 0, nd);
      const roi = roiOf(padded, area, ax);
      setPadArea(roi, ax, w, linearRamps(roi, ax, w, ends[ax]!));
    } else if ((mode as string) in STATS) {
      const lengths = asPairs(kwargs.stat_length ?? null, nd, true);
      const roi = roiOf(padded, area, ax);
      setPadArea(roi, ax, w, getStats(roi, ax, w, lengths[ax]!, mode as string));
    } else if (mode === 'reflect' || mode === 'symmetric') {
      const odd = (kwargs.reflect_type ?? 'even') === 'odd';
      if (a.dims[ax] === 1 && (w[0] > 0 || w[1] > 0)) {
        setPadArea(padded, ax, w, getEdges(padded, ax, w));
        continue;
      }
      const roi = roiOf(padded, area, ax);
      let left: [number, number] = w;
      while (left[0] > 0 || left[1] > 0)
        left = reflectBoth(roi, ax, left, odd, a.dims[ax]!, mode === 'symmetric');
    } else if (mode === 'wrap') {
      const roi = roiOf(padded, area, ax);
      const period = padded.dims[ax]! - w[1] - w[0];
      let left: [number, number] = w;
      while (left[0] > 0 || left[1] > 0) left = wrapBoth(roi, ax, left, period);
    }
  }
  return padded;
}

/** A callable mode: zero padding, then the function on every 1-d vector along every axis. */
function padWithFunction(
  a: NDArray,
  pw: [number, number][],
  fn: PadFunction,
  kwargs: Record<string, unknown>,
): NDArray {
  const [padded] = padSimple(a, pw, 0);
  for (let ax = 0; ax < padded.ndim; ax++) {
    const view = moveaxis(padded, ax, -1);
    const outer = view.dims.slice(0, -1);
    const n = shapeSize(outer);
    const idx = new Array<number>(outer.length).fill(0);
    for (let k = 0; k < n; k++) {
      fn(view.get(...idx, '...'), [pw[ax]![0], pw[ax]![1]], ax, kwargs);
      for (let d = outer.length - 1; d >= 0; d--) {
        if (++idx[d]! < outer[d]!) break;
        idx[d] = 0;
      }
    }
  }
  return padded;
}
