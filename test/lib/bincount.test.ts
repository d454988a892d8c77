/**
 * np.bincount against NumPy (scripts/fixtures/gen_bincount.py): every integer width and bool,
 * strided views, minlength, float32 weights, an int64 input read as word pairs, and the errors
 * of NumPy's conversion to intp (float and complex arrays refuse a safe cast; negative values;
 * wrong depth), plus the DeprecationWarning for a JS list of non-integers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';

interface Enc {
  dtype: string;
  shape: number[];
  data: unknown[];
}
const fx = loadFixture<{
  cases: Record<string, Enc>[];
  errors: { label: string; x: Enc; error: [string, string] | null }[];
  list_floats: { result: Enc; warning: [string, string] };
}>('bincount');

const value = (v: any) =>
  v !== null && typeof v === 'object' && 're' in v ? new np.Complex(v.re, v.im) : v;
const arr = (e: Enc) =>
  np.array((decode(e.data) as unknown[]).map(value), { dtype: e.dtype }).reshape(e.shape);
const same = (got: np.NDArray, want: Enc, what: string) => {
  assert.equal(got.dtype.name, want.dtype, `${what} dtype`);
  assert.deepEqual(got.shape, want.shape, `${what} shape`);
  assert.deepEqual(got.tolist(), decode(want.data), what);
};

describe('np.bincount vs NumPy', () => {
  for (const c of fx.cases) {
    const x = arr(c.x!);
    it(`${c.x!.dtype} n=${x.size}`, () => {
      same(np.bincount(x), c.counts!, 'counts');
      same(np.bincount(x, { minlength: 150 }), c.minlength!, 'minlength');
      if (c.weighted) {
        const w = arr(c.w!);
        const got = np.bincount(x, { weights: w });
        assert.equal(got.dtype.name, 'float64');
        const want = decode(c.weighted.data) as number[];
        (got.tolist() as number[]).forEach((v, i) => {
          assert.ok(
            Math.abs(v - want[i]!) <= 1e-12 * Math.max(1, Math.abs(want[i]!)),
            `weights ${i}`,
          );
        });
        same(np.bincount(x.get('::2')), c.step2!, 'step 2');
      }
    });
  }
  for (const e of fx.errors) {
    it(`error: ${e.label}`, () => {
      const x = arr(e.x);
      if (e.error === null) np.bincount(x);
      else throwsNumpy(() => np.bincount(x), e.error[0], e.error[1]);
    });
  }
  it('a JS list of non-integers: truncated, with NumPy 2.1-2.4 DeprecationWarning', () => {
    const [r, ws] = catchWarnings(() => np.bincount([1.5, 2.0, 0.2]));
    same(r, fx.list_floats.result, 'list of floats');
    assert.deepEqual(
      ws.map((w) => [w.category, w.message]),
      [fx.list_floats.warning],
    );
    same(np.bincount([]), { dtype: 'int64', shape: [0], data: [] }, 'empty list');
  });
});
