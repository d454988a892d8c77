/**
 * np.partition / np.argpartition of real numbers by selection (introselect.ts) instead of a
 * full sort. Each row along the axis is held as doubles: float64 in the result itself, the
 * other types in a work row (exact: bool, integers up to 32 bits, float32; int64 / uint64
 * when every value is within ±2^53; float16 as the key of radix.ts's order times 2^16 plus
 * its bits, so the bits come back unchanged). NaNs are moved behind the other values first
 * (NumPy orders them last), and -0.0 equals 0.0 as in NumPy's comparisons. The arrangement
 * of the values that are not at a kth is NumPy's "undefined"; the kth values are NumPy's.
 * Other dtypes (complex, strings, int64 beyond ±2^53) return null: the caller sorts.
 * Long float32 / int32 / uint32 rows of np.partition take their first split in wasm on the
 * elements' own words (`select32`: widening the row to doubles and back cost more than the
 * selection), and only the classes holding a kth are widened.
 */
import { allocUninitialized } from '../alloc.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { pivots, samplePivots, selectKs } from './introselect.js';
import { keyFloat16 } from './radix.js';
import { int64FromPerm, type Prepared, prepare, restore } from './sort.js';
import { F32, I32, keyOf, U32 } from './sort32.js';
import {
  splitCounts,
  wasmSelectActive,
  wasmSelectRow,
  wasmSelectTakes,
  wasmSplit32,
  wasmSplit32Active,
  wasmSplitRow,
} from './wasm_select.js';

/** Rows at least this long take their first split in wasm when it is active. */
const WASM_MIN = 4096;
/** Rows at least this long (and short enough for the scratch) are selected in wasm. */
const WASM_SELECT_MIN = 16;

const TWO32 = 4294967296;

/** Work rows need no zeros (zeroing 1e6-value rows cost ~0.2 ms each). */
function f64Work(n: number): Float64Array {
  return new Float64Array(allocUninitialized(8 * n));
}
function i32Work(n: number): Int32Array {
  return new Int32Array(allocUninitialized(4 * n));
}

/**
 * partition's kth as NumPy converts it (an integer array of at most one dimension): the
 * values, or NumPy's error for booleans, non-integers and nested sequences.
 */
export function kthValues(kth: unknown): number[] {
  const notInt = () => new TypeError('Partition index must be integer');
  const bools = () => new ValueError('Booleans unacceptable as partition index');
  if (kth instanceof NDArray) {
    if (kth.ndim > 1) throw new ValueError('object too deep for desired array');
    if (kth.dtype.key === 'bool') throw bools();
    if (kth.dtype.kind !== 'i' && kth.dtype.kind !== 'u') throw notInt();
    return (kth.ndim === 0 ? [kth.item()] : (kth.tolist() as unknown[])).map(Number);
  }
  const ks = Array.isArray(kth) ? kth : [kth];
  if (ks.some((k) => Array.isArray(k) || k instanceof NDArray))
    throw new ValueError(
      'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
    );
  // Python ints and bools together make an int array; bools alone a bool array.
  if (ks.length === 0) throw notInt();
  if (ks.every((k) => typeof k === 'boolean')) throw bools();
  return ks.map((k) => {
    if (typeof k === 'bigint') return Number(k);
    if (typeof k === 'boolean') return +k;
    if (typeof k === 'number' && Number.isInteger(k)) return k;
    throw notInt();
  });
}

/** The kth values (validated by the caller) as ascending distinct positions in [0, n). */
function kthList(kth: unknown, n: number): number[] {
  const out = kthValues(kth).map((k) => (k < 0 ? k + n : k));
  return [...new Set(out)].sort((x, y) => x - y);
}

