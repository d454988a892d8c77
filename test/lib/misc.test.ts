/**
 * The smaller routines of issue 8 against NumPy (test/fixtures/misc.json from
 * scripts/fixtures/gen_misc.py): packbits, unpackbits, binary_repr, base_repr, the type
 * checks, real_if_close, common_type, shares_memory, may_share_memory,
 * asarray_chkfinite, fromiter, cross, piecewise, apply_along_axis — values, dtypes,
 * shapes, view-or-copy, and NumPy's error class and message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catchWarnings } from '../../src/_core/runtime_warning.js';
import * as np from '../../src/index.js';
import { jsValue } from '../_core/indexing.util.js';
import { decode, loadFixture } from '../helpers.js';

interface Geometry {
  shape: number[];
  dtype: string;
  order: 'C' | 'F';
  pre: string | null;
  T: boolean;
  dtview: string | null;
  root: number | null;
  values: unknown[];
}

const fx = loadFixture('misc');

/** The functions of gen_misc.py's FUNCS, written in numtype (kwargs arrive as a trailing object). */
export const FUNCS: Record<string, (...a: any[]) => unknown> = {
  neg: (v: np.NDArray) => v.neg(),
  sq: (v: np.NDArray) => v.mul(v),
  add_k: (v: np.NDArray, k: number) => np.add(v, k),
  scale_kw: (v: np.NDArray, kw?: { s?: number }) => v.mul(kw?.s ?? 1),
  sum0: (v: np.NDArray) => np.sum(v, { axis: 0 }),
  sort: (v: np.NDArray) => np.sort(v),
  outer: (v: np.NDArray) => np.outer(v, v),
  ends: (v: np.NDArray) => v.get([0, -1]),
  cumsum: (v: np.NDArray) => np.cumsum(v),
};

interface Ctx {
  roots: Map<number, np.NDArray>;
  built: np.NDArray[];
}

function build(g: Geometry, ctx: Ctx): np.NDArray {
  let root = g.root === null ? undefined : ctx.roots.get(g.root);
  if (!root) {
    root = np.array(jsValue(g.values), { dtype: g.dtype as np.DTypeLike });
    if (g.root !== null) ctx.roots.set(g.root, root);
  }
  ctx.built.push(root);
  let a = root.reshape(g.shape, { order: g.order });
  if (g.dtview !== null) a = a.view(g.dtview as np.DTypeLike);
  if (g.pre !== null) a = a.get(g.pre);
  if (g.T) a = a.T;
  return a;
}

