/**
 * np.where on long contiguous runs of 8-byte elements takes a SIMD select (K.select64):
 * the bits of the chosen elements move unchanged (NaN payloads, -0, int64 beyond 2**53),
 * with either value a broadcast scalar; checked element by element against the condition,
 * against the JS backend, and against NumPy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON } from '../helpers.js';

const N = 5003;

function bitsOf(a: np.NDArray): string[] {
  const v = a.dtype.itemsize === 8 ? a.view('int64') : a;
  return (v.tolist({ bigint: true }) as unknown as bigint[]).map(String);
}

function inputs(dtype: string) {
  const rng = np.random.default_rng(9);
  const c = rng.random(N).gt(0.5);
  let x = rng.integers(-(2 ** 62), 2 ** 62, N, { dtype: 'int64' }) as np.NDArray;
  let y = rng.integers(-(2 ** 62), 2 ** 62, N, { dtype: 'int64' }) as np.NDArray;
  // Reinterpreting random int64 bits as float64 gives NaNs with payloads, -0, subnormals.
  if (dtype !== 'int64') {
    x = x.view(dtype);
    y = y.view(dtype);
  }
  return { c, x, y };
}

describe('np.where on 8-byte elements (SIMD select)', () => {
  for (const dtype of ['float64', 'int64', 'complex64']) {
    it(`${dtype}: arrays and scalars, element by element, both backends`, () => {
      const { c, x, y } = inputs(dtype);
      const cl = c.tolist() as boolean[];
      const xb = bitsOf(x);
      const yb = bitsOf(y);
      const x0 = x.get(7);
      const y0 = y.get(11);
      for (const backend of ['wasm', 'js'] as const) {
        K.setBackend(backend);
        const both = bitsOf(np.where(c, x, y));
        const sy = bitsOf(np.where(c, x, y0));
        const sx = bitsOf(np.where(c, x0, y));
        const sl = bitsOf(np.where(c.get('1:'), x.get('1:'), y.get(':-1')));
        K.setBackend('auto');
        for (let i = 0; i < N; i++) {
          assert.equal(both[i], cl[i] ? xb[i] : yb[i], `${backend} arrays ${i}`);
          assert.equal(sy[i], cl[i] ? xb[i] : yb[11], `${backend} scalar y ${i}`);
          assert.equal(sx[i], cl[i] ? xb[7] : yb[i], `${backend} scalar x ${i}`);
          if (i < N - 1)
            assert.equal(sl[i], cl[i + 1] ? xb[i + 1] : yb[i], `${backend} offset ${i}`);
        }
      }
    });
  }

  it('matches NumPy (float64 with a Python scalar)', { skip: !hasNumpy() }, () => {
    const a = np.subtract(np.random.default_rng(4).random(3000), 0.5);
    const want = pyJSON<number[]>(`
import json, numpy as np
a = np.random.default_rng(4).random(3000) - 0.5
print(json.dumps(np.where(a > 0, a, 0).tolist()))`);
    assert.deepEqual(np.where(a.gt(0), a, 0).tolist(), want);
  });
});
