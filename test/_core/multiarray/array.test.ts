/**
 * np.array / np.asarray inference against NumPy: dtype discovery from JS values taken as
 * Python scalars (API.md §2), nesting and ragged errors, dtype/order/ndmin, typed arrays.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';
import { callOf, check, label } from './cases.js';

const fx = loadFixture('creation');

describe('np.array and np.asarray', () => {
  for (const c of fx.array) it(label(c), () => void check(c, callOf(c), label(c)));
});

describe('typed arrays keep their type', () => {
  const cases: [ArrayBufferView, string][] = [
    [new Float32Array([1.5, 2]), 'float32'],
    [new Float64Array([1.5, 2]), 'float64'],
    [new Int8Array([-1, 2]), 'int8'],
    [new Uint8Array([1, 255]), 'uint8'],
    [new Uint8ClampedArray([1, 255]), 'uint8'],
    [new Int16Array([1, -2]), 'int16'],
    [new Uint16Array([1, 2]), 'uint16'],
    [new Int32Array([1, -2]), 'int32'],
    [new Uint32Array([1, 2]), 'uint32'],
    [new BigInt64Array([1n, -2n]), 'int64'],
    [new BigUint64Array([1n, 2n ** 64n - 1n]), 'uint64'],
  ];
  for (const [ta, dt] of cases) {
    it(`${ta.constructor.name} -> ${dt}`, () => {
      const a = np.array(ta);
      assert.equal(String(a.dtype), dt);
      assert.deepStrictEqual(a.shape, [2]);
      assert.deepStrictEqual(
        a.tolist({ bigint: true }),
        Array.from(ta as unknown as ArrayLike<unknown>),
      );
      assert.notEqual(a.buffer, ta.buffer, 'np.array copies');
      assert.equal(np.asarray(ta).buffer, ta.buffer, 'np.asarray wraps');
    });
  }
  it('nests typed arrays in lists and casts them with a dtype', () => {
    const a = np.array([new Float32Array([1, 2]), new Float32Array([3, 4.5])]);
    assert.equal(String(a.dtype), 'float32');
    assert.deepStrictEqual(a.tolist(), [
      [1, 2],
      [3, 4.5],
    ]);
    assert.deepStrictEqual(
      np.array(new Float64Array([1.7, -2.7]), { dtype: 'int16' }).tolist(),
      [1, -2],
    );
  });
});
