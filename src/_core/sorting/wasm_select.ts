/**
 * np.partition / np.argpartition in wasm (assembly/partition.ts), on the kernel module's
 * scratch memory:
 * - `wasmSplitRow`: the first pass over a long row, streamed through scratch in blocks, each
 *   split without branches into values below, between and above two pivots (NaNs above), the
 *   classes copied out as runs;
 * - `wasmSelectRow`: the whole selection of a row that fits the scratch.
 * In TypeScript each split costs a mispredicted branch on about every other value (1000
 * rows of 1000 doubles: 15 ms of selection there).
 */
import { perModule } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';

/** Values per block (three class buffers, their positions and the block fit the scratch). */
const BLOCK = 1 << 14;

type SelectFn = (
  v: number,
  p: number,
  n: number,
  rows: number,
  gen: number,
  ks: number,
  nk: number,
  work: number,
) => void;
type SplitFn = (
  v: number,
  n: number,
  a: number,
  b: number,
  lows: number,
  mids: number,
  highs: number,
  pos: number,
  base: number,
  plo: number,
  pmid: number,
  phi: number,
  cnt: number,
  pin: number,
) => void;

type Split32Fn = (
  v: number,
  n: number,
  kind: number,
  a: number,
  b: number,
  lows: number,
  mids: number,
  highs: number,
  cnt: number,
) => void;

interface Layout {
  k: WasmKernels;
  split: SplitFn;
  split32: Split32Fn | undefined;
  select: SelectFn;
  /** Longest row `wasmSelectRow` takes. */
  cap: number;
  f64: Float64Array;
  i32: Int32Array;
  /** Byte addresses: block, the three classes, their positions, the counts. */
  v: number;
  lows: number;
  mids: number;
  highs: number;
  plo: number;
  pmid: number;
  phi: number;
  cnt: number;
  pin: number;
}

const layout = perModule((k): Layout | null => {
  const ex = k.ex as unknown as {
    part_split_f64?: SplitFn;
    part_select_f64?: SelectFn;
    part_split_32?: Split32Fn;
  };
  const { part_split_f64: split, part_select_f64: select } = ex;
  if (!split || !select) return null;
  // The class buffers sit half a page (mod 4096) from the block: when one class takes nearly
  // every value, its stores and the block's loads ahead of them would otherwise share their
  // low 12 address bits (4K aliasing; a kth near either end ran 5-10x slower).
  const v = (k.base + 4095) & ~4095;
  const lows = v + 8 * BLOCK + 2048;
  const mids = lows + 8 * BLOCK + 4096;
  const highs = mids + 8 * BLOCK + 4096;
  const plo = highs + 8 * BLOCK;
  const pmid = plo + 4 * BLOCK;
  const phi = pmid + 4 * BLOCK;
  const cnt = phi + 4 * BLOCK;
  // Carried positions: half a page from the position buffers (see above).
  const pin = cnt + 64 + 2048;
  if (pin + 4 * BLOCK > k.scratchEnd) return null;
  // A selected row takes 8 + 4 + 4 bytes (values, positions, ks) and 48 of work per value
  // (assembly/partition.ts part_select_f64: classes, positions, stack), pages of slack.
  const cap = Math.floor((k.scratchEnd - k.base - 65536) / 64);
  return {
    k,
    split,
    split32: ex.part_split_32,
    select,
    cap,
    f64: k.f64,
    i32: new Int32Array(k.f64.buffer),
    v,
    lows,
    mids,
    highs,
    plo,
    pmid,
    phi,
    cnt,
    pin,
  };
});

/** Whether the wasm split is available (wasm backend, a module that has it). */
export function wasmSelectActive(): boolean {
  return layout() !== null;
}

/** Counts of the last `wasmSplitRow`: [lows, mids, highs, NaNs]. */
export const splitCounts = new Int32Array(4);

/**
 * Split src[so..so+n) around a <= b (no NaN) into dst[d0..d0+n): values < a first, then
 * values in [a, b], then the rest (> b, and NaNs); with `perm`, each value's position goes
 * to perm[d0 + j] beside it: pin[so + i] when pin is given, else i (its place in the row).
 * `mid` (and `pmid`) hold n values of work space; `outer` false leaves the values of the
 * outer classes unwritten (positions only). The counts go to splitCounts. Needs
 * `wasmSelectActive()`.
 */
export function wasmSplitRow(
  src: Float64Array,
  so: number,
  n: number,
  a: number,
  b: number,
  dst: Float64Array,
  d0: number,
  perm: Int32Array | null,
  mid: Float64Array,
  pmid: Int32Array | null,
  pin: Int32Array | null = null,
  outer = true,
): void {
  const L = layout()!;
  const { f64, i32 } = L;
  let lo = d0;
  let hi = d0 + n;
  let mn = 0;
  let nans = 0;
  const pos = perm === null ? 0 : pin === null ? 1 : 2;
  for (let i = 0; i < n; i += BLOCK) {
    const len = Math.min(BLOCK, n - i);
    f64.set(src.subarray(so + i, so + i + len), L.v / 8);
    if (pos === 2) i32.set(pin!.subarray(so + i, so + i + len), L.pin / 4);
    const { lows, mids, highs, plo, pmid: pm, phi } = L;
    L.split(L.v, len, a, b, lows, mids, highs, pos, i, plo, pm, phi, L.cnt, L.pin);
    const c = L.cnt / 4;
    const nl = i32[c]!;
    const nm = i32[c + 1]!;
    const nh = i32[c + 2]!;
    nans += i32[c + 3]!;
    if (outer) {
      dst.set(f64.subarray(L.lows / 8, L.lows / 8 + nl), lo);
      dst.set(f64.subarray(L.highs / 8, L.highs / 8 + nh), hi - nh);
    }
    mid.set(f64.subarray(L.mids / 8, L.mids / 8 + nm), mn);
    if (perm !== null) {
      perm.set(i32.subarray(L.plo / 4, L.plo / 4 + nl), lo);
      perm.set(i32.subarray(L.phi / 4, L.phi / 4 + nh), hi - nh);
      pmid!.set(i32.subarray(L.pmid / 4, L.pmid / 4 + nm), mn);
    }
    lo += nl;
    hi -= nh;
    mn += nm;
  }
  dst.set(mid.subarray(0, mn), lo);
  if (perm !== null) perm.set(pmid!.subarray(0, mn), lo);
  splitCounts[0] = lo - d0;
  splitCounts[1] = mn;
  splitCounts[2] = n - (lo - d0) - mn;
  splitCounts[3] = nans;
}

