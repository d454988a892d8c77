import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
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
  `${JSON.stringify(c.geometry.shape)}${c.geometry.pre ? `[${c.geometry.pre}]` : ''}${c.geometry.T ? '.T' : ''}`;
const norm = (v: unknown) => (v instanceof np.Complex ? { re: v.re, im: v.im } : v);

describe('a.flat.get(index) matches NumPy a.flat[index]', () => {
  for (const c of fx.flat_get) {
    it(`${geo(c)}.flat[${c.index}]`, () => {
      const { root, a } = build(c.geometry, c.data);
      const f = () => a.flat.get(c.index);
      if ('error' in c.result) checkError(f, c.result, c.index);
      else if ('scalar' in c.result) assert.deepStrictEqual(norm(f()), decode(c.result.scalar));
      else checkDescribed(f() as unknown as np.NDArray, c.result, root, c.index);
    });
  }
  for (const c of fx.flat_mask) {
    it(`${geo(c)}.flat[np.array(${JSON.stringify(c.mask)})]`, () => {
      const { root, a } = build(c.geometry, c.data);
      const f = () => a.flat.get(np.array(c.mask));
      if ('error' in c.result) checkError(f, c.result, 'mask');
      else checkDescribed(f(), c.result, root, 'mask');
    });
  }
});

describe('a.flat.set(index, value) matches NumPy a.flat[index] = value', () => {
  for (const c of fx.flat_set) {
    it(`${geo(c)}.flat[${c.index}] = ${JSON.stringify(c.value)}`, () => {
      const { root, a } = build(c.geometry, c.data);
      const value = makeValue(c.value, a);
      if ('error' in c.result) checkError(() => a.flat.set(c.index, value), c.result, c.index);
      else {
        a.flat.set(c.index, value);
        assert.deepStrictEqual(
          flatValues(root),
          flatValues(np.array(jsValue(c.result.values), { dtype: root.dtype })),
        );
      }
    });
  }
});

describe('flat iterator protocol', () => {
  const a = np.array([0, 1, 2, 3, 4, 5]).reshape(2, 3).T;
  it('iterates in C order of the (transposed) array, tracking index and coords', () => {
    assert.deepStrictEqual([...a.flat], [0, 3, 1, 4, 2, 5]);
    const it = a.flat;
    assert.equal(it.length, 6);
    assert.equal(it.base, a);
    assert.equal(it.index, 0);
    assert.deepStrictEqual(it.coords, [0, 0]);
    it.next();
    it.next();
    assert.equal(it.index, 2);
    assert.deepStrictEqual(it.coords, [1, 0]);
    assert.equal(it.at(-1), 5);
    throwsNumpy(() => it.at(6), 'IndexError', 'index 6 is out of bounds for size 6');
  });
  it('copy() is a fresh 1-d C-order copy', () => {
    const c = a.flat.copy();
    assert.deepStrictEqual(c.tolist(), [0, 3, 1, 4, 2, 5]);
    assert.equal(c.base === a.base, false);
  });
  it('set with np.slice and JS index arrays; values cycle; later writes win', () => {
    const b = np.array([0, 0, 0, 0, 0]);
    b.flat.set(np.slice(null, null, 2), [7, 8]);
    assert.deepStrictEqual(b.tolist(), [7, 0, 8, 0, 7]);
    b.flat.set([1, 1, 3], [1, 2, 3]);
    assert.deepStrictEqual(b.tolist(), [7, 2, 8, 3, 7]);
    b.flat.set('...', b.get('::-1'));
    assert.deepStrictEqual(b.tolist(), [7, 3, 8, 2, 7]);
  });
  it('read-only arrays refuse assignment', () => {
    const b = np.array([1, 2]);
    b.flags.writeable = false;
    throwsNumpy(() => b.flat.set(0, 1), 'ValueError', 'assignment destination is read-only');
  });
  it('JS boolean lists are refused, as NumPy refuses Python bool lists', () => {
    throwsNumpy(
      () => a.flat.get([true, false, true, false, true, false]),
      'IndexError',
      'boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)',
    );
  });
});
