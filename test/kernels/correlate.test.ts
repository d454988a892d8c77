/**
 * np.correlate / np.convolve's wasm full-window kernel (assembly/correlate.ts, used by
 * src/lib/statistics/correlate.ts) against the JS loop it replaces: the wasm backend must
 * give the JS backend's bits, for every mode, windows of 1 to 41 (the kernel's four-term
 * groups and leftovers), outputs in fours and singles, signals longer than one scratch block
 * (2^14 outputs), and the swapped roles when v is the longer input. NumPy comparisons:
 * test/live/statistics.test.ts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

const rnd = seededRandom(777);

function rand(n: number): np.NDArray {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = rnd() * 2 - 1;
  return np.asarray(a);
}

function both(f: () => np.NDArray): [number[], number[]] {
  setBackend('wasm');
  const w = f().tolist() as number[];
  setBackend('js');
  const j = f().tolist() as number[];
  setBackend('auto');
  return [w, j];
}

describe('correlate full-window kernel: wasm bits = JS bits', () => {
  after(() => setBackend('auto'));
  it('modes, window lengths, block edges', () => {
    let checked = 0;
    for (const [na, nv] of [
      [40, 1],
      [57, 3],
      [64, 4],
      [99, 7],
      [200, 13],
      [301, 41],
      [23, 500],
      [40000, 9],
    ] as [number, number][]) {
      const a = rand(na);
      const v = rand(nv);
      for (const mode of ['valid', 'same', 'full']) {
        for (const f of [() => np.correlate(a, v, mode), () => np.convolve(a, v, mode)]) {
          const [w, j] = both(f);
          assert.equal(w.length, j.length);
          for (let i = 0; i < w.length; i++)
            assert.ok(Object.is(w[i], j[i]), `na=${na} nv=${nv} ${mode} [${i}] ${w[i]} vs ${j[i]}`);
          checked += w.length;
        }
      }
    }
    assert.ok(checked > 200000);
  });
});
