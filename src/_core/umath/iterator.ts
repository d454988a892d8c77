/**
 * The broadcasting iterator of the ufunc engine: broadcast operand shapes, choose a
 * memory-friendly axis order (NumPy's 'K' order), coalesce axes, and walk the outer
 * axes handing contiguous compute blocks of the inner axis to a kernel.
 */
import type { DType } from '../dtype.js';
import { ValueError } from '../errors.js';
import { shapeReprCompact } from '../iter.js';
import { beginCall, nonFiniteSeen } from '../kernels/index.js';
import type { NDArray } from '../ndarray.js';
import { type Block, computeCtor, gather, scatter } from './compute.js';

/** Elements per block: a few KiB per operand keeps every block in L1/L2. */
export const BLOCK = 4096;

/** Broadcast shapes together; null when they don't broadcast. */
export function broadcastShapesOrNull(shapes: readonly (readonly number[])[]): number[] | null {
  let nd = 0;
  for (let k = 0; k < shapes.length; k++) nd = Math.max(nd, shapes[k]!.length);
  const out = new Array<number>(nd).fill(1);
  for (let k = 0; k < shapes.length; k++) {
    const s = shapes[k]!;
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i]!;
      const o = out[off + i]!;
      if (o === 1) out[off + i] = d;
      else if (d !== 1 && d !== o) return null;
    }
  }
  return out;
}

/** Broadcast shapes with the ufunc error `operands could not be broadcast together with shapes (3,4) (3,) `. */
export function broadcastShapesForUfunc(shapes: readonly (readonly number[])[]): number[] {
  const out = broadcastShapesOrNull(shapes);
  if (!out) {
    throw new ValueError(
      `operands could not be broadcast together with shapes ${shapes.map((s) => shapeReprCompact(s)).join(' ')} `,
    );
  }
  return out;
}

/** Byte strides of `a` read as `shape` (zero on broadcast axes). Caller ensures it broadcasts. */
export function stridesFor(a: NDArray, shape: readonly number[]): number[] {
  const nd = shape.length;
  const off = nd - a.ndim;
  const st = new Array<number>(nd).fill(0);
  for (let i = 0; i < a.ndim; i++)
    st[off + i] = a.dims[i] === 1 && shape[off + i] !== 1 ? 0 : a.steps[i]!;
  return st;
}

/**
 * NumPy's 'K' axis order: the permutation (outermost first) that follows the operands'
 * memory order where they agree, and C order where they don't. `unitAxesZero`: length-1
 * axes count as stride 0, as NumPy's iterator sets them (without copying the strides).
 */
export function bestAxisOrder(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  unitAxesZero = false,
): number[] {
  const nd = shape.length;
  if (nd <= 1) return nd === 0 ? [] : [0];
  const nst = strides.length;
  // `order` lists axes innermost first, as NumPy's iterator keeps them.
  const order = new Array<number>(nd);
  for (let i = 0; i < nd; i++) order[i] = nd - 1 - i;
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = order[i0]!;
    let ipos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = order[i1]!;
      let shouldSwap = false;
      let ambiguous = true;
      for (let k = 0; k < nst; k++) {
        const st = strides[k]!;
        const s0 = unitAxesZero && shape[j0] === 1 ? 0 : st[j0]!;
        const s1 = unitAxesZero && shape[j1] === 1 ? 0 : st[j1]!;
        if (s0 !== 0 && s1 !== 0) {
          // On conflict between operands C order wins, so "no swap" always overrides.
          if (Math.abs(s1) <= Math.abs(s0)) shouldSwap = false;
          else if (ambiguous) shouldSwap = true;
          ambiguous = false;
        }
      }
      if (!ambiguous) {
        if (shouldSwap) ipos = i1;
        else break;
      }
    }
    if (ipos !== i0) {
      for (let k = i0; k > ipos; k--) order[k] = order[k - 1]!;
      order[ipos] = j0;
    }
  }
  return order.reverse();
}

