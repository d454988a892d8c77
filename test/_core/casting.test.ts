/**
 * astype and view against NumPy: every numeric (from, to) pair over special values
 * (NaN, ±inf, -0, out-of-range, int extremes) for contiguous, strided and reversed
 * inputs, every casting mode, strings, layouts and NumPy's errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { loadFixture, throwsNumpy } from '../helpers.js';
import { buildArray, check, expectArray, label, methodOf } from './multiarray/cases.js';

const fx = loadFixture('creation');
const MODES = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'] as const;

/** Run `fn`, returning the warnings NumPy would show: FP errors of the cast, ComplexWarning. */
function warningsOf(fn: () => unknown): string[] {
  const fp: string[] = [];
  const [, caught] = catchWarnings(() =>
    np.errstate(
      {
        all: 'call',
        // NumPy's callback gets the category as NumPy words it ('invalid value', 'overflow').
        call: (err: string) => fp.push(`RuntimeWarning: ${err} encountered in cast`),
      },
      fn,
    ),
  );
  return [...caught.map((w) => `${w.category}: ${w.message}`), ...fp];
}

describe('astype: every numeric pair matches NumPy bit for bit', () => {
  for (const c of fx.astype) {
    it(`${c.from} -> ${c.to}`, () => {
      const a = buildArray(c.input);
      let out: unknown;
      assert.deepStrictEqual(
        warningsOf(() => (out = a.astype(c.to))),
        c.contiguous_warnings,
        'warnings (contiguous)',
      );
      expectArray(out, c.contiguous, 'contiguous');
      // The same values one element apart, and back to front (NumPy's strided loops).
      const strided = buildArray({
        ...c.input,
        data: c.input.data.flatMap((x: unknown) => [x, x]),
        shape: [c.input.shape[0] * 2],
      }).get('::2');
      assert.deepStrictEqual(
        warningsOf(() => (out = strided.astype(c.to))),
        c.strided_warnings,
        'warnings (strided)',
      );
      expectArray(out, c.strided, 'strided');
      expectArray(a.get('::-1').astype(c.to), c.reversed, 'reversed');
    });
  }
});

describe('astype: casting modes follow np.can_cast', () => {
  const dtypes = [...new Set(fx.astype.map((c: any) => c.from))] as string[];
  for (const from of dtypes) {
    it(`from ${from}`, () => {
      const a = np.zeros(3, from);
      for (const to of dtypes) {
        const allowed = fx.can_cast[`${from}->${to}`] as boolean[];
        MODES.forEach((mode, i) => {
          if (allowed[i])
            assert.equal(
              String(a.astype(to, { casting: mode }).dtype),
              to,
              `${from}->${to} ${mode}`,
            );
          else {
            throwsNumpy(
              () => a.astype(to, { casting: mode }),
              'TypeError',
              `Cannot cast array data from dtype('${from}') to dtype('${to}') according to the rule '${mode}'`,
            );
          }
        });
      }
    });
  }
});

describe('astype: layouts, copy=False, same_value, strings', () => {
  for (const c of fx.astype_misc) {
    it(label(c), () => {
      const [self, run] = methodOf(c);
      const out = check(c, run, label(c));
      if (c.ok)
        assert.equal(out === self, c.same, 'returns the array itself exactly when NumPy does');
    });
  }
});

describe('view', () => {
  for (const c of fx.view) {
    it(label(c), () => {
      const [self, run] = methodOf(c);
      // A view keeps its input's strides; empty inputs made by np.array may differ from
      // NumPy's all-zero ones, which is np.array's business, not view's.
      if (self.size === 0 && c.ok) delete c.ok.strides;
      const out = check(c, run, label(c)) as np.NDArray | undefined;
      if (out) {
        assert.notEqual(out, self);
        assert.equal(out.buffer, self.buffer, 'shares memory');
      }
    });
  }
  it('a.view() is a new view of the same dtype', () => {
    const a = np.arange(4);
    const v = a.view();
    assert.notEqual(v, a);
    assert.equal(v.base, a);
    assert.equal(v.dtype, a.dtype);
  });
});

describe('np.astype', () => {
  it('takes copy and device only', () => {
    const a = np.array([1.5, 2.5]);
    assert.equal(np.astype(a, 'float64', { copy: false }), a);
    assert.notEqual(np.astype(a, 'float64'), a);
    assert.deepStrictEqual(np.astype(a, 'int32').tolist(), [1, 2]);
    throwsNumpy(
      () => np.astype(a, 'int8', { bogus: 1 } as never),
      'TypeError',
      "astype() got an unexpected keyword argument 'bogus'",
    );
    throwsNumpy(
      () => np.astype([1, 2] as never, 'float64'),
      'TypeError',
      "Input should be a NumPy array or scalar. It is a <class 'list'> instead.",
    );
    throwsNumpy(
      () => np.astype(a, 'float64', { device: 'gpu' }),
      'ValueError',
      'Device not understood. Only "cpu" is allowed, but received: gpu',
    );
  });
  it('types the result from the dtype', () => {
    const f: np.NDArray<'float32'> = np.astype(np.array([1, 2]), 'float32');
    const g: np.NDArray<'int8'> = np.array([1, 2]).astype(np.int8);
    assert.equal(f.dtype, np.float32);
    assert.equal(g.dtype, np.int8);
  });
});

describe('astype is fast on large arrays', () => {
  /** One timed run in ms. */
  const time = (f: () => unknown): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  it('1e6 elements cost a small multiple of a plain typed-array loop (no per-element BigInt or DataView)', () => {
    const n = 1_000_000;
    const src = new Float64Array(n).map((_, i) => i);
    const dst = new Int32Array(n);
    // Calibrate against the machine's current speed: the plainest possible conversion loop,
    // timed next to each conversion in every round, so that a busy machine (other processes,
    // a collection) slows both sides of the best round alike.
    const plain = () => {
      for (let i = 0; i < n; i++) dst[i] = src[i]!;
    };
    const a = np.arange(n, { dtype: 'float64' });
    const i64 = a.astype('int64');
    for (const [name, f] of [
      ['float64 -> int32', () => a.astype('int32')],
      ['float64 -> int64', () => a.astype('int64')],
      ['int64 -> float64', () => i64.astype('float64')],
      ['float64 -> float32', () => a.astype('float32')],
      ['strided float64 -> int16', () => a.get('::2').astype('int16')],
    ] as const) {
      f(); // untimed warm-up: a cold loop may not be optimised yet
      plain();
      let ratio = Number.POSITIVE_INFINITY;
      let shown = '';
      for (let k = 0; k < 5 && ratio >= 60; k++) {
        const base = Math.max(time(plain), 0.5);
        const t = time(f);
        if (t / base < ratio) {
          ratio = t / base;
          shown = `${t.toFixed(1)} ms vs ${base.toFixed(1)} ms for a plain loop`;
        }
      }
      assert.ok(ratio < 60, `${name}: ${shown}`);
    }
    assert.equal(i64.atBig(999_999), 999_999n);
  });
});
