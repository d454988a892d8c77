/**
 * The glibc float ports behind NumPy's float32 tan, arcsin, arccos, cbrt, arcsinh, arccosh,
 * arctanh (libm_single_inv.ts) and logaddexp2 (exp2f, log1pf) against NumPy's bits from
 * test/fixtures/libm32.json (scripts/fixtures/gen_libm32.py): special values, subnormals,
 * every branch threshold and its float neighbours, values near ±1, near multiples of π/2
 * and up to 3e38, random values and bit patterns — directly, and through the ufuncs on
 * float32 arrays (contiguous and strided). Every result must be NumPy's bit pattern (NaN:
 * any NaN).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logaddexp2f } from '../../../src/_core/umath/defs/fpmath.js';
import { logf, logfFast } from '../../../src/_core/umath/defs/libm_single.js';
import * as L from '../../../src/_core/umath/defs/libm_single_inv.js';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

type Hex = string;
type Fixture = Record<string, { x: Hex; y: Hex }> & {
  logaddexp2: { a: Hex; b: Hex; y: Hex };
};
const fx = loadFixture<Fixture>('libm32');

/** Float32 values from a hex string of big-endian bit patterns. */
function f32(hex: string): Float32Array {
  const n = hex.length / 8;
  const view = new DataView(new ArrayBuffer(4 * n));
  for (let i = 0; i < n; i++)
    view.setUint32(4 * i, Number.parseInt(hex.slice(8 * i, 8 * i + 8), 16));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(4 * i);
  return out;
}

/** The first few places where got and want differ in bits (NaNs of any payload agree). */
function diffs(got: ArrayLike<number>, want: Float32Array, label: (i: number) => string): string[] {
  assert.equal(got.length, want.length);
  const bad: string[] = [];
  let count = 0;
  for (let i = 0; i < want.length; i++) {
    const g = got[i]!;
    const w = want[i]!;
    if (Object.is(g, w) || (Number.isNaN(g) && Number.isNaN(w))) continue;
    if (count++ < 5) bad.push(`${label(i)}: got ${g} want ${w}`);
  }
  if (count > 5) bad.push(`… ${count} in all`);
  return bad;
}

type Ufunc = (a: np.NDArray) => np.NDArray;
const UNARY: [string, (x: number) => number, Ufunc][] = [
  ['tan', L.tanf, np.tan],
  ['arcsin', L.asinf, np.arcsin],
  ['arccos', L.acosf, np.arccos],
  ['cbrt', L.cbrtf, np.cbrt],
  ['arcsinh', L.asinhf, np.arcsinh],
  ['arccosh', L.acoshf, np.arccosh],
  ['arctanh', L.atanhf, np.arctanh],
];

for (const [name, fn, ufunc] of UNARY) {
  describe(`glibc float32 ${name} (NumPy float32 loop)`, () => {
    const xs = f32(fx[name]!.x);
    const want = f32(fx[name]!.y);
    it('has a large fixture', () => assert.ok(xs.length > 3000));
    it('the scalar port matches NumPy bit for bit', () => {
      const got = xs.map(fn);
      const bad = diffs(got, want, (i) => `x=${xs[i]}`);
      assert.equal(bad.length, 0, bad.join('\n'));
    });
    it(`np.${name} on float32 matches (contiguous, reversed strided view)`, () => {
      np.errstate({ all: 'ignore' }, () => {
        const r = ufunc(np.asarray(xs));
        assert.equal(r.dtype.toString(), 'float32');
        let bad = diffs(r.ownData() as Float32Array, want, (i) => `contiguous x=${xs[i]}`);
        assert.equal(bad.length, 0, bad.join('\n'));
        const n = xs.length;
        const wide = new Float32Array(2 * n);
        for (let i = 0; i < n; i++) wide[2 * n - 1 - 2 * i] = xs[i]!;
        const strided = ufunc(np.asarray(wide).get('::-2')).tolist() as number[];
        bad = diffs(strided, want, (i) => `strided x=${xs[i]}`);
        assert.equal(bad.length, 0, bad.join('\n'));
      });
    });
  });
}

