/**
 * arange, linspace, logspace, geomspace against NumPy, bit for bit (complex logspace and
 * geomspace within a few ulps: complex power/log10 aren't yet the C library's to the bit).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';
import { callOf, check, label } from './cases.js';

const fx = loadFixture('creation');

/** Real results are exact; complex power/log may be an ulp from the C library's cpow/clog. */
const complexUlps = (c: any): number => (c.ok && String(c.ok.dtype).startsWith('complex') ? 16 : 0);

describe('arange', () => {
  for (const c of fx.arange) it(label(c), () => void check(c, callOf(c), label(c)));
  it('is fast for a million float64 values', () => {
    const t0 = performance.now();
    const a = np.arange(0, 1, 1e-6);
    assert.equal(a.size, 1_000_000);
    assert.ok(performance.now() - t0 < 300);
  });
  it('types the result from an explicit dtype', () => {
    const a: np.NDArray<'float32'> = np.arange(3, { dtype: 'float32' });
    const b: np.NDArray<'uint8'> = np.arange(1, 4, 1, 'uint8');
    assert.deepStrictEqual(
      [a.tolist(), b.tolist()],
      [
        [0, 1, 2],
        [1, 2, 3],
      ],
    );
  });
});

describe('linspace', () => {
  for (const c of fx.linspace) it(label(c), () => void check(c, callOf(c), label(c)));
});

describe('logspace', () => {
  for (const c of fx.logspace)
    it(label(c), () => void check(c, callOf(c), label(c), complexUlps(c)));
});

describe('geomspace', () => {
  for (const c of fx.geomspace)
    it(label(c), () => void check(c, callOf(c), label(c), complexUlps(c)));
});
