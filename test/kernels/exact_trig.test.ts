/**
 * The sin/cos SIMD kernels (assembly/exact_trig.ts through src/_core/kernels/exact_trig.ts)
 * against the scalar ports, bit for bit, over millions of inputs in every range, with the
 * underflow flags of the scalar loops: float32 against NumPy's kernel (simd_f32.ts), float64
 * against glibc's sin/cos (libm_trig.ts); and np.sin / np.cos as ufuncs on both backends
 * (errstate, in place, strided).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cosF32, cosF64, sinF32, sinF64 } from '../../src/_core/kernels/exact_trig.js';
import * as K from '../../src/_core/kernels/index.js';
import * as TR from '../../src/_core/umath/defs/libm_trig.js';
import { cosBlock32, sinBlock32 } from '../../src/_core/umath/defs/simd_f32.js';
import * as np from '../../src/index.js';
import { seededRandom } from '../helpers.js';

const FLT_MIN = 2 ** -126;
const SINCOS_TINY = 2.655742e-19;

/** The scalar loop's underflow rule for float32 sin (sine) and cos (math_kernels.ts, trig.ts). */
function underRef(x: Float32Array, y: Float32Array, sine: boolean): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const r = y[i]!;
    if (v !== 0 && Math.abs(v) <= SINCOS_TINY) return true;
    if (sine && (r !== 0 ? Math.abs(r) < FLT_MIN : v !== 0 && Number.isFinite(v))) return true;
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
  for (const sine of [true, false]) {
    const want = new Float32Array(x.length);
    (sine ? sinBlock32 : cosBlock32)(x, want, x.length);
    const got = new Float32Array(x.length);
    const under = (sine ? sinF32 : cosF32)(x, got);
    const d = firstDiff(got, want);
    assert.equal(
      d,
      -1,
      `${label} ${sine ? 'sin' : 'cos'}(${x[d]}) = ${got[d]}, scalar port ${want[d]}`,
    );
    assert.equal(under, underRef(x, want, sine), `${label}: underflow flag`);
  }
}

const rnd = seededRandom(20261122);
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

/** The float k ulps (of float32) from x. */
function ulpStep(x: number, k: number): number {
  const f = new Float32Array([x]);
  const i = new Int32Array(f.buffer);
  i[0] = i[0]! + (x < 0 ? -k : k);
  return f[0]!;
}

/** The backend the process started with (NUMTYPE_NO_WASM=1 runs the suite on 'js'). */
const initial = K.getBackend();

/** Run a suite's kernel checks on the wasm backend, restoring the initial one afterwards. */
function onWasm(): void {
  before(() => K.setBackend('wasm'));
  after(() => K.setBackend(initial));
}

/**
 * Every positive float32 in [2^-40, 117435.992] for which a fused step of sin or cos lands
 * exactly on a float32 midpoint in the kernel (found by scanning all of them with the
 * kernel's midpoint test disabled): the kernel must flag them; 28 of them (with either sign)
 * come out wrong when it does not.
 */
