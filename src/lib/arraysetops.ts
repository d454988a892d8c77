/**
 * Set routines (NumPy's numpy/lib/_arraysetops_impl.py): `unique` and the array-API
 * `unique_all` / `unique_counts` / `unique_inverse` / `unique_values`, `isin`,
 * `intersect1d`, `union1d`, `setdiff1d`, `setxor1d`. All are sort-based, on the
 * stable sort of src/_core/sorting.
 */

import { canonicalBool } from '../_core/bool_bytes.js';
import { Complex } from '../_core/complex.js';
import { bool as boolDT, type DType, int64 as int64DT } from '../_core/dtype.js';
import { type Canonical, readElement } from '../_core/elements.js';
import { AxisError, ValueError } from '../_core/errors.js';
import { takeAdjusted } from '../_core/item_selection/take.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { copyArray } from '../_core/multiarray/copy.js';
import { namedTuple } from '../_core/named_tuple.js';
import { NDArray } from '../_core/ndarray.js';
import { resultType } from '../_core/numerictypes/promotion.js';
import { normalizeAxis } from '../_core/shape/args.js';
import { moveaxis } from '../_core/shape.js';
import {
  countInt64,
  countSmall,
  int64Words,
  type SmallIntArray,
} from '../_core/sorting/int_sort.js';
import { gatherRows, rowPerms, sortArray } from '../_core/sorting/sort.js';
import { isinNumeric, numericIsin } from './isin_numeric.js';
import { distinctValues } from './unique_hash.js';
import { hashOrderPositions } from './unique_order.js';

/** `a` flattened (C order) into a fresh or contiguous 1-d array, optionally cast. */
function flat1d(a: NDArray, dt?: DType): NDArray {
  if ((dt === undefined || dt === a.dtype) && a.flags.c_contiguous && a.isAligned) {
    return a.viewWith([a.size], [a.itemsize], a.offset);
  }
  return copyArray(a, 'C', dt ?? a.dtype).reshape(-1);
}

function valuesOf(a1: NDArray): Canonical[] {
  const out: Canonical[] = new Array(a1.size);
  const dv = a1.dataView;
  const st = a1.steps[0] ?? 0;
  for (let i = 0; i < a1.size; i++) out[i] = readElement(dv, a1.offset + i * st, a1.dtype);
  return out;
}

/** NumPy's `==` on two elements of one dtype (NaN unequal to everything). */
function eq(x: Canonical, y: Canonical): boolean {
  if (x instanceof Complex) {
    const c = y as Complex;
    return x.re === c.re && x.im === c.im;
  }
  if (x instanceof Uint8Array) {
    const b = y as Uint8Array;
    if (x.length !== b.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== b[i]) return false;
    return true;
  }
  return x === y;
}

function isNaNValue(x: Canonical): boolean {
  if (typeof x === 'number') return Number.isNaN(x);
  if (x instanceof Complex) return Number.isNaN(x.re) || Number.isNaN(x.im);
  return false;
}

function int64From(v: ArrayLike<number>, shape?: number[]): NDArray<'int64'> {
  const out = NDArray.empty(shape ?? [v.length], int64DT);
  const d = out.data as BigInt64Array;
  for (let i = 0; i < v.length; i++) d[i] = BigInt(v[i]!);
  return out as NDArray<'int64'>;
}

function take1d(a1: NDArray, idx: Int32Array): NDArray {
  return takeAdjusted(a1, 0, idx, [idx.length]);
}

interface U1 {
  values: NDArray;
  perm: Int32Array;
  mask: Uint8Array;
  /** Positions (in sorted order) where a new unique value starts. */
  starts: Int32Array;
}

/**
 * The sort-and-mask core of `_unique1d` on a 1-d array. `needPerm`: the sorting permutation
 * is wanted (return_index / return_inverse); without it NumPy sorts a copy (ar.sort()), and
 * so does this (an argsort and a gather cost ~3x the sort: unique with counts of 1e6 int64).
 */
