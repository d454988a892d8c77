/**
 * Transcendental ufuncs on special and edge inputs against NumPy's fixture: values
 * (special values exact, others within 4 ulp) and the floating-point error categories
 * NumPy reports for each input on its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../../src/index.js';
import { decode, loadFixture } from '../../helpers.js';
import { type FloatKind, ulpDiff } from './math_ulp.js';

interface Case {
  in: unknown[];
  out: unknown;
  flags: string;
}
const groups = loadFixture<{ groups: { name: string; dtype: string; cases: Case[] }[] }>(
  'ufunc_values_math',
).groups;

const MAX_ULP = 4;
const fns = np as unknown as Record<string, (...a: unknown[]) => np.NDArray>;

function component(dtype: string): FloatKind {
  return dtype === 'complex64'
    ? 'float32'
    : dtype === 'complex128'
      ? 'float64'
      : (dtype as FloatKind);
}

/** A 1-element array of `dtype` holding a decoded fixture value. */
function operand(v: unknown, dtype: string): np.NDArray {
  const d = decode(v);
  const value = typeof d === 'object' && d !== null ? new np.Complex(d.re, d.im) : d;
  const a = np.zeros(1, { dtype: dtype as np.NumericDTypeName });
  a.set(0, value);
  return a;
}

/** The FP error categories reported while running fn, as NumPy's letters d/o/u/i. */
function flagsOf(fn: () => unknown): string {
  const seen = new Set<string>();
  np.errstate({ all: 'call', call: (err: string) => seen.add(err) }, fn);
  return ['divide by zero', 'overflow', 'underflow', 'invalid value']
    .filter((c) => seen.has(c))
    .map((c) => c[0])
    .join('');
}

/**
 * Divide, overflow and invalid must match. Underflow too for real loops; complex
 * functions report it only when a result part is subnormal, while glibc also flags
 * intermediate underflows (atan2(5e-324, 1) inside clog …): there NumPy's set must
 * merely contain ours.
 */
function flagsMatch(got: string, expected: string, dtype: string): boolean {
  if (!dtype.startsWith('complex')) return got === expected;
  const strip = (f: string) => f.replace('u', '');
  return strip(got) === strip(expected) && (!got.includes('u') || expected.includes('u'));
}

function show(v: unknown): string {
  const d = decode(v);
  return typeof d === 'object' && d !== null
    ? `${d.re}${d.im < 0 || Object.is(d.im, -0) ? '' : '+'}${d.im}j`
    : String(d);
}

describe('transcendental ufuncs: special values and FP flags vs NumPy', () => {
  for (const g of groups) {
    it(`${g.name} ${g.dtype}`, () => {
      const fn = fns[g.name]!;
      const kind = component(g.dtype);
      const failures: string[] = [];
      for (const c of g.cases) {
        const args = c.in.map((v) => operand(v, g.dtype));
        let r!: np.NDArray;
        const flags = flagsOf(() => {
          r = fn(...args);
        });
        const label = `${g.name}(${c.in.map(show).join(', ')})`;
        const got = r.at(0) as number | np.Complex;
        const exp = decode(c.out);
        const pairs: [number, number][] =
          typeof got === 'number'
            ? [[got, exp]]
            : [
                [got.re, exp.re],
                [got.im, exp.im],
              ];
        if (pairs.some(([a, b]) => ulpDiff(a, b, kind) > MAX_ULP)) {
          const text =
            typeof got === 'number' ? String(got) : `${got.re}${got.im < 0 ? '' : '+'}${got.im}j`;
          failures.push(`${label}: got ${text} expected ${show(c.out)}`);
        }
        if (!flagsMatch(flags, c.flags, g.dtype))
          failures.push(`${label}: flags '${flags}' expected '${c.flags}'`);
      }
      assert.deepEqual(failures.slice(0, 15), [], `${failures.length} failures`);
    });
  }
});
