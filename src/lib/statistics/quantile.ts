/**
 * `np.quantile`, `np.percentile`, `np.nanquantile`, `np.nanpercentile`
 * (numpy/lib/_function_base_impl.py, _nanfunctions_impl.py). Each lane along the reduced
 * axes is copied once, the needed order statistics are found by selection (O(n), no full
 * sort), and NumPy's `_lerp` runs through the ufuncs in NumPy's dtypes, so results are
 * NumPy's bit for bit, including its result dtypes and NaN handling.
 */
import { bool, type DType, float64, int64 } from '../../_core/dtype.js';
import { IndexError, ValueError } from '../../_core/errors.js';
import { roundToHalf } from '../../_core/float16.js';
import { toArray } from '../../_core/multiarray/array.js';
import { copyto } from '../../_core/multiarray/copyto.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';
import { finish, reductionArgs } from '../../_core/reduction_args.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { outArray } from '../../_core/umath/reduce.js';
import { nanmean } from '../nanfunctions.js';
import { checkPositional } from './args.js';
import { gatherLanes, type Lanes, reducedAxes } from './gather.js';
import {
  checkMethod,
  discreteIndex,
  isDiscrete,
  type Method,
  neighbours,
  virtualIndex,
} from './quantile_methods.js';
import { type Lane, moveNaNsLast, selectMany, sortedUnique } from './select.js';
import { validWeights } from './weights.js';

const INT_GAMMA = new Set(['weibull', 'interpolated_inverted_cdf', 'averaged_inverted_cdf']);

const PARAMS = ['q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims'] as const;

/** Rounding to a float dtype after each operation (identity for float64). */
function rounder(dt: DType): (x: number) => number {
  if (dt.kind !== 'f' || dt.itemsize === 8) return (x) => x;
  return dt.itemsize === 4 ? Math.fround : roundToHalf;
}

function flatNumbers(a: NDArray): number[] {
  const out: number[] = [];
  a.forEachOffset((off) => {
    out.push(Number(a.readAt(off)));
  });
  return out;
}

function anyNegative(w: NDArray): boolean {
  let neg = false;
  w.forEachOffset((off) => {
    if ((w.readAt(off) as number) < 0) neg = true;
  });
  return neg;
}

interface Spec {
  name: string;
  pct: boolean;
  nan: boolean;
}

/** The common body of the four functions. */
function quantileImpl(spec: Spec, a: unknown, rest: unknown[]): any {
  checkPositional(spec.name, 7, [a, ...rest], 2);
  const o = reductionArgs(spec.name, rest, PARAMS, ['weights']);
  if (!('q' in o) || o.q === undefined)
    throw new TypeError(`${spec.name}() missing 1 required positional argument: 'q'`);
  const arr = toArray(a);
  if (arr.dtype.kind === 'c') throw new TypeError('a must be an array of real numbers');
  const weakQ = typeof o.q === 'number' || typeof o.q === 'bigint';
  let qArr = toArray(o.q);
  if (spec.pct) qArr = um.true_divide(qArr, 100) as NDArray;
  if (!(qArr instanceof NDArray)) qArr = toArray(qArr);
  const qs = flatNumbers(qArr);
  if (!qs.every((x) => x >= 0 && x <= 1)) {
    throw new ValueError(
      spec.pct
        ? 'Percentiles must be in the range [0, 100]'
        : 'Quantiles must be in the range [0, 1]',
    );
  }
  const methodArg = o.method ?? 'linear';
  let weights: NDArray | null = null;
  if (o.weights !== undefined && o.weights !== null) {
    if (methodArg !== 'inverted_cdf')
      throw new ValueError(`Only method 'inverted_cdf' supports weights. Got: ${methodArg}.`);
    const ax =
      o.axis === undefined || o.axis === null ? null : reducedAxes(o.axis, arr.ndim, 'axis');
    weights = validWeights(o.weights, arr, ax);
    if (anyNegative(weights)) throw new ValueError('Weights must be non-negative.');
  }
  const out = outArray(o.out);
  const keepdims = o.keepdims === true;
  if (spec.nan && arr.size === 0) {
    return nanmean(arr, o.axis ?? null, {
      out,
      keepdims: o.keepdims === undefined ? undefined : keepdims,
    });
  }
  const axes = reducedAxes(o.axis, arr.ndim);
  if (qArr.ndim > 2) throw new ValueError('q must be a scalar or 1d');
  const method = checkMethod(methodArg);
  const lanes = gatherLanes(arr, axes);
  if (lanes.n === 0 && lanes.count > 0)
    throw new IndexError('index -1 is out of bounds for axis 0 with size 0');
  const wl = weights ? gatherLanes(broadcastTo(weights, arr.shape), axes, 'float64') : null;
  if (wl && out && !spec.nan)
    checkWeightedOut(out, [...qArr.dims, ...lanes.outShape], axes, keepdims, arr.ndim);
  const r = compute(arr, lanes, wl, qArr, qs, weakQ, method, spec.nan);
  const shape = [...qArr.dims, ...(keepdims ? lanes.keptShape : lanes.outShape)];
  const result = r.reshape(shape);
  if (out) {
    copyto(out, result, { casting: 'unsafe' });
    return out;
  }
  // The weighted path fills an array NumPy allocates itself, 0-d included.
  return weights ? result : finish(result, o);
}

