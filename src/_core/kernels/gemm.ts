/**
 * Matrix product kernels for float64 and float32 on strided typed arrays: C = A B (`gemm`) and
 * C += alpha A B (`gemmUpdate`, e.g. alpha = -1 for the trailing updates of blocked
 * factorizations).
 *
 * WebAssembly backend: GotoBLAS-style blocking. The operands stay in their own ArrayBuffers.
 * For each KC x NC panel of B and MC x KC block of A, the block's contiguous runs (rows or
 * columns, whichever has unit stride) are memcpy'd (TypedArray.set) into a staging area of the
 * module's fixed scratch memory, and wasm (assembly/gemm.ts) packs them into zero-padded
 * register-tile micro-panels. The SIMD micro-kernel keeps a 4 x 4 float64 / 4 x 8 float32 tile
 * of C in registers over the whole K block (mul + add, no FMA) and stores alpha*tile into the
 * scratch C block (first K block of a plain product) or adds it; the block is then copied back.
 * Small or skinny products (m or n < 4) use the plain i-p-j loop, except one-column and one-row
 * products on the wasm backend: the matrix-vector kernels of gemv.ts, with the same bits.
 */
import type { GemmJob } from './gemm_job.js';
import { matVecWasm, vecMatWasm } from './gemv.js';
import { wasmKernels } from './index.js';
import {
  GO_READY,
  GO_REVOKED,
  GO_WAIT,
  getPool,
  join,
  post,
  readyWorkers,
  revoke,
  sharedData,
} from './threads.js';

type FArr = Float64Array | Float32Array;
type KernFn = (
  pa: number,
  pb: number,
  pc: number,
  mc: number,
  nc: number,
  kc: number,
  ldc: number,
  alpha: number,
  accum: number,
) => void;
type PackFn = (
  src: number,
  sI: number,
  sP: number,
  rows: number,
  kc: number,
  dst: number,
  panelStride: number,
) => void;
interface GemmExports {
  gemm_f64: KernFn;
  gemm_f32: KernFn;
  gemm_pack_f64: PackFn;
  gemm_pack_f32_4: PackFn;
  gemm_pack_f32_8: PackFn;
}

/** A strided matrix operand: element (i, j) is `data[off + i * rs + j * cs]`. */
export interface MatOperand<T extends FArr = FArr> {
  data: T;
  off: number;
  rs: number;
  cs: number;
}

/**
 * Register tile MR x NR: 4 x 4 float64, 4 x 8 float32 (8 accumulators; larger tiles spill
 * registers in V8 or lose to per-tile overhead, unrolling the k loop by hand makes V8 spill:
 * see assembly/gemm.ts).
 */
const MR = 4;
/**
 * Block sizes (elements): A block MC x KC (192 KiB float64 / 128 KiB float32, stays in L2),
 * B panel KC x NC (1.5 / 1 MiB), a B micro-panel KC x NR (12 / 16 KiB) stays in L1 while the
 * A block streams past it. The scratch memory (~2.5 MiB) holds B panel + A block + C block +
 * staging. A long KC means fewer round trips of the C block through scratch (KC 384-512 beat
 * 256 by ~5% float64 / ~15% float32); a wide NC means A is packed fewer times (once per NC
 * columns of C): NC 512 beat 192/256 by 0-9% on 256-1024 square products and by 10-23% on
 * the short-K updates of the factorizations (512 x 32..128 x 512), and letting NC grow as K
 * shrinks (gemmWasm) gained 2-12% more on 2048-4096 wide updates (single thread, CPU time,
 * interleaved A/B runs); MC moved nothing beyond noise.
 */
const KC64 = 384;
const MC64 = 64;
const NC64 = 512;
const KC32 = 512;
const MC32 = 64;
const NC32 = 512;

/**
 * From this many multiply-adds (160^3) a product is split across worker threads: below it
 * the copies into shared memory and the hand-off (~50 µs) eat the gain.
 */
const THREAD_FLOPS = 1 << 22;

/** Below this many multiply-adds the JS loop is used on both backends. */
const SMALL_FLOPS = 4096;

/**
 * C[m x n] (row-major, row stride `ldc`, offset `cOff` in `c`) = A[m x k] B[k x n], the kernel
 * of np.matmul for float64 / float32. `f32` selects float32 arithmetic (products and sums
 * rounded to float32).
 *
 * @example gemm(false, 2, 2, 2, {data: a, off: 0, rs: 2, cs: 1}, {data: b, off: 0, rs: 2, cs: 1}, c, 0, 2)
 */
