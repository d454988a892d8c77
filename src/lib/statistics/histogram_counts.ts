/**
 * The counting loops of `np.histogram` (numpy/lib/_histograms_impl.py): for equal-width bins
 * NumPy's index arithmetic `(x - first) / (last - first) * n` in its dtypes followed by the
 * two edge corrections, then a bincount per 65536-element block; for explicit edges the
 * searchsorted formulation (left edges inclusive, the last edge inclusive on both sides).
 */
import { type DType, float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { cumsum } from '../../_core/fromnumeric.js';
import { array } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';
import { argsort } from '../../_core/sorting/sort.js';
import * as um from '../../_core/umath/defs/index.js';
import { type Edge, num, unsignedSubtract } from './edges.js';
import { f64data } from './lanes.js';

const BLOCK = 65536;

function boolData(a: NDArray): Uint8Array {
  const c = a.astype('bool', { order: 'C' });
  return (c.data as Uint8Array).subarray(c.offset, c.offset + c.size);
}

/**
 * Bin index of every kept element of `a` (1-d) for equal-width bins, and the kept mask.
 * `edges` are NumPy's linspace edges in the bin dtype.
 */
function uniformIndices(
  a: NDArray,
  first: Edge,
  last: Edge,
  nBins: number,
  edges: NDArray,
): { idx: Int32Array; keep: Uint8Array | null } {
  const fast = fastIndices(a, first, last, nBins, edges);
  if (fast) return fast;
  const keepArr = um.logical_and(um.greater_equal(a, first), um.less_equal(a, last)) as NDArray;
  const keep = boolData(keepArr);
  let all = true;
  for (let i = 0; i < keep.length; i++) if (!keep[i]) all = false;
  let binType = resultType(first as never, last as never, a);
  if ('iub'.includes(binType.kind)) binType = resultType(binType, float64);
  const ta = (all ? a : a.get(keepArr)).astype(binType);
  const denom = unsignedSubtract(last, first);
  const f = um.multiply(um.true_divide(unsignedSubtract(ta, first), denom), nBins) as NDArray;
  const fd = f64data(f);
  const xd = f64data(ta);
  const e = f64data(edges);
  const idx = new Int32Array(fd.length);
  for (let i = 0; i < fd.length; i++) {
    let k = Math.trunc(fd[i]!);
    if (k === nBins) k--;
    const x = xd[i]!;
    if (x < e[k < 0 ? k + e.length : k]!) k--;
    if (k !== nBins - 1 && x >= e[k + 1]!) k++;
    idx[i] = k;
  }
  return { idx, keep: all ? null : keep };
}

/**
 * The dtypes of NumPy's equal-bin index arithmetic: the bins' (binType), the range's width
 * (denom), `x - first` (S), its quotient by the width (Dv), and the comparisons of the data
 * with `first` (C1) and `last` (C2).
 */
function indexDTypes(a: NDArray, first: Edge, last: Edge) {
  let binType = resultType(first as never, last as never, a);
  if ('iub'.includes(binType.kind)) binType = resultType(binType, float64);
  const denom = unsignedSubtract(last, first);
  const S = resultType(binType, first as never);
  const Dv = resultType(S, denom);
  const C1 = resultType(a.dtype, first as never);
  const C2 = resultType(a.dtype, last as never);
  return { binType, denom, S, Dv, C1, C2 };
}

/** Rounding after each operation in a float dtype (identity for float64 and integers). */
function rounder(dt: DType): ((x: number) => number) | null {
  if (dt.kind === 'f') return dt.itemsize === 8 ? (x) => x : dt.itemsize === 4 ? Math.fround : null;
  if (dt.kind === 'i' || dt.kind === 'u' || dt.kind === 'b') return (x) => x;
  return null;
}

/**
 * The same indexes as `uniformIndices` computed in one typed-array pass, emulating NumPy's
 * dtypes with Math.fround where they are float32; null where that emulation does not apply
 * (float16, 64-bit integer data).
 */
function fastIndices(
  a: NDArray,
  first: Edge,
  last: Edge,
  nBins: number,
  edges: NDArray,
): { idx: Int32Array; keep: Uint8Array | null } | null {
  if ((a.dtype.kind === 'i' || a.dtype.kind === 'u') && a.dtype.itemsize === 8) return null;
  if (a.dtype.kind === 'f' && a.dtype.itemsize === 2) return null;
  const { binType, denom, S, Dv, C1, C2 } = indexDTypes(a, first, last);
  const rC1 = rounder(C1);
  const rC2 = rounder(C2);
  const rB = rounder(binType);
  const rS = rounder(S);
  const rD = rounder(Dv);
  if (!rC1 || !rC2 || !rB || !rS || !rD || S.kind !== 'f' || Dv.kind !== 'f') return null;
  const f0 = num(first);
  const lo = rC1(f0);
  const hi = rC2(num(last));
  const fS = rS(f0);
  const dv = rD(num(denom));
  const nb = rD(nBins);
  const x = f64data(a);
  const e = f64data(edges);
  const n = x.length;
  const keep = new Uint8Array(n);
  const tmp = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!(v >= lo && v <= hi)) continue;
    keep[i] = 1;
    const xb = rB(v);
    const q = rD(rS(xb - fS) / dv);
    let k = Math.trunc(rD(q * nb));
    if (k === nBins) k--;
    if (xb < e[k < 0 ? k + e.length : k]!) k--;
    if (k !== nBins - 1 && xb >= e[k + 1]!) k++;
    tmp[m++] = k;
  }
  return { idx: tmp.subarray(0, m), keep: m === n ? null : keep };
}

