/**
 * Index routines and joining/splitting/rearranging against NumPy
 * (test/fixtures/manipulation.json from scripts/fixtures/gen_manipulation.py):
 * values, dtypes, shapes, strides, view-or-copy, and NumPy's errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as np from '../../src/index.js';
import { jsValue } from '../_core/indexing.util.js';
import { decode, loadFixture } from '../helpers.js';
import * as m from '../manip.js';

interface Geometry {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  T: boolean;
  values: unknown[];
}

const fx = loadFixture('manipulation');

/** The pad function of the fixtures: 10 on the left, kwargs.v (20) on the right. */
function padSet10(
  v: np.NDArray,
  pw: [number, number],
  _axis: number,
  kwargs: Record<string, unknown>,
): void {
  v.set(`:${pw[0]}`, 10);
  if (pw[1]) v.set(`${-pw[1]}:`, kwargs.v ?? 20);
}

const FUNCS: Record<string, unknown> = { triu: np.triu, tril: np.tril, pad_set10: padSet10 };

function build(g: Geometry): { root: np.NDArray; a: np.NDArray } {
  const root = np.array(jsValue(g.values), { dtype: g.dtype as np.DTypeLike });
  let a = root.reshape(g.shape, { order: g.order });
  if (g.pre !== null) a = a.get(g.pre);
  if (g.T) a = a.T;
  return { root, a };
}

/** A fixture argument spec as the JS value numtype takes. */
function arg(spec: any, roots: np.NDArray[]): unknown {
  if (Array.isArray(spec)) return spec.map((x) => arg(x, roots));
  if (spec === null || typeof spec !== 'object') return spec;
  if ('arr' in spec) {
    const { root, a } = build(spec.arr);
    roots.push(root);
    return a;
  }
  if ('slice' in spec) return np.slice(...(spec.slice as (number | null)[]));
  if ('func' in spec) return FUNCS[spec.func];
  if ('tuple' in spec) return arg(spec.tuple, roots);
  if ('float' in spec || 'bigint' in spec || 'complex' in spec) return jsValue(spec);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = arg(v, roots);
  return out;
}

/** Elements in C order as comparable values (int64 beyond 2**53 as bigint, complex as {re, im}, bytes as text). */
function flat(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(plain(v));
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v < 2n ** 53n ? Number(v) : v;
  if (v instanceof np.Complex) return { re: v.re, im: v.im };
  if (v instanceof Uint8Array) return String.fromCharCode(...v);
  return v;
}

function check(r: unknown, exp: any, roots: np.NDArray[], what: string, valuesToo: boolean): void {
  if ('none' in exp) {
    assert.equal(r, undefined, what);
    return;
  }
  if ('value' in exp) {
    assert.deepStrictEqual(plain(r), decode(exp.value), what);
    return;
  }
  if ('list' in exp) {
    assert.ok(Array.isArray(r), `${what}: expected a list`);
    assert.equal(r.length, exp.list.length, `${what}: list length`);
    exp.list.forEach((e: any, i: number) => {
      check(r[i], e, roots, `${what}[${i}]`, valuesToo);
    });
    return;
  }
  assert.ok(r instanceof np.NDArray, `${what}: expected an NDArray, got ${String(r)}`);
  assert.equal(String(r.dtype), exp.dtype, `${what}: dtype`);
  assert.deepStrictEqual(r.shape, exp.shape, `${what}: shape`);
  if (r.size > 0) assert.deepStrictEqual(r.strides, exp.strides, `${what}: strides`);
  if (valuesToo) assert.deepStrictEqual(flat(r), decode(exp.values), `${what}: values`);
  // NumPy's shares_memory sees no memory in an empty array.
  // (Shared bytes, not a shared buffer: small arrays share slab buffers.)
  const view = r.size > 0 && roots.some((root) => np.shares_memory(root, r));
  assert.equal(
    view,
    exp.view,
    `${what}: ${exp.view ? 'a view of the input expected' : 'a copy expected'}`,
  );
  assert.equal(r.flags.writeable, exp.writeable, `${what}: writeable`);
}

function label(c: any): string {
  const show = (v: any): string => {
    if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      if ('arr' in v) {
        const g = v.arr as Geometry;
        return `${g.dtype}${JSON.stringify(g.shape)}${g.order === 'F' ? 'F' : ''}${g.pre ? `[${g.pre}]` : ''}${g.T ? '.T' : ''}`;
      }
      return JSON.stringify(v);
    }
    return JSON.stringify(v);
  };
  const kw = Object.keys(c.kwargs).length ? `, ${show(c.kwargs)}` : '';
  if (c.method)
    return `a.${c.fn}(${show(c.args[0])}; ${c.args.slice(1).map(show).join(', ')}${kw})`;
  return `np.${c.fn}(${c.args.map(show).join(', ')}${kw})`;
}

function run(c: any, roots: np.NDArray[]): { result: unknown; target: unknown } {
  const args = arg(c.args, roots) as unknown[];
  const kw = arg(c.kwargs, roots) as Record<string, unknown>;
  const extra = Object.keys(kw).length > 0 ? [kw] : [];
  let result: unknown;
  if (c.method) result = (args[0] as any)[c.fn](...args.slice(1), ...extra);
  else result = (m as any)[c.fn](...args, ...extra);
  return { result, target: args[0] };
}

describe('index routines and joining/splitting match NumPy', () => {
  const byFn = new Map<string, any[]>();
  for (const c of fx.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cases] of byFn) {
    describe(fn, () => {
      for (const c of cases) {
        const what = label(c);
        it(what, () => {
          const roots: np.NDArray[] = [];
          const exp = c.result;
          let out: { result: unknown; target: unknown };
          try {
            out = run(c, roots);
          } catch (e) {
            if (!('error' in exp)) throw e;
            assert.ok(e instanceof Error, `${what}: threw a non-Error`);
            assert.equal(`${e.name}: ${e.message}`, `${exp.error}: ${exp.message}`, what);
            return;
          }
          assert.ok(!('error' in exp), `${what}: expected ${exp.error}: ${exp.message}`);
          const valuesToo = c.tag !== 'empty';
          if (c.inplace) check(out.target, exp, [], what, valuesToo);
          else check(out.result, exp, roots, what, valuesToo);
        });
      }
    });
  }
});

describe('tile takes reps by name (regression)', () => {
  // expected: np.tile(np.array([[1], [2]]), reps=(1, 3)).tolist(), np.tile([1, 2], reps=2).tolist()
  it('reps in the options object', () => {
    assert.deepEqual(np.tile(np.array([[1], [2]]), { reps: [1, 3] }).tolist(), [
      [1, 1, 1],
      [2, 2, 2],
    ]);
    assert.deepEqual(np.tile([1, 2], { reps: 2 }).tolist(), [1, 2, 1, 2]);
  });
  it('missing reps is NumPy TypeError', () => {
    assert.throws(() => (np.tile as any)([1]), {
      name: 'TypeError',
      message: "tile() missing 1 required positional argument: 'reps'",
    });
  });
});