export function gemm(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  if (m <= 0 || n <= 0) return;
  if (k <= 0) {
    for (let r = 0; r < m; r++) c.fill(0, cOff + r * ldc, cOff + r * ldc + n);
    return;
  }
  product(f32, m, n, k, 1, false, a, b, c, cOff, ldc, true);
}

/**
 * C[m x n] += alpha A[m x k] B[k x n] (BLAS gemm with beta = 1), C row-major with row stride
 * `ldc` at `cOff`. alpha = -1 gives the C -= A B of LAPACK's blocked updates without a
 * temporary; each K block (KC columns of A) is added to C as it is computed. C must not
 * overlap A or B (disjoint blocks of one array are fine).
 *
 * @example gemmUpdate(false, n, n, k, -1, A21, A12, a, off22, lda) // A22 -= A21 A12
 */
export function gemmUpdate(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  if (m <= 0 || n <= 0 || k <= 0) return;
  product(f32, m, n, k, alpha, true, a, b, c, cOff, ldc, true);
}

/**
 * C = A B (update false) or C += alpha A B on this thread only: the worker threads' entry
 * (src/_core/kernels/gemm_worker.ts). Same blocking, so the same bits, as a threaded call.
 */
export function gemmSingle(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  update: boolean,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  if (m <= 0 || n <= 0) return;
  product(f32, m, n, k, alpha, update, a, b, c, cOff, ldc, false);
}

/**
 * C = A B or C += alpha A B: the plain loop for small or skinny products, else the wasm
 * GEMM, split across worker threads when `threads` and the product is large enough.
 */
function product(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  update: boolean,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
  threads: boolean,
): void {
  if (!useWasm(m, n, k)) {
    // one column (A x) or one row (x B): the SIMD matrix-vector kernels, same bits as gemmJS
    if (!update && m * n * k >= SMALL_FLOPS) {
      if (n === 1 && matVecWasm(f32, m, k, a, b, c, cOff, ldc)) return;
      if (m === 1 && n > 1 && vecMatWasm(f32, n, k, a, b, c, cOff)) return;
    }
    if (update) gemmUpdateJS(f32, m, n, k, alpha, a, b, c, cOff, ldc);
    else gemmJS(f32, m, n, k, a, b, c, cOff, ldc);
    return;
  }
  if (
    threads &&
    m * n * k >= THREAD_FLOPS &&
    gemmThreaded(f32, m, n, k, alpha, update, a, b, c, cOff, ldc)
  )
    return;
  gemmWasm(f32, m, n, k, alpha, update, a, b, c, cOff, ldc);
}

/**
 * Split the rows of C between this thread and the idle worker threads (threads.ts). Each
 * row of C is computed with the same blocking over K as on one thread, so the result has
 * the same bits. False when no worker is ready (the caller then computes alone).
 */
function gemmThreaded(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  update: boolean,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  const pool = getPool();
  if (pool === null) return false;
  const idle = readyWorkers(pool);
  if (idle.length === 0) return false;
  const per = Math.ceil(m / (idle.length + 1) / MR) * MR;
  // A transposed B (A @ X.T) is copied column by column, each column one run: element by
  // element into rows it cost more than the worker's share saved.
  const bColumns = b.rs === 1 && b.cs !== 1;
  const shares: WorkerShare[] = [];
  let elems = k * n;
  for (let r0 = per, s = 0; r0 < m && s < idle.length; r0 += per, s++) {
    const rows = Math.min(per, m - r0);
    const aShare = { ...a, off: a.off + r0 * a.rs };
    const cRows = cOff + r0 * ldc;
    const aOff = elems;
    const shareC = elems + rows * k;
    shares.push({
      worker: idle[s]!,
      job: { f32, m: rows, n, k, alpha, update, aOff, bOff: 0, bColumns, cOff: shareC },
      copyIn: (v) => {
        copyRows(aShare, rows, k, v, aOff);
        if (update) copyRows({ data: c, off: cRows, rs: ldc, cs: 1 }, rows, n, v, shareC);
      },
      copyOut: (v) => copyRows({ data: v, off: shareC, rs: n, cs: 1 }, rows, n, c, cRows, ldc),
      takeBack: () => gemmWasm(f32, rows, n, k, alpha, update, aShare, b, c, cRows, ldc),
    });
    elems += rows * (k + n);
  }
  if (shares.length === 0) return false;
  const copyB = (v: FArr) => {
    if (bColumns) copyRows({ data: b.data, off: b.off, rs: b.cs, cs: 1 }, n, k, v, 0);
    else copyRows(b, k, n, v, 0);
  };
  runShares(f32, elems, shares, copyB, () =>
    gemmWasm(f32, Math.min(per, m), n, k, alpha, update, a, b, c, cOff, ldc),
  );
  return true;
}

