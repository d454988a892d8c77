/**
 * Static types agree with run time (issue 9): for everyday calls, the dtype an array
 * really has is one its static key allows, and a JS value out has the JS type its static
 * type names. `keyIs(a, ...keys)` only compiles when `keys` fit the static key of `a`,
 * and checks at run time that `a.dtype.key` is among them; `valueIs(v, name)` only
 * compiles when `name` names v's static type, and checks `v` at run time.
 * The compile-time assertions proper are in api.types.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Complex, DTypeKey, NDArray } from '../../src/index.js';
import * as np from '../../src/index.js';

function keyIs<K extends DTypeKey>(a: NDArray<K>, ...keys: [K, ...K[]]): void {
  assert.ok(a instanceof np.NDArray);
  assert.ok(
    (keys as DTypeKey[]).includes(a.dtype.key),
    `dtype ${a.dtype} is not among the static keys ${keys.join(', ')}`,
  );
}

type JsName<T> = [T] extends [number]
  ? 'number'
  : [T] extends [boolean]
    ? 'boolean'
    : [T] extends [string]
      ? 'string'
      : [T] extends [Complex]
        ? 'Complex'
        : never;

function valueIs<T>(v: T, name: JsName<T>): void {
  if (name === 'Complex') assert.ok(v instanceof np.Complex, `${String(v)} is not a Complex`);
  else assert.equal(typeof v, name);
}

describe('static dtype keys match run time', () => {
  const f32 = np.zeros([2, 3], { dtype: 'float32' });
  const i8 = np.arange(6, { dtype: 'i1' }).reshape(2, 3);
  const b = f32.lt(1);
  const c = np.ones(3, { dtype: 'complex64' });

  it('creation', () => {
    keyIs(f32, 'float32');
    keyIs(np.zeros(2), 'float64');
    keyIs(np.ones(2, '<u2'), 'uint16');
    keyIs(np.empty(2, np.int32), 'int32');
    keyIs(np.full(2, 1), 'int64', 'float64');
    keyIs(np.full(2, 1.5), 'int64', 'float64');
    keyIs(np.full(2, false), 'bool');
    keyIs(np.full(2, 3, { dtype: 'c8' }), 'complex64');
    keyIs(np.zeros_like(i8), 'int8');
    keyIs(np.ones_like(f32, { dtype: 'float16' }), 'float16');
    keyIs(np.full_like(c, 2), 'complex64');
    keyIs(np.arange(5), 'int64', 'float64');
    keyIs(np.arange(0, 1, 0.25), 'int64', 'float64');
    keyIs(np.linspace(0, 1, 5), 'float64');
    keyIs(np.linspace(0, 1, { num: 3, dtype: 'f4' }), 'float32');
    keyIs(np.eye(2, { dtype: 'bool' }), 'bool');
    keyIs(np.identity(2), 'float64');
    keyIs(np.float32(1), 'float32');
  });

  it('np.array inference', () => {
    keyIs(np.array([1, 2]), 'int64', 'float64');
    keyIs(np.array([1.5, 2]), 'int64', 'float64');
    keyIs(np.array([[true], [false]]), 'bool');
    keyIs(np.array([1n]), 'int64', 'uint64');
    keyIs(np.array([2n ** 63n]), 'int64', 'uint64');
    keyIs(np.array([new np.Complex(0, 1), 2]), 'complex128');
    keyIs(np.array(['ab']), 'str');
    keyIs(np.array([]), 'float64');
    keyIs(np.array(new Float32Array(2)), 'float32');
    keyIs(np.array(new Uint8Array(2)), 'uint8');
    keyIs(np.asarray(f32), 'float32');
  });

  it('methods keep or change the key as typed', () => {
    keyIs(f32.T, 'float32');
    keyIs(f32.reshape(3, 2), 'float32');
    keyIs(f32.get(0), 'float32');
    keyIs(f32.astype('int16'), 'int16');
    keyIs(f32.view('i4'), 'int32');
    keyIs(i8.copy(), 'int8');
    keyIs(i8.flatten(), 'int8');
    keyIs(np.transpose(b), 'bool');
  });

  it('ufuncs and operators', () => {
    keyIs(b, 'bool');
    keyIs(np.equal(i8, 2), 'bool');
    keyIs(np.isnan(f32), 'bool');
    keyIs(np.add(f32, f32), 'float32');
    keyIs(np.add(f32, 2.5), 'float32');
    keyIs(f32.mul(3), 'float32');
    keyIs(np.add(b, b), 'bool');
    keyIs(np.negative(i8), 'int8');
    keyIs(np.absolute(c), 'float32');
    keyIs(np.sqrt(f32), 'float32');
    keyIs(np.floor(i8), 'int8');
    keyIs(np.sign(f32), 'float32');
    keyIs(np.rint(f32), 'float32');
    keyIs(f32.div(f32), 'float32');
    valueIs(np.add(1, 2), 'number');
    valueIs(np.less(1, 2), 'boolean');
    valueIs(np.sqrt(2), 'number');
    valueIs(np.exp(new np.Complex(0, 1)), 'Complex');
  });

  it('reductions', () => {
    valueIs(f32.sum(), 'number');
    valueIs(c.sum(), 'Complex');
    valueIs(b.all(), 'boolean');
    valueIs(np.min(b), 'boolean');
    valueIs(i8.mean(), 'number');
    valueIs(f32.argmax(), 'number');
    keyIs(f32.sum(0), 'float32');
    keyIs(f32.sum({ keepdims: true }), 'float32');
    keyIs(i8.sum(1), 'int64');
    keyIs(np.sum(np.ones(2, { dtype: 'uint8' }), { axis: 0 }), 'uint64');
    keyIs(i8.mean({ axis: 0 }), 'float64');
    keyIs(np.var(c, { axis: 0 }), 'float32');
    keyIs(np.argmax(f32, { axis: 0 }), 'int64');
    keyIs(np.max(i8, 0), 'int8');
  });

  it('joining and selecting', () => {
    keyIs(np.concatenate([f32, f32]), 'float32');
    keyIs(np.stack([b, b]), 'bool');
    keyIs(np.vstack([i8, i8]), 'int8');
    keyIs(np.where(b, f32, f32), 'float32');
    for (const ix of np.where(b)) keyIs(ix, 'int64');
  });

  it('linalg', () => {
    const a = np.array(
      [
        [2, 1],
        [1, 2],
      ],
      { dtype: 'float32' },
    );
    const eh = np.linalg.eigh(a);
    keyIs(eh.eigenvalues, 'float32');
    keyIs(eh.eigenvectors, 'float32');
    const sv = np.linalg.svd(np.astype(a, 'complex128'));
    keyIs(sv.S, 'float64');
    keyIs(sv.U, 'complex128');
    keyIs(np.linalg.inv(np.eye(2, { dtype: 'int8' })), 'float64');
    valueIs(
      np.linalg.det([
        [1, 2],
        [3, 4],
      ]),
      'number',
    );
  });
});
