/**
 * Large transforms share their lines with an idle worker thread (src/fft/axis.ts): every
 * line is transformed exactly as on one thread, so the results must be the same bits.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  getPool,
  readyWorkers,
  setThreadsEnabled,
  threadStats,
} from '../../src/_core/kernels/threads.js';
import * as np from '../../src/index.js';

async function readyPool(): Promise<boolean> {
  const pool = getPool();
  if (pool === null) return false;
  for (let t = 0; t < 200 && readyWorkers(pool).length === 0; t++)
    await new Promise((r) => setTimeout(r, 25));
  return readyWorkers(pool).length > 0;
}

function bits(a: np.NDArray): string {
  const c = np.ascontiguousarray(a);
  const v = c.data as Float64Array | Float32Array;
  return createHash('sha256')
    .update(new Uint8Array(v.buffer, v.byteOffset + c.offset, c.size * c.itemsize))
    .digest('hex');
}

describe('FFT lines on two threads', async () => {
  const threads = await readyPool();
  it('give the same bits as one thread', { skip: !threads }, () => {
    const rng = np.random.default_rng(11);
    const x = rng.standard_normal([384, 700]);
    const z = np.add(x, np.multiply(rng.standard_normal([384, 700]), new np.Complex(0, 1)));
    const cases: [string, () => np.NDArray][] = [
      ['rfft2', () => np.fft.rfft2(x)],
      ['irfft2', () => np.fft.irfft2(np.fft.rfft2(x))],
      ['fft2 complex', () => np.fft.fft2(z)],
      ['ifft axis 0, ortho', () => np.fft.ifft(z, null, 0, 'ortho')],
      ['rfft of a transposed view', () => np.fft.rfft(x.T)],
      ['fftn float32 3-d', () => np.fft.fftn(x.astype('float32').reshape([6, 64, 700]))],
      ['rfft odd length, strided', () => np.fft.rfft(x.get(':, ::2'))],
    ];
    const before = threadStats().jobs;
    for (const [name, f] of cases) {
      setThreadsEnabled(false);
      const one = f();
      setThreadsEnabled(true);
      const two = f();
      assert.equal(two.dtype.name, one.dtype.name, name);
      assert.deepEqual(two.shape, one.shape, name);
      assert.equal(bits(two), bits(one), name);
    }
    assert.ok(threadStats().jobs > before, 'the worker took shares');
  });
});