const MIDPOINT_INPUTS = [
  0.000244140625, 0.00042286395910196006, 0.000443632947281003, 0.0005459150415845215,
  0.001091830083169043, 0.0015440809074789286, 0.0016914558364078403, 0.0022375858388841152,
  0.002489755628630519, 0.003088161814957857, 0.0033829116728156805, 0.00439453125,
  0.004448453895747662, 0.004501730669289827, 0.006176323629915714, 0.006765823345631361,
  0.0069053396582603455, 0.008720981888473034, 0.00877548847347498, 0.008789073675870895,
  0.009160968475043774, 0.012352647259831429, 0.013531646691262722, 0.015746597200632095,
  0.017489740625023842, 0.017503367736935616, 0.017900686711072922, 0.024705294519662857,
  0.027063293382525444, 0.0332605205476284, 0.03493515029549599, 0.03494879603385925,
  0.03495561704039574, 0.036643873900175095, 0.049410589039325714, 0.05412658676505089,
  0.06987883150577545, 0.07160274684429169, 0.09244906157255173, 0.09631896764039993,
  0.10654829442501068, 0.10825317353010178, 0.13307075202465057, 0.13978751003742218,
  0.13979092240333557, 0.15823929011821747, 0.18355219066143036, 0.18495485186576843,
  0.18863588571548462, 0.19764235615730286, 0.20382803678512573, 0.20828042924404144,
  0.20992232859134674, 0.26802682876586914, 0.27976810932159424, 0.2797706723213196,
  0.3445923626422882, 0.3952847123146057, 0.40825918316841125, 0.44297417998313904,
  0.44414594769477844, 0.5, 0.55901700258255, 0.5611141920089722, 0.5611146092414856, 0.625,
  0.6541656851768494, 0.9166306257247925, 0.9457963109016418, 1.0096817016601562,
  1.0117793083190918, 1.1278221607208252, 1.4310088157653809, 1.5978596210479736,
  1.6423990726470947, 1.7038670778274536, 1.7290356159210205, 1.7543485164642334,
  1.9153887033462524, 1.9790555238723755, 2.224961996078491, 2.487426996231079, 3.0018017292022705,
  3.1066575050354004, 3.1957192420959473, 3.584566831588745, 3.7006096839904785, 3.702707290649414,
  4.08738899230957, 4.21238899230957, 4.444362163543701, 4.605840682983398, 4.922311305999756,
  4.9804158210754395, 5.21238899230957, 5.33738899230957, 5.722070693969727, 5.724168300628662,
  6.003414630889893, 6.316445827484131, 6.3914384841918945, 6.487013339996338, 8.79977798461914,
  9.622420310974121, 9.92477798461914, 10.04977798461914, 10.434459686279297, 14.334809303283691,
  15.146848678588867, 15.363370895385742, 17.303464889526367, 19.244840621948242,
  20.075759887695312, 23.957229614257812, 24.788148880004883, 25.062862396240234, 26.84332847595215,
  28.1160945892334, 28.669618606567383, 34.606929779052734, 38.142086029052734, 39.714054107666016,
  42.69126892089844, 44.39055633544922, 49.138832092285156, 51.62799835205078, 52.11604690551758,
  53.2032470703125, 58.399234771728516, 59.42223358154297, 64.41839599609375, 65.4144287109375,
  77.88565063476562, 82.24252319335938, 92.4934310913086, 96.7352066040039, 114.47048950195312,
  138.42771911621094, 147.84349060058594, 170.6556854248047, 175.01255798339844, 187.48377990722656,
  199.35806274414062, 228.94097900390625, 232.82244873046875, 233.03897094726562,
  252.27320861816406, 252.39820861816406, 253.39820861816406, 253.52320861816406, 272.9739685058594,
  276.8554382324219, 295.5894775390625, 342.3372802734375, 359.747314453125, 391.325927734375,
  400.74169921875, 423.55389404296875, 427.9107666015625, 440.3819885253906, 505.1714172363281,
  505.2964172363281, 506.2964172363281, 506.4214172363281, 554.7708740234375, 583.6820678710938,
  588.0389404296875, 705.1544799804688, 736.6787719726562, 738.8353881835938, 778.7703857421875,
  782.65185546875, 946.1784057617188, 1010.9678344726562, 1012.0928344726562, 1012.2178344726562,
  1435.146728515625, 1469.8223876953125, 1473.3575439453125, 1482.901611328125, 1595.27490234375,
  1750.42822265625, 1943.21484375, 2088.60009765625, 2210.202880859375, 2288.7900390625,
  2855.524169921875, 3307.912109375, 3407.043701171875, 4849.609375, 5040.3408203125,
  5893.43017578125, 6814.08740234375, 7218.0771484375, 7719.90283203125, 9112.3994140625,
  9991.5556640625, 10480.912109375, 10819.083984375, 10974.2373046875, 11786.8603515625,
  13628.1748046875, 14164.787109375, 14319.9404296875, 17385.853515625, 20159.33203125,
  22337.068359375, 26120.759765625, 27256.349609375, 31606.201171875, 32383.6953125, 39164.26953125,
  39546.1796875, 45840.3515625, 47666.82421875, 52241.51953125, 52515.80859375, 52516.93359375,
  52517.05859375, 56724.80078125, 57366.04296875, 91680.703125, 104483.0390625, 111596.0625,
];

