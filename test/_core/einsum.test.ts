/**
 * np.einsum / np.einsum_path against NumPy fixtures (scripts/fixtures/gen_einsum.py).
 * Integers and bools are compared exactly; floats within eps(dtype) * 64 * bound, where bound
 * is the largest sum of |terms| (NumPy's summation order differs from ours).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NDArray } from '../../src/_core/ndarray.js';
import * as np from '../../src/index.js';
import { decode, loadFixture } from '../helpers.js';

interface Enc {
  dtype: string;
  shape: number[];
  data: unknown[];
}
interface Op {
  arr: Enc;
  view?: string;
}
interface Case {
  sub: string;
  ops: Op[];
  kwargs: Record<string, unknown>;
  interleaved?: unknown[][];
  scalar?: boolean;
  expected?: Enc;
  c?: boolean;
  f?: boolean;
  bound?: number;
  error?: [string, string];
  out?: [string, number[]];
  same?: boolean;
}
interface PathCase {
  sub: string;
  shapes: number[][];
  optimize: unknown;
  path: unknown[];
  report: string;
  expected: Enc | null;
  total: number;
  scalar: boolean;
  bound: number;
}

const fx = loadFixture<{ cases: Case[]; outs: Case[]; paths: PathCase[] }>('einsum');

function toValue(v: any): any {
  if (v !== null && typeof v === 'object' && 're' in v) return new np.Complex(v.re, v.im);
  return v;
}

export function build(e: Enc): NDArray {
  const data = decode(e.data).map(toValue);
  return np.array(data, { dtype: e.dtype as any }).reshape(e.shape);
}

function operand(o: Op): NDArray {
  const a = build(o.arr);
  if (o.view === 'T') return a.T;
  if (o.view === 'rev') return a.get('...', np.slice(null, null, -1));
  if (o.view === 'step') return a.get(np.slice(null, null, 2));
  return a;
}

const EPS: Record<string, number> = {
  float16: 2 ** -10,
  float32: 2 ** -23,
  complex64: 2 ** -23,
  float64: 2 ** -52,
  complex128: 2 ** -52,
};

/** Compare a result (JS value or NDArray) with NumPy's encoded result. */
export function check(got: any, want: Enc, scalar: boolean, bound: number, msg: string): void {
  if (scalar) {
    assert.ok(!(got instanceof np.NDArray), `${msg}: expected a JS value, got an array`);
  } else {
    assert.ok(got instanceof np.NDArray, `${msg}: expected an NDArray`);
    assert.equal(String(got.dtype), want.dtype, `${msg}: dtype`);
    assert.deepEqual(got.shape, want.shape, `${msg}: shape`);
  }
  const vals: any[] = scalar
    ? [got]
    : (got as NDArray).size
      ? ((got as NDArray).flatten().tolist({ bigint: true }) as any[])
      : [];
  const exp = decode(want.data);
  assert.equal(vals.length, exp.length, `${msg}: size`);
  const eps = EPS[want.dtype];
  const tol = eps === undefined ? 0 : eps * 64 * Math.max(bound, 1);
  for (let i = 0; i < exp.length; i++) {
    const g = vals[i];
    const w = exp[i];
    if (tol === 0) {
      const big = (x: any) => (typeof x === 'number' && Number.isInteger(x) ? BigInt(x) : x);
      assert.equal(big(g), big(w), `${msg}[${i}]`);
    } else if (typeof w === 'object' && w !== null && 're' in w) {
      assert.ok(
        Math.abs(g.re - w.re) <= tol && Math.abs(g.im - w.im) <= tol,
        `${msg}[${i}]: ${g} vs ${w.re}+${w.im}j`,
      );
    } else if (Number.isNaN(w)) assert.ok(Number.isNaN(g), `${msg}[${i}]`);
    else assert.ok(Math.abs(g - w) <= tol, `${msg}[${i}]: ${g} vs ${w} (tol ${tol})`);
  }
}

function interleavedArgs(c: Case, ops: NDArray[]): unknown[] {
  const il = c.interleaved as unknown[][];
  const args: unknown[] = [];
  for (const [i, o] of ops.entries()) args.push(o, il[i]);
  if (il.length > ops.length) args.push(il[il.length - 1]);
  return args;
}

function kwargsOf(c: Case): Record<string, unknown> {
  return decode(c.kwargs);
}

function runCase(c: Case): any {
  const ops = c.ops.map(operand);
  const kw = kwargsOf(c);
  const args = c.interleaved ? interleavedArgs(c, ops) : [c.sub, ...ops];
  return Object.keys(kw).length ? np.einsum(...args, kw) : np.einsum(...args);
}

