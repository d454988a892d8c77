/**
 * `np.searchsorted(a, v, side='left', sorter=None)` and `a.searchsorted`: binary
 * search in NumPy's sort order (NaNs last; complex lexicographic with NaNs last).
 */
import { Complex } from '../complex.js';
import { int64 as int64DT } from '../dtype.js';
import { type Canonical, readElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { doubles } from '../item_selection/indices.js';
import { forEachOffset, forEachRun } from '../iter.js';
import { bindArgs } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { resultType } from '../numerictypes/promotion.js';

function cmpNum(x: number, y: number): number {
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  const xn = Number.isNaN(x);
  const yn = Number.isNaN(y);
  return xn === yn ? 0 : xn ? 1 : -1;
}

/** NumPy's ordering of two canonical elements of one dtype. */
export function compareCanonical(x: Canonical, y: Canonical): number {
  if (typeof x === 'number') return cmpNum(x, y as number);
  if (typeof x === 'bigint') return x < (y as bigint) ? -1 : x > (y as bigint) ? 1 : 0;
  if (typeof x === 'boolean') return Number(x) - Number(y);
  if (x instanceof Complex) {
    const c = y as Complex;
    const kx = (Number.isNaN(x.re) ? 2 : 0) + (Number.isNaN(x.im) ? 1 : 0);
    const ky = (Number.isNaN(c.re) ? 2 : 0) + (Number.isNaN(c.im) ? 1 : 0);
    if (kx !== ky) return kx - ky;
    const r = cmpNum(x.re, c.re);
    return r !== 0 ? r : cmpNum(x.im, c.im);
  }
  if (typeof x === 'string') return x < (y as string) ? -1 : x > (y as string) ? 1 : 0;
  const a = x as Uint8Array;
  const b = y as Uint8Array;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function valuesOf(a: NDArray): Canonical[] {
  const out: Canonical[] = [];
  const dv = a.dataView;
  forEachOffset(a.dims, a.steps, a.offset, (off: number) => {
    out.push(readElement(dv, off, a.dtype));
  });
  return out;
}

export function searchsortedImpl(a0: NDArray, o: Record<string, unknown>): any {
  if (a0.ndim !== 1) throw new ValueError('object too deep for desired array');
  const side = o.side ?? 'left';
  if (side !== 'left' && side !== 'right' && side !== 'l' && side !== 'r') {
    throw new ValueError(`search side must be 'left' or 'right' (got '${String(side)}')`);
  }
  const right = side === 'right' || side === 'r';
  const v0 = toArray(o.v);
  const dt = resultType(a0, v0);
  const a = a0.dtype === dt ? a0 : copyArray(a0, 'C', dt);
  const v = v0.dtype === dt ? v0 : copyArray(v0, 'C', dt);
  const fast = searchNumbers(a, v, right, o.sorter);
  if (fast !== null) return fast;
  let av = valuesOf(a);
  if (o.sorter !== undefined && o.sorter !== null) {
    const s = toArray(o.sorter);
    if (s.size !== a.size) throw new ValueError('sorter.size must equal a.size');
    const idx = valuesOf(s).map((x) => Number(x));
    for (const i of idx) {
      if (i < 0 || i >= a.size) throw new ValueError('Sorter index out of range.');
    }
    av = idx.map((i) => av[i]!);
  }
  const vv = valuesOf(v);
  const out = NDArray.empty(v.dims, int64DT);
  const d = out.data as BigInt64Array;
  const n = av.length;
  for (let k = 0; k < vv.length; k++) {
    const x = vv[k]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareCanonical(av[mid]!, x);
      if (c < 0 || (right && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    d[k] = BigInt(lo);
  }
  return out.ndim === 0 ? Number(d[0]) : out;
}

/**
 * searchsorted of real dtypes that fit a double (floats, integers up to 32 bits) on typed
 * arrays: the generic path compares canonical values and makes a BigInt per result (~150 ns
 * a query). NaNs sort last, as NumPy's `less` has them. Null for other dtypes or a sorter
 * that is not a contiguous int64/int32 array (the generic path checks and reports those).
 */
function searchNumbers(
  a: NDArray,
  v: NDArray,
  right: boolean,
  sorter: unknown,
): NDArray | number | null {
  const k = a.dtype.kind;
  if ((k !== 'f' && k !== 'i' && k !== 'u' && k !== 'b') || a.dtype.isBig) return null;
  if ((a.dtype.kind === 'f' && a.dtype.itemsize === 2) || !a.isAligned) return null;
  let A = new Float64Array(a.size);
  let i = 0;
  const d = a.data as Float64Array;
  const item = a.itemsize;
  forEachRun(a.dims, a.steps, a.offset, (start, n, step) => {
    for (let q = 0, at = start / item; q < n; q++, at += step / item) A[i++] = d[at]!;
  });
  if (sorter !== undefined && sorter !== null) {
    const s = toArray(sorter);
    if (s.size !== a.size || (s.dtype.kind !== 'i' && s.dtype.kind !== 'u')) return null;
    const order = doubles(s);
    for (const j of order)
      if (j < 0 || j >= a.size) throw new ValueError('Sorter index out of range.');
    const values = A;
    A = order.map((j) => values[j]!);
  }
  const xs = doubles(v);
  const out = NDArray.empty(v.dims, int64DT);
  const w = new Int32Array(out.buffer as ArrayBuffer, out.offset, 2 * xs.length);
  const n = A.length;
  for (let q = 0; q < xs.length; q++) {
    const x = xs[q]!;
    const xNaN = Number.isNaN(x);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = A[mid]!;
      // NumPy's less(p, q): p < q, or q is NaN and p is not (NaNs sort last)
      const goRight = right
        ? !(x < m || (Number.isNaN(m) && !xNaN))
        : m < x || (xNaN && !Number.isNaN(m));
      if (goRight) lo = mid + 1;
      else hi = mid;
    }
    w[2 * q] = lo;
    w[2 * q + 1] = 0;
  }
  return out.ndim === 0 ? w[0]! : out;
}

/** `np.searchsorted(a, v, side='left', sorter=None)`. */
export function searchsorted(a: unknown, ...rest: unknown[]): any {
  const o = bindArgs('searchsorted', ['v', 'side', 'sorter'], rest);
  if (!('v' in o))
    throw new TypeError("searchsorted() missing 1 required positional argument: 'v'");
  return searchsortedImpl(toArray(a), o);
}

/** `a.searchsorted(v, side='left', sorter=None)`. */
export function searchsortedMethod(a: NDArray, args: unknown[]): any {
  const o = bindArgs('searchsorted', ['v', 'side', 'sorter'], args);
  if (!('v' in o)) throw new TypeError("searchsorted() missing required argument 'v' (pos 1)");
  return searchsortedImpl(a, o);
}
