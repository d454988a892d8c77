/**
 * Gathers (np.take, a[idx]), copies of transposed and strided arrays and concatenate on
 * their fast paths against NumPy (test/fixtures/gather_copy.json from
 * scripts/fixtures/gen_gather_copy.py): every dtype class, index arrays read in place or
 * converted, negative and out-of-bounds indices under each mode, negative strides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { take } from '../../src/_core/item_selection/take.js';
import { concatenate } from '../../src/_core/multiarray/concatenate.js';
import * as np from '../../src/index.js';
import { decode, loadFixture, throwsNumpy } from '../helpers.js';
import { jsValue } from './indexing.util.js';

interface Spec {
  dtype: string | [string, string][];
  shape: number[];
  data: unknown[];
  view: string | null;
  T: boolean;
}

function build(s: Spec): np.NDArray {
  let a = np.array(jsValue(s.data), { dtype: s.dtype as np.DTypeLike }).reshape(s.shape);
  if (s.view !== null) a = a.get(s.view);
  if (s.T) a = a.T;
  return a;
}

/** Elements in C order as plain values: bigints as numbers when safe, records as tuples. */
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
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object' && !('re' in v)) return Object.values(v).map(plain);
  return v;
}

function expected(data: unknown[]): unknown[] {
  return (decode(data) as unknown[]).map(plain);
}

function run(c: any): unknown {
  switch (c.op) {
    case 'take':
      return take(build(c.a), build(c.ind), c.kw);
    case 'get':
      return build(c.a).get(build(c.ind));
    case 'copy':
      return build(c.a).copy(c.order);
    default:
      return concatenate((c.a as Spec[]).map(build), c.kw);
  }
}

const fx = loadFixture('gather_copy');

describe('gather / copy / concatenate fixtures (NumPy 2.4)', () => {
  fx.cases.forEach((c: any, i: number) => {
    const a0 = Array.isArray(c.a) ? c.a[0] : c.a;
    const title = `${i}: ${c.op} ${JSON.stringify(a0.dtype)} ${JSON.stringify(a0.shape)} view=${a0.view} T=${a0.T} ${JSON.stringify(c.kw ?? c.order ?? '')}`;
    it(title, () => {
      if (c.err) {
        throwsNumpy(() => run(c), c.err[0], c.err[1]);
        return;
      }
      const got = run(c);
      if (!(got instanceof np.NDArray)) {
        assert.equal(c.out.shape.length, 0, 'a scalar comes back only for a 0-d result');
        assert.deepEqual(plain(got), expected(c.out.data)[0]);
        return;
      }
      if (c.out.dtype !== null) assert.equal(String(got.dtype), c.out.dtype);
      assert.deepEqual(got.shape, c.out.shape);
      assert.deepEqual(flat(got), expected(c.out.data));
      if (c.out.strides) assert.deepEqual(got.strides, c.out.strides);
    });
  });
});