function unique1dCore(a1: NDArray, equalNan: boolean, hashLike = false, needPerm = true): U1 {
  const n = a1.size;
  const c = a1.flags.c_contiguous && a1.isAligned ? a1 : copyArray(a1, 'C');
  const kind = a1.dtype.kind;
  // Without index/inverse/counts only the sorted values matter: sort them directly.
  const valuesOnly = hashLike && kind !== 'c';
  if (valuesOnly) {
    const hashed = hashUnique(c, equalNan);
    if (hashed !== null) return hashed;
  }
  const sortOnly = valuesOnly || (!needPerm && !hashLike);
  const counted = sortOnly ? countedUnique(c) : null;
  if (counted !== null) return counted;
  const perm = sortOnly ? new Int32Array(0) : rowPerms(c, n === 0 ? 0 : 1, n);
  const aux = sortOnly ? sortArray(c, -1) : gatherRows(c, perm, n === 0 ? 0 : 1, n, [n]);
  const fast = typedUniqueMask(aux, equalNan);
  // Values only: the kept elements copied straight out (no list of starts).
  if (fast !== null && valuesOnly)
    return { values: compact(aux, fast), perm, mask: fast, starts: new Int32Array(0) };
  if (fast !== null) {
    const starts = setPositions(fast);
    return { values: take1d(aux, starts), perm, mask: fast, starts };
  }
  const vals = valuesOf(aux);
  const mask = new Uint8Array(n);
  if (n > 0) mask[0] = 1;
  if (equalNan && n > 0 && (kind === 'c' || kind === 'f') && isNaNValue(vals[n - 1]!)) {
    let first = 0;
    while (first < n && !isNaNValue(vals[first]!)) first++;
    for (let i = 1; i < first; i++) mask[i] = eq(vals[i]!, vals[i - 1]!) ? 0 : 1;
    mask[first] = 1;
  } else {
    for (let i = 1; i < n; i++) mask[i] = eq(vals[i]!, vals[i - 1]!) ? 0 : 1;
  }
  const starts = setPositions(mask);
  const pick = starts.slice();
  if (hashLike && kind === 'c' && equalNan && n > 0 && isNaNValue(vals[n - 1]!)) {
    // NumPy's hash-based unique keeps the first complex NaN met in input order.
    const last = starts.length - 1;
    let s = starts[last]!;
    for (let i = s; i < n; i++) if (perm[i]! < perm[s]!) s = i;
    pick[last] = s;
  }
  const values = take1d(aux, pick);
  return { values, perm, mask, starts };
}

/**
 * unique's sorted values and their starts for an integer array of a small span, straight
 * from its histogram (int_sort.ts) without a sort; null for other dtypes and spans.
 */
function countedUnique(c: NDArray): U1 | null {
  const dt = c.dtype;
  const n = c.size;
  if ((dt.kind !== 'i' && dt.kind !== 'u') || !c.isAligned) return null;
  const wide = dt.itemsize === 8;
  const h = wide
    ? countInt64(new Int32Array(c.buffer, c.offset, 2 * n), 0, n, dt.kind === 'u')
    : countSmall(c.data as SmallIntArray, c.offset / dt.storageBytes, n);
  if (h === null) return null;
  const { cnt, range } = h;
  let k = 0;
  for (let i = 0; i <= range; i++) if (cnt[i] !== 0) k++;
  const values = NDArray.empty([k], dt);
  const starts = new Int32Array(k);
  const w = wide ? new Int32Array(values.buffer, values.offset, 2 * k) : null;
  const d = values.data as SmallIntArray;
  let j = 0;
  let at = 0;
  for (let i = 0; i <= range; i++) {
    const m = cnt[i]!;
    if (m === 0) continue;
    if (w !== null) int64Words(h, i, w, 2 * j);
    else d[j] = h.min + i;
    starts[j++] = at;
    at += m;
  }
  return { values, perm: new Int32Array(0), mask: new Uint8Array(0), starts };
}

/** The positions where `mask` is set, in order. */
function setPositions(mask: Uint8Array): Int32Array {
  let k = 0;
  for (let i = 0; i < mask.length; i++) k += mask[i]!;
  const out = new Int32Array(k);
  let j = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[j++] = i;
  return out;
}

