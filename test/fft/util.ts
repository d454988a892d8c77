/**
 * Shared pieces of the np.fft tests: the deterministic inputs of
 * scripts/fixtures/gen_fft.py and the tolerance check against NumPy's results.
 */
import assert from 'node:assert/strict';
import * as np from '../../src/index.js';

export interface InputSpec {
  shape: number[];
  dtype: string;
  index?: string;
  T?: boolean;
}

export interface Encoded {
  dtype: string;
  shape: number[];
  step: number;
  data: number[];
}

/** bench/cases.mjs data(): lo + (hi - lo) * frac(i * phi_k). */
export function data(n: number, lo = -1, hi = 1, k = 0): Float64Array {
  const phi = k === 0 ? 0.6180339887498949 : 0.7548776662466927;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * ((i * phi) % 1);
  return out;
}

/** The input of a fixture spec, built exactly as gen_fft.py's make(). */
export function make(spec: InputSpec): np.NDArray {
  if (spec.dtype === 'str') return np.array(['a', 'b', 'c']);
  const size = spec.shape.reduce((p, d) => p * d, 1);
  const dt = np.dtype(spec.dtype as 'float64');
  let x: np.NDArray;
  if (dt.kind === 'c') {
    const c = np.zeros(size, { dtype: 'complex128' });
    const d = c.data as Float64Array;
    const o = c.offset / 8; // a small array may sit inside a shared slab
    const re = data(size);
    const im = data(size, -1, 1, 1);
    for (let i = 0; i < size; i++) {
      d[o + 2 * i] = re[i]!;
      d[o + 2 * i + 1] = im[i]!;
    }
    x = c.astype(dt);
  } else if (dt.kind === 'i') x = np.asarray(data(size, -10, 10)).astype(dt);
  else if (dt.kind === 'u') x = np.asarray(data(size, 0, 20)).astype(dt);
  else if (dt.kind === 'b') x = np.asarray(data(size)).gt(0) as np.NDArray;
  else x = np.asarray(data(size)).astype(dt);
  x = x.reshape(spec.shape);
  if (spec.T) x = x.T;
  if (spec.index) x = x.get(spec.index);
  return x;
}

/** Flattened values of `a` (complex interleaved), every `step`-th element. */
export function flat(a: np.NDArray, step: number): number[] {
  const c = np.ascontiguousarray(
    a.dtype.kind === 'c' ? a.astype('complex128') : a.astype('float64'),
  );
  const d = c.data as Float64Array;
  const w = a.dtype.kind === 'c' ? 2 : 1;
  const out: number[] = [];
  for (let i = 0; i < a.size; i += step) {
    out.push(d[c.offset / 8 + w * i]!);
    if (w === 2) out.push(d[c.offset / 8 + 2 * i + 1]!);
  }
  return out;
}

/** Tolerance relative to the largest magnitude: 1e-12 in double, 2e-6 in single, 2e-3 in half. */
export function tolFor(dtype: string): number {
  if (dtype === 'float16') return 2e-3;
  return dtype === 'float32' || dtype === 'complex64' ? 2e-6 : 1e-12;
}

/** Assert `got` has NumPy's dtype and shape and values within tolerance. */
export function assertClose(got: np.NDArray, exp: Encoded, label: string): void {
  assert.equal(got.dtype.name, exp.dtype, `${label}: dtype`);
  assert.deepEqual(got.shape, exp.shape, `${label}: shape`);
  const g = flat(got, exp.step);
  assert.equal(g.length, exp.data.length, `${label}: length`);
  let mx = 0;
  for (const v of exp.data) mx = Math.max(mx, Math.abs(v));
  const tol = tolFor(exp.dtype) * Math.max(mx, 1e-300);
  for (let i = 0; i < g.length; i++) {
    const err = Math.abs(g[i]! - exp.data[i]!);
    if (!(err <= tol)) {
      assert.fail(`${label}: element ${i}: got ${g[i]}, NumPy ${exp.data[i]} (max ${mx})`);
    }
  }
}
