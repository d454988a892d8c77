/**
 * Matrix constructors: `np.eye`, `identity`, `diag`, `diagflat`, `tri`, `tril`, `triu`
 * (NumPy's lib/_twodim_base_impl.py). Results are written directly instead of through
 * NumPy's flat-index assignments, with the same values, dtypes and layouts.
 */
import {
  bool,
  type DType,
  type DTypeKey,
  type DTypeLike,
  float64,
  type KeyOf,
  type ValidDType,
} from '../dtype.js';
import { ValueError } from '../errors.js';
import { cStrides, fStrides } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { bestAxisOrder } from '../umath/iterator.js';
import { allocate, bindArgs, creationDType, missingPositional, toIndex, toShape } from './args.js';
import { type ArrayLike, asarray } from './array.js';
import { castInto } from './castloops.js';
import { fillArray } from './copy.js';
import { parseCFOrder } from './layout.js';

export interface EyeOptions<D extends DTypeLike = DTypeLike> {
  N?: number;
  M?: number | null;
  k?: number;
  dtype?: ValidDType<D> | null;
  order?: 'C' | 'F';
  device?: string | null;
  like?: unknown;
}

/** The k-th diagonal of the 2-d `a` as a 1-d view (empty when it has no element). */
function diagonalView(a: NDArray, k: number): NDArray {
  const [n, m] = a.dims as [number, number];
  const [s0, s1] = a.steps as [number, number];
  const i0 = Math.max(0, -k);
  const len = Math.max(0, Math.min(n - i0, m - i0 - k));
  return a.viewWith([len], [s0 + s1], a.offset + i0 * s0 + (i0 + k) * s1);
}

/** `np.eye(N, M=None, k=0, dtype=float, order='C')`. */
export function eye<D extends DTypeLike = 'float64'>(
  N: number,
  M?: number | null | EyeOptions<D>,
  k?: number | EyeOptions<D>,
  dtype?: ValidDType<D> | null | EyeOptions<D>,
  order?: 'C' | 'F' | EyeOptions<D>,
  opts?: EyeOptions<D>,
): NDArray<KeyOf<D>>;
export function eye(...args: unknown[]): NDArray {
  const a = bindArgs('eye', ['N', 'M', 'k', 'dtype', 'order'], args, ['device', 'like']);
  missingPositional('eye', a, ['N']);
  const n = toIndex(a.N);
  const m = a.M === undefined || a.M === null ? n : toIndex(a.M);
  const k = a.k === undefined ? 0 : toIndex(a.k);
  const dt = creationDType(a.dtype);
  const order = parseCFOrder(a.order);
  const shape = toShape([n, m]);
  const out = allocate(
    shape,
    dt,
    order === 'F' ? fStrides(shape, dt.itemsize) : cStrides(shape, dt.itemsize),
  );
  const diag = diagonalView(out, k);
  const plain =
    dt.lanes === 1 &&
    !dt.isBig &&
    ('iub'.includes(dt.kind) || (dt.kind === 'f' && dt.itemsize !== 2));
  if (plain) {
    // Number storage (not bigint, not float16 bits): a 1 stored at each diagonal element.
    const data = out.data as Float64Array;
    const unit = dt.storageBytes;
    const step = diag.steps[0]! / unit;
    for (let i = 0, p = diag.offset / unit; i < diag.dims[0]!; i++, p += step) data[p] = 1;
  } else fillArray(diag, 1); // one fill of the diagonal view (bigint, float16, complex, …)
  return out;
}

/** `np.identity(n, dtype=None)`. */
export function identity<D extends DTypeLike = 'float64'>(
  n: number,
  dtype?: ValidDType<D> | null | { dtype?: ValidDType<D> | null; like?: unknown },
  opts?: { dtype?: ValidDType<D> | null; like?: unknown },
): NDArray<KeyOf<D>>;
export function identity(...args: unknown[]): NDArray {
  const a = bindArgs('identity', ['n', 'dtype'], args, ['like']);
  missingPositional('identity', a, ['n']);
  return eye(a.n as number, { dtype: (a.dtype ?? null) as DType | null });
}

