/**
 * One share of a threaded matrix product, run by a worker thread (src/_core/kernels/threads.ts):
 * rows of C = A B or C += alpha A B on operands in a SharedArrayBuffer. Shared by the Node
 * worker (gemm_worker.ts) and the browser's Web Workers (the bundle started as a worker).
 */
import { gemmSingle } from './gemm.js';
import { wasmKernels } from './index.js';
import { type Job, type ParkingJob, registerJob, runJob } from './jobs.js';
import { FAILED, READY } from './threads.js';

/**
 * One matrix product shared by chunks of rows: row-major A (m x k) at aOff, B (k x n) at bOff,
 * C (m x n) at cOff, in elements of `sab`. Chunk i is rows [i*rows, (i+1)*rows); the threads
 * claim chunks from the counter sync[0] and flag sync[1 + i] once chunk i is in C.
 */
export interface GemmJob extends ParkingJob {
  kind: 'gemm';
  f32: boolean;
  m: number;
  n: number;
  k: number;
  alpha: number;
  update: boolean;
  sab: SharedArrayBuffer;
  aOff: number;
  bOff: number;
  cOff: number;
  rows: number;
  chunks: number;
  /** Start once `go[slot]` is nonzero: the caller hands out the job before it copies. */
  go: Int32Array;
  slot: number;
  sync: Int32Array;
}

/** Compute chunks of the product until none is left (a worker runs it through runJob). */
function runGemmShare(job: GemmJob): void {
  while (Atomics.load(job.go, job.slot) === 0) Atomics.wait(job.go, job.slot, 0, 1000);
  const v = job.f32 ? new Float32Array(job.sab) : new Float64Array(job.sab);
  const { m, n, k, rows, sync } = job;
  const B = { data: v, off: job.bOff, rs: n, cs: 1 };
  for (let i = Atomics.add(sync, 0, 1); i < job.chunks; i = Atomics.add(sync, 0, 1)) {
    const r0 = i * rows;
    const A = { data: v, off: job.aOff + r0 * k, rs: k, cs: 1 };
    const rn = Math.min(rows, m - r0);
    gemmSingle(job.f32, rn, n, k, job.alpha, job.update, A, B, v, job.cOff + r0 * n, n);
    Atomics.store(sync, 1 + i, 1);
  }
}

/** The job a parked worker is handed (gemm.ts): args in the order gemmThreaded writes them. */
function gemmFromArgs(last: Job, x: Float64Array): Job {
  const job: GemmJob = {
    ...(last as GemmJob),
    f32: x[0] === 1,
    m: x[1]!,
    n: x[2]!,
    k: x[3]!,
    alpha: x[4]!,
    update: x[5] === 1,
    aOff: x[6]!,
    bOff: x[7]!,
    cOff: x[8]!,
    rows: x[9]!,
    chunks: x[10]!,
    slot: x[11]!,
  };
  return job;
}
registerJob('gemm', runGemmShare as (job: Job) => void, gemmFromArgs);

/** Flag worker `index` ready once the kernels are compiled (FAILED without them). */
export function announceReady(ctrl: Int32Array, index: number): void {
  Atomics.store(ctrl, index, wasmKernels() === null ? FAILED : READY);
  Atomics.notify(ctrl, index);
}

/** The name a browser gives its matrix-product Web Workers (they load the bundle itself). */
export const WEB_WORKER_NAME = 'numtype-gemm';

interface WorkerScope {
  name?: string;
  onmessage: ((e: { data: unknown }) => void) | null;
}

/**
 * In a Web Worker started by the pool (`self.name === WEB_WORKER_NAME`): answer the pool's
 * messages — first `{ ctrl, index }`, then jobs — and return true; false anywhere else.
 */
export function serveWebWorker(scope: unknown): boolean {
  const s = scope as WorkerScope | undefined;
  if (!s || s.name !== WEB_WORKER_NAME) return false;
  let ctrl: Int32Array | null = null;
  let index = 0;
  s.onmessage = (e) => {
    const msg = e.data as { ctrl?: Int32Array; index?: number } & Partial<Job>;
    if (msg.ctrl) {
      ctrl = msg.ctrl;
      index = msg.index ?? 0;
      announceReady(ctrl, index);
    } else if (ctrl) runJob(msg as Job, ctrl, index);
  };
  return true;
}
