/**
 * Layouts, out=/where=, operator methods, JS-scalar inputs and errors of the integer/power/
 * rounding ufuncs and functions, against NumPy (the `scenarios` of ufunc_values_int.json:
 * each name here runs the NumPy call of the same name in gen_ufunc_values_int.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { round } from '../../../src/_core/around.js';
import { clip } from '../../../src/_core/clip.js';
import * as np from '../../../src/index.js';
import { angle } from '../../../src/lib/angle.js';
import { imag, nan_to_num, real } from '../../../src/lib/type_check.js';
import { fix, isposinf } from '../../../src/lib/ufunclike.js';
import { decode } from '../../helpers.js';
import { diff, type Encoded, errorOf, fixture, flat, same } from './integer_values.util.js';

const f64 = { dtype: 'float64' } as const;
const i32 = np.arange(-20, 20, { dtype: 'int32' }).reshape(5, 8);
const b32 = np.array([3, -3, 0, 7, -1, 2, 5, -4], { dtype: 'int32' });
const lin = np.linspace(-5, 5, 11);
const a16 = np.array([-7, 0, 7], { dtype: 'int16' }).get(':', 'None');
const b16 = np.array([2, -3, 0, 5], { dtype: 'int16' });
const z = () => np.array([-0, 4, -Infinity, 2.25], f64);
const mask = [true, false, true, false, true, false];
const c = np.array([new np.Complex(1, 2), new np.Complex(-3, -4)]);
const SQ = [
  [0.1, 0.7],
  [1.1, -2.3],
  [0.3, 0.3],
  [1 / 3, 2 / 3],
  [-0.7, 0.1],
  [1e-3, 3],
].map(([re, im]) => new np.Complex(re!, im!));
const inplace = (a: np.NDArray, op: (a: np.NDArray) => unknown) => {
  op(a);
  return a;
};

const SCENARIOS: Record<string, () => unknown> = {
  floor_divide_strided: () => np.floor_divide(i32.get('::-2', '1::2'), b32.get('::2')),
  remainder_negstride: () => np.remainder(lin.get('::-1'), 3),
  fmod_negstride: () => np.fmod(lin.get('::-2'), -2.5),
  divmod_broadcast: () => np.divmod(a16, b16),
  power_0d: () => np.power(np.int8(3), np.int8(5)),
  power_empty: () => np.power(np.zeros([0, 3], { dtype: 'int64' }), 2),
  left_shift_out: () =>
    np.left_shift(np.arange(5, { dtype: 'int8' }), 3, { out: np.zeros(5, { dtype: 'int64' }) }),
  right_shift_where: () =>
    np.right_shift(np.arange(-3, 3, { dtype: 'int16' }), 1, {
      out: np.full(6, -7, { dtype: 'int16' }),
      where: mask,
    }),
  gcd_mixed: () =>
    np.gcd(np.array([12, -18, 0], { dtype: 'int64' }), np.array([8, 24, 0], { dtype: 'uint8' })),
  lcm_weak: () => np.lcm(np.array([4, 6, 0], { dtype: 'uint16' }), 10),
  power_const_half: () => np.power(z(), 0.5),
  power_array_half: () => np.power(z(), np.full(4, 0.5)),
  power_const_half_f32: () => np.power(z().astype('float32'), 0.5),
  power_const_half_f16: () => np.power(z().astype('float16'), 0.5),
  power_const_m1_f32: () => np.power(np.array([3, -0, 7], { dtype: 'float32' }), -1),
  power_broadcast_col_exp: () =>
    np.power(
      np.array(
        [
          [-0, 9],
          [4, -Infinity],
        ],
        f64,
      ),
      np.array([[0.5], [0.5]]),
    ),
  float_power_half: () => np.float_power(z(), 0.5),
  clip_const_zero: () => clip(np.array([-0, 0, 5, Number.NaN], f64), np.float64(0), np.float64(1)),
  clip_array_zero: () =>
    clip(np.array([-0, 0], f64), np.array([0, -0], f64), np.array([1, 1], f64)),
  clip_out_where: () =>
    clip(np.arange(10), 2, 7, {
      out: np.zeros(10, { dtype: 'int64' }),
      where: np.equal(np.remainder(np.arange(10), 2), 0),
    }),
  clip_uint_neg: () => clip(np.array([0, 5, 250], { dtype: 'uint8' }), -3, 300),
  clip_int_float_bound: () => clip(np.array([1, 5, 9], { dtype: 'int8' }), 2.5, 7),
  clip_min_kw: () => clip(np.array([1, 5, 9]), { min: 4 }),
  clip_none: () => clip(np.array([1.5, -2.5])),
  clip_missing_max: () => clip(np.array([1, 2]), 1),
  clip_both_kw: () => clip(np.array([1, 2]), 1, 2, { min: 0 }),
  clip_scalar: () => clip(5, 1, 3),
  round_fortran: () => round(np.multiply(np.arange(6).reshape(2, 3), 1.2345).copy('F'), 2),
  round_int_negative: () => round(np.array([15, 25, -35, 44], { dtype: 'int16' }), -1),
  round_out: () => round(np.array([1.25, 2.35, 3.45]), 1, np.zeros(3, { dtype: 'float32' })),
  round_int_out: () => round(np.array([1, 2, 3]), 0, np.zeros(3, { dtype: 'float32' })),
  round_bool: () => round(np.array([true, false])),
  round_scalar: () => round(2.5),
  round_int_scalar: () => round(7, -1),
  method_pow_bool_2: () => np.array([true, false]).pow(2),
  method_pow_float_m1: () => np.array([2, -0], f64).pow(-1),
  method_pow_half: () => np.array([-0, 4, -Infinity], f64).pow(0.5),
  method_pow_int_m1: () => np.array([2, 3]).pow(-1),
  method_pow_int_3: () => np.array([2, 3], { dtype: 'uint8' }).pow(7),
  method_floordiv: () => np.array([7, -7, 8]).floordiv(np.array([2, 2, -3])),
  method_mod: () => np.array([7.5, -7.5]).mod(2),
  method_and_or_xor: () => {
    const u = np.array([12, 10], { dtype: 'uint8' });
    return [u.and(6), u.or(6), u.xor(6)];
  },
  method_invert: () => np.array([0, 5, -1], { dtype: 'int8' }).invert(),
  method_shifts: () => [
    np.array([1, -8], { dtype: 'int8' }).lshift(7),
    np.array([1, -8], { dtype: 'int8' }).rshift(9),
  ],
  method_ifloordiv: () => np.array([7, -7, 8], { dtype: 'int32' }).ifloordiv(2),
  method_imod: () => np.array([5.5, -5.5]).imod(2),
  method_ipow: () => np.array([2, 3], { dtype: 'int16' }).ipow(3),
  method_ipow_square_f32: () => np.array([1.5, -3], { dtype: 'float32' }).ipow(2),
  method_ipow_int_half: () => np.array([1, 4, 9]).ipow(0.5),
  method_iand: () => np.array([12, 10], { dtype: 'int8' }).iand(6),
  method_ior: () => np.array([12, 10], { dtype: 'int8' }).ior(6),
  method_ixor: () => np.array([12, 10], { dtype: 'int8' }).ixor(6),
  method_ilshift: () => np.array([100, -1], { dtype: 'int8' }).ilshift(2),
  method_irshift: () => np.array([100, -1], { dtype: 'int8' }).irshift(2),
  method_clip: () => np.array([1.5, -2.5, 9], f64).clip(-1, 2),
  method_clip_max_only: () => np.array([1.5, -2.5, 9], f64).clip({ max: 2 }),
  method_round: () => np.array([1.25, 2.5, -0.5]).round(1),
  method_conj: () => c.conj(),
  method_conjugate_real: () => np.array([1, -2]).conjugate(),
  power_neg_exp_weak: () => np.power(np.array([2], { dtype: 'int8' }), -1),
  power_neg_exp_empty: () =>
    np.power(np.zeros(0, { dtype: 'int8' }), np.subtract(np.zeros(0, { dtype: 'int8' }), 1)),
  floor_divide_scalars: () => np.floor_divide(7, -2),
  remainder_scalars: () => np.remainder(-7.5, 2),
  divmod_scalars: () => np.divmod(7, -2),
  frexp_out: () =>
    np.frexp(np.array([8, -0.375, 0], f64), {
      out: [np.zeros(3), np.zeros(3, { dtype: 'int32' })],
    }),
  modf_negstride: () => np.modf(np.array([-2.5, 3.75, -0, Infinity]).get('::-1')),
  ldexp_mixed: () =>
    np.ldexp(np.array([1.5, 3], { dtype: 'float32' }), np.array([200, -3], { dtype: 'int64' })),
  ldexp_weak: () => np.ldexp(np.array([1.5], { dtype: 'float16' }), 3),
  bitwise_count_strided: () => np.bitwise_count(np.arange(-8, 8, { dtype: 'int64' }).get('::3')),
  invert_uint64: () => np.invert(np.array([0n, 2n ** 64n - 1n, 12345n], { dtype: 'uint64' })),
  isnan_0d: () => np.isnan(np.array(Number.NaN)),
  nan_to_num_inplace: () =>
    inplace(np.array([Number.NaN, Infinity, -Infinity, 1]), (a) => nan_to_num(a, { copy: false })),
  nan_to_num_scalar: () => nan_to_num(-Infinity),
  real_view_write: () =>
    inplace(np.array([new np.Complex(1, 2), new np.Complex(3, -4)]), (a) =>
      (real(a) as np.NDArray).set(0, 5),
    ),
  imag_real_input: () => imag(np.array([1.5, 2], { dtype: 'float32' })),
  angle_scalar_deg: () => angle(new np.Complex(0, 1), { deg: true }),
  isposinf_complex: () => isposinf(np.array([new np.Complex(0, 1)])),
  fix_out: () => fix(np.array([-2.5, 2.5, -0.5]), np.zeros(3)),
  fix_int: () => fix(np.array([-3, 4], { dtype: 'int16' })),
  rint_half_even_f32: () =>
    np.rint(np.array([0.5, 1.5, 2.5, -0.5, -2.5, 8388609], { dtype: 'float32' })),
  sign_complex_f32: () =>
    np.sign(np.array([new np.Complex(3, 4), new np.Complex(-1e-45, 0)], { dtype: 'complex64' })),
  square_complex_strided: () =>
    np.square(
      np
        .array([
          new np.Complex(1e300, 1e300),
          new np.Complex(1.5, -2.5),
          new np.Complex(3, 4),
          new np.Complex(-0.1, 0.7),
        ])
        .get('::-1'),
    ),
  square_complex_both_strided: () => {
    const o = np.zeros(12, { dtype: 'complex128' });
    np.square(np.array([...SQ, ...SQ]).get('::2'), { out: o.get('::2') });
    return o;
  },
  square_complex_out_strided: () => {
    const o = np.zeros(12, { dtype: 'complex128' });
    np.square(np.array(SQ), { out: o.get('::2') });
    return o;
  },
};

/** Signs of -0.0 ** 0.5 (or clip(-0.0, 0.0, 1.0)) for NumPy's inner-stride choices (gen_…: _signs). */
const STRIDE_SHAPES: [number[], number[]][] = [
  [
    [2, 2],
    [2, 1],
  ],
  [
    [2, 3],
    [2, 1],
  ],
  [
    [3, 2],
    [3, 1],
  ],
  [
    [2, 100],
    [2, 1],
  ],
  [
    [5, 1000],
    [5, 1],
  ],
  [
    [3, 5000],
    [3, 1],
  ],
  [
    [2, 2],
    [1, 2],
  ],
  [
    [4, 4],
    [1, 4],
  ],
  [
    [3, 4, 5],
    [3, 1, 1],
  ],
  [
    [3, 4, 5],
    [3, 4, 1],
  ],
  [[2, 2], [1]],
  [[7], []],
  [[1], [1]],
];
for (const [xs, bs] of STRIDE_SHAPES) {
  for (const fn of ['power', 'clip']) {
    SCENARIOS[`inner_stride_${fn}_${xs.join('x')}_${bs.join('x')}`] = () => {
      const x = np.full(xs, -0, f64);
      const r =
        fn === 'power'
          ? np.power(x, np.full(bs, 0.5))
          : clip(x, np.full(bs, 0, f64), np.full(bs, 1, f64));
      const sb = np.signbit(r);
      return [np.all(sb), np.any(sb)];
    };
  }
}

