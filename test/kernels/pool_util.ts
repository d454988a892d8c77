/** The worker-thread pool for the threaded-kernel tests. */
import { BUSY, getPool, type Pool, readyWorkers } from '../../src/_core/kernels/threads.js';

/** Wait (at most 10 s) until a worker has booted; null when this machine has no pool. */
export async function readyPool() {
  const pool = getPool();
  if (pool === null) return null;
  for (let i = 0; i < 200 && readyWorkers(pool).length === 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  return readyWorkers(pool).length > 0 ? pool : null;
}

/**
 * Block (at most 5 s) until no worker of `pool` is busy. A caller that took a share back
 * (threads.ts `revoke`) does not wait for its worker, which stays busy until it has woken
 * and dropped that share; a test that needs the next call threaded waits here first.
 */
export function idlePool(pool: Pool | null): void {
  if (pool === null) return;
  const until = performance.now() + 5000;
  for (let i = 0; i < pool.workers.length; i++)
    while (Atomics.load(pool.ctrl, i) === BUSY && performance.now() < until)
      Atomics.wait(pool.ctrl, i, BUSY, 10);
}
