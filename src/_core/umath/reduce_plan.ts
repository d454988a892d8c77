/**
 * NumPy's reduction iteration, as arithmetic on shapes and strides (the nditer set up by
 * numpy/_core/src/umath/reduction.c): axis order by memory layout, the layout of the
 * allocated result, axis coalescing and the buffering setup. Float sums depend on it:
 * a reduced inner run is folded by one inner-loop call (pairwise for add), and when the
 * iterator buffers (a cast is needed) those runs are cut into chunks of the buffer size.
 */

import { bestAxisOrder } from './iterator.js';

/** NumPy's default buffer size (NPY_BUFSIZE), in elements. */
export const BUFSIZE = 8192;

/** One iterator operand: byte strides over the input's axes (0 on reduced/broadcast axes). */
export interface PlanOperand {
  strides: readonly number[];
  /** The operand is read through a cast (buffered). */
  cast: boolean;
  /** The operand is the reduction result (writeable, stride 0 on reduced axes). */
  reduce: boolean;
}

export interface ReducePlan {
  /** The input's axes, outermost first, in iteration order (NumPy's KEEPORDER perm). */
  perm: number[];
  /** Coalesced iterator dims, innermost first: the input axes each one covers (inner to outer). */
  groups: number[][];
  /** Coalesced dims' lengths, innermost first. */
  shape: number[];
  /** Elements of dim 0 one inner-loop call gets when dim 0 is reduced (runs restart at each row). */
  chunk: number;
  /** Buffered iteration: elements per buffer fill, core size, outer dim, reduce mode. */
  bufferSize: number;
  coreSize: number;
  outerDim: number;
  usingReduce: boolean;
  mustBuffer: boolean;
}

/**
 * NumPy's axis order (npyiter_find_best_axis_ordering): a stable insertion sort of the axes
 * by |stride| over all operands, C order winning conflicts. Returns axes outermost first.
 * Length-1 axes count as stride 0, as NumPy's iterator sets them.
 */
export function iterAxisOrder(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
): number[] {
  return bestAxisOrder(shape, strides, true);
}

/**
 * Strides of an array NumPy's iterator allocates (npyiter_new_temp_array): contiguous in
 * iteration order. `resultAxes[i]` is the result axis input axis i maps to, or -1.
 */
export function allocStrides(
  perm: readonly number[],
  resultShape: readonly number[],
  resultAxes: readonly number[],
  itemsize: number,
): number[] {
  // NumPy 2.4 gives empty arrays zero strides.
  if (resultShape.some((n) => n === 0)) return resultShape.map(() => 0);
  const strides = new Array<number>(resultShape.length).fill(itemsize);
  let stride = itemsize;
  for (let k = perm.length - 1; k >= 0; k--) {
    const r = resultAxes[perm[k]!]!;
    if (r < 0) continue;
    strides[r] = stride;
    stride *= resultShape[r]!;
  }
  return strides;
}

/** NumPy's coalescing (npyiter_coalesce_axes) over axes in iteration order. */
function coalesceGroups(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  perm: readonly number[],
): { groups: number[][]; shape: number[]; strides: number[][] } {
  const nop = strides.length;
  const nd = perm.length;
  const gStrides: number[][] = new Array(nop);
  if (nd === 0) {
    for (let iop = 0; iop < nop; iop++) gStrides[iop] = [0];
    return { groups: [[]], shape: [1], strides: gStrides };
  }
  // Innermost axis first; length-1 axes count as stride 0.
  const first = perm[nd - 1]!;
  const groups: number[][] = [[first]];
  const gShape = [shape[first]!];
  for (let iop = 0; iop < nop; iop++)
    gStrides[iop] = [shape[first] === 1 ? 0 : strides[iop]![first]!];
  for (let k = nd - 2; k >= 0; k--) {
    const ax = perm[k]!;
    const last = gShape.length - 1;
    const shape0 = gShape[last]!;
    const shape1 = shape[ax]!;
    let ok = true;
    for (let iop = 0; iop < nop && ok; iop++) {
      const s0 = gStrides[iop]![last]!;
      const s1 = shape1 === 1 ? 0 : strides[iop]![ax]!;
      ok = (shape0 === 1 && s0 === 0) || (shape1 === 1 && s1 === 0) || s0 * shape0 === s1;
    }
    if (ok) {
      groups[last]!.push(ax);
      gShape[last] = shape0 * shape1;
      for (let iop = 0; iop < nop; iop++) {
        const g = gStrides[iop]!;
        if (g[last] === 0) g[last] = shape1 === 1 ? 0 : strides[iop]![ax]!;
      }
    } else {
      groups.push([ax]);
      gShape.push(shape1);
      for (let iop = 0; iop < nop; iop++)
        gStrides[iop]!.push(shape1 === 1 ? 0 : strides[iop]![ax]!);
    }
  }
  return { groups, shape: gShape, strides: gStrides };
}

