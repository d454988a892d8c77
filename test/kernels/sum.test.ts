/** Pairwise sums: bit for bit NumPy's np.sum, on both backends, at any offset. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as js from '../../src/_core/kernels/js.js';
import { seededRandom } from '../helpers.js';
import { at, BACKENDS, f32s, f64s, kernelsFixture, same, seq } from './util.js';

function data(c: any): Float64Array | Float32Array {
  if (c.seq) return seq(c.dtype, c.seq[0], c.seq[1]);
  return c.dtype === 'float64' ? f64s(c.data) : f32s(c.data);
}
function sum(a: Float64Array | Float32Array): number {
  return a instanceof Float64Array ? K.sumF64(a) : K.sumF32(a);
}

for (const backend of BACKENDS) {
  describe(`sum kernels (${backend})`, () => {
    const cases = kernelsFixture().sums as any[];
    for (const dtype of ['float64', 'float32']) {
      it(`${dtype}: np.sum bit for bit (${cases.filter((c) => c.dtype === dtype).length} NumPy cases)`, () => {
        K.setBackend(backend);
        assert.equal(K.getBackend(), backend);
        for (const c of cases.filter((c) => c.dtype === dtype)) {
          const a = data(c);
          const want = (dtype === 'float64' ? f64s(c.sum) : f32s(c.sum))[0]!;
          for (const off of a.length > 200_000 ? [0] : [0, 1, 3]) {
            const got = sum(off === 0 ? a : at(a, off));
            assert.ok(
              same(got, want),
              `${dtype} n=${a.length} ${c.seq ? `seq ${c.seq}` : ''} off=${off}: got ${got}, numpy ${want}`,
            );
          }
        }
      });
    }

    it('pairwise sums equal the plain recursive reference at every length up to 600 and around blocks', () => {
      K.setBackend(backend);
      const rnd = seededRandom(5);
      const lengths = [
        ...Array.from({ length: 601 }, (_, i) => i),
        1023,
        1024,
        1025,
        2047,
        2048,
        2049,
        2050,
        4096,
        4097,
        9001,
      ];
      for (const n of lengths) {
        const a = new Float64Array(n);
        for (let i = 0; i < n; i++) a[i] = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 16 - 8);
        const b = Float32Array.from(a);
        const x = at(a, n % 3);
        const y = at(b, n % 5);
        assert.ok(same(K.pairwiseSumF64(x), js.pairwiseF64(a, 0, n)), `f64 n=${n}`);
        assert.ok(same(K.pairwiseSumF32(y), js.pairwiseF32(b, 0, n)), `f32 n=${n}`);
      }
    });

    it('empty and negative-zero sums follow NumPy (identity 0.0 added)', () => {
      K.setBackend(backend);
      assert.ok(same(K.sumF64(new Float64Array(0)), 0));
      assert.ok(same(K.pairwiseSumF64(new Float64Array(0)), -0));
      assert.ok(same(K.sumF64(new Float64Array([-0, -0])), 0));
      assert.ok(same(K.pairwiseSumF64(new Float64Array(100).fill(-0)), -0));
      assert.ok(same(K.sumF32(new Float32Array(3).fill(-0)), 0));
      assert.ok(same(K.sumF64(new Float64Array([1, 2, 3]), 10), 16));
    });
  });
}