/** Coalesce axes (in the given order) that every operand walks as one. */
export function coalesce(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  perm: readonly number[],
): { shape: number[]; strides: number[][] } {
  // Arrays sized for every axis, cut to the coalesced count at the end (pushes onto empty
  // arrays allocate growth room: most of a small call's garbage).
  const nd = perm.length;
  const nop = strides.length;
  const outShape = new Array<number>(Math.max(nd, 1));
  const outStrides: number[][] = new Array(nop);
  for (let k = 0; k < nop; k++) outStrides[k] = new Array<number>(Math.max(nd, 1));
  let m = 0;
  for (let p = 0; p < nd; p++) {
    const ax = perm[p]!;
    const n = shape[ax]!;
    if (n === 1 && m > 0) continue;
    const last = m - 1;
    let merge = last >= 0;
    for (let k = 0; k < nop && merge; k++)
      merge = outStrides[k]![last] === strides[k]![ax]! * n || outShape[last] === 1;
    if (merge) {
      // The previous (outer) axis is exactly n inner steps: merge, keeping the inner stride.
      for (let k = 0; k < nop; k++) outStrides[k]![last] = strides[k]![ax]!;
      outShape[last] = outShape[last]! * n;
      continue;
    }
    outShape[m] = n;
    for (let k = 0; k < nop; k++) outStrides[k]![m] = strides[k]![ax]!;
    m++;
  }
  if (m === 0) {
    outShape[0] = 1;
    for (let k = 0; k < nop; k++) outStrides[k]![0] = 0;
    m = 1;
  }
  outShape.length = m;
  for (let k = 0; k < nop; k++) outStrides[k]!.length = m;
  return { shape: outShape, strides: outStrides };
}

/** One operand of an elementwise loop. */
export interface LoopOperand {
  arr: NDArray;
  /** Byte strides over the full broadcast shape. */
  strides: number[];
  /** The dtype the kernel computes in for this operand. */
  loopDType: DType;
  output: boolean;
}

/**
 * An inner loop over contiguous compute blocks. `scalar`, when present, takes one input
 * as a plain value instead (that operand is broadcast along the whole inner run), which
 * saves filling a block with copies of it.
 */
export interface Kernel {
  (n: number, ins: Block[], outs: Block[]): void;
  scalar?: (n: number, ins: (Block | number | bigint)[], outs: Block[]) => void;
  /**
   * For complex loops: one input is a single (re, im) pair (a 2-lane block) broadcast along
   * the run, the others full blocks (runContiguous's `z * 1j`).
   */
  pairScalar?: (n: number, ins: Block[], outs: Block[]) => void;
}

/**
 * Run `kernel` over the broadcast `shape`. `where` (optional bool operand) masks which
 * output elements are written. Returns true when every element written is known finite:
 * each kernel call streamed its float results through a wasm kernel that scanned them, and
 * they reached the outputs without a cast (then the caller's error check need not rescan).
 */
