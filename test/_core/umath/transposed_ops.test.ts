/**
 * Ufuncs whose output's C order reads an input across its rows (a.T + b on large arrays):
 * numtype copies that input with the blocked transposing copy before its loop. Results,
 * layouts and in-place semantics against NumPy (scripts/fixtures/gen_transposed_ops.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

/** gen_transposed_ops.py's `data`: the same formula, special values and conversions. */
function data(n: number, dtype: string, k = 0): np.NDArray {
  const phi = k === 0 ? 0.6180339887498949 : 0.7548776662466927;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = ((i * phi) % 1) * 8 - 4;
  const special = dtype.startsWith('float') || dtype.startsWith('complex');
  if (special) {
    for (let i = 0; i < n; i += 97) x[i] = Number.NaN;
    for (let i = 5; i < n; i += 101) x[i] = Number.POSITIVE_INFINITY;
    for (let i = 7; i < n; i += 103) x[i] = Number.NEGATIVE_INFINITY;
    for (let i = 11; i < n; i += 89) x[i] = -0;
  }
  if (dtype.startsWith('complex')) {
    const z = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      z[2 * i] = x[i]!;
      z[2 * i + 1] = x[n - 1 - i]!;
    }
    return np.frombuffer(z.buffer, { dtype: 'complex128' }).astype(dtype);
  }
  if (dtype.startsWith('int')) return np.floor(np.asarray(x).mul(1000)).astype(dtype);
  return np.asarray(x).astype(dtype);
}

function inplace(): np.NDArray {
  const x = data(70 * 70, 'float64')
    .reshape(70, 70)
    .copy();
  np.add(x.T, x, { out: x });
  return x;
}

const quiet = <T>(f: () => T): T => np.errstate({ all: 'ignore' }, f);
const m = data(70 * 70, 'float64').reshape(70, 70);
const m2 = data(70 * 70, 'float64', 1).reshape(70, 70);
const i32 = data(80 * 64, 'int32').reshape(80, 64);
const i32b = data(64 * 80, 'int32', 1).reshape(64, 80);
const f32 = data(16 * 20 * 24, 'float32').reshape(16, 20, 24);
const g32 = data(20 * 24 * 16, 'float32', 1).reshape(20, 24, 16);
const c = data(70 * 70, 'complex128').reshape(70, 70);
const h = data(70 * 70, 'float16').reshape(70, 70);

const CASES: Record<string, () => np.NDArray> = {
  'f64 m.T - m2': () => m.T.sub(m2),
  'f64 m2 / m.T': () => m2.div(m.T),
  'f64 maximum(m.T, m2)': () => np.maximum(m.T, m2),
  'f64 m.T * 2 + m2 (chain)': () => m.T.mul(2).add(m2),
  'f64 m[::-1].T - m2': () => m.get('::-1').T.sub(m2),
  'f64 where': () =>
    np.add(m.T, m2, { out: np.full([70, 70], 7, { dtype: 'float64' }), where: m2.gt(0) }),
  'f64 in place add(x.T, x, out=x)': inplace,
  'i32 a.T - b': () => i32.T.sub(i32b),
  'i32 a.T // b': () => np.floor_divide(i32.T, np.where(i32b.eq(0), 1, i32b)),
  'f32 3-d x.transpose(1,2,0) * g': () => f32.transpose(1, 2, 0).mul(g32),
  'f32 3-d x.transpose(1,2,0) - g[..., ::-1]': () =>
    f32.transpose(1, 2, 0).sub(g32.get('...', '::-1')),
  'c128 c.T * c2': () => c.T.mul(data(70 * 70, 'complex128', 1).reshape(70, 70)),
  'f16 h.T + h2': () => h.T.add(data(70 * 70, 'float16', 1).reshape(70, 70)),
};

describe('ufuncs on large transposed operands vs NumPy', () => {
  const fx = loadFixture<{
    cases: { name: string; dtype: string; shape: number[]; c: boolean; bytes: string }[];
  }>('transposed_ops');
  it('covers every fixture case', () => {
    assert.deepEqual(Object.keys(CASES).sort(), fx.cases.map((k) => k.name).sort());
  });
  for (const k of fx.cases) {
    it(k.name, () => {
      const r = quiet(CASES[k.name]!);
      assert.equal(String(r.dtype), k.dtype);
      assert.deepEqual(r.shape, k.shape);
      assert.equal(r.flags.c_contiguous, k.c, 'layout');
      const got = Buffer.from(np.ascontiguousarray(r).tobytes()).toString('base64');
      assert.equal(got, k.bytes);
    });
  }
});