/** A worker's part of a threaded product: a gemm job on operands in the shared buffer. */
export interface WorkerShare {
  worker: number;
  /** The job's products (gemm_job.ts), offsets in elements of the shared buffer. */
  job: Omit<GemmJob, 'kind' | 'sab' | 'go' | 'slot'>;
  /** Put this share's own operands into the shared buffer. */
  copyIn: (v: FArr) => void;
  /** Move its result out of the shared buffer once the worker is done. */
  copyOut: (v: FArr) => void;
  /** Compute the share here instead (its worker never started it, or failed). */
  takeBack: () => void;
}

/**
 * Hand `shares` to their workers, run `own` (the caller's part) meanwhile, and collect them:
 * the protocol of threads.ts. The jobs are posted first and the operands copied after
 * (`copyCommon` once, then each share's), so a worker's wake-up (30-150 us) overlaps the
 * copies; each waits on its `go` word until its operands are in place. A share whose worker
 * has not claimed it by the time `own` is done is revoked and computed here (same bits).
 */
export function runShares(
  f32: boolean,
  elems: number,
  shares: WorkerShare[],
  copyCommon: (v: FArr) => void,
  own: () => void,
): void {
  const pool = getPool()!;
  const sab = sharedData(pool, elems * (f32 ? 4 : 8));
  const v = f32 ? new Float32Array(sab) : new Float64Array(sab);
  for (const s of shares) {
    Atomics.store(pool.go, s.worker, GO_WAIT);
    post(pool, s.worker, { kind: 'gemm', ...s.job, sab, go: pool.go, slot: s.worker });
  }
  try {
    copyCommon(v);
    for (const s of shares) {
      s.copyIn(v);
      Atomics.store(pool.go, s.worker, GO_READY);
      Atomics.notify(pool.go, s.worker);
    }
  } finally {
    // never leave a worker waiting (after a throw its share is taken back unstarted)
    for (const s of shares) {
      if (Atomics.load(pool.go, s.worker) === GO_WAIT) {
        Atomics.store(pool.go, s.worker, GO_REVOKED);
        Atomics.notify(pool.go, s.worker);
      }
    }
  }
  own();
  for (const s of shares) {
    // a share its worker has not started (woken late, or sharing this CPU) is done here
    if (!revoke(pool, s.worker) && join(pool, s.worker)) s.copyOut(v);
    else s.takeBack();
  }
}

/** The rows x cols matrix `src` into `dst` at `off`, row-major with row stride `ld`. */
export function copyRows(
  src: MatOperand,
  rows: number,
  cols: number,
  dst: FArr,
  off: number,
  ld = cols,
): void {
  const s = src.data as Float64Array;
  const d = dst as Float64Array;
  if (src.cs === 1 && src.rs === cols && ld === cols) {
    // one run (contiguous rows): one memcpy, twice as fast as row by row at 256 x 256
    d.set(s.subarray(src.off, src.off + rows * cols), off);
    return;
  }
  for (let r = 0; r < rows; r++) {
    const from = src.off + r * src.rs;
    const to = off + r * ld;
    if (src.cs === 1) d.set(s.subarray(from, from + cols), to);
    else for (let j = 0; j < cols; j++) d[to + j] = s[from + j * src.cs]!;
  }
}

/** Matrix-vector shapes (m or n < 4) would waste most of a register tile: plain loop. */
function useWasm(m: number, n: number, k: number): boolean {
  return m * n * k >= SMALL_FLOPS && m >= 4 && n >= 4 && wasmKernels() !== null;
}

