/**
 * Statistics against NumPy (test/fixtures/statistics.json from
 * scripts/fixtures/gen_statistics.py): median, percentile, quantile (every method, weights),
 * the nan forms, cov, corrcoef, histogram (every bins form), histogram_bin_edges,
 * histogram2d, histogramdd, correlate and convolve — values (bit-exact unless the case
 * states a relative tolerance: cov/corrcoef and floating correlate go through BLAS in
 * NumPy), dtypes, shapes, NumPy's RuntimeWarnings and NumPy's error class and message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

interface Geometry {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  T: boolean;
  values: unknown[] | { mod: [number, number, number, number, number] };
}

interface Case {
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  result: any;
  warn?: string[];
  tol?: number;
}

const fx = loadFixture<{ cases: Case[] }>('statistics');

function jsValue(v: unknown): any {
  const fix = (x: any): any => {
    if (Array.isArray(x)) return x.map(fix);
    if (x !== null && typeof x === 'object' && 're' in x && 'im' in x)
      return new np.Complex(x.re, x.im);
    return x;
  };
  return fix(decode(v));
}

function build(g: Geometry): np.NDArray {
  let vals: unknown[];
  if (Array.isArray(g.values)) vals = jsValue(g.values);
  else {
    const [n, mul, mod, div, off] = g.values.mod;
    vals = Array.from({ length: n }, (_, i) => ((i * mul) % mod) / div + off);
  }
  let a = np.array(vals, { dtype: g.dtype as np.DTypeLike }).reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.T) a = a.T;
  return a;
}

function arg(spec: any): unknown {
  if (Array.isArray(spec)) return spec.map(arg);
  if (spec === null || typeof spec !== 'object') return spec;
  if ('arr' in spec) return build(spec.arr);
  if ('tuple' in spec) return spec.tuple.map(arg);
  if ('zeros' in spec) return np.zeros(spec.zeros[0], { dtype: spec.zeros[1] });
  if ('float' in spec || 'bigint' in spec || 'complex' in spec) return jsValue(spec);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = arg(v);
  return out;
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v < 2n ** 53n ? Number(v) : v;
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  return v;
}

function flat(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(plain(v));
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function close(got: unknown, exp: unknown, tol: number, where: string): void {
  if (typeof exp === 'number' && typeof got === 'number') {
    if (Number.isNaN(exp)) {
      assert.ok(Number.isNaN(got), `${where}: expected NaN, got ${got}`);
      return;
    }
    if (tol === 0 || !Number.isFinite(exp)) {
      assert.ok(got === exp, `${where}: expected ${exp}, got ${got}`);
      return;
    }
    assert.ok(
      Math.abs(got - exp) <= tol * Math.max(1, Math.abs(exp)),
      `${where}: expected ${exp}, got ${got} (tol ${tol})`,
    );
    return;
  }
  if (exp !== null && typeof exp === 'object' && 're' in exp) {
    const g = got as { re: number; im: number };
    assert.ok(g !== null && typeof g === 'object', `${where}: expected complex, got ${got}`);
    const e = exp as { re: number; im: number };
    close(g.re, e.re, tol, `${where}.re`);
    close(g.im, e.im, tol, `${where}.im`);
    return;
  }
  assert.deepEqual(got, exp, where);
}

function check(got: unknown, exp: any, tol: number, where: string): void {
  if ('list' in exp) {
    assert.ok(Array.isArray(got), `${where}: expected a list`);
    assert.equal((got as unknown[]).length, exp.list.length, `${where}: list length`);
    exp.list.forEach((e: any, i: number) => {
      check((got as unknown[])[i], e, tol, `${where}[${i}]`);
    });
    return;
  }
  if ('array' in exp) {
    const e = exp.array;
    // NumPy gave an ndarray (even 0-d): numtype gives an NDArray too (API.md §3).
    assert.ok(
      got instanceof np.NDArray,
      `${where}: expected an array of shape ${e.shape}, got ${got}`,
    );
    assert.equal(got.dtype.name, e.dtype, `${where}: dtype`);
    assert.deepEqual(got.shape, e.shape, `${where}: shape`);
    const vals = flat(got);
    const ev = decode(e.values) as unknown[];
    ev.forEach((x, i) => {
      close(vals[i], x, tol, `${where}[${i}]`);
    });
    return;
  }
  const ev = decode(exp.scalar);
  if (got instanceof np.NDArray) {
    assert.equal(got.ndim, 0, `${where}: expected a scalar`);
    if (exp.dtype) assert.equal(got.dtype.name, exp.dtype, `${where}: dtype`);
    close(flat(got)[0], ev, tol, where);
    return;
  }
  close(plain(got), ev, tol, where);
}

function label(c: Case): string {
  const s = JSON.stringify([c.args, c.kwargs]);
  return `${c.fn} ${s.length > 150 ? `${s.slice(0, 150)}…` : s}`;
}

const groups = new Map<string, Case[]>();
for (const c of fx.cases) {
  if (!groups.has(c.fn)) groups.set(c.fn, []);
  groups.get(c.fn)!.push(c);
}

for (const [fn, cases] of groups) {
  describe(`statistics fixtures: ${fn}`, () => {
    cases.forEach((c, k) => {
      it(`#${k} ${label(c)}`, () => {
        const f = (np as unknown as Record<string, (...a: unknown[]) => unknown>)[fn]!;
        const args = c.args.map(arg);
        if (Object.keys(c.kwargs).length > 0) args.push(arg(c.kwargs));
        if ('error' in c.result) {
          let err: unknown;
          try {
            catchWarnings(() => f(...args));
          } catch (e) {
            err = e;
          }
          assert.ok(err instanceof Error, `expected ${c.result.error}: ${c.result.message}`);
          const nameOk =
            err.name === c.result.error ||
            (c.result.error === 'TypeError' && err instanceof TypeError);
          assert.ok(nameOk, `expected ${c.result.error}, got ${err.name}: ${err.message}`);
          assert.equal(err.message, c.result.message);
          return;
        }
        const [got, warned] = catchWarnings(() => f(...args));
        check(got, c.result, c.tol ?? 0, 'result');
        for (const w of c.warn ?? [])
          assert.ok(
            warned.some((x) => x.message === w),
            `expected warning "${w}", got ${JSON.stringify(warned.map((x) => x.message))}`,
          );
      });
    });
  });
}