export function runLoop(
  shape: readonly number[],
  ops: LoopOperand[],
  kernel: Kernel,
  where: { arr: NDArray; strides: number[] } | null = null,
): boolean {
  let size = 1;
  for (let d = 0; d < shape.length; d++) size *= shape[d]!;
  if (size === 0) return true;
  const all = where ? [...ops.map((o) => o.strides), where.strides] : ops.map((o) => o.strides);
  const perm = bestAxisOrder(shape, all);
  const { shape: cs, strides: cst } = coalesce(shape, all, perm);
  const nd = cs.length;
  const inner = cs[nd - 1]!;
  const nOps = ops.length;
  const units = ops.map((o) => o.arr.dtype.storageBytes);
  const data = ops.map((o) => o.arr.data as Block);
  const innerSteps = ops.map((_o, k) => cst[k]![nd - 1]! / units[k]!);
  // Operands the kernel can read or write in place: right dtype, contiguous inner run.
  const direct = ops.map(
    (o, k) =>
      o.arr.dtype === o.loopDType &&
      !(o.loopDType.kind === 'f' && o.loopDType.itemsize === 2) &&
      innerSteps[k] === o.loopDType.lanes,
  );
  // One input broadcast along the inner run goes to the kernel as a value (kernel.scalar).
  let scalarIdx = -1;
  if (kernel.scalar && !where) {
    const cands: number[] = [];
    ops.forEach((o, k) => {
      const plain =
        o.arr.dtype === o.loopDType &&
        o.loopDType.lanes === 1 &&
        !(o.loopDType.kind === 'f' && o.loopDType.itemsize === 2);
      if (!o.output && innerSteps[k] === 0 && plain) cands.push(k);
    });
    if (cands.length === 1) scalarIdx = cands[0]!;
  }
  if (!where && size <= EXPAND_MAX && nd >= 2 && (scalarIdx >= 0 || inner < 64)) {
    const r = runExpanded(size, cs, cst, ops, kernel, units);
    if (r !== null) return r;
  }
  // Without gathers the kernel takes the whole inner run at once (it streams internally).
  const needBlocks = ops.some((_, k) => !direct[k] && k !== scalarIdx);
  if (!where && scalarIdx < 0 && !needBlocks) {
    const r = runRowBatches(cs, cst, ops, kernel, units);
    if (r !== null) return r;
  }
  const block = needBlocks ? Math.min(BLOCK, inner) : inner;
  // Block buffers for operands that need conversion, striding or masking: the shared ones
  // unless a kernel runs this loop from inside another (a fresh typed array costs more than
  // a short loop).
  const pooled = loopDepth === 0 && block <= BLOCK;
  const bufs = ops.map((o, k) =>
    direct[k] || k === scalarIdx
      ? null
      : pooled
        ? loopBlock(o.loopDType, block * o.loopDType.lanes, k)
        : new (computeCtor(o.loopDType))(block * o.loopDType.lanes),
  );
  const ins: Block[] = [];
  const outs: Block[] = [];
  const whereData = where ? (where.arr.data as Uint8Array) : null;
  let vouched = ops.every((o) => !o.output || o.arr.dtype === o.loopDType);
  const whereStep = where ? cst[nOps]![nd - 1]! : 0;
  const idx = new Array<number>(nd).fill(0);
  const base = ops.map((o) => o.arr.offset);
  let whereBase = where ? where.arr.offset : 0;
  // Process elements [start, start + n) of the current inner row: gather, kernel, scatter.
  const span = (start: number, n: number): void => {
    ins.length = 0;
    outs.length = 0;
    let scalarValue: number | bigint = 0;
    for (let k = 0; k < nOps; k++) {
      const o = ops[k]!;
      const pos = (base[k]! + start * cst[k]![nd - 1]!) / units[k]!;
      if (k === scalarIdx) {
        scalarValue = data[k]![pos]!;
        ins.push(data[k]!);
        continue;
      }
      let b: Block;
      if (direct[k]) {
        const lanes = o.loopDType.lanes;
        b = data[k]!.subarray(pos, pos + n * lanes) as Block;
      } else {
        b = n === block ? bufs[k]! : (bufs[k]!.subarray(0, n * o.loopDType.lanes) as Block);
        if (!o.output) gather(n, data[k]!, pos, innerSteps[k]!, o.arr.dtype, b, o.loopDType);
      }
      (o.output ? outs : ins).push(b);
    }
    if (vouched) beginCall();
    if (scalarIdx >= 0) {
      const args: (Block | number | bigint)[] = ins.slice();
      args[scalarIdx] = scalarValue;
      kernel.scalar!(n, args, outs);
    } else kernel(n, ins, outs);
    if (vouched && nonFiniteSeen() !== false) vouched = false;
    let oi = 0;
    for (let k = 0; k < nOps; k++) {
      const o = ops[k]!;
      if (!o.output) continue;
      const b = outs[oi++]!;
      if (direct[k]) continue;
      const pos = (base[k]! + start * cst[k]![nd - 1]!) / units[k]!;
      scatter(n, b, o.loopDType, data[k]!, pos, innerSteps[k]!, o.arr.dtype);
    }
  };
  loopDepth++;
  try {
    for (;;) {
      if (whereData) {
        // Only the elements the mask selects are computed (so they alone can raise FP errors).
        let i = 0;
        while (i < inner) {
          while (i < inner && !whereData[whereBase + i * whereStep]) i++;
          let j = i;
          while (j < inner && j - i < block && whereData[whereBase + j * whereStep]) j++;
          if (j > i) span(i, j - i);
          i = j;
        }
      } else {
        for (let start = 0; start < inner; start += block)
          span(start, Math.min(block, inner - start));
      }
      // Advance the outer axes.
      let ax = nd - 2;
      for (; ax >= 0; ax--) {
        idx[ax]!++;
        for (let k = 0; k < nOps; k++) base[k]! += cst[k]![ax]!;
        if (where) whereBase += cst[nOps]![ax]!;
        if (idx[ax]! < cs[ax]!) break;
        for (let k = 0; k < nOps; k++) base[k]! -= cst[k]![ax]! * cs[ax]!;
        if (where) whereBase -= cst[nOps]![ax]! * cs[ax]!;
        idx[ax] = 0;
      }
      if (ax < 0) return vouched;
    }
  } finally {
    loopDepth--;
  }
}

