/**
 * The WebAssembly side of the real-number sorts and of np.unique's hash scan
 * (assembly/sort.ts), on the kernel module's scratch memory, the caller's arrays streamed
 * through it in blocks as the other kernels do:
 * - `wasmSortRange`: the same stable distribution sort as bucket.ts's `sortRange`, on a
 *   copy of a range of at most WASM_SORT_MAX finite doubles (int32 payloads along);
 *   `wasmSortFinite` the same for a whole short row that wasm first checks is finite;
 * - `wasmSplit`: a long input's first split into 256 value buckets (bucket.ts then sorts
 *   each bucket with `wasmSortRange`); `wasmScan`: minimum, maximum, NaN/inf check;
 * - `wasmWiden`: argsort's int32 positions to int64;
 * - `wasmSortInt64`: a radix sort of int64 / uint64 values (int_sort.ts), `wasmSplitInt64`
 *   a wide row's first split;
 * - `wasmDistinct`: np.unique's distinct values (src/lib/unique_hash.ts).
 * Both backends give the same results (ties in input order), so results never depend on
 * the backend.
 */
import { allocUninitialized } from '../alloc.js';
import { perModule } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';

/** Longest range sorted in one call (its copies, payloads and counters fit the scratch). */
export const WASM_SORT_MAX = 1 << 15;
/**
 * Values per block of the first split (wasmSplit): larger blocks move longer runs per
 * copy out (each run costs a call), up to what the scratch holds.
 */
const SPLIT_BLOCK = 1 << 16;
/** Values of room between two runs of a block in `wasmSplitInt64`'s stage. */
const RUN_PAD = 9;
/** Most table slots of np.unique's distinct-values scan (it holds a quarter as many values). */
const UNIQ_TABLE_MAX = 1 << 17;
/** Shorter ranges stay in TypeScript (a call with its copies costs more than their sort). */
const WASM_SORT_MIN = 64;

type SortFn = (
  v: number,
  p: number,
  n: number,
  t: number,
  q: number,
  ids: number,
  cnt: number,
) => void;
type SortFiniteFn = (...args: Parameters<SortFn>) => number;
type SortRowsFn = (
  v: number,
  m: number,
  n: number,
  t: number,
  ids: number,
  cnt: number,
  flags: number,
) => void;
type ScanFn = (v: number, n: number, out: number) => number;
type CoarseFn = (
  v: number,
  n: number,
  hmin: number,
  scale: number,
  ids: number,
  cnt: number,
) => number;
type WidenFn = (p: number, n: number, o: number) => void;
type U64Fn = (v: number, n: number, t: number, sub: bigint) => void;
type U64ExtremesFn = (v: number, n: number, flip: bigint, out: number) => void;
type U64CountFn = (v: number, n: number, sub: bigint, sh: number, cnt: number) => void;
type U64GroupFn = (
  v: number,
  n: number,
  sub: bigint,
  sh: number,
  stage: number,
  pos: number,
) => void;
type UniqInitFn = (st: number, table: number, lg: number) => void;
type UniqAddFn = (
  v: number,
  n: number,
  st: number,
  table: number,
  out: number,
  maxLg: number,
) => number;
type ScatterFn = (
  v: number,
  n: number,
  ids: number,
  stage: number,
  pstage: number,
  base: number,
  pos: number,
) => void;

/** Scratch layout of one call: byte addresses of the values, payloads and their scratch. */
interface Layout {
  k: WasmKernels;
  sort: SortFn;
  sortFinite: SortFiniteFn;
  sortRows: SortRowsFn;
  scan: ScanFn;
  coarse: CoarseFn;
  scatter: ScatterFn;
  widen: WidenFn;
  u64: U64Fn;
  u64Count: U64CountFn;
  u64Extremes: U64ExtremesFn;
  u64Group: U64GroupFn;
  uniqInit: UniqInitFn;
  uniqAdd: UniqAddFn;
  f64: Float64Array;
  i32: Int32Array;
  u8: Uint8Array;
  /** Whether wasmSplit's blocks without positions may be 2 * SPLIT_BLOCK long. */
  wideSplit: boolean;
  v: number;
  t: number;
  p: number;
  q: number;
  ids: number;
  cnt: number;
}

