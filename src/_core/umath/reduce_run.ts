/**
 * Executes a reduction plan the way NumPy's buffered iterator calls its inner loop.
 *
 * The coalesced iteration space is cut into calls: in reduce mode one call per "core"
 * (dims 0..outerDim-1), otherwise chunks of the buffer size within each block of dims
 * 0..outerDim. A call whose output stride is 0 is a reduce call: its elements, in
 * iteration order, are folded in one go (pairwise for float add). Other calls combine
 * element-wise, where the chunking does not matter. Masked-out elements split calls into
 * runs (NumPy's masked loop), and without an initial value the first visit of each
 * output skips the element that was copied into it.
 */
import type { NDArray } from '../ndarray.js';
import type { ReduceLoops } from './reduce_loops.js';
import { groupStrides, type ReducePlan } from './reduce_plan.js';

export interface RunArgs {
  plan: ReducePlan;
  loops: ReduceLoops;
  /** Input in the loop dtype. */
  src: NDArray;
  /**
   * Result in the loop dtype, full rank (stride 0 on reduced axes): the result array's
   * storage with these strides (no view array: its construction cost as much as a small run).
   */
  res: Pick<NDArray, 'dtype' | 'strides' | 'offset' | 'data'>;
  mask: NDArray | null;
  maskStrides: number[] | null;
  skipFirst: boolean;
  /** Round the touched outputs through the user's `out` dtype (NumPy's buffer write-back). */
  flush: ((oi: number) => void) | null;
}

type Arr = any;

