/**
 * np.unique_values and np.unique(x, sorted=False) return NumPy 2.4's hash-set order for
 * integer, string and complex arrays (src/lib/unique_order.ts); fixture from
 * scripts/fixtures/gen_unique_order.py.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

const fx = loadFixture('unique_order');

describe('unique values in NumPy 2.4 hash order', () => {
  it(`integers: ${fx.ints.length} arrays of every width and sizes around the rehash points`, () => {
    for (const c of fx.ints as { dtype: string; values: string[]; want: string[] }[]) {
      const a = np.array(
        c.values.map((v) => BigInt(v)),
        { dtype: c.dtype },
      );
      const got = (np.unique_values(a).tolist({ bigint: true }) as unknown as bigint[]).map(String);
      assert.deepEqual(got, c.want, `${c.dtype} n=${c.values.length}`);
    }
  });

  it('U and S strings', () => {
    for (const c of fx.strings as { dtype: string; values: string[]; want: string[] }[]) {
      const a = np.array(c.values, { dtype: c.dtype });
      const got = (np.unique_values(a).tolist() as (string | Uint8Array)[]).map((x) =>
        typeof x === 'string' ? x : new TextDecoder().decode(x),
      );
      assert.deepEqual(got, c.want, `${c.dtype} n=${c.values.length}`);
    }
  });

  it('complex64/complex128 with -0 and NaN, equal_nan both ways', () => {
    for (const c of fx.complex as any[]) {
      const re = decode(c.re) as number[];
      const im = decode(c.im) as number[];
      const a = np.array(
        re.map((x, i) => new np.Complex(x, im[i]!)),
        { dtype: c.dtype },
      );
      const u = np.unique(a, { equal_nan: c.equal_nan, sorted: false }) as np.NDArray;
      const got = (u.tolist() as np.Complex[]).map((z) => [z.re, z.im]);
      const want = (c.want as unknown[][]).map((p) => p.map((v) => decode(v)));
      assert.deepEqual(got, want, `${c.dtype} n=${re.length} equal_nan=${c.equal_nan}`);
    }
  });

  it('sorted=True (the default) and float arrays stay sorted', () => {
    assert.deepEqual(np.unique(np.array([4, 1, 4, 2, 1])).tolist(), [1, 2, 4]);
    assert.deepEqual(np.unique_values(np.array([3.5, 1, 2, 1])).tolist(), [1, 2, 3.5]);
  });
});