describe('float32 sin/cos SIMD kernels, bit for bit with the scalar port', () => {
  onWasm();

  it('1M random bit patterns (all exponents, NaN, ±inf, subnormals)', () => {
    check(randomBits(1 << 20), 'bits');
  });

  it('1M uniform in ±10 and 500k in ±2e5 (both C-library thresholds)', () => {
    check(
      make(1 << 20, () => F((rnd() * 2 - 1) * 10)),
      '±10',
    );
    check(
      make(500_000, () => F((rnd() * 2 - 1) * 2e5)),
      '±2e5',
    );
  });

  it('1M floats at and around multiples of π/2 (tiny reduced arguments, quadrant ties)', () => {
    check(
      make(1 << 20, () => {
        const k = Math.floor(rnd() * 150_000) - 75_000;
        // ± a few ulps of k·π/2, and (k + ½)·π/2 where the quadrant rounding is decided
        const base = F(((k + (rnd() < 0.25 ? 0.5 : 0)) * Math.PI) / 2);
        return ulpStep(base, Math.floor(rnd() * 17) - 8);
      }),
      'π/2 multiples',
    );
  });

  it('500k log-uniform magnitudes 2^-150 … 2^17 (tiny inputs, underflow, subnormals)', () => {
    check(
      make(500_000, () => F((rnd() < 0.5 ? -1 : 1) * 2 ** (rnd() * 167 - 150))),
      'log-uniform',
    );
  });

  it('the inputs whose fused steps hit float32 midpoints (double rounding), both signs', () => {
    const x = Float32Array.from(MIDPOINT_INPUTS.flatMap((v) => [v, -v]));
    check(x, 'midpoints');
    // and each in a block of ordinary values
    for (let p = 0; p < x.length; p += 3) {
      const y = make(37, () => F((rnd() * 2 - 1) * 4));
      y[p % 37] = x[p]!;
      check(y, `midpoint ${x[p]} in a block`);
    }
  });

  it('the thresholds, specials and their neighbours', () => {
    const xs: number[] = [0, -0, Infinity, -Infinity, Number.NaN, 2 ** -149, -(2 ** -149)];
    for (const t of [117435.992, 71476.0625, SINCOS_TINY, 2 ** -40, FLT_MIN, 2 ** -60, 1.5]) {
      for (let k = -40; k <= 40; k++) xs.push(ulpStep(F(t), k), -ulpStep(F(t), k));
    }
    const x = Float32Array.from(xs);
    // NaN payloads and signs pass through as the scalar loop passes them
    const nan = new Uint32Array([0x7fc00001, 0xffc00000, 0x7f800001, 0xff812345]);
    const all = new Float32Array(x.length + nan.length);
    all.set(x);
    all.set(new Float32Array(nan.buffer), x.length);
    check(all, 'specials');
    // every one of them alone in a long block of ordinary values (per-lane independence)
    for (let p = 0; p < all.length; p += 7) {
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
    for (const sine of [true, false]) {
      const x = randomBits(10_000);
      const want = new Float32Array(x.length);
      (sine ? sinBlock32 : cosBlock32)(x, want, x.length);
      const u = underRef(x, want, sine);
      assert.equal((sine ? sinF32 : cosF32)(x, x), u);
      assert.equal(firstDiff(x, want), -1);
    }
  });

  it('the JS backend gives the same bits and flags', () => {
    K.setBackend('js');
    try {
      check(randomBits(50_000), 'js bits');
      check(
        make(200, () => F(2 ** -(40 + rnd() * 100))),
        'js tiny',
      );
    } finally {
      K.setBackend('wasm');
    }
  });
});

/** glibc's underflow rule for sin (cos never underflows). */
function underRef64(x: Float64Array, y: Float64Array, sine: boolean): boolean {
  if (!sine) return false;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const r = y[i]!;
    if (r !== 0 ? Math.abs(r) < 2 ** -1022 : v !== 0 && Number.isFinite(v)) return true;
  }
  return false;
}

