/**
 * Transcendental ufuncs as ufuncs: layouts (strided, transposed, broadcast, 0-d, empty),
 * integer and bool inputs, out=/where=, dtype=, reductions, aliases, NumPy's errors and
 * floating-point warnings — against NumPy's results (fixture `misc`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../../helpers.js';
import { type FloatKind, ulpDiff } from './math_ulp.js';

const misc = loadFixture<{ misc: Record<string, any> }>('ufunc_values_math').misc;

/** Within 4 ulp of NumPy, with NaN, ±0 and ±inf exact. */
function close(a: number, b: number, kind: FloatKind): boolean {
  return ulpDiff(a, b, kind) <= 4;
}

/** An NDArray matches a fixture array: dtype, shape and values (see `close`). */
function expectArray(got: unknown, exp: any): void {
  assert.ok(got instanceof np.NDArray, 'expected an NDArray');
  assert.equal(String(got.dtype), exp.dtype);
  assert.deepEqual(got.shape, exp.shape);
  const kind = (
    exp.dtype === 'complex64' ? 'float32' : exp.dtype === 'complex128' ? 'float64' : exp.dtype
  ) as FloatKind;
  const want = decode(exp.data) as unknown[];
  const have = (got.size ? got.reshape(-1).tolist() : []) as unknown[];
  assert.equal(have.length, want.length);
  have.forEach((v, i) => {
    const w = want[i] as any;
    if (v instanceof np.Complex) {
      assert.ok(
        close(v.re, w.re, kind) && close(v.im, w.im, kind),
        `[${i}] ${v.re}+${v.im}j vs ${w.re}+${w.im}j`,
      );
    } else assert.ok(close(v as number, w, kind), `[${i}] ${v} vs ${w}`);
  });
}

const f64 = (data: number[], shape?: number[]) => {
  const a = np.array(data, { dtype: 'float64' });
  return shape ? a.reshape(shape) : a;
};
/** NumPy's a = arange(1, 25).reshape(4, 6) as float64. */
const grid = () => np.arange(1, 25, { dtype: 'float64' }).reshape(4, 6);

describe('layouts', () => {
  it('strided view', () => expectArray(np.log(grid().get('::2, 1::2')), misc.log_strided));
  it('transposed view', () => expectArray(np.log(grid().T), misc.log_transposed));
  it('broadcast operands', () => {
    const a = grid();
    expectArray(np.arctan2(a.get(':, :1'), a.get(0)), misc.arctan2_broadcast);
  });
  it('0-d array in, 0-d array out', () => {
    const r = np.sin(np.array(0.5, { dtype: 'float32' }));
    assert.ok(r instanceof np.NDArray);
    assert.deepEqual(r.shape, []);
    assert.equal(String(r.dtype), 'float32');
    assert.ok(close(r.item() as number, misc.sin_0d_float32, 'float32'));
  });
  it('empty array', () => expectArray(np.cos(np.zeros([0, 3])), misc.cos_empty));
  it('JS scalars give JS values', () => {
    assert.deepEqual(
      np.sqrt(new np.Complex(-4, 0)),
      new np.Complex(...(misc.sqrt_complex_scalar.complex as [number, number])),
    );
    assert.equal(typeof np.exp(1.5), 'number');
  });
});

describe('integer and bool inputs take the float loops', () => {
  it('int8 → float16', () =>
    expectArray(np.exp(np.array([-3, 0, 5], { dtype: 'int8' })), misc.exp_int8));
  it('int16 → float32', () =>
    expectArray(np.sqrt(np.array([4, 9, 2], { dtype: 'int16' })), misc.sqrt_int16));
  it('int64 → float64', () => expectArray(np.log(np.array([1, 10, 100])), misc.log_int64));
  it('bool → float16', () => expectArray(np.sin(np.array([true, false])), misc.sin_bool));
});

describe('keywords', () => {
  it('out= with where= leaves unselected elements and reports no FP error for them', () => {
    const x = f64([-1, 0, 1, 2, 3]);
    const out = np.full(5, -7, { dtype: 'float64' });
    const seen: string[] = [];
    const r = np.errstate({ all: 'call', call: (e: string) => seen.push(e) }, () =>
      np.log(x, { out, where: x.gt(0) }),
    );
    assert.equal(r, out);
    expectArray(out, misc.log_out_where);
    assert.deepEqual(seen, []);
  });
  it('dtype= selects the float32 loop', () => {
    expectArray(np.exp(f64([1, 2]), { dtype: 'float32' }), misc.exp_dtype_float32);
  });
  it('positional out', () => {
    const out = np.zeros(2);
    np.sqrt(f64([4, 9]), out);
    assert.deepEqual(out.tolist(), [2, 3]);
  });
});