/** Whether the real dtype `key` is handled here (int64 / uint64 also need their range). */
function supported(c: NDArray): boolean {
  switch (c.dtype.key) {
    case 'float64':
    case 'float32':
    case 'float16':
    case 'bool':
    case 'int8':
    case 'int16':
    case 'int32':
    case 'uint8':
    case 'uint16':
    case 'uint32':
      return true;
    case 'int64':
    case 'uint64': {
      // Exact as doubles when every value is in [-2^53, 2^53): high words in [-2^21, 2^21)
      // (uint64: high words below 2^21, read as signed).
      const w = new Int32Array(c.buffer, c.offset, 2 * c.size);
      const min = c.dtype.key === 'int64' ? -2097152 : 0;
      for (let i = 1; i < w.length; i += 2) {
        const h = w[i]!;
        if (h < min || h >= 2097152) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Row r of c (m × n, C-contiguous) as doubles into w[0..n). */
function readRow(c: NDArray, r: number, n: number, w: Float64Array): void {
  const key = c.dtype.key;
  const data = c.data as Float64Array;
  const b = c.offset / data.BYTES_PER_ELEMENT + r * n;
  if (key === 'float16') {
    for (let i = 0; i < n; i++) {
      const h = data[b + i]!;
      w[i] = keyFloat16(h) * 65536 + h;
    }
  } else if (key === 'int64' || key === 'uint64') {
    const words = new Int32Array(c.buffer, c.offset + r * n * 8, 2 * n);
    const unsigned = key === 'uint64';
    for (let i = 0; i < n; i++) {
      const h = words[2 * i + 1]!;
      w[i] = (unsigned ? h >>> 0 : h) * TWO32 + (words[2 * i]! >>> 0);
    }
  } else w.set(data.subarray(b, b + n));
}

/** w[0..n) back into row r of `out` (the inverse of readRow). */
function writeRow(out: NDArray, r: number, n: number, w: Float64Array): void {
  const key = out.dtype.key;
  const data = out.data as Float64Array;
  const b = r * n;
  if (key === 'float16') {
    for (let i = 0; i < n; i++) data[b + i] = w[i]! % 65536;
  } else if (key === 'int64' || key === 'uint64') {
    const words = new Int32Array(out.buffer, r * n * 8, 2 * n);
    for (let i = 0; i < n; i++) {
      const x = w[i]!;
      const h = Math.floor(x / TWO32);
      words[2 * i] = x - h * TWO32;
      words[2 * i + 1] = h;
    }
  } else data.set(w.subarray(0, n), b);
}

/** Move the NaNs of v[lo..lo+n) behind the other values (p along); the non-NaN count. */
function nansLast(v: Float64Array, p: Int32Array | null, lo: number, n: number): number {
  const end = lo + n;
  let i = lo;
  while (i < end && !Number.isNaN(v[i]!)) i++;
  if (i === end) return n;
  // Compact the values after the first NaN; the NaNs (and their positions) fill the tail.
  const nanPos: number[] = [];
  let w = i;
  for (; i < end; i++) {
    const x = v[i]!;
    if (Number.isNaN(x)) {
      if (p !== null) nanPos.push(p[i]!);
      continue;
    }
    if (p !== null) p[w] = p[i]!;
    v[w++] = x;
  }
  for (let j = w; j < end; j++) {
    v[j] = Number.NaN;
    if (p !== null) p[j] = nanPos[j - w]!;
  }
  return w - lo;
}

/**
 * Select the ascending distinct positions ks of the NaN-free v[lo..lo+n) in place: each v[lo+k]
 * then holds what a sort would put there, smaller-or-equal values before it and larger-or-
 * equal after (np.median / np.quantile's selection, lib/statistics/select.ts).
 */
export function selectValuesInPlace(v: Float64Array, lo: number, n: number, ks: number[]): void {
  selectRow(v, null, lo, n, ks, f64Work(n), null, false);
}

/** Select ks in v[lo..lo+n) (NaN-free first), p along. */
function selectRow(
  v: Float64Array,
  p: Int32Array | null,
  lo: number,
  n: number,
  ks: number[],
  tmp: Float64Array,
  pt: Int32Array | null,
  nan: boolean,
  stuck = 0,
): void {
  if (n >= WASM_SELECT_MIN && wasmSelectTakes(n)) {
    wasmSelectRow(v, lo, n, v, lo, ks, p, p);
    return;
  }
  const real = nan ? nansLast(v, p, lo, n) : n;
  let kb = ks.length - 1;
  while (kb >= 0 && ks[kb]! >= real) kb--;
  if (kb < 0) return;
  // Too long for the scratch: one wasm split from a copy, then each class on its own. After
  // a split that kept most of its range (few distinct values) the pivot is one value (its
  // class is then done); after two, the TypeScript selection with its O(n) guarantee.
  if (real >= WASM_MIN && wasmSelectActive() && stuck < 2) {
    const within = ks.slice(0, kb + 1);
    const k = within[kb >> 1]!;
    samplePivots(v, lo, lo + real, lo + k, tmp, stuck > 0);
    const src = f64Work(real);
    src.set(v.subarray(lo, lo + real));
    const pin = p === null ? null : p.slice(lo, lo + real);
    splitRegions(src, 0, real, v, lo, p, within, tmp, pt, pin, stuck);
    return;
  }
  const abs = lo === 0 ? ks : ks.map((k) => k + lo);
  selectKs(v, p, lo, lo + real, abs, 0, kb, tmp, pt);
}

/**
 * The wasm split of src[so..so+n) around `pivots` into dst[d0..], positions along (from pin
 * when given, else the row's), then the ks of each class selected within it.
 */
function splitRegions(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  d0: number,
  p: Int32Array | null,
  ks: number[],
  tmp: Float64Array,
  pt: Int32Array | null,
  pin: Int32Array | null,
  stuck: number,
): void {
  const a = pivots[0]!;
  const b = pivots[1]!;
  // An argpartition of a row needs the outer classes' values only where a k lands in them:
  // those are gathered back by position (saves copying ~95% of the values out of scratch).
  const lazy = p !== null && pin === null;
  wasmSplitRow(src, so, n, a, b, dst, d0, p, tmp, pt, pin, !lazy);
  const m0 = splitCounts[0]!;
  const m1 = m0 + splitCounts[1]!;
  const nans = splitCounts[3]! > 0;
  if (lazy) {
    const gather = (s: number, e: number) => {
      if (!ks.some((k) => k >= s && k < e)) return;
      for (let j = d0 + s; j < d0 + e; j++) dst[j] = src[so + p[j]!]!;
    };
    gather(0, m0);
    gather(m1, n);
  }
  const next = (len: number) => (4 * len > 3 * n ? stuck + 1 : 0);
  selectRegion(dst, p, d0, 0, m0, ks, tmp, pt, false, next(m0));
  // The middle class is all one value when the pivots are equal.
  if (a !== b) selectRegion(dst, p, d0, m0, m1, ks, tmp, pt, false, next(m1 - m0));
  selectRegion(dst, p, d0, m1, n, ks, tmp, pt, nans, next(n - m1));
}

/** Select the ks of [s, e) (relative to d0, NaN-free unless `nan`) in v[d0+s..d0+e). */
function selectRegion(
  v: Float64Array,
  p: Int32Array | null,
  d0: number,
  s: number,
  e: number,
  ks: number[],
  tmp: Float64Array,
  pt: Int32Array | null,
  nan: boolean,
  stuck = 0,
): void {
  const rel: number[] = [];
  for (const k of ks) if (k >= s && k < e) rel.push(k - s);
  if (rel.length > 0) selectRow(v, p, d0 + s, e - s, rel, tmp, pt, nan, stuck);
}

/**
 * src[so..so+n) into dst[d0..d0+n) with the ks (relative to the row) selected; with `p`,
 * the values' positions in the row into p[d0..d0+n). tmp (and pt) hold n values of work
 * space. Long rows take the first split in wasm, around pivots sampled near the middle k.
 */
function selectFrom(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  d0: number,
  p: Int32Array | null,
  ks: number[],
  tmp: Float64Array,
  pt: Int32Array | null,
  nan: boolean,
): void {
  // Rows that fit the scratch: copied in, selected, copied out.
  if (n >= WASM_SELECT_MIN && n < WASM_MIN && wasmSelectTakes(n)) {
    wasmSelectRow(src, so, n, dst, d0, ks, p, null);
    return;
  }
  if (n >= WASM_MIN && wasmSelectActive()) {
    const k = ks[(ks.length - 1) >> 1]!;
    if (samplePivots(src, so, so + n, so + k, tmp)) {
      splitRegions(src, so, n, dst, d0, p, ks, tmp, pt, null, 0);
      return;
    }
  }
  if (src !== dst || so !== d0) dst.set(src.subarray(so, so + n), d0);
  if (p !== null) for (let i = 0; i < n; i++) p[d0 + i] = i;
  selectRow(dst, p, d0, n, ks, tmp, pt, nan);
}

/** The 4-byte dtypes whose long rows are split on their own words (wasm part_split_32). */
const KIND32: Record<string, number> = { float32: F32, int32: I32, uint32: U32 };

const bits32 = new Float32Array(1);
const words32 = new Int32Array(bits32.buffer);

/** The order key (sort32.ts keyOf) of the value x of a 4-byte dtype `kind`. */
function key32(x: number, kind: number): number {
  if (kind !== F32) return keyOf(x | 0, kind);
  bits32[0] = x;
  return keyOf(words32[0]!, F32);
}

/**
 * Row r of the 4-byte array c (m × n) selected into the same row of `out`: the first split
 * around pivots sampled near the middle k, in wasm on the elements' own words (no widening
 * of the row to doubles), then only the classes that hold a k are widened and selected.
 * False, with nothing written, when the sample holds a NaN (the caller's path then).
 */
function select32(
  c: NDArray,
  r: number,
  n: number,
  out: NDArray,
  ks: number[],
  kind: number,
  tmp: Float64Array,
  mid: Int32Array,
): boolean {
  const data = c.data as Float32Array;
  const s = c.offset / 4 + r * n;
  const k = ks[(ks.length - 1) >> 1]!;
  if (!samplePivots(data as unknown as Float64Array, s, s + n, s + k, tmp)) return false;
  const a = key32(pivots[0]!, kind);
  const b = key32(pivots[1]!, kind);
  const src = new Int32Array(c.buffer, c.offset + 4 * r * n, n);
  const dst = new Int32Array(out.buffer, out.offset + 4 * r * n, n);
  wasmSplit32(src, n, kind, a, b, dst, mid);
  const m0 = splitCounts[0]!;
  const m1 = m0 + splitCounts[1]!;
  const o = out.data as Float32Array;
  const region = (lo: number, hi: number, nan: boolean) => {
    const rel: number[] = [];
    for (const q of ks) if (q >= lo && q < hi) rel.push(q - lo);
    if (rel.length === 0) return;
    // The class widened to doubles and selected as the other dtypes' rows are.
    const w = f64Work(hi - lo);
    const w2 = f64Work(hi - lo);
    w.set(o.subarray(r * n + lo, r * n + hi));
    // (selectFrom's wasm split of a long class reads w while it writes w2.)
    selectFrom(w, 0, hi - lo, w2, 0, null, rel, tmp, null, nan);
    o.set(w2, r * n + lo);
  };
  region(0, m0, false);
  region(m0, m1, false);
  // NaNs are the largest keys: all in the upper class.
  region(m1, n, kind === F32);
  return true;
}

/** Whether rows of n values are all selected in wasm (short rows, wasm active). */
function batched(n: number): boolean {
  return n >= WASM_SELECT_MIN && n < WASM_MIN && wasmSelectTakes(n);
}

/** Prepared rows and the kth positions, or null when this path does not apply. */
function setup(a: NDArray, axis: unknown, kth: unknown): { p: Prepared; ks: number[] } | null {
  if (a.size === 0 || (a.ndim === 0 && axis !== null)) return null;
  const p = prepare(a, axis);
  if (!supported(p.c)) return null;
  return { p, ks: kthList(kth, p.n) };
}

/** Whether the dtype's doubles may hold NaN (float16 keys never do). */
function mayNaN(key: string): boolean {
  return key === 'float64' || key === 'float32';
}

/** np.partition of a real array, or null (the caller sorts). kth is already validated. */
export function partitionReal(a: NDArray, axis: unknown, kth: unknown): NDArray | null {
  const s = setup(a, axis, kth);
  if (s === null) return null;
  const { p, ks } = s;
  const { c, m, n } = p;
  const out = NDArray.empty(c.dims, c.dtype);
  const tmp = f64Work(n);
  const nan = mayNaN(c.dtype.key);
  if (batched(n)) {
    // Every row in wasm, as many per call as the scratch holds.
    if (c.dtype.key === 'float64') {
      const v = out.data as Float64Array;
      wasmSelectRow(c.data as Float64Array, c.offset / 8, n, v, 0, ks, null, null, m);
    } else {
      const w = f64Work(m * n);
      readRow(c, 0, m * n, w);
      wasmSelectRow(w, 0, n, w, 0, ks, null, null, m);
      writeRow(out, 0, m * n, w);
    }
    return restore(out, p);
  }
  if (c.dtype.key === 'float64') {
    const src = c.data as Float64Array;
    const v = out.data as Float64Array;
    for (let r = 0; r < m; r++)
      selectFrom(src, c.offset / 8 + r * n, n, v, r * n, null, ks, tmp, null, true);
  } else {
    const k32 = KIND32[c.dtype.key];
    const fast = k32 !== undefined && n >= WASM_MIN && wasmSplit32Active();
    const mid = fast ? i32Work(n) : null;
    // The doubles' rows only when a row needs them (fewer large buffers: less GC work).
    let w: Float64Array | null = null;
    let w2: Float64Array | null = null;
    for (let r = 0; r < m; r++) {
      if (fast && select32(c, r, n, out, ks, k32!, tmp, mid!)) continue;
      w ??= f64Work(n);
      w2 ??= f64Work(n);
      readRow(c, r, n, w);
      selectFrom(w, 0, n, w2, 0, null, ks, tmp, null, nan);
      writeRow(out, r, n, w2);
    }
  }
  return restore(out, p);
}

/** np.argpartition of a real array, or null (the caller sorts). kth is already validated. */
export function argpartitionReal(a: NDArray, axis: unknown, kth: unknown): NDArray<'int64'> | null {
  const s = setup(a, axis, kth);
  if (s === null) return null;
  const { p, ks } = s;
  const { c, m, n } = p;
  const perm = i32Work(m * n);
  if (batched(n)) {
    if (c.dtype.key === 'float64')
      wasmSelectRow(c.data as Float64Array, c.offset / 8, n, null, 0, ks, perm, null, m);
    else {
      const w = f64Work(m * n);
      readRow(c, 0, m * n, w);
      wasmSelectRow(w, 0, n, null, 0, ks, perm, null, m);
    }
    return restore(int64FromPerm(perm, c.dims as number[]), p) as NDArray<'int64'>;
  }
  const tmp = f64Work(n);
  const pt = i32Work(n);
  const w = f64Work(n);
  const nan = mayNaN(c.dtype.key);
  const f64 = c.dtype.key === 'float64';
  const w2 = f64 ? w : f64Work(n);
  for (let r = 0; r < m; r++) {
    const row = perm.subarray(r * n, (r + 1) * n);
    if (f64)
      selectFrom(c.data as Float64Array, c.offset / 8 + r * n, n, w, 0, row, ks, tmp, pt, nan);
    else {
      readRow(c, r, n, w2);
      selectFrom(w2, 0, n, w, 0, row, ks, tmp, pt, nan);
    }
  }
  return restore(int64FromPerm(perm, c.dims as number[]), p) as NDArray<'int64'>;
}
