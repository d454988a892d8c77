/**
 * `print` of the examples (examples/_python.ts) shows a JS float as Python's repr(float):
 * the shortest round-trip digits, exponent form below 1e-4 and from 1e16. Expected strings
 * come from Python (test/fixtures/api_examples.json `_float_repr`, written by
 * scripts/fixtures/gen_api_examples.py). Regression: 0.5 printed as `1.0` and 0.1 as `0.0`
 * (single-digit mantissas lost their decimals).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { str } from '../../examples/_python.js';
import { loadFixture } from '../helpers.js';

describe('examples/_python.ts str() of floats', () => {
  test('matches Python repr(float)', () => {
    const cases = loadFixture<{ _float_repr: [number, string][] }>('api_examples')._float_repr;
    assert.ok(cases.length > 200);
    const bad = cases.filter(([x, r]) => str(x) !== r).map(([x, r]) => `${r}: got ${str(x)}`);
    assert.deepEqual(bad, []);
  });
});
