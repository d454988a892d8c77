/**
 * Complex np.multiply bit for bit against NumPy (scripts/fixtures/gen_complex_multiply.py):
 * the element-wise loop's fused multiply-adds for complex128 and complex64 on contiguous,
 * strided and scalar operands, the NaN each part passes on (payload and sign) for every
 * placement of NaN, ±inf and ±0, np.square alike, and multiply.at's plain products.
 * Reversed 1-d complex64 inputs are left out: NumPy runs its plain loop there (see the
 * generator). Also products of extreme magnitudes (a fused step whose product overflows must
 * give ±inf, not NaN) and complex maximum/minimum/fmax/fmin with NaN parts in every slot
 * (they return one operand unchanged: compared bit for bit).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

const fx = loadFixture<{
  n: number;
  a: string;
  b: string;
  e: string;
  f: string;
  cases: Record<string, Record<string, string>>;
}>('complex_multiply');
const bytes = (s: string): ArrayBuffer => {
  const b = Buffer.from(s, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
};
const hex = (a: np.NDArray): string =>
  Buffer.from(np.ascontiguousarray(a).tobytes()).toString('base64');

/**
 * Which NaN (payload, sign) NumPy's SIMD loop returns depends on how its compiler ordered the
 * operands of each instruction; numtype follows the array-array loop. Elsewhere only the
 * values are compared: equal bits, or NaN on both sides.
 */
const NAN_BITS_EXACT = new Set([
  'a*b',
  'a[::3]*b[::2]',
  'maximum(a,b)',
  'minimum(a,b)',
  'fmax(a,b)',
  'fmin(a,b)',
]);

/** How many elements differ other than by which NaN they hold. */
function differencesBesidesNaN(got: np.NDArray, want: string, single: boolean): number {
  const g = np.ascontiguousarray(got).tobytes().slice().buffer;
  const w = bytes(want);
  const G = single ? new Float32Array(g) : new Float64Array(g);
  const W = single ? new Float32Array(w) : new Float64Array(w);
  const GB = single ? new Uint32Array(g) : new BigUint64Array(g);
  const WB = single ? new Uint32Array(w) : new BigUint64Array(w);
  let bad = 0;
  for (let i = 0; i < G.length; i++) {
    if (GB[i] !== WB[i] && !(Number.isNaN(G[i]) && Number.isNaN(W[i]))) bad++;
  }
  return bad;
}

describe('complex multiply vs NumPy, bit for bit', () => {
  const a128 = np.frombuffer(bytes(fx.a), { dtype: 'complex128' });
  const b128 = np.frombuffer(bytes(fx.b), { dtype: 'complex128' });
  const e128 = np.frombuffer(bytes(fx.e), { dtype: 'complex128' });
  const f128 = np.frombuffer(bytes(fx.f), { dtype: 'complex128' });
  for (const [dt, cases] of Object.entries(fx.cases)) {
    const A = a128.astype(dt);
    const B = b128.astype(dt);
    const run: Record<string, () => np.NDArray> = {
      'a*b': () => A.mul(B),
      'a[::3]*b[::2]': () => A.get('::3').mul(B.get('::2').get(':1000')),
      'a*b[17]': () => np.multiply(A, B.get('17:18').reshape([])),
      'square(a)': () => np.square(A),
      'multiply.at': () => {
        const r = A.copy();
        np.multiply.at(r, np.arange(fx.n), B);
        return r;
      },
      'e*f': () => e128.astype(dt).mul(f128.astype(dt)),
      'maximum(a,b)': () => np.maximum(A, B),
      'minimum(a,b)': () => np.minimum(A, B),
      'fmax(a,b)': () => np.fmax(A, B),
      'fmin(a,b)': () => np.fmin(A, B),
    };
    for (const [name, want] of Object.entries(cases)) {
      it(`${dt} ${name}`, () => {
        const got = np.errstate({ all: 'ignore' }, run[name]!);
        if (NAN_BITS_EXACT.has(name)) assert.equal(hex(got), want);
        else assert.equal(differencesBesidesNaN(got, want, dt === 'complex64'), 0);
      });
    }
  }
});