/** One expected output: an array, or a scalar (a JS value; a 0-d NDArray where inputs were arrays, API.md §3). */
function check(got: unknown, exp: Encoded | { scalar: unknown }): string[] {
  if ('scalar' in exp) {
    const want = decode(exp.scalar);
    const v = got instanceof np.NDArray && got.ndim === 0 ? flat(got)[0] : got;
    return same(v, want) ? [] : [`got ${String(v)} expected ${String(want)}`];
  }
  return diff(got, exp);
}

describe('integer/power/rounding scenarios match NumPy', () => {
  const scenarios = (fixture as unknown as { scenarios: Record<string, any> }).scenarios;
  for (const [name, exp] of Object.entries(scenarios)) {
    it(name, () => {
      const fn = SCENARIOS[name];
      assert.ok(fn, `scenario ${name} has no TS counterpart`);
      if (exp.error) {
        assert.deepEqual(
          errorOf(() => np.errstate({ all: 'ignore' }, fn)),
          exp.error,
        );
        return;
      }
      const res = np.errstate({ all: 'ignore' }, fn);
      const outs = exp.tuple ? (res as unknown[]) : [res];
      assert.equal(outs.length, exp.outs.length);
      assert.deepEqual(
        exp.outs.flatMap((e: Encoded, i: number) => check(outs[i], e)),
        [],
      );
    });
  }
});

describe('floating-point warnings of integer kernels', () => {
  it('integer division by zero warns as NumPy', () => {
    const msgs: string[] = [];
    np.errstate({ all: 'call', call: (err: string) => msgs.push(err) }, () => {
      np.floor_divide(np.array([1, 2], { dtype: 'int32' }), np.array([0, 1], { dtype: 'int32' }));
    });
    assert.deepEqual(msgs, ['divide by zero']);
  });
  it('raise mode gives FloatingPointError with the ufunc name', () => {
    assert.deepEqual(
      errorOf(() => np.errstate({ divide: 'raise' }, () => np.remainder(np.array([5]), 0))),
      { name: 'FloatingPointError', message: 'divide by zero encountered in remainder' },
    );
    assert.deepEqual(
      errorOf(() =>
        np.errstate({ over: 'raise' }, () =>
          np.floor_divide(np.array([-128], { dtype: 'int8' }), -1),
        ),
      ),
      { name: 'FloatingPointError', message: 'overflow encountered in floor_divide' },
    );
  });
});
