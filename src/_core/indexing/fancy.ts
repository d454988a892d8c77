/**
 * Advanced (fancy) indexing: integer index arrays broadcast together, and the
 * result places their broadcast shape B where NumPy does — in place of the
 * advanced entries when they are consecutive in the index, first otherwise.
 * Results are copies.
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
import { selectByMask } from '../item_selection/compress.js';
import { outOfBoundsError, type WalkOrder } from '../item_selection/index_order.js';
import { maskedStoreFits, storeAt, storeOneWhere } from '../item_selection/masked_store.js';
import { truePositions } from '../item_selection/nonzero.js';
import { hasScalarSlot, scalarValue } from '../item_selection/scalar_slot.js';
import { takeIndexArray } from '../item_selection/take.js';
import { elementOffsets, shapeSize } from '../iter.js';
import { array } from '../multiarray/array.js';
import { copyArray, fillArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { moveElements } from './elements.js';
import { singleIndexArray, storeAtIndices, storeOrder } from './index_store.js';
import { inKLayout } from './k_layout.js';
import { intListIndex, typedArrayView } from './parse.js';
import { pointGather } from './point_gather.js';
import type { Axis, PreparedIndex } from './prepare.js';
import { broadcastShapes, cShape } from './shapestr.js';

type FancyAxis = Extract<Axis, { fancy: true }>;

interface FancyPlan {
  readonly fancy: FancyAxis[];
  /** Broadcast shape of the index arrays. */
  readonly bshape: number[];
  /** Byte offsets (relative) of every subspace position, in layout order. */
  readonly inner: Float64Array;
  /** Subspace axes in memory-layout order (indices into the basic axes). */
  readonly subOrder: number[];
  /** Where B sits among the result's axes. */
  readonly place: number;
  readonly resultShape: number[];
}

/** Shapes and layout of the result. Index values are not looked at yet (see outerOffsets). */
function plan(prep: PreparedIndex): FancyPlan {
  const fancy: FancyAxis[] = [];
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
    throw new IndexError(
      `shape mismatch: indexing arrays could not be broadcast together with shapes ${listed.join('')}`,
    );
  }
  // Consecutive advanced entries keep their place; separated ones go first (NumPy's rule).
  const place = prep.consecutive ? positions[0]! : 0;
  const resultShape = [...subShape.slice(0, place), ...bshape, ...subShape.slice(place)];
  const subOrder = subShape.map((_, i) => i);
  subOrder.sort((x, y) => Math.abs(subStrides[y]!) - Math.abs(subStrides[x]!) || x - y);
  const inner = elementOffsets(
    subOrder.map((i) => subShape[i]!),
    subOrder.map((i) => subStrides[i]!),
    0,
  );
  return { fancy, bshape, inner, subOrder, place, resultShape };
}

/**
 * Byte offset of every B position (C order), base offset included. Out-of-range
 * indices are found here, after every shape check, as in NumPy; the IndexError names the
 * first bad index of an array in the order NumPy checks it (`orderOf`, index_order.ts).
 */
function outerOffsets(
  p: FancyPlan,
  offset: number,
  orderOf: (ix: NDArray) => WalkOrder,
): Float64Array {
  const outer = new Float64Array(shapeSize(p.bshape)).fill(offset);
  for (const f of p.fancy) addOffsets(outer, f, p.bshape, orderOf);
  return outer;
}

/**
 * How NumPy walks the index arrays of a get when it checks them: each on its own with
 * several arrays or an empty result; with one, its outer loop's order (C order when the
 * subspace has more than one element, else K order).
 */
