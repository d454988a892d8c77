/** Element-wise arithmetic kernels vs a plain reference and vs NumPy, on both backends. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as K from '../../src/_core/kernels/index.js';
import { seededRandom } from '../helpers.js';
import { at, BACKENDS, f32s, f64s, firstDiff, i64s, kernelsFixture } from './util.js';

type F = Float64Array | Float32Array;
const ops2: Record<string, (x: number, y: number) => number> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
};
const ops1: Record<string, (x: number) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  sqrt: Math.sqrt,
};

function kern(name: string): any {
  const f = (K as any)[name];
  assert.equal(typeof f, 'function', `kernel ${name} exists`);
  return f;
}

// Lengths around the vector width, SMALL_N, and the streaming block sizes (1024 f64 / 2048 f32).
const LENGTHS = [
  0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1023, 1024, 1025, 2047, 2048,
  2049, 4099, 10007,
];
const OFFSETS = [0, 1, 3];

function randomArray(
  C: typeof Float64Array | typeof Float32Array,
  n: number,
  rnd: () => number,
): F {
  const a = new C(n);
  for (let i = 0; i < n; i++) a[i] = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 8 - 4);
  return a;
}

for (const backend of BACKENDS) {
  describe(`arith kernels (${backend})`, () => {
    K.setBackend(backend);
    it(`runs on the ${backend} backend`, () => {
      K.setBackend(backend);
      assert.equal(K.getBackend(), backend);
    });

    for (const [T, C] of [
      ['F64', Float64Array],
      ['F32', Float32Array],
    ] as const) {
      const round = T === 'F32' ? Math.fround : (x: number) => x;
      it(`binary ${T} (array-array, array-scalar, scalar-array) vs reference, odd lengths and offsets`, () => {
        K.setBackend(backend);
        const rnd = seededRandom(42);
        for (const n of LENGTHS) {
          for (const off of OFFSETS) {
            const a = at(randomArray(C, n, rnd), off);
            const b = at(randomArray(C, n, rnd), (off * 2) % 5);
            const s = round(rnd() * 3 + 0.1);
            for (const [op, f] of Object.entries(ops2)) {
              const out = at(new C(n), (off + 1) % 4);
              const ref = new C(n);
              kern(`${op}${T}`)(a, b, out);
              for (let i = 0; i < n; i++) ref[i] = f(a[i]!, b[i]!);
              assert.equal(firstDiff(out, ref), -1, `${op}${T} n=${n} off=${off}`);
              kern(`${op}${T}AS`)(a, s, out);
              for (let i = 0; i < n; i++) ref[i] = f(a[i]!, s);
              assert.equal(firstDiff(out, ref), -1, `${op}${T}AS n=${n} off=${off}`);
              kern(`${op}${T}SA`)(s, a, out);
              for (let i = 0; i < n; i++) ref[i] = f(s, a[i]!);
              assert.equal(firstDiff(out, ref), -1, `${op}${T}SA n=${n} off=${off}`);
            }
          }
        }
      });

      it(`unary ${T} vs reference, odd lengths and offsets`, () => {
        K.setBackend(backend);
        const rnd = seededRandom(7);
        for (const n of LENGTHS) {
          for (const off of OFFSETS) {
            const a = at(randomArray(C, n, rnd), off);
            for (const [op, f] of Object.entries(ops1)) {
              const out = new C(n);
              const ref = new C(n);
              kern(`${op}${T}`)(a, out);
              for (let i = 0; i < n; i++) ref[i] = f(a[i]!);
              assert.equal(firstDiff(out, ref), -1, `${op}${T} n=${n} off=${off}`);
            }
          }
        }
      });

      it(`${T} kernels work in place and read only out.length elements`, () => {
        K.setBackend(backend);
        const rnd = seededRandom(9);
        for (const n of [5, 40, 3000]) {
          const a = randomArray(C, n + 10, rnd);
          const b = randomArray(C, n + 10, rnd);
          const ref = new C(n);
          for (let i = 0; i < n; i++) ref[i] = a[i]! * b[i]!;
          const x = a.subarray(0, n);
          kern(`mul${T}`)(x, b, x); // out is input a, b is longer than out
          assert.equal(firstDiff(x, ref), -1);
          const tail = a.subarray(n);
          const before = tail.slice();
          kern(`sqrt${T}`)(x, x);
          assert.equal(firstDiff(tail, before), -1, 'no write past out');
        }
      });

      it(`${T} matches NumPy on specials (nan, inf, -0, subnormals, extremes)`, () => {
        K.setBackend(backend);
        const fx = kernelsFixture().arith.find(
          (c: any) => c.dtype === (T === 'F64' ? 'float64' : 'float32'),
        );
        const dec = T === 'F64' ? f64s : f32s;
        const a = dec(fx.a);
        const b = dec(fx.b);
        const s = fx.scalar as number;
        for (const [name, b64] of Object.entries(fx.results as Record<string, string>)) {
          const want = dec(b64);
          for (const off of [0, 1]) {
            const out = at(new C(a.length), off);
            const x = at(a, off + 1);
            if (name.endsWith('AS')) kern(`${name.slice(0, 3)}${T}AS`)(x, s, out);
            else if (name.endsWith('SA')) kern(`${name.slice(0, 3)}${T}SA`)(s, x, out);
            else if (name in ops2) kern(`${name}${T}`)(x, at(b, off), out);
            else kern(`${name}${T}`)(x, out);
            const d = firstDiff(out, want);
            assert.equal(
              d,
              -1,
              `${name}${T}: at ${d}: a=${a[d]} b=${b[d]} got ${out[d]} numpy ${want[d]}`,
            );
          }
        }
      });
    }

    it('inputs shorter than the output are a RangeError', () => {
      K.setBackend(backend);
      for (const n of [3, 300]) {
        const short = new Float64Array(n - 1);
        const ok = new Float64Array(n);
        assert.throws(() => K.addF64(short, ok, ok), RangeError);
        assert.throws(() => K.addF64(ok, short, ok), RangeError);
        assert.throws(() => K.mulF64AS(short, 2, ok), RangeError);
        assert.throws(() => K.subF64SA(2, short, ok), RangeError);
        assert.throws(() => K.expF64(short, ok), RangeError);
        assert.throws(() => K.sqrtF32(new Float32Array(n - 1), new Float32Array(n)), RangeError);
        assert.throws(
          () => K.addI64(new BigInt64Array(n - 1), new BigInt64Array(n), new BigInt64Array(n)),
          RangeError,
        );
      }
    });

    it('int64 add wraps like NumPy, odd lengths and offsets', () => {
      K.setBackend(backend);
      const fx = kernelsFixture().arith.find((c: any) => c.dtype === 'int64');
      const a = i64s(fx.a);
      const b = i64s(fx.b);
      for (const off of OFFSETS) {
        const out = at(new BigInt64Array(a.length), off);
        K.addI64(at(a, off), at(b, off + 1), out);
        assert.equal(firstDiff(out, i64s(fx.results.add)), -1);
        K.addI64AS(at(a, off), BigInt(fx.scalar), out);
        assert.equal(firstDiff(out, i64s(fx.results.addAS)), -1);
      }
      const rnd = seededRandom(3);
      for (const n of LENGTHS) {
        const x = new BigInt64Array(n);
        const y = new BigInt64Array(n);
        for (let i = 0; i < n; i++) {
          x[i] = BigInt.asIntN(
            64,
            BigInt(Math.floor(rnd() * 2 ** 53)) << BigInt(Math.floor(rnd() * 12)),
          );
          y[i] = BigInt.asIntN(
            64,
            -BigInt(Math.floor(rnd() * 2 ** 53)) << BigInt(Math.floor(rnd() * 12)),
          );
        }
        const out = new BigInt64Array(n);
        K.addI64(at(x, 1), y, out);
        for (let i = 0; i < n; i++) assert.equal(out[i], BigInt.asIntN(64, x[i]! + y[i]!));
        K.addI64AS(x, 2n ** 64n + 5n, out);
        for (let i = 0; i < n; i++) assert.equal(out[i], BigInt.asIntN(64, x[i]! + 5n));
      }
    });
  });
}

// The wasm arithmetic kernels report NaN/±inf results themselves (the engine's overflow and
// invalid warnings come from that flag): every position must count, leftovers past n must not.
describe('arith kernels: non-finite flag (wasm)', () => {
  const cases: [string, (a: F, b: F, o: F) => void][] = [
    ['addF64', (a, b, o) => K.addF64(a as Float64Array, b as Float64Array, o as Float64Array)],
    ['mulF64AS', (a, _b, o) => K.mulF64AS(a as Float64Array, 3, o as Float64Array)],
    ['subF64SA', (a, _b, o) => K.subF64SA(1, a as Float64Array, o as Float64Array)],
    ['sqrtF64', (a, _b, o) => K.sqrtF64(a as Float64Array, o as Float64Array)],
    ['divF32', (a, b, o) => K.divF32(a as Float32Array, b as Float32Array, o as Float32Array)],
    ['addF32AS', (a, _b, o) => K.addF32AS(a as Float32Array, 0.5, o as Float32Array)],
    ['negF32', (a, _b, o) => K.negF32(a as Float32Array, o as Float32Array)],
  ];
  for (const [name, run] of cases) {
    it(`${name}: a NaN or inf at any position is seen, finite results are not`, () => {
      K.setBackend('wasm');
      const C = name.includes('F32') ? Float32Array : Float64Array;
      for (const n of [64, 65, 66, 67, 71, 100, 2047, 2048, 2049, 4096, 4099]) {
        // Leave NaNs in the scratch block past n: a longer call whose tail is NaN first.
        const junk = new C(n + 40).fill(Number.NaN);
        run(junk, junk, new C(n + 40));
        const a = new C(n).fill(2);
        const b = new C(n).fill(4);
        const o = new C(n);
        K.beginCall();
        run(a, b, o);
        assert.equal(K.nonFiniteSeen(), false, `n=${n} all finite`);
        for (const p of new Set([0, 1, n >> 1, n - 3, n - 2, n - 1, 2047, 2048])) {
          if (p >= n) continue;
          for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
            a[p] = bad;
            K.beginCall();
            run(a, b, o);
            assert.equal(K.nonFiniteSeen(), true, `n=${n} ${bad} at ${p}`);
            a[p] = 2;
          }
        }
      }
    });
  }
});
