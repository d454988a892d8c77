/**
 * `np.median` and `np.nanmedian` (numpy/lib/_function_base_impl.py, _nanfunctions_impl.py):
 * the middle order statistics of each lane by selection, then NumPy's averaging of them
 * (`mean` of the one or two middle values; `nanmedian` over an axis of fewer than 600 values
 * goes through `np.ma.median`, which adds the two in the array's dtype and halves).
 */
import { _mean } from '../../_core/_methods.js';
import { Complex } from '../../_core/complex.js';
import { bool, type DType, float32 } from '../../_core/dtype.js';
import { toArray } from '../../_core/multiarray/array.js';
import { copyto } from '../../_core/multiarray/copyto.js';
import { NDArray } from '../../_core/ndarray.js';
import { finish, reductionArgs } from '../../_core/reduction_args.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { outArray } from '../../_core/umath/reduce.js';
import { nanmean } from '../nanfunctions.js';
import { gatherLanes, type Lanes, reducedAxes } from './gather.js';
import { complexLess, type Lane, moveNaNsLast, selectMany } from './select.js';

const PARAMS = ['axis', 'out', 'overwrite_input', 'keepdims'] as const;

function laneArray(values: Lane, work: DType, shape: number[]): NDArray {
  const a = NDArray.zeros(shape, work as DType<'float64'>);
  (a.data as Lane).set(values as never);
  return a;
}

/** Sort order of complex lane entries (NumPy's, NaNs last). */
function complexOrder(d: Float64Array, base: number, n: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => base + 2 * i);
  idx.sort((i, j) =>
    complexLess(d[i]!, d[i + 1]!, d[j]!, d[j + 1]!)
      ? -1
      : complexLess(d[j]!, d[j + 1]!, d[i]!, d[i + 1]!)
        ? 1
        : 0,
  );
  return idx;
}

/** The middle values of every lane, shape [...outShape, k], and which lanes hold a NaN. */
function middles(
  arr: NDArray,
  lanes: Lanes,
): { part: NDArray; nanAt: number[]; nanVals: unknown[] } {
  const { count, n, data } = lanes;
  const k = n === 0 ? 0 : n % 2 === 0 ? 2 : 1;
  const first = n % 2 === 0 ? n / 2 - 1 : (n - 1) / 2;
  const nanAt: number[] = [];
  const nanVals: unknown[] = [];
  if (arr.dtype.kind === 'c') {
    const d = data as Float64Array;
    const vals = new Float64Array(count * k * 2);
    for (let s = 0; s < count; s++) {
      const order = complexOrder(d, 2 * s * n, n);
      for (let j = 0; j < k; j++) {
        vals[2 * (s * k + j)] = d[order[first + j]!]!;
        vals[2 * (s * k + j) + 1] = d[order[first + j]! + 1]!;
      }
      if (n > 0) {
        const last = order[n - 1]!;
        if (Number.isNaN(d[last]!) || Number.isNaN(d[last + 1]!)) {
          // NumPy returns the NaN that sorts last, as it is.
          nanAt.push(s);
          nanVals.push(new Complex(d[last]!, d[last + 1]!));
        }
      }
    }
    const part = laneArray(vals, lanes.work, [...lanes.outShape, k]).astype(arr.dtype);
    return { part, nanAt, nanVals };
  }
  const vals = new (data.constructor as { new (n: number): Lane })(count * k);
  const ks = k === 2 ? [first, first + 1] : [first];
  for (let s = 0; s < count && k > 0; s++) {
    const base = s * n;
    if (moveNaNsLast(data, base, n) < n) {
      nanAt.push(s);
      continue;
    }
    selectMany(data, base, n, ks);
    for (let j = 0; j < k; j++) vals[s * k + j] = data[base + first + j]!;
  }
  const part = laneArray(vals, lanes.work, [...lanes.outShape, k]).astype(arr.dtype);
  return { part, nanAt, nanVals };
}

function setNaN(r: NDArray, count: number, nanAt: number[], vals: unknown[] = []): NDArray {
  if (nanAt.length === 0) return r;
  const flat = r.reshape([count]);
  nanAt.forEach((s, i) => {
    flat.set(s, vals[i] ?? Number.NaN);
  });
  return r;
}

function deliver(r: NDArray, lanes: Lanes, o: Record<string, any>, out: NDArray | null): any {
  const res = o.keepdims === true ? r.reshape(lanes.keptShape) : r;
  if (out) {
    copyto(out, res, { casting: 'unsafe' });
    return out;
  }
  return finish(res, o);
}

