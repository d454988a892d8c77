/**
 * Set routines and counting: named results, methods, and a seeded live comparison
 * with NumPy (skipped without python3 + NumPy). The NumPy fixtures of these
 * functions run in test/_core/sorting.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argsort, sort } from '../../src/_core/sorting/sort.js';
import * as np from '../../src/index.js';
import {
  intersect1d,
  isin,
  setdiff1d,
  setxor1d,
  union1d,
  unique,
  unique_all,
  unique_counts,
  unique_inverse,
} from '../../src/lib/arraysetops.js';
import { bincount, digitize } from '../../src/lib/bincount.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';

function list(a: np.NDArray): unknown {
  return a.tolist();
}

describe('arraysetops: results', () => {
  it('unique_all / unique_counts / unique_inverse carry NumPy names', () => {
    const r = unique_all([3, 1, 3]);
    assert.deepEqual(list(r.values), [1, 3]);
    assert.deepEqual(list(r.indices), [1, 0]);
    assert.deepEqual(list(r.inverse_indices), [1, 0, 1]);
    assert.deepEqual(list(r.counts), [1, 2]);
    const [v, c] = unique_counts([2, 2, 5]);
    assert.deepEqual(
      [list(v!), list(c!)],
      [
        [2, 5],
        [2, 1],
      ],
    );
    assert.deepEqual(
      list(
        unique_inverse([
          [2, 1],
          [1, 1],
        ]).inverse_indices,
      ),
      [
        [1, 0],
        [0, 0],
      ],
    );
  });
  it('unique options object and tuple results', () => {
    const [u, idx, inv, cnt] = unique([1, 2, 6, 4, 2, 3, 2], {
      return_index: true,
      return_inverse: true,
      return_counts: true,
    });
    assert.deepEqual(list(u!), [1, 2, 3, 4, 6]);
    assert.deepEqual(list(idx!), [0, 1, 5, 3, 2]);
    assert.deepEqual(list(inv!), [0, 1, 4, 3, 1, 2, 1]);
    assert.deepEqual(list(cnt!), [1, 3, 1, 1, 1]);
    assert.throws(() => unique([1], { bogus: 1 }), /unexpected keyword argument 'bogus'/);
  });
  it('isin keeps the element shape; set ops flatten', () => {
    assert.deepEqual(
      list(
        isin(
          [
            [0, 2],
            [4, 6],
          ],
          [1, 2, 4, 8],
        ),
      ),
      [
        [false, true],
        [true, false],
      ],
    );
    assert.deepEqual(list(union1d([[1, 2]], [0])), [0, 1, 2]);
    assert.deepEqual(list(setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])), [1, 2]);
    assert.deepEqual(list(setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])), [1, 4, 5, 7]);
    const [v, i1, i2] = intersect1d([1, 1, 2, 3, 4], [2, 1, 4, 6], { return_indices: true });
    assert.deepEqual(
      [list(v), list(i1), list(i2)],
      [
        [1, 2, 4],
        [0, 2, 4],
        [1, 0, 2],
      ],
    );
  });
  it('bincount and digitize', () => {
    assert.deepEqual(list(bincount([0, 1, 1, 3, 2, 1, 7])), [1, 3, 1, 1, 0, 0, 0, 1]);
    assert.equal(digitize(2, [1, 2, 3]), 2);
    assert.equal(digitize(2, [1, 2, 3], true), 1);
  });
});

describe('arraysetops and sorting: live against NumPy', { skip: !hasNumpy() }, () => {
  it('seeded random cases: sort/argsort (stable), unique with counts, isin, set ops', () => {
    const rnd = seededRandom(2024);
    const cases: { dtype: string; a: number[]; b: number[]; shape: number[] }[] = [];
    const dtypes = ['int8', 'uint16', 'int32', 'int64', 'float32', 'float64'];
    for (let k = 0; k < 40; k++) {
      const dtype = dtypes[k % dtypes.length]!;
      const rows = 1 + Math.floor(rnd() * 4);
      const cols = Math.floor(rnd() * 60);
      const gen = () => {
        const x = Math.floor(rnd() * 21) - (dtype.startsWith('u') ? 0 : 10);
        return dtype.startsWith('float') && rnd() < 0.1 ? 0.5 + x : x;
      };
      cases.push({
        dtype,
        shape: [rows, cols],
        a: Array.from({ length: rows * cols }, gen),
        b: Array.from({ length: 1 + Math.floor(rnd() * 10) }, gen),
      });
    }
    const exp = pyJSON<any[]>(
      `cases = json.load(sys.stdin)
out = []
for c in cases:
    a = np.array(c['a'], dtype=c['dtype']).reshape(c['shape'])
    b = np.array(c['b'], dtype=c['dtype'])
    u, cnt = np.unique(a, return_counts=True)
    out.append({
        'sort0': np.sort(a, axis=0, kind='stable').tolist(),
        'argsort1': np.argsort(a, axis=1, kind='stable').tolist(),
        'argsortN': np.argsort(a, axis=None, kind='stable').tolist(),
        'u': u.tolist(), 'cnt': cnt.tolist(),
        'isin': np.isin(a, b).tolist(),
        'inter': np.intersect1d(a, b).tolist(),
        'xor': np.setxor1d(a, b).tolist(),
        'diff': np.setdiff1d(a, b).tolist(),
    })
print(json.dumps(out))`,
      JSON.stringify(cases),
    );
    cases.forEach((c, i) => {
      const a = np.array(c.a, { dtype: c.dtype as np.DTypeLike }).reshape(c.shape);
      const b = np.array(c.b, { dtype: c.dtype as np.DTypeLike });
      const e = exp[i];
      const [u, cnt] = unique(a, { return_counts: true });
      assert.deepEqual(
        {
          sort0: list(sort(a, 0, 'stable')),
          argsort1: list(argsort(a, 1, 'stable')),
          argsortN: list(argsort(a, null, 'stable')),
          u: list(u),
          cnt: list(cnt),
          isin: list(isin(a, b)),
          inter: list(intersect1d(a, b)),
          xor: list(setxor1d(a, b)),
          diff: list(setdiff1d(a, b)),
        },
        e,
        `case ${i}`,
      );
    });
  });
});