/** The layout over the active kernels, or null (JS backend, or a module without sort_f64). */
const layout = perModule((k): Layout | null => {
  const ex = k.ex as unknown as {
    sort_f64?: SortFn;
    sort_f64_finite?: SortFiniteFn;
    sort_f64_rows?: SortRowsFn;
    sort_scan?: ScanFn;
    sort_coarse?: CoarseFn;
    sort_scatter?: ScatterFn;
    sort_widen?: WidenFn;
    sort_u64?: U64Fn;
    u64_split_count?: U64CountFn;
    u64_extremes?: U64ExtremesFn;
    u64_split_group?: U64GroupFn;
    uniq_init?: UniqInitFn;
    uniq_add?: UniqAddFn;
  };
  const { sort_f64: sort, sort_scan: scan, sort_coarse: coarse, sort_u64: u64 } = ex;
  const sortFinite = ex.sort_f64_finite;
  const sortRows = ex.sort_f64_rows;
  const { sort_scatter: scatter, sort_widen: widen, uniq_init: uniqInit, uniq_add: uniqAdd } = ex;
  if (!sort || !sortFinite || !sortRows || !scan || !coarse || !scatter || !widen || !u64)
    return null;
  const { u64_split_count: u64Count, u64_split_group: u64Group, u64_extremes: u64Extremes } = ex;
  if (!uniqInit || !uniqAdd || !u64Count || !u64Group || !u64Extremes) return null;
  const v = (k.base + 63) & ~63;
  const t = v + 8 * WASM_SORT_MAX;
  const p = t + 8 * WASM_SORT_MAX;
  const q = p + 4 * WASM_SORT_MAX;
  const ids = q + 4 * WASM_SORT_MAX;
  const cnt = ids + 4 * WASM_SORT_MAX + 64;
  // Per level, MAX_DEPTH + 1 levels: at most WASM_SORT_MAX / 2 + 1 counters and the list
  // of long buckets (n / 5 + 5 words).
  if (cnt + 20 * WASM_SORT_MAX + 512 > k.scratchEnd) return null;
  // np.unique's table, distinct values and state words follow the block at v (wasmDistinct).
  if (t + 12 * UNIQ_TABLE_MAX + 64 > k.scratchEnd) return null;
  if (v + 21 * SPLIT_BLOCK + 64 + 257 * 4 > k.scratchEnd) return null;
  if (v + 16 * (SPLIT_BLOCK + 256 * RUN_PAD) + 64 + 257 * 4 > k.scratchEnd) return null;
  // wasmSplit without positions: blocks of 2 * SPLIT_BLOCK (values, grouped values, bytes).
  const wideSplit = v + 17 * 2 * SPLIT_BLOCK + 64 + 257 * 4 <= k.scratchEnd;
  const i32 = new Int32Array(k.f64.buffer);
  return {
    k,
    sort,
    sortFinite,
    sortRows,
    scan,
    coarse,
    scatter,
    widen,
    u64,
    u64Count,
    u64Extremes,
    u64Group,
    uniqInit,
    uniqAdd,
    f64: k.f64,
    i32,
    u8: k.u8,
    wideSplit,
    v,
    t,
    p,
    q,
    ids,
    cnt,
  };
});

/** Whether `wasmSortRange` takes a range of n values now (wasm backend, n in its band). */
export function wasmSortTakes(n: number): boolean {
  return n >= WASM_SORT_MIN && n <= WASM_SORT_MAX && layout() !== null;
}

/**
 * Sort the finite values v[s..s+n) stably in place (n ≤ WASM_SORT_MAX, `wasmSortTakes(n)`
 * true), moving p[s..s+n) along when p is given; `values` false leaves v unsorted (only
 * the payload order is wanted).
 */
export function wasmSortRange(
  v: Float64Array,
  p: Int32Array | null,
  s: number,
  n: number,
  values = true,
): void {
  const L = layout()!;
  L.f64.set(v.subarray(s, s + n), L.v / 8);
  if (p !== null) L.i32.set(p.subarray(s, s + n), L.p / 4);
  L.sort(L.v, p === null ? 0 : L.p, n, L.t, L.q, L.ids, L.cnt);
  if (values) v.set(L.f64.subarray(L.v / 8, L.v / 8 + n), s);
  if (p !== null) p.set(L.i32.subarray(L.p / 4, L.p / 4 + n), s);
}

/**
 * Sort src[so..so+n) into dst[d0..d0+n) (`wasmSortTakes(n)` true) when every value is
 * finite, as `wasmSortRange` would; false, with dst not written, when one is NaN or ±inf.
 */
export function wasmSortFinite(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array,
  d0: number,
): boolean {
  const L = layout()!;
  L.f64.set(src.subarray(so, so + n), L.v / 8);
  if (L.sortFinite(L.v, 0, n, L.t, L.q, L.ids, L.cnt) !== 0) return false;
  dst.set(L.f64.subarray(L.v / 8, L.v / 8 + n), d0);
  return true;
}

