/**
 * np.var / np.std of contiguous float64 arrays run their second pass (the pairwise sum of the
 * squared deviations) in a SIMD kernel for long arrays: same bits as the JS loop and as NumPy,
 * at lengths around the pairwise block (128) and the streaming block sizes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const LENGTHS = [1, 7, 8, 127, 128, 129, 1000, 2048, 2049, 4097, 100003];

function values(n: number): np.NDArray {
  // Wide magnitudes and an offset mean, so that the order of the additions shows.
  const rng = np.random.default_rng(n);
  return np.add(np.multiply(rng.standard_normal(n), rng.random(n)), 1e3);
}

describe('squared-deviation sums (np.var second pass)', () => {
  it('wasm and JS backends agree bit for bit', () => {
    for (const n of LENGTHS) {
      const a = values(n);
      const m = np.mean(a) as number;
      const data = a.data as Float64Array;
      K.setBackend('wasm');
      const w = K.pairwiseSqDevF64(data, m);
      K.setBackend('js');
      const j = K.pairwiseSqDevF64(data, m);
      K.setBackend('auto');
      assert.ok(Object.is(w, j), `n=${n}: ${w} vs ${j}`);
    }
  });

  it('np.var and np.std match NumPy', { skip: !hasNumpy() }, () => {
    const want = pyJSON<number[][]>(`
import json, numpy as np
def values(n):
    rng = np.random.default_rng(n)
    return rng.standard_normal(n) * rng.random(n) + 1e3
print(json.dumps([[float(np.var(values(n))), float(np.std(values(n)))] for n in ${JSON.stringify(LENGTHS)}]))`);
    LENGTHS.forEach((n, i) => {
      const a = values(n);
      assert.deepEqual([np.var(a), np.std(a)], want[i], `n=${n}`);
    });
  });
});
