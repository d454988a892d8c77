/**
 * The float64 exp/log SIMD kernels (assembly/exact_explog.ts through
 * src/_core/kernels/exact_explog.ts) against the scalar ports of glibc's exp and log
 * (libm_double.ts `exp`, `log`, with every fused multiply-add emulated exactly), bit for bit,
 * with the underflow flag of the scalar loop; against NumPy's bits from
 * test/fixtures/explog64.json (scripts/fixtures/gen_explog64.py); and np.exp / np.log as
 * ufuncs on both backends (contiguous, strided, in place, errstate categories equal to the
 * strided scalar loop's). 50 million random inputs per function were compared once with the
 * scalar port by a one-off script (see the report of the kernels' introduction).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expF64, logF64 } from '../../src/_core/kernels/exact_explog.js';
import * as K from '../../src/_core/kernels/index.js';
import { exp as expRef, log as logRef } from '../../src/_core/umath/defs/libm_double.js';
import * as np from '../../src/index.js';
import { loadFixture, seededRandom } from '../helpers.js';

const DBL_MIN = 2 ** -1022;

/** The scalar loop's underflow rule for float64 exp (math_kernels.ts with exp's spec). */
function underRef(x: Float64Array, y: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const r = y[i]!;
    if (r !== 0 ? Math.abs(r) < DBL_MIN : v !== 0 && Number.isFinite(v)) return true;
  }
  return false;
}

/** Index of the first element whose bits differ (NaNs equal whatever their payload), or -1. */
function firstDiff(a: Float64Array, b: Float64Array): number {
  const ua = new BigUint64Array(a.buffer, a.byteOffset, a.length);
  const ub = new BigUint64Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ua.length; i++) {
    if (ua[i] !== ub[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return i;
  }
  return -1;
}

/** Both kernels on x equal the scalar ports, bits and underflow flag. */
function check(x: Float64Array, label: string, which: 'exp' | 'log' | 'both' = 'both'): void {
  for (const isExp of [true, false]) {
    if (which !== 'both' && isExp !== (which === 'exp')) continue;
    const f = isExp ? expRef : logRef;
    const want = x.map(f);
    const got = new Float64Array(x.length);
    const under = (isExp ? expF64 : logF64)(x, got);
    const d = firstDiff(got, want);
    const name = isExp ? 'exp' : 'log';
    assert.equal(d, -1, `${label} ${name}(${x[d]}) = ${got[d]}, scalar port ${want[d]}`);
    assert.equal(under, isExp && underRef(x, want), `${label} ${name}: underflow flag`);
  }
}

const rnd = seededRandom(20261124);

/** n doubles from gen. */
function make(n: number, gen: (i: number) => number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = gen(i);
  return x;
}

/** n doubles with uniformly random bit patterns (every exponent, NaN payloads, ±inf, ±0). */
function randomBits(n: number): Float64Array {
  const u = new Uint32Array(2 * n);
  for (let i = 0; i < 2 * n; i++) u[i] = (rnd() * 2 ** 32) >>> 0;
  return new Float64Array(u.buffer);
}

/** The double k ulps from x, away from zero for k > 0. */
function ulpStep(x: number, k: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = i[0]! + BigInt(k);
  return f[0]!;
}

/** The doubles of a big-endian hex string (the fixture's format). */
function fromHex(h: string): Float64Array {
  const n = h.length / 16;
  const out = new Float64Array(n);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    dv.setUint32(8 * i + 4, Number.parseInt(h.slice(16 * i, 16 * i + 8), 16), true);
    dv.setUint32(8 * i, Number.parseInt(h.slice(16 * i + 8, 16 * i + 16), 16), true);
  }
  return out;
}

/** The backend the process started with (NUMTYPE_NO_WASM=1 runs the suite on 'js'). */
const initial = K.getBackend();

function onWasm(): void {
  before(() => K.setBackend('wasm'));
  after(() => K.setBackend(initial));
}

