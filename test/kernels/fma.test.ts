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
  type F32ListingKernel,
  type F64Kernel,
  type F64ListingKernel,
  loadFmaAsync,
  loadFmaSync,
} from '../../src/_core/kernels/fma_wasm.js';
import * as AS from '../../src/_core/umath/defs/libm_asin.js';
import * as AT from '../../src/_core/umath/defs/libm_atan.js';
import * as D from '../../src/_core/umath/defs/libm_double.js';
import { log2Fast, log10 } from '../../src/_core/umath/defs/libm_log2.js';
import { pow, powf } from '../../src/_core/umath/defs/libm_pow.js';
import { tan } from '../../src/_core/umath/defs/libm_tan.js';
import { cos as cos64, sin as sin64 } from '../../src/_core/umath/defs/libm_trig.js';
import { cosSimd32, expSimd32, logSimd32, sinSimd32 } from '../../src/_core/umath/defs/simd_f32.js';
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
  ['tanhF64', tanhSimd64],
  ['expF64', D.exp],
  ['logF64', D.log],
  ['asinF64', AS.asin],
  ['acosF64', AS.acos],
  ['tanF64', tan],
];
const F32: [F32Kernel, (x: number) => number][] = [['tanhF32', tanhSimd32]];
const LISTING64: [F64ListingKernel, (x: number) => number][] = [
  ['expF64x', D.exp],
  ['exp2F64x', D.exp2],
  ['logF64x', D.log],
  ['sinF64x', sin64],
  ['cosF64x', cos64],
  ['atanF64x', AT.atan],
  ['log1pF64x', D.log1p],
  ['expm1F64x', D.expm1],
  ['sinhF64x', D.sinh],
  ['coshF64x', D.cosh],
  ['atanhF64x', D.atanh],
  ['asinhF64x', D.asinh],
  ['acoshF64x', D.acosh],
  ['tanhF64x', tanhSimd64],
  ['log2F64x', log2Fast],
  ['log10F64x', log10],
];
/**
 * The listing kernels of functions with the C library's underflow rule: every input whose
 * result underflows by it (subnormal, or 0 from a finite nonzero input) must be listed.
 */
const UNDER_RULE = new Set<F64ListingKernel>([
  'expF64x',
  'exp2F64x',
  'atanF64x',
  'log1pF64x',
  'expm1F64x',
  'sinhF64x',
  'asinhF64x',
  'atanhF64x',
]);
/**
 * The lane kernels' range bounds (log1p's paths and hu = 0 case, expm1's reductions and k
 * ranges, sinh's, cosh's, asinh's, acosh's and atanh's ranges, exp's), within 3 ulps, both signs.
 */
const LANE_BOUNDS = around([
  2 ** -54,
  2 ** -55,
  2 ** -29,
  2 ** -28,
  2 ** -27,
  0.29289321881345254,
  0.41421356237309503,
  2 ** 53,
  0.5,
  1,
  1.0000000000000002,
  1.5,
  2,
  2.0000000000000004,
  2 ** 28,
  22,
  38.8,
  wordDouble(0x3fd62e42),
  wordDouble(0x3fd62e43),
  wordDouble(0x3ff0a2b2),
  wordDouble(0x4043687a),
  wordDouble(0x40000000),
  wordDouble(0x40000001),
  wordDouble(0x41b00000),
  wordDouble(0x41b00001),
  512,
  709.782712893384,
  710,
  710.4758600739439,
  Math.LN2 * 20,
  Math.LN2 * 19.5,
  Math.LN2 * 56.5,
  2 ** -1022,
]);

/** The double whose high word is hi (low word 0). */
function wordDouble(hi: number): number {
  const b = new Uint32Array([0, hi]);
  return new Float64Array(b.buffer)[0]!;
}
const LISTING: [F32ListingKernel, (x: number) => number][] = [
  ['expF32x', expSimd32],
  ['logF32x', logSimd32],
  ['sinF32x', sinSimd32],
  ['cosF32x', cosSimd32],
];

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

