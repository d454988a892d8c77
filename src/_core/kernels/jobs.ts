/**
 * The kinds of work the worker-thread pool (threads.ts) runs: each module that hands shares
 * to workers registers a runner for its kind here, and a worker runs whatever it is sent.
 * A worker loads every module that registers (gemm_worker.ts; in browsers the whole bundle).
 */
import { FAILED, READY } from './threads.js';

/** A job names its kind; the rest is the runner's business (structured-clonable). */
export interface Job {
  kind: string;
}

const runners = new Map<string, (job: Job) => void>();

/** Make `run` the runner of jobs of `kind`. */
export function registerJob(kind: string, run: (job: Job) => void): void {
  runners.set(kind, run);
}

/** Run `job`, then flag control word `index` READY (FAILED if it threw) and wake the caller. */
export function runJob(job: Job, ctrl: Int32Array, index: number): void {
  let state = READY;
  try {
    const run = runners.get(job.kind);
    if (!run) throw new Error(`numtype worker: no runner for ${job.kind}`);
    run(job);
  } catch {
    state = FAILED;
  }
  Atomics.store(ctrl, index, state);
  Atomics.notify(ctrl, index);
}