/** Both float64 kernels on x equal glibc's scalar port, bits and underflow flag. */
function check64(x: Float64Array, label: string): void {
  for (const sine of [true, false]) {
    const f = sine ? TR.sin : TR.cos;
    const want = x.map(f);
    const got = new Float64Array(x.length);
    const under = (sine ? sinF64 : cosF64)(x, got);
    const ua = new BigUint64Array(got.buffer);
    const ub = new BigUint64Array(want.buffer);
    let d = -1;
    for (let i = 0; i < ua.length && d < 0; i++) if (ua[i] !== ub[i]) d = i;
    assert.equal(
      d,
      -1,
      `${label} ${sine ? 'sin' : 'cos'}(${x[d]}) = ${got[d]}, scalar port ${want[d]}`,
    );
    assert.equal(under, underRef64(x, want, sine), `${label}: underflow flag`);
  }
}

/** The double k ulps from x (same sign). */
function ulpStep64(x: number, k: number): number {
  const f = new Float64Array([x]);
  const i = new BigInt64Array(f.buffer);
  i[0] = i[0]! + BigInt(k);
  return f[0]!;
}

function make64(n: number, gen: (i: number) => number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = gen(i);
  return x;
}

describe('float64 sin/cos SIMD kernels, bit for bit with glibc', () => {
  onWasm();

  it('600k random bit patterns (all exponents, NaN, ±inf, subnormals)', () => {
    const u = new Uint32Array(2 * 600_000);
    for (let i = 0; i < u.length; i++) u[i] = (rnd() * 2 ** 32) >>> 0;
    check64(new Float64Array(u.buffer), 'bits');
  });

  it('1M in ±100, 300k in ±3, 200k in ±0.13 (Taylor, table, π/2 − x ranges)', () => {
    check64(
      make64(1_000_000, () => (rnd() * 2 - 1) * 100),
      '±100',
    );
    check64(
      make64(300_000, () => (rnd() * 2 - 1) * 3),
      '±3',
    );
    check64(
      make64(200_000, () => (rnd() * 2 - 1) * 0.13),
      '±0.13 (Taylor series)',
    );
  });

  it('300k near multiples of π/4 up to the reduction limit, 200k beyond it', () => {
    check64(
      make64(300_000, () => {
        const k = Math.floor(rnd() * 2 ** (1 + rnd() * 27)) * (rnd() < 0.5 ? -1 : 1);
        const v = (k * Math.PI) / 4;
        return v === 0 ? 0 : ulpStep64(v, Math.floor(rnd() * 9) - 4);
      }),
      'π/4 multiples',
    );
    check64(
      make64(200_000, () => (rnd() * 2 - 1) * 1.2e8),
      '±1.2e8',
    );
  });

  it('300k log-uniform magnitudes 2^-1074 … 2^27', () => {
    check64(
      make64(300_000, () => (rnd() < 0.5 ? -1 : 1) * 2 ** (rnd() * 1101 - 1074)),
      'log',
    );
  });

  it("glibc's range limits, specials and their neighbours, alone and in blocks", () => {
    const xs: number[] = [0, -0, Infinity, -Infinity, Number.NaN, 5e-324, -5e-324, 2 ** -1022];
    const limits = [2 ** -26, 2 ** -27, 0.85546875, 2.4262638092041016, 105414336, 0.126];
    for (const t of [...limits, Math.PI / 2, Math.PI, 2 ** -1022]) {
      for (let k = -30; k <= 30; k++) xs.push(ulpStep64(t, k), -ulpStep64(t, k));
    }
    const all = Float64Array.from(xs);
    check64(all, 'limits');
    for (let p = 0; p < all.length; p += 5) {
      const y = make64(67, () => (rnd() * 2 - 1) * 10);
      y[p % 67] = all[p]!;
      check64(y, `limit ${all[p]} in a block`);
    }
  });

  it('every length 0 … 70, block boundaries, in place, the JS backend', () => {
    for (let n = 0; n <= 70; n++)
      check64(
        make64(n, () => (rnd() * 2 - 1) * 50),
        `n=${n}`,
      );
    const big = make64(2 * 2048 + 3, () => (rnd() * 2 - 1) * 50);
    for (const n of [2047, 2048, 2049, 4099]) check64(big.subarray(0, n), `n=${n}`);
    check64(big.subarray(1, 2100), 'offset 1');
    for (const sine of [true, false]) {
      const x = make64(5000, () => (rnd() * 2 - 1) * 1e3);
      const want = x.map(sine ? TR.sin : TR.cos);
      (sine ? sinF64 : cosF64)(x, x);
      assert.deepEqual(x, want);
    }
    K.setBackend('js');
    try {
      check64(
        make64(3000, () => (rnd() * 2 - 1) * 1e3),
        'js',
      );
    } finally {
      K.setBackend('wasm');
    }
  });
});

