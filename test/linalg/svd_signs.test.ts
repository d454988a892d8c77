/**
 * np.linalg.svd's U and Vh equal NumPy's element by element, signs included, on one matrix
 * per LAPACK dgesdd path (square; tall and wide below and above the QR / LQ-first
 * threshold; 1-row and 1-column), full and reduced (fixture from
 * scripts/fixtures/gen_linalg_svd_signs.py; test/live/linalg_svd_signs.test.ts goes wider),
 * on both backends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getBackend, setBackend } from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { loadFixture } from '../helpers.js';

interface Case {
  m: number;
  n: number;
  a: number[];
  full: boolean;
  u: number[];
  s: number[];
  vh: number[];
}

const cases = loadFixture<Case[]>('linalg_svd_signs');

function close(got: number[], want: number[], what: string): void {
  assert.equal(got.length, want.length, what);
  for (let i = 0; i < got.length; i++) {
    assert.ok(Math.abs(got[i] - want[i]) <= 1e-10, `${what}[${i}]: ${got[i]} vs ${want[i]}`);
  }
}

describe('np.linalg.svd: NumPy signs on every dgesdd path', () => {
  const initial = getBackend();
  for (const backend of ['wasm', 'js'] as const) {
    it(`${cases.length} matrices, ${backend} backend`, (t) => {
      if (backend === 'wasm' && initial === 'js') return t.skip('wasm backend disabled');
      setBackend(backend);
      try {
        for (const c of cases) {
          const what = `${c.m}x${c.n} full=${c.full}`;
          const r = np.linalg.svd(np.array(c.a).reshape(c.m, c.n), { full_matrices: c.full });
          close(r.S.ravel().tolist() as number[], c.s, `${what} S`);
          close(r.U.ravel().tolist() as number[], c.u, `${what} U`);
          close(r.Vh.ravel().tolist() as number[], c.vh, `${what} Vh`);
        }
      } finally {
        setBackend(initial === 'js' ? 'js' : 'auto');
      }
    });
  }
});
