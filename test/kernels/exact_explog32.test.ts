/**
 * The float32 exp/log SIMD kernels (assembly/exact_explog32.ts through
 * src/_core/kernels/exact_explog32.ts) against the scalar port of NumPy's own kernels
 * (expSimd32 / logSimd32 in simd_f32.ts), bit for bit, over millions of inputs in every range,
 * with the underflow flag of the scalar loop; and np.exp / np.log as ufuncs on both backends
 * (contiguous, strided, in place, errstate categories equal to the strided scalar loop's).
 * Every one of the 2^32 float32 inputs was compared once by a one-off script (see the kernel's
 * header comment).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expF32, logF32 } from '../../src/_core/kernels/exact_explog32.js';
import * as K from '../../src/_core/kernels/index.js';
import { expBlock32, logBlock32 } from '../../src/_core/umath/defs/simd_f32.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

const FLT_MIN = 2 ** -126;
const EXP_TINY = 8.147905e-39;

/** The scalar loop's underflow rule for float32 exp (math_kernels.ts with exp's spec). */
function underRef(x: Float32Array, y: Float32Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const r = y[i]!;
    if (v !== 0 && Math.abs(v) <= EXP_TINY) return true;
    if (r !== 0 ? Math.abs(r) < FLT_MIN : v !== 0 && Number.isFinite(v)) return true;
  }
  return false;
}

/** Index of the first element whose bits differ, or -1. */
function firstDiff(a: Float32Array, b: Float32Array): number {
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) return i;
  return -1;
}

/** Both kernels on x equal the scalar port, bits and underflow flag. */
function check(x: Float32Array, label: string): void {
  for (const isExp of [true, false]) {
    const want = new Float32Array(x.length);
    (isExp ? expBlock32 : logBlock32)(x, want, x.length);
    const got = new Float32Array(x.length);
    const under = (isExp ? expF32 : logF32)(x, got);
    const d = firstDiff(got, want);
    const name = isExp ? 'exp' : 'log';
    assert.equal(d, -1, `${label} ${name}(${x[d]}) = ${got[d]}, scalar port ${want[d]}`);
    assert.equal(under, isExp && underRef(x, want), `${label} ${name}: underflow flag`);
  }
}

const rnd = seededRandom(20261123);
const F = Math.fround;

/** n float32 values from gen. */
function make(n: number, gen: (i: number) => number): Float32Array {
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = gen(i);
  return x;
}

/** n floats with uniformly random bit patterns (every exponent, NaN payloads, ±inf, ±0). */
function randomBits(n: number): Float32Array {
  const u = new Uint32Array(n);
  for (let i = 0; i < n; i++) u[i] = (rnd() * 2 ** 32) >>> 0;
  return new Float32Array(u.buffer);
}

/** The float k ulps (of float32) from x, away from zero for k > 0. */
function ulpStep(x: number, k: number): number {
  const f = new Float32Array([x]);
  const i = new Int32Array(f.buffer);
  i[0] = i[0]! + k;
  return f[0]!;
}

/** The backend the process started with (NUMTYPE_NO_WASM=1 runs the suite on 'js'). */
const initial = K.getBackend();

function onWasm(): void {
  before(() => K.setBackend('wasm'));
  after(() => K.setBackend(initial));
}

/**
 * exp: reduced arguments r (= x, q being 0) where a rounded fused step's double sum (p3, p5 or
 * the denominator) is an exact float32 tie, found by enumerating every float32 |r| <= 0.3467;
 * log: the mantissas (x in [1, 2)) where one of log's rounded fused steps is, found by
 * enumerating all 2^23. The kernels must round these ties to even, as the FMA does.
 */
const EXP_TIES = [
  0.09603667259216309, 0.2574920654296875, 0.31494140625, -0.028532981872558594, -0.160400390625,
  0.262969970703125, -0.110107421875, -0.234466552734375, -0.25, -0.3125, -0.05406379699707031,
];
const LOG_TIES = [
  1.0224609375, 1.027801513671875, 1.0399169921875, 1.0472862720489502, 1.0523216724395752,
  1.062255859375, 1.0625, 1.0783500671386719, 1.16851806640625, 1.1697440147399902,
  1.1712617874145508, 1.171875, 1.1875, 1.1878700256347656, 1.2210693359375, 1.23046875, 1.25,
  1.28125, 1.286590576171875, 1.3125, 1.3359375, 1.3435287475585938, 1.381072998046875,
  1.3816146850585938, 1.4158515930175781, 1.421875, 1.4379053115844727, 1.4750711917877197,
  1.4940032958984375, 1.5, 1.5038304328918457, 1.51800537109375, 1.5657448768615723,
  1.585784912109375, 1.6075019836425781, 1.609375, 1.627899169921875, 1.6752471923828125,
  1.6874961853027344, 1.740386962890625, 1.7421579360961914, 1.7492294311523438, 1.75,
  1.7745285034179688, 1.78125, 1.796875, 1.8125, 1.84375, 1.9375, 1.96875, 1.984619140625,
];