describe('float32 special values', () => {
  it('signed zeros, infinities, poles and NaN domains', () => {
    for (const f of [L.tanf, L.asinf, L.cbrtf, L.asinhf, L.atanhf]) {
      assert.ok(Object.is(f(-0), -0));
      assert.ok(Object.is(f(0), 0));
    }
    assert.equal(L.acosf(1), 0);
    assert.equal(L.acoshf(1), 0);
    assert.equal(L.atanhf(1), Infinity);
    assert.equal(L.atanhf(-1), -Infinity);
    assert.equal(L.cbrtf(-Infinity), -Infinity);
    assert.equal(L.asinhf(-Infinity), -Infinity);
    assert.equal(L.acoshf(Infinity), Infinity);
    for (const v of [Infinity, -Infinity, Number.NaN]) assert.ok(Number.isNaN(L.tanf(v)));
    for (const v of [1.0000001, -2, Number.NaN]) {
      assert.ok(Number.isNaN(L.asinf(v)));
      assert.ok(Number.isNaN(L.acosf(v)));
      assert.ok(Number.isNaN(L.atanhf(v)));
    }
    assert.ok(Number.isNaN(L.acoshf(0.99999994)));
    assert.ok(Number.isNaN(L.acoshf(-Infinity)));
  });
});

describe('logfFast (under asinhf/acoshf) equals the fused logf', () => {
  it('over a sweep of 500k float32 bit patterns and the inputs around 1', () => {
    const bits = new Uint32Array(1);
    const val = new Float32Array(bits.buffer);
    const bad: string[] = [];
    const check = (b: number) => {
      bits[0] = b;
      const x = val[0]!;
      const want = logf(x);
      const got = logfFast(x);
      if (!Object.is(got, want) && !(Number.isNaN(got) && Number.isNaN(want)) && bad.length < 5)
        bad.push(`x=${x}: got ${got} want ${want}`);
    };
    for (let b = 7; b < 2 ** 32; b += 8573) check(b);
    for (let b = 0x3f800000 - 2000; b < 0x3f800000 + 2000; b++) check(b);
    assert.equal(bad.length, 0, bad.join('\n'));
  });
});

describe('float32 logaddexp2 (npy_logaddexp2f over exp2f and log1pf)', () => {
  const a = f32(fx.logaddexp2.a);
  const b = f32(fx.logaddexp2.b);
  const want = f32(fx.logaddexp2.y);
  it('has a large fixture', () => assert.ok(a.length > 5000));
  it('the scalar formula matches NumPy bit for bit', () => {
    const got = a.map((x, i) => logaddexp2f(x, b[i]!));
    const bad = diffs(got, want, (i) => `a=${a[i]} b=${b[i]}`);
    assert.equal(bad.length, 0, bad.join('\n'));
  });
  it('np.logaddexp2 on float32 matches, also broadcast against a strided view', () => {
    np.errstate({ all: 'ignore' }, () => {
      const r = np.logaddexp2(np.asarray(a), np.asarray(b));
      assert.equal(r.dtype.toString(), 'float32');
      let bad = diffs(r.ownData() as Float32Array, want, (i) => `a=${a[i]} b=${b[i]}`);
      assert.equal(bad.length, 0, bad.join('\n'));
      const n = 64;
      const row = np.asarray(b.slice(0, 2 * n)).get('::2');
      const col = np.asarray(a.slice(0, 8)).reshape([8, 1]);
      const flat = (np.logaddexp2(col, row).tolist() as number[][]).flat();
      const expect = new Float32Array(8 * n);
      for (let r0 = 0; r0 < 8; r0++)
        for (let c = 0; c < n; c++) expect[r0 * n + c] = logaddexp2f(a[r0]!, b[2 * c]!);
      bad = diffs(flat, expect, (i) => `grid ${i}`);
      assert.equal(bad.length, 0, bad.join('\n'));
    });
  });
});