describe('float64 exp/log SIMD kernels, bit for bit with the scalar ports', () => {
  onWasm();

  it('random bit patterns (all exponents, NaN, ±inf, subnormals)', () => {
    check(randomBits(200_000), 'bits');
  });

  it('uniform in ±1, ±20, ±750, (0, 1), (0, 1000], near 1, log-uniform magnitudes', () => {
    check(
      make(150_000, () => rnd() * 2 - 1),
      '±1',
    );
    check(
      make(100_000, () => (rnd() * 2 - 1) * 20),
      '±20',
      'exp',
    );
    check(
      make(100_000, () => (rnd() * 2 - 1) * 750),
      '±750',
      'exp',
    );
    check(
      make(100_000, () => rnd()),
      '(0, 1)',
      'log',
    );
    check(
      make(100_000, () => rnd() * 1000),
      '(0, 1000]',
      'log',
    );
    check(
      make(200_000, () => 0.93 + rnd() * 0.14),
      'near 1',
      'log',
    );
    check(
      make(100_000, () => 1 + (rnd() < 0.5 ? -1 : 1) * 2 ** (-52 + rnd() * 48)),
      '1 ± 2^-52 … 2^-4',
      'log',
    );
    check(
      make(100_000, () => (rnd() < 0.1 ? -1 : 1) * 2 ** (rnd() * 2100 - 1075)),
      'log-uniform',
    );
  });

  it('around the reduction boundaries (k + ½)·ln2/128 and log’s table boundaries', () => {
    check(
      make(100_000, () => {
        const k = Math.floor(rnd() * 180_000) - 90_000;
        return ulpStep((k + 0.5) * (Math.LN2 / 128), Math.floor(rnd() * 41) - 20);
      }),
      'exp reduction ties',
      'exp',
    );
    check(
      make(100_000, () => {
        // 0x3fe6000000000000 + i·2^45 + k·2^52: the boundaries of log's 128 intervals
        const i = Math.floor(rnd() * 128);
        const base = 0.6875 * (1 + i / 256) * 2 ** (Math.floor(rnd() * 200) - 100);
        return ulpStep(base, Math.floor(rnd() * 41) - 20);
      }),
      'log interval boundaries',
      'log',
    );
  });

  it('the thresholds, specials and their neighbours, alone and in blocks', () => {
    const xs: number[] = [0, -0, Infinity, -Infinity, Number.NaN, 5e-324, -5e-324];
    const thresholds = [
      2 ** -54, // exp: 1 + x below
      512, // exp: the kernel's range ends (scalar beyond)
      709.782712893384, // exp overflows above
      708.3964185322641, // exp's result becomes subnormal below −this
      745.1332191019411, // exp is 0 below −this
      0.9375, // log: glibc's near-1 window
      1.064697265625,
      1,
      DBL_MIN,
      0.5,
      2,
      Math.SQRT1_2,
      Number.MAX_VALUE,
    ];
    for (const t of thresholds) {
      for (let k = -40; k <= 40; k++) xs.push(ulpStep(t, k), -ulpStep(t, k));
    }
    const nan = new BigUint64Array([0x7ff8000000000001n, 0xfff8000000000000n, 0x7ff0000000000001n]);
    const all = new Float64Array(xs.length + nan.length);
    all.set(xs);
    all.set(new Float64Array(nan.buffer), xs.length);
    check(all, 'specials');
    // each alone in a block of ordinary values (per-lane independence)
    for (let p = 0; p < all.length; p += 7) {
      const y = make(203, () => rnd() * 4);
      y[p % 203] = all[p]!;
      check(y, `special ${all[p]} in a block`);
    }
  });

  it('every length 0 … 80 and block boundaries, offsets into a buffer', () => {
    for (let n = 0; n <= 80; n++)
      check(
        make(n, () => (rnd() * 2 - 1) * 3),
        `n=${n}`,
      );
    const big = make(3 * 2048 + 5, () => (rnd() < 0.02 ? 1 + rnd() * 0.01 : (rnd() * 2 - 1) * 50));
    for (const n of [2047, 2048, 2049, 4096, 4097, 3 * 2048 + 5])
      check(big.subarray(0, n), `n=${n}`);
    check(big.subarray(3, 4100), 'offset 3');
  });

  it('in place (the output is the input)', () => {
    for (const isExp of [true, false]) {
      const x = make(10_000, (i) => (i % 3 === 0 ? (rnd() * 2 - 1) * 800 : rnd() * 2));
      const want = x.map(isExp ? expRef : logRef);
      const u = isExp && underRef(x, want);
      assert.equal((isExp ? expF64 : logF64)(x, x), u);
      assert.equal(firstDiff(x, want), -1);
    }
  });

  it('the JS backend gives the same bits and flags', () => {
    K.setBackend('js');
    try {
      check(randomBits(20_000), 'js bits');
      check(
        make(200, () => -(700 + rnd() * 60)),
        'js underflowing',
      );
      const x = make(3000, () => (rnd() * 2 - 1) * 800);
      const want = x.map(expRef);
      assert.equal(expF64(x, x), underRef(x, want));
      assert.equal(firstDiff(x, want), -1);
    } finally {
      K.setBackend('wasm');
    }
  });
});