/**
 * `np.median(a, axis=None, out=None, overwrite_input=False, keepdims=False)`: integers give
 * float64, floats keep their dtype; a lane holding NaN gives NaN.
 * Example: `np.median([[10, 7, 4], [3, 2, 1]])` → 3.5.
 */
export function median(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('median', rest, PARAMS);
  const arr = toArray(a);
  const out = outArray(o.out);
  const lanes = gatherLanes(
    arr,
    reducedAxes(o.axis, arr.ndim),
    arr.dtype.kind === 'c' ? 'complex128' : undefined,
  );
  const { part, nanAt, nanVals } = middles(arr, lanes);
  const r = _mean(part, { axis: -1 }).result;
  return deliver(setNaN(r.ndim === 0 ? r.copy() : r, lanes.count, nanAt, nanVals), lanes, o, out);
}

/**
 * `np.nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=<no value>)`: the
 * median of the non-NaN values; an all-NaN lane gives NaN with "All-NaN slice encountered".
 * Example: `np.nanmedian([1, NaN, 3])` → 2.
 */
/** nanmedian's middle values of complex lanes (NumPy's sort order, NaNs dropped). */
function complexNanMiddles(
  d: Float64Array,
  count: number,
  n: number,
  lo: Float64Array,
  hi: Float64Array,
  odd: Uint8Array,
  nanAt: number[],
): void {
  for (let s = 0; s < count; s++) {
    const order = complexOrder(d, 2 * s * n, n).filter(
      (i) => !Number.isNaN(d[i]!) && !Number.isNaN(d[i + 1]!),
    );
    const m = order.length;
    if (m === 0) {
      warn('All-NaN slice encountered');
      nanAt.push(s);
      continue;
    }
    const first = m % 2 === 0 ? m / 2 - 1 : (m - 1) / 2;
    const l = order[first]!;
    const h = order[m % 2 === 0 ? first + 1 : first]!;
    lo[2 * s] = d[l]!;
    lo[2 * s + 1] = d[l + 1]!;
    hi[2 * s] = d[h]!;
    hi[2 * s + 1] = d[h + 1]!;
    odd[s] = m % 2;
  }
}

export function nanmedian(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('nanmedian', rest, PARAMS);
  const arr = toArray(a);
  const out = outArray(o.out);
  if (arr.size === 0) {
    return nanmean(arr, o.axis ?? null, {
      out,
      keepdims: o.keepdims === undefined ? undefined : o.keepdims === true,
    });
  }
  const kind = arr.dtype.kind;
  if (kind !== 'f' && kind !== 'c') return median(arr, ...rest);
  const axes = reducedAxes(o.axis, arr.ndim);
  const lanes = gatherLanes(arr, axes, kind === 'c' ? 'complex128' : undefined);
  const { count, n, data } = lanes;
  // NumPy: over an axis of < 600 values with other axes kept, np.ma.median (sum/2 in dtype).
  const maMode = axes.length < arr.ndim && n < 600;
  const lanesPer = kind === 'c' ? 2 : 1;
  const lo = new Float64Array(count * lanesPer);
  const hi = new Float64Array(count * lanesPer);
  const odd = new Uint8Array(count);
  const nanAt: number[] = [];
  if (kind === 'c') complexNanMiddles(data as Float64Array, count, n, lo, hi, odd, nanAt);
  for (let s = 0; s < count && kind !== 'c'; s++) {
    const base = s * n;
    const sub = data as Float64Array;
    const m = moveNaNsLast(sub, base, n);
    if (m === 0) {
      warn('All-NaN slice encountered');
      nanAt.push(s);
      continue;
    }
    const first = m % 2 === 0 ? m / 2 - 1 : (m - 1) / 2;
    selectMany(sub, base, m, m % 2 === 0 ? [first, first + 1] : [first]);
    lo[s] = sub[base + first]!;
    hi[s] = m % 2 === 0 ? sub[base + first + 1]! : sub[base + first]!;
    odd[s] = m % 2;
  }
  const dt = arr.dtype;
  const L = laneArray(lo, lanes.work, [count]).astype(dt);
  const H = laneArray(hi, lanes.work, [count]).astype(dt);
  // mean of two values accumulates float16 in float32; np.ma.median adds in the dtype.
  const acc = !maMode && dt.kind === 'f' && dt.itemsize === 2 ? float32 : dt;
  const sum = um.add(L.astype(acc), H.astype(acc)) as NDArray;
  const r = (um.divide(sum, 2) as NDArray).astype(dt);
  if (!maMode) {
    const oddMask = NDArray.zeros([count], bool);
    (oddMask.data as Uint8Array).set(odd);
    copyto(r, L, { where: oddMask });
  }
  setNaN(r, count, nanAt);
  return deliver(r.reshape(lanes.outShape), lanes, o, out);
}