/** The elements of the contiguous 1-lane array `a` where `mask` is set, as a fresh 1-d array. */
function compact(a: NDArray, mask: Uint8Array): NDArray {
  let k = 0;
  for (let i = 0; i < mask.length; i++) k += mask[i]!;
  const out = NDArray.empty([k], a.dtype);
  const src = a.data as Float64Array;
  const dst = out.data as Float64Array;
  const o = a.offset / src.BYTES_PER_ELEMENT;
  let j = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) dst[j++] = src[o + i]!;
  return out;
}

/**
 * NumPy's hash-based unique for values only, on number-valued dtypes (floats but float16,
 * ints up to 32 bits, bool): the distinct values, then a sort of just those. Null when the
 * dtype is not one of these or most values are distinct.
 */
function hashUnique(c: NDArray, equalNan: boolean): U1 | null {
  const dt = c.dtype;
  const numeric =
    (dt.kind === 'f' && dt.itemsize >= 4) ||
    ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize <= 4) ||
    dt.kind === 'b';
  if (!numeric || dt.lanes !== 1 || c.size < 1024) return null;
  const d = c.data as Float64Array;
  const vals = distinctValues(d, c.offset / d.BYTES_PER_ELEMENT, c.size, equalNan);
  if (vals === null) return null;
  const u = NDArray.empty([vals.length], dt);
  (u.data as Float64Array).set(vals);
  const values = sortArray(u, -1);
  return { values, perm: new Int32Array(0), mask: new Uint8Array(0), starts: new Int32Array(0) };
}

/**
 * The "new value starts here" mask of sorted real numbers, straight from the typed array
 * (no boxed elements): float32/64 compare as numbers (-0 equals 0; NaNs, sorted last, are
 * each new unless `equalNan` makes them one), integers and bools compare their bits (two
 * 32-bit words for 64-bit ints). Null for the other dtypes.
 */
function typedUniqueMask(aux: NDArray, equalNan: boolean): Uint8Array | null {
  const dt = aux.dtype;
  const n = aux.size;
  if (dt.lanes !== 1 || !aux.isAligned || (dt.kind === 'f' && dt.itemsize === 2)) return null;
  const mask = new Uint8Array(n);
  if (n === 0) return mask;
  mask[0] = 1;
  if (dt.kind === 'f') {
    const d = aux.data as Float64Array | Float32Array;
    const o = aux.offset / d.BYTES_PER_ELEMENT;
    let end = n;
    if (equalNan) {
      while (end > 0 && Number.isNaN(d[o + end - 1]!)) end--;
      if (end < n) mask[end] = 1;
    }
    for (let i = 1; i < end; i++) mask[i] = d[o + i] === d[o + i - 1] ? 0 : 1;
    return mask;
  }
  if (dt.kind !== 'i' && dt.kind !== 'u' && dt.kind !== 'b') return null;
  if (dt.itemsize === 8) {
    const w = new Int32Array(aux.buffer as ArrayBuffer, aux.offset, 2 * n);
    for (let i = 1; i < n; i++) {
      mask[i] = w[2 * i] === w[2 * i - 2] && w[2 * i + 1] === w[2 * i - 1] ? 0 : 1;
    }
    return mask;
  }
  const d = aux.data as Int32Array;
  const o = aux.offset / d.BYTES_PER_ELEMENT;
  for (let i = 1; i < n; i++) mask[i] = d[o + i] === d[o + i - 1] ? 0 : 1;
  return mask;
}

interface UniqueFlags {
  return_index: boolean;
  return_inverse: boolean;
  return_counts: boolean;
}

function extras(u: U1, f: UniqueFlags, n: number, inverseShape: number[]): NDArray[] {
  const out: NDArray[] = [];
  const { starts } = u;
  if (f.return_index) out.push(int64From(starts.map((s) => u.perm[s]!)));
  if (f.return_inverse) {
    const inv = new Float64Array(n);
    let k = -1;
    for (let i = 0; i < n; i++) {
      if (u.mask[i]) k++;
      inv[u.perm[i]!] = k;
    }
    out.push(int64From(inv, inverseShape));
  }
  if (f.return_counts) {
    const cnt = new Int32Array(starts.length);
    for (let i = 0; i + 1 < starts.length; i++) cnt[i] = starts[i + 1]! - starts[i]!;
    if (starts.length > 0) cnt[starts.length - 1] = n - starts[starts.length - 1]!;
    out.push(int64From(cnt));
  }
  return out;
}

