/** The worker-thread pool for the threaded-kernel tests. */
import { getPool, readyWorkers } from '../../src/_core/kernels/threads.js';

/** Wait (at most 10 s) until a worker has booted; null when this machine has no pool. */
export async function readyPool() {
  const pool = getPool();
  if (pool === null) return null;
  for (let i = 0; i < 200 && readyWorkers(pool).length === 0; i++)
    await new Promise((r) => setTimeout(r, 50));
  return readyWorkers(pool).length > 0 ? pool : null;
}