/** Whether `wasmSplit32` is available (wasm backend, a module that has it). */
export function wasmSplit32Active(): boolean {
  return layout()?.split32 !== undefined;
}

/**
 * `wasmSplitRow` of 4-byte elements, as their int32 words (`kind`: 0 float32, 1 int32,
 * 2 uint32), around the order keys a <= b of assembly/sort32.ts (-0.0 as 0.0, NaN last):
 * src[0..n) into dst[0..n), elements with keys below a first, then those in [a, b], then
 * the rest, each element's bits unchanged; `mid` holds n words of work space. The counts
 * go to splitCounts (no NaN count). Needs `wasmSplit32Active()`.
 */
export function wasmSplit32(
  src: Int32Array,
  n: number,
  kind: number,
  a: number,
  b: number,
  dst: Int32Array,
  mid: Int32Array,
): void {
  const L = layout()!;
  const { i32, lows, mids, highs } = L;
  // Blocks of as many bytes as wasmSplitRow's (the buffers' half-page offsets hold).
  const block = 2 * BLOCK;
  let lo = 0;
  let hi = n;
  let mn = 0;
  const c = L.cnt / 4;
  for (let i = 0; i < n; i += block) {
    const len = Math.min(block, n - i);
    i32.set(src.subarray(i, i + len), L.v / 4);
    L.split32!(L.v, len, kind, a, b, lows, mids, highs, L.cnt);
    const nl = i32[c]!;
    const nm = i32[c + 1]!;
    const nh = i32[c + 2]!;
    dst.set(i32.subarray(lows / 4, lows / 4 + nl), lo);
    dst.set(i32.subarray(highs / 4, highs / 4 + nh), hi - nh);
    mid.set(i32.subarray(mids / 4, mids / 4 + nm), mn);
    lo += nl;
    hi -= nh;
    mn += nm;
  }
  dst.set(mid.subarray(0, mn), lo);
  splitCounts[0] = lo;
  splitCounts[1] = mn;
  splitCounts[2] = n - lo - mn;
  splitCounts[3] = 0;
}

/** Whether `wasmSelectRow` takes a row of n values now. */
export function wasmSelectTakes(n: number): boolean {
  const L = layout();
  return L !== null && n <= L.cap;
}

/** Scratch bytes of one selected row of n values beside its work space (see layout). */
const rowBytes = (n: number) => 12 * n + 128;

/**
 * Select the ascending distinct ks (relative to each row) in the `rows` consecutive rows of n
 * values at src[so..], into dst[d0..], NaNs moved behind the other values first; with `p`, the
 * values' positions go along into p[d0..]: read from pin[so..] when given, else each row's
 * 0..n-1. Rows are copied into scratch as many at a time as fit, selected there and copied out
 * (src may be dst). Needs `wasmSelectTakes(n)`.
 */
export function wasmSelectRow(
  src: Float64Array,
  so: number,
  n: number,
  dst: Float64Array | null,
  d0: number,
  ks: readonly number[],
  p: Int32Array | null,
  pin: Int32Array | null,
  rows = 1,
): void {
  const L = layout()!;
  const { f64, i32 } = L;
  // The work space (assembly/partition.ts part_select_f64) sits at the end of the scratch.
  const work = (L.k.scratchEnd - 44 * n - 8 * (n >> 1) - 40000) & ~63;
  const kb = (L.k.base + 63) & ~63;
  const vb = (kb + 4 * ks.length + 64) & ~63;
  const batch = Math.max(1, Math.min(rows, Math.floor((work - vb) / rowBytes(n))));
  for (let i = 0; i < ks.length; i++) i32[kb / 4 + i] = ks[i]!;
  for (let r = 0; r < rows; r += batch) {
    const b = Math.min(batch, rows - r);
    const len = b * n;
    const pb = (vb + 8 * len + 64) & ~63;
    const s = so + r * n;
    f64.set(src.subarray(s, s + len), vb / 8);
    if (p !== null && pin !== null) i32.set(pin.subarray(s, s + len), pb / 4);
    const gen = p !== null && pin === null ? 1 : 0;
    L.select(vb, p === null ? 0 : pb, n, b, gen, kb, ks.length, work);
    if (dst !== null) dst.set(f64.subarray(vb / 8, vb / 8 + len), d0 + r * n);
    if (p !== null) p.set(i32.subarray(pb / 4, pb / 4 + len), d0 + r * n);
  }
}
