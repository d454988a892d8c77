/**
 * np.linalg spectral functions (svd, svdvals, pinv, matrix_rank, cond, lstsq, eig, eigvals,
 * eigh, eigvalsh) against scripts/fixtures/gen_linalg_spectral.py: dtypes, shapes, JS value
 * kinds and error messages exactly; values within tolerances scaled by the condition
 * number; vectors through A v = λ v, U S Vh = A, orthonormality and phase-free comparison.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { array } from '../../src/_core/multiarray/array.js';
import * as linalg from '../../src/linalg/index.js';
import { loadFixture } from '../helpers.js';
import { call, checkCase, checkError } from './spectral_helpers.js';

const { cases } = loadFixture<{ cases: any[] }>('linalg_spectral');

function label(c: any, i: number): string {
  const shape = c.input?.shape ? `(${c.input.shape.join(',')})` : '';
  return `#${i} ${c.fn} ${c.input?.dtype ?? ''}${shape} ${c.op} ${JSON.stringify(c.kw)} ${c.note}`;
}

describe('np.linalg spectral fixtures', () => {
  const byFn = new Map<string, [any, number][]>();
  cases.forEach((c, i) => {
    const list = byFn.get(c.fn) ?? [];
    list.push([c, i]);
    byFn.set(c.fn, list);
  });
  for (const [fn, list] of byFn) {
    describe(fn, () => {
      for (const [c, i] of list) {
        const what = label(c, i);
        it(what, () => {
          if (c.error) checkError(c, what);
          else checkCase(c, call(c), what);
        });
      }
    });
  }
});

describe('np.linalg spectral API details', () => {
  it('named results', () => {
    const r = linalg.svd([
      [1, 2],
      [3, 4],
    ]);
    assert.equal(r.U, r[0]);
    assert.equal(r.S, r[1]);
    assert.equal(r.Vh, r[2]);
    const e = linalg.eigh([
      [2, 1],
      [1, 2],
    ]);
    assert.equal(e.eigenvalues, e[0]);
    assert.equal(e.eigenvectors, e[1]);
    const g = linalg.eig([
      [2, 1],
      [1, 2],
    ]);
    assert.equal(g.eigenvalues, g[0]);
    assert.equal(g.eigenvectors, g[1]);
  });
  it('positional and keyword arguments', () => {
    const a = array([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    assert.deepEqual(linalg.svd(a, false)[0].shape, [3, 2]);
    assert.deepEqual((linalg.svd(a, true, false) as any).shape, [2]);
    assert.deepEqual((linalg.svd(a, { compute_uv: false }) as any).shape, [2]);
    assert.throws(
      () => linalg.svd(a, { bogus: 1 } as never),
      /svd\(\) got an unexpected keyword argument 'bogus'/,
    );
    assert.throws(
      () => (linalg.eigh as (...args: unknown[]) => unknown)(a, 'L', 1),
      /eigh\(\) takes from 1 to 2 positional arguments but 3 were given/,
    );
    assert.equal(linalg.matrix_rank(a, null, false, { rtol: 0.5 }), 1);
  });
});