/** runLoop calls under way (a kernel may run a loop of its own: those get fresh blocks). */
let loopDepth = 0;
/** runLoop's block buffers per compute type and operand position. */
const loopScratch = new Map<unknown, Block[]>();
/** Operand k's block buffer of t's compute type, exactly `size` (≤ 2·BLOCK) elements long. */
function loopBlock(t: DType, size: number, k: number): Block {
  return poolBlock(loopScratch, t, size, k);
}

/** Most elements a small broadcast loop runs as one kernel call over expanded inputs. */
export const EXPAND_MAX = 2048;

/** Whether byte strides `st` walk the coalesced shape `cs` C-contiguously in `unit`s. */
function cContiguous(cs: readonly number[], st: readonly number[], unit: number): boolean {
  let acc = unit;
  for (let d = cs.length - 1; d >= 0; d--) {
    if (cs[d]! !== 1 && st[d]! !== acc) return false;
    acc *= cs[d]!;
  }
  return true;
}

/**
 * Copy between a strided operand (start byte offset, byte strides `st` over the coalesced
 * shape `cs`, storage `unit` bytes) and a contiguous block in C order: gather when `toBlock`,
 * else scatter.
 */
function stridedBlock(
  cs: readonly number[],
  st: readonly number[],
  start: number,
  unit: number,
  data: Float64Array,
  block: Float64Array,
  toBlock: boolean,
): void {
  const nd = cs.length;
  const inner = cs[nd - 1]!;
  const step = st[nd - 1]! / unit;
  const idx = new Array<number>(nd).fill(0);
  let base = start;
  let k = 0;
  for (;;) {
    let p = base / unit;
    if (toBlock) for (let i = 0; i < inner; i++, p += step) block[k++] = data[p]!;
    else for (let i = 0; i < inner; i++, p += step) data[p] = block[k++]!;
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      base += st[ax]!;
      if (++idx[ax]! < cs[ax]!) break;
      base -= st[ax]! * cs[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/** Scratch blocks of runExpanded per compute type, reused from call to call (never nested). */
const expandScratch = new Map<unknown, Block[]>();
/** The n-th (< 4) scratch block of t's compute type, `size` elements long. */
function scratchBlock(t: DType, size: number, n: number): Block {
  return poolBlock(expandScratch, t, size, n);
}

/** Block n of `pool`'s list for t's compute type (2·BLOCK elements each), cut to `size`. */
function poolBlock(pool: Map<unknown, Block[]>, t: DType, size: number, n: number): Block {
  const ctor = computeCtor(t);
  let list = pool.get(ctor);
  if (list === undefined) {
    list = [];
    pool.set(ctor, list);
  }
  while (list.length <= n) list.push(new ctor(2 * BLOCK));
  const b = list[n]!;
  return b.length === size ? b : (b.subarray(0, size) as Block);
}

/**
 * A small broadcast loop ((10, 1) + (10,), a.T + 1) as one kernel call: inputs that do not
 * walk the iteration C-contiguously are expanded into contiguous blocks first, a strided
 * output gets a block and a scatter. One call instead of one per row, each with its views
 * and argument arrays (~4 us for 10 rows of 10). Element for element the same operations.
 * Null (nothing done) when an operand needs a cast or is float16 / multi-lane.
 */
function runExpanded(
  size: number,
  cs: readonly number[],
  cst: readonly (readonly number[])[],
  ops: LoopOperand[],
  kernel: Kernel,
  units: readonly number[],
): boolean | null {
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k]!;
    const t = o.loopDType;
    if (o.arr.dtype !== t || t.lanes !== 1 || (t.kind === 'f' && t.itemsize === 2)) return null;
  }
  const ins: Block[] = [];
  const outs: Block[] = [];
  const scattered: [number, number][] = [];
  const used = new Map<unknown, number>();
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k]!;
    const data = o.arr.data as Float64Array;
    const unit = units[k]!;
    let b: Block;
    if (cContiguous(cs, cst[k]!, unit)) {
      const pos = o.arr.offset / unit;
      b = data.subarray(pos, pos + size) as Block;
    } else {
      // At most four operands need a block; each takes its own scratch of the type.
      const ctor = computeCtor(o.loopDType);
      const n = used.get(ctor) ?? 0;
      if (n >= 4) return null;
      used.set(ctor, n + 1);
      b = scratchBlock(o.loopDType, size, n);
      if (o.output) scattered.push([k, outs.length]);
      else stridedBlock(cs, cst[k]!, o.arr.offset, unit, data, b as Float64Array, true);
    }
    (o.output ? outs : ins).push(b);
  }
  beginCall();
  kernel(size, ins, outs);
  const vouched = nonFiniteSeen() === false;
  for (const [k, j] of scattered) {
    const o = ops[k]!;
    stridedBlock(
      cs,
      cst[k]!,
      o.arr.offset,
      units[k]!,
      o.arr.data as Float64Array,
      outs[j] as Float64Array,
      false,
    );
  }
  return vouched;
}

