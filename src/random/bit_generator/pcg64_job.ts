/**
 * PCG64 draws on a worker thread (src/_core/kernels/threads.ts): a share of a long
 * `random()` fill, from the LCG state that many steps ahead, written as doubles into the
 * pool's SharedArrayBuffer. The LCG jumps ahead exactly (pcg_advance_lcg_128), so the
 * caller's stream is the very one a single thread would produce.
 */
import { type Job, registerJob } from '../../_core/kernels/jobs.js';
import { CHUNK, makeKernel, type PcgKernel } from './pcg64_wasm.js';

/** n doubles from the LCG words (state, increment, lane increment: 12 uint32, low first). */
export interface PcgJob extends Job {
  kind: 'pcg64';
  words: number[];
  n: number;
  sab: SharedArrayBuffer;
  /** Byte offset of the doubles in `sab`. */
  off: number;
}

let kernel: PcgKernel | null | undefined;

function runPcgShare(job: PcgJob): void {
  kernel ??= makeKernel();
  if (!kernel) throw new Error('numtype worker: no PCG64 kernel');
  const k = kernel;
  for (let i = 0; i < 12; i++) k.words[i] = job.words[i]!;
  const out = new Float64Array(job.sab, job.off, job.n);
  for (let i = 0; i < job.n; i += CHUNK) {
    const c = Math.min(CHUNK, job.n - i);
    k.dbl(c);
    out.set(c === CHUNK ? k.outF64 : k.outF64.subarray(0, c), i);
  }
}
registerJob('pcg64', runPcgShare as (job: Job) => void);