/** Whether `wasmSortRows` takes rows of n values now (wasm backend, n in its band). */
export function wasmRowsTakes(n: number): boolean {
  return n >= 2 && n <= WASM_SORT_MAX && layout() !== null;
}

/**
 * Sort each of the m rows of n values src[so + r n ..) into dst[d0 + r n ..) as
 * `wasmSortFinite` would (`wasmRowsTakes(n)` true), as many rows a call as the scratch
 * holds; returns the rows left unwritten because they hold NaN or ±inf.
 */
export function wasmSortRows(
  src: Float64Array,
  so: number,
  m: number,
  n: number,
  dst: Float64Array,
  d0: number,
): number[] {
  const L = layout()!;
  const per = Math.floor(WASM_SORT_MAX / n);
  const odd: number[] = [];
  const v = L.v / 8;
  // Per-row flags in the payload scratch (no payloads here).
  const flags = L.q / 4;
  for (let r = 0; r < m; r += per) {
    const k = Math.min(per, m - r);
    const s = so + r * n;
    L.f64.set(src.subarray(s, s + k * n), v);
    L.sortRows(L.v, k, n, L.t, L.ids, L.cnt, L.q);
    const d = d0 + r * n;
    dst.set(L.f64.subarray(v, v + k * n), d);
    for (let j = 0; j < k; j++) if (L.i32[flags + j] !== 0) odd.push(r + j);
  }
  return odd;
}

/** Whether the wasm sort kernels are active (the wasm backend, a module that has them). */
export function wasmSortActive(): boolean {
  return layout() !== null;
}

/**
 * Scan of src[so..so+n) through scratch: true when some value is NaN or ±inf, else false
 * with the minimum and maximum in mm[0], mm[1]. Needs `wasmSortActive()`.
 */
export function wasmScan(src: Float64Array, so: number, n: number, mm: Float64Array): boolean {
  const L = layout()!;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += WASM_SORT_MAX) {
    const b = Math.min(WASM_SORT_MAX, n - i);
    L.f64.set(src.subarray(so + i, so + i + b), L.v / 8);
    if (L.scan(L.v, b, L.t) !== 0) return true;
    lo = Math.min(lo, L.f64[L.t / 8]!);
    hi = Math.max(hi, L.f64[L.t / 8 + 1]!);
  }
  mm[0] = lo;
  mm[1] = hi;
  return false;
}

/** The first split's grid: scale and offset of the 256 buckets, or null when too narrow. */
function grid(min: number, max: number): { hmin: number; scale: number } | null {
  // Halved values: max - min cannot overflow to Infinity (halving is monotone).
  const scale = 256 / (max * 0.5 - min * 0.5);
  if (!(scale < Number.POSITIVE_INFINITY)) return null;
  // Half a bucket more: the kernel's rounding then cuts the grid like truncation.
  return { hmin: min * 0.5 + 0.5 / scale, scale };
}

/**
 * The first split of src[so..so+n) into 256 value buckets on the grid of [min, max]
 * (min < max; values outside go to the end buckets), stably: the values grouped by bucket
 * into dst[d0..d0+n), with their positions 0..n-1 into perm[d0..d0+n) when perm is given,
 * and the bucket starts (relative to d0) into counts[0..257). Each block is grouped in
 * wasm and moved by whole runs (a scatter of single values over the 256 runs of the output
 * costs more). False, with nothing written, when the span is too small to scale or a value
 * may be NaN or ±inf (the caller's general path sorts those). Needs `wasmSortActive()`.
 */
