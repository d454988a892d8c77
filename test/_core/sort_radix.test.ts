/**
 * The distribution sort behind np.sort / np.argsort / np.unique of real dtypes
 * (src/_core/sorting/bucket.ts) against NumPy (test/fixtures/sort_radix.json from
 * scripts/fixtures/gen_sort_radix.py): every real dtype at sizes around each threshold,
 * value pools with NaN, ±0, ±inf and extremes, reversed / negative-step / 2-d axis=0 /
 * axis=None inputs. Inputs are rebuilt from (pool, seed); results compare by a checksum
 * of their bytes (bit-exact), small ones also element by element.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';
import { buildInput, checksum } from './sort_radix.util.js';

interface Case {
  dtype: string;
  pool: unknown[];
  seed: number;
  n: number;
  layout: string;
  sort: number;
  argsort: number;
  sort_default: number;
  unique: number;
  shape: number[];
  sort_full?: { data: unknown[] };
  argsort_full?: { data: unknown[] };
}

const fx = loadFixture<{ cases: Case[] }>('sort_radix');

/** Zeros without their sign (NumPy's unstable sorts and unique may keep either). */
function canon(r: np.NDArray): np.NDArray {
  if (!r.dtype.name.startsWith('float')) return r;
  return np.where(np.equal(r, 0), np.zeros([], { dtype: r.dtype }), r) as np.NDArray;
}

function label(c: Case): string {
  return `${c.dtype} n=${c.n} pool=${c.pool.length} ${c.layout}`;
}

describe('distribution sort vs NumPy (fixtures)', () => {
  for (const c of fx.cases) {
    it(label(c), () => {
      const [x, axis] = buildInput(c);
      const s = np.sort(x, axis);
      assert.deepEqual(s.shape, c.shape);
      assert.equal(s.dtype.name, c.dtype);
      const p = np.argsort(x, axis, { kind: 'stable' });
      if (c.sort_full) {
        const got = s.tolist() as unknown;
        const want = np
          .array(decode(c.sort_full.data), { dtype: c.dtype as np.DTypeLike })
          .reshape(c.shape)
          .tolist() as unknown;
        assert.deepEqual(got, want);
        assert.deepEqual(
          (p.tolist() as unknown[]).flat(2).map(Number),
          (decode(c.argsort_full!.data) as unknown[]).map(Number),
        );
      }
      assert.equal(checksum(np.sort(x, axis, { kind: 'stable' })), c.sort, 'stable sort');
      assert.equal(checksum(p), c.argsort, 'stable argsort');
      assert.equal(checksum(canon(s)), c.sort_default, 'default sort');
      assert.equal(checksum(canon(np.unique(x))), c.unique, 'unique');
    });
  }
});
