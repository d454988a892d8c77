/**
 * Worker threads for the large matrix products (src/_core/kernels/gemm.ts), in Node.
 *
 * numtype's API is synchronous, so the calling thread hands each worker a share of the rows
 * (postMessage), computes its own share meanwhile, then blocks on Atomics.wait until every
 * worker has flagged its share done in a shared control array. Operands are copied into one
 * SharedArrayBuffer, kept and grown between calls, because the caller's arrays live in
 * ordinary ArrayBuffers that other threads cannot see.
 *
 * The pool starts lazily at the first product big enough to want it, and a worker takes
 * work only once it has flagged itself ready (until then the caller computes alone, so no
 * call ever waits for a thread to boot). Node workers are unref'd: they never keep a process
 * alive. In browsers the pool exists where numtype itself runs in a Web Worker of a
 * cross-origin-isolated page (a page's main thread may not block in Atomics.wait, and
 * SharedArrayBuffer needs isolation) and the browser bundle has registered its own URL
 * (`setWebWorkerScript`): its workers are the bundle started as Web Workers. Elsewhere, and
 * where `NUMTYPE_NUM_THREADS=1`, everything runs on the caller.
 */

/** The part of node:worker_threads used here. */
interface WorkerLike {
  postMessage(msg: unknown): void;
  unref(): void;
  on(event: 'error' | 'exit', cb: (e: unknown) => void): void;
}
interface WorkerThreads {
  Worker: new (url: URL, opts: { workerData: unknown }) => WorkerLike;
}

/** Control word per worker: READY after boot, BUSY while it has a job, then READY or FAILED. */
export const BOOTING = 0;
export const READY = 1;
export const BUSY = 2;
export const FAILED = 3;

export interface Pool {
  workers: WorkerLike[];
  /** One Int32 control word per worker (SharedArrayBuffer). */
  ctrl: Int32Array;
  /** The operand buffer, grown on demand and handed to the workers with each job. */
  data: SharedArrayBuffer;
  /**
   * One Int32 per worker that a job may wait on before it starts (gemm: GO_WAIT until the
   * caller has copied the operands, posted before the copies so that the wake-up overlaps
   * them), then one word more: a delay (ms) before workers claim a job, set only by tests
   * (`delayClaimsForTests`) to make the caller take shares back.
   */
  go: Int32Array;
}

let pool: Pool | null | undefined;
/** Products handed to worker threads so far (np.show_config reports it). */
let jobs = 0;
/** The browser bundle's URL, which Web Workers of the pool load (set by the bundle). */
let webScript: string | null = null;

/** Called by the browser bundle with its own URL: its Web Workers can serve the pool. */
export function setWebWorkerScript(url: string): void {
  webScript = url;
}

/** Shares taken back unstarted by their caller (`revoke`). */
let revoked = 0;

/** Worker threads started, shares handed to them so far, and those taken back unstarted. */
export function threadStats(): { workers: number; jobs: number; revoked: number } {
  return { workers: pool ? pool.workers.length : 0, jobs, revoked };
}

function builtin<T>(name: string): T | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (n: string) => unknown } }).process;
  const get = proc?.getBuiltinModule;
  if (typeof get !== 'function') return null;
  try {
    return (get.call(proc, name) as T) ?? null;
  } catch {
    return null;
  }
}

/** Worker threads to start: NUMTYPE_NUM_THREADS - 1, else the cores less the caller (≤ 3). */
function workerCount(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env?.NUMTYPE_NUM_THREADS;
  if (env !== undefined && env !== '') {
    const t = Number.parseInt(env, 10);
    return Number.isFinite(t) && t > 1 ? Math.min(t - 1, 15) : 0;
  }
  const os = builtin<{ availableParallelism?: () => number; cpus: () => unknown[] }>('node:os');
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  const cores = os
    ? (os.availableParallelism?.() ?? os.cpus().length)
    : (nav?.hardwareConcurrency ?? 1);
  return Math.max(0, Math.min(cores - 1, 3));
}

/** Whether work may go to the pool (tests compare with and without). */
let enabled = true;

/** Let work go to worker threads (the default) or keep it all on the caller. */
export function setThreadsEnabled(on: boolean): void {
  enabled = on;
}

/** The pool, started on first use; null where threads are unavailable or disabled. */
export function getPool(): Pool | null {
  if (!enabled) return null;
  if (pool !== undefined) return pool;
  pool = null;
  const n = workerCount();
  if (n === 0 || typeof SharedArrayBuffer !== 'function') return null;
  const wt = builtin<WorkerThreads>('node:worker_threads');
  if (wt === null) {
    pool = webPool(n);
    return pool;
  }
  try {
    const ctrl = new Int32Array(new SharedArrayBuffer(4 * n));
    const url = new URL('./gemm_worker.js', import.meta.url);
    const workers: WorkerLike[] = [];
    for (let i = 0; i < n; i++) {
      const w = new wt.Worker(url, { workerData: { ctrl, index: i } });
      w.unref();
      // A worker that dies is never given work again.
      const dead = () => {
        Atomics.store(ctrl, i, FAILED);
        Atomics.notify(ctrl, i);
      };
      w.on('error', dead);
      w.on('exit', dead);
      workers.push(w);
    }
    pool = { workers, ctrl, data: new SharedArrayBuffer(1 << 20), go: words(n + 1) };
  } catch {
    pool = null;
  }
  return pool;
}

/** n shared Int32 words. */
function words(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * n));
}

