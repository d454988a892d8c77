/**
 * A Node worker thread of the pool (src/_core/kernels/threads.ts): runs the shares it is
 * sent — matrix products (gemm_job.ts) and PCG64 streams (random/bit_generator/pcg64_job.ts),
 * loaded here so that they register their runners — and flags each one done in the shared
 * control array.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import '../../random/bit_generator/pcg64_job.js';
import { announceReady } from './gemm_job.js';
import { type Job, runJob } from './jobs.js';

const { ctrl, index } = workerData as { ctrl: Int32Array; index: number };

/**
 * After a job the worker keeps polling for the next one for this long (ms) before it goes
 * back to sleep, as OpenBLAS's threads spin after a call. Measured on a 2-vCPU VM: a woken
 * worker is mostly placed on the caller's CPU (which is busy computing its own share), so
 * the two shares of a 256x256 matmul ran one after the other (1.29 ms a call, one thread
 * 1.19-1.30) once the caller had paused; a worker that stays running keeps its own CPU
 * (0.69-0.80 ms; 20 ms of spinning was not enough, 50 ms mostly was). The price is one core
 * busy for that long after the last job. NUMTYPE_THREAD_SPIN_MS sets it (0: sleep at once).
 */
const SPIN_MS = spinMs();

function spinMs(): number {
  const env = process.env.NUMTYPE_THREAD_SPIN_MS;
  const v = env === undefined || env === '' ? 100 : Number(env);
  return Number.isFinite(v) && v >= 0 ? v : 100;
}

function serve(job: Job): void {
  runJob(job, ctrl, index);
  let until = performance.now() + SPIN_MS;
  while (performance.now() < until) {
    const next = receiveMessageOnPort(parentPort!);
    if (next === undefined) continue;
    runJob(next.message as Job, ctrl, index);
    until = performance.now() + SPIN_MS;
  }
}

parentPort!.on('message', serve);

// Ready once the kernels are compiled: the caller never waits for a booting thread.
announceReady(ctrl, index);
