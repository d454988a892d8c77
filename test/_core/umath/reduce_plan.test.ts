/**
 * The reduction iteration plan (reduce_plan.ts) against NumPy's nditer decisions worked out
 * from numpy/_core/src/multiarray/nditer_constr.c: axis order, coalescing, and the buffer
 * setup that decides how long one pairwise run is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allocStrides,
  iterAxisOrder,
  planReduction,
} from '../../../src/_core/umath/reduce_plan.js';

const op = (strides: number[], cast = false, reduce = false) => ({ strides, cast, reduce });

describe('reduction plan (NumPy nditer)', () => {
  it('orders axes by |stride|, C order on ties and conflicts', () => {
    assert.deepStrictEqual(iterAxisOrder([3, 4], [[32, 8]]), [0, 1]);
    assert.deepStrictEqual(iterAxisOrder([3, 4], [[8, 24]]), [1, 0]);
    assert.deepStrictEqual(iterAxisOrder([2, 3, 4], [[-96, 32, -8]]), [0, 1, 2]);
    assert.deepStrictEqual(iterAxisOrder([2, 3], [[0, 0]]), [0, 1]);
    // Length-1 axes count as stride 0.
    assert.deepStrictEqual(iterAxisOrder([1, 4], [[8, 8]]), [0, 1]);
  });

  it('allocates the result contiguous in iteration order, empty results with zero strides', () => {
    assert.deepStrictEqual(allocStrides([1, 0], [3, 4], [0, 1], 8), [8, 24]);
    assert.deepStrictEqual(allocStrides([0, 1, 2], [3, 4], [0, -1, 1], 8), [32, 8]);
    assert.deepStrictEqual(allocStrides([0, 1], [0, 4], [0, 1], 8), [0, 0]);
  });

  it('a contiguous float64 sum is one pairwise run of any length', () => {
    const p = planReduction([10_000_000], [op([0], false, true), op([8])], () => [0]);
    assert.equal(p.chunk, 10_000_000);
    assert.equal(p.mustBuffer, false);
  });

  it('a cast splits runs into buffers of 8192 elements', () => {
    const p = planReduction([100_000], [op([0], false, true), op([4], true)], () => [0]);
    assert.equal(p.chunk, 8192);
    const q = planReduction([3, 20_000], [op([0, 0], false, true), op([80_000, 4], true)], () => [
      8, 0,
    ]);
    assert.equal(q.chunk, 8192);
  });

  it('short rows use reduce mode: one run per row', () => {
    const p = planReduction([40, 3000], [op([0, 0], false, true), op([12_000, 4], true)], () => [
      8, 0,
    ]);
    assert.equal(p.usingReduce, true);
    assert.equal(p.chunk, 3000);
  });

  it('a buffered non-contiguous input is summed in runs spanning rows', () => {
    // x = base(80, 3000)[::2]: the iterator buffers the input and sums 6000 elements per call.
    const p = planReduction([40, 3000], [op([0, 0], false, true), op([48_000, 8])], () => [0, 0]);
    assert.equal(p.usingReduce, false);
    assert.equal(p.mustBuffer, true);
    assert.equal(p.bufferSize, 6000);
    assert.deepStrictEqual(p.shape, [3000, 40]);
  });

  it('reduce mode can make one core of several reduced dims', () => {
    // base(30, 80, 50)[:, ::2, :] summed over axes (1, 2): cores of 40*50 elements.
    const p = planReduction(
      [30, 40, 50],
      [op([0, 0, 0], false, true), op([32_000, 800, 8])],
      () => [8, 0, 0],
    );
    assert.equal(p.usingReduce, true);
    assert.equal(p.coreSize, 2000);
    assert.equal(p.outerDim, 2);
  });
});
