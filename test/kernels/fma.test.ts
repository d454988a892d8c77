/**
 * The fused-multiply-add kernels (assembly/fma, kernels/fma_wasm.ts): bit for bit the scalar
 * ports they replace (whose NumPy agreement the ufunc fixtures test), over random inputs of
 * every range, the special values, block edges and in-place calls.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  type F32Kernel,
  type F64Kernel,
  loadFmaAsync,
  loadFmaSync,
} from '../../src/_core/kernels/fma_wasm.js';
import * as AS from '../../src/_core/umath/defs/libm_asin.js';
import * as AT from '../../src/_core/umath/defs/libm_atan.js';
import * as D from '../../src/_core/umath/defs/libm_double.js';
import { tan } from '../../src/_core/umath/defs/libm_tan.js';
import { tanhSimd32, tanhSimd64 } from '../../src/_core/umath/defs/simd_tanh.js';

/** Whether this CPU has FMA (then V8 fuses relaxed madd): Linux's /proc/cpuinfo flags. */
function cpuHasFma(): boolean | undefined {
  try {
    return /\bfma\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return undefined;
  }
}

const F64: [F64Kernel, (x: number) => number][] = [
  ['log1pF64', D.log1p],
  ['expm1F64', D.expm1],
  ['tanhF64', tanhSimd64],
  ['atanF64', AT.atan],
  ['asinF64', AS.asin],
  ['acosF64', AS.acos],
  ['tanF64', tan],
];
const F32: [F32Kernel, (x: number) => number][] = [['tanhF32', tanhSimd32]];

const SPECIAL = [
  0,
  -0,
  Infinity,
  -Infinity,
  Number.NaN,
  -1,
  1,
  0.5,
  -0.5,
  5e-324,
  -5e-324,
  2 ** -1022,
  1e-300,
  1e308,
  -1e308,
  709.78,
  710,
  -745,
  -708.4,
  22,
  -22,
  40,
  2 ** -28,
  2 ** -54,
  -0.2928932188134524,
  0.41421356237309503,
  2 ** 1023,
  -(2 ** 1023),
];

/** Inputs over every range: uniform in ±1, ±40, ±1500, log-uniform magnitudes, random bits, near −1. */
function inputs(n: number, seed: number): Float64Array {
  const x = new Float64Array(n);
  const u = new Uint32Array(x.buffer);
  let s = seed >>> 0;
  const rnd = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    const m = i % 6;
    if (m === 0) x[i] = (rnd() - 0.5) * 2;
    else if (m === 1) x[i] = (rnd() - 0.5) * 80;
    else if (m === 2) x[i] = (rnd() - 0.5) * 1500;
    else if (m === 3) x[i] = Math.sign(rnd() - 0.5) * 2 ** (rnd() * 200 - 100);
    else if (m === 4) {
      u[2 * i] = rnd() * 2 ** 32;
      u[2 * i + 1] = rnd() * 2 ** 32;
    } else x[i] = -1 + rnd() * 1e-3;
  }
  x.set(SPECIAL);
  return x;
}

const same = (a: number, b: number): boolean =>
  Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

function firstMismatch(x: ArrayLike<number>, z: ArrayLike<number>, f: (v: number) => number) {
  for (let i = 0; i < x.length; i++) {
    const want = f(x[i]!);
    if (!same(z[i]!, want)) return { i, x: x[i], got: z[i], want };
  }
  return null;
}

describe('fma kernels', () => {
  const k = loadFmaSync();

  it('load where the CPU has FMA, and their fma rounds once', () => {
    if (cpuHasFma() === true) assert.ok(k !== null, 'the FMA kernels did not load on an FMA CPU');
    if (cpuHasFma() === false) assert.equal(k, null);
  });

  it('loadFmaAsync gives the same instance', async () => {
    assert.equal(await loadFmaAsync(), k);
  });

  for (const [name, f] of F64) {
    it(`${name}: the scalar port's bits on 300,000 inputs, block edges and in place`, (t) => {
      if (k === null) return t.skip('no fused relaxed madd here');
      const x = inputs(300_000, name.length * 7919);
      const z = new Float64Array(x.length);
      k.unaryF64(name, x, z, x.length);
      assert.equal(firstMismatch(x, z, f), null);
      // Lengths around the block size, an odd tail, a subarray input, in place.
      for (const n of [1, 2, 3, 4095, 4096, 4097, 8195]) {
        const xs = x.subarray(7, 7 + n);
        const zs = new Float64Array(n);
        k.unaryF64(name, xs, zs, n);
        assert.equal(firstMismatch(xs, zs, f), null, `n = ${n}`);
        const xi = xs.slice();
        k.unaryF64(name, xi, xi, n);
        assert.equal(firstMismatch(xs, xi, f), null, `in place, n = ${n}`);
      }
    });
  }

  it("atan2F64: atan2's bits on 300,000 pairs of every range, block edges, in place", (t) => {
    if (k === null) return t.skip('no fused relaxed madd here');
    const y = inputs(300_000, 31337);
    const x = inputs(300_000, 2718);
    // Every third pair with |y/x| near 1, 1/16, 16 (table ends) or an exponent gap near 57.
    for (let i = 1; i < x.length; i += 3) {
      const r = [1, 0.0625, 16, 2 ** 57, 2 ** -57, 2 ** 500][i % 6]!;
      x[i] = y[i]! * r * (1 + (((i * 7919) % 2001) - 1000) * 2 ** -40);
    }
    for (let i = 0; i < SPECIAL.length; i++) {
      for (let j = 0; j < SPECIAL.length; j++) {
        const p = 1000 + i * SPECIAL.length + j;
        y[p] = SPECIAL[i]!;
        x[p] = SPECIAL[j]!;
      }
    }
    const n = x.length;
    const z = new Float64Array(n);
    assert.equal(k.binaryF64('atan2F64', y, x, z, n), 0);
    let bad: object | null = null;
    for (let i = 0; i < n && bad === null; i++) {
      const w = AT.atan2(y[i]!, x[i]!);
      if (!same(z[i]!, w)) bad = { i, y: y[i], x: x[i], got: z[i], want: w };
    }
    assert.equal(bad, null);
    for (const m of [1, 3, 4095, 4096, 4097, 8195]) {
      const ys = y.subarray(5, 5 + m);
      const xs = x.subarray(9, 9 + m);
      const zy = ys.slice();
      k.binaryF64('atan2F64', zy, xs, zy, m);
      const zx = xs.slice();
      k.binaryF64('atan2F64', ys, zx, zx, m);
      for (let i = 0; i < m; i++) {
        const w = AT.atan2(ys[i]!, xs[i]!);
        assert.ok(same(zy[i]!, w) && same(zx[i]!, w), `n = ${m}, i = ${i}`);
      }
    }
  });

  for (const [name, f] of F32) {
    it(`${name}: the scalar port's bits on 300,000 float32 inputs, from float32 and float64 blocks`, (t) => {
      if (k === null) return t.skip('no fused relaxed madd here');
      const x = new Float32Array(inputs(300_000, name.length * 104729));
      const f32 = (v: number) => Math.fround(f(v));
      const z = new Float32Array(x.length);
      k.unaryF32(name, x, z, x.length);
      assert.equal(firstMismatch(x, z, f32), null);
      for (const n of [1, 3, 5, 8191, 8192, 8193]) {
        const xd = Float64Array.from(x.subarray(3, 3 + n));
        const zd = new Float64Array(n);
        k.unaryF32(name, xd, zd, n);
        assert.equal(firstMismatch(xd, zd, f32), null, `float64 block, n = ${n}`);
      }
    });
  }
});
