/**
 * examples/_python.ts prints floats as Python's repr (shortest round-trip digits, Python's
 * exponent rules); checked against what Python printed (test/fixtures/pyrepr.json, from
 * scripts/fixtures/gen_pyrepr.py): one-digit mantissas, negative exponents, subnormals, ±0.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { str } from '../examples/_python.js';
import { loadFixture } from './helpers.js';

/** Python's float.hex() back to a number. */
function fromHex(h: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(h);
  if (!m) throw new Error(`bad hex float ${h}`);
  const frac = m[3] ? Number.parseInt(m[3], 16) / 16 ** m[3].length : 0;
  const v = (Number(m[2]) + frac) * 2 ** Number(m[4]);
  return m[1] ? -v : v;
}

describe('examples/_python.ts str() of floats', () => {
  it("matches Python's repr", () => {
    const bad: string[] = [];
    for (const { hex, repr } of loadFixture<{ hex: string; repr: string }[]>('pyrepr')) {
      const x = fromHex(hex);
      // a safe integer prints as a Python int through str(): only Python's exponent forms count
      if (Number.isSafeInteger(x) && !repr.includes('e')) continue;
      const got = str(x);
      if (got !== repr) bad.push(`${hex}: ${got} vs ${repr}`);
    }
    assert.deepEqual(bad.slice(0, 10), []);
  });
});