/**
 * The ufunc quick path's small broadcast of C-contiguous inputs into a fresh C-contiguous
 * output ((10, 1) * (1, 10), M - v): inputs of the full shape are read in place, the others
 * expanded into scratch blocks in C order, then one kernel call over `size` (<= EXPAND_MAX)
 * elements — runExpanded's work without the general iterator's setup. Every input has its
 * loop dtype, one lane, and is not float16 (the caller checks). Returns whether the kernel
 * vouched for finite results (see runLoop), or null when more than four inputs of one compute
 * type would need a block.
 */
export function runBroadcastSmall(
  shape: readonly number[],
  size: number,
  ins: readonly NDArray[],
  out: Block,
  kernel: Kernel,
): boolean | null {
  const blocks: Block[] = new Array(ins.length);
  let used = 0;
  for (let k = 0; k < ins.length; k++) {
    const a = ins[k]!;
    if (a.ndim === shape.length && sameDims(a.dims, shape)) {
      blocks[k] = a.contigBlock(size) as Block;
      continue;
    }
    // scratch blocks 0..3 of the compute type (inputs of one ufunc share one dtype mostly)
    if (used >= 4) return null;
    const b = scratchBlock(a.dtype, size, used++);
    const unit = a.dtype.storageBytes;
    stridedBlock(
      shape,
      stridesFor(a, shape),
      a.offset,
      unit,
      a.data as Float64Array,
      b as Float64Array,
      true,
    );
    blocks[k] = b;
  }
  beginCall();
  kernel(size, blocks, [out]);
  return nonFiniteSeen() === false;
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  for (let d = 0; d < b.length; d++) if (a[d] !== b[d]) return false;
  return true;
}

