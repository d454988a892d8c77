/**
 * Sorting, searching, counting and set routines against NumPy
 * (test/fixtures/sorting.json from scripts/fixtures/gen_sorting.py).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as searching from '../../src/_core/sorting/searchsorted.js';
import * as sorting from '../../src/_core/sorting/sort.js';
import * as np from '../../src/index.js';
import * as setops from '../../src/lib/arraysetops.js';
import * as counting from '../../src/lib/bincount.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
import { jsValue } from './indexing.util.js';

interface Spec {
  dtype: string;
  shape: number[];
  data: unknown[];
  view: string | null;
  T: boolean;
}

const FNS: Record<string, (...args: any[]) => any> = {
  sort: sorting.sort,
  argsort: sorting.argsort,
  lexsort: sorting.lexsort,
  partition: sorting.partition,
  argpartition: sorting.argpartition,
  sort_complex: sorting.sort_complex,
  searchsorted: searching.searchsorted,
  unique: setops.unique,
  unique_all: setops.unique_all,
  unique_counts: setops.unique_counts,
  unique_inverse: setops.unique_inverse,
  unique_values: setops.unique_values,
  isin: setops.isin,
  intersect1d: setops.intersect1d,
  union1d: setops.union1d,
  setdiff1d: setops.setdiff1d,
  setxor1d: setops.setxor1d,
  bincount: counting.bincount,
  digitize: counting.digitize,
};

export function buildSpec(s: Spec): np.NDArray {
  let a = np.array(jsValue(s.data), { dtype: s.dtype as np.DTypeLike }).reshape(s.shape);
  if (s.view !== null) a = a.get(s.view);
  if (s.T) a = a.T;
  return a;
}

function arg(v: any): any {
  if (Array.isArray(v)) return v.map(arg);
  if (v !== null && typeof v === 'object' && 'arr' in v) return buildSpec(v.arr);
  if (v !== null && typeof v === 'object' && !('float' in v || 'bigint' in v || 'complex' in v)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = arg(x);
    return o;
  }
  return jsValue(v);
}

function plain(v: unknown, zeroEq: boolean): unknown {
  if (typeof v === 'bigint') return v >= -(2n ** 53n) && v < 2n ** 53n ? Number(v) : v;
  if (v instanceof np.Complex) return { re: plain(v.re, zeroEq), im: plain(v.im, zeroEq) };
  if (v !== null && typeof v === 'object' && 're' in v) {
    const c = v as { re: unknown; im: unknown };
    return { re: plain(c.re, zeroEq), im: plain(c.im, zeroEq) };
  }
  if (zeroEq && v === 0) return 0;
  return v;
}

function flat(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function sameArray(got: unknown, exp: any, zeroEq: boolean): void {
  assert.ok(got instanceof np.NDArray, `expected an NDArray, got ${String(got)}`);
  assert.equal(String(got.dtype), exp.dtype);
  assert.deepEqual(got.shape, exp.shape);
  assert.deepEqual(
    flat(got).map((x) => plain(x, zeroEq)),
    decode(exp.data).map((x: unknown) => plain(x, zeroEq)),
  );
}

function sameResult(got: unknown, exp: any, zeroEq: boolean): void {
  if (Array.isArray(exp)) {
    assert.ok(Array.isArray(got), 'expected a tuple');
    assert.equal(got.length, exp.length);
    for (const [i, e] of exp.entries()) sameResult(got[i], e, zeroEq);
  } else if (exp !== null && typeof exp === 'object' && 'dtype' in exp) {
    sameArray(got, exp, zeroEq);
  } else {
    assert.deepEqual(plain(got, zeroEq), plain(decode(exp), zeroEq));
  }
}

function axisOf(c: any): number | null {
  const ax = 'axis' in c.kw ? c.kw.axis : -1;
  return ax;
}

/** Values at the kth positions along the axis, and the row multisets, must match NumPy's. */
function checkPartitionValues(
  got: np.NDArray,
  exp: np.NDArray,
  kth: number | number[],
  axis: number | null,
): void {
  const g = axis === null ? got.reshape(-1) : got;
  const e = axis === null ? exp.reshape(-1) : exp;
  const ax = axis === null ? 0 : axis;
  const n = g.shape[ax < 0 ? g.ndim + ax : ax]!;
  for (const k0 of Array.isArray(kth) ? kth : [kth]) {
    const k = k0 < 0 ? k0 + n : k0;
    sameArray(np.take(g, [k], ax), encodeArr(np.take(e, [k], ax)), true);
  }
  sameArray(sorting.sort(g, ax), encodeArr(sorting.sort(e, ax)), true);
}

function encodeArr(a: np.NDArray): any {
  return {
    dtype: String(a.dtype),
    shape: a.shape,
    data: flat(a).map((x) => (x instanceof np.Complex ? { re: x.re, im: x.im } : x)),
  };
}

const fx = loadFixture('sorting');

