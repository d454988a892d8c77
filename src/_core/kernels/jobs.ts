/**
 * The kinds of work the worker-thread pool (threads.ts) runs: each module that hands shares
 * to workers registers a runner for its kind here, and a worker runs whatever it is sent.
 * A worker loads every module that registers (gemm_worker.ts; in browsers the whole bundle).
 */
import { FAILED, IDLE, PARK_ARGS, PARK_JOB, PARKED, READY } from './threads.js';

/** A job names its kind; the rest is the runner's business (structured-clonable). */
export interface Job {
  kind: string;
}

/**
 * A job that parks its worker afterwards (threads.ts): the pool's park words and job numbers.
 * The next jobs of the same kind then arrive through them (`Pool.args`), merged into this one.
 */
export interface ParkingJob extends Job {
  park: Int32Array;
  args: Float64Array;
}

interface Runner {
  run: (job: Job) => void;
  /** The job `args` (PARK_ARGS numbers) describe, given the last one received by message. */
  fromArgs?: (last: Job, args: Float64Array) => Job;
}

const runners = new Map<string, Runner>();

/** Make `run` the runner of jobs of `kind` (`fromArgs`: it also takes jobs while parked). */
export function registerJob(
  kind: string,
  run: (job: Job) => void,
  fromArgs?: (last: Job, args: Float64Array) => Job,
): void {
  runners.set(kind, { run, fromArgs });
}

/** Run one job; READY, or FAILED if it threw. */
function attempt(job: Job): number {
  try {
    const r = runners.get(job.kind);
    if (!r) throw new Error(`numtype worker: no runner for ${job.kind}`);
    r.run(job);
    return READY;
  } catch {
    return FAILED;
  }
}

/**
 * Run `job`, then flag control word `index` READY (FAILED if it threw) and wake the caller.
 * A job carrying park words (ParkingJob) then parks this worker: it waits in Atomics.wait for
 * the next job through shared memory and returns to the event loop only when the caller
 * unparks it (threads.ts `post`). The park word is set before the done flag, so the caller
 * never sees a finished worker that is neither parked nor listening for messages.
 */
export function runJob(job: Job, ctrl: Int32Array, index: number): void {
  const parking = (job as Partial<ParkingJob>).park;
  const r = runners.get(job.kind);
  const park = parking instanceof Int32Array && r?.fromArgs ? parking : null;
  let state = attempt(job);
  for (;;) {
    if (park && state === READY) Atomics.store(park, index, PARKED);
    Atomics.store(ctrl, index, state);
    Atomics.notify(ctrl, index);
    if (!park || state !== READY) return;
    // parked: a timed wait, so that a blocked thread never outlives its process for long
    while (Atomics.load(park, index) === PARKED) Atomics.wait(park, index, PARKED, 1000);
    if (Atomics.load(park, index) !== PARK_JOB) return; // IDLE: a message follows
    const args = (job as ParkingJob).args.subarray(index * PARK_ARGS, (index + 1) * PARK_ARGS);
    state = attempt(r!.fromArgs!(job, args));
    Atomics.store(park, index, IDLE);
  }
}
