/**
 * Advanced (fancy) indexing: integer index arrays broadcast together, and the
 * result places their broadcast shape B where NumPy does — in place of the
 * indexed axes when those are adjacent, first otherwise. Results are copies.
 *
 * Elements are addressed as (B position, subspace position): the byte offset is
 * F[b] + inner[s], F from the index arrays and inner from the basic axes.
 * NumPy lays a result out in memory as B (outermost) followed by the subspace
 * axes in the indexed array's memory order (by decreasing |stride|, as
 * `np.empty_like(order='K')`), then shows it with the axes in their logical
 * places through a transposed view; numtype does the same, so strides match.
 */
import { broadcastStridesTo } from '../broadcast.js';
import { IndexError, ValueError } from '../errors.js';
import { elementOffsets, shapeSize } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { array } from '../multiarray/array.js';
import { copyArray, fillArray } from '../multiarray/copy.js';
import { moveElements } from './elements.js';
import type { Axis, PreparedIndex } from './prepare.js';
import { broadcastShapes, cShape } from './shapestr.js';

interface FancyPlan {
  /** Broadcast shape of the index arrays. */
  readonly bshape: number[];
  /** Byte offset of every B position (C order), base offset included. */
  readonly outer: Float64Array;
  /** Byte offsets (relative) of every subspace position, C order. */
  readonly inner: Float64Array;
  /** Subspace axes in memory-layout order (indices into the basic axes). */
  readonly subOrder: number[];
  readonly subShape: number[];
  /** Where B sits among the result's axes. */
  readonly place: number;
  readonly resultShape: number[];
}

function plan(prep: PreparedIndex): FancyPlan {
  const fancy: Extract<Axis, { fancy: true }>[] = [];
  const positions: number[] = [];
  const subShape: number[] = [];
  const subStrides: number[] = [];
  prep.axes.forEach((ax, i) => {
    if (ax.fancy) {
      fancy.push(ax);
      positions.push(i);
    } else {
      subShape.push(ax.size);
      subStrides.push(ax.stride);
    }
  });
  const bshape = broadcastShapes(fancy.map((f) => f.index.shape));
  if (bshape === null) {
    const listed = fancy.filter((f) => !f.index.scalar).map((f) => `${cShape(f.index.shape)} `);
    throw new IndexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${listed.join('')}`);
  }
  const outer = new Float64Array(shapeSize(bshape)).fill(prep.offset);
  for (const f of fancy) {
    const { shape, data } = f.index;
    const st = broadcastStridesTo(shape, elementStrides(shape), bshape)!;
    const n = f.size;
    forEachIndex(bshape, st, (src, k) => {
      let v = data[src]!;
      if (v < -n || v >= n) throw new IndexError(`index ${v} is out of bounds for axis ${f.srcAxis} with size ${n}`);
      if (v < 0) v += n;
      outer[k]! += v * f.stride;
    });
  }
  // Adjacent fancy axes keep their place; separated ones go first (NumPy's rule).
  const adjacent = positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);
  const place = adjacent ? positions[0]! : 0;
  const resultShape = [...subShape.slice(0, place), ...bshape, ...subShape.slice(place)];
  const subOrder = subShape.map((_, i) => i);
  subOrder.sort((x, y) => Math.abs(subStrides[y]!) - Math.abs(subStrides[x]!) || x - y);
  const inner = elementOffsets(
    subOrder.map((i) => subShape[i]!),
    subOrder.map((i) => subStrides[i]!),
    0,
  );
  return { bshape, outer, inner, subOrder, subShape, place, resultShape };
}

function elementStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = acc;
    acc *= shape[i]!;
  }
  return st;
}

/** Visit a broadcast walk: source element index (from strides in elements) and C-order position. */
function forEachIndex(shape: readonly number[], strides: readonly number[], fn: (src: number, k: number) => void): void {
  const n = shapeSize(shape);
  if (n === 0) return;
  const offs = elementOffsets(shape, strides, 0);
  for (let k = 0; k < n; k++) fn(offs[k]!, k);
}

/** Byte offsets in `a` of every result element, in layout order (B outer, subspace inner). */
function sourceOffsets(p: FancyPlan): Float64Array {
  const { outer, inner } = p;
  const out = new Float64Array(outer.length * inner.length);
  let k = 0;
  for (let b = 0; b < outer.length; b++) {
    const o = outer[b]!;
    for (let s = 0; s < inner.length; s++) out[k++] = o + inner[s]!;
  }
  return out;
}

/** The result's axes in layout order: B first, then the subspace in memory order. */
function layoutAxes(p: FancyPlan): number[] {
  const nb = p.bshape.length;
  const order: number[] = [];
  for (let i = 0; i < nb; i++) order.push(p.place + i);
  for (const j of p.subOrder) order.push(j < p.place ? j : j + nb);
  return order;
}

export function fancyGet(a: NDArray, prep: PreparedIndex): NDArray {
  const p = plan(prep);
  const order = layoutAxes(p);
  const out = NDArray.zeros(
    order.map((ax) => p.resultShape[ax]!),
    a.dtype,
  );
  const dst = elementOffsets(out.shape, out.strides, out.offset);
  moveElements(a, sourceOffsets(p), out, dst);
  if (order.every((ax, i) => ax === i)) return out;
  // Show the layout with every axis in its logical place.
  const strides = new Array<number>(order.length);
  order.forEach((ax, i) => {
    strides[ax] = out.strides[i]!;
  });
  return out.viewWith(p.resultShape, strides, out.offset);
}

export function fancySet(a: NDArray, prep: PreparedIndex, value: unknown): void {
  const p = plan(prep);
  let v = valueArray(a, value);
  if (prep.fullMask) checkMaskValue(v, p.bshape[0]!);
  const given = v.shape;
  // Leading length-1 axes beyond the result's are dropped, as NumPy does.
  while (v.ndim > p.resultShape.length && v.shape[0] === 1) v = v.viewWith(v.shape.slice(1), v.strides.slice(1), v.offset);
  const st = broadcastStridesTo(v.shape, v.strides, p.resultShape);
  if (st === null) {
    throw new ValueError(
      `shape mismatch: value array of shape ${cShape(given)} could not be broadcast to indexing result of shape ${cShape(p.resultShape)}`,
    );
  }
  // Walk the value in layout order so that it pairs with sourceOffsets().
  const order = layoutAxes(p);
  const lshape = order.map((ax) => p.resultShape[ax]!);
  const lstrides = order.map((ax) => st[ax]!);
  const from = elementOffsets(lshape, lstrides, v.offset);
  moveElements(v, from, a, sourceOffsets(p));
}

/** The value as an array of `a`'s dtype that does not share `a`'s memory. */
function valueArray(a: NDArray, value: unknown): NDArray {
  if (value instanceof NDArray) {
    if (value.dtype !== a.dtype || value.buffer === a.buffer) return copyArray(value, 'C', a.dtype);
    return value;
  }
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    return array(value, { dtype: a.dtype });
  }
  const out = NDArray.zeros([], a.dtype);
  fillArray(out, value);
  return out;
}

/** NumPy's checks for `a[mask] = value` with one mask covering every axis. */
function checkMaskValue(v: NDArray, count: number): void {
  if (v.ndim > 1) {
    throw new TypeError(
      `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`,
    );
  }
  if (v.size !== 1 && v.size !== count) {
    throw new ValueError(
      `NumPy boolean array indexing assignment cannot assign ${v.size} input values to the ${count} output values where the mask is true`,
    );
  }
}