interface WebWorkerLike {
  postMessage(msg: unknown): void;
  addEventListener(type: 'error', cb: () => void): void;
}

/** The pool in a browser: Web Workers running the bundle (see the header); null elsewhere. */
function webPool(n: number): Pool | null {
  const g = globalThis as {
    crossOriginIsolated?: boolean;
    WorkerGlobalScope?: unknown;
    Worker?: new (url: string, opts: { type: 'module'; name: string }) => WebWorkerLike;
  };
  // Only inside a worker may the caller block in Atomics.wait.
  if (webScript === null || g.crossOriginIsolated !== true || g.WorkerGlobalScope === undefined)
    return null;
  if (typeof g.Worker !== 'function') return null;
  try {
    const ctrl = new Int32Array(new SharedArrayBuffer(4 * n));
    const workers: WorkerLike[] = [];
    for (let i = 0; i < n; i++) {
      const w = new g.Worker(webScript, { type: 'module', name: 'numtype-gemm' });
      w.addEventListener('error', () => {
        Atomics.store(ctrl, i, FAILED);
        Atomics.notify(ctrl, i);
      });
      w.postMessage({ ctrl, index: i });
      workers.push({ postMessage: (m) => w.postMessage(m), unref: () => {}, on: () => {} });
    }
    return { workers, ctrl, data: new SharedArrayBuffer(1 << 20), go: words(n + 1) };
  } catch {
    return null;
  }
}

/** Indices of the workers ready for a job now. */
export function readyWorkers(p: Pool): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.workers.length; i++) if (Atomics.load(p.ctrl, i) === READY) out.push(i);
  return out;
}

/** The shared operand buffer with room for at least `bytes`. */
export function sharedData(p: Pool, bytes: number): SharedArrayBuffer {
  if (p.data.byteLength < bytes) {
    let size = p.data.byteLength;
    while (size < bytes) size *= 2;
    p.data = new SharedArrayBuffer(size);
  }
  return p.data;
}

/** Hand `job` to worker i (its control word goes BUSY until the worker finishes). */
export function post(p: Pool, i: number, job: unknown): void {
  Atomics.store(p.ctrl, i, BUSY);
  jobs++;
  p.workers[i]!.postMessage(job);
}

/**
 * The states of a job's `go` word: the caller has not yet copied the operands (GO_WAIT), they
 * are in place (GO_READY), the worker has claimed the job (GO_CLAIMED), or the caller took it
 * back before the worker claimed it (GO_REVOKED) and computes that share itself.
 */
export const GO_WAIT = 0;
export const GO_READY = 1;
export const GO_CLAIMED = 2;
export const GO_REVOKED = 3;

/**
 * How long a worker spins for its `go` word before sleeping on it (ms). The caller raises it
 * microseconds after posting (once the operands are copied); a worker that sleeps there
 * instead is woken by the caller's notify, and Linux then tends to place it on the caller's
 * busy CPU, where the two shares run one after the other (see gemm_worker.ts).
 */
const GO_SPIN_MS = 5;

/**
 * In a worker: wait until the caller raises `go[slot]` (its operands are in place), then
 * claim the job. False when the caller revoked it first (the worker must not touch it).
 */
export function awaitGo(go: Int32Array, slot: number): boolean {
  const until = performance.now() + GO_SPIN_MS;
  while (Atomics.load(go, slot) === GO_WAIT && performance.now() < until);
  while (Atomics.load(go, slot) === GO_WAIT) Atomics.wait(go, slot, GO_WAIT, 1000);
  const delay = Atomics.load(go, go.length - 1);
  if (delay > 0) Atomics.wait(go, go.length - 1, delay, delay);
  return Atomics.compareExchange(go, slot, GO_READY, GO_CLAIMED) === GO_READY;
}

/**
 * In the caller: take back worker i's job if the worker has not claimed it yet (true: the
 * caller computes that share itself and must not read the worker's output). A worker that
 * woke late, or that Linux placed on the caller's own CPU, then costs no waiting.
 */
export function revoke(p: Pool, i: number): boolean {
  if (Atomics.compareExchange(p.go, i, GO_READY, GO_REVOKED) !== GO_READY) return false;
  revoked++;
  return true;
}

/** @internal Make workers wait `ms` before claiming each job (0: at once), for tests. */
export function delayClaimsForTests(p: Pool, ms: number): void {
  Atomics.store(p.go, p.go.length - 1, ms);
}

/**
 * `join` spins this long (ms), then sleeps in slices of JOIN_SLICE_MS. Sleeping on the
 * control word until the worker's notify (as before) let Linux move the woken caller onto
 * the worker's CPU, where the next product's two shares then ran one after the other; a
 * long spin instead holds the CPU that a worker placed beside the caller needs. Short timed
 * sleeps avoid both (256² float32, bench per-call mean: 542-580 µs before, 443-475 after,
 * with `revoke`).
 */
const JOIN_SPIN_MS = 0.1;
const JOIN_SLICE_MS = 0.05;

/** Block until worker i has finished its job; true when it succeeded. */
export function join(p: Pool, i: number): boolean {
  const until = performance.now() + JOIN_SPIN_MS;
  while (Atomics.load(p.ctrl, i) === BUSY && performance.now() < until);
  while (Atomics.load(p.ctrl, i) === BUSY) Atomics.wait(p.ctrl, i, BUSY, JOIN_SLICE_MS);
  return Atomics.load(p.ctrl, i) === READY;
}