/** Elements per kernel call when short rows are batched (the kernels stream internally). */
const ROW_BATCH = 16384;

/**
 * Short rows against a row broadcast along the next axis ((1000, 1000) + (1000,)): every
 * operand either walks whole rows back to back or (an input) repeats one row. Rather than one
 * kernel call per row, R rows go to each call, the repeated row tiled R times into a block
 * (rebuilt only when an outer axis moves it). Results are those of the row-by-row loop, element
 * for element. Null when the operands do not fit this pattern (or rows are long: nothing to gain).
 */
function runRowBatches(
  cs: readonly number[],
  cst: readonly (readonly number[])[],
  ops: LoopOperand[],
  kernel: Kernel,
  units: readonly number[],
): boolean | null {
  const nd = cs.length;
  if (nd < 2) return null;
  const inner = cs[nd - 1]!;
  const rows = cs[nd - 2]!;
  const R = Math.min(rows, Math.floor(ROW_BATCH / inner));
  if (R < 2) return null;
  const nOps = ops.length;
  let periodic = 0;
  for (let k = 0; k < nOps; k++) {
    const rowStep = cst[k]![nd - 2]!;
    if (rowStep === 0 && !ops[k]!.output) periodic++;
    else if (rowStep !== inner * cst[k]![nd - 1]!) return null;
  }
  if (periodic === 0) return null;
  const data = ops.map((o) => o.arr.data as Block);
  const lanes = ops.map((o) => o.loopDType.lanes);
  const tiles = ops.map((o, k) =>
    cst[k]![nd - 2] === 0 && !o.output
      ? new (computeCtor(o.loopDType))(R * inner * lanes[k]!)
      : null,
  );
  const tiledFrom = ops.map(() => -1);
  const base = ops.map((o) => o.arr.offset);
  const idx = new Array<number>(nd).fill(0);
  let vouched = ops.every((o) => !o.output || o.arr.dtype === o.loopDType);
  const ins: Block[] = [];
  const outs: Block[] = [];
  for (;;) {
    for (let r0 = 0; r0 < rows; r0 += R) {
      const nr = Math.min(R, rows - r0);
      const n = nr * inner;
      ins.length = 0;
      outs.length = 0;
      for (let k = 0; k < nOps; k++) {
        const pos = base[k]! / units[k]!;
        const t = tiles[k];
        let b: Block;
        if (t !== null) {
          const w = inner * lanes[k]!;
          if (tiledFrom[k] !== pos) {
            // The repeated row, copied R times (doubling copies: log2(R) memcpys).
            (t as Float64Array).set(data[k]!.subarray(pos, pos + w) as Float64Array, 0);
            for (let have = w; have < t.length; have *= 2)
              t.copyWithin(have, 0, Math.min(have, t.length - have));
            tiledFrom[k] = pos;
          }
          b = n * lanes[k]! === t.length ? t : (t.subarray(0, n * lanes[k]!) as Block);
        } else {
          const p = pos + (r0 * cst[k]![nd - 2]!) / units[k]!;
          b = data[k]!.subarray(p, p + n * lanes[k]!) as Block;
        }
        (ops[k]!.output ? outs : ins).push(b);
      }
      if (vouched) beginCall();
      kernel(n, ins, outs);
      if (vouched && nonFiniteSeen() !== false) vouched = false;
    }
    // Advance the axes outside the batched pair.
    let ax = nd - 3;
    for (; ax >= 0; ax--) {
      idx[ax]!++;
      for (let k = 0; k < nOps; k++) base[k]! += cst[k]![ax]!;
      if (idx[ax]! < cs[ax]!) break;
      for (let k = 0; k < nOps; k++) base[k]! -= cst[k]![ax]! * cs[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return vouched;
  }
}
