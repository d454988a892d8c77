/**
 * Apply a one-line transform along one axis of an array: lines are gathered in
 * blocks of neighbouring lines (so that strided axes read whole cache lines),
 * transformed in Float64Array buffers and scattered, scaled, into the output.
 */
import { allocUninitialized } from '../_core/alloc.js';
import type { DType } from '../_core/dtype.js';
import { likeStrides } from '../_core/multiarray/layout.js';
import { NDArray } from '../_core/ndarray.js';
import { getLanePlan } from './cplan.js';
import type { LineOp } from './lines.js';
import { wasmLineOp } from './wasm_plan.js';

type Floats = Float64Array | Float32Array;

/** Max doubles gathered per block (all lines of a block together). */
const BLOCK_DOUBLES = 1 << 17;
const MAX_BLOCK = 8;
/** Lines transformed together by a lane plan, and the doubles of one lane buffer. */
const LANES = 64;
const LANE_DOUBLES = 1 << 19;
/** Lines transformed side by side on the wasm backend when they are not adjacent in memory. */
const ROW_LANES = 16;

/**
 * Work buffers kept between calls (transforms never nest): slot k holds at least
 * `len` doubles; contents are stale and every user writes before reading.
 */
const pool: Float64Array[] = [];
function scratch(k: number, len: number): Float64Array {
  let b = pool[k];
  if (!b || b.length < len) {
    b = new Float64Array(len);
    // Huge buffers (one 2^20-point line) are not kept.
    if (len <= 1 << 21) pool[k] = b;
  }
  return b.length === len ? b : b.subarray(0, len);
}

/**
 * `op` along `axis` of `src` (float32/float64/complex64/complex128, aligned), every
 * output element multiplied by `fct`; returns a new array of `outDType` laid out like
 * `src` (NumPy's empty_like order 'K'), or writes into `into` (an aligned array of the
 * output's shape and dtype, which may be `src` itself: each block of lines is read
 * whole before it is written).
 */
