/**
 * Sorting structured arrays with `order` and comparing them (records/order.ts,
 * records/compare.ts) against NumPy fixtures (scripts/fixtures/gen_records.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordsEqual } from '../../src/_core/records/compare.js';
import { argsortRecords, sortRecords } from '../../src/_core/records/order.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

const fx = loadFixture('records');
const s = fx.sorting;
const dt = np.dtype(s.spec);
const a = np.array(decode(s.records), { dtype: dt }).reshape(s.shape);

describe('structured sort with order', () => {
  for (const c of s.cases) {
    it(`order=${JSON.stringify(c.order)} axis=${c.axis}`, () => {
      assert.deepEqual(sortRecords(a, c.axis, c.order).reshape(-1).tolist(), decode(c.sort));
      assert.deepEqual(argsortRecords(a, c.axis, c.order).reshape(-1).tolist(), c.argsort);
      // Non-contiguous input: the same rows seen through a reversed view, reversed back.
      const rev = a.get('::-1', '::-1').get('::-1', '::-1');
      assert.deepEqual(sortRecords(rev, c.axis, c.order).reshape(-1).tolist(), decode(c.sort));
    });
  }
  it('a.sort / a.argsort methods (positional and options)', () => {
    for (const c of s.cases) {
      if (c.axis === null) continue;
      const b = a.copy();
      b.sort({ axis: c.axis, order: c.order });
      assert.deepEqual(b.reshape(-1).tolist(), decode(c.sort));
      assert.deepEqual(a.argsort(c.axis, null, c.order).reshape(-1).tolist(), c.argsort);
    }
    throwsNumpy(
      () => a.sort({ axis: null }),
      'TypeError',
      "'NoneType' object cannot be interpreted as an integer",
    );
    throwsNumpy(
      () => a.argsort({ kind: 'stable', stable: true }),
      'ValueError',
      "`kind` and `stable` parameters can't be provided at the same time. Use only one of them.",
    );
  });
  it('errors', () => {
    throwsNumpy(() => sortRecords(a, -1, 'zz'), 'ValueError', 'unknown field name: zz');
    throwsNumpy(() => sortRecords(a, -1, ['k', 'k']), 'ValueError', 'duplicate field name: k');
    throwsNumpy(
      () => sortRecords(np.arange(3), -1, 'zz'),
      'ValueError',
      'Cannot specify order when the array has no fields.',
    );
  });
  it('np.sort / np.argsort dispatch on fields; order on a plain array is an error', () => {
    for (const c of s.cases) {
      assert.deepEqual(
        np.sort(a, { axis: c.axis, order: c.order }).reshape(-1).tolist(),
        decode(c.sort),
      );
      assert.deepEqual(np.argsort(a, c.axis, null, c.order).reshape(-1).tolist(), c.argsort);
    }
    for (const f of [
      () => np.sort(np.arange(3), { order: 'a' }),
      () => np.argsort(np.arange(3), { order: 'a' }),
      () => np.arange(3).sort({ order: 'a' }),
      () => np.arange(3).argsort({ order: 'a' }),
    ]) {
      throwsNumpy(f, 'ValueError', 'Cannot specify order when the array has no fields.');
    }
    throwsNumpy(
      () => np.equal(a, a),
      'UFuncTypeError',
      "ufunc 'equal' did not contain a loop with signature matching types (<class 'numpy.dtypes.VoidDType'>, <class 'numpy.dtypes.VoidDType'>) -> None",
    );
  });
  it('empty', () => {
    assert.deepEqual(sortRecords(np.zeros([0], { dtype: dt })).shape, [0]);
    assert.deepEqual(argsortRecords(np.zeros([2, 0], { dtype: dt }), 0).shape, [2, 0]);
  });
});

describe('structured comparison', () => {
  const b = np.array(decode(fx.compare.b_records), { dtype: dt }).reshape(s.shape);
  it('== and != field by field, NaN unequal, sub-array fields all-equal', () => {
    assert.deepEqual(recordsEqual(a, b).tolist(), fx.compare.eq);
    assert.deepEqual(recordsEqual(a, b, true).tolist(), fx.compare.ne);
    assert.deepEqual(recordsEqual(a, a).tolist(), fx.compare.self);
    assert.deepEqual(recordsEqual(a, a.get(1)).tolist(), fx.compare.row);
    assert.deepEqual(a.eq(b).tolist(), fx.compare.eq);
    assert.deepEqual(a.ne(b).tolist(), fx.compare.ne);
    // A record given as a JS tuple broadcasts like a 0-d array.
    assert.deepEqual(a.eq(decode(s.records[0])).reshape(-1).at(0), true);
  });
  it('errors', () => {
    throwsNumpy(
      () => recordsEqual(np.zeros(2, { dtype: 'i4,f8' }), np.zeros(3, { dtype: 'i4,f8' })),
      'ValueError',
      'operands could not be broadcast together with shapes (2,) (3,) ',
    );
    throwsNumpy(
      () =>
        recordsEqual(
          a,
          np.zeros(1, {
            dtype: [
              ['x', 'U2'],
              ['k', 'i4'],
              ['w', 'f8'],
              ['p', 'i2', [2]],
            ],
          }),
        ),
      'TypeError',
      'Cannot compare structured arrays unless they have a common dtype.  I.e. `np.result_type(arr1, arr2)` must be defined.',
    );
  });
});
