/**
 * The glibc ports behind NumPy's float64 log2/log10 and float32 exp2/log2/log10
 * (libm_log2.ts, libm_exp2f.ts) against NumPy's bits from test/fixtures/libm_more.json
 * (scripts/fixtures/gen_libm_more.py): random bit patterns, values near 1, powers of two,
 * subnormals and special values. Every result must be NumPy's bit pattern (NaN: any NaN).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  exp2f,
  exp2fFast,
  log2f,
  log2fFast,
  log10f,
} from '../../../src/_core/umath/defs/libm_exp2f.js';
import { log2, log2Fast, log10 } from '../../../src/_core/umath/defs/libm_log2.js';
import { loadFixture } from '../../helpers.js';

interface Fixture {
  f64: { x: string; log2: string; log10: string };
  f32: { x: string; exp2: string; log2: string; log10: string };
}
const fx = loadFixture<Fixture>('libm_more');

/** Values from a hex string of big-endian bit patterns. */
function fromHex(hex: string, width: 8 | 16): Float64Array | Float32Array {
  const n = hex.length / width;
  const view = new DataView(new ArrayBuffer(n * (width / 2)));
  for (let i = 0; i < n; i++) {
    const s = hex.slice(i * width, (i + 1) * width);
    if (width === 16) {
      view.setUint32(8 * i, Number.parseInt(s.slice(0, 8), 16));
      view.setUint32(8 * i + 4, Number.parseInt(s.slice(8), 16));
    } else view.setUint32(4 * i, Number.parseInt(s, 16));
  }
  const out = width === 16 ? new Float64Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++)
    out[i] = width === 16 ? view.getFloat64(8 * i) : view.getFloat32(4 * i);
  return out;
}

/** Number of inputs whose result differs from NumPy's bits; the first few listed in `bad`. */
function mismatches(
  fn: (x: number) => number,
  xs: Float64Array | Float32Array,
  want: Float64Array | Float32Array,
  bad: string[],
): number {
  const got = xs instanceof Float64Array ? new Float64Array(1) : new Float32Array(1);
  const gb = new Uint8Array(got.buffer);
  const wb = new Uint8Array(want.buffer);
  const w = got.BYTES_PER_ELEMENT;
  let count = 0;
  for (let i = 0; i < xs.length; i++) {
    got[0] = fn(xs[i]!);
    if (Number.isNaN(got[0]) && Number.isNaN(want[i]!)) continue;
    let same = true;
    for (let j = 0; j < w; j++) if (gb[j] !== wb[i * w + j]) same = false;
    if (!same) {
      count++;
      if (bad.length < 5) bad.push(`x=${xs[i]} got ${got[0]} want ${want[i]}`);
    }
  }
  return count;
}

function check(fn: (x: number) => number, xs: Float64Array | Float32Array, hex: string): void {
  const want = fromHex(hex, xs instanceof Float64Array ? 16 : 8);
  assert.equal(want.length, xs.length);
  const bad: string[] = [];
  assert.equal(mismatches(fn, xs, want, bad), 0, bad.join('\n'));
}

describe('glibc float64 log2 / log10 (NumPy float64 loops)', () => {
  const xs = fromHex(fx.f64.x, 16) as Float64Array;
  it('has a large fixture', () => assert.ok(xs.length > 10000));
  it('log2 matches NumPy bit for bit', () => check(log2, xs, fx.f64.log2));
  it('log2Fast matches NumPy bit for bit', () => check(log2Fast, xs, fx.f64.log2));
  it('log10 matches NumPy bit for bit', () => check(log10, xs, fx.f64.log10));
  it('special values', () => {
    for (const f of [log2, log2Fast, log10]) {
      assert.equal(f(0), -Infinity);
      assert.equal(f(-0), -Infinity);
      assert.equal(f(Infinity), Infinity);
      assert.ok(Number.isNaN(f(-Infinity)));
      assert.ok(Number.isNaN(f(-1)));
      assert.ok(Number.isNaN(f(Number.NaN)));
      assert.ok(Object.is(f(1), 0));
    }
    assert.equal(log2(8), 3);
    assert.equal(log2Fast(0.125), -3);
    assert.equal(log2(5e-324), -1074);
    assert.equal(log10(1000), 3);
  });
});

describe('glibc float32 exp2f / log2f / log10f (NumPy float32 loops)', () => {
  const xs = fromHex(fx.f32.x, 8) as Float32Array;
  it('has a large fixture', () => assert.ok(xs.length > 10000));
  it('exp2f matches NumPy bit for bit', () => check(exp2f, xs, fx.f32.exp2));
  it('exp2fFast matches NumPy bit for bit', () => check(exp2fFast, xs, fx.f32.exp2));
  it('log2f matches NumPy bit for bit', () => check(log2f, xs, fx.f32.log2));
  it('log2fFast matches NumPy bit for bit', () => check(log2fFast, xs, fx.f32.log2));
  it('log10f matches NumPy bit for bit', () => check(log10f, xs, fx.f32.log10));
  it('special values', () => {
    assert.equal(exp2f(-Infinity), 0);
    assert.equal(exp2f(Infinity), Infinity);
    assert.equal(exp2f(128), Infinity);
    assert.equal(exp2f(-150), 0);
    assert.equal(exp2f(-149.5), 2 ** -149);
    assert.ok(Number.isNaN(exp2f(Number.NaN)));
    assert.equal(exp2f(3), 8);
    assert.equal(exp2fFast(-1), 0.5);
    for (const f of [log2f, log2fFast, log10f]) {
      assert.equal(f(0), -Infinity);
      assert.equal(f(-0), -Infinity);
      assert.equal(f(Infinity), Infinity);
      assert.ok(Number.isNaN(f(-1)));
      assert.ok(Number.isNaN(f(Number.NaN)));
      assert.ok(Object.is(f(1), 0));
    }
    assert.equal(log2f(0.25), -2);
    assert.equal(log2f(2 ** -149), -149);
    assert.equal(log10f(100), 2);
  });
});