describe('float32 exp/log SIMD kernels, bit for bit with the scalar port', () => {
  onWasm();

  it('1M random bit patterns (all exponents, NaN, ±inf, subnormals)', () => {
    check(randomBits(1 << 20), 'bits');
  });

  it('uniform in ±1, ±20, ±110 and (0, 1000], log-uniform magnitudes 2^-150 … 2^128', () => {
    check(
      make(500_000, () => F(rnd() * 2 - 1)),
      '±1',
    );
    check(
      make(500_000, () => F((rnd() * 2 - 1) * 20)),
      '±20',
    );
    check(
      make(300_000, () => F((rnd() * 2 - 1) * 110)),
      '±110',
    );
    check(
      make(500_000, () => F(rnd() * 1000)),
      '(0, 1000]',
    );
    check(
      make(500_000, () => F((rnd() < 0.1 ? -1 : 1) * 2 ** (rnd() * 278 - 150))),
      'log-uniform',
    );
  });

  it('around the reduction boundaries (k + ½)·ln 2, powers of two and √½·2^k', () => {
    check(
      make(300_000, () => {
        const k = Math.floor(rnd() * 250) - 125;
        return ulpStep(F((k + 0.5) * Math.LN2), Math.floor(rnd() * 41) - 20);
      }),
      'exp reduction ties',
    );
    check(
      make(300_000, () => {
        const k = Math.floor(rnd() * 250) - 125;
        const base = F((rnd() < 0.5 ? Math.SQRT1_2 : 1) * 2 ** k);
        return ulpStep(base, Math.floor(rnd() * 41) - 20);
      }),
      'log mantissa boundaries',
    );
  });

  it('the inputs whose fused steps meet exact float32 ties, alone and in blocks', () => {
    const xs = [...EXP_TIES];
    for (const k of [-126, -100, -3, -1, 0, 1, 5, 60, 127])
      for (const m of LOG_TIES) xs.push(m * 2 ** k);
    const x = Float32Array.from(xs);
    check(x, 'ties');
    for (let p = 0; p < x.length; p += 3) {
      const y = make(37, () => F(rnd() * 4));
      y[p % 37] = x[p]!;
      check(y, `tie ${x[p]} in a block`);
    }
  });

  it('the thresholds, specials and their neighbours, alone and in blocks', () => {
    const xs: number[] = [0, -0, Infinity, -Infinity, Number.NaN, 2 ** -149, -(2 ** -149)];
    const thresholds = [
      88.72283935546875, // exp overflows from here (NumPy's limit)
      -103.97208404541016, // exp is 0 from here
      88.3, // the kernel's own range ends (scalar beyond)
      -86.9,
      -87.33654, // exp's result becomes subnormal
      EXP_TINY, // exp's tiny-input underflow
      2 ** -100,
      FLT_MIN,
      1,
      2,
      0.5,
      Math.SQRT1_2,
      3.4028234663852886e38,
    ];
    for (const t of thresholds) {
      for (let k = -40; k <= 40; k++) xs.push(ulpStep(F(t), k), -ulpStep(F(t), k));
    }
    const nan = new Uint32Array([0x7fc00001, 0xffc00000, 0x7f800001, 0xff812345]);
    const all = new Float32Array(xs.length + nan.length);
    all.set(xs);
    all.set(new Float32Array(nan.buffer), xs.length);
    check(all, 'specials');
    // each alone in a block of ordinary values (per-lane independence)
    for (let p = 0; p < all.length; p += 5) {
      const y = make(203, () => F((rnd() * 2 - 1) * 4));
      y[p % 203] = all[p]!;
      check(y, `special ${all[p]} in a block`);
    }
  });

  it('every length 0 … 80 and block boundaries, offsets into a buffer', () => {
    for (let n = 0; n <= 80; n++)
      check(
        make(n, () => F((rnd() * 2 - 1) * 50)),
        `n=${n}`,
      );
    const big = make(3 * 4096 + 5, () => F((rnd() * 2 - 1) * 50));
    for (const n of [4095, 4096, 4097, 8192, 8193, 3 * 4096 + 5])
      check(big.subarray(0, n), `n=${n}`);
    check(big.subarray(3, 4100), 'offset 3');
  });

  it('in place (the output is the input)', () => {
    for (const isExp of [true, false]) {
      const x = randomBits(10_000);
      const want = new Float32Array(x.length);
      (isExp ? expBlock32 : logBlock32)(x, want, x.length);
      const u = isExp && underRef(x, want);
      assert.equal((isExp ? expF32 : logF32)(x, x), u);
      assert.equal(firstDiff(x, want), -1);
    }
  });

  it('the JS backend gives the same bits and flags', () => {
    K.setBackend('js');
    try {
      check(randomBits(50_000), 'js bits');
      check(
        make(200, () => F(-(2 ** (rnd() * 8)))),
        'js underflowing',
      );
      const x = randomBits(3000);
      const want = new Float32Array(x.length);
      expBlock32(x, want, x.length);
      assert.equal(expF32(x, x), underRef(x, want));
      assert.equal(firstDiff(x, want), -1);
    } finally {
      K.setBackend('wasm');
    }
  });
});

