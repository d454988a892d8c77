/**
 * Live check of one-element access against NumPy: `a[i, j] = x` for JS numbers, bools and
 * bigints into every numeric dtype (the value conversion, OverflowError / ValueError, the
 * "overflow encountered in cast" FP report), `a[i]` / `a[i, j]` views on strided and
 * negative-stride arrays (and writes through them), and the narrowing of Python floats in
 * other places NumPy reports that overflow (ufunc scalars, comparisons, clip, np.array,
 * np.full, fill). Results are compared as dtype, shape and raw bytes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { hasNumpy, NUMERIC_DTYPES } from '../helpers.js';
import { assertSameBytes } from './bytes.util.js';

const DTYPES: readonly string[] = NUMERIC_DTYPES;

/** [Python literal, JS literal] of the assigned values. */
const VALUES: [string, string][] = [
  ['0', '0'],
  ['1', '1'],
  ['-1', '-1'],
  ['300', '300'],
  ['70000', '70000'],
  ['2**31', '2 ** 31'],
  ['-2**63', '-(2n ** 63n)'],
  ['2**64 - 1', '2n ** 64n - 1n'],
  ['1.5', '1.5'],
  ['-2.7', '-2.7'],
  ['65520.5', '65520.5'],
  ['1e40', '1e40'],
  ['1e300', '1e300'],
  ["float('nan')", 'NaN'],
  ["float('-inf')", '-Infinity'],
  ['True', 'true'],
  ['False', 'false'],
];

/** [Python index, JS index arguments]. */
const INDICES: [string, string][] = [
  ['1, 2', '1, 2'],
  ['-1, -3', '-1, -3'],
  ['2, 0', '2, 0'],
  ['0, -4', '0, -4'],
];

function cases(): [string, string][] {
  const out: [string, string][] = [];
  for (const dt of DTYPES) {
    for (const [pv, jv] of VALUES) {
      out.push([
        `(lambda t: (t.__setitem__((1, 2), ${pv}), t)[1])(np.zeros((2, 3), np.${dt}))`,
        `((t) => { t.set(1, 2, ${jv}); return t; })(np.zeros([2, 3], '${dt}'))`,
      ]);
    }
    for (const [pi, ji] of INDICES) {
      out.push([
        `(lambda t: (t.__setitem__((${pi}), 7), t)[1])(np.zeros((2, 3), np.${dt}))`,
        `((t) => { t.set(${ji}, 7); return t; })(np.zeros([2, 3], '${dt}'))`,
      ]);
    }
  }
  // Views: strided and negative-stride bases, integer views and writes through them.
  const base = 'np.arange(24.0).reshape(4, 6)[::-1, ::2]';
  const baseJs = 'np.arange(24, {dtype: "float64"}).reshape([4, 6]).get("::-1, ::2")';
  for (const [pi, ji] of [
    ['1', '1'],
    ['-1', '-1'],
    ['2, 1', '2, 1'],
    ['-4, -3', '-4, -3'],
    ['4', '4'],
    ['0, 3', '0, 3'],
    ['1, 1, 1', '1, 1, 1'],
  ]) {
    out.push([`${base}[${pi}]`, `${baseJs}.get(${ji})`]);
  }
  out.push([
    `(lambda t: (t[2].__setitem__(0, -5.0), t)[1])(${base})`,
    `((t) => { t.get(2).set(0, -5); return t; })(${baseJs})`,
  ]);
  out.push([
    // numtype's a.get(i, j) is the 0-d view NumPy's a[i, j, ...] gives (API.md §5).
    `(lambda t: (t[1, 2, ...].fill(9.5), t)[1])(${base})`,
    `((t) => { t.get(1, 2).fill(9.5); return t; })(${baseJs})`,
  ]);
  out.push([
    `(lambda t: (t.__setitem__((-1, -1), 2.25), t)[1])(${base})`,
    `((t) => { t.set(-1, -1, 2.25); return t; })(${baseJs})`,
  ]);
  // Python floats narrowed elsewhere: NumPy raises the overflow flag of the cast.
  const f32 = 'np.ones(3, np.float32)';
  const f32Js = 'np.ones(3, "float32")';
  out.push([`${f32} + 1e40`, `${f32Js}.add(1e40)`]);
  out.push([`${f32} < 1e40`, `${f32Js}.lt(1e40)`]);
  out.push([`np.clip(${f32}, -1e40, 1e40)`, `np.clip(${f32Js}, -1e40, 1e40)`]);
  out.push([`np.ones(2, np.float16) * 70000.0`, `np.ones(2, "float16").mul(70000.5)`]);
  out.push(['np.array(70000.5, dtype=np.float16)', 'np.array(70000.5, {dtype: "float16"})']);
  out.push(['np.array([1.0, 1e39], dtype=np.float32)', 'np.array([1, 1e39], {dtype: "float32"})']);
  out.push(['np.full(3, 1e39, np.float32)', 'np.full(3, 1e39, "float32")']);
  out.push([
    '(lambda t: (t.fill(-1e39), t)[1])(np.zeros(2, np.complex64))',
    '((t) => { t.fill(-1e39); return t; })(np.zeros(2, "complex64"))',
  ]);
  out.push(['np.float32(3.4e38) * 1', 'np.array(3.4e38, {dtype: "float32"}).mul(1)']);
  return out;
}

describe('one-element access matches NumPy (live)', () => {
  it('set, get, views and cast overflow agree', { skip: !hasNumpy() }, () => {
    assertSameBytes(cases());
  });
});

describe('shape and strides are read-only', () => {
  it('a user cannot change an array through its shape or strides', () => {
    const dims = [2, 3];
    const a = np.zeros(dims);
    dims[0] = 5;
    assert.deepEqual(a.shape, [2, 3]);
    assert.ok(Object.isFrozen(a.shape) && Object.isFrozen(a.strides));
    assert.throws(() => {
      (a.shape as number[])[0] = 4;
    }, TypeError);
    assert.throws(() => {
      (a.strides as number[]).push(8);
    }, TypeError);
    const v = a.get(1);
    assert.deepEqual([v.shape, v.strides], [[3], [8]]);
    assert.deepEqual([a.shape, a.strides, a.size], [[2, 3], [24, 8], 6]);
    a.shape = [3, 2];
    assert.deepEqual(
      [a.shape, a.strides],
      [
        [3, 2],
        [16, 8],
      ],
    );
    assert.ok(Object.isFrozen(a.shape));
  });
});
