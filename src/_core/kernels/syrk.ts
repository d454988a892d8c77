/**
 * C = A A^T (NumPy's syrk case of dot / matmul, e.g. np.cov's dot(X, X.T)): the GEMM on the
 * block rows of the upper triangle, mirrored into the lower one, ~60% of the full product's
 * work. Same bits as the full GEMM: every C[i, j] is summed over the same K blocks in the same
 * order wherever its tile lies, and C[j, i] multiplies the same pairs (products commute), so
 * the full product is exactly symmetric too.
 */
import {
  copyRows,
  gemm,
  gemmSingle,
  type MatOperand,
  runShares,
  type WorkerShare,
} from './gemm.js';
import { wasmKernels } from './index.js';
import { getPool, readyWorkers } from './threads.js';

type FArr = Float64Array | Float32Array;

/**
 * c (n x n, row stride ldc at cOff) = A A^T for A n x k; false (nothing done) where the
 * full product would not run the wasm GEMM on every block (its plain loop sums in another
 * order): the JS backend, or blocks too small.
 *
 * @example gemmAAt(false, 100, 10000, {data: x, off: 0, rs: 10000, cs: 1}, c, 0, 100)
 */
export function gemmAAt(
  f32: boolean,
  n: number,
  k: number,
  a: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  // blocks of >= 32 rows and columns and k >= 128 (>= 4096 multiply-adds, whole register
  // tiles): gemm runs its wasm path on each, as on the full product
  if (n < 64 || k < 128 || wasmKernels() === null) return false;
  const p: AAt = { f32, n, k, a, c, cOff, ldc };
  if (!(n * n * k >= 2 * THREAD_FLOPS && aatThreaded(p))) {
    const starts = blockStarts(n, Math.max(32, Math.ceil(n / 16) * 4));
    upperBlocks(p, starts, 0, starts.length - 1, gemm);
  }
  for (let i = 1; i < n; i++)
    for (let j = 0; j < i; j++) c[cOff + i * ldc + j] = c[cOff + j * ldc + i]!;
  return true;
}

/** A product C = A A^T: A is n x k, C's rows start at cOff, ldc apart. */
interface AAt {
  f32: boolean;
  n: number;
  k: number;
  a: MatOperand;
  c: FArr;
  cOff: number;
  ldc: number;
}

/** From this many multiply-adds in the upper triangle the product is split across threads. */
const THREAD_FLOPS = 1 << 22;

type Gemm = typeof gemm;

/**
 * First rows of blocks of R rows, then n; a remainder under R rows joins the last block.
 * Every block is one GEMM, C[r0:r1, r0:n] = A[r0:r1] A[r0:n]^T, and the blocking leaves the
 * bits alone.
 */
function blockStarts(n: number, R: number): number[] {
  const starts: number[] = [];
  for (let r0 = 0; r0 < n; r0 += n - r0 < 2 * R ? n - r0 : R) starts.push(r0);
  starts.push(n);
  return starts;
}

/** Blocks i0..i1 of `starts` (blockStarts) of the upper triangle, each by `run`. */
function upperBlocks(p: AAt, starts: number[], i0: number, i1: number, run: Gemm): void {
  const { a, n } = p;
  const bt = { data: a.data, off: a.off, rs: a.cs, cs: a.rs };
  for (let i = i0; i < i1; i++) {
    const r0 = starts[i]!;
    const ar = { data: a.data, off: a.off + r0 * a.rs, rs: a.rs, cs: a.cs };
    bt.off = a.off + r0 * a.rs;
    run(p.f32, starts[i + 1]! - r0, n - r0, p.k, ar, bt, p.c, p.cOff + r0 * p.ldc + r0, p.ldc);
  }
}

/** gemmSingle with gemm's signature: C = A B on this thread only. */
const gemmHere: Gemm = (f32, m, n, k, a, b, c, cOff, ldc) =>
  gemmSingle(f32, m, n, k, 1, false, a, b, c, cOff, ldc);

