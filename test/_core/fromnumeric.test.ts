/**
 * The reduction functions and methods against NumPy (test/fixtures/reductions.json): sum …
 * argmax, the nan* family, count_nonzero, average, isclose/allclose, array_equal/equiv and
 * where, on every dtype, layouts, NaN/inf, empty and 0-d data; values bit for bit,
 * errors and warnings as NumPy's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase, KNOWN, label, reductionsFixture } from './reductions.util.js';

const groups: Record<string, ReturnType<typeof reductionsFixture>['cases']> = {};
for (const c of reductionsFixture().cases) {
  if (c.call.startsWith('ufunc.')) continue;
  const key = c.call.startsWith('method.') ? 'ndarray methods' : c.call;
  (groups[key] ??= []).push(c);
}

describe('reduction functions match NumPy', () => {
  for (const [name, cases] of Object.entries(groups)) {
    it(`${name} (${cases.length} NumPy cases)`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        if (KNOWN.has(label(c))) continue;
        const p = checkCase(c);
        if (p.length) failures.push(`${label(c)}\n    ${p.join('\n    ')}`);
      }
      assert.deepStrictEqual(
        failures.slice(0, 8),
        [],
        `${failures.length} of ${cases.length} differ`,
      );
    });
  }
});