const pyTuple = (t: readonly number[]): string => `(${t.join(', ')}${t.length === 1 ? ',' : ''})`;

/** NumPy's weighted path checks `out` itself (seen through keepdims' index on the reduced axes). */
function checkWeightedOut(
  out: NDArray,
  want: number[],
  axes: number[],
  keepdims: boolean,
  ndim: number,
): void {
  const lead = out.ndim - ndim;
  const got = keepdims ? out.dims.filter((_, i) => i < lead || !axes.includes(i - lead)) : out.dims;
  if (got.length !== want.length || got.some((n, i) => n !== want[i])) {
    throw new ValueError(
      `Wrong shape of argument 'out', shape=${pyTuple(want)} is required; got shape=${pyTuple(got)}.`,
    );
  }
}

function broadcastTo(w: NDArray, shape: number[]): NDArray {
  const b = NDArray.zeros(shape, w.dtype);
  b.set('...', w);
  return b;
}

/** The results for every q (outer) and lane (inner), flat, in the result dtype. */
function compute(
  arr: NDArray,
  lanes: Lanes,
  wl: Lanes | null,
  qArr: NDArray,
  qs: number[],
  weakQ: boolean,
  method: Method,
  nan: boolean,
): NDArray {
  const { count, n, data } = lanes;
  const Q = qs.length;
  const intQ = qArr.dtype.kind !== 'f';
  const rdQ = rounder(intQ ? float64 : qArr.dtype);
  const discrete = wl !== null || isDiscrete(method, intQ);
  // An integer q array keeps integer virtual indexes (and gammas) for these methods.
  const intGamma = intQ && !weakQ && INT_GAMMA.has(method);
  const isFloat = arr.dtype.kind === 'f';
  const prevW = new (data.constructor as { new (n: number): Lane })(Q * count);
  const nextW = discrete ? prevW : new (data.constructor as { new (n: number): Lane })(Q * count);
  const gamma = discrete ? null : new Float64Array(Q * count);
  const nanLane = new Uint8Array(count); // 1: has NaN (→ NaN), 2: all-NaN (nan* → NaN + warning)
  // The indexes (and weights) depend only on the lane's count of values: plan once per count.
  interface Plan {
    idx: number[];
    ks: number[];
    gam: number[];
  }
  const plans = new Map<number, Plan>();
  const planFor = (m: number): Plan => {
    let p = plans.get(m);
    if (p) return p;
    const idx: number[] = [];
    const gam: number[] = [];
    for (let qi = 0; qi < Q; qi++) {
      if (discrete) {
        const k = discreteIndex(method, m, qs[qi]!, rdQ, intQ);
        idx.push(k, k);
      } else {
        const v = virtualIndex(method, m, qs[qi]!, rdQ, intQ);
        const [lo, hi, g] = neighbours(method, v, m, rdQ);
        idx.push(lo, hi);
        gam.push(intGamma ? Math.trunc(g) : g);
      }
    }
    p = { idx, ks: sortedUnique(idx), gam };
    plans.set(m, p);
    return p;
  };
  for (let s = 0; s < count; s++) {
    const base = s * n;
    if (wl) {
      const rdW = intQ ? null : rdQ;
      const sub = data.subarray(base, base + n) as Lane;
      nanLane[s] = weightedLane(
        sub,
        wl.data as Float64Array,
        base,
        n,
        qs,
        rdW,
        nan,
        prevW,
        s,
        count,
      );
      continue;
    }
    let m = n;
    if (isFloat) {
      m = moveNaNsLast(data, base, n);
      if (m < n && !nan) {
        nanLane[s] = 1;
        continue;
      }
      if (m === 0) {
        nanLane[s] = 2;
        warn('All-NaN slice encountered');
        continue;
      }
    }
    const plan = planFor(m);
    selectMany(data, base, m, plan.ks);
    for (let qi = 0; qi < Q; qi++) {
      prevW[qi * count + s] = data[base + plan.idx[2 * qi]!]!;
      if (!discrete) {
        nextW[qi * count + s] = data[base + plan.idx[2 * qi + 1]!]!;
        gamma![qi * count + s] = plan.gam[qi]!;
      }
    }
  }
  const prev = fromLane(prevW, lanes.work).astype(arr.dtype);
  let result: NDArray;
  if (discrete) result = prev;
  else {
    const next = fromLane(nextW, lanes.work).astype(arr.dtype);
    result = lerp(
      arr.dtype,
      prev,
      next,
      gamma!,
      weakQ,
      intGamma ? int64 : intQ ? float64 : qArr.dtype,
    );
  }
  let dt = result.dtype;
  if (nan && !discrete && count > 0 && nanLane[0] === 2) dt = arr.dtype; // apply_along_axis keeps lane 0's dtype
  if (dt !== result.dtype) result = result.astype(dt);
  if (nanLane.some((x) => x !== 0)) {
    const mask = new Uint8Array(Q * count);
    for (let qi = 0; qi < Q; qi++)
      for (let s = 0; s < count; s++) mask[qi * count + s] = nanLane[s]! ? 1 : 0;
    result.set(fromMask(mask), Number.NaN);
  }
  return result;
}

