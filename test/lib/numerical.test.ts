/**
 * np.diff, ediff1d, gradient, trapezoid, interp, unwrap, sinc, i0, the windows and vander
 * against NumPy: every case of test/fixtures/numerical.json (scripts/fixtures/gen_numerical.py),
 * bit for bit unless the case states a tolerance.
 */
import { describe, it } from 'node:test';
import * as numerical from '../../src/lib/numerical/index.js';
import { loadFixture } from '../helpers.js';
import { type ReplayCase, replay } from './numerical_replay.util.js';

const { cases } = loadFixture<{ cases: ReplayCase[] }>('numerical');
const byFn = new Map<string, ReplayCase[]>();
for (const c of cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);

describe('numerical routines: NumPy fixtures', () => {
  for (const [fn, list] of byFn) {
    it(`${fn} (${list.length} cases)`, () => {
      for (const c of list) replay(c, numerical);
    });
  }
});