interface Fixture {
  exp: { x: string; y: string };
  log: { x: string; y: string };
}

/** The elements of a contiguous float64 NDArray. */
function vals(a: np.NDArray): Float64Array {
  return new Float64Array(a.buffer, a.offset, a.size);
}

describe('np.exp / np.log float64 against NumPy (fixture)', () => {
  const fx = loadFixture<Fixture>('explog64');
  for (const name of ['exp', 'log'] as const) {
    const x = fromHex(fx[name].x);
    const want = fromHex(fx[name].y);
    const f = name === 'exp' ? np.exp : np.log;
    it(`${name}: ${x.length} values, contiguous and strided, on both backends`, () => {
      for (const backend of ['wasm', 'js'] as const) {
        K.setBackend(backend);
        try {
          const a = np.array(x, { dtype: 'float64' });
          const got = np.errstate({ all: 'ignore' }, () => vals(f(a)));
          const d = firstDiff(got, want);
          assert.equal(d, -1, `${backend} ${name}(${x[d]}) = ${got[d]}, NumPy ${want[d]}`);
          const twice = np.array(
            Array.from(x).flatMap((v) => [v, 0.5]),
            { dtype: 'float64' },
          );
          const s = np.errstate({ all: 'ignore' }, () => vals(f(twice.get('::2')).copy()));
          assert.equal(firstDiff(s, want), -1, `${backend} strided`);
        } finally {
          K.setBackend(initial);
        }
      }
    });
  }
});

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

describe('np.exp / np.log float64 through the kernels', () => {
  onWasm();
  const x = make(1000, () => (rnd() * 2 - 1) * 100);

  it('equal on both backends and to the strided (scalar) loop, contiguous, strided, in place', () => {
    const a = np.array(x, { dtype: 'float64' });
    const twice = np.array(
      Array.from(x).flatMap((v) => [v, v]),
      { dtype: 'float64' },
    );
    for (const f of [np.exp, np.log]) {
      const w = np.errstate({ all: 'ignore' }, () => vals(f(a)));
      const s = np.errstate({ all: 'ignore' }, () => vals(f(twice.get('::2')).copy()));
      assert.equal(firstDiff(s, w), -1);
      K.setBackend('js');
      const j = np.errstate({ all: 'ignore' }, () => vals(f(a)));
      K.setBackend('wasm');
      assert.equal(firstDiff(j, w), -1);
      const b = a.copy();
      np.errstate({ all: 'ignore' }, () => f(b, { out: b }));
      assert.equal(firstDiff(vals(b), w), -1);
    }
  });

  it('errstate categories equal the scalar loop: overflow, underflow, divide, invalid', () => {
    const specials = [
      [],
      [800],
      [-710],
      [-800],
      [5e-324],
      [0],
      [-0],
      [-1],
      [Number.NaN],
      [Infinity],
      [-Infinity],
      [800, -800, 0, -1, Number.NaN, 5e-324, Infinity],
    ];
    for (const backend of ['wasm', 'js'] as const) {
      K.setBackend(backend);
      for (const f of [np.exp, np.log]) {
        for (const sp of specials) {
          const v = Float64Array.from(x.subarray(0, 40));
          sp.forEach((s, i) => {
            v[3 + 5 * i] = s;
          });
          const a = np.array(v, { dtype: 'float64' });
          const strided = np
            .array(
              Array.from(v).flatMap((e) => [e, 0.5]),
              { dtype: 'float64' },
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
      np.exp(np.array([1, 2], { dtype: 'complex128' }));
      assert.deepEqual(
        categories(() => np.log(np.array(Array(20).fill(-1), { dtype: 'float64' }))),
        ['invalid value'],
      );
    }
    K.setBackend('wasm');
  });
});