function fromLane(w: Lane, work: DType): NDArray {
  const a = NDArray.zeros([w.length], work as DType<'float64'>);
  (a.data as Lane).set(w as never);
  return a;
}

function fromMask(m: Uint8Array): NDArray {
  const a = NDArray.zeros([m.length], bool);
  (a.data as Uint8Array).set(m);
  return a;
}

/**
 * NumPy's `_lerp(a, b, t)`: `a + (b-a)*t`, or `b - (b-a)*(1-t)` where t >= 0.5. b-a is taken
 * in a's dtype; a Python-float t (weak) is cast to the result dtype, an array t keeps q's.
 */
function lerp(
  adt: DType,
  a: NDArray,
  b: NDArray,
  t: Float64Array,
  weakQ: boolean,
  gdt: DType,
): NDArray {
  const diff = um.subtract(b, a) as NDArray;
  const tdt = weakQ ? (adt.kind === 'f' ? adt : float64) : gdt;
  const R = weakQ ? tdt : resultType(adt, gdt);
  const tA = NDArray.zeros([t.length], float64);
  const omt = NDArray.zeros([t.length], float64);
  const mask = NDArray.zeros([t.length], bool);
  const rd = rounder(gdt);
  (tA.data as Float64Array).set(t);
  const od = omt.data as Float64Array;
  const md = mask.data as Uint8Array;
  for (let i = 0; i < t.length; i++) {
    // 1 - t: in double for a Python float, in q's dtype for an array.
    od[i] = weakQ ? 1 - t[i]! : rd(1 - t[i]!);
    md[i] = t[i]! >= 0.5 ? 1 : 0;
  }
  const tT = tA.astype(tdt);
  const omtT = omt.astype(tdt);
  const dR = diff.astype(R);
  const lo = um.add(a.astype(R), um.multiply(dR, tT)) as NDArray;
  const hi = um.subtract(b.astype(R), um.multiply(dR, omtT)) as NDArray;
  copyto(lo, hi, { where: mask, casting: 'unsafe' });
  return lo;
}

