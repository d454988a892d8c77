/**
 * The shortcuts for np.sum / np.mean / np.var / np.std of a whole contiguous float array
 * (fromnumeric.ts, quick_var.ts) skip the reduction machinery; they must return the very
 * bits of the general path (tested against NumPy elsewhere), which the same call with
 * explicit default options still takes, and leave non-finite cases (warnings) to it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';

const SIZES = [1, 2, 7, 8, 9, 127, 128, 129, 1000, 4097, 100003];

describe('whole-array float reductions: shortcut = general path, bit for bit', () => {
  it('sum, mean, var, std of float64 and float32 (contiguous and offset views)', () => {
    const rng = np.random.default_rng(11);
    for (const n of SIZES) {
      for (const dtype of ['float64', 'float32'] as const) {
        const base = rng.normal(3, 1e3, n + 2).astype(dtype);
        for (const a of [base.get('1:-1'), base.get(':-2')]) {
          const pairs: [unknown, unknown][] = [
            [np.sum(a), np.sum(a, { axis: null })],
            [np.mean(a), np.mean(a, { axis: null })],
            [np.var(a), np.var(a, { ddof: 0 })],
            [np.std(a), np.std(a, { ddof: 0 })],
            [a.sum(), a.sum({ keepdims: false })],
          ];
          for (const [quick, general] of pairs)
            assert.ok(Object.is(quick, general), `${dtype} n=${n}: ${quick} vs ${general}`);
        }
      }
    }
  });
  it('non-contiguous inputs and non-finite results take the general path', () => {
    const a = np.arange(20, { dtype: 'float64' }).get('::3');
    assert.equal(np.sum(a), 63); // 0 + 3 + … + 18
    const big = np.array([1e308, 1e308], { dtype: 'float64' });
    assert.throws(
      () => np.errstate({ over: 'raise' }, () => np.sum(big)),
      /overflow encountered in reduce/,
    );
    const nan = np.array([1, Number.NaN], { dtype: 'float64' });
    assert.ok(Number.isNaN(np.std(nan) as number));
  });
});