export function wasmSplit(
  src: Float64Array,
  so: number,
  n: number,
  min: number,
  max: number,
  dst: Float64Array,
  perm: Int32Array | null,
  d0: number,
  counts: Int32Array,
): boolean {
  const L = layout()!;
  const g = grid(min, max);
  if (g === null) return false;
  const { hmin, scale } = g;
  // The split's own layout over the scratch: block, grouped block, its positions, bucket
  // bytes, counters.
  const v = L.v;
  // Without positions, blocks twice as long fit: half as many runs to copy out.
  const block = perm === null && L.wideSplit ? 2 * SPLIT_BLOCK : SPLIT_BLOCK;
  const stage = v + 8 * block;
  const pstage = stage + 8 * block;
  const ids = perm === null ? pstage : pstage + 4 * block;
  const cntAt = ids + block + 64;
  const cnt = cntAt / 4;
  const f64 = L.f64;
  const i32 = L.i32;
  const u8 = L.u8;
  // Pass 1: every value's bucket byte and each block's histogram, kept for pass 2.
  const allIds = new Uint8Array(allocUninitialized(n));
  const blocks = Math.ceil(n / block);
  const hist = new Int32Array(256 * blocks);
  for (let k = 0; k < blocks; k++) {
    const i = k * block;
    const b = Math.min(block, n - i);
    f64.set(src.subarray(so + i, so + i + b), v / 8);
    i32.fill(0, cnt, cnt + 256);
    if (L.coarse(v, b, hmin, scale, ids, cntAt) !== 0) return false;
    hist.set(i32.subarray(cnt, cnt + 256), 256 * k);
    allIds.set(u8.subarray(ids, ids + b), i);
  }
  bucketStarts(hist, blocks, counts);
  // Pass 2: each block grouped by bucket in wasm, its runs copied to their places.
  const pos = counts.slice(0, 256);
  const starts = new Int32Array(257);
  const st = stage / 8;
  const pst = pstage / 4;
  for (let k = 0; k < blocks; k++) {
    const i = k * block;
    const b = Math.min(block, n - i);
    for (let c = 0; c < 256; c++) starts[c + 1] = starts[c]! + hist[256 * k + c]!;
    f64.set(src.subarray(so + i, so + i + b), v / 8);
    u8.set(allIds.subarray(i, i + b), ids);
    i32.set(starts.subarray(0, 256), cnt);
    L.scatter(v, b, ids, stage, perm === null ? 0 : pstage, i, cntAt);
    for (let c = 0; c < 256; c++) {
      const a = starts[c]!;
      const e = starts[c + 1]!;
      if (e === a) continue;
      const at = pos[c]!;
      dst.set(f64.subarray(st + a, st + e), d0 + at);
      if (perm !== null) perm.set(i32.subarray(pst + a, pst + e), d0 + at);
      pos[c] = at + e - a;
    }
  }
  return true;
}

/**
 * The starts of 256 buckets (and the end) into counts[0..257) from the blocks' bucket
 * sizes, 256 a block in hist.
 */
export function bucketStarts(hist: Int32Array, blocks: number, counts: Int32Array): void {
  counts.fill(0);
  for (let k = 0; k < blocks; k++) {
    for (let c = 0; c < 256; c++) counts[c + 1]! += hist[256 * k + c]!;
  }
  for (let c = 0; c < 256; c++) counts[c + 1]! += counts[c]!;
}

/** Whether `wasmSortInt64` takes a row of n values now (wasm backend, n in its band). */
export function wasmInt64Takes(n: number): boolean {
  return n >= WASM_SORT_MIN && n <= WASM_SORT_MAX && layout() !== null;
}

/**
 * Sort the n int64 (or uint64) values whose words start at w[2 * s] into the words of out
 * from out[2 * d0] (`wasmInt64Takes(n)` true); min (as int64 bits) is their minimum.
 */
export function wasmSortInt64(
  w: Int32Array,
  s: number,
  n: number,
  out: Int32Array,
  d0: number,
  min: bigint,
): void {
  const L = layout()!;
  const v = L.v / 4;
  L.i32.set(w.subarray(2 * s, 2 * (s + n)), v);
  // Its scratch holds two padded copies of the keys: the payload scratch and on.
  L.u64(L.v, n, L.p, min);
  out.set(L.i32.subarray(v, v + 2 * n), 2 * d0);
}

/**
 * The least and greatest of the n int64 (uint64 when `unsigned`) values whose words start
 * at w[2 * so], as their words into mm (least low, least high, greatest low, greatest
 * high), streamed through scratch. Needs `wasmSortActive()`.
 */
export function wasmInt64Extremes(
  w: Int32Array,
  so: number,
  n: number,
  unsigned: boolean,
  mm: Int32Array,
): void {
  const L = layout()!;
  const i32 = L.i32;
  const out = L.t / 4;
  // The extremes of the order (int64, or uint64's), to be folded in.
  i32[out] = -1;
  i32[out + 1] = unsigned ? -1 : 0x7fffffff;
  i32[out + 2] = 0;
  i32[out + 3] = unsigned ? 0 : -0x80000000;
  const flip = unsigned ? -(2n ** 63n) : 0n;
  for (let i = 0; i < n; i += WASM_SORT_MAX) {
    const b = Math.min(WASM_SORT_MAX, n - i);
    i32.set(w.subarray(2 * (so + i), 2 * (so + i + b)), L.v / 4);
    L.u64Extremes(L.v, b, flip, L.t);
  }
  mm.set(i32.subarray(out, out + 4));
}

