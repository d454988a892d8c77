import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { loadFixture, throwsNumpy } from '../helpers.js';
import {
  build,
  checkDescribed,
  checkError,
  flatValues,
  jsValue,
  makeValue,
} from './indexing.util.js';

const fx = loadFixture('indexing');
const geo = (c: any) =>
  `${c.geometry.dtype}${JSON.stringify(c.geometry.shape)}${c.geometry.order}${c.geometry.pre ? `[${c.geometry.pre}]` : ''}${c.geometry.T ? '.T' : ''}`;

describe('a.get(index) matches NumPy a[index]', () => {
  for (const c of fx.get) {
    it(`${geo(c)} [${c.index}]`, () => {
      const { root, a } = build(c.geometry, c.data);
      checkDescribed(a, c.input, root, 'input');
      if ('error' in c.result) checkError(() => a.get(c.index), c.result, `a[${c.index}]`);
      else checkDescribed(a.get(c.index), c.result, root, `a[${c.index}]`);
    });
  }
});

/** Cases whose outcome depends on other modules' known differences from NumPy. */
describe('a.set(index, value) matches NumPy a[index] = value', () => {
  for (const c of fx.set) {
    it(`${geo(c)} [${c.index}] = ${JSON.stringify(c.value)}`, () => {
      const { root, a } = build(c.geometry, c.data);
      const value = makeValue(c.value, a);
      if ('error' in c.result)
        checkError(() => a.set(c.index, value), c.result, `a[${c.index}] = …`);
      else {
        a.set(c.index, value);
        assert.deepStrictEqual(
          flatValues(root),
          flatValues(np.array(jsValue(c.result.values), { dtype: root.dtype })),
        );
      }
    });
  }
});

describe('index items given as JS values', () => {
  const a = np.array([...Array(24).keys()]).reshape(2, 3, 4);
  const same = (x: np.NDArray, y: np.NDArray) => {
    assert.deepStrictEqual(x.shape, y.shape);
    assert.deepStrictEqual(x.strides, y.strides);
    assert.equal(x.offset, y.offset);
    assert.deepStrictEqual(x.tolist(), y.tolist());
  };
  it('np.slice, null, np.newaxis and numbers equal their string forms', () => {
    same(a.get(np.slice(null, null, -1)), a.get('::-1'));
    same(a.get(np.slice(1, null)), a.get('1:'));
    same(a.get(np.slice(2)), a.get(':2'));
    same(a.get(np.slice(0, 3, 2), null, -1), a.get('0:3:2, None, -1'));
    same(a.get(np.newaxis, '...', 1n), a.get('None, ..., 1'));
    same(a.get('1:3', '::2'), a.get('1:3, ::2'));
    same(a.get(-0), a.get(0));
  });
  it('JS arrays and NDArrays are fancy indices', () => {
    assert.deepStrictEqual(
      a.get([1, 0], 0, [true, false, true, false]).tolist(),
      a.get('[1, 0], 0, [True, False, True, False]').tolist(),
    );
    assert.deepStrictEqual(
      a.get(np.array([[1], [0]]), ':', np.array([0, 3])).tolist(),
      a.get('[[1], [0]], :, [0, 3]').tolist(),
    );
    assert.deepStrictEqual(a.get(np.array(1)).shape, [3, 4]);
    assert.equal(
      a.get(np.array(1)).base === a.base,
      false,
      'a 0-d integer array is an advanced index: a copy',
    );
    assert.deepStrictEqual(a.get([]).shape, [0, 3, 4]);
  });
  it('typed arrays are integer indices', () => {
    assert.deepStrictEqual(a.get(new Int32Array([1, 1])).shape, [2, 3, 4]);
    assert.deepStrictEqual(
      a.get(0, new BigInt64Array([2n, -1n])).tolist(),
      a.get(0, [2, -1]).tolist(),
    );
    throwsNumpy(
      () => a.get(new Float64Array([1])),
      'IndexError',
      'arrays used as indices must be of integer (or boolean) type',
    );
  });
  it('invalid items raise NumPy errors', () => {
    const msg =
      'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';
    throwsNumpy(() => a.get(1.5), 'IndexError', msg);
    throwsNumpy(() => a.get(undefined as never), 'IndexError', msg);
    throwsNumpy(() => a.get([0, null] as never), 'IndexError', msg);
    throwsNumpy(() => a.get('1:2:3:4'), 'IndexError', msg);
    throwsNumpy(
      () => a.get(np.array([1.5])),
      'IndexError',
      'arrays used as indices must be of integer (or boolean) type',
    );
    throwsNumpy(
      () => a.get(np.slice(0.5, 2)),
      'TypeError',
      'slice indices must be integers or None or have an __index__ method',
    );
    throwsNumpy(() => a.get(2n ** 70n), 'IndexError', msg);
  });
  it('np.slice follows Python: one argument is the stop; indices() clamps', () => {
    const s = np.slice(3);
    assert.equal(String(s), 'slice(None, 3, None)');
    assert.deepStrictEqual(np.slice(null, null, -1).indices(5), [4, -1, -1]);
    assert.deepStrictEqual(np.slice(-100, 100, 2).indices(5), [0, 5, 2]);
    assert.deepStrictEqual(new np.Slice(10, -10, -3).indices(4), [3, -1, -3]);
    assert.equal(np.newaxis, null);
  });
  it('views share memory; writes through a view reach the base', () => {
    const b = np.array([...Array(12).keys()]).reshape(3, 4);
    const v = b.get('1:, ::-2');
    v.set(0, 0, 100);
    assert.equal(b.at(1, 3), 100);
    const z = b.get(2, 1);
    assert.deepStrictEqual(z.shape, []);
    z.set(-5);
    assert.equal(b.at(2, 1), -5);
  });
  it('read-only arrays refuse assignment', () => {
    const b = np.array([1, 2, 3]);
    b.flags.writeable = false;
    throwsNumpy(() => b.set(0, 1), 'ValueError', 'assignment destination is read-only');
    throwsNumpy(() => b.get('1:').set(0, 1), 'ValueError', 'assignment destination is read-only');
  });
  it('overlapping assignment reads the value before writing', () => {
    const b = np.array([0, 1, 2, 3, 4]);
    b.set('1:', b.get(':-1'));
    assert.deepStrictEqual(b.tolist(), [0, 0, 1, 2, 3]);
    const c = np.array([0, 1, 2, 3, 4]);
    c.set(':-1', c.get('1:'));
    assert.deepStrictEqual(c.tolist(), [1, 2, 3, 4, 4]);
    const d = np.array([0, 1, 2, 3, 4]);
    d.set([1, 2, 3, 4], d.get(':-1'));
    assert.deepStrictEqual(d.tolist(), [0, 0, 1, 2, 3]);
  });
});

describe('typed arrays as values', () => {
  it('set takes a typed array like a 1-d array, casting it', () => {
    const a = np.array([0, 0, 0, 0], { dtype: 'int8' });
    a.set('1:', new Float64Array([1.7, -2.5, 300]));
    assert.deepStrictEqual(a.tolist(), [0, 1, -2, 44]);
    a.set([0, 3], new Int16Array([5, 6]));
    assert.deepStrictEqual(a.tolist(), [5, 1, -2, 6]);
    a.flat.set('...', new Uint8Array([9]));
    assert.deepStrictEqual(a.tolist(), [9, 9, 9, 9]);
  });
});