function arg(spec: any, ctx: Ctx): unknown {
  if (Array.isArray(spec)) return spec.map((x) => arg(x, ctx));
  if (spec === null || typeof spec !== 'object') return spec;
  if ('arr' in spec) return build(spec.arr, ctx);
  if ('func' in spec) return FUNCS[spec.func];
  if ('tuple' in spec) return arg(spec.tuple, ctx);
  if ('float' in spec || 'bigint' in spec || 'complex' in spec) return jsValue(spec);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = arg(v, ctx);
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

function check(r: unknown, exp: any, ctx: Ctx, what: string): void {
  if ('type' in exp) {
    assert.ok(r instanceof np.DType, `${what}: expected a dtype`);
    assert.equal(r.name, exp.type, what);
    return;
  }
  if ('value' in exp) {
    assert.ok(!(r instanceof np.NDArray), `${what}: expected a JS value, got an NDArray`);
    assert.deepStrictEqual(plain(r), decode(exp.value), what);
    return;
  }
  if ('list' in exp) {
    assert.ok(Array.isArray(r), `${what}: expected a list`);
    assert.equal(r.length, exp.list.length, `${what}: list length`);
    exp.list.forEach((x: any, i: number) => {
      check(r[i], x, ctx, `${what}[${i}]`);
    });
    return;
  }
  const e = exp.arr;
  assert.ok(r instanceof np.NDArray, `${what}: expected an NDArray, got ${String(r)}`);
  assert.equal(String(r.dtype), e.dtype, `${what}: dtype`);
  assert.deepStrictEqual(r.shape, e.shape, `${what}: shape`);
  assert.deepStrictEqual(flat(r), decode(e.values), `${what}: values`);
  // (Shared bytes, not a shared buffer: small arrays share slab buffers.)
  const view = r.size > 0 && ctx.built.some((b) => np.shares_memory(b, r));
  assert.equal(view, e.view, `${what}: ${e.view ? 'a view of the input' : 'a copy'} expected`);
}

function label(c: any): string {
  const show = (v: any): string => {
    if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
    if (v !== null && typeof v === 'object') {
      if ('arr' in v) {
        const g = v.arr as Geometry;
        return `${g.dtype}${JSON.stringify(g.shape)}${g.order === 'F' ? 'F' : ''}${g.dtview ? `.view(${g.dtview})` : ''}${g.pre ? `[${g.pre}]` : ''}${g.T ? '.T' : ''}`;
      }
      if ('func' in v) return v.func;
    }
    return JSON.stringify(v);
  };
  const kw = Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : '';
  return `np.${c.fn}(${c.args.map(show).join(', ')}${kw})`;
}

function runCase(c: any): void {
  const what = label(c);
  const ctx: Ctx = { roots: new Map(), built: [] };
  const exp = c.result;
  let result: unknown;
  try {
    const args = arg(c.args, ctx) as unknown[];
    const kw = arg(c.kwargs, ctx) as Record<string, unknown>;
    const extra = Object.keys(kw).length > 0 ? [kw] : [];
    let f: any = np;
    for (const part of c.fn.split('.')) f = f[part];
    if (c.seed !== undefined) np.random.seed(c.seed);
    const old = np.geterr();
    try {
      // NumPy's DeprecationWarnings (cross of 2-vectors) are collected, not printed.
      [result] = catchWarnings(() => f(...args, ...extra));
    } finally {
      np.seterr(old);
    }
  } catch (e) {
    if (!('error' in exp)) throw new Error(`${what}: ${String(e)}`);
    assert.ok(e instanceof Error, `${what}: threw a non-Error`);
    assert.equal(`${e.name}: ${e.message}`, `${exp.error}: ${exp.message}`, what);
    return;
  }
  assert.ok(!('error' in exp), `${what}: expected ${exp.error}: ${exp.message}`);
  check(result, exp, ctx, what);
}

describe('misc routines match NumPy', () => {
  const byFn = new Map<string, any[]>();
  for (const c of fx.cases) byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  for (const [fn, cases] of byFn) {
    it(`${fn} (${cases.length} cases)`, () => {
      // Every case runs; the failures are reported together.
      const failures: string[] = [];
      for (const c of cases) {
        try {
          runCase(c);
        } catch (e) {
          failures.push(e instanceof Error ? e.message : String(e));
        }
      }
      assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failing cases`);
    });
  }
});

describe('misc routines: JS-specific behaviour', () => {
  it('fromiter reads any JS iterable and stops after count', () => {
    function* squares(): Generator<number> {
      for (let i = 0; ; i++) yield i * i;
    }
    assert.deepEqual(np.fromiter(squares(), 'float64', 4).tolist(), [0, 1, 4, 9]);
    assert.deepEqual(np.fromiter(new Set([3, 1, 3]), np.int8).tolist(), [3, 1]);
    assert.deepEqual(
      np.fromiter(new Float32Array([1.5, 2]), { dtype: 'float32' }).tolist(),
      [1.5, 2],
    );
    assert.deepEqual(np.fromiter('12', 'int64').tolist(), [1, 2]);
    const big = np.fromiter([2n ** 63n - 1n], 'int64');
    assert.equal(big.atBig(0), 2n ** 63n - 1n);
  });
  it('isscalar: JS values standing for Python scalars', () => {
    for (const v of [1, 1.5, 2n, true, 'x', new np.Complex(1, 2)])
      assert.equal(np.isscalar(v), true);
    for (const v of [[1], np.array(1), np.float64(1), null, undefined, new Uint8Array(2), {}]) {
      assert.equal(np.isscalar(v), false);
    }
  });
  it('cross of 2-vectors warns as NumPy 2 does (DeprecationWarning)', () => {
    const [r, warnings] = catchWarnings(() => np.cross([1, 2], [3, 4]));
    assert.equal(r.ndim, 0);
    assert.equal(r.item(), -2);
    assert.deepEqual(
      warnings.map((w) => w.category),
      ['DeprecationWarning'],
    );
    const [, none] = catchWarnings(() => np.cross([1, 2, 3], [3, 4, 5]));
    assert.equal(none.length, 0);
  });
  it('shares_memory sees buffers, not objects', () => {
    const ta = new Float64Array(8);
    assert.equal(np.shares_memory(ta, np.asarray(ta)), true);
    assert.equal(np.shares_memory(np.zeros(4), np.zeros(4)), false);
    const x = np.zeros([8, 9, 10], 'int8');
    let err: unknown;
    try {
      np.shares_memory(x.get('::3, ::2, ::7'), x.get('1::2, 1::3, 2::3'), { max_work: 2 });
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof np.TooHardError);
    assert.equal((err as Error).message, 'Exceeded max_work');
  });
  it('common_type returns the dtype singletons', () => {
    assert.equal(np.common_type(np.arange(3), np.zeros(2, 'float32')), np.float64);
    assert.equal(np.common_type(np.zeros(2, 'float32'), np.zeros(2, 'complex64')), np.complex64);
  });
  it('packbits / unpackbits round-trip a large strided array quickly', () => {
    const a = np.arange(3_000_000).reshape(1000, 3000).get(':, ::-3').mod(3).astype('bool');
    const t0 = performance.now();
    const p = np.packbits(a, { axis: 1 });
    const u = np.unpackbits(p, { axis: 1, count: 1000 });
    const ms = performance.now() - t0;
    assert.ok(np.array_equal(u.astype('bool'), a));
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});