/** unique along `axis`: the subarrays compared lexicographically, as NumPy's structured view. */
function uniqueAxis(ar: NDArray, axis: number, f: UniqueFlags): NDArray[] {
  const moved = copyArray(moveaxis(ar, axis, 0), 'C');
  const n = moved.dims[0]!;
  const rest = moved.dims.slice(1);
  const m = rest.reduce((x, y) => x * y, 1);
  const rows = moved.reshape([n, m]);
  // Lexicographic row order: stable sorts by column m-1 … 0.
  let perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const cols: Canonical[][] = [];
  for (let j = 0; j < m; j++) cols.push(valuesOf(rows.get(':', j)));
  for (let j = m - 1; j >= 0 && n > 0; j--) {
    const col = copyArray(rows.get(':', j), 'C');
    const g = take1d(col, perm);
    const q = rowPerms(g, 1, n);
    const next = new Int32Array(n);
    for (let i = 0; i < n; i++) next[i] = perm[q[i]!]!;
    perm = next;
  }
  const mask = new Uint8Array(n);
  if (n > 0) mask[0] = 1;
  for (let i = 1; i < n; i++) {
    let same = true;
    for (let j = 0; j < m && same; j++) same = eq(cols[j]![perm[i]!]!, cols[j]![perm[i - 1]!]!);
    mask[i] = same ? 0 : 1;
  }
  const starts = setPositions(mask);
  const uniqRows = takeAdjusted(moved, 0, Int32Array.from(starts.map((s) => perm[s]!)), [
    starts.length,
  ]);
  const values = copyArray(moveaxis(uniqRows, 0, axis), 'C');
  return [values, ...extras({ values, perm, mask, starts }, f, n, [n])];
}

function flag(v: unknown): boolean {
  return v !== undefined && v !== null && v !== false && v !== 0;
}

/**
 * `np.unique(ar, return_index=False, return_inverse=False, return_counts=False,
 * axis=None, *, equal_nan=True, sorted=True)`: the sorted unique values, or
 * `[values, ...]` when any of the return_* flags is set.
 */
export function unique(ar: unknown, ...rest: unknown[]): any {
  const o = bindArgs('unique', ['return_index', 'return_inverse', 'return_counts', 'axis'], rest, [
    'equal_nan',
    'sorted',
  ]);
  const a = canonicalBool(toArray(ar));
  const f: UniqueFlags = {
    return_index: flag(o.return_index),
    return_inverse: flag(o.return_inverse),
    return_counts: flag(o.return_counts),
  };
  const equalNan = o.equal_nan === undefined ? true : flag(o.equal_nan);
  const axis = o.axis ?? null;
  let res: NDArray[];
  if (axis === null || a.ndim === 1) {
    if (axis !== null) normalizeAxis(axis, a.ndim);
    const hashLike = !(f.return_index || f.return_inverse || f.return_counts);
    const flat = flat1d(a);
    // sorted=False: NumPy's hash-set order for the dtypes it hashes (unique_order.ts).
    const order =
      hashLike && o.sorted !== undefined && !flag(o.sorted)
        ? hashOrderPositions(flat, equalNan)
        : null;
    if (order !== null) res = [take1d(flat, Int32Array.from(order))];
    else {
      const u = unique1dCore(flat, equalNan, hashLike, f.return_index || f.return_inverse);
      res = [u.values, ...extras(u, f, a.size, [...a.dims])];
    }
  } else {
    let ax: number;
    try {
      ax = normalizeAxis(axis, a.ndim);
    } catch (e) {
      if (e instanceof AxisError)
        throw new AxisError(
          `axis ${String(axis)} is out of bounds for array of dimension ${a.ndim}`,
        );
      throw e;
    }
    res = uniqueAxis(a, ax, f);
  }
  return res.length === 1 ? res[0] : res;
}

function one(fn: string, args: unknown[]): NDArray {
  const o = bindArgs(fn, ['x'], args);
  missingPositional(fn, o, ['x']);
  return toArray(o.x);
}

