/**
 * empty/zeros/ones/full, the *_like family, np.copy and ascontiguousarray against NumPy:
 * dtypes, shapes, memory layouts (strides), fill-value casting and NumPy's errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture, throwsNumpy } from '../../helpers.js';
import { callOf, check, label } from './cases.js';

const fx = loadFixture('creation');

describe('zeros, ones, empty, full', () => {
  for (const c of fx.shape) it(label(c), () => void check(c, callOf(c), label(c)));
});

describe('*_like, copy, ascontiguousarray', () => {
  for (const c of fx.like) it(label(c), () => void check(c, callOf(c), label(c)));
});

describe('creation API details', () => {
  it('options object and positional forms agree', () => {
    assert.deepStrictEqual(
      np.zeros([2, 2], 'int8', 'F').strides,
      np.zeros([2, 2], { dtype: 'int8', order: 'F' }).strides,
    );
    assert.equal(np.full(2, 5, { dtype: 'float32' }).dtype, np.float32);
    assert.equal(np.ones(2, null, { order: 'C' }).dtype, np.float64);
  });
  it('rejects unknown and repeated options with Python messages', () => {
    throwsNumpy(
      () => np.zeros(3, { bogus: 1 } as never),
      'TypeError',
      "zeros() got an unexpected keyword argument 'bogus'",
    );
    throwsNumpy(
      () => np.zeros_like([1], { bogus: 1 } as never),
      'TypeError',
      "zeros_like() got an unexpected keyword argument 'bogus'",
    );
    throwsNumpy(
      () => np.full(3, 1, 'int8', { dtype: 'int8' }),
      'TypeError',
      "full() got multiple values for argument 'dtype'",
    );
    throwsNumpy(
      () => (np.full as any)(3),
      'TypeError',
      "full() missing 1 required positional argument: 'fill_value'",
    );
    throwsNumpy(
      () => (np.zeros as any)(),
      'TypeError',
      "zeros() missing required argument 'shape' (pos 1)",
    );
    // NumPy would make an object array; numtype has no object dtype.
    throwsNumpy(
      () => np.full(2, 2n ** 64n),
      'OverflowError',
      'Python int too large to convert to C long',
    );
  });
  it('types results from the dtype', () => {
    const a: np.NDArray<'float32'> = np.zeros([2, 3], { dtype: 'float32' });
    const b: np.NDArray<'float64'> = np.ones(3);
    const c: np.NDArray<'int8'> = np.empty(2, np.int8);
    const d: np.NDArray<'bool'> = np.full(2, true);
    const e: np.NDArray<'int16'> = np.zeros_like(np.zeros(2, 'int16'));
    const f: np.NDArray<'float32'> = np.ones_like(np.zeros(2, 'int16'), 'float32');
    const g: np.NDArray<'complex128'> = np.full(2, new np.Complex(1, 2));
    assert.deepStrictEqual(
      [a, b, c, d, e, f, g].map((x) => String(x.dtype)),
      ['float32', 'float64', 'int8', 'bool', 'int16', 'float32', 'complex128'],
    );
  });
  it('np.copy and ascontiguousarray copy only as NumPy does', () => {
    const a = np.arange(6).reshape(2, 3);
    assert.notEqual(np.copy(a), a);
    assert.equal(np.ascontiguousarray(a), a);
    assert.notEqual(np.ascontiguousarray(a.T), a.T);
    assert.equal(np.ascontiguousarray(a.T).flags.c_contiguous, true);
  });
  it('full with an NDArray value broadcasts it', () => {
    assert.deepStrictEqual(np.full([2, 2], np.array([1, 2], { dtype: 'int8' })).tolist(), [
      [1, 2],
      [1, 2],
    ]);
  });
  it('fromfunction calls the function with index grids of the dtype', () => {
    const r = np.fromfunction(
      (i: np.NDArray, j: np.NDArray) => [i.dtype.name, i.tolist(), j.tolist()],
      [2, 3],
    );
    assert.deepStrictEqual(r, [
      'float64',
      [
        [0, 0, 0],
        [1, 1, 1],
      ],
      [
        [0, 1, 2],
        [0, 1, 2],
      ],
    ]);
    const s = np.fromfunction((i: np.NDArray) => i.astype('int8').tolist(), [3], {
      dtype: 'int64',
    });
    assert.deepStrictEqual(s, [0, 1, 2]);
    assert.equal(
      np.fromfunction(() => 5, []),
      5,
    );
    assert.deepStrictEqual(
      np.fromfunction((i: np.NDArray, j: np.NDArray) => [i.shape, j.shape], [2, 0]),
      [
        [2, 0],
        [2, 0],
      ],
    );
    const kw = np.fromfunction(
      (i: np.NDArray, opts: { scale: number }) =>
        (i.tolist() as number[]).map((x) => x * opts.scale),
      [3],
      { scale: 10 },
    );
    assert.deepStrictEqual(kw, [0, 10, 20]);
  });
});