export function runReduction(args: RunArgs): void {
  const { plan, loops, src, res, mask, maskStrides, skipFirst, flush } = args;
  const { fold, combine } = loops;
  const shape = plan.shape;
  const nd = shape.length;
  const full = src.dims;
  const oUnit = res.dtype.storageBytes;
  const sUnit = src.dtype.storageBytes;
  const oSt = groupStrides(plan.groups, full, res.strides).map((s) => s / oUnit);
  const sSt = groupStrides(plan.groups, full, src.steps).map((s) => s / sUnit);
  const mSt = maskStrides ? groupStrides(plan.groups, full, maskStrides) : null;
  const o: Arr = res.data;
  const x: Arr = src.data;
  const m = mask ? (mask.data as Uint8Array) : null;
  const lanes = src.dtype.lanes;

  // Dims one call may span, and the call length within such a block.
  const span = Math.max(1, Math.min(nd, plan.usingReduce ? plan.outerDim : plan.outerDim + 1));
  const chunk = plan.usingReduce ? plan.coreSize : plan.bufferSize;
  let block = 1;
  for (let d = 0; d < span; d++) block *= shape[d]!;
  const zeroOut = shape.map((n, d) => oSt[d] === 0 || n === 1);
  let reduceCall = true;
  for (let d = 0; d < span; d++) if (!zeroOut[d]) reduceCall = false;
  const reducedOuter = shape.map((n, d) => d >= span && oSt[d] === 0 && n > 1);

  // Scratch for reduce calls spanning several dims (elements gathered in iteration order).
  const Scratch = x.constructor as new (n: number) => Arr;
  let xs: Arr = null;
  let ms: Uint8Array | null = null;
  const gatherBlock = (sBase: number, mBase: number, start: number, cnt: number) => {
    if (!xs || xs.length < cnt * lanes) xs = new Scratch(Math.max(cnt, 64) * lanes);
    if (m && (!ms || ms.length < cnt)) ms = new Uint8Array(Math.max(cnt, 64));
    const n0 = shape[0]!;
    const idx = new Array<number>(span).fill(0);
    let rest = Math.floor(start / n0);
    for (let d = 1; d < span; d++) {
      idx[d] = rest % shape[d]!;
      rest = Math.floor(rest / shape[d]!);
    }
    let col = start % n0;
    let k = 0;
    while (k < cnt) {
      let sRow = sBase;
      let mRow = mBase;
      for (let d = 1; d < span; d++) {
        sRow += idx[d]! * sSt[d]!;
        if (mSt) mRow += idx[d]! * mSt[d]!;
      }
      const take = Math.min(n0 - col, cnt - k);
      for (let i = 0; i < take; i++) {
        const p = sRow + (col + i) * sSt[0]!;
        for (let l = 0; l < lanes; l++) xs[(k + i) * lanes + l] = x[p + l];
        if (m) ms![k + i] = m[mRow + (col + i) * mSt![0]!]!;
      }
      k += take;
      col = 0;
      for (let d = 1; d < span; d++) {
        if (++idx[d]! < shape[d]!) break;
        idx[d] = 0;
      }
    }
  };

  // Fold `cnt` elements of a strided/gathered run, one inner-loop call per unmasked run.
  const foldRun = (
    oi: number,
    xa: Arr,
    xi: number,
    xst: number,
    ma: Uint8Array | null,
    mi: number,
    mst: number,
    cnt: number,
  ) => {
    if (!ma) {
      fold(o, oi, xa, xi, xst, cnt);
      return;
    }
    let i = 0;
    while (i < cnt) {
      while (i < cnt && !ma[mi + i * mst]) i++;
      const r0 = i;
      while (i < cnt && ma[mi + i * mst]) i++;
      if (i > r0) fold(o, oi, xa, xi + r0 * xst, xst, i - r0);
    }
  };

  // Buffer write-backs (only with `flush`): outside reduce mode every call is one buffer;
  // in reduce mode a buffer holds `perBuffer` calls along dim `span`, and the accumulators
  // stay in the buffer (unrounded) while the next buffer starts at the same output pointer.
  const perBuffer = plan.usingReduce ? Math.max(1, Math.floor(plan.bufferSize / plan.coreSize)) : 1;
  const pending: number[] = [];
  let bufferPtr = Number.NaN;
  const touch = (oi: number) => {
    if (!flush) return;
    if (plan.usingReduce) pending.push(oi);
    else flush(oi);
  };
  const newBuffer = (ptr: number) => {
    if (!flush || !plan.usingReduce) return;
    if (ptr !== bufferPtr) {
      for (const oi of pending) flush(oi);
      pending.length = 0;
    }
    bufferPtr = ptr;
  };

  // Dims 0 and 1 in one call when dim 1 adds whole runs of dim 0 into the same outputs
  // (np.sum(a, axis=0) of a C-ordered matrix): the row by row combines, batched.
  const rowsAtOnce =
    loops.combineRows !== undefined &&
    !reduceCall &&
    span === 1 &&
    nd >= 2 &&
    oSt[0] === 1 &&
    sSt[0] === lanes &&
    lanes === 1 &&
    oSt[1] === 0 &&
    !m &&
    !flush;
  // Reduce calls of every row of dim 1 at once when each is one whole run into its own
  // output (np.sum(a, axis=-1)): the loop batches rows (same folds, fewer calls).
  const foldRowsAtOnce =
    loops.foldRows !== undefined &&
    reduceCall &&
    span === 1 &&
    nd >= 2 &&
    block <= chunk &&
    lanes === 1 &&
    oSt[1] !== 0 &&
    !m &&
    !flush;
  const idx = new Array<number>(nd).fill(0);
  let oBase = res.offset / oUnit;
  let sBase = src.offset / sUnit;
  let mBase = mask ? mask.offset : 0;
  for (;;) {
    if (flush && (span >= nd || idx[span]! % perBuffer === 0)) newBuffer(oBase);
    let first = skipFirst;
    if (first) for (let d = span; d < nd; d++) if (reducedOuter[d] && idx[d] !== 0) first = false;
    if (rowsAtOnce) {
      // idx[1] is 0 here: every row of dim 1 in one call (the first skipped when it was
      // copied into the output).
      const r0 = first ? 1 : 0;
      loops.combineRows!(o, oBase, x, sBase + r0 * sSt[1]!, sSt[1]!, shape[0]!, shape[1]! - r0);
      // Dim 1 is done: move on at dim 2.
      idx[1] = shape[1]! - 1;
      oBase += oSt[1]! * (shape[1]! - 1);
      sBase += sSt[1]! * (shape[1]! - 1);
    } else if (foldRowsAtOnce) {
      // Dim 1 is not reduced, so `first` is the same for all its rows.
      const r0 = first ? 1 : 0;
      if (block - r0 > 0) {
        const rs = sSt[1]!;
        loops.foldRows!(
          o,
          oBase,
          oSt[1]!,
          x,
          sBase + r0 * sSt[0]!,
          sSt[0]!,
          rs,
          block - r0,
          shape[1]!,
        );
      }
      idx[1] = shape[1]! - 1;
      oBase += oSt[1]! * (shape[1]! - 1);
      sBase += sSt[1]! * (shape[1]! - 1);
    } else if (reduceCall) {
      for (let c0 = 0; c0 < block; c0 += chunk) {
        let start = c0;
        let cnt = Math.min(chunk, block - c0);
        if (first && c0 === 0) {
          start++;
          cnt--;
        }
        if (cnt > 0) {
          if (span === 1) {
            foldRun(
              oBase,
              x,
              sBase + start * sSt[0]!,
              sSt[0]!,
              m,
              mBase + (m ? start * mSt![0]! : 0),
              mSt ? mSt[0]! : 0,
              cnt,
            );
          } else {
            gatherBlock(sBase, mBase, start, cnt);
            foldRun(oBase, xs, 0, lanes, ms, 0, 1, cnt);
          }
        }
        touch(oBase);
      }
    } else if (!first) {
      // Element-wise: rows of dim 0 within the block (chunking does not change the result).
      const rows = block / shape[0]!;
      const ridx = new Array<number>(span).fill(0);
      for (let r = 0; r < rows; r++) {
        let oRow = oBase;
        let sRow = sBase;
        let mRow = mBase;
        for (let d = 1; d < span; d++) {
          oRow += ridx[d]! * oSt[d]!;
          sRow += ridx[d]! * sSt[d]!;
          if (mSt) mRow += ridx[d]! * mSt[d]!;
        }
        combine(o, oRow, oSt[0]!, x, sRow, sSt[0]!, shape[0]!, m, mRow, mSt ? mSt[0]! : 0);
        if (flush) for (let i = 0; i < shape[0]!; i++) touch(oRow + i * oSt[0]!);
        for (let d = 1; d < span; d++) {
          if (++ridx[d]! < shape[d]!) break;
          ridx[d] = 0;
        }
      }
    }
    let d = span;
    for (; d < nd; d++) {
      idx[d]!++;
      oBase += oSt[d]!;
      sBase += sSt[d]!;
      if (mSt) mBase += mSt[d]!;
      if (idx[d]! < shape[d]!) break;
      oBase -= oSt[d]! * shape[d]!;
      sBase -= sSt[d]! * shape[d]!;
      if (mSt) mBase -= mSt[d]! * shape[d]!;
      idx[d] = 0;
    }
    if (d >= nd) return;
  }
}