function getOrder(p: FancyPlan): WalkOrder {
  const arrays = p.fancy.filter((f) => !f.index.scalar).length;
  const sub = p.inner.length;
  return arrays > 1 || sub === 0 ? 'check' : sub === 1 ? 'get' : 'c';
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

/** Add one fancy axis's byte offsets (index × stride, bounds-checked) over the broadcast shape. */
function addOffsets(
  outer: Float64Array,
  f: FancyAxis,
  bshape: number[],
  orderOf: (ix: NDArray) => WalkOrder,
): void {
  const { shape, data } = f.index;
  const n = f.size;
  // Element k of the broadcast reads the index array at src[k] (or at k when no broadcasting is needed).
  const same = shape.length === bshape.length && shape.every((d, i) => d === bshape[i]);
  const src = same
    ? null
    : elementOffsets(bshape, broadcastStridesTo(shape, elementStrides(shape), bshape)!, 0);
  for (let k = 0; k < outer.length; k++) {
    let v = data[src === null ? k : src[k]!]!;
    if (v < -n || v >= n) {
      const src = f.index.source;
      throw (
        (src && outOfBoundsError(src, n, f.srcAxis, orderOf(src))) ||
        new IndexError(`index ${v} is out of bounds for axis ${f.srcAxis} with size ${n}`)
      );
    }
    if (v < 0) v += n;
    outer[k]! += v * f.stride;
  }
}

/** C-ordered strides of an index array without a source (a mask's nonzero, an int). */
function cSteps(f: FancyAxis): number[] {
  return elementStrides(f.index.shape).map((e) => 8 * e);
}

/** Byte offsets in `a` of every result element, in layout order (B outer, subspace inner). */
function sourceOffsets(outer: Float64Array, inner: Float64Array): Float64Array {
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

/**
 * `a[mask]` with a bool NDArray of `a`'s shape, and `a[idx]` with an integer NDArray
 * on a 1-d or C-contiguous `a`: straight typed-array loops instead of the general
 * offset machinery (same results, layouts and errors; null when not applicable).
 */
export function fancyGetFast(a: NDArray, items: readonly unknown[]): NDArray | null {
  if (items.length !== 1) return items.length > 1 ? pointGather(a, items) : null;
  const ix = items[0] instanceof NDArray ? items[0] : intListIndex(items[0]);
  if (ix === null || ix.ndim === 0 || a.ndim === 0) return null;
  if (ix.dtype.kind === 'b') {
    if (ix.ndim !== a.ndim || ix.dims.some((d, i) => d !== a.dims[i])) return null;
    const m = ix.isCContig ? ix : copyArray(ix, 'C');
    return selectByMask(a, new Uint8Array(m.buffer as ArrayBuffer, m.offset, m.size));
  }
  if (!ix.dtype.isInteger || (a.ndim > 1 && !a.isCContig)) return null;
  // NumPy's order of checking the index (see getOrder): by the size of a row of `a`.
  let row = 1;
  for (let d = 1; d < a.dims.length; d++) row *= a.dims[d]!;
  if (row > 1) return takeIndexArray(a, 0, ix, 'raise', 'c');
  const r = takeIndexArray(a, 0, ix, 'raise', row === 0 ? 'check' : 'get');
  // No subspace to iterate: NumPy lays the result out in the index's K order.
  return ix.isCContig ? r : inKLayout(r, [ix], ix.ndim);
}

export function fancyGet(a: NDArray, prep: PreparedIndex): NDArray {
  const p = plan(prep);
  const order = layoutAxes(p);
  const out = NDArray.fresh(
    order.map((ax) => p.resultShape[ax]!),
    a.dtype,
    true,
  );
  const dst = elementOffsets(out.dims, out.steps, out.offset);
  const checks = getOrder(p);
  moveElements(
    a,
    sourceOffsets(
      outerOffsets(p, prep.offset, () => checks),
      p.inner,
    ),
    out,
    dst,
  );
  if (p.place === 0 && p.inner.length === 1) {
    // No subspace to iterate: NumPy lays the result out in the index arrays' K order.
    const ops = p.fancy.map((f) => f.index.source ?? { dims: f.index.shape, steps: cSteps(f) });
    return inKLayout(out, ops, p.bshape.length);
  }
  if (order.every((ax, i) => ax === i)) return out;
  // Show the layout with every axis in its logical place.
  const strides = new Array<number>(order.length);
  order.forEach((ax, i) => {
    strides[ax] = out.steps[i]!;
  });
  return out.viewWith(p.resultShape, strides, out.offset);
}

/** Masks up to this length store one value with a branch per byte (storeOneWhere). */
const SHORT_MASK = 64;

/**
 * The everyday stores without the general path's per-element offsets: `a[idx] = value`
 * with one integer index array (index_store.ts), and `a[mask] = value` with one boolean
 * mask of a's shape on an aligned C-contiguous numeric array (the value checked as fancySet
 * checks it, then one masked store, masked_store.ts). False when another path is needed
 * (nothing written).
 */
export function fancySetFast(a: NDArray, items: readonly unknown[], value: unknown): boolean {
  const ix = singleIndexArray(items);
  if (ix !== null) return storeAtIndices(a, ix, valueArray(a, value));
  if (items.length !== 1) return false;
  const m = items[0];
  if (!(m instanceof NDArray) || m.dtype.kind !== 'b' || m.ndim === 0 || a.ndim !== m.ndim)
    return false;
  if (m.dims.some((d, i) => d !== a.dims[i]) || !a.isCContig || !a.isAligned) return false;
  if (!a.dtype.isNumeric || a.dtype.fields) return false;
  const v = valueArray(a, value);
  if (!maskedStoreFits(a, v, 'hit')) return false;
  const mc = m.isCContig ? m : copyArray(m, 'C');
  const bytes = new Uint8Array(mc.buffer as ArrayBuffer, mc.offset, mc.size);
  // (Not a mask in a's own bytes, which the stores would change: the positions are then
  // found before any store. Small arrays share slabs, so the byte ranges are compared.)
  const apart =
    mc.buffer !== a.buffer ||
    mc.offset >= a.offset + a.size * a.itemsize ||
    a.offset >= mc.offset + bytes.length;
  if (v.size === 1 && v.ndim <= 1 && bytes.length <= SHORT_MASK && apart) {
    storeOneWhere(a, bytes, v);
    return true;
  }
  const pos = truePositions(bytes);
  checkMaskValue(v, pos.length);
  storeAt(a, pos, v, 'hit');
  return true;
}

export function fancySet(a: NDArray, prep: PreparedIndex, value: unknown): void {
  // NumPy's order of checks: the value converts, then index shapes, value shape, index values.
  let v = valueArray(a, value);
  const p = plan(prep);
  if (prep.fullMask) checkMaskValue(v, p.bshape[0]!);
  const given = v.dims;
  // Leading length-1 axes beyond the result's are dropped, as NumPy does.
  while (v.ndim > p.resultShape.length && v.dims[0] === 1) {
    v = v.viewWith(v.dims.slice(1), v.steps.slice(1), v.offset);
  }
  const st = broadcastStridesTo(v.dims, v.steps, p.resultShape);
  if (st === null) {
    throw new ValueError(
      `shape mismatch: value array of shape ${cShape(given)} could not be broadcast to indexing result of shape ${cShape(p.resultShape)}`,
    );
  }
  const to = sourceOffsets(
    outerOffsets(p, prep.offset, (ix) => storeOrder(a, ix)),
    p.inner,
  );
  // Walk the value in layout order so that it pairs with the destination offsets.
  const order = layoutAxes(p);
  const from = elementOffsets(
    order.map((ax) => p.resultShape[ax]!),
    order.map((ax) => st[ax]!),
    v.offset,
  );
  moveElements(v, from, a, to);
}

/** The value as an array of `a`'s dtype that does not share `a`'s memory. */
function valueArray(a: NDArray, value: unknown): NDArray {
  if (value instanceof NDArray) {
    if (value.dtype !== a.dtype || value.buffer === a.buffer) return copyArray(value, 'C', a.dtype);
    return value;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return copyArray(typedArrayView(value), 'C', a.dtype);
  }
  if (Array.isArray(value)) return array(value, { dtype: a.dtype });
  if (hasScalarSlot(a.dtype)) return scalarValue(a.dtype, value);
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