/** The elements of a contiguous float32 NDArray (`data` spans its whole buffer). */
function vals(a: np.NDArray): Float32Array {
  return new Float32Array(a.buffer, a.offset, a.size);
}

/** The floating-point error categories a call reports under errstate(all='call'), in order. */
function categories(fn: () => unknown): string[] {
  const seen: string[] = [];
  np.seterrcall((err: string) => {
    seen.push(err);
  });
  try {
    np.errstate({ all: 'call' }, fn);
  } finally {
    np.seterrcall(null);
  }
  return seen;
}

describe('np.exp / np.log through the kernels', () => {
  onWasm();
  const x = make(1000, () => F((rnd() * 2 - 1) * 100));

  it('equal on both backends and to the strided (scalar) loop, contiguous, strided, in place', () => {
    const a = np.array(x, { dtype: 'float32' });
    // every element twice: a[::2] is a strided view, computed by the scalar loop
    const twice = np.array(
      Array.from(x).flatMap((v) => [v, v]),
      { dtype: 'float32' },
    );
    for (const f of [np.exp, np.log]) {
      const w = vals(f(a));
      assert.equal(firstDiff(vals(f(twice.get('::2'))), w), -1);
      K.setBackend('js');
      const j = vals(f(a));
      K.setBackend('wasm');
      assert.equal(firstDiff(j, w), -1);
      const b = a.copy();
      f(b, { out: b });
      assert.equal(firstDiff(vals(b), w), -1);
    }
  });

  it('errstate categories equal the scalar loop: overflow, underflow, divide, invalid', () => {
    const specials = [
      [],
      [100],
      [-100],
      [-90],
      [1e-40],
      [0],
      [-0],
      [-1],
      [Number.NaN],
      [Infinity],
      [-Infinity],
      [100, -100, 0, -1, Number.NaN, 1e-40, Infinity],
    ];
    for (const backend of ['wasm', 'js'] as const) {
      K.setBackend(backend);
      for (const f of [np.exp, np.log]) {
        for (const sp of specials) {
          const v = Float64Array.from(x.subarray(0, 40));
          sp.forEach((s, i) => {
            v[3 + 5 * i] = s;
          });
          const a = np.array(v, { dtype: 'float32' });
          const strided = np
            .array(
              Array.from(v).flatMap((e) => [e, 0.5]),
              { dtype: 'float32' },
            )
            .get('::2');
          const want = categories(() => f(strided));
          assert.deepEqual(
            categories(() => f(a)),
            want,
            `${backend} ${sp}`,
          );
          assert.deepEqual(
            categories(() => f(a.copy(), { out: a.copy() })),
            want,
            `${backend} ${sp} out=`,
          );
          const b = a.copy();
          assert.deepEqual(
            categories(() => f(b, { out: b })),
            want,
            `${backend} ${sp} in place`,
          );
        }
      }
      // a complex loop just before must not silence the real loop's error scan
      np.exp(np.array([1, 2], { dtype: 'complex64' }));
      assert.deepEqual(
        categories(() => np.log(np.array(Array(20).fill(-1), { dtype: 'float32' }))),
        ['invalid value'],
      );
    }
    K.setBackend('wasm');
  });
});