/**
 * Unweighted counts where every step of NumPy's index arithmetic is a float64 operation
 * (float64 data, or integers up to 32 bits, with float64 edges): `fastIndices`' loop without
 * its rounding hooks, the kept mask and the index array, counting as it goes (1e6 values
 * ~11 -> ~3 ms). Null where the dtypes need rounding (float32) or another path.
 */
function countsFloat64(
  a: NDArray,
  first: Edge,
  last: Edge,
  nBins: number,
  edges: NDArray,
): Float64Array | null {
  const k0 = a.dtype.kind;
  if (!(a.dtype === float64 || ((k0 === 'i' || k0 === 'u' || k0 === 'b') && a.dtype.itemsize <= 4)))
    return null;
  const isF64 = (d: DType) => d === float64;
  const exactBound = (d: DType) =>
    d === float64 || d.kind === 'i' || d.kind === 'u' || d.kind === 'b';
  const { binType, denom, S, Dv, C1, C2 } = indexDTypes(a, first, last);
  if (!isF64(binType) || !isF64(S) || !isF64(Dv)) return null;
  if (!exactBound(C1) || !exactBound(C2)) return null;
  const lo = num(first);
  const hi = num(last);
  const dv = num(denom);
  const x = f64data(a);
  const e = f64data(edges);
  const counts = new Float64Array(nBins);
  const ne = e.length;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!(v >= lo && v <= hi)) continue;
    let k = Math.trunc(((v - lo) / dv) * nBins);
    if (k === nBins) k--;
    if (v < e[k < 0 ? k + ne : k]!) k--;
    if (k !== nBins - 1 && v >= e[k + 1]!) k++;
    // bincount's check: an overflowing width yields -1 (see checkIndices)
    if (k < 0) throw new ValueError("'list' argument must have no negative elements");
    counts[k]!++;
  }
  return counts;
}

/**
 * np.bincount's check: NumPy's index arithmetic yields -1 when an estimator's width overflows
 * to inf (zero bins), and bincount then refuses it.
 */
function checkIndices(idx: Int32Array): void {
  for (let i = 0; i < idx.length; i++)
    if (idx[i]! < 0) throw new ValueError("'list' argument must have no negative elements");
}

/** Unweighted counts of equal-width bins (used by the 'stone' estimator too). */
export function uniformCounts(
  a: NDArray,
  first: Edge,
  last: Edge,
  nBins: number,
  edges: NDArray,
): Float64Array {
  const direct = countsFloat64(a, first, last, nBins, edges);
  if (direct) return direct;
  const { idx } = uniformIndices(a, first, last, nBins, edges);
  checkIndices(idx);
  const n = new Float64Array(nBins);
  for (let i = 0; i < idx.length; i++) n[idx[i]!]!++;
  return n;
}

