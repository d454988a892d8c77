/**
 * The wasm Householder bidiagonalisation (assembly/lapack.ts bidiag_f64, used by the real
 * SVD of src/linalg/lapack/svd_kernel.ts) against the JS loop it mirrors: np.linalg.svd and
 * np.linalg.lstsq must give the same bits on both backends, for square matrices and for the
 * tall narrow ones (fewer than 8 columns) that least-squares fits produce. NumPy
 * comparisons: test/live/linalg_spectral.test.ts, test/live/linalg_basic.test.ts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';

function flat(a: np.NDArray): number[] {
  return (a.tolist() as number[] | number[][]).flat() as number[];
}

describe('bidiagonalisation: wasm bits = JS bits', () => {
  after(() => setBackend('auto'));
  it('svd and lstsq of tall narrow and square matrices', () => {
    const r = np.random.default_rng(5);
    let checked = 0;
    for (const [m, n] of [
      [1000, 6],
      [100, 2],
      [64, 7],
      [513, 1],
      [90, 6],
      [40, 40],
      [120, 9],
    ] as [number, number][]) {
      const A = r.uniform(-1, 1, m * n).reshape(m, n);
      const b = r.uniform(-1, 1, m);
      const run = (backend: 'wasm' | 'js') => {
        setBackend(backend);
        const s = np.linalg.svd(A, { full_matrices: false });
        const [x] = np.linalg.lstsq(A, b);
        return [...flat(s.U), ...flat(s.S), ...flat(s.Vh), ...flat(x)];
      };
      const w = run('wasm');
      const j = run('js');
      setBackend('auto');
      assert.equal(w.length, j.length);
      for (let i = 0; i < w.length; i++) assert.ok(Object.is(w[i], j[i]), `${m}x${n} [${i}]`);
      checked += w.length;
    }
    assert.ok(checked > 10000);
  });
});
