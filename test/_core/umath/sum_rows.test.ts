/**
 * Sums over outer axes batch the row-by-row additions into one SIMD call (K.addRows): the
 * results must be NumPy's bits (each element the left-to-right sum of its column), on both
 * kernel backends, for shapes that take the batched path and the general cases around it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../../src/_core/kernels/index.js';
import * as np from '../../../src/index.js';
import { hasNumpy, pyJSON } from '../../helpers.js';

const CASES: [string, string][] = [
  ['a.sum(axis=0)', 'np.sum(a, {axis: 0})'],
  ['a.astype(np.float32).sum(axis=0)', 'np.sum(a.astype("float32"), {axis: 0})'],
  ['a[:, 1:].sum(axis=0)', 'np.sum(a.get(":, 1:"), {axis: 0})'],
  ['a[::-1].sum(axis=0)', 'np.sum(a.get("::-1"), {axis: 0})'],
  ['a.reshape(4, 75, 233).sum(axis=1)', 'np.sum(a.reshape([4, 75, 233]), {axis: 1})'],
  ['a.reshape(4, 75, 233).sum(axis=(0, 1))', 'np.sum(a.reshape([4, 75, 233]), {axis: [0, 1]})'],
  ['a.sum(axis=0, initial=1.5)', 'np.sum(a, {axis: 0, initial: 1.5})'],
  ['a.sum(axis=0, keepdims=True)', 'np.sum(a, {axis: 0, keepdims: true})'],
  ['a.sum(axis=0, where=a > 0)', 'np.sum(a, {axis: 0, where: a.gt(0)})'],
  ['np.add.reduce(a, axis=0)', 'np.add.reduce(a, 0)'],
  ['a.mean(axis=0)', 'np.mean(a, {axis: 0})'],
  ['a[:7].sum(axis=0)', 'np.sum(a.get(":7"), {axis: 0})'],
];

/** (300, 233) values with wide magnitudes so that the summation order shows in the bits. */
function data(): np.NDArray {
  const rng = np.random.default_rng(5);
  // Drawn in NumPy's order: the normals, then the exponents.
  const x = rng.standard_normal([300, 233]);
  const e = rng.integers(-8, 9, [300, 233]);
  return np.multiply(x, np.power(np.full([300, 233], 10, { dtype: 'float64' }), e));
}

function run(a: np.NDArray, expr: string): np.NDArray {
  return new Function('np', 'a', `return ${expr};`)(np, a) as np.NDArray;
}

describe('sums over outer axes', () => {
  it('the wasm and JS backends give the same bits', () => {
    const a = data();
    for (const [, expr] of CASES) {
      K.setBackend('wasm');
      const w = run(a, expr);
      K.setBackend('js');
      const j = run(a, expr);
      K.setBackend('auto');
      assert.deepEqual(w.tolist(), j.tolist(), expr);
      assert.equal(w.dtype.name, j.dtype.name, expr);
    }
  });

  it('match NumPy bit for bit', { skip: !hasNumpy() }, () => {
    const a = data();
    // The bits of each result as int64 decimal strings (float32 results widened exactly).
    const want = pyJSON<string[][]>(
      `
import json, numpy as np
rng = np.random.default_rng(5)
a = rng.standard_normal((300, 233)) * np.power(np.full((300, 233), 10.0), rng.integers(-8, 9, (300, 233)))
exprs = ${JSON.stringify(CASES.map(([p]) => p))}
print(json.dumps([[str(v) for v in np.ravel(eval(e)).astype(np.float64).view(np.int64)] for e in exprs]))`,
    );
    CASES.forEach(([, expr], i) => {
      const r = run(a, expr).flatten().astype('float64').view('int64');
      const got = (r.tolist({ bigint: true }) as unknown as bigint[]).map(String);
      assert.deepEqual(got, want[i], expr);
    });
  });
});