/** `np.histogram`'s counts for equal-width bins, in `ntype` (intp, or the weights' dtype). */
export function uniformHistogram(
  a: NDArray,
  w: NDArray | null,
  first: Edge,
  last: Edge,
  nBins: number,
  edges: NDArray,
): NDArray {
  if (!w) {
    const c = uniformCounts(a, first, last, nBins, edges);
    return (array(c, { dtype: float64 }) as NDArray).astype('int64');
  }
  const { idx, keep } = uniformIndices(a, first, last, nBins, edges);
  checkIndices(idx);
  const cplx = w.dtype.kind === 'c';
  const wr = f64data(cplx ? w.real : w);
  const wi = cplx ? f64data(w.imag) : null;
  const n = NDArray.zeros([nBins], w.dtype);
  const re = new Float64Array(nBins);
  const im = new Float64Array(nBins);
  let p = 0; // position among kept elements
  for (let b0 = 0; b0 < a.size; b0 += BLOCK) {
    re.fill(0);
    im.fill(0);
    const b1 = Math.min(a.size, b0 + BLOCK);
    for (let i = b0; i < b1; i++) {
      if (keep && !keep[i]) continue;
      const k = idx[p++]!;
      re[k] = re[k]! + wr[i]!;
      if (wi) im[k] = im[k]! + wi[i]!;
    }
    // n += bincount(...).astype(ntype); complex: n.real += ..., n.imag += ...
    if (cplx) {
      um.add(n.real, array(re, { dtype: float64 }), { out: n.real });
      um.add(n.imag, array(im, { dtype: float64 }), { out: n.imag });
    } else {
      um.add(n, (array(re, { dtype: float64 }) as NDArray).astype(w.dtype), { out: n });
    }
  }
  return n;
}

/** Values of `x` as doubles or (64-bit integer comparisons) bigints, in dtype `dt`. */
function lanesIn(
  x: NDArray,
  big: boolean,
  dt: string,
): Float64Array | BigInt64Array | BigUint64Array {
  if (!big) return f64data(x.astype(dt));
  const c = x.astype(dt, { order: 'C' });
  const D = c.data as BigInt64Array;
  return D.subarray(c.offset / 8, c.offset / 8 + c.size);
}

/** `np.histogram`'s counts for explicit (monotonic) edges. */
export function edgesHistogram(a: NDArray, w: NDArray | null, edges: NDArray): NDArray {
  const ct = resultType(a.dtype, edges.dtype);
  const big = (ct.kind === 'i' || ct.kind === 'u') && ct.itemsize === 8;
  const x = lanesIn(a, big, ct.name) as Float64Array;
  const e = lanesIn(edges, big, ct.name) as Float64Array;
  const nb = e.length - 1;
  if (!w) {
    const counts = new Float64Array(Math.max(nb, 0));
    if (nb > 0) {
      const lo = e[0]!;
      const hi = e[nb]!;
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        if (!(v >= lo && v <= hi)) continue;
        // upper bound: the number of edges <= v
        let l = 0;
        let h = nb + 1;
        while (l < h) {
          const m = (l + h) >>> 1;
          if (e[m]! <= v) l = m + 1;
          else h = m;
        }
        counts[Math.min(l - 1, nb - 1)]!++;
      }
    }
    return (array(counts, { dtype: float64 }) as NDArray).astype('int64');
  }
  // Weighted: per block, sort, cumulate the weights and difference them at the edges.
  const ntype = w.dtype;
  const cum = NDArray.zeros([nb + 1], ntype);
  for (let b0 = 0; b0 < a.size; b0 += BLOCK) {
    const b1 = Math.min(a.size, b0 + BLOCK);
    const blockA = a.get(`${b0}:${b1}`);
    const order = argsort(blockA) as NDArray;
    const sa = lanesIn(blockA.get(order), big, ct.name) as Float64Array;
    const sw = w.get(`${b0}:${b1}`).get(order);
    const cw = NDArray.zeros([sw.size + 1], ntype);
    const cs = cumsum(sw) as NDArray;
    const cwFull = um.add(cw.get('1:'), cs) as NDArray; // zero ∥ cumsum, in their common dtype
    const cwAll = NDArray.zeros([sw.size + 1], cwFull.dtype);
    cwAll.set('1:', cwFull);
    const pos: number[] = [];
    for (let j = 0; j <= nb; j++) {
      const v = e[j]!;
      let l = 0;
      let h = sa.length;
      // left side for all edges but the last, right side for the last
      while (l < h) {
        const m = (l + h) >>> 1;
        const s = sa[m]!;
        if (j < nb ? s < v : s <= v) l = m + 1;
        else h = m;
      }
      pos.push(l);
    }
    um.add(cum, cwAll.get(pos), { out: cum });
  }
  return um.subtract(cum.get('1:'), cum.get(':-1')) as NDArray;
}
