/**
 * The ufunc methods against NumPy (test/fixtures/reductions.json): reduce on every dtype
 * and layout (axis, keepdims, dtype, out, initial, where), bit-exact float sums (pairwise
 * runs, buffer chunks, iteration order), accumulate, reduceat, outer, at, and errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase, KNOWN, label, reductionsFixture } from '../reductions.util.js';

const groups: Record<string, ReturnType<typeof reductionsFixture>['cases']> = {};
for (const c of reductionsFixture().cases) {
  if (!c.call.startsWith('ufunc.')) continue;
  const key = c.call === 'ufunc.reduce' && 'error' in c.expect ? 'ufunc.reduce errors' : c.call;
  (groups[key] ??= []).push(c);
}

describe('ufunc methods match NumPy', () => {
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