function gemmWasm(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  update: boolean,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  const w = wasmKernels();
  if (w === null) throw new Error('gemm: wasm backend not loaded');
  const ex = w.ex as unknown as GemmExports;
  const size = f32 ? 4 : 8;
  const NR = f32 ? 8 : 4;
  const view: FArr = f32 ? w.f32 : w.f64;
  const KC = f32 ? KC32 : KC64;
  const MC = f32 ? MC32 : MC64;
  const kern = f32 ? ex.gemm_f32 : ex.gemm_f64;
  const packA = f32 ? ex.gemm_pack_f32_4 : ex.gemm_pack_f64;
  const packB = f32 ? ex.gemm_pack_f32_8 : ex.gemm_pack_f64;
  // scratch layout (bytes): B panel (kcMax x NC), A block (MC x kcMax), C block (MC x NC),
  // staging (at least one row of the B panel plus two micro-panels). A short K (the
  // factorizations' updates) leaves room for a wider B panel, so that A is packed fewer
  // times: NC grows as KC / kcMax (same panel bytes) within the scratch region (and shrinks in
  // whole micro-panels if that is smaller than planned). The bits do not depend on NC: every
  // element sums over the same K blocks.
  const pb = (w.base + 63) & ~63;
  const kcMax = Math.min(KC, k);
  const room = w.scratchEnd - pb - (MC + 2 * NR) * kcMax * size;
  const fit = Math.floor(room / ((kcMax + MC + 1) * size) / NR) * NR;
  const NC = Math.min(Math.floor(((f32 ? NC32 : NC64) * KC) / kcMax / NR) * NR, fit);
  if (NC < NR) throw new Error('gemm: scratch too small');
  const pa = pb + kcMax * NC * size;
  const pc = pa + MC * kcMax * size;
  const ps = pc + MC * NC * size;
  const stgElems = Math.floor((w.scratchEnd - ps) / size);
  const ic = pc / size;
  const st: Stage = { view, ps, stgElems, size };
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    const ncp = Math.ceil(nc / NR) * NR;
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      // B[p0:p0+kc, jc:jc+nc] as NR-column micro-panels: i = column index, p = row index
      stagePack(st, packB, b.data, b.off + p0 * b.rs + jc * b.cs, b.cs, b.rs, nc, kc, pb, NR);
      const accum = update || p0 > 0;
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = Math.min(MC, m - i0);
        const mcp = Math.ceil(mc / MR) * MR;
        // A[i0:i0+mc, p0:p0+kc] as MR-row micro-panels
        stagePack(st, packA, a.data, a.off + i0 * a.rs + p0 * a.cs, a.rs, a.cs, mc, kc, pa, MR);
        // C rows are one run when the block spans whole rows of C and needs no padding
        const whole = ldc === ncp && nc === ncp;
        const c0 = cOff + i0 * ldc + jc;
        const cv = c as Float64Array;
        const v = view as Float64Array;
        if (accum) {
          if (whole) v.set(cv.subarray(c0, c0 + mc * ncp), ic);
          else
            for (let r = 0; r < mc; r++)
              v.set(cv.subarray(c0 + r * ldc, c0 + r * ldc + nc), ic + r * ncp);
        }
        kern(pa, pb, pc, mcp, ncp, kc, ncp, alpha, accum ? 1 : 0);
        if (whole) cv.set(v.subarray(ic, ic + mc * ncp), c0);
        else
          for (let r = 0; r < mc; r++)
            cv.set(v.subarray(ic + r * ncp, ic + r * ncp + nc), c0 + r * ldc);
      }
    }
  }
}

/** The staging area of scratch: byte address, capacity in elements. */
interface Stage {
  view: FArr;
  ps: number;
  stgElems: number;
  size: number;
}

/**
 * Pack the rows x kc block whose element (i, p) is `src[off + i*sI + p*sP]` into W-wide
 * micro-panels at byte address `dst` (panel stride kc*W elements). The block's unit-stride
 * runs are memcpy'd into staging (in chunks that fit) and wasm does the rearranging; a block
 * with no unit stride is gathered in JS.
 */
function stagePack(
  st: Stage,
  pack: PackFn,
  src: FArr,
  off: number,
  sI: number,
  sP: number,
  rows: number,
  kc: number,
  dst: number,
  W: number,
): void {
  const { view, ps, stgElems, size } = st;
  const is = ps / size;
  const panelStride = kc * W * size;
  const v = view as Float64Array;
  const s = src as Float64Array;
  if (sI === 1 && sP !== 1) {
    // runs along i (e.g. rows of a row-major B): chunks of whole p-slices
    const chunk = Math.max(1, Math.floor(stgElems / rows));
    for (let q0 = 0; q0 < kc; q0 += chunk) {
      const qn = Math.min(chunk, kc - q0);
      const base = off + q0 * sP;
      if (sP === rows) v.set(s.subarray(base, base + qn * rows), is);
      else
        for (let q = 0; q < qn; q++)
          v.set(s.subarray(base + q * sP, base + q * sP + rows), is + q * rows);
      pack(ps, 1, rows, rows, qn, dst + q0 * W * size, panelStride);
    }
    return;
  }
  // runs along p (e.g. rows of a row-major A), or no unit stride: chunks of whole W-row panels
  const chunk = Math.max(W, Math.floor(stgElems / kc / W) * W);
  for (let r0 = 0; r0 < rows; r0 += chunk) {
    const rn = Math.min(chunk, rows - r0);
    const base = off + r0 * sI;
    if (sP === 1) {
      if (sI === kc) v.set(s.subarray(base, base + rn * kc), is);
      else
        for (let r = 0; r < rn; r++)
          v.set(s.subarray(base + r * sI, base + r * sI + kc), is + r * kc);
    } else {
      for (let r = 0; r < rn; r++) {
        const o = is + r * kc;
        const b0 = base + r * sI;
        for (let p = 0; p < kc; p++) v[o + p] = s[b0 + p * sP];
      }
    }
    pack(ps, kc, 1, rn, kc, dst + (r0 / W) * panelStride, panelStride);
  }
}