/** Byte strides of an array with the input's shape over coalesced `groups`. */
export function groupStrides(
  groups: readonly number[][],
  shape: readonly number[],
  strides: readonly number[],
): number[] {
  return groups.map((g) => {
    for (const ax of g) if (shape[ax] !== 1) return strides[ax]!;
    return 0;
  });
}

/** NumPy's npyiter_find_buffering_setup (GROWINNER set, no forced contiguity). */
function bufferingSetup(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  ops: readonly PlanOperand[],
  maxSize: number,
): Pick<ReducePlan, 'bufferSize' | 'coreSize' | 'outerDim' | 'usingReduce' | 'mustBuffer'> {
  const nop = ops.length;
  const ndim = shape.length;
  const single = new Array<number>(nop).fill(1);
  const opOuterReduce = new Array<number>(nop).fill(0);
  let cost = 1;
  for (const o of ops) if (o.cast) cost++;
  let outerReduceDim = 0;
  let size = shape[0]!;
  let bestDim = 0;
  let bestCost = cost;
  let bestSize = size;
  let bestCore = 1;
  for (let idim = 1; idim < ndim; idim++) {
    if (outerReduceDim) break;
    if (size >= maxSize && cost > 1) break;
    const prevShape = shape[idim - 1]!;
    for (let iop = 0; iop < nop; iop++) {
      const prev = strides[iop]![idim - 1]!;
      const cur = strides[iop]![idim]!;
      if (single[iop] === idim) {
        if (prev * prevShape === cur) {
          single[iop]!++;
          continue;
        }
        if (!ops[iop]!.cast) cost++;
      }
      if (ops[iop]!.reduce && (cur === 0 || prev === 0)) {
        opOuterReduce[iop] = idim;
        outerReduceDim = idim;
      }
    }
    const core = size;
    size *= shape[idim]!;
    if (size === 0) break;
    const bufsize = size > maxSize && cost > 1 ? maxSize : size;
    if (cost * bestSize <= bestCost * bufsize) {
      bestCost = cost;
      bestCore = core;
      bestSize = size;
      bestDim = idim;
    }
  }
  const usingReduce = outerReduceDim !== 0 && bestDim === outerReduceDim;
  let mustBuffer = false;
  for (let iop = 0; iop < nop; iop++) {
    let buffered = ops[iop]!.cast;
    let isReduceOp = false;
    if (usingReduce) {
      if (opOuterReduce[iop] === bestDim) isReduceOp = true;
      else if (single[iop] === bestDim && !buffered) isReduceOp = true;
      else if (strides[iop]![outerReduceDim] === 0 && single[iop]! <= bestDim) isReduceOp = true;
    }
    if (!(single[iop]! + (isReduceOp ? 1 : 0) > bestDim)) buffered = true;
    if (buffered) mustBuffer = true;
  }
  if (mustBuffer && maxSize < bestSize) bestSize = bestCore * Math.floor(maxSize / bestCore);
  return { bufferSize: bestSize, coreSize: bestCore, outerDim: bestDim, usingReduce, mustBuffer };
}

/**
 * Plan a reduction over an input of `shape`: `ops[0]` the result (its strides 0 everywhere
 * while it is still to be allocated), then the input, then an optional where-mask.
 * `resultStrides` (when allocating) gives the result's strides mapped to the input's axes.
 */
export function planReduction(
  shape: readonly number[],
  ops: readonly PlanOperand[],
  resultStrides: (perm: number[]) => number[],
  maxSize = BUFSIZE,
): ReducePlan & { strides: number[][] } {
  const perm = iterAxisOrder(
    shape,
    ops.map((o) => o.strides),
  );
  // The allocated result gets its strides from the iteration order, before coalescing.
  const full = ops.map((o, i) => (i === 0 ? resultStrides(perm) : o.strides));
  const { groups, shape: gShape, strides } = coalesceGroups(shape, full, perm);
  const buf = bufferingSetup(gShape, strides, ops, maxSize);
  const chunk = buf.usingReduce ? gShape[0]! : Math.min(gShape[0]!, buf.bufferSize);
  return { perm, groups, shape: gShape, strides, chunk: Math.max(chunk, 1), ...buf };
}
