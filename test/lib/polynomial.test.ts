/**
 * np.poly, polyval, polyfit, roots, polyadd, polysub, polymul, polydiv, polyder, polyint
 * against NumPy: every case of test/fixtures/polynomial.json (scripts/fixtures/gen_polynomial.py),
 * bit for bit unless the case states a tolerance (LAPACK / BLAS results).
 */
import { describe, it } from 'node:test';
import { sort_complex } from '../../src/_core/sorting/sort.js';
import * as polynomial from '../../src/lib/polynomial/index.js';
import { loadFixture } from '../helpers.js';
import { type ReplayCase, replay } from './numerical_replay.util.js';

/** The fixture's `sorted_roots`: roots in (real, imag) order, as eigenvalue order is free. */
function sorted_roots(p: unknown) {
  const r = polynomial.roots(p);
  return r.size > 0 ? sort_complex(r) : r;
}

const funcs = { ...polynomial, sorted_roots };
const { cases } = loadFixture<{ cases: ReplayCase[] }>('polynomial');
const byFn = new Map<string, ReplayCase[]>();
for (const c of cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);

describe('polynomial routines: NumPy fixtures', () => {
  for (const [fn, list] of byFn) {
    it(`${fn} (${list.length} cases)`, () => {
      for (const c of list) replay(c, funcs);
    });
  }
});