/** Plain TypeScript C = A B (i-p-j order; float32 rounds every product and sum). */
export function gemmJS(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  if (n === 1) {
    matVec(f32, m, k, a, b, c, cOff, ldc);
    return;
  }
  const row = f32 ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < m; i++) {
    rowProduct(f32, i, n, k, a, b, row);
    (c as Float64Array).set(row as Float64Array, cOff + i * ldc);
  }
}

/**
 * C[i, 0] = A[i, :] · B[:, 0] (matrix times vector, `m @ v`): one dot per row with four
 * running sums (p mod 4), combined as (s0 + s1) + (s2 + s3) — a single chain of dependent
 * additions ran at ~5 ns a multiply-add (NumPy's gemv: ~0.12 ns); float32 rounds each
 * product and sum to float32 as the kernels do.
 */
function matVec(
  f32: boolean,
  m: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  const ad = a.data;
  const bd = b.data;
  const acs = a.cs;
  const brs = b.rs;
  const k4 = k - (k % 4);
  for (let i = 0; i < m; i++) {
    let pa = a.off + i * a.rs;
    let pb = b.off;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let p = 0;
    if (f32) {
      const r = Math.fround;
      for (; p < k4; p += 4, pa += 4 * acs, pb += 4 * brs) {
        s0 = r(s0 + r(ad[pa]! * bd[pb]!));
        s1 = r(s1 + r(ad[pa + acs]! * bd[pb + brs]!));
        s2 = r(s2 + r(ad[pa + 2 * acs]! * bd[pb + 2 * brs]!));
        s3 = r(s3 + r(ad[pa + 3 * acs]! * bd[pb + 3 * brs]!));
      }
      for (; p < k; p++, pa += acs, pb += brs) s0 = r(s0 + r(ad[pa]! * bd[pb]!));
      c[cOff + i * ldc] = r(r(s0 + s1) + r(s2 + s3));
    } else {
      for (; p < k4; p += 4, pa += 4 * acs, pb += 4 * brs) {
        s0 += ad[pa]! * bd[pb]!;
        s1 += ad[pa + acs]! * bd[pb + brs]!;
        s2 += ad[pa + 2 * acs]! * bd[pb + 2 * brs]!;
        s3 += ad[pa + 3 * acs]! * bd[pb + 3 * brs]!;
      }
      for (; p < k; p++, pa += acs, pb += brs) s0 += ad[pa]! * bd[pb]!;
      c[cOff + i * ldc] = s0 + s1 + (s2 + s3);
    }
  }
}

/** Plain TypeScript C += alpha A B (float32 rounds as the wasm kernel: c + fround(alpha*ab)). */
export function gemmUpdateJS(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  alpha: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  const row = f32 ? new Float32Array(n) : new Float64Array(n);
  const al = f32 ? Math.fround(alpha) : alpha;
  for (let i = 0; i < m; i++) {
    rowProduct(f32, i, n, k, a, b, row);
    const ci = cOff + i * ldc;
    if (f32) for (let j = 0; j < n; j++) c[ci + j] = c[ci + j] + Math.fround(al * row[j]);
    else for (let j = 0; j < n; j++) c[ci + j] += al * row[j];
  }
}

/** row[0:n] = A[i, :] B. */
function rowProduct(
  f32: boolean,
  i: number,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  row: FArr,
): void {
  const ad = a.data;
  const bd = b.data;
  row.fill(0);
  const ai = a.off + i * a.rs;
  for (let p = 0; p < k; p++) {
    const av = ad[ai + p * a.cs];
    const bp = b.off + p * b.rs;
    if (f32) {
      const af = Math.fround(av);
      for (let j = 0; j < n; j++) row[j] = row[j] + Math.fround(af * bd[bp + j * b.cs]);
    } else {
      for (let j = 0; j < n; j++) row[j] += av * bd[bp + j * b.cs];
    }
  }
}
