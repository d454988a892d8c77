/**
 * A Node worker thread of the pool (src/_core/kernels/threads.ts): runs the shares it is
 * sent — matrix products (gemm_job.ts) and PCG64 streams (random/bit_generator/pcg64_job.ts),
 * loaded here so that they register their runners — and flags each one done in the shared
 * control array.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '../../random/bit_generator/pcg64_job.js';
import { announceReady } from './gemm_job.js';
import { type Job, runJob } from './jobs.js';

const { ctrl, index } = workerData as { ctrl: Int32Array; index: number };

parentPort!.on('message', (job: Job) => runJob(job, ctrl, index));

// Ready once the kernels are compiled: the caller never waits for a booting thread.
announceReady(ctrl, index);
