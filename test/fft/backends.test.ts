/**
 * The wasm FFT passes (assembly/fft.ts via src/fft/wasm_plan.ts) perform the JS passes'
 * operations in the same order, so both backends must give the same bits on every line
 * path of transformAxis: single lines, lines side by side (rows), lanes of adjacent
 * columns, real↔complex of even and odd length, strided and negative-stride views, float32,
 * zero padding and cropping, and every norm. (Accuracy against NumPy is fft.test.ts's job.)
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

const initial = K.getBackend();
after(() => K.setBackend(initial));

function random(shape: number[], dtype: 'float64' | 'float32' | 'complex128', seed: number) {
  const rnd = seededRandom(seed);
  const size = shape.reduce((p, d) => p * d, 1);
  const re = np.asarray(Array.from({ length: size }, () => rnd() * 2 - 1)).reshape(shape);
  if (dtype !== 'complex128') return re.astype(dtype);
  const im = np.asarray(Array.from({ length: size }, () => rnd() * 2 - 1)).reshape(shape);
  return np.add(re, np.multiply(im, new np.Complex(0, 1)));
}

/** The raw bytes of a result, as hex words, for an exact comparison. */
function bits(a: np.NDArray): string[] {
  const c = np.ascontiguousarray(a);
  return Array.from(c.tobytes(), (w) => w.toString(16));
}

function onBoth(f: () => np.NDArray): void {
  K.setBackend('js');
  const js = f();
  K.setBackend('wasm');
  const wasm = f();
  assert.deepEqual(wasm.shape, js.shape);
  assert.equal(wasm.dtype.name, js.dtype.name);
  assert.deepEqual(bits(wasm), bits(js));
}

const wasmOk = K.simdSupported();

describe('np.fft: wasm and JS backends agree bit for bit', { skip: !wasmOk }, () => {
  const lengths = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 20, 30, 50, 64, 100, 125, 240, 1000];
  it('fft/ifft of complex rows and columns (rows side by side, lanes)', () => {
    for (const n of lengths) {
      const x = random([9, n], 'complex128', n);
      onBoth(() => np.fft.fft(x));
      onBoth(() => np.fft.ifft(x, { norm: 'ortho' }));
      const y = random([n, 11], 'complex128', n + 1);
      onBoth(() => np.fft.fft(y, { axis: 0 }));
      onBoth(() => np.fft.ifft(y, { axis: 0, norm: 'forward' }));
    }
  });
  it('rfft/irfft of even and odd lengths, both axes', () => {
    for (const n of lengths) {
      const x = random([7, n], 'float64', 3 * n);
      onBoth(() => np.fft.rfft(x));
      onBoth(() => np.fft.rfft(x.T, { axis: 0 }));
      const X = np.fft.rfft(x);
      onBoth(() => np.fft.irfft(X, n));
      onBoth(() => np.fft.irfft(X.T, n, 0));
    }
  });
  it('strided, negative-stride, float32, padded and cropped inputs', () => {
    const x = random([12, 40], 'float64', 7);
    onBoth(() => np.fft.rfft(x.get('::2', '::-1')));
    onBoth(() => np.fft.fft(x.get('::-3', '1::2'), { axis: 0 }));
    onBoth(() => np.fft.rfft(x, 64));
    onBoth(() => np.fft.fft(x, 25));
    onBoth(() => np.fft.rfft(random([5, 30], 'float32', 9)));
    onBoth(() => np.fft.fft2(random([30, 24], 'complex128', 10)));
    onBoth(() => np.fft.rfft2(random([20, 50], 'float64', 11)));
    onBoth(() => np.fft.irfft2(np.fft.rfft2(random([20, 50], 'float64', 12))));
    onBoth(() => np.fft.fftn(random([4, 6, 10], 'complex128', 13)));
  });
  it('lengths the wasm plans leave to JS (factor 7, Bluestein) still match', () => {
    for (const n of [7, 14, 49, 101, 1009]) {
      const x = random([3, n], 'float64', n);
      onBoth(() => np.fft.rfft(x));
      onBoth(() => np.fft.fft(x, { axis: 1 }));
    }
  });
});

describe('np.fft: the cached wasm twiddles survive other kernels', { skip: !wasmOk }, () => {
  it('a matmul and large element-wise calls between two transforms change nothing', () => {
    K.setBackend('wasm');
    const x = random([6, 1000], 'float64', 21);
    const first = bits(np.fft.rfft(x));
    const m = random([300, 300], 'float64', 22);
    np.matmul(m, m); // the GEMM staging fills the scratch region
    np.exp(random([400000], 'float64', 23));
    assert.deepEqual(bits(np.fft.rfft(x)), first);
  });
});
