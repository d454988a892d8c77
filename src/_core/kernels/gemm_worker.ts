/**
 * A Node worker thread of the matrix-product pool (src/_core/kernels/threads.ts): runs the
 * shares it is sent (gemm_job.ts) and flags each one done in the shared control array.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { announceReady, type GemmJob, runGemmJob } from './gemm_job.js';

const { ctrl, index } = workerData as { ctrl: Int32Array; index: number };

parentPort!.on('message', (job: GemmJob) => runGemmJob(job, ctrl, index));

// Ready once the kernels are compiled: the caller never waits for a booting thread.
announceReady(ctrl, index);
