/**
 * `np.sort`, `np.argsort`, `np.lexsort`, `np.partition`, `np.argpartition`,
 * `np.sort_complex` and the NDArray methods `sort` / `argsort` / `partition` /
 * `argpartition`. Every kind sorts stably (a stable sort is a valid quicksort,
 * heapsort and introselect result): float64, float32, bool and integers up to 32 bits
 * by the distribution sort of bucket.ts (in wasm when the kernels are active,
 * wasm_sort.ts; value sorts of float32 / int32 / uint32 rows then take the radix sort of
 * their 4-byte keys, sort32.ts), other real numbers by a radix sort on order-preserving 64-bit keys (NaN
 * last, -0.0 equal to 0.0), complex lexicographically (re, then im, NaNs last as NumPy),
 * strings and bytes by comparison. Value sorts of integers (not argsort) take int_sort.ts
 * first: a counting sort for rows of a small span, a radix sort for int64 / uint64.
 */
import { allocUninitialized } from '../alloc.js';
import { complex64, complex128, type DType, int64 as int64DT } from '../dtype.js';
import { readElement } from '../elements.js';
import { AxisError, ValueError } from '../errors.js';
import { bindArgs } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { assignArray, copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { argsortRecords, sortRecords } from '../records/order.js';
import { normalizeAxis } from '../shape/args.js';
import { moveaxis } from '../shape.js';
import { argsortValues, sortValuesInto } from './bucket.js';
import { countingSortRow, type SmallIntArray, sortInt64Row } from './int_sort.js';
import { argpartitionReal, kthValues, partitionReal } from './partition.js';
import { keyFloat16, keyFloat32, keyFloat64, keysFloat64, radixArgsort } from './radix.js';
import { F32, I32, restoreSpecials, sort32Row, sort32Takes, U32 } from './sort32.js';
import { wasmRowsTakes, wasmSortActive, wasmSortRows, wasmWiden } from './wasm_sort.js';

/** NumPy's sort-kind check: None or a string naming quicksort, heapsort, mergesort or stable. */
export function checkKind(kind: unknown): void {
  if (kind === undefined || kind === null) return;
  if (typeof kind === 'string' && /^[qhms]/i.test(kind)) return;
  throw new ValueError(
    `sort kind must be one of 'quick', 'heap', or 'stable' (got ${typeof kind === 'string' ? `'${kind}'` : String(kind)})`,
  );
}

/** `a` C-contiguous and aligned (a fresh copy unless it already is). */
function cContig(a: NDArray): NDArray {
  return a.flags.c_contiguous && a.isAligned ? a : copyArray(a, 'C');
}

/** Compare two canonical string/bytes elements. */
function cmpGeneric(x: unknown, y: unknown): number {
  if (typeof x === 'string' && typeof y === 'string') {
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (x instanceof Uint8Array && y instanceof Uint8Array) {
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  }
  return 0;
}

/** Dtypes whose values are doubles exactly: sorted by the distribution sort (bucket.ts). */
const BUCKET_KEYS = new Set([
  'float64',
  'float32',
  'bool',
  'int8',
  'int16',
  'int32',
  'uint8',
  'uint16',
  'uint32',
]);
/** Rows at least this long take the distribution sort (measured faster at every length). */
const BUCKET_MIN = 1;

/**
 * Stable argsort of each of the m rows of n elements of the C-contiguous aligned
 * array `c` (rows are consecutive): the permutations, row after row.
 */
export function rowPerms(c: NDArray, m: number, n: number): Int32Array {
  const dt = c.dtype;
  const key = dt.key;
  // One float64 row: the distribution sort's permutation is the result (no copy).
  if (m === 1 && n >= BUCKET_MIN && key === 'float64') {
    const data = c.data as Float64Array;
    return argsortValues(data, c.offset / 8, n);
  }
  const out = new Int32Array(m * n);
  if (n === 0) return out;
  const lanes = dt.lanes;
  const data = c.data as any;
  const base0 = c.offset / data.BYTES_PER_ELEMENT;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const isComplex = dt.kind === 'c';
  const hi2 = isComplex ? new Uint32Array(n) : hi;
  const lo2 = isComplex ? new Uint32Array(n) : lo;
  const bucket = n >= BUCKET_MIN && BUCKET_KEYS.has(key);
  const work = bucket ? new Float64Array(n) : null;
  for (let r = 0; r < m; r++) {
    const base = base0 + r * n * lanes;
    let perm: Int32Array;
    if (work !== null) {
      if (key === 'float64') out.set(argsortValues(data, base, n), r * n);
      else {
        work.set(data.subarray(base, base + n));
        out.set(argsortValues(work, 0, n), r * n);
      }
      continue;
    }
    switch (key) {
      case 'float64':
        keysFloat64(data, base, n, hi, lo);
        perm = radixArgsort(hi, lo, n);
        break;
      case 'float32':
        hi.fill(0);
        for (let i = 0; i < n; i++) lo[i] = keyFloat32(data[base + i]);
        perm = radixArgsort(hi, lo, n);
        break;
      case 'float16':
        hi.fill(0);
        for (let i = 0; i < n; i++) lo[i] = keyFloat16(data[base + i]);
        perm = radixArgsort(hi, lo, n);
        break;
      case 'int8':
      case 'int16':
      case 'int32':
        hi.fill(0);
        for (let i = 0; i < n; i++) lo[i] = (data[base + i] ^ -2147483648) >>> 0;
        perm = radixArgsort(hi, lo, n);
        break;
      case 'bool':
      case 'uint8':
      case 'uint16':
      case 'uint32':
        hi.fill(0);
        for (let i = 0; i < n; i++) lo[i] = data[base + i];
        perm = radixArgsort(hi, lo, n);
        break;
      case 'int64':
      case 'uint64': {
        const w = new Uint32Array(c.buffer, c.offset + r * n * 8, n * 2);
        const flip = key === 'int64' ? 0x80000000 : 0;
        for (let i = 0; i < n; i++) {
          lo[i] = w[2 * i]!;
          hi[i] = (w[2 * i + 1]! ^ flip) >>> 0;
        }
        perm = radixArgsort(hi, lo, n);
        break;
      }
      case 'complex64':
      case 'complex128': {
        // LSD: by imaginary part, then stably by real part.
        for (let i = 0; i < n; i++) {
          const re = data[base + 2 * i];
          const im = data[base + 2 * i + 1];
          if (key === 'complex64') {
            hi[i] = 0;
            lo[i] = keyFloat32(im);
            hi2[i] = 0;
            lo2[i] = keyFloat32(re);
          } else {
            keyFloat64(im, hi, lo, i);
            keyFloat64(re, hi2, lo2, i);
          }
        }
        const p1 = radixArgsort(hi, lo, n);
        const rh = new Uint32Array(n);
        const rl = new Uint32Array(n);
        for (let i = 0; i < n; i++) {
          rh[i] = hi2[p1[i]!]!;
          rl[i] = lo2[p1[i]!]!;
        }
        const p2 = radixArgsort(rh, rl, n);
        const p12 = new Int32Array(n);
        for (let i = 0; i < n; i++) p12[i] = p1[p2[i]!]!;
        // NumPy's classes: [R + Rj, R + nanj, nan + Rj, nan + nanj], each sorted.
        const ch = new Uint32Array(n);
        const cl = new Uint32Array(n);
        let anyNaN = false;
        for (let i = 0; i < n; i++) {
          const j = p12[i]!;
          const re = data[base + 2 * j];
          const im = data[base + 2 * j + 1];
          const k = (Number.isNaN(re) ? 2 : 0) + (Number.isNaN(im) ? 1 : 0);
          cl[i] = k;
          if (k) anyNaN = true;
        }
        if (anyNaN) {
          const p3 = radixArgsort(ch, cl, n);
          perm = new Int32Array(n);
          for (let i = 0; i < n; i++) perm[i] = p12[p3[i]!]!;
        } else perm = p12;
        break;
      }
      default: {
        const dv = c.dataView;
        const vals: unknown[] = [];
        for (let i = 0; i < n; i++)
          vals.push(readElement(dv, c.offset + (r * n + i) * dt.itemsize, dt));
        const idx = Array.from({ length: n }, (_, i) => i);
        idx.sort((x, y) => cmpGeneric(vals[x], vals[y]));
        perm = Int32Array.from(idx);
      }
    }
    out.set(perm, r * n);
  }
  return out;
}

/** Rows of `c` (m × n, C-contiguous aligned) reordered by `perms`: a fresh C array of `shape`. */
export function gatherRows(
  c: NDArray,
  perms: Int32Array,
  m: number,
  n: number,
  shape: number[],
): NDArray {
  const out = NDArray.empty(shape, c.dtype);
  if (out.size === 0) return out;
  const lanes = c.dtype.lanes;
  if (c.dtype.key === 'str' || c.dtype.key === 'bytes' || c.dtype.key === 'void') {
    const sz = c.dtype.itemsize;
    const src = new Uint8Array(c.buffer, c.offset, m * n * sz);
    const dst = new Uint8Array(out.buffer, out.offset, m * n * sz);
    for (let r = 0; r < m; r++) {
      for (let i = 0; i < n; i++) {
        const s = (r * n + perms[r * n + i]!) * sz;
        dst.set(src.subarray(s, s + sz), (r * n + i) * sz);
      }
    }
    return out;
  }
  const src = c.data as any;
  const dst = out.data as any;
  const b = c.offset / src.BYTES_PER_ELEMENT;
  if (lanes === 1) {
    for (let r = 0; r < m; r++) {
      const o = r * n;
      for (let i = 0; i < n; i++) dst[o + i] = src[b + o + perms[o + i]!];
    }
  } else {
    for (let r = 0; r < m; r++) {
      const o = r * n;
      for (let i = 0; i < n; i++) {
        const s = b + (o + perms[o + i]!) * lanes;
        for (let k = 0; k < lanes; k++) dst[(o + i) * lanes + k] = src[s + k];
      }
    }
  }
  return out;
}

/** Permutations at least this long are widened to int64 in wasm when it is active. */
const WIDEN_WASM_MIN = 1 << 12;

/** Non-negative int32 indices as a fresh int64 array of `shape` (written as word pairs, no BigInt). */
export function int64FromPerm(perm: Int32Array, shape: number[]): NDArray {
  const r = NDArray.empty(shape, int64DT);
  const w = new Int32Array(r.buffer, r.offset, perm.length * 2);
  if (perm.length >= WIDEN_WASM_MIN && wasmSortActive()) {
    wasmWiden(perm, perm.length, w);
    return r;
  }
  for (let i = 0; i < perm.length; i++) {
    w[2 * i] = perm[i]!;
    w[2 * i + 1] = 0;
  }
  return r;
}

export interface Prepared {
  /** The array with the sort axis last, C-contiguous. */
  c: NDArray;
  m: number;
  n: number;
  axis: number;
  /** The original array's shape (after a None axis: the flat shape). */
  shape: number[];
}

export function prepare(a: NDArray, axisArg: unknown): Prepared {
  let arr = a;
  let axis: number;
  if (axisArg === null) {
    arr = copyArray(a, 'C').reshape(-1);
    axis = 0;
  } else {
    axis = normalizeAxis(axisArg ?? -1, arr.ndim);
  }
  const moved = axis === arr.ndim - 1 ? arr : moveaxis(arr, axis, -1);
  const c = cContig(moved);
  const n = arr.dims[axis]!;
  const m = n === 0 ? 0 : arr.size / n;
  return { c, m, n, axis, shape: [...arr.dims] };
}

/** Move the last axis of `r` back to `axis` and return a C-contiguous array. */
export function restore(r: NDArray, p: Prepared): NDArray {
  if (p.axis === p.shape.length - 1) return r;
  return copyArray(moveaxis(r, -1, p.axis), 'C');
}

/** The 4-byte dtypes sort32.ts sorts, with the kernels' element conversion. */
const KIND32: Record<string, number> = { float32: F32, int32: I32, uint32: U32 };

/** Rows of real numbers (BUCKET_KEYS) sorted by value with the distribution sort. */
function sortBucket(p: Prepared): NDArray {
  const { c, m, n } = p;
  const out = NDArray.empty(c.dims, c.dtype);
  const src = c.data as Float64Array;
  const dst = out.data as Float64Array;
  const b = c.offset / src.BYTES_PER_ELEMENT;
  if (c.dtype.key === 'float64') {
    // Many rows: sorted in wasm as many a call as fit; rows with NaN or ±inf come back.
    if (m > 1 && wasmRowsTakes(n)) {
      for (const r of wasmSortRows(src, b, m, n, dst, 0)) {
        sortValuesInto(src, b + r * n, n, dst, r * n);
      }
      return out;
    }
    for (let r = 0; r < m; r++) sortValuesInto(src, b + r * n, n, dst, r * n);
    return out;
  }
  // Integer rows of a small span: a counting sort (int_sort.ts), else the doubles' sort.
  const ints = c.dtype.kind !== 'f';
  const isrc = c.data as unknown as SmallIntArray;
  const idst = out.data as unknown as SmallIntArray;
  // 4-byte rows: the radix sort of their keys in wasm (sort32.ts).
  const k32 = KIND32[c.dtype.key];
  if (k32 !== undefined && sort32Takes(n)) {
    const w = new Int32Array(c.buffer, c.offset, m * n);
    const o = new Int32Array(out.buffer, out.offset, m * n);
    for (let r = 0; r < m; r++) {
      if (ints && countingSortRow(isrc, b + r * n, n, idst, r * n)) continue;
      sort32Row(w, r * n, n, o, r * n, k32);
    }
    return out;
  }
  // Scratch that is fully written before it is read: no zeroing (alloc.ts).
  const work = new Float64Array(allocUninitialized(n * 8));
  const sorted = new Float64Array(allocUninitialized(n * 8));
  for (let r = 0; r < m; r++) {
    if (ints && countingSortRow(isrc, b + r * n, n, idst, r * n)) continue;
    work.set(src.subarray(b + r * n, b + (r + 1) * n));
    sortValuesInto(work, 0, n, sorted, 0);
    dst.set(sorted, r * n);
    // NaNs through doubles may not keep their bits: the input's own, in input order.
    if (k32 === F32 && Number.isNaN(sorted[n - 1]!)) {
      const w = new Int32Array(c.buffer, c.offset, m * n);
      restoreSpecials(w, r * n, n, new Int32Array(out.buffer, out.offset, m * n), r * n, 2);
    }
  }
  return out;
}

/** Rows of int64 / uint64 sorted by value (int_sort.ts). */
function sortInt64(p: Prepared): NDArray {
  const { c, m, n } = p;
  const out = NDArray.empty(c.dims, c.dtype);
  const w = new Int32Array(c.buffer, c.offset, 2 * m * n);
  const o = new Int32Array(out.buffer, out.offset, 2 * m * n);
  const unsigned = c.dtype.key === 'uint64';
  for (let r = 0; r < m; r++) sortInt64Row(w, r * n, n, o, r * n, unsigned);
  return out;
}

/** Sorted copy along `axis` (null: flattened). */
export function sortArray(a: NDArray, axis: unknown = -1, kind?: unknown): NDArray {
  checkKind(kind);
  if (a.ndim === 0 && axis !== null)
    throw new AxisError(`axis ${axis} is out of bounds for array of dimension 0`);
  const p = prepare(a, axis);
  const key = p.c.dtype.key;
  if (key === 'int64' || key === 'uint64') return restore(sortInt64(p), p);
  if (p.n >= BUCKET_MIN && BUCKET_KEYS.has(key)) return restore(sortBucket(p), p);
  return restore(gatherRows(p.c, rowPerms(p.c, p.m, p.n), p.m, p.n, p.c.dims as number[]), p);
}

/** Indices that sort along `axis` (null: flattened), int64. */
export function argsortArray(a: NDArray, axis: unknown = -1, kind?: unknown): NDArray<'int64'> {
  checkKind(kind);
  if (a.ndim === 0) {
    if (axis !== null && axis !== -1 && axis !== 0) normalizeAxis(axis, 0);
    const r = NDArray.zeros([1], int64DT);
    return r;
  }
  const p = prepare(a, axis);
  const r = int64FromPerm(rowPerms(p.c, p.m, p.n), p.c.dims as number[]);
  return restore(r, p) as NDArray<'int64'>;
}

function opts(
  fn: string,
  params: string[],
  args: unknown[],
  kwOnly: string[] = [],
): Record<string, unknown> {
  return bindArgs(fn, params, args, kwOnly);
}

function kindOf(o: Record<string, unknown>): unknown {
  if (o.stable !== undefined && o.stable !== null && o.kind !== undefined && o.kind !== null) {
    throw new ValueError(
      "`kind` and `stable` parameters can't be provided at the same time. Use only one of them.",
    );
  }
  return o.kind;
}

/** `order=` needs fields: NumPy's error for a plain array. */
function checkOrder(a: NDArray, o: Record<string, unknown>): void {
  if (o.order !== undefined && o.order !== null && !a.dtype.fields) {
    throw new ValueError('Cannot specify order when the array has no fields.');
  }
}

/** `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)`. */
export function sort(a: unknown, ...rest: unknown[]): NDArray {
  const o = opts('sort', ['axis', 'kind', 'order'], rest, ['stable']);
  const arr = toArray(a);
  checkOrder(arr, o);
  const axis = 'axis' in o ? o.axis : -1;
  // Structured arrays sort by their fields, `order` first (records/order.ts).
  if (arr.dtype.fields) return sortRecords(arr, axis, o.order ?? null);
  return sortArray(arr, axis, kindOf(o));
}

/** `np.argsort(a, axis=-1, kind=None, order=None, *, stable=None)`. */
export function argsort(a: unknown, ...rest: unknown[]): NDArray<'int64'> {
  const o = opts('argsort', ['axis', 'kind', 'order'], rest, ['stable']);
  const arr = toArray(a);
  checkOrder(arr, o);
  const axis = 'axis' in o ? o.axis : -1;
  if (arr.dtype.fields) return argsortRecords(arr, axis, o.order ?? null) as NDArray<'int64'>;
  return argsortArray(arr, axis, kindOf(o));
}

/** `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: in place. */
export function sortInPlace(a: NDArray, args: unknown[]): void {
  const o = opts('sort', ['axis', 'kind', 'order'], args, ['stable']);
  checkOrder(a, o);
  if (o.axis === null) throw new TypeError("'NoneType' object cannot be interpreted as an integer");
  assignArray(a, sortArray(a, o.axis ?? -1, kindOf(o)));
}

/** `a.argsort(axis=-1, kind=None, order=None, *, stable=None)`. */
export function argsortMethod(a: NDArray, args: unknown[]): NDArray<'int64'> {
  const o = opts('argsort', ['axis', 'kind', 'order'], args, ['stable']);
  checkOrder(a, o);
  return argsortArray(a, 'axis' in o ? o.axis : -1, kindOf(o));
}

/** Check partition's kth values (partition.ts kthValues) against n. */
function checkKth(ks: number[], n: number): void {
  for (let k of ks) {
    if (k < 0) k += n;
    if (k < 0 || k >= n) throw new ValueError(`kth(=${k}) out of bounds (${n})`);
  }
}

/** NumPy's check of partition's `kind`: a str, 'introselect'. */
function checkSelectKind(kind: unknown): void {
  if (kind === undefined || kind === 'introselect') return;
  if (typeof kind !== 'string') {
    const t =
      kind === null
        ? 'NoneType'
        : typeof kind === 'boolean'
          ? 'bool'
          : typeof kind === 'number'
            ? Number.isInteger(kind)
              ? 'int'
              : 'float'
            : typeof kind;
    throw new TypeError(`select kind must be str, not ${t}`);
  }
  throw new ValueError(`select kind must be 'introselect' (got '${kind}')`);
}

function partitionPrep(a: NDArray, o: Record<string, unknown>): unknown {
  const axis = 'axis' in o ? o.axis : -1;
  checkSelectKind(o.kind);
  if (a.ndim === 0 && axis !== null)
    throw new AxisError(`axis ${axis} is out of bounds for array of dimension 0`);
  const n = axis === null ? a.size : a.dims[normalizeAxis(axis, a.ndim)]!;
  const ks = kthValues(o.kth);
  if (a.size > 0) checkKth(ks, n);
  return axis;
}

/** `np.partition(a, kth, axis=-1, kind='introselect', order=None)`: each kth element in its sorted place, smaller-or-equal ones before it and larger-or-equal after (their order unspecified, as in NumPy). */
export function partition(a: unknown, ...rest: unknown[]): NDArray {
  const arr = toArray(a);
  const o = opts('partition', ['kth', 'axis', 'kind', 'order'], rest);
  if (!('kth' in o))
    throw new TypeError("partition() missing 1 required positional argument: 'kth'");
  const axis = partitionPrep(arr, o);
  return partitionReal(arr, axis, o.kth) ?? sortArray(arr, axis);
}

/** `np.argpartition(a, kth, axis=-1, kind='introselect', order=None)`. */
export function argpartition(a: unknown, ...rest: unknown[]): NDArray<'int64'> {
  const arr = toArray(a);
  const o = opts('argpartition', ['kth', 'axis', 'kind', 'order'], rest);
  if (!('kth' in o))
    throw new TypeError("argpartition() missing 1 required positional argument: 'kth'");
  // NumPy's argpartition takes a 0-d array as one element.
  const axis = partitionPrep(arr.ndim === 0 ? arr.reshape([1]) : arr, o);
  const a1 = arr.ndim === 0 ? arr.reshape([1]) : arr;
  return argpartitionReal(a1, axis, o.kth) ?? argsortArray(a1, axis);
}

/** `a.partition(kth, axis=-1, kind='introselect', order=None)`: in place. */
export function partitionInPlace(a: NDArray, args: unknown[]): void {
  const o = opts('partition', ['kth', 'axis', 'kind', 'order'], args);
  if (!('kth' in o)) throw new TypeError("partition() missing required argument 'kth' (pos 1)");
  const axis = partitionPrep(a, o);
  assignArray(a, partitionReal(a, axis, o.kth) ?? sortArray(a, axis));
}

/** `a.argpartition(kth, axis=-1, kind='introselect', order=None)`. */
export function argpartitionMethod(a: NDArray, args: unknown[]): NDArray<'int64'> {
  const o = opts('argpartition', ['kth', 'axis', 'kind', 'order'], args);
  if (!('kth' in o)) throw new TypeError("argpartition() missing required argument 'kth' (pos 1)");
  const a1 = a.ndim === 0 ? a.reshape([1]) : a;
  const axis = partitionPrep(a1, o);
  return argpartitionReal(a1, axis, o.kth) ?? argsortArray(a1, axis);
}

/** `np.lexsort(keys, axis=-1)`: sort by the last key, then the one before, … (stable). */
export function lexsort(keys: unknown, ...rest: unknown[]): NDArray<'int64'> {
  const o = opts('lexsort', ['axis'], rest);
  let ks: NDArray[];
  if (
    Array.isArray(keys) &&
    keys.length > 0 &&
    keys.every((k) => k instanceof NDArray || Array.isArray(k))
  ) {
    ks = keys.map((k) => toArray(k));
  } else {
    const arr = toArray(keys);
    if (arr.ndim === 0) throw new TypeError('need sequence of keys with len > 0 in lexsort');
    ks = [];
    for (let i = 0; i < arr.dims[0]!; i++) ks.push(arr.get(i));
  }
  if (ks.length === 0) throw new TypeError('need sequence of keys with len > 0 in lexsort');
  const shape = ks[0]!.dims;
  for (const k of ks) {
    if (k.ndim !== shape.length || k.dims.some((s, i) => s !== shape[i])) {
      throw new ValueError('all keys need to be the same shape');
    }
  }
  if (shape.length === 0) return NDArray.zeros([1], int64DT) as NDArray<'int64'>;
  const axisArg = o.axis ?? -1;
  let perm: Int32Array | null = null;
  let p0: Prepared | null = null;
  for (const k of ks) {
    const p = prepare(k, axisArg);
    p0 = p;
    let c = p.c;
    if (perm !== null) c = gatherRows(c, perm, p.m, p.n, c.dims as number[]);
    const q = rowPerms(c, p.m, p.n);
    if (perm === null) perm = q;
    else {
      const next = new Int32Array(q.length);
      for (let r = 0; r < p.m; r++) {
        const b = r * p.n;
        for (let i = 0; i < p.n; i++) next[b + i] = perm[b + q[b + i]!]!;
      }
      perm = next;
    }
  }
  const p = p0!;
  return restore(int64FromPerm(perm!, p.c.dims as number[]), p) as NDArray<'int64'>;
}

/** `np.sort_complex(a)`: sorted along the last axis, as complex. */
export function sort_complex(a: unknown): NDArray {
  const b = sortArray(copyArray(toArray(a), 'C'), -1);
  if (b.dtype.kind === 'c') return b;
  const dt: DType = 'bhBH'.includes(b.dtype.char) ? complex64 : complex128;
  return copyArray(b, 'C', dt);
}
