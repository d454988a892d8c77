/**
 * numtype-specific conventions of the reductions (API.md §1, §3): positional arguments and
 * options objects, JS values vs NDArrays, ufunc.at index forms, warnings as Python's.
 * Values themselves are checked against NumPy in fromnumeric.test.ts / reduce.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { count_nonzero } from '../../src/_core/count_nonzero.js';
import { where } from '../../src/_core/multiarray/where.js';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { average } from '../../src/lib/average.js';
import { nanmean } from '../../src/lib/nanfunctions.js';
import { throwsNumpy } from '../helpers.js';

describe('reductions: arguments and values out', () => {
  const a = np.arange(12).reshape(3, 4);

  it('no axis gives a JS value; an axis or keepdims an NDArray (0-d included)', () => {
    assert.equal(np.sum(a), 66);
    assert.equal(a.sum(), 66);
    assert.equal(np.mean(a), 5.5);
    const s = np.sum(np.arange(3), 0);
    assert.ok(s instanceof np.NDArray && s.ndim === 0 && s.item() === 3);
    assert.deepStrictEqual(np.sum(a, { keepdims: true }).shape, [1, 1]);
    assert.deepStrictEqual(np.max(a, { axis: [0, 1], keepdims: true }).shape, [1, 1]);
    assert.equal(np.add.reduce(np.arange(4)), 6);
    assert.ok(np.add.reduce(np.arange(4), { axis: 0 }) instanceof np.NDArray);
  });

  it('positional arguments follow NumPy, then one options object', () => {
    assert.deepStrictEqual(np.sum(a, 0, 'float32').tolist(), [12, 15, 18, 21]);
    assert.equal(String(np.sum(a, 0, 'float32').dtype), 'float32');
    assert.deepStrictEqual(a.var(1, null, null, 1).tolist(), [5 / 3, 5 / 3, 5 / 3]);
    throwsNumpy(
      () => np.sum(a, { bogus: 1 } as never),
      'TypeError',
      "sum() got an unexpected keyword argument 'bogus'",
    );
    throwsNumpy(
      () => np.sum(a, 0, null, null, false, 0, true, 9),
      'TypeError',
      'sum() takes from 1 to 7 positional arguments but 8 were given',
    );
  });

  it('out= is returned, also for 0-d results', () => {
    const o = np.zeros([]);
    assert.equal(np.sum(a, { out: o }), o);
    assert.equal(o.item(), 66);
    const o4 = np.zeros(4, { dtype: 'int16' });
    assert.equal(np.add.reduce(a, 0, null, o4), o4);
  });

  it('int64 sums beyond 2^53 are exact NDArrays and a RangeError as JS numbers', () => {
    const big = np.array([2n ** 62n, 2n ** 62n - 1n], { dtype: 'int64' });
    assert.equal(np.sum(big, { keepdims: true }).atBig(0), 2n ** 63n - 1n);
    // the message says how to get the value from a reduction, not only from an array
    assert.throws(
      () => np.sum(big),
      (e: Error) => e instanceof RangeError && /keepdims: true/.test(e.message),
    );
  });

  it('ufunc.at: repeated indices, slices, and a tuple of index arrays', () => {
    const z = np.zeros(5);
    np.add.at(z, [0, 1, 1, 4], 1);
    assert.deepStrictEqual(z.tolist(), [1, 2, 0, 0, 1]);
    const m = np.zeros([2, 3], { dtype: 'int64' });
    np.add.at(m, [np.array([0, 1, 1]), np.array([2, 0, 0])], 5);
    assert.deepStrictEqual(m.tolist(), [
      [0, 0, 5],
      [10, 0, 0],
    ]);
    np.negative.at(m, '0, 2');
    assert.equal(m.at(0, 2), -5);
    throwsNumpy(() => np.add.at(m, [0]), 'ValueError', 'second operand needed for ufunc');
  });

  it('outer of two JS scalars is a JS value', () => {
    assert.equal(np.multiply.outer(2, 3), 6);
    assert.deepStrictEqual(np.add.outer([1, 2], [10, 20, 30]).shape, [2, 3]);
  });

  it('count_nonzero, where and average hand back NumPy’s kinds of values', () => {
    assert.equal(
      count_nonzero([
        [0, 1],
        [2, Number.NaN],
      ]),
      3,
    );
    assert.deepStrictEqual(
      where([
        [0, 1],
        [1, 0],
      ]).map((x: np.NDArray) => x.tolist()),
      [
        [0, 1],
        [1, 0],
      ],
    );
    const [avg, scl] = average(a, { axis: 1, returned: true });
    assert.deepStrictEqual(avg.tolist(), [1.5, 5.5, 9.5]);
    assert.deepStrictEqual(scl.tolist(), [4, 4, 4]);
  });

  it('warnings are Python’s RuntimeWarnings', () => {
    const [r, w] = catchWarnings(() => np.errstate({ all: 'ignore' }, () => np.mean(np.zeros(0))));
    assert.ok(Number.isNaN(r));
    assert.deepStrictEqual(w, [{ message: 'Mean of empty slice', category: 'RuntimeWarning' }]);
    const [, w2] = catchWarnings(() => nanmean(np.array([Number.NaN])));
    assert.deepStrictEqual(w2, [{ message: 'Mean of empty slice', category: 'RuntimeWarning' }]);
    throwsNumpy(
      () => np.errstate({ invalid: 'raise' }, () => np.mean(np.zeros(0))),
      'FloatingPointError',
      'invalid value encountered in scalar divide',
    );
  });
});
