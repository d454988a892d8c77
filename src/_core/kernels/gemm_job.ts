/**
 * One share of a threaded matrix product, run by a worker thread (src/_core/kernels/threads.ts):
 * rows of C = A B or C += alpha A B on operands in a SharedArrayBuffer. Shared by the Node
 * worker (gemm_worker.ts) and the browser's Web Workers (the bundle started as a worker).
 */
import { preloadFma } from './fma_parallel.js';
import { gemmSingle } from './gemm.js';
import { wasmKernels } from './index.js';
import { type Job, registerJob, runJob } from './jobs.js';
import { awaitGo, FAILED, READY } from './threads.js';

/**
 * One share: row-major A (m x k) at aOff, B (k x n) at bOff, C (m x n) at cOff, in elements;
 * B column-major instead when `bColumns` (a transposed operand copied in its own order).
 */
export interface GemmJob extends Job {
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
  bColumns?: boolean;
  cOff: number;
  /**
   * Several products instead of one (syrk.ts's bands): per product m, n, aOff, bOff, cOff,
   * with k, alpha, update and the layouts of the job.
   */
  blocks?: number[];
  /** Start once `go[slot]` is GO_READY (the caller posts before it copies the operands). */
  go: Int32Array;
  slot: number;
}

/** Compute one share (a worker runs it through runJob). */
function runGemmShare(job: GemmJob): void {
  if (!awaitGo(job.go, job.slot)) return; // the caller took the share back
  const v = job.f32 ? new Float32Array(job.sab) : new Float64Array(job.sab);
  const one = (m: number, n: number, aOff: number, bOff: number, cOff: number) => {
    const A = { data: v, off: aOff, rs: job.k, cs: 1 };
    const B = job.bColumns
      ? { data: v, off: bOff, rs: 1, cs: job.k }
      : { data: v, off: bOff, rs: n, cs: 1 };
    gemmSingle(job.f32, m, n, job.k, job.alpha, job.update, A, B, v, cOff, n);
  };
  const b = job.blocks;
  if (b === undefined) one(job.m, job.n, job.aOff, job.bOff, job.cOff);
  else
    for (let i = 0; i + 4 < b.length; i += 5)
      one(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!, b[i + 4]!);
}
registerJob('gemm', runGemmShare as (job: Job) => void);

/** Flag worker `index` ready once the kernels are compiled (FAILED without them). */
export function announceReady(ctrl: Int32Array, index: number): void {
  preloadFma();
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