/**
 * The first split of a wide int64 / uint64 row: the values whose words start at w[2 * so]
 * (n of them, sub their minimum as int64 bits) grouped by bits [sh, sh + 8) of x - sub
 * into the words of t (from t[0]), stably, the bucket starts into counts[0..257). Block
 * by block: counted in wasm, then grouped in wasm and moved by whole runs. Needs
 * `wasmSortActive()`.
 */
export function wasmSplitInt64(
  w: Int32Array,
  so: number,
  n: number,
  sub: bigint,
  sh: number,
  t: Int32Array,
  counts: Int32Array,
): void {
  const L = layout()!;
  const v = L.v;
  const stage = v + 8 * SPLIT_BLOCK;
  const cntAt = stage + 8 * (SPLIT_BLOCK + 256 * RUN_PAD) + 64;
  const cnt = cntAt / 4;
  const i32 = L.i32;
  const blocks = Math.ceil(n / SPLIT_BLOCK);
  const hist = new Int32Array(256 * blocks);
  for (let k = 0; k < blocks; k++) {
    const i = k * SPLIT_BLOCK;
    const b = Math.min(SPLIT_BLOCK, n - i);
    i32.set(w.subarray(2 * (so + i), 2 * (so + i + b)), v / 4);
    i32.fill(0, cnt, cnt + 256);
    L.u64Count(v, b, sub, sh, cntAt);
    hist.set(i32.subarray(cnt, cnt + 256), 256 * k);
  }
  bucketStarts(hist, blocks, counts);
  const pos = counts.slice(0, 256);
  const starts = new Int32Array(257);
  const st = stage / 4;
  for (let k = 0; k < blocks; k++) {
    const i = k * SPLIT_BLOCK;
    const b = Math.min(SPLIT_BLOCK, n - i);
    // Runs RUN_PAD values apart in the stage: evenly spread values give runs of equal
    // lengths, whose write streams would start at addresses equal modulo 4 KiB.
    for (let c = 0; c < 256; c++) starts[c + 1] = starts[c]! + hist[256 * k + c]! + RUN_PAD;
    i32.set(w.subarray(2 * (so + i), 2 * (so + i + b)), v / 4);
    i32.set(starts.subarray(0, 256), cnt);
    L.u64Group(v, b, sub, sh, stage, cntAt);
    for (let c = 0; c < 256; c++) {
      const a = starts[c]!;
      const e = starts[c + 1]! - RUN_PAD;
      if (e === a) continue;
      t.set(i32.subarray(st + 2 * a, st + 2 * e), 2 * pos[c]!);
      pos[c]! += e - a;
    }
  }
}

/**
 * The non-negative int32 perm[0..n) as int64 into words (two int32 words per value, low
 * first), streamed through scratch. Needs `wasmSortActive()`.
 */
export function wasmWiden(perm: Int32Array, n: number, words: Int32Array): void {
  const L = layout()!;
  for (let i = 0; i < n; i += WASM_SORT_MAX) {
    const b = Math.min(WASM_SORT_MAX, n - i);
    L.i32.set(perm.subarray(i, i + b), L.p / 4);
    L.widen(L.p, b, L.t);
    words.set(L.i32.subarray(L.t / 4, L.t / 4 + 2 * b), 2 * i);
  }
}

/**
 * The distinct values of d[o..o+n) (NumPy's ==: -0 equals 0, NaNs one value) in first-seen
 * order, NaN (the first met) last: the hash scan of src/lib/unique_hash.ts in wasm, the data
 * streamed through scratch. Null when the first WASM_SORT_MAX values show most values
 * distinct (sorting everything is cheaper then), undefined when there are more distinct
 * values than the table holds. Needs `wasmSortActive()`.
 */
export function wasmDistinct(d: Float64Array, o: number, n: number): number[] | null | undefined {
  const L = layout()!;
  const table = L.t;
  const out = table + 8 * UNIQ_TABLE_MAX;
  const st = out + 4 * UNIQ_TABLE_MAX;
  L.uniqInit(st, table, 12);
  let count = 0;
  for (let i = 0; i < n; i += WASM_SORT_MAX) {
    const b = Math.min(WASM_SORT_MAX, n - i);
    L.f64.set(d.subarray(o + i, o + i + b), L.v / 8);
    count = L.uniqAdd(L.v, b, st, table, out, Math.log2(UNIQ_TABLE_MAX));
    if (count < 0) return undefined;
    // As the TypeScript scan: after a sample of WASM_SORT_MAX values, give up when half
    // of them were new.
    if (i === 0 && n > b && count * 2 > b) return null;
  }
  const vals = Array.from(L.f64.subarray(out / 8, out / 8 + count));
  if (L.i32[st / 4 + 2] !== 0) vals.push(L.f64[st / 8 + 2]!);
  return vals;
}