/** A 1-d `v` placed on diagonal `k` of a square zero matrix (diag, diagflat). */
function onDiagonal(v: NDArray, k: number): NDArray {
  const len = v.dims[0]!;
  const n = len + Math.abs(k);
  const out = allocate([n, n], v.dtype, cStrides([n, n], v.itemsize));
  const row = k >= 0 ? 0 : -k;
  const col = k >= 0 ? k : 0;
  const dst = out.viewWith(
    [len],
    [out.steps[0]! + out.steps[1]!],
    out.offset + row * out.steps[0]! + col * out.steps[1]!,
  );
  castInto(dst, v);
  return out;
}

/**
 * `np.diag(v, k=0)`: a 1-d `v` gives a matrix with `v` on diagonal `k`; a 2-d `v`
 * gives its k-th diagonal as a read-only view (as NumPy's `diagonal` does).
 */
export function diag<K extends DTypeKey>(
  v: NDArray<K> | ArrayLike,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<K>;
export function diag(...args: unknown[]): NDArray {
  const a = bindArgs('diag', ['v', 'k'], args);
  missingPositional('diag', a, ['v']);
  const v = a.v instanceof NDArray ? a.v : asarray(a.v);
  const k = a.k === undefined ? 0 : toIndex(a.k);
  if (v.ndim === 1) return onDiagonal(v, k);
  if (v.ndim !== 2) throw new ValueError('Input must be 1- or 2-d.');
  const [n, m] = v.dims as [number, number];
  const [s0, s1] = v.steps as [number, number];
  const len = Math.max(0, Math.min(n - Math.max(0, -k), m - Math.max(0, k)));
  const start = len === 0 ? v.offset : v.offset + Math.max(0, -k) * s0 + Math.max(0, k) * s1;
  const out = v.viewWith([len], [s0 + s1], start);
  out._writeable = false;
  return out;
}

/** `np.diagflat(v, k=0)`: the flattened input on diagonal `k` of a new matrix. */
export function diagflat<K extends DTypeKey>(
  v: NDArray<K> | ArrayLike,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<K>;
export function diagflat(...args: unknown[]): NDArray {
  const a = bindArgs('diagflat', ['v', 'k'], args);
  missingPositional('diagflat', a, ['v']);
  const v = a.v instanceof NDArray ? a.v : asarray(a.v);
  const k = a.k === undefined ? 0 : toIndex(a.k);
  const flat = allocate([v.size], v.dtype, [v.itemsize]);
  castInto(flat.viewWith(v.dims, cStrides(v.dims, v.itemsize), flat.offset), v);
  return onDiagonal(flat, k);
}

/**
 * Row runs of `tri`'s mask, whose element (i, j) is set when i >= c0 + j·step: NumPy builds
 * the column thresholds as `arange(-k, M - k)` in a small integer dtype, so a fractional k
 * truncates each of the first two values toward zero and the step is 0 or 1. The
 * thresholds never decrease, so row i is set in its first runs[i] columns only.
 */
function triRuns(n: number, m: number, k: number): Int32Array {
  const c0 = Math.trunc(-k);
  const step = Math.trunc(-k + 1) - c0;
  const runs = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (m > 0 && i >= c0) runs[i] = step === 0 ? m : Math.min(m, i - c0 + 1);
  }
  return runs;
}

/** arange's length for a possibly fractional bound (tri's N and M). */
const rangeLength = (x: number): number => Math.max(0, Math.ceil(x));

function realArg(v: unknown, name: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw new TypeError(`tri() argument '${name}' must be a real number, not ${typeof v}`);
}

/** The (N, M) bool mask of `tri`. */
function triMask(nArg: number, mArg: number, k: number): NDArray {
  const n = rangeLength(nArg);
  const m = rangeLength(mArg);
  const out = allocate([n, m], bool, [m, 1]);
  const d = out.ownData() as Uint8Array;
  const runs = triRuns(n, m, k);
  for (let i = 0; i < n; i++) d.fill(1, i * m, i * m + runs[i]!);
  return out;
}

/** `np.tri(N, M=None, k=0, dtype=float)`: ones at and below diagonal k. */
export function tri<D extends DTypeLike = 'float64'>(
  N: number,
  M?:
    | number
    | null
    | { M?: number | null; k?: number; dtype?: ValidDType<D> | null; like?: unknown },
  k?: number | { k?: number; dtype?: ValidDType<D> | null; like?: unknown },
  dtype?: ValidDType<D> | null | { dtype?: ValidDType<D> | null; like?: unknown },
  opts?: { dtype?: ValidDType<D> | null; like?: unknown },
): NDArray<KeyOf<D>>;
export function tri(...args: unknown[]): NDArray {
  const a = bindArgs('tri', ['N', 'M', 'k', 'dtype'], args, ['like']);
  if (!('N' in a)) throw new TypeError("tri() missing 1 required positional argument: 'N'");
  const n = realArg(a.N, 'N');
  const m = a.M === undefined || a.M === null ? n : realArg(a.M, 'M');
  const k = a.k === undefined ? 0 : realArg(a.k, 'k');
  const mask = triMask(n, m, k);
  const dt = a.dtype === undefined || a.dtype === null ? float64 : creationDType(a.dtype);
  if (dt === bool) return mask;
  const out = allocate(mask.dims, dt, cStrides(mask.dims, dt.itemsize));
  castInto(out, mask);
  return out;
}

/** tril/triu: a copy of m (laid out as np.where lays it out) with one side of the mask zeroed. */
function triangle(fn: 'tril' | 'triu', args: unknown[]): NDArray {
  const a = bindArgs(fn, ['m', 'k'], args);
  missingPositional(fn, a, ['m']);
  let m = a.m instanceof NDArray ? a.m : asarray(a.m);
  const k = a.k === undefined ? 0 : realArg(a.k, 'k');
  if (m.ndim === 0) throw new TypeError("tri() missing 1 required positional argument: 'N'");
  const rows = m.ndim === 1 ? m.dims[0]! : m.dims[m.ndim - 2]!;
  const cols = m.dims[m.ndim - 1]!;
  // tril keeps the mask tri(k); triu zeroes tri(k - 1).
  const runs = triRuns(rows, cols, fn === 'tril' ? k : k - 1);
  if (m.ndim === 1) m = m.viewWith([rows, cols], [0, m.steps[0]!], m.offset);
  const shape = m.dims;
  const nd = shape.length;
  // The result's memory order follows m's (as NumPy's where(mask, m, 0) lays it out).
  const maskStrides = [...new Array(nd - 2).fill(0), cols, 1];
  const perm = bestAxisOrder(shape, [maskStrides, m.steps]);
  const strides = new Array<number>(nd);
  let acc = m.itemsize;
  for (let i = nd - 1; i >= 0; i--) {
    strides[perm[i]!] = acc;
    acc *= Math.max(shape[perm[i]!]!, 1);
  }
  const out = allocate(shape, m.dtype, strides, true); // castInto writes every element
  castInto(out, m);
  // Zero bytes are the zero of every dtype ('' for strings).
  const bytes = new Uint8Array(out.buffer as ArrayBuffer);
  const item = out.itemsize;
  const outer = out.size / Math.max(rows * cols, 1);
  const so = strides.slice(0, nd - 2);
  const batchShape = shape.slice(0, nd - 2);
  const [sr, sc] = [strides[nd - 2]!, strides[nd - 1]!];
  for (let b = 0; b < outer; b++) {
    let base = out.offset;
    let rem = b;
    for (let ax = batchShape.length - 1; ax >= 0; ax--) {
      base += (rem % batchShape[ax]!) * so[ax]!;
      rem = Math.floor(rem / batchShape[ax]!);
    }
    for (let i = 0; i < rows; i++) {
      // The mask's row i is a run of ones then zeros (NumPy's tri, also for a float k):
      // tril zeroes the columns after the run, triu the columns in it.
      const p = runs[i]!;
      const lo = fn === 'tril' ? p : 0;
      const hi = fn === 'tril' ? cols : p;
      const row = base + i * sr;
      if (lo >= hi) continue;
      if (sc === item) bytes.fill(0, row + lo * sc, row + hi * sc);
      else for (let j = lo; j < hi; j++) bytes.fill(0, row + j * sc, row + j * sc + item);
    }
  }
  return out;
}

/** `np.tril(m, k=0)`: the lower triangle of the last two axes, the rest zeroed. */
export function tril<K extends DTypeKey>(
  m: NDArray<K> | ArrayLike,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<K>;
export function tril(...args: unknown[]): NDArray {
  return triangle('tril', args);
}

/** `np.triu(m, k=0)`: the upper triangle of the last two axes, the rest zeroed. */
export function triu<K extends DTypeKey>(
  m: NDArray<K> | ArrayLike,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<K>;
export function triu(...args: unknown[]): NDArray {
  return triangle('triu', args);
}