describe('sorting fixtures (NumPy 2.4)', () => {
  fx.cases.forEach((c: any, i: number) => {
    const title = `${i}: ${c.fn}(${JSON.stringify(c.args).slice(0, 80)}, ${JSON.stringify(c.kw)})`;
    it(title, () => {
      const fn = FNS[c.fn]!;
      const args = c.args.map(arg);
      const kw = arg(c.kw);
      const call = () => (Object.keys(kw).length ? fn(...args, kw) : fn(...args));
      if (c.err) {
        throwsNumpy(call, c.err[0], c.err[1]);
        return;
      }
      const got = call();
      if (c.check === 'exact') sameResult(got, c.out, false);
      else if (c.check === 'values') sameResult(got, c.out, true);
      else if (c.check === 'set') {
        const g = sorting.sort(got, { kind: 'stable' });
        const e = sorting.sort(arg({ arr: { ...c.out, view: null, T: false } }), {
          kind: 'stable',
        });
        sameResult(g, encodeArr(e), true);
      } else if (c.check === 'argsort') {
        const a = args[0] as np.NDArray;
        assert.equal(String(got.dtype), 'int64');
        assert.deepEqual(got.shape, c.out.shape);
        const idx = flat(got).map(Number);
        assert.deepEqual(
          [...idx].sort((x, y) => x - y),
          idx.map((_, j) => j),
        );
        sameArray(a.take(got), encodeArr(sorting.sort(a, { kind: 'stable' })), true);
      } else if (c.check === 'partition') {
        const exp = arg({ arr: { ...c.out, view: null, T: false } });
        checkPartitionValues(got, exp, args[1], axisOf(c));
      } else if (c.check === 'argpartition') {
        const a = args[0] as np.NDArray;
        const ax = axisOf(c);
        const eIdx = arg({ arr: { ...c.out, view: null, T: false } });
        const src = ax === null ? a.reshape(-1) : a;
        const take = (idx: np.NDArray) => np.take_along_axis(src, idx, ax === null ? 0 : ax);
        checkPartitionValues(take(got), take(eIdx), args[1], ax);
      }
    });
  });
});

describe('sorting: named results and methods', () => {
  it('unique_all carries NumPy names', () => {
    const r = setops.unique_all([3, 1, 3]);
    assert.deepEqual(r.values.tolist(), [1, 3]);
    assert.deepEqual(r.indices.tolist(), [1, 0]);
    assert.deepEqual(r.inverse_indices.tolist(), [1, 0, 1]);
    assert.deepEqual(r.counts.tolist(), [1, 2]);
  });
  it('a.sort / a.partition sort in place; argsort / argpartition / searchsorted methods', () => {
    const a = np.array([
      [3, 1, 2],
      [0, -1, 5],
    ]);
    a.sort();
    assert.deepEqual(a.tolist(), [
      [1, 2, 3],
      [-1, 0, 5],
    ]);
    const b = np.array([3, 1, 2, 0]);
    b.partition(1);
    assert.equal(b.at(1), 1);
    assert.deepEqual(np.array([3, 1, 2]).argsort().tolist(), [1, 2, 0]);
    assert.deepEqual(np.array([3, 1, 2]).argpartition(0).at(0), 1);
    assert.equal(np.array([1, 2, 3]).searchsorted(2, 'right'), 2);
    const v = np.arange(10).get('::2');
    v.sort({ axis: 0 });
    throwsNumpy(
      () => a.sort(null),
      'TypeError',
      "'NoneType' object cannot be interpreted as an integer",
    );
  });
  it('sort of long float64 rows equals the stable gather (zeros in input order, NaN last)', () => {
    const n = 20000;
    const data = new Float64Array(2 * n);
    let s = 99;
    for (let i = 0; i < 2 * n; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const k = s % 9;
      data[i] =
        k === 0
          ? -0
          : k === 1
            ? 0
            : k === 2
              ? Number.NaN
              : k === 3
                ? -Infinity
                : (s % 2001) - 1000.5;
    }
    const a = np.array(data).reshape(2, n);
    const got = sorting.sort(a);
    const idx = sorting.argsort(a, { kind: 'stable' });
    const ref = np.take_along_axis(a, idx, 1);
    const g = got.toTypedArray() as Float64Array;
    const r = ref.toTypedArray() as Float64Array;
    for (let i = 0; i < 2 * n; i++) assert.ok(Object.is(g[i], r[i]), `at ${i}: ${g[i]} vs ${r[i]}`);
    const t = sorting.sort(a.T, 0);
    assert.deepEqual(
      Array.from(t.T.toTypedArray() as Float64Array).map(String),
      Array.from(g).map(String),
    );
  });
  it('sort of long integer rows equals the stable gather', () => {
    for (const dt of ['int8', 'uint16', 'int32', 'uint32', 'bool'] as const) {
      const n = 5000;
      const vals = Array.from(
        { length: n },
        (_, i) => ((i * 7919) % 1999) - (dt[0] === 'u' ? 0 : 1000),
      );
      const a = dt === 'bool' ? np.array(vals.map((v) => v % 3 === 0)) : np.array(vals).astype(dt);
      const ref = a.take(sorting.argsort(a, { kind: 'stable' }));
      assert.deepEqual(sorting.sort(a).tolist(), ref.tolist(), dt);
    }
  });
  it('stable argsort of 1e5 float64 with ties matches a stable reference', () => {
    const n = 100000;
    const data = new Float64Array(n);
    let s = 12345;
    for (let i = 0; i < n; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      data[i] = (s % 1000) - 500 + (i % 7 === 0 ? -0 : 0);
    }
    data[10] = Number.NaN;
    const got = Array.from(
      sorting.argsort(np.array(data), { kind: 'stable' }).toTypedArray() as BigInt64Array,
      Number,
    );
    const ref = Array.from({ length: n }, (_, i) => i).sort((x, y) => {
      const a = data[x]!;
      const b = data[y]!;
      if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
      if (Number.isNaN(b)) return -1;
      return a - b;
    });
    assert.deepEqual(got, ref);
  });
});
