/**
 * The real Cholesky (src/linalg/lapack/cholesky.ts) gives the same bits on both kernel
 * backends: its triangular-solve leaves run the wasm kernel trsm_leaf (non-unit lower mode)
 * on the wasm backend and the JS loops on the other, and its trailing updates take the lower
 * triangle in row blocks. Orders cross the leaf (32) and block sizes; NumPy's values are
 * checked by test/live/linalg_basic.test.ts and the fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getBackend, setBackend, simdSupported } from '../../src/_core/kernels/index.js';
import { potrf } from '../../src/linalg/lapack/cholesky.js';
import { seededRandom } from '../helpers.js';

/** X X^T + I for a random n x n X: symmetric positive definite, row-major. */
function spd(n: number, seed: number): Float64Array {
  const rnd = seededRandom(seed);
  const x = new Float64Array(n * n);
  for (let i = 0; i < x.length; i++) x[i] = rnd() - 0.5;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += x[i * n + k]! * x[j * n + k]!;
      a[i * n + j] = s + (i === j ? 1 : 0);
    }
  return a;
}

test('real potrf: same bits on the wasm and JS backends', { skip: !simdSupported() }, () => {
  const was = getBackend();
  try {
    for (const n of [45, 100, 257, 300]) {
      const a = spd(n, n);
      const viaWasm = a.slice();
      const viaJs = a.slice();
      setBackend('wasm');
      assert.equal(potrf(n, viaWasm), 0);
      setBackend('js');
      assert.equal(potrf(n, viaJs), 0);
      assert.deepEqual(viaWasm, viaJs, `order ${n}`);
      // L L^T reproduces A (the factor is a Cholesky factor at all)
      let worst = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j <= i; j++) {
          let s = 0;
          for (let k = 0; k <= j; k++) s += viaWasm[i * n + k]! * viaWasm[j * n + k]!;
          worst = Math.max(worst, Math.abs(s - a[i * n + j]!) / Math.abs(a[i * n + i]!));
        }
      assert.ok(worst < 1e-12, `order ${n}: |L L^T - A| ${worst}`);
    }
  } finally {
    setBackend(was);
  }
});