describe('reductions of the binary functions', () => {
  it('logaddexp.reduce', () =>
    assert.ok(close(np.logaddexp.reduce(f64([1, 2, 3])), misc.logaddexp_reduce, 'float64')));
  it('logaddexp.accumulate', () =>
    expectArray(np.logaddexp.accumulate(f64([1, 2, 3])), misc.logaddexp_accumulate));
  it('hypot.reduce', () =>
    assert.ok(close(np.hypot.reduce(f64([3, 4, 12])), misc.hypot_reduce, 'float64')));
  it('identities', () => {
    for (const [name, v] of Object.entries(misc.identity)) {
      assert.ok(Object.is((np as any)[name].identity, decode(v)), name);
    }
  });
});

describe('complex branch cuts keep the sign of zero', () => {
  const c = (re: number, im: number) => new np.Complex(re, im);
  it('arccos on the real axis beyond 1', () => {
    const z = np.array([c(2, 0), c(2, -0), c(-2, 0), c(-2, -0)]);
    expectArray(np.arccos(z), misc.arccos_complex_branch);
  });
  it('log on the negative real axis', () => {
    expectArray(np.log(np.array([c(-1, 0), c(-1, -0)])), misc.log_complex_branch);
  });
});

describe('names and errors', () => {
  it('NumPy 2 aliases are the same ufunc objects', () => {
    const pairs: [string, string][] = [
      ['asin', 'arcsin'],
      ['acos', 'arccos'],
      ['atan', 'arctan'],
      ['asinh', 'arcsinh'],
      ['acosh', 'arccosh'],
      ['atanh', 'arctanh'],
      ['atan2', 'arctan2'],
    ];
    for (const [alias, name] of pairs) {
      const u = (np as any)[alias] as np.Ufunc;
      assert.equal(u.__name__, (np as any)[name].__name__, alias);
    }
    assert.equal(np.asin, np.arcsin);
    // radians/degrees are ufuncs of their own in NumPy, equal in value to deg2rad/rad2deg.
    assert.equal(np.radians.__name__, 'radians');
    assert.equal(np.degrees.__name__, 'degrees');
  });
  it('fabs rejects complex input with NumPy TypeError', () => {
    throwsNumpy(
      () => np.fabs(np.array([new np.Complex(0, 1)])),
      misc.fabs_complex.error,
      misc.fabs_complex.message,
    );
  });
  it("errstate({all: 'raise'}) raises FloatingPointError with NumPy's message", () => {
    const fns: Record<string, (x: unknown) => unknown> = {
      log: np.log,
      arcsin: np.arcsin,
      exp: np.exp,
      arctanh: np.arctanh,
    };
    for (const [key, e] of Object.entries(misc.errors as Record<string, any>)) {
      const [name, arg] = key.replace(')', '').split('(') as [string, string];
      throwsNumpy(
        () => np.errstate({ all: 'raise' }, () => fns[name]!(f64([Number(arg)]))),
        e.error,
        e.message,
      );
    }
  });
  it("default errstate: NumPy's RuntimeWarnings, once per message", async () => {
    const got: string[] = [];
    const listener = (w: Error) => got.push(`${w.name}: ${w.message}`);
    process.on('warning', listener);
    try {
      np.log(f64([0, -1]));
      np.log(f64([0]));
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', listener);
    }
    assert.deepEqual(got, [
      'RuntimeWarning: divide by zero encountered in log',
      'RuntimeWarning: invalid value encountered in log',
    ]);
  });
  it('ignore mode reports nothing', () => {
    const seen: string[] = [];
    np.errstate({ all: 'ignore' }, () => np.log(f64([0, -1])));
    np.errstate({ divide: 'ignore', invalid: 'call', call: (e: string) => seen.push(e) }, () =>
      np.log(f64([0])),
    );
    assert.deepEqual(seen, []);
  });
});