export function transformAxis(
  src: NDArray,
  axis: number,
  op: LineOp,
  fct: number,
  outDType: DType,
  into?: NDArray,
): NDArray {
  const shape = src.dims.slice();
  shape[axis] = op.outLen;
  const size = shape.reduce((p, d) => p * d, 1);
  const dst =
    into ??
    new NDArray(
      allocUninitialized(size * outDType.itemsize), // every element is written below
      outDType,
      shape,
      likeStrides(src, shape, 'K', outDType.itemsize),
    );
  const strides = dst.steps;
  if (size === 0) return dst;
  const sUnit = src.dtype.storage.BYTES_PER_ELEMENT;
  const dUnit = outDType.storage.BYTES_PER_ELEMENT;
  const sData = src.data as Floats;
  const dData = dst.data as Floats;
  const sSt = src.steps.map((s) => s / sUnit);
  const dSt = strides.map((s) => s / dUnit);
  const srcComplex = src.dtype.kind === 'c';
  const m = src.dims[axis]!;
  const cnt = Math.min(m, op.inLen);

  // The other axes; the one with the smallest input stride is walked in blocks.
  const others: number[] = [];
  for (let d = 0; d < shape.length; d++) if (d !== axis) others.push(d);
  let blk = -1;
  for (const d of others) {
    if (shape[d]! > 1 && (blk < 0 || Math.abs(sSt[d]!) < Math.abs(sSt[blk]!))) blk = d;
  }
  const outer = others.filter((d) => d !== blk);
  const blkLen = blk < 0 ? 1 : shape[blk]!;
  const sBlk = blk < 0 ? 0 : sSt[blk]!;
  const dBlk = blk < 0 ? 0 : dSt[blk]!;
  // Complex lines whose neighbours are adjacent in memory (axis 0 of a C array, …) can be
  // transformed many at once, moving whole row pieces in and out.
  const laneable =
    op.c2c !== undefined &&
    srcComplex &&
    op.outComplex &&
    sData instanceof Float64Array &&
    dData instanceof Float64Array &&
    blk >= 0 &&
    sBlk === 2 &&
    dBlk === 2;
  // On the wasm backend the buffers live in the kernel module's memory (wasm_plan.ts).
  const wop = wasmLineOp(op);
  const room = wop ? wop.arena.room() : Number.POSITIVE_INFINITY;
  const wasmLanes = wop !== null && laneable && blkLen >= 4 && 8 * op.inLen <= room;
  const useWasm = wop !== null && (wasmLanes || 3 * op.bufLen <= room);
  const run = useWasm ? wop : op;
  const buf = (k: number, len: number) => (useWasm ? wop!.arena.take(len) : scratch(k, len));

  // In wasm memory, lanes can be transformed in place a few at a time (wasm_plan.ts): then
  // one large staged block and two small block buffers, else two lane buffers. The staged
  // block takes what the arena has, since longer row pieces gather and scatter faster.
  const blockLen = wasmLanes && wop!.lanesInPlace ? 2 * wop!.blockLanes! * op.inLen : 0;
  const stageL = Math.min(blkLen, Math.floor((room - 2 * blockLen - 24) / (2 * op.inLen)));
  const inPlace = blockLen > 0 && stageL >= 4;
  // JS lanes are capped so that the two lane buffers stay within a few megabytes.
  const L = inPlace
    ? stageL
    : Math.min(LANES, blkLen, Math.floor(Math.min(LANE_DOUBLES, room / 2) / (2 * op.inLen)));
  const lanePlan = !useWasm && L >= 4 && laneable ? getLanePlan(op.c2c!.n, L) : null;
  const lanes = lanePlan !== null || wasmLanes;
  const laneA = lanes ? buf(3 * MAX_BLOCK, 2 * L * op.inLen) : null;
  const laneB = lanes ? buf(3 * MAX_BLOCK + 1, inPlace ? blockLen : 2 * L * op.inLen) : null;
  const laneC = inPlace ? buf(3 * MAX_BLOCK + 2, blockLen) : null;

  // Other lines on the wasm backend: ROW_LANES of them side by side in wasm memory.
  const rs = wop?.rowStride ?? 0;
  const rowsL =
    !lanes && useWasm && wop!.rows ? Math.min(ROW_LANES, blkLen, Math.floor(room / (3 * rs))) : 0;
  const stage = rowsL > 0 ? buf(0, rowsL * rs) : null;
  const rowA = rowsL > 0 ? buf(0, rowsL * rs) : null;
  const rowB = rowsL > 0 ? buf(0, rowsL * rs) : null;

  const B =
    lanes || rowsL > 0
      ? 0
      : Math.max(
          1,
          Math.min(MAX_BLOCK, blkLen, Math.floor(Math.min(BLOCK_DOUBLES, room / 3) / op.bufLen)),
        );
  const bufs: Float64Array[][] = [];
  for (let b = 0; b < B; b++) {
    bufs.push([buf(3 * b, op.bufLen), buf(3 * b + 1, op.bufLen), buf(3 * b + 2, op.bufLen)]);
  }
  const results: Float64Array[] = new Array(B);
  const inW = op.inComplex ? 2 : 1;
  const sAx = sSt[axis]!;
  const dAx = dSt[axis]!;

  const idx = new Array<number>(outer.length).fill(0);
  let sBase = src.offset / sUnit;
  let dBase = dst.offset / dUnit;
  for (;;) {
    if (lanes) {
      // Lines j0 .. j0+nb side by side: element t of line l at complex index t·S + l. The
      // wasm passes take any lane count, so there S = nb; a JS lane plan is built for S = L.
      const chunks = Math.ceil(blkLen / L);
      const per = Math.ceil(blkLen / chunks);
      for (let j0 = 0; j0 < blkLen; j0 += per) {
        const nb = Math.min(per, blkLen - j0);
        const S = lanePlan ? L : nb;
        const a = laneA!;
        let p = sBase + 2 * j0;
        const w = 2 * nb;
        for (let t = 0; t < cnt; t++, p += sAx) a.set(sData.subarray(p, p + w), 2 * S * t);
        if (cnt < op.inLen) a.fill(0, 2 * S * cnt, 2 * S * op.inLen);
        let r: Float64Array;
        if (lanePlan) r = lanePlan.exec(a, laneB!, op.c2c!.fwd);
        else if (inPlace) {
          wop!.lanesInPlace!(a, nb, laneB!, laneC!);
          r = a;
        } else r = wop!.lanes!(a, laneB!, nb);
        let q = dBase + 2 * j0;
        for (let t = 0; t < op.outLen; t++, q += dAx) {
          const o = 2 * S * t;
          if (fct === 1) dData.set(r.subarray(o, o + w), q);
          else for (let e = 0; e < w; e++) dData[q + e] = r[o + e]! * fct;
        }
      }
    } else if (rowsL > 0) {
      for (let j0 = 0; j0 < blkLen; j0 += rowsL) {
        const nb = Math.min(rowsL, blkLen - j0);
        for (let b = 0; b < nb; b++) {
          const line = stage!.subarray(b * rs, (b + 1) * rs);
          const p = sBase + (j0 + b) * sBlk;
          if (!op.inComplex) gatherReal(sData, p, sAx, line, cnt);
          else if (srcComplex) gatherComplex(sData, p, sAx, line, cnt);
          else gatherRealToComplex(sData, p, sAx, line, cnt);
          if (cnt < op.inLen) line.fill(0, cnt * inW, op.inLen * inW);
        }
        wop!.rows!(stage!, rowA!, rowB!, nb);
        for (let b = 0; b < nb; b++) {
          const res = stage!.subarray(b * rs, b * rs + 2 * op.outLen);
          scatterComplex(res, dData, dBase + (j0 + b) * dBlk, dAx, op.outLen, fct);
        }
      }
    } else
      for (let j0 = 0; j0 < blkLen; j0 += B) {
        const nb = Math.min(B, blkLen - j0);
        const s0 = sBase + j0 * sBlk;
        const d0 = dBase + j0 * dBlk;
        // When neighbouring lines are closer than neighbouring elements of a line,
        // walk the lines together so that each read/write touches adjacent memory.
        const across = nb > 1 && Math.abs(sBlk) < Math.abs(sAx);
        for (let b = 0; b < nb; b++) {
          const a = bufs[b]![0]!;
          const p = s0 + b * sBlk;
          if (!op.inComplex) gatherReal(sData, p, sAx, a, cnt);
          else if (srcComplex) gatherComplex(sData, p, sAx, a, cnt);
          else gatherRealToComplex(sData, p, sAx, a, cnt);
        }
        if (cnt < op.inLen)
          for (let b = 0; b < nb; b++) bufs[b]![0]!.fill(0, cnt * inW, op.inLen * inW);
        for (let b = 0; b < nb; b++) {
          const [a, bb, r] = bufs[b]!;
          results[b] = run.run(a!, bb!, r!);
        }
        if (across && op.outComplex && Math.abs(dBlk) < Math.abs(dAx)) {
          scatterComplexAcross(results, dData, d0, dAx, dBlk, nb, op.outLen, fct);
        } else {
          for (let b = 0; b < nb; b++) {
            const p = d0 + b * dBlk;
            if (op.outComplex) scatterComplex(results[b]!, dData, p, dAx, op.outLen, fct);
            else scatterReal(results[b]!, dData, p, dAx, op.outLen, fct);
          }
        }
      }
    // Next index of the outer axes (C order).
    let k = outer.length - 1;
    for (; k >= 0; k--) {
      const d = outer[k]!;
      sBase += sSt[d]!;
      dBase += dSt[d]!;
      if (++idx[k]! < shape[d]!) break;
      sBase -= sSt[d]! * shape[d]!;
      dBase -= dSt[d]! * shape[d]!;
      idx[k] = 0;
    }
    if (k < 0) break;
  }
  return dst;
}