/**
 * The weighted inverted-CDF quantiles of one lane: sort by value, cumulate the weights in
 * float64, normalise, and take the first value whose CDF reaches q. Returns the lane's NaN
 * state (0 none, 1 has NaN, 2 all NaN).
 */
function weightedLane(
  sub: Lane,
  w: Float64Array,
  w0: number,
  n: number,
  qs: number[],
  rdQ: ((x: number) => number) | null,
  nan: boolean,
  out: Lane,
  s: number,
  count: number,
): number {
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(sub[i] as number)) order.push(i);
  if (!nan && order.length < n) {
    let tot = 0;
    for (let i = 0; i < n; i++) tot += w[w0 + i]!;
    if (Number.isNaN(tot / tot))
      throw new ValueError('Weights included NaN, inf or were all zero.');
    return 1;
  }
  const m = order.length;
  if (m === 0) {
    warn('All-NaN slice encountered');
    return 2;
  }
  const f = sub as Float64Array;
  order.sort((i, j) => (f[i]! < f[j]! ? -1 : f[i]! > f[j]! ? 1 : 0));
  const cdf = new Float64Array(m);
  let acc = 0;
  for (let i = 0; i < m; i++) {
    acc += w[w0 + order[i]!]!;
    cdf[i] = acc;
  }
  for (let i = 0; i < m; i++) cdf[i] = cdf[i]! / acc;
  if (Number.isNaN(cdf[m - 1]!))
    throw new ValueError('Weights included NaN, inf or were all zero.');
  if (rdQ) for (let i = 0; i < m; i++) cdf[i] = rdQ(cdf[i]!);
  // Leading zero weights: the first value with positive weight is the 0-quantile.
  if (cdf[0] === 0) for (let i = 0; i < m; i++) if (cdf[i] === 0) cdf[i] = -1;
  for (let qi = 0; qi < qs.length; qi++) {
    const q = qs[qi]!;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    out[qi * count + s] = sub[order[Math.min(lo, m - 1)]!]!;
  }
  return 0;
}

/**
 * `np.quantile(a, q, axis=None, out=None, overwrite_input=False, method='linear',
 * keepdims=False, *, weights=None)`. Example: `np.quantile([1, 2, 3, 4], 0.5)` → 2.5.
 */
export function quantile(a: unknown, ...rest: unknown[]): any {
  return quantileImpl({ name: 'quantile', pct: false, nan: false }, a, rest);
}

/**
 * `np.percentile(a, q, axis=None, out=None, overwrite_input=False, method='linear',
 * keepdims=False, *, weights=None)`. Example: `np.percentile([1, 2, 3, 4], 50)` → 2.5.
 */
export function percentile(a: unknown, ...rest: unknown[]): any {
  return quantileImpl({ name: 'percentile', pct: true, nan: false }, a, rest);
}

/**
 * `np.nanquantile(...)`: `np.quantile` ignoring NaNs (an all-NaN slice gives NaN and warns).
 * Example: `np.nanquantile([1, NaN, 3], 0.5)` → 2.
 */
export function nanquantile(a: unknown, ...rest: unknown[]): any {
  return quantileImpl({ name: 'nanquantile', pct: false, nan: true }, a, rest);
}

/**
 * `np.nanpercentile(...)`: `np.percentile` ignoring NaNs.
 * Example: `np.nanpercentile([1, NaN, 3], 50)` → 2.
 */
export function nanpercentile(a: unknown, ...rest: unknown[]): any {
  return quantileImpl({ name: 'nanpercentile', pct: true, nan: true }, a, rest);
}
