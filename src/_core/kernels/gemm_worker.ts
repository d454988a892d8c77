/**
 * A worker thread of the matrix-product pool (src/_core/kernels/threads.ts): computes its
 * share of rows of C = A B or C += alpha A B on operands in a SharedArrayBuffer, then flags
 * its control word (READY, or FAILED after an error) and wakes the caller.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gemmSingle } from './gemm.js';
import { wasmKernels } from './index.js';
import { FAILED, READY } from './threads.js';

/** One share: row-major A (m x k) at aOff, B (k x n) at bOff, C (m x n) at cOff, in elements. */
export interface GemmJob {
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
}

const { ctrl, index } = workerData as { ctrl: Int32Array; index: number };

parentPort!.on('message', (job: GemmJob) => {
  let state = READY;
  try {
    const v = job.f32 ? new Float32Array(job.sab) : new Float64Array(job.sab);
    const A = { data: v, off: job.aOff, rs: job.k, cs: 1 };
    const B = { data: v, off: job.bOff, rs: job.n, cs: 1 };
    gemmSingle(job.f32, job.m, job.n, job.k, job.alpha, job.update, A, B, v, job.cOff, job.n);
  } catch {
    state = FAILED;
  }
  Atomics.store(ctrl, index, state);
  Atomics.notify(ctrl, index);
});

// Ready once the kernels are compiled: the caller never waits for a booting thread.
Atomics.store(ctrl, index, wasmKernels() === null ? FAILED : READY);
Atomics.notify(ctrl, index);
