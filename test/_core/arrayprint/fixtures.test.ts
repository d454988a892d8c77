/**
 * Printing against NumPy-generated fixtures (scripts/fixtures/gen_arrayprint.py):
 * str and repr under print options, array2string / array_repr / array_str with
 * arguments, format_float_positional / format_float_scientific, option errors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NDArray } from '../../../src/_core/ndarray.js';
import * as np from '../../../src/index.js';
import { decode, loadFixture } from '../../helpers.js';
import { build, canonical, withFormatters } from './build.js';

const fx = loadFixture('arrayprint');

/**
 * The fixture's array through the public API: np.array(values, {dtype}).reshape(shape).
 * Bytes go in low-level, since a JS Uint8Array inside np.array is a nested sequence.
 */
function fromFixture(c: { dtype: string; shape: number[]; data: unknown[] }): NDArray {
  if (c.dtype.includes('S')) return build(c.dtype, c.shape, c.data);
  const dt = np.dtype(c.dtype);
  const vals = (decode(c.data) as unknown[]).map((v) => canonical(v, dt));
  return np.array(vals, { dtype: dt }).reshape(c.shape);
}

/** Run `fn` and describe the outcome as the fixture does: the text, or [error name, message]. */
function outcome(fn: () => string): { out: string } | { error: [string, string] } {
  try {
    return { out: fn() };
  } catch (e) {
    const err = e as Error;
    return { error: [err.name, err.message] };
  }
}

function expected(c: any): { out: string } | { error: [string, string] } {
  return c.error ? { error: c.error } : { out: c.out };
}

/** Collect every mismatch, then fail once with the first few. */
function checkAll<T>(cases: T[], check: (c: T) => string | null): void {
  const bad: string[] = [];
  for (const c of cases) {
    const msg = check(c);
    if (msg !== null) bad.push(msg);
  }
  assert.equal(
    bad.length,
    0,
    `${bad.length}/${cases.length} mismatches:\n${bad.slice(0, 8).join('\n')}`,
  );
}

test(`str and repr of ${fx.arrays.length} arrays under print options`, () => {
  checkAll(fx.arrays, (c: any) => {
    const a = fromFixture(c);
    const [s, r] = np.printoptions(withFormatters(c.opts), () => [String(a), a.repr()]);
    if (s === c.str && r === c.repr) return null;
    return `${c.note} ${JSON.stringify(c.opts)}\n  want str ${JSON.stringify(c.str)}\n   got str ${JSON.stringify(s)}\n  want repr ${JSON.stringify(c.repr)}\n   got repr ${JSON.stringify(r)}`;
  });
});

test(`array2string, array_repr, array_str with arguments (${fx.calls.length} calls)`, () => {
  checkAll(fx.calls, (c: any) => {
    const a = fromFixture(c);
    const fn = (np as any)[c.fn] as (...args: unknown[]) => string;
    const args = (decode(c.args) as unknown[]).map((v) => (v === null ? undefined : v));
    const kwargs = withFormatters(decode(c.kwargs));
    const got = outcome(() =>
      Object.keys(kwargs).length ? fn(a, ...args, kwargs) : fn(a, ...args),
    );
    const want = expected(c);
    return JSON.stringify(got) === JSON.stringify(want)
      ? null
      : `${c.fn}(${JSON.stringify(c.args)}, ${JSON.stringify(c.kwargs)})\n  want ${JSON.stringify(want)}\n   got ${JSON.stringify(got)}`;
  });
});

test(`format_float_positional / format_float_scientific (${fx.floats.length} cases)`, () => {
  checkAll(fx.floats, (c: any) => {
    const fn = (np as any)[c.fn] as (x: unknown, opts: unknown) => string;
    const x = decode(c.x) as number;
    // A JS number is a Python float; other precisions go in as 0-d arrays.
    const arg = c.type === 'float64' ? x : (np as any)[c.type](x);
    const got = outcome(() => fn(arg, c.kwargs));
    const want = expected(c);
    return JSON.stringify(got) === JSON.stringify(want)
      ? null
      : `${c.fn}(${c.type} ${x}, ${JSON.stringify(c.kwargs)})\n  want ${JSON.stringify(want)}\n   got ${JSON.stringify(got)}`;
  });
});

test('set_printoptions rejects bad values with NumPy errors', () => {
  const before = np.get_printoptions();
  for (const c of fx.errors) {
    const got = outcome(() => {
      np.set_printoptions(decode(c.kwargs));
      return '';
    });
    if (c.error === null) assert.deepEqual(got, { out: '' });
    else assert.deepEqual(got, { error: c.error }, JSON.stringify(c.kwargs));
  }
  assert.deepEqual(np.get_printoptions(), before);
});

test('negative precision is accepted and fails when floats print', () => {
  np.printoptions({ precision: -1 }, () => {
    const f = np.array([1.5]);
    assert.deepEqual(
      outcome(() => f.repr()),
      { error: fx.negative_precision.float_error },
    );
    assert.equal(np.array([1, 2]).repr(), fx.negative_precision.int_repr);
  });
});

test('get_printoptions defaults', () => {
  const d = decode(fx.defaults);
  assert.deepEqual(np.get_printoptions(), d);
  assert.deepEqual(Object.keys(np.get_printoptions()), Object.keys(d));
});
