/**
 * The glibc ports behind NumPy's float64 tan, arcsin, arccos, arctan and arctan2 (libm_tan.ts,
 * libm_asin.ts, libm_atan.ts) against NumPy's bits from test/fixtures/libm64.json
 * (scripts/fixtures/gen_libm64.py): special values, subnormals, every branch threshold and
 * its neighbours, values near ±1, near multiples of π/2 and up to 1e300, arctan2's quadrants
 * and extreme ratios, random values — directly, through the ufuncs (contiguous and strided),
 * and the complex128 functions that use atan2/atan/tan. Every result must be NumPy's bit
 * pattern (NaN: any NaN).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acos, asin } from '../../../src/_core/umath/defs/libm_asin.js';
import { atan, atan2 } from '../../../src/_core/umath/defs/libm_atan.js';
import { tan } from '../../../src/_core/umath/defs/libm_tan.js';
import * as np from '../../../src/index.js';
import { loadFixture } from '../../helpers.js';

type Hex = string;
interface Fixture {
  asin: { x: Hex; arcsin: Hex; arccos: Hex };
  atan: { x: Hex; arctan: Hex };
  tan: { x: Hex; tan: Hex };
  atan2: { y: Hex; x: Hex; arctan2: Hex };
  complex: Record<string, Hex>;
}
const fx = loadFixture<Fixture>('libm64');

/** Float64 values from a hex string of big-endian bit patterns. */
function f64(hex: string): Float64Array {
  const n = hex.length / 16;
  const view = new DataView(new ArrayBuffer(8 * n));
  for (let i = 0; i < n; i++) {
    view.setUint32(8 * i, Number.parseInt(hex.slice(16 * i, 16 * i + 8), 16));
    view.setUint32(8 * i + 4, Number.parseInt(hex.slice(16 * i + 8, 16 * i + 16), 16));
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(8 * i);
  return out;
}

/** The first few places where got and want differ in bits (NaNs of any payload agree). */
function diffs(got: ArrayLike<number>, want: Float64Array, label: (i: number) => string): string[] {
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

function checkUnary(fn: (x: number) => number, xs: Float64Array, want: Float64Array): void {
  const got = xs.map(fn);
  const bad = diffs(got, want, (i) => `x=${xs[i]}`);
  assert.equal(bad.length, 0, bad.join('\n'));
}

/** The ufunc on a contiguous array and on a reversed, strided view of a doubled copy. */
function checkUfunc(f: (a: np.NDArray) => np.NDArray, xs: Float64Array, want: Float64Array): void {
  const got = f(np.asarray(xs)).ownData() as Float64Array;
  let bad = diffs(got, want, (i) => `contiguous x=${xs[i]}`);
  assert.equal(bad.length, 0, bad.join('\n'));
  const n = xs.length;
  const wide = new Float64Array(2 * n);
  // wide[::-2] visits 2n − 1, 2n − 3, …: element i sits at 2n − 1 − 2i.
  for (let i = 0; i < n; i++) wide[2 * n - 1 - 2 * i] = xs[i]!;
  const strided = f(np.asarray(wide).get('::-2')).tolist() as number[];
  bad = diffs(strided, want, (i) => `strided x=${xs[i]}`);
  assert.equal(bad.length, 0, bad.join('\n'));
}

describe('glibc float64 arcsin / arccos (NumPy float64 loops)', () => {
  const xs = f64(fx.asin.x);
  const wantS = f64(fx.asin.arcsin);
  const wantC = f64(fx.asin.arccos);
  it('has a large fixture', () => assert.ok(xs.length > 4000));
  it('asin matches NumPy bit for bit', () => checkUnary(asin, xs, wantS));
  it('acos matches NumPy bit for bit', () => checkUnary(acos, xs, wantC));
  it('np.arcsin matches (contiguous, strided)', () => checkUfunc(np.arcsin, xs, wantS));
  it('np.arccos matches (contiguous, strided)', () => checkUfunc(np.arccos, xs, wantC));
  it('special values', () => {
    assert.ok(Object.is(asin(-0), -0));
    assert.equal(asin(1), Math.PI / 2);
    assert.equal(asin(-1), -Math.PI / 2);
    assert.equal(acos(1), 0);
    assert.equal(acos(-1), Math.PI);
    assert.equal(acos(0), Math.PI / 2);
    for (const v of [1.0000000000000002, -2, Infinity, -Infinity, Number.NaN]) {
      assert.ok(Number.isNaN(asin(v)));
      assert.ok(Number.isNaN(acos(v)));
    }
  });
});

describe('glibc float64 arctan (NumPy float64 loop)', () => {
  const xs = f64(fx.atan.x);
  const want = f64(fx.atan.arctan);
  it('has a large fixture', () => assert.ok(xs.length > 4000));
  it('atan matches NumPy bit for bit', () => checkUnary(atan, xs, want));
  it('np.arctan matches (contiguous, strided)', () => checkUfunc(np.arctan, xs, want));
  it('special values', () => {
    assert.ok(Object.is(atan(-0), -0));
    assert.equal(atan(Infinity), Math.PI / 2);
    assert.equal(atan(-Infinity), -Math.PI / 2);
    assert.ok(Number.isNaN(atan(Number.NaN)));
  });
});

describe('glibc float64 tan (NumPy float64 loop)', () => {
  const xs = f64(fx.tan.x);
  const want = f64(fx.tan.tan);
  it('has a large fixture', () => assert.ok(xs.length > 5000));
  it('tan matches NumPy bit for bit', () => checkUnary(tan, xs, want));
  it('np.tan matches (contiguous, strided)', () => checkUfunc(np.tan, xs, want));
  it('special values', () => {
    assert.ok(Object.is(tan(-0), -0));
    assert.equal(tan(5e-324), 5e-324);
    for (const v of [Infinity, -Infinity, Number.NaN]) assert.ok(Number.isNaN(tan(v)));
  });
});

describe('glibc float64 arctan2 (NumPy float64 loop)', () => {
  const ys = f64(fx.atan2.y);
  const xs = f64(fx.atan2.x);
  const want = f64(fx.atan2.arctan2);
  it('has a large fixture', () => assert.ok(xs.length > 6000));
  it('atan2 matches NumPy bit for bit', () => {
    const got = ys.map((y, i) => atan2(y, xs[i]!));
    const bad = diffs(got, want, (i) => `y=${ys[i]} x=${xs[i]}`);
    assert.equal(bad.length, 0, bad.join('\n'));
  });
  it('np.arctan2 matches, also broadcast against a strided view', () => {
    const got = np.arctan2(np.asarray(ys), np.asarray(xs)).ownData() as Float64Array;
    let bad = diffs(got, want, (i) => `y=${ys[i]} x=${xs[i]}`);
    assert.equal(bad.length, 0, bad.join('\n'));
    const n = 64;
    const row = np.asarray(xs.slice(0, 2 * n)).get('::2');
    const col = np.asarray(ys.slice(0, 8)).reshape([8, 1]);
    const grid = np.arctan2(col, row).tolist() as number[][];
    const flat = grid.flat();
    const expect = new Float64Array(8 * n);
    for (let r = 0; r < 8; r++)
      for (let c = 0; c < n; c++) expect[r * n + c] = atan2(ys[r]!, xs[2 * c]!);
    bad = diffs(flat, expect, (i) => `grid ${i}`);
    assert.equal(bad.length, 0, bad.join('\n'));
  });
  it('special values', () => {
    assert.ok(Object.is(atan2(0, 1), 0));
    assert.ok(Object.is(atan2(-0, 1), -0));
    assert.equal(atan2(0, -0), Math.PI);
    assert.equal(atan2(-0, -1), -Math.PI);
    assert.equal(atan2(1, 0), Math.PI / 2);
    assert.equal(atan2(Infinity, -Infinity), (3 * Math.PI) / 4);
    assert.ok(Object.is(atan2(-5, Infinity), -0));
    assert.ok(Number.isNaN(atan2(Number.NaN, 1)));
    assert.ok(Number.isNaN(atan2(1, Number.NaN)));
  });
});

describe('complex128 functions built on atan2 / atan / tan', () => {
  const z = f64(fx.complex.z!);
  const w = f64(fx.complex.w!);
  const n = z.length / 2;
  const Z = np.asarray(z).view('complex128');
  const W = np.asarray(w).view('complex128');
  const cases: [string, () => np.NDArray][] = [
    ...['log', 'log2', 'log10', 'log1p', 'arcsin', 'arccos', 'arctan', 'arcsinh', 'arccosh'].map(
      (f) =>
        [f, () => (np as unknown as Record<string, (a: np.NDArray) => np.NDArray>)[f]!(Z)] as [
          string,
          () => np.NDArray,
        ],
    ),
    ['arctanh', () => np.arctanh(Z)],
    ['tan', () => np.tan(Z)],
    ['power', () => np.power(Z, W)],
  ];
  for (const [name, run] of cases) {
    it(`${name} matches NumPy bit for bit`, () => {
      const r = run();
      assert.equal(r.dtype.toString(), 'complex128');
      const got = new Float64Array(r.buffer, r.offset, 2 * n);
      const bad = diffs(
        got,
        f64(fx.complex[name]!),
        (i) =>
          `z[${i >> 1}]=${z[i & ~1]}${z[i | 1]! < 0 ? '' : '+'}${z[i | 1]}j ${i & 1 ? 'imag' : 'real'}`,
      );
      assert.equal(bad.length, 0, bad.join('\n'));
    });
  }
});
