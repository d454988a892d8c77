/**
 * The matrix-vector kernels (src/_core/kernels/gemv.ts, assembly/gemv.ts) against the plain
 * loops they replace: A @ x and x @ A on the wasm backend must give the JS backend's bits,
 * float64 and float32, over the kernels' edges (rows in fours, columns in tiles of 16/32,
 * pairs and singles, k % 4 tails, vectors longer than one scratch chunk, more rows or columns
 * than one block of state (9000 x 40), strided vectors,
 * non-contiguous rows, F-order matrices). NumPy comparisons: test/live/vector_products.test.ts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

const rnd = seededRandom(4242);

function rand(n: number, f32: boolean): any {
  const a = f32 ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = rnd() * 2 - 1;
  return np.asarray(a);
}

function bits(f: () => any): [number[], number[]] {
  setBackend('wasm');
  const w = (f().tolist() as number[]).flat();
  setBackend('js');
  const j = (f().tolist() as number[]).flat();
  setBackend('auto');
  return [w, j];
}

describe('gemv kernels: wasm and JS give the same bits', () => {
  after(() => setBackend('auto'));
  for (const f32 of [false, true]) {
    const shapes: [number, number][] = [
      [64, 64],
      [67, 131],
      [5, 999],
      [1, 4097],
      [9, 33],
      [130, 47],
      [3, 70001],
      [9000, 40],
    ];
    for (const [m, k] of shapes) {
      it(`${f32 ? 'float32' : 'float64'} ${m}x${k}`, () => {
        const A = rand(2 * m * k, f32).reshape(2 * m, k);
        const x = rand(2 * k, f32);
        const y = rand(4 * m, f32);
        const rows = A.get(np.slice(0, m));
        const cases: [string, () => any][] = [
          ['A @ x', () => np.matmul(rows, x.get(np.slice(0, k)))],
          [
            'A[::2] @ x[::-2]',
            () => np.matmul(A.get(np.slice(null, null, 2)), x.get(np.slice(null, null, -2))),
          ],
          ['y @ A', () => np.matmul(y.get(np.slice(0, m)), rows)],
          [
            'y[::-2] @ A[::-2]',
            () =>
              np.matmul(
                y.get(np.slice(null, null, -2)).get(np.slice(0, m)),
                A.get(np.slice(null, null, -2)),
              ),
          ],
          ['x @ A.T', () => np.matmul(x.get(np.slice(0, k)), rows.T)],
          ['A.T @ y (F order)', () => np.matmul(rows.T, y.get(np.slice(0, m)))],
          [
            'A[::2].T @ y[::-3]',
            () =>
              np.matmul(
                A.get(np.slice(null, null, 2)).T,
                y.get(np.slice(null, null, -3)).get(np.slice(0, m)),
              ),
          ],
        ];
        for (const [name, f] of cases) {
          const [w, j] = bits(f);
          assert.equal(w.length, j.length);
          for (let i = 0; i < w.length; i++)
            assert.ok(Object.is(w[i], j[i]), `${name} [${i}]: ${w[i]} vs ${j[i]}`);
        }
      });
    }
  }

  it('signed zeros, infinities and NaN pass through as in the plain loops', () => {
    const A = np.asarray(new Float64Array(64 * 70).fill(-0)).reshape(64, 70);
    const x = np.asarray(new Float64Array(70).fill(1));
    A.set([3, 5], Infinity);
    A.set([7, 6], Number.NaN);
    const [w, j] = bits(() => np.matmul(A, x));
    for (let i = 0; i < w.length; i++)
      assert.ok(Object.is(w[i], j[i]), `[${i}] ${w[i]} vs ${j[i]}`);
    assert.ok(Object.is(w[0], 0)); // +0 start: -0 products sum to +0
    const [w2, j2] = bits(() => np.matmul(x.get(np.slice(0, 64)), A));
    for (let i = 0; i < w2.length; i++)
      assert.ok(Object.is(w2[i], j2[i]), `[${i}] ${w2[i]} vs ${j2[i]}`);
  });
});
