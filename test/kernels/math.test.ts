/** exp, log, sin, cos: within 4 ulp of NumPy over a sample of the domain, specials exact. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import { seededRandom } from '../helpers.js';
import { at, BACKENDS, f32s, f64s, kernelsFixture, same, ulpDiff } from './util.js';

/** Max ulp error allowed against NumPy's own (libm / SIMD) results. */
const MAX_ULP = 4;

function isSpecial(x: number): boolean {
  return !Number.isFinite(x) || x === 0;
}

for (const backend of BACKENDS) {
  describe(`exp/log/sin/cos kernels (${backend})`, () => {
    for (const c of kernelsFixture().math as any[]) {
      const T = c.dtype === 'float64' ? 'F64' : 'F32';
      const name = `${c.func}${T}`;
      it(`${name}: <= ${MAX_ULP} ulp from NumPy, specials exact`, () => {
        K.setBackend(backend);
        const dec = T === 'F64' ? f64s : f32s;
        const x = dec(c.x);
        const want = dec(c.y);
        const f = (K as any)[name] as (a: typeof x, out: typeof x) => void;
        for (const off of [0, 1]) {
          const out = at(new (x.constructor as typeof Float64Array)(x.length), off) as typeof x;
          f(at(x, off) as any, out as any);
          let worst = 0;
          let wi = -1;
          for (let i = 0; i < x.length; i++) {
            if (isSpecial(want[i]!) || isSpecial(x[i]!)) {
              assert.ok(same(out[i]!, want[i]!), `${name}(${x[i]}) = ${out[i]}, numpy ${want[i]}`);
            }
            const d = ulpDiff(out[i]!, want[i]!, c.dtype);
            if (d > worst) {
              worst = d;
              wi = i;
            }
          }
          assert.ok(
            worst <= MAX_ULP,
            `${name}: ${worst} ulp at x=${x[wi]}: got ${out[wi]}, numpy ${want[wi]}`,
          );
        }
      });
    }

    it('each result depends on its own element only (shuffled inputs, shuffled outputs)', () => {
      K.setBackend(backend);
      const rnd = seededRandom(11);
      for (const c of kernelsFixture().math as any[]) {
        const T = c.dtype === 'float64' ? 'F64' : 'F32';
        const f = (K as any)[`${c.func}${T}`];
        const x = (T === 'F64' ? f64s : f32s)(c.x);
        const C = x.constructor as typeof Float64Array;
        const perm = Array.from({ length: x.length }, (_, i) => i);
        for (let i = perm.length - 1; i > 0; i--) {
          const j = Math.floor(rnd() * (i + 1));
          [perm[i], perm[j]] = [perm[j]!, perm[i]!];
        }
        const y = new C(x.length);
        for (let i = 0; i < x.length; i++) y[i] = x[perm[i]!]!;
        const ox = new C(x.length);
        const oy = new C(x.length);
        f(x, ox);
        f(y, oy);
        for (let i = 0; i < x.length; i++) {
          assert.ok(
            same(oy[i]!, ox[perm[i]!]!),
            `${c.func}${T}(${y[i]}): ${oy[i]} vs ${ox[perm[i]!]}`,
          );
        }
      }
    });

    it('short arrays (0..40 elements, any offset) give the same bits as long ones', () => {
      K.setBackend(backend);
      for (const c of kernelsFixture().math as any[]) {
        const T = c.dtype === 'float64' ? 'F64' : 'F32';
        const f = (K as any)[`${c.func}${T}`];
        const x = (T === 'F64' ? f64s : f32s)(c.x);
        const long = new (x.constructor as typeof Float64Array)(x.length);
        f(x, long);
        for (let n = 0; n <= 40; n++) {
          for (const start of [0, 1, 57]) {
            const part = x.subarray(start, start + n);
            const out = new (x.constructor as typeof Float64Array)(n);
            f(part, out);
            for (let i = 0; i < n; i++)
              assert.ok(same(out[i]!, long[start + i]!), `${c.func}${T} n=${n}`);
          }
        }
      }
    });
  });
}
