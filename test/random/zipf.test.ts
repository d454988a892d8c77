/**
 * zipf for small a - 1 draws huge values through floor(pow(U, -1/(a-1))), where one ulp of
 * pow changes the integer: both the legacy and the Generator stream must use glibc's pow.
 * Expected draws from NumPy (scripts/fixtures/gen_random_zipf.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

interface Case {
  seed: number;
  a: number;
  legacy: unknown[];
  generator: unknown[];
}
const asBig = (xs: unknown[]) => xs.map((x) => BigInt(decode(x) as number | bigint));

describe('zipf matches NumPy draw for draw', () => {
  for (const c of loadFixture<Case[]>('random_zipf')) {
    it(`seed ${c.seed}, a = ${c.a}`, () => {
      np.random.seed(c.seed);
      const legacy = np.random.zipf(c.a, 40) as np.NDArray;
      assert.deepEqual(legacy.tolist({ bigint: true } as never), asBig(c.legacy));
      const gen = np.random.default_rng(c.seed).zipf(c.a, 40) as np.NDArray;
      assert.deepEqual(gen.tolist({ bigint: true } as never), asBig(c.generator));
    });
  }
});
