/**
 * NumPy's own SIMD kernels (X86_V3: AVX2 + FMA3) for float32 exp, log, sin, cos, tanh and
 * float64 tanh, bit for bit: test/fixtures/f32_simd.json (scripts/fixtures/gen_f32_simd.py)
 * holds inputs that reach every code path and many where NumPy's result is not the correctly
 * rounded one. Contiguous, strided, reversed, in-place and 0-d calls must all agree, as
 * NumPy runs the same kernel for each. fmaf32, the exact float32 fma under them, is checked
 * against fma.ts's round-to-odd emulation, midpoint cases included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmaf } from '../../../src/_core/umath/defs/fma.js';
import { fmaf32 } from '../../../src/_core/umath/defs/simd_f32.js';
import * as np from '../../../src/index.js';
import { loadFixture, seededRandom } from '../../helpers.js';

interface Case {
  ufunc: 'exp' | 'log' | 'sin' | 'cos' | 'tanh';
  dtype: 'float32' | 'float64';
  n: number;
  x: string;
  y: string;
}

const fixture = loadFixture<{ cases: Case[] }>('f32_simd');

const UFUNCS = { exp: np.exp, log: np.log, sin: np.sin, cos: np.cos, tanh: np.tanh };

function bytes(b64: string): ArrayBuffer {
  const bin = Buffer.from(b64, 'base64');
  const out = new ArrayBuffer(bin.length);
  new Uint8Array(out).set(bin);
  return out;
}

/** Bit patterns of a float array (NaNs all alike: NumPy's and V8's payloads differ). */
function bitsOf(a: Float32Array | Float64Array): string[] {
  const out: string[] = [];
  if (a instanceof Float32Array) {
    const u = new Uint32Array(a.buffer, a.byteOffset, a.length);
    for (let i = 0; i < a.length; i++) out.push(Number.isNaN(a[i]) ? 'nan' : u[i]!.toString(16));
  } else {
    const u = new BigUint64Array(a.buffer, a.byteOffset, a.length);
    for (let i = 0; i < a.length; i++) out.push(Number.isNaN(a[i]) ? 'nan' : u[i]!.toString(16));
  }
  return out;
}

/** The values of an array in C order, as the typed array of its dtype. */
function valuesOf(a: np.NDArray, dtype: string): Float32Array | Float64Array {
  const list = (a.tolist() as number[]).flat(Number.POSITIVE_INFINITY) as number[];
  return dtype === 'float32' ? new Float32Array(list) : new Float64Array(list);
}

/** Where two bit lists differ: the first few inputs, for the failure message. */
function firstDiffs(x: Float32Array | Float64Array, got: string[], want: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < want.length && out.length < 5; i++)
    if (got[i] !== want[i]) out.push(`x=${x[i]}: got ${got[i]}, NumPy ${want[i]}`);
  return out.join('; ');
}

describe('NumPy SIMD float kernels (fixture)', () => {
  for (const c of fixture.cases) {
    const Ctor = c.dtype === 'float32' ? Float32Array : Float64Array;
    const x = new Ctor(bytes(c.x));
    const want = bitsOf(new Ctor(bytes(c.y)));
    const f = UFUNCS[c.ufunc];

    it(`${c.ufunc} ${c.dtype}: ${c.n} inputs, contiguous`, () => {
      const got = bitsOf(f(np.asarray(x)).ownData() as Float32Array | Float64Array);
      assert.equal(got.length, want.length);
      const bad = got.filter((g, i) => g !== want[i]).length;
      assert.equal(bad, 0, `${bad} differ: ${firstDiffs(x, got, want)}`);
    });

    it(`${c.ufunc} ${c.dtype}: strided, reversed, in place, 0-d`, () => {
      // Every other element of an interleaved copy.
      const wide = new Ctor(2 * x.length);
      for (let i = 0; i < x.length; i++) wide[2 * i] = x[i]!;
      const strided = bitsOf(valuesOf(f(np.asarray(wide).get('::2')), c.dtype));
      assert.deepEqual(strided, want);
      // Reversed input and a reversed output view.
      const rev = Ctor.from(x).reverse();
      const out = np.zeros([x.length], { dtype: c.dtype });
      f(np.asarray(rev).get('::-1'), { out });
      assert.deepEqual(bitsOf(out.toTypedArray() as Float32Array | Float64Array), want);
      // In place.
      const a = np.asarray(Ctor.from(x));
      f(a, { out: a });
      assert.deepEqual(bitsOf(a.toTypedArray() as Float32Array | Float64Array), want);
      // 0-d arrays, a sample.
      for (let i = 0; i < x.length; i += 97) {
        const r = f(np.array(x[i]!, { dtype: c.dtype }));
        assert.deepEqual(bitsOf(valuesOf(r.reshape([1]), c.dtype)), [want[i]], `x=${x[i]}`);
      }
    });
  }
});

describe('fmaf32', () => {
  it('is the correctly rounded float32 fma (random and halfway sums)', () => {
    const rnd = seededRandom(7);
    const f = Math.fround;
    const u = new Uint32Array(1);
    const fl = new Float32Array(u.buffer);
    const rand = () => {
      u[0] = Math.floor(rnd() * 2 ** 32);
      return fl[0]!;
    };
    let bad = '';
    let doubleRounded = 0;
    for (let i = 0; i < 200_000 && bad === ''; i++) {
      let a: number;
      let b: number;
      let c: number;
      if (i % 4 === 0) {
        a = rand();
        b = rand();
        c = rand();
      } else if (i % 4 === 1) {
        // a·b + c near any rounding boundary: c cancels the top of the product.
        a = f(1 + Math.floor(rnd() * 2 ** 23) * 2 ** -23);
        b = f((1 + Math.floor(rnd() * 2 ** 23) * 2 ** -23) * 2 ** (Math.floor(rnd() * 8) - 4));
        c = f(-a * b + (rnd() - 0.5) * 2 ** -(i % 30));
      } else {
        // a·b = ±half an ulp of c times (1 − k²·2^-46): the double sum is a float32
        // midpoint, the exact one is not, and rounding the double sum again goes wrong
        // whenever the tie goes to the far side.
        const k = 1 + Math.floor(rnd() * 300);
        const e = Math.floor(rnd() * 200) - 100;
        const sa = rnd() < 0.5 ? -1 : 1;
        const sb = rnd() < 0.5 ? -1 : 1;
        c = f((1 + Math.floor(rnd() * 2 ** 23) * 2 ** -23) * 2 ** e) * (rnd() < 0.5 ? -1 : 1);
        a = sa * (1 + k * 2 ** -23);
        b = sb * (1 - k * 2 ** -23) * 2 ** (e - 24);
        if (f(a * b + c) !== fmaf(a, b, c)) doubleRounded++;
      }
      const got = fmaf32(a, b, c);
      const want = fmaf(a, b, c);
      if (!Object.is(got, want) && !(Number.isNaN(got) && Number.isNaN(want)))
        bad = `fmaf32(${a}, ${b}, ${c}) = ${got}, exact ${want}`;
    }
    assert.equal(bad, '');
    // The construction does reach the case a double sum gets wrong.
    assert.ok(doubleRounded > 1000, `${doubleRounded}`);
  });
});