describe('einsum fixtures', () => {
  it(`${fx.cases.length} expressions match NumPy`, () => {
    let n = 0;
    const failures: string[] = [];
    for (const [i, c] of fx.cases.entries()) {
      try {
        const label = `#${i} ${c.sub} ${JSON.stringify(c.kwargs)}`;
        if (c.error) {
          let err: any;
          try {
            runCase(c);
          } catch (e) {
            err = e;
          }
          assert.ok(err instanceof Error, `${label}: expected ${c.error[0]}: ${c.error[1]}`);
          const name = c.error[0] === 'TypeError' ? 'TypeError' : c.error[0];
          assert.equal(`${err.name}: ${err.message}`, `${name}: ${c.error[1]}`, label);
          n++;
          continue;
        }
        const got = runCase(c);
        check(got, c.expected as Enc, c.scalar as boolean, c.bound ?? 0, label);
        if (
          !c.scalar &&
          !('optimize' in c.kwargs) &&
          (got as NDArray).ndim > 1 &&
          (got as NDArray).size > 1
        ) {
          assert.equal(got.flags.c_contiguous, c.c, `${label}: C_CONTIGUOUS`);
          assert.equal(got.flags.f_contiguous, c.f, `${label}: F_CONTIGUOUS`);
        }
        n++;
      } catch (e) {
        failures.push(String((e as Error).message).split('\n')[0]);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(n >= 200);
  });

  it('out= arrays', () => {
    for (const [i, c] of fx.outs.entries()) {
      const label = `out #${i} ${c.sub}`;
      const ops = c.ops.map(operand);
      const [dt, shape] = c.out as [string, number[]];
      const out = np.zeros(shape, { dtype: dt as any });
      const kw = { ...kwargsOf(c), out };
      if (c.error) {
        assert.throws(
          () => np.einsum(c.sub, ...ops, kw),
          (e: any) => e.name === c.error?.[0] && e.message === c.error?.[1],
          label,
        );
        continue;
      }
      const r = np.einsum(c.sub, ...ops, kw);
      assert.equal(r === out, c.same, `${label}: returns out`);
      check(out, c.expected as Enc, false, c.bound ?? 0, label);
    }
  });
});

/** The path cases' operands: (k % 7) - 3 in C order, float64 (gen_einsum.py `formula`). */
function formula(shape: number[]): NDArray {
  const n = shape.reduce((x, y) => x * y, 1);
  return np
    .array(
      Array.from({ length: n }, (_, k) => (k % 7) - 3),
      { dtype: 'float64' },
    )
    .reshape(shape);
}

describe('einsum_path fixtures', () => {
  it(`${fx.paths.length} paths and reports match NumPy`, () => {
    for (const [i, c] of fx.paths.entries()) {
      const label = `path #${i} ${c.sub} ${JSON.stringify(c.optimize)}`;
      const shapes = c.shapes.map((s) => np.ones(s));
      const [path, report] = np.einsum_path(c.sub, ...shapes, { optimize: c.optimize as any });
      assert.deepEqual(path, c.path, `${label}: path`);
      assert.equal(report, c.report, `${label}: report`);
      const ops = c.shapes.map(formula);
      const got = np.einsum(c.sub, ...ops, { optimize: c.optimize as any });
      // large results are checked through their (exact, integer-valued) total
      if (c.expected === null) assert.equal(np.sum(got), c.total, `${label}: total`);
      else check(got, c.expected, c.scalar, c.bound, `${label}: value`);
    }
  });
});

describe('einsum API', () => {
  it('views and JS values', () => {
    const A = np.arange(9).reshape(3, 3);
    assert.equal(np.einsum('ii', A), 12);
    const d = np.einsum('ii->i', A) as NDArray;
    assert.ok(d.base !== null);
    assert.deepEqual(d.tolist(), [0, 4, 8]);
    assert.equal(np.einsum('i,i', [1, 2, 3], [4, 5, 6]), 32);
    // NumPy's optimized route ends in matmul and returns a 0-d array here
    assert.equal((np.einsum('i,i', [1, 2, 3], [4, 5, 6], { optimize: true }) as NDArray).ndim, 0);
    assert.deepEqual(np.einsum(A, [0, 1], [1, 0]).tolist(), A.T.tolist());
  });
  it('a 0-d int64 result beyond 2**53 is a RangeError (API.md §3)', () => {
    const v = np.array([3n * 2n ** 30n, 3n * 2n ** 30n], { dtype: 'int64' });
    assert.throws(() => np.einsum('i,i', v, v), RangeError);
    const r = np.einsum('i,i->', v, v, { out: np.zeros([], { dtype: 'int64' }) }) as NDArray;
    // 18 * 2**60 wraps to 2**61
    assert.equal(r.atBig(), 2n ** 61n);
  });
  it('einsum_path with einsum_call gives the operands and contraction list', () => {
    const a = np.ones([2, 3]);
    const [ops, list] = np.einsum_path('ij,jk,kl', a, np.ones([3, 4]), np.ones([4, 2]), {
      einsum_call: true,
    }) as [NDArray[], unknown[]];
    assert.equal(ops[0], a);
    assert.deepEqual(list, [
      [[2, 1], 'kl,jk->lj', ['ij', 'lj']],
      [[1, 0], 'lj,ij->il', ['il']],
    ]);
  });
  it('large matrix products go through the GEMM', () => {
    const a = np.arange(200 * 150, { dtype: 'float64' }).reshape(200, 150);
    const b = np.arange(150 * 100, { dtype: 'float64' }).reshape(150, 100);
    const r = np.einsum('ij,jk->ik', a, b) as NDArray;
    const m = np.matmul(a, b) as NDArray;
    assert.deepEqual(r.tolist(), m.tolist());
  });
});
