/**
 * arange, linspace, logspace, geomspace against NumPy. arange and linspace must be bit
 * for bit; logspace/geomspace go through power/log10, where JS's Math library may be a
 * unit in the last place away from NumPy's C library.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';
import { callOf, check, label } from './cases.js';

const fx = loadFixture('creation');

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
  for (const c of fx.logspace) it(label(c), () => void check(c, callOf(c), label(c), 32));
});

describe('geomspace', () => {
  for (const c of fx.geomspace) it(label(c), () => void check(c, callOf(c), label(c), 32));
});