function scatterComplexAcross(
  rs: Float64Array[],
  d: Floats,
  p: number,
  st: number,
  sb: number,
  nb: number,
  len: number,
  fct: number,
): void {
  for (let t = 0; t < len; t++, p += st) {
    let q = p;
    for (let b = 0; b < nb; b++, q += sb) {
      const r = rs[b]!;
      d[q] = r[2 * t]! * fct;
      d[q + 1] = r[2 * t + 1]! * fct;
    }
  }
}

function gatherComplex(s: Floats, p: number, st: number, a: Float64Array, cnt: number): void {
  if (st === 2) {
    a.set(s.subarray(p, p + 2 * cnt));
    return;
  }
  for (let t = 0; t < cnt; t++, p += st) {
    a[2 * t] = s[p]!;
    a[2 * t + 1] = s[p + 1]!;
  }
}

function gatherRealToComplex(s: Floats, p: number, st: number, a: Float64Array, cnt: number): void {
  for (let t = 0; t < cnt; t++, p += st) {
    a[2 * t] = s[p]!;
    a[2 * t + 1] = 0;
  }
}

function gatherReal(s: Floats, p: number, st: number, a: Float64Array, cnt: number): void {
  if (st === 1) {
    a.set(s.subarray(p, p + cnt));
    return;
  }
  for (let t = 0; t < cnt; t++, p += st) a[t] = s[p]!;
}

// Multiplying by fct = 1 is exact, so only the contiguous unscaled case needs a copy.
function scatterComplex(
  r: Float64Array,
  d: Floats,
  p: number,
  st: number,
  len: number,
  fct: number,
): void {
  if (fct === 1 && st === 2) {
    d.set(r.subarray(0, 2 * len), p);
    return;
  }
  for (let t = 0; t < len; t++, p += st) {
    d[p] = r[2 * t]! * fct;
    d[p + 1] = r[2 * t + 1]! * fct;
  }
}

function scatterReal(
  r: Float64Array,
  d: Floats,
  p: number,
  st: number,
  len: number,
  fct: number,
): void {
  if (fct === 1 && st === 1) {
    d.set(r.subarray(0, len), p);
    return;
  }
  for (let t = 0; t < len; t++, p += st) d[p] = r[t]! * fct;
}
