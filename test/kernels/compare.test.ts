/**
 * Comparison kernels (float64/float32 to bool bytes) on both backends vs the IEEE comparisons
 * NumPy's loops make (NaN unordered and unequal, -0 == +0), at lengths around the SIMD width
 * and the streaming block sizes, with special values mixed in; and the ufuncs against NumPy
 * on arrays long enough to take the SIMD path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import * as np from '../../src/index.js';
import { hasNumpy, pyJSON, seededRandom } from '../helpers.js';
import { BACKENDS } from './util.js';

const OPS: Record<K.CmpOp, (x: number, y: number) => boolean> = {
  eq: (x, y) => x === y,
  ne: (x, y) => x !== y,
  lt: (x, y) => x < y,
  le: (x, y) => x <= y,
  gt: (x, y) => x > y,
  ge: (x, y) => x >= y,
  alt: (x, y) => Math.abs(x) < y,
  aeq: (x, y) => Math.abs(x) === y,
};
const SPECIAL = [Number.NaN, 0, -0, Infinity, -Infinity, 1, -1, 0.5, 2 ** -1074, 1e300];
const LENGTHS = [0, 1, 15, 16, 17, 63, 64, 65, 100, 2047, 2048, 2049, 4096, 4097, 10007];

function data(C: typeof Float64Array | typeof Float32Array, n: number, rnd: () => number) {
  const a = new C(n);
  // Small integers make equal pairs common; specials cover NaN and signed zeros.
  for (let i = 0; i < n; i++)
    a[i] = rnd() < 0.2 ? SPECIAL[Math.floor(rnd() * SPECIAL.length)]! : Math.floor(rnd() * 5) - 2;
  return a;
}

for (const backend of BACKENDS) {
  describe(`compare kernels (${backend})`, () => {
    for (const C of [Float64Array, Float32Array]) {
      it(`${C.name}: array-array and array-scalar, every operation`, () => {
        K.setBackend(backend);
        const rnd = seededRandom(7);
        let checked = 0;
        for (const n of LENGTHS) {
          const a = data(C, n + 3, rnd).subarray(3);
          const b = data(C, n, rnd);
          for (const op of Object.keys(OPS) as K.CmpOp[]) {
            const f = OPS[op];
            const out = new Uint8Array(n);
            K.compare(op, a, b, out);
            for (let i = 0; i < n; i++)
              assert.equal(out[i], f(a[i]!, b[i]!) ? 1 : 0, `${op} n=${n} i=${i} ${a[i]} ${b[i]}`);
            for (const s of SPECIAL) {
              const sv = C === Float32Array ? Math.fround(s) : s;
              out.fill(7);
              K.compare(op, a, sv, out);
              for (let i = 0; i < n; i++)
                assert.equal(out[i], f(a[i]!, sv) ? 1 : 0, `${op} n=${n} s=${sv} i=${i}`);
            }
            checked += n;
          }
        }
        assert.ok(checked > 50000);
        K.setBackend('auto');
      });
    }
  });
}

describe('comparison ufuncs on SIMD-length arrays vs NumPy', { skip: !hasNumpy() }, () => {
  it('float64 and float32, arrays, scalars both sides, strided', () => {
    const vals = [...data(Float64Array, 300, seededRandom(3))];
    const want = pyJSON<Record<string, boolean[]>>(
      `
import json, sys, numpy as np
v = np.array([float(x) for x in json.loads(sys.stdin.read())])
w = v[::-1].copy()
out = {}
for dt in ('float64', 'float32'):
    a = v.astype(dt); b = w.astype(dt)
    for op in ('equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal'):
        f = getattr(np, op)
        out[f'{dt} {op} aa'] = f(a, b).tolist()
        out[f'{dt} {op} as'] = f(a, 0.5).tolist()
        out[f'{dt} {op} sa'] = f(-0.0, a).tolist()
        out[f'{dt} {op} strided'] = f(a[::2], b[1::2]).tolist()
print(json.dumps(out))`,
      // float() reads 'nan', 'inf' and '-inf' (JSON has no such numbers).
      JSON.stringify(
        vals.map((x) => (Number.isFinite(x) ? x : String(x).replace('Infinity', 'inf'))),
      ),
    );
    for (const dt of ['float64', 'float32'] as const) {
      const a = np.array(vals, { dtype: dt });
      const b = np.flip(a).copy();
      for (const op of ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']) {
        const f = (np as any)[op];
        assert.deepEqual(f(a, b).tolist(), want[`${dt} ${op} aa`], `${dt} ${op} aa`);
        assert.deepEqual(f(a, 0.5).tolist(), want[`${dt} ${op} as`], `${dt} ${op} as`);
        assert.deepEqual(f(-0, a).tolist(), want[`${dt} ${op} sa`], `${dt} ${op} sa`);
        assert.deepEqual(
          f(a.get('::2'), b.get('1::2')).tolist(),
          want[`${dt} ${op} strided`],
          `${dt} ${op} strided`,
        );
      }
    }
  });
});
