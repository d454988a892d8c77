/**
 * Long PCG64 `random()` fills hand their tail to a worker thread, which starts from the LCG
 * state that many steps ahead: the draws and the state after them must be exactly those of
 * one thread (the plain JavaScript steps, themselves checked against NumPy in
 * bit_generators.test.ts), and NumPy's own where python3 has it.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { getPool, readyWorkers, threadStats } from '../../src/_core/kernels/threads.js';
import * as np from '../../src/index.js';
import { setKernelEnabled } from '../../src/random/bit_generator/pcg64_wasm.js';
import { hasNumpy, pyJSON } from '../helpers.js';

/** Start the pool and wait (bounded) for a worker to be ready; null without threads. */
async function readyPool(): Promise<boolean> {
  const pool = getPool();
  if (pool === null) return false;
  for (let t = 0; t < 200 && readyWorkers(pool).length === 0; t++)
    await new Promise((r) => setTimeout(r, 25));
  return readyWorkers(pool).length > 0;
}

function bits(a: np.NDArray): string {
  const v = a.data as Float64Array;
  return createHash('sha256')
    .update(new Uint8Array(v.buffer, v.byteOffset + a.offset, a.size * 8))
    .digest('hex');
}

/** Draw sizes: a few singles first (buffered draws), then a long fill, then a short one. */
const PLANS = [
  [0, 1 << 17, 3],
  [5, 300001, 1],
  [1, 1000000, 17],
];

describe('PCG64 random() on two threads', async () => {
  const threads = await readyPool();
  it('matches one thread draw for draw, and leaves the same state', { skip: !threads }, () => {
    const before = threadStats().jobs;
    for (const seed of [0, 1, 12345]) {
      for (const [pre, long, post] of PLANS) {
        const g = np.random.default_rng(seed);
        setKernelEnabled(false);
        const ref = np.random.default_rng(seed);
        setKernelEnabled(true);
        const tag = `seed ${seed}, ${pre}+${long}+${post}`;
        assert.deepEqual(g.random(pre).tolist(), ref.random(pre).tolist(), tag);
        assert.equal(bits(g.random(long)), bits(ref.random(long)), tag);
        assert.deepEqual(g.random(post).tolist(), ref.random(post).tolist(), tag);
        assert.deepEqual(g.bit_generator.state, ref.bit_generator.state, tag);
      }
    }
    // The worker took shares (otherwise this test would prove nothing).
    assert.ok(threadStats().jobs > before);
  });

  it('matches NumPy', { skip: !threads || !hasNumpy() }, () => {
    const want = pyJSON<{ h: string; tail: number[]; state: string }>(`
import hashlib, json, numpy as np
g = np.random.default_rng(2024); g.random(3)
x = g.random(400000)
print(json.dumps({'h': hashlib.sha256(x.tobytes()).hexdigest(), 'tail': g.random(4).tolist(),
                  'state': str(g.bit_generator.state['state']['state'])}))`);
    const g = np.random.default_rng(2024);
    g.random(3);
    assert.equal(bits(g.random(400000)), want.h);
    assert.deepEqual(g.random(4).tolist(), want.tail);
    assert.equal(String((g.bit_generator.state as any).state.state), want.state);
  });
});