/** Uniform numbers in [0, 1) from a xorshift32 generator seeded with `seed`. */
function xorshift(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

/** Inputs over every range: uniform in ±1, ±40, ±1500, log-uniform magnitudes, random bits, near −1. */
function inputs(n: number, seed: number): Float64Array {
  const x = new Float64Array(n);
  const u = new Uint32Array(x.buffer);
  const rnd = xorshift(seed);
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

/**
 * Exponents for pow, paired with inputs(): small and integer (negative bases then give a
 * sign), large, random bits, the special values, tiny, huge integers, NumPy's shortcut
 * values, and every fifth one aimed at exp's overflow and underflow thresholds.
 */
function exponents(x: Float64Array, seed: number): Float64Array {
  const n = x.length;
  const y = new Float64Array(n);
  const u = new Uint32Array(y.buffer);
  const rnd = xorshift(seed);
  const sign = () => (rnd() < 0.5 ? -1 : 1);
  for (let i = 0; i < n; i++) {
    const m = i % 8;
    if (m === 0) y[i] = (rnd() - 0.5) * 10;
    else if (m === 1) y[i] = Math.round((rnd() - 0.5) * 200);
    else if (m === 2) y[i] = (rnd() - 0.5) * 2000;
    else if (m === 3) {
      u[2 * i] = rnd() * 2 ** 32;
      u[2 * i + 1] = rnd() * 2 ** 32;
    } else if (m === 4) y[i] = SPECIAL[Math.floor(rnd() * SPECIAL.length)]!;
    else if (m === 5) y[i] = sign() * 2 ** (rnd() * 140 - 70);
    else if (m === 6) y[i] = sign() * Math.round(2 ** (rnd() * 60));
    else y[i] = [1.5, 0.5, 2, 3, -1, -0.5, 1 / 3][Math.floor(rnd() * 7)]!;
    const lx = Math.log(Math.abs(x[i]!));
    if (i % 5 === 0 && Number.isFinite(lx) && lx !== 0) {
      y[i] = (sign() * (700 + rnd() * 50) * (1 + (rnd() - 0.5) * 1e-3)) / lx;
    }
  }
  return y;
}

/** The flags numtype's float power raises for pow(a, b) = r (power.ts, fpops.ts flagResult). */
function powFlags(a: number, b: number, r: number): number {
  if (Number.isNaN(r)) return Number.isNaN(a) || Number.isNaN(b) ? 0 : 1;
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) return a === 0 ? 2 : 4;
  return 0;
}

/** atan2F64's flags for atan2(y, x) = z: 1 underflow (NumPy's rule), 2 NaN. */
function atan2Flags(y: number, x: number, z: number): number {
  if (Number.isNaN(z)) return 2;
  const tiny =
    z !== 0 ? Math.abs(z) < 2 ** -1022 : y !== 0 && Number.isFinite(y) && Number.isFinite(x);
  return tiny ? 1 : 0;
}

/** x moved by k ulps (toward +inf for k > 0, in the bit pattern's order for x ≥ 0). */
function ulps(x: number, k: number): number {
  const b = new Float64Array([Math.abs(x)]);
  const u = new BigInt64Array(b.buffer);
  u[0] = u[0]! + BigInt(k);
  if (u[0]! < 0n) u[0] = 0n;
  return Math.sign(x) < 0 || Object.is(x, -0) ? -b[0]! : b[0]!;
}

/** Values within 3 ulps of each of `points`, both signs. */
function around(points: number[]): number[] {
  const out: number[] = [];
  for (const p of points)
    for (let d = -3; d <= 3; d++) {
      const v = ulps(p, d);
      out.push(v, -v);
    }
  return out;
}

/**
 * atan's branch thresholds (tiny, 1/16, 1, 16, huge, DBL_MIN) and its table's row boundaries:
 * round(256·u) changes at (k + ½)/256, u = |x| below 1 or 1/|x| above.
 */
function atanEdges(): number[] {
  const pts = [1.2904777690891933e-8, 0.0625, 1, 16, 5805361265115136, 2 ** -1022, 2 ** -1074];
  for (let k = 16; k < 256; k++) pts.push((k + 0.5) / 256, 256 / (k + 0.5));
  return around(pts);
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
    if (process.env.NUMTYPE_NO_FMA) return assert.equal(k, null);
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

  it("powF64: pow's bits and flags on 300,000 pairs of every range, block edges, in place", (t) => {
    if (k === null) return t.skip('no fused relaxed madd here');
    const x = inputs(300_000, 4242);
    for (let i = 3; i < x.length; i += 11) x[i] = -Math.abs(x[i]!); // more negative bases
    const y = exponents(x, 777);
    // Both orders of the special values against each other.
    for (let i = 0; i < SPECIAL.length; i++) {
      for (let j = 0; j < SPECIAL.length; j++) {
        const p = 1000 + i * SPECIAL.length + j;
        x[p] = SPECIAL[i]!;
        y[p] = SPECIAL[j]!;
      }
    }
    const n = x.length;
    const z = new Float64Array(n);
    const flags = k.binaryF64('powF64', x, y, z, n);
    let want = 0;
    let bad: object | null = null;
    for (let i = 0; i < n; i++) {
      const w = pow(x[i]!, y[i]!);
      want |= powFlags(x[i]!, y[i]!, w);
      if (bad === null && !same(z[i]!, w)) bad = { i, x: x[i], y: y[i], got: z[i], want: w };
    }
    assert.equal(bad, null);
    assert.equal(flags, want);
    assert.equal(want, 7, 'the inputs raise every flag');
    // Flags of single elements.
    for (const [a, b] of [
      [-2, 0.5],
      [0, -1.5],
      [10, 400],
      [2, 3],
      [Number.NaN, 2],
      [0, -2],
    ] as const) {
      const o = new Float64Array(1);
      const f = k.binaryF64('powF64', Float64Array.of(a), Float64Array.of(b), o, 1);
      assert.equal(f, powFlags(a, b, pow(a, b)), `flags of pow(${a}, ${b})`);
    }
    // A constant exponent or base (filled block), block edges, in place on either input.
    for (const m of [1, 3, 4095, 4096, 4097, 8195]) {
      const xs = x.subarray(5, 5 + m);
      const ys = y.subarray(9, 9 + m);
      for (const c of [1.5, -3, 0.1, 1e6]) {
        const zs = new Float64Array(m);
        k.binaryF64('powF64', xs, c, zs, m);
        assert.equal(
          firstMismatch(xs, zs, (v) => pow(v, c)),
          null,
          `x ** ${c}, n = ${m}`,
        );
        k.binaryF64('powF64', c, ys, zs, m);
        assert.equal(
          firstMismatch(ys, zs, (v) => pow(c, v)),
          null,
          `${c} ** y, n = ${m}`,
        );
      }
      const zx = xs.slice();
      k.binaryF64('powF64', zx, ys, zx, m);
      const zy = ys.slice();
      k.binaryF64('powF64', xs, zy, zy, m);
      for (let i = 0; i < m; i++) {
        const w = pow(xs[i]!, ys[i]!);
        assert.ok(same(zx[i]!, w) && same(zy[i]!, w), `in place, n = ${m}, i = ${i}`);
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

  for (const [name, f] of LISTING) {
    it(`${name}: NumPy's float32 kernel bits on 300,000 inputs, listed elements, underflow, in place`, (t) => {
      if (k === null) return t.skip('no fused relaxed madd here');
      const x = new Float32Array(inputs(300_000, name.length * 15485863));
      // Also the kernels' own range: uniform in ±200 and in (0, 10).
      for (let i = 0; i < x.length; i += 3) x[i] = ((i * 7919) % 40000) / 100 - 200;
      const f32 = (v: number) => Math.fround(f(v));
      const z = new Float32Array(x.length);
      const seen: number[] = [];
      k.listingF32(name, x, z, x.length, f, (v) => {
        seen.push(v);
        return false;
      });
      assert.equal(firstMismatch(x, z, f32), null);
      // (log lists every negative input: about two thirds here.)
      assert.ok(seen.length > 0 && seen.length < x.length * 0.8, `listed ${seen.length}`);
      assert.equal(
        k.nonFinite,
        z.some((v) => !Number.isFinite(v)),
      );
      // Underflow is judged on the listed elements only: a tiny input is listed.
      const tiny = new Float32Array([0.5, 1e-39, 2, 3, 4]);
      const under = k.listingF32(name, tiny, new Float32Array(5), 5, f, (v) => v === tiny[1]);
      assert.equal(under, true);
      for (const n of [1, 3, 5, 8191, 8192, 8193]) {
        const xi = x.slice(11, 11 + n);
        k.listingF32(name, xi, xi, n, f, null);
        assert.equal(firstMismatch(x.subarray(11, 11 + n), xi, f32), null, `in place, n = ${n}`);
      }
    });
  }

  for (const [name, f] of LISTING64) {
    it(`${name}: glibc's bits on 300,000 inputs, both paths, listed elements, in place`, (t) => {
      if (k === null) return t.skip('no fused relaxed madd here');
      const x = inputs(300_000, name.length * 2750159);
      // The main ranges densely: ±700 (exp; sin and cos reduced by π/2), (0, 2) with the
      // polynomial near 1 (log; sin's and cos's Taylor, table and middle ranges), up to ±1e8.
      for (let i = 0; i < x.length; i += 4) x[i] = ((i * 7919) % 140000) / 100 - 700;
      for (let i = 2; i < x.length; i += 4) x[i] = ((i * 104729) % 200000) / 100000;
      for (let i = 3; i < x.length; i += 8) x[i] = ((i * 15485863) % 2000000) * 100 - 1e8;
      // Near ±1 (log1p's and atanh's poles, acosh's bound), and every lane kernel's bounds.
      for (let i = 5; i < x.length; i += 16) x[i] = (i & 32 ? 1 : -1) * (1 - 2 ** (-1 - (i % 53)));
      x.set(LANE_BOUNDS, 1000);
      x.set(LANE_BOUNDS.slice(1), 2000); // the other lane
      x.set([Number.NaN, 0, -0, Infinity, -Infinity, 5e-324, -5e-324, Number.NaN], 1500);
      const z = new Float64Array(x.length);
      const seen: number[] = [];
      const listed = new Set<number>();
      k.listingF64(name, x, z, x.length, f, (v) => {
        seen.push(v);
        listed.add(v);
        return false;
      });
      assert.equal(firstMismatch(x, z, f), null);
      if (UNDER_RULE.has(name)) {
        for (let i = 0; i < x.length; i++) {
          const v = x[i]!;
          const y = z[i]!;
          const tiny = y !== 0 ? Math.abs(y) < 2 ** -1022 : v !== 0 && Number.isFinite(v);
          if (tiny && !listed.has(v)) assert.fail(`${name}(${v}) = ${y} underflows, not listed`);
        }
      }
      assert.ok(seen.length > 0 && seen.length < x.length * 0.8, `listed ${seen.length}`);
      assert.equal(
        k.nonFinite,
        z.some((v) => !Number.isFinite(v)),
      );
      for (const n of [1, 3, 4095, 4096, 4097]) {
        const xi = x.slice(5, 5 + n);
        k.listingF64(name, xi, xi, n, f, null);
        assert.equal(firstMismatch(x.subarray(5, 5 + n), xi, f), null, `in place, n = ${n}`);
      }
    });
  }

  it("powF32: glibc's powf bits on 300,000 pairs (special values, negative bases, integers, subnormals)", (t) => {
    if (k === null) return t.skip('no fused relaxed madd here');
    const base = new Float32Array(inputs(300_000, 6151));
    const expo = new Float32Array(inputs(300_000, 24593));
    // Everyday pairs too: positive bases with moderate exponents, negative bases with integers.
    for (let i = 0; i < base.length; i += 3) {
      base[i] = ((i * 7919) % 100000) / 10000;
      expo[i] = ((i * 104729) % 4000) / 100 - 20;
    }
    for (let i = 1; i < base.length; i += 7) expo[i] = Math.round(expo[i]! % 50);
    const z = new Float32Array(base.length);
    k.binaryF32('powF32', base, expo, z, base.length);
    for (let i = 0; i < base.length; i++) {
      const want = Math.fround(powf(base[i]!, expo[i]!));
      if (!same(z[i]!, want)) assert.fail(`powf(${base[i]}, ${expo[i]}) = ${z[i]}, want ${want}`);
    }
    // In place over either operand.
    const b = base.slice(0, 5000);
    const e = expo.slice(0, 5000);
    k.binaryF32('powF32', b, e, e, 5000);
    for (let i = 0; i < 5000; i++) assert.ok(same(e[i]!, Math.fround(powf(b[i]!, expo[i]!))));
  });
  it("atanF64x: glibc's bits at every branch threshold and row boundary; lists exactly NaN and subnormal inputs", (t) => {
    if (k === null) return t.skip('no fused relaxed madd here');
    const edges = atanEdges();
    // Each edge value next to each kind of lane partner (both lane positions).
    const partners = [0.3, 3, 0.01, 100, 1e20, Number.NaN, 1e-10, 5e-324];
    const vals: number[] = [];
    for (const e of edges) for (const p of partners) vals.push(e, p, p, e);
    const x = Float64Array.from(vals);
    // Log-uniform over the whole range and uniform in each branch.
    const r = xorshift(99);
    const m = 200_000;
    const y = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const s = r() < 0.5 ? -1 : 1;
      const w = j % 4;
      y[j] =
        s *
        (w === 0
          ? 2 ** (r() * 2098 - 1074)
          : w === 1
            ? r() * 0.0625
            : w === 2
              ? r() * 16
              : 16 + r() * 1e6);
    }
    for (const a of [x, y]) {
      const z = new Float64Array(a.length);
      let listed = 0;
      k.listingF64('atanF64x', a, z, a.length, AT.atan, (v) => {
        listed++;
        assert.ok(Number.isNaN(v) || (v !== 0 && Math.abs(v) < 2 ** -1022), `listed ${v}`);
        return false;
      });
      assert.equal(firstMismatch(a, z, AT.atan), null);
      const want = a.filter((v) => Number.isNaN(v) || (v !== 0 && Math.abs(v) < 2 ** -1022));
      assert.equal(listed, want.length);
    }
  });

  it("atan2F64: every sign, zero, inf and NaN combination, the main path's edges, both lanes", (t) => {
    if (k === null) return t.skip('no fused relaxed madd here');
    // Magnitudes at the edges: |y/x| near 1/16, 1 and 16, exponent gaps of 55-59 (the main
    // path needs < 57), operands near 2^±500 (glibc's rescaling), subnormal, DBL_MIN, huge.
    const mags = [
      1,
      1.5,
      0.7,
      2 ** -500,
      2 ** 500,
      2 ** -1022,
      5e-324,
      1e-310,
      1.7e308,
      2 ** 57,
      2 ** -57,
    ];
    const pairs: [number, number][] = [];
    for (const a of around(mags))
      for (const b of [1, 0.75, 1.999, 2 ** -500, 2 ** 500]) pairs.push([a, b], [b, a]);
    for (const base of [1, 1.25, 1.9999999999999998])
      for (let g = 50; g <= 62; g++)
        for (const f of [1, 1.0000000000000002, 1.9999999999999998, 0.5])
          pairs.push([base * 2 ** g * f, base], [base * 2 ** -g * f, base]);
    for (const q of around([0.0625, 1, 16, 0.5, 2]))
      for (const b of [1, 3.3, 2 ** -499, 2 ** 499, 1e-300, 1e300]) pairs.push([q * b, b]);
    // Both operands tiny or huge (glibc rescales them: unscaled, du's remainder is subnormal).
    const r = xorshift(5);
    for (let i = 0; i < 4000; i++) {
      const e = i % 2 === 0 ? -1022 + r() * 30 : 990 + r() * 33;
      pairs.push([2 ** (e + r() * 3), 2 ** e]);
    }
    const sp = [
      0,
      -0,
      Infinity,
      -Infinity,
      Number.NaN,
      1,
      -1,
      5e-324,
      -5e-324,
      2 ** -1022,
      1e300,
      -1e300,
      2 ** -500,
      2 ** 500,
    ];
    for (const a of sp) for (const b of sp) pairs.push([a, b]);
    // All four quadrants of each, in both lanes (an odd shift), next to a main-path partner.
    const ys: number[] = [];
    const xs: number[] = [];
    for (const [a, b] of pairs)
      for (const [sa, sb] of [
        [1, 1],
        [1, -1],
        [-1, 1],
        [-1, -1],
      ] as const) {
        ys.push(sa * a, 0.3);
        xs.push(sb * b, -0.7);
      }
    const y = Float64Array.from([0.5, ...ys, ...ys.slice(0, -1)]);
    const x = Float64Array.from([2, ...xs, ...xs.slice(0, -1)]);
    const n = x.length;
    const z = new Float64Array(n);
    const flags = k.binaryF64('atan2F64', y, x, z, n);
    let want = 0;
    for (let i = 0; i < n; i++) {
      const w = AT.atan2(y[i]!, x[i]!);
      want |= atan2Flags(y[i]!, x[i]!, w);
      if (!same(z[i]!, w)) assert.fail(`atan2(${y[i]}, ${x[i]}) = ${z[i]}, want ${w}`);
    }
    assert.equal(flags, want);
    // Flags of single elements (either lane).
    for (const [a, b] of [
      [1e-300, 1e300],
      [5e-324, 1],
      [0, 1],
      [1, 1e-300],
      [Number.NaN, 1],
      [1, Infinity],
      [-1, Infinity],
    ]) {
      for (const pad of [0, 1]) {
        const yy = Float64Array.of(0.5, 0.5);
        const xx = Float64Array.of(1, 1);
        yy[pad] = a!;
        xx[pad] = b!;
        const f = k.binaryF64('atan2F64', yy, xx, new Float64Array(2), 2);
        assert.equal(f, atan2Flags(a!, b!, AT.atan2(a!, b!)), `flags of atan2(${a}, ${b})`);
      }
    }
  });

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
    const flags = k.binaryF64('atan2F64', y, x, z, n);
    let want = 0;
    let bad: object | null = null;
    for (let i = 0; i < n && bad === null; i++) {
      const w = AT.atan2(y[i]!, x[i]!);
      want |= atan2Flags(y[i]!, x[i]!, w);
      if (!same(z[i]!, w)) bad = { i, y: y[i], x: x[i], got: z[i], want: w };
    }
    assert.equal(bad, null);
    assert.equal(flags, want);
    assert.equal(want, 3, 'the inputs underflow and give NaN');
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
});
