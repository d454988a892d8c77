/**
 * Dragon4 digit generation: the float64 shortcut (JS shortest digits) must agree with
 * the exact BigInt algorithm whenever it is taken, and the float parts must be right
 * at the edges (subnormals, powers of two, the smallest normal).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decompose, dragon4, type FloatParts } from '../../../src/_core/arrayprint/dragon4.js';
import { shortcutOrDragon4 } from '../../../src/_core/arrayprint/floatformat.js';
import { seededRandom } from '../../helpers.js';

test('decompose splits floats into mantissa * 2^exponent', () => {
  const one = decompose(1, 64) as FloatParts;
  assert.equal(one.mantissa, 2n ** 52n);
  assert.equal(one.exponent, -52);
  assert.equal(one.unequalMargins, true);
  const tiny = decompose(5e-324, 64) as FloatParts;
  assert.deepEqual(
    [tiny.mantissa, tiny.exponent, tiny.mantissaBit, tiny.unequalMargins],
    [1n, -1074, 0, false],
  );
  // The smallest normal has the subnormal spacing below it: equal margins.
  assert.equal((decompose(2 ** -1022, 64) as FloatParts).unequalMargins, false);
  assert.equal((decompose(2 ** -126, 32) as FloatParts).unequalMargins, false);
  assert.equal((decompose(2 ** -14, 16) as FloatParts).unequalMargins, false);
  assert.equal((decompose(2 ** -13, 16) as FloatParts).unequalMargins, true);
  const h = decompose(65504, 16) as FloatParts;
  assert.deepEqual([h.mantissa, h.exponent], [2047n, 5]);
  assert.deepEqual(decompose(Number.NaN, 32), { negative: false, special: 'nan' });
  assert.deepEqual(decompose(-Infinity, 16), { negative: true, special: 'inf' });
  assert.equal(decompose(-0, 64).negative, true);
});

test('unique digits are the shortest that round-trip in each precision', () => {
  const u = { unique: true, fractional: true, cutoffMax: -1, cutoffMin: -1 };
  assert.deepEqual(dragon4(decompose(Math.fround(0.1), 32) as FloatParts, u), {
    digits: '1',
    exponent: -1,
  });
  assert.deepEqual(dragon4(decompose(0.1, 64) as FloatParts, u), { digits: '1', exponent: -1 });
  assert.deepEqual(dragon4(decompose(Math.fround(16777216), 32) as FloatParts, u), {
    digits: '16777216',
    exponent: 7,
  });
  assert.deepEqual(dragon4(decompose(9.999999999999999e22, 64) as FloatParts, u), {
    digits: '1',
    exponent: 23,
  });
  const exact = { unique: false, fractional: true, cutoffMax: 20, cutoffMin: -1 };
  assert.deepEqual(dragon4(decompose(0.1, 64) as FloatParts, exact), {
    digits: '10000000000000000555',
    exponent: -1,
  });
});

test('the float64 shortcut agrees with exact Dragon4 on random values and cutoffs', () => {
  const r = seededRandom(7);
  let checked = 0;
  for (let i = 0; i < 20000; i++) {
    let x: number;
    const k = r();
    if (k < 0.4) {
      const b = new Uint32Array([Math.floor(r() * 2 ** 32), Math.floor(r() * 2 ** 32)]);
      x = new Float64Array(b.buffer)[0]!;
      if (!Number.isFinite(x)) continue;
    } else if (k < 0.7) {
      x = 10 ** Math.floor(r() * 50 - 25) * (1 - r() * 1e-14);
    } else {
      x = Math.round(r() * 1e6) / 10 ** Math.floor(r() * 8);
    }
    const d = decompose(x, 64) as FloatParts;
    const o = {
      unique: true,
      fractional: r() < 0.5,
      cutoffMax: r() < 0.3 ? -1 : Math.floor(r() * 20) + 1,
      cutoffMin: r() < 0.5 ? -1 : Math.floor(r() * 20),
    };
    assert.deepEqual(shortcutOrDragon4(x, 64, d, o), dragon4(d, o), `${x} ${JSON.stringify(o)}`);
    checked++;
  }
  assert.ok(checked > 15000);
});
