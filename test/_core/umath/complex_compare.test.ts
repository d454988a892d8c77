/**
 * Complex comparisons against NumPy (test/fixtures/complex_compare.json, from
 * scripts/fixtures/gen_complex_compare.py): every pair of a grid of special values (±0, ±1,
 * 2, ±inf, NaN in either part), each result and whether NumPy raised 'invalid' for it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { decode, loadFixture } from '../../helpers.js';

interface Case {
  name: string;
  dtype: 'complex64' | 'complex128';
  result: string;
  invalid: string;
}
const fx = loadFixture<{ values: unknown[]; cases: Case[] }>('complex_compare');
const values = fx.values.map((v) => {
  const d = decode(v) as { re: number; im: number };
  return new np.Complex(d.re, d.im);
});
const fns = np as unknown as Record<string, (a: np.NDArray, b: np.NDArray) => np.NDArray>;

describe('complex comparisons vs NumPy (NaN handling and the invalid flag)', () => {
  for (const c of fx.cases) {
    it(`${c.name} ${c.dtype}`, () => {
      const xs = values.flatMap((x) => values.map(() => x));
      const ys = values.flatMap(() => values);
      const a = np.array(xs, { dtype: c.dtype });
      const b = np.array(ys, { dtype: c.dtype });
      const fn = fns[c.name]!;
      const res = np.errstate({ all: 'ignore' }, () => fn(a, b));
      const got = (res.tolist() as boolean[]).map((r) => (r ? '1' : '0')).join('');
      assert.equal(got, c.result);
      const failures: string[] = [];
      for (let i = 0; i < xs.length; i++) {
        let raised = false;
        np.errstate({ all: 'ignore', invalid: 'raise' }, () => {
          try {
            fn(a.get(`${i}:${i + 1}`), b.get(`${i}:${i + 1}`));
          } catch (e) {
            if (!(e instanceof np.FloatingPointError)) throw e;
            raised = true;
          }
        });
        if (raised !== (c.invalid[i] === '1'))
          failures.push(`${c.name}(${xs[i]}, ${ys[i]}): invalid ${raised}, NumPy ${!raised}`);
      }
      assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
    });
  }
});
