/**
 * np.fft calling conventions (API.md §1): positional arguments in NumPy's order or
 * one options object, `out` returned as NumPy returns it, and large-length round trips
 * (mixed radix, Bluestein) that are too big for the fixtures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { throwsNumpy } from '../helpers.js';
import { data } from './util.js';

function complexOf(n: number): np.NDArray {
  const z = np.zeros(n, { dtype: 'complex128' });
  const d = z.data as Float64Array;
  const o = z.offset / 8; // a small array may sit inside a shared slab
  const re = data(n);
  const im = data(n, -1, 1, 1);
  for (let i = 0; i < n; i++) {
    d[o + 2 * i] = re[i]!;
    d[o + 2 * i + 1] = im[i]!;
  }
  return z;
}

function maxAbsDiff(a: np.NDArray, b: np.NDArray): number {
  return np.max(np.abs(np.subtract(a, b)) as np.NDArray) as number;
}

describe('np.fft arguments', () => {
  it('positional order equals the options object', () => {
    const x = np.reshape(np.asarray(data(24)), [4, 6]);
    const a = np.fft.fft(x, 8, 0, 'ortho');
    const b = np.fft.fft(x, { n: 8, axis: 0, norm: 'ortho' });
    assert.deepEqual(a.tolist(), b.tolist());
    const c = np.fft.rfftn(x, [4, 4], [0, 1], 'forward');
    const d = np.fft.rfftn(x, { s: [4, 4], axes: [0, 1], norm: 'forward' });
    assert.deepEqual(c.tolist(), d.tolist());
    assert.deepEqual(np.fft.fft(x, 8n as never).shape, [4, 8]);
  });

  it('out is returned (and ignored where NumPy ignores it)', () => {
    const x = complexOf(8);
    const out = np.zeros(8, { dtype: 'complex128' });
    assert.equal(np.fft.fft(x, { out }), out);
    const out2 = np.zeros([2, 2], { dtype: 'complex128' });
    assert.notEqual(np.fft.ifft2(np.ones([2, 2]), { out: out2 }), out2);
    assert.deepEqual(out2.tolist(), np.zeros([2, 2], { dtype: 'complex128' }).tolist());
  });

  it('fftn over no axes returns the input array itself', () => {
    const x = np.ones([2, 3]);
    assert.equal(np.fft.fftn(x, { axes: [] }), x);
  });

  it('device', () => {
    assert.deepEqual(np.fft.fftfreq(4, { device: 'cpu' }).tolist(), [0, 0.25, -0.5, -0.25]);
    throwsNumpy(
      () => np.fft.rfftfreq(4, 1, 'gpu' as never),
      'ValueError',
      'Device not understood. Only "cpu" is allowed, but received: gpu',
    );
  });
});

describe('np.fft round trips', () => {
  for (const n of [1 << 16, 3 ** 7 * 5, 65537, 2 * 10007]) {
    it(`ifft(fft(x)) and irfft(rfft(x)) for n = ${n}`, () => {
      const x = complexOf(n);
      assert.ok(maxAbsDiff(np.fft.ifft(np.fft.fft(x)), x) < 1e-12);
      const r = np.real(x) as np.NDArray;
      assert.ok(maxAbsDiff(np.fft.irfft(np.fft.rfft(r), n), r) < 1e-12);
      // Parseval with norm='ortho'
      const e1 = np.sum(np.square(np.abs(x)) as np.NDArray) as number;
      const e2 = np.sum(
        np.square(np.abs(np.fft.fft(x, { norm: 'ortho' }))) as np.NDArray,
      ) as number;
      assert.ok(Math.abs(e1 - e2) < 1e-9 * e1);
    });
  }
});