/**
 * The upper triangle's blocks shared out between the caller and the idle workers, each a run
 * of consecutive blocks with about equal estimated time; the caller computes its run from A
 * itself, the workers from one shared copy of A's rows from the first worker's block on (a
 * block's B is the same rows read as columns), so A is copied once, not once per block and
 * worker: np.cov of 100 x 10000 took longer on 2 threads than on one when each block's GEMM
 * was split by rows. Blocks of 16 rows and up (about n/32): small enough that the triangle's
 * waste stays small, large enough that repacking B (each block packs A[r0:n]^T) does not
 * dominate. False when no worker is ready or there are too few blocks to share.
 */
function aatThreaded(p: AAt): boolean {
  const pool = getPool();
  if (pool === null) return false;
  const idle = readyWorkers(pool);
  if (idle.length === 0) return false;
  const { f32, n, k, a, c, cOff, ldc } = p;
  const starts = blockStarts(n, Math.max(16, 4 * Math.ceil(n / 128)));
  const runs = shareOut(starts, n, idle.length + 1);
  if (runs.length < 2) return false;
  const first = starts[runs[1]![0]]!; // A's rows first..n go to the shared buffer
  const shares: WorkerShare[] = [];
  let elems = (n - first) * k;
  for (let w = 1; w < runs.length; w++) {
    const [i0, i1] = runs[w]!;
    const blocks: number[] = [];
    const outs: [number, number, number, number][] = []; // shared C offset, rows, cols, C offset
    for (let i = i0; i < i1; i++) {
      const r0 = starts[i]!;
      const rn = starts[i + 1]! - r0;
      const at = (r0 - first) * k;
      blocks.push(rn, n - r0, at, at, elems);
      outs.push([elems, rn, n - r0, cOff + r0 * ldc + r0]);
      elems += rn * (n - r0);
    }
    const job = { f32, m: 0, n: 0, k, alpha: 1, update: false, aOff: 0, bOff: 0, cOff: 0 };
    shares.push({
      worker: idle[w - 1]!,
      job: { ...job, bColumns: true, blocks },
      copyIn: () => {},
      copyOut: (v) => {
        for (const [at, rows, cols, to] of outs)
          copyRows({ data: v, off: at, rs: cols, cs: 1 }, rows, cols, c, to, ldc);
      },
      takeBack: () => upperBlocks(p, starts, i0, i1, gemmHere),
    });
  }
  const copyA = (v: FArr) => copyRows({ ...a, off: a.off + first * a.rs }, n - first, k, v, 0);
  runShares(f32, elems, shares, copyA, () => upperBlocks(p, starts, 0, runs[0]![1], gemmHere));
  return true;
}

/**
 * The caller's share relative to a worker's. A worker's run took 0.4-0.8 ms longer than the
 * caller's equal one (100 x 10000: 3.0 ms each on one thread; it starts after the copy and
 * reads operands the caller's core just wrote).
 */
const CALLER_SHARE = 1.25;

/**
 * Consecutive runs of blocks [i0, i1), the caller's first, then one per worker, with about
 * equal estimated time: a block of rn rows and cols columns costs cols·(rn + 6.6) (measured
 * on 100 x 10000: packing B costs as much as 6.6 rows of products).
 */
function shareOut(starts: number[], n: number, threads: number): [number, number][] {
  const cost: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++)
    cost.push((n - starts[i]!) * (starts[i + 1]! - starts[i]! + 6.6));
  const total = cost.reduce((x, y) => x + y, 0);
  const runs: [number, number][] = [];
  let i = 0;
  let done = 0;
  for (let t = 1; t <= threads && i < cost.length; t++) {
    const i0 = i;
    // the caller's run is weighted CALLER_SHARE: a worker starts later and runs slower
    const goal = (total * (t - 1 + CALLER_SHARE)) / (threads - 1 + CALLER_SHARE);
    // take blocks while that brings the running total closer to this thread's goal
    while (
      i < cost.length &&
      (t === threads || Math.abs(done + cost[i]! - goal) < Math.abs(done - goal) || i === i0)
    ) {
      done += cost[i]!;
      i++;
    }
    runs.push([i0, i]);
  }
  return runs;
}