describe('np.sin / np.cos through the kernels', () => {
  onWasm();
  const x = make(1000, () => F((rnd() * 2 - 1) * 100));

  it('equal on both backends, contiguous, strided, in place', () => {
    for (const dtype of ['float32', 'float64'] as const) {
      const a = np.array(x, { dtype });
      for (const f of [np.sin, np.cos]) {
        const w = f(a);
        K.setBackend('js');
        const j = f(a);
        K.setBackend('wasm');
        assert.deepEqual(j.toTypedArray(), w.toTypedArray());
        const s = f(a.get('::2'));
        assert.deepEqual(s.toTypedArray(), w.get('::2').toTypedArray());
        const b = a.copy();
        f(b, { out: b });
        assert.deepEqual(b.toTypedArray(), w.toTypedArray());
      }
    }
  });

  it("errstate: inf is 'invalid', tiny inputs 'underflow', ordinary values nothing", () => {
    for (const backend of ['wasm', 'js'] as const) {
      K.setBackend(backend);
      for (const f of [np.sin, np.cos]) {
        for (const dtype of ['float32', 'float64'] as const) {
          const ok = Float64Array.from(x);
          np.errstate({ all: 'raise' }, () => f(np.array(ok, { dtype })));
          const inf = ok.slice();
          inf[517] = Infinity;
          assert.throws(
            () => np.errstate({ invalid: 'raise' }, () => f(np.array(inf, { dtype }))),
            /invalid value encountered in (sin|cos)/,
          );
        }
        // float32: NumPy's kernels underflow squaring tiny inputs (sin and cos)
        const tiny = x.slice();
        tiny[300] = 1e-30;
        assert.throws(
          () => np.errstate({ under: 'raise' }, () => f(np.array(tiny, { dtype: 'float32' }))),
          /underflow encountered in (sin|cos)/,
        );
      }
      // a complex loop just before must not silence the real loop's error scan
      for (const f of [np.sin, np.cos]) {
        for (const dtype of ['float32', 'float64'] as const) {
          f(np.array([1, 2], { dtype: dtype === 'float32' ? 'complex64' : 'complex128' }));
          assert.throws(
            () =>
              np.errstate({ invalid: 'raise' }, () =>
                f(np.array([Number.NaN, Infinity], { dtype })),
              ),
            /invalid value encountered in (sin|cos)/,
          );
        }
      }
      // float64: glibc's sin of a subnormal underflows, cos does not
      const sub = Float64Array.from(x);
      sub[700] = 1e-310;
      assert.throws(
        () => np.errstate({ under: 'raise' }, () => np.sin(np.array(sub))),
        /underflow encountered in sin/,
      );
      np.errstate({ under: 'raise' }, () => np.cos(np.array(sub)));
    }
    K.setBackend('wasm');
  });
});
