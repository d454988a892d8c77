/**
 * The non-ufunc functions around the integer/rounding ufuncs against NumPy: round/around
 * (decimals incl. negative), clip (NumPy 2 bounds rules, NaN, signed zeros), fix,
 * isposinf/isneginf, nan_to_num, real/imag, angle (scripts/fixtures/gen_ufunc_values_int.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { around, round } from '../../../src/_core/around.js';
import { clip } from '../../../src/_core/clip.js';
import * as np from '../../../src/index.js';
import { angle } from '../../../src/lib/angle.js';
import { imag, nan_to_num, real } from '../../../src/lib/type_check.js';
import { fix, isneginf, isposinf } from '../../../src/lib/ufunclike.js';
import { decode } from '../../helpers.js';
import { diff, errorOf, fixture, table } from './integer_values.util.js';

type Call = (a: np.NDArray, c: Record<string, unknown>) => unknown;

const CALLS: Record<string, Call> = {
  round: (a, c) => round(a, c.decimals),
  fix: (a) => fix(a),
  isposinf: (a) => isposinf(a),
  isneginf: (a) => isneginf(a),
  nan_to_num: (a, c) =>
    'nan' in c
      ? nan_to_num(a, { nan: decode(c.nan), posinf: decode(c.posinf), neginf: decode(c.neginf) })
      : nan_to_num(a),
  angle: (a, c) => angle(a, { deg: c.deg }),
  real: (a) => real(a),
  imag: (a) => imag(a),
  clip: (a, c) => clip(a, decode(c.lo), decode(c.hi)),
};

/**
 * A fixture bound: null (None), an int, a bool, or a Python float. An integral Python float
 * (0.0) would be a JS int (API.md §11): a 0-d array of the float type a weak float takes
 * against `a` stands in for it.
 */
function bound(v: unknown, isFloat: boolean, a: np.NDArray): unknown {
  const d = decode(v);
  if (typeof d === 'number' && isFloat && Number.isSafeInteger(d) && !Object.is(d, -0)) {
    const k = a.dtype.kind;
    const dtype =
      k === 'f'
        ? a.dtype
        : k === 'c'
          ? a.dtype.itemsize === 8
            ? np.float32
            : np.float64
          : np.float64;
    return np.array(d, { dtype });
  }
  return d;
}

describe('round, clip, fix, nan_to_num, real/imag, angle match NumPy', () => {
  for (const c of fixture.funcs) {
    const label = `${c.name}(${c.ins.join(', ')}${c.decimals !== undefined ? `, ${c.decimals}` : ''}${'lo' in c ? `, ${JSON.stringify(c.lo)}, ${JSON.stringify(c.hi)}` : ''}${c.deg ? ', deg' : ''})`;
    it(label, () => {
      const a = table(c.ins[0]!);
      let call = CALLS[c.name]!;
      if (c.name === 'clip') {
        const lo = bound(c.lo, c.loFloat as boolean, a);
        const hi = bound(c.hi, c.hiFloat as boolean, a);
        call = (x) => clip(x, lo, hi);
      }
      if (c.error) {
        assert.deepEqual(
          errorOf(() => np.errstate({ all: 'ignore' }, () => call(a, c))),
          c.error,
        );
        return;
      }
      const res = np.errstate({ all: 'ignore' }, () => call(a, c));
      assert.deepEqual(diff(res, c.outs![0]!), []);
    });
  }
});

describe('round and around: arguments and scalars', () => {
  it('JS scalars give JS values', () => {
    assert.equal(round(2.5), 2);
    assert.equal(round(7, -1), 10);
    assert.equal(around(2.675, 2), 2.68); // Python's round() gives 2.67
  });
  it('decimals must be a C int', () => {
    const a = np.array([1.5, 2.5]);
    assert.deepEqual(
      errorOf(() => round(a, 1.5)),
      { name: 'TypeError', message: "'float' object cannot be interpreted as an integer" },
    );
    assert.deepEqual(
      errorOf(() => round(a, 2 ** 31)),
      { name: 'OverflowError', message: 'signed integer is greater than maximum' },
    );
    assert.deepEqual(
      errorOf(() => round(a, -(2 ** 31) - 1)),
      { name: 'OverflowError', message: 'signed integer is less than minimum' },
    );
    assert.deepEqual(
      errorOf(() => round(a, 1, np.zeros(3))),
      { name: 'ValueError', message: 'invalid output shape' },
    );
  });
});