/** `np.unique_all(x)`: `values, indices, inverse_indices, counts` (named). */
export function unique_all(
  ...args: unknown[]
): NDArray[] & Record<'values' | 'indices' | 'inverse_indices' | 'counts', NDArray> {
  const r = unique(one('unique_all', args), {
    return_index: true,
    return_inverse: true,
    return_counts: true,
    equal_nan: false,
  });
  return namedTuple('UniqueAllResult', r, ['values', 'indices', 'inverse_indices', 'counts']);
}

/** `np.unique_counts(x)`: `values, counts` (named). */
export function unique_counts(
  ...args: unknown[]
): NDArray[] & Record<'values' | 'counts', NDArray> {
  const r = unique(one('unique_counts', args), { return_counts: true, equal_nan: false });
  return namedTuple('UniqueCountsResult', r, ['values', 'counts']);
}

/** `np.unique_inverse(x)`: `values, inverse_indices` (named). */
export function unique_inverse(
  ...args: unknown[]
): NDArray[] & Record<'values' | 'inverse_indices', NDArray> {
  const r = unique(one('unique_inverse', args), { return_inverse: true, equal_nan: false });
  return namedTuple('UniqueInverseResult', r, ['values', 'inverse_indices']);
}

/** `np.unique_values(x)`. */
export function unique_values(...args: unknown[]): NDArray {
  return unique(one('unique_values', args), { equal_nan: false, sorted: false });
}

/** A hashable key of an element for membership (NaN never matches). */
function memberKey(x: Canonical): unknown {
  if (x instanceof Complex) return `${x.re + 0},${x.im + 0}`;
  if (x instanceof Uint8Array) return String.fromCharCode(...x);
  if (typeof x === 'number') return x + 0;
  return x;
}

function isinCore(ar1: NDArray, ar2: NDArray, invert: boolean, kind: unknown): NDArray<'bool'> {
  if (kind !== undefined && kind !== null && kind !== 'sort' && kind !== 'table') {
    throw new ValueError(`Invalid kind: '${String(kind)}'. Please use None, 'sort' or 'table'.`);
  }
  const intLike = (d: DType) => d.kind === 'u' || d.kind === 'i' || d.kind === 'b';
  if (kind === 'table' && !(intLike(ar1.dtype) && intLike(ar2.dtype))) {
    throw new ValueError(
      "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
    );
  }
  let dt: DType;
  try {
    dt = resultType(ar1, ar2);
  } catch {
    dt = ar1.dtype;
  }
  const out = NDArray.empty(ar1.dims, boolDT);
  if (numericIsin(dt) && isinNumeric(ar1, ar2, dt, invert, out.data as Uint8Array))
    return out as NDArray<'bool'>;
  const v1 = valuesOf(flat1d(ar1, dt));
  const set = new Set<unknown>();
  for (const x of valuesOf(flat1d(ar2, dt))) if (!isNaNValue(x)) set.add(memberKey(x));
  const d = out.data as Uint8Array;
  for (let i = 0; i < v1.length; i++) {
    const hit = !isNaNValue(v1[i]!) && set.has(memberKey(v1[i]!));
    d[i] = hit !== invert ? 1 : 0;
  }
  return out as NDArray<'bool'>;
}

/** `np.isin(element, test_elements, assume_unique=False, invert=False, *, kind=None)`. */
export function isin(element: unknown, ...rest: unknown[]): NDArray<'bool'> {
  const o = bindArgs('isin', ['test_elements', 'assume_unique', 'invert'], rest, ['kind']);
  missingPositional('isin', { element, ...o }, ['element', 'test_elements']);
  return isinCore(toArray(element), toArray(o.test_elements), flag(o.invert), o.kind);
}

function concat1d(a: NDArray, b: NDArray): NDArray {
  const dt = resultType(a, b);
  const out = NDArray.empty([a.size + b.size], dt);
  const fa = flat1d(a, dt);
  const fb = flat1d(b, dt);
  const sz = dt.itemsize;
  new Uint8Array(out.buffer, 0, a.size * sz).set(new Uint8Array(fa.buffer, fa.offset, a.size * sz));
  new Uint8Array(out.buffer, a.size * sz, b.size * sz).set(
    new Uint8Array(fb.buffer, fb.offset, b.size * sz),
  );
  return out;
}

/** `np.intersect1d(ar1, ar2, assume_unique=False, return_indices=False)`. */
export function intersect1d(ar1: unknown, ...rest: unknown[]): any {
  const o = bindArgs('intersect1d', ['ar2', 'assume_unique', 'return_indices'], rest);
  missingPositional('intersect1d', { ar1, ...o }, ['ar1', 'ar2']);
  let a = toArray(ar1);
  let b = toArray(o.ar2);
  const withIdx = flag(o.return_indices);
  let ind1: NDArray | null = null;
  let ind2: NDArray | null = null;
  if (!flag(o.assume_unique)) {
    if (withIdx) {
      [a, ind1] = unique(a, { return_index: true }) as NDArray[];
      [b, ind2] = unique(b, { return_index: true }) as NDArray[];
    } else {
      a = unique(a);
      b = unique(b);
    }
  } else {
    a = flat1d(a);
    b = flat1d(b);
  }
  const aux = concat1d(a, b);
  const n = aux.size;
  const perm = rowPerms(aux, n === 0 ? 0 : 1, n);
  const sorted = gatherRows(aux, perm, n === 0 ? 0 : 1, n, [n]);
  const vals = valuesOf(sorted);
  const hits: number[] = [];
  for (let i = 0; i + 1 < n; i++) if (eq(vals[i + 1]!, vals[i]!)) hits.push(i);
  const int1d = take1d(sorted, Int32Array.from(hits));
  if (!withIdx) return int1d;
  let i1 = hits.map((i) => perm[i]!);
  let i2 = hits.map((i) => perm[i + 1]! - a.size);
  if (ind1 && ind2) {
    const d1 = ind1.data as BigInt64Array;
    const d2 = ind2.data as BigInt64Array;
    i1 = i1.map((i) => Number(d1[i]!));
    i2 = i2.map((i) => Number(d2[i]!));
  }
  return [int1d, int64From(i1), int64From(i2)];
}

/** `np.union1d(ar1, ar2)`. */
export function union1d(ar1: unknown, ...rest: unknown[]): NDArray {
  const o = bindArgs('union1d', ['ar2'], rest);
  missingPositional('union1d', { ar1, ...o }, ['ar1', 'ar2']);
  return unique(concat1d(toArray(ar1), toArray(o.ar2)));
}

/** `np.setdiff1d(ar1, ar2, assume_unique=False)`. */
export function setdiff1d(ar1: unknown, ...rest: unknown[]): NDArray {
  const o = bindArgs('setdiff1d', ['ar2', 'assume_unique'], rest);
  missingPositional('setdiff1d', { ar1, ...o }, ['ar1', 'ar2']);
  let a = toArray(ar1);
  let b = toArray(o.ar2);
  if (flag(o.assume_unique)) a = flat1d(a);
  else {
    a = unique(a);
    b = unique(b);
  }
  const m = isinCore(a, b, true, undefined);
  const md = m.data as Uint8Array;
  const idx: number[] = [];
  for (let i = 0; i < md.length; i++) if (md[i]) idx.push(i);
  return take1d(a.flags.c_contiguous && a.isAligned ? a : copyArray(a, 'C'), Int32Array.from(idx));
}

/** `np.setxor1d(ar1, ar2, assume_unique=False)`. */
export function setxor1d(ar1: unknown, ...rest: unknown[]): NDArray {
  const o = bindArgs('setxor1d', ['ar2', 'assume_unique'], rest);
  missingPositional('setxor1d', { ar1, ...o }, ['ar1', 'ar2']);
  let a = toArray(ar1);
  let b = toArray(o.ar2);
  if (!flag(o.assume_unique)) {
    a = unique(a);
    b = unique(b);
  }
  const aux = concat1d(a, b);
  const n = aux.size;
  if (n === 0) return aux;
  const perm = rowPerms(aux, 1, n);
  const sorted = gatherRows(aux, perm, 1, n, [n]);
  const vals = valuesOf(sorted);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    const prevDiff = i === 0 || !eq(vals[i]!, vals[i - 1]!);
    const nextDiff = i === n - 1 || !eq(vals[i + 1]!, vals[i]!);
    if (prevDiff && nextDiff) keep.push(i);
  }
  return take1d(sorted, Int32Array.from(keep));
}
