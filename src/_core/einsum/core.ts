/**
 * The C einsum (NumPy's PyArray_EinsteinSum): parse the subscripts, return a view when one
 * operand only needs its axes relabelled, take diagonals of repeated labels, broadcast, resolve
 * the common dtype and casting as NumPy's iterator does, then either hand a two-operand
 * contraction to the batched GEMM (`matmul`) where that adds in NumPy's order, or run the
 * strided sum-of-products loop (iter.ts) in NumPy's iteration and summation order.
 */
import { astype } from '../casting.js';
import { type DType, float32, float64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { cStrides as cStridesOf, isFContiguous, shapeSize } from '../iter.js';
import { matmulStacked } from '../linalg_products/products.js';
import { allocate } from '../multiarray/args.js';
import { assignArray, fillArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { type Casting, canCastDType, resultType } from '../numerictypes/promotion.js';
import { reshape } from '../shape.js';
import { bestOrder, planIteration, runLoop } from './iter.js';
import { type CParsed, parseSubscriptsCached } from './parse.js';

export type EinsumOrder = 'C' | 'F' | 'A' | 'K';

export interface CoreOptions {
  dtype: DType | null;
  order: EinsumOrder;
  casting: Casting;
  out: NDArray | null;
}

const labelChar = (c: number): string => String.fromCharCode(c);

/** NumPy's npyiter_shape_string: leading newaxis (-1) entries are not printed. */
function iterShapeString(dims: readonly number[]): string {
  let i = 0;
  while (i < dims.length && dims[i] < 0) i++;
  const parts = dims.slice(i).map((d) => (d < 0 ? 'newaxis' : String(d)));
  return `(${parts.join(',')}${dims.length === 1 ? ',' : ''})`;
}

/** When one operand's axes only need relabelling (no sums), the result is a view. */
function singleOpView(
  op: NDArray,
  labels: readonly number[],
  outLabels: readonly number[],
): NDArray | null {
  const nOut = outLabels.length;
  const dims = new Array<number>(nOut).fill(0);
  const strides = new Array<number>(nOut).fill(0);
  let ib = 0;
  for (let idim = 0; idim < op.ndim; idim++) {
    let label = labels[idim];
    if (label < 0) label = labels[idim + label];
    if (label === 0) {
      while (ib < nOut && outLabels[ib] !== 0) ib++;
      if (ib === nOut) throw new ValueError('output had too few broadcast dimensions');
      dims[ib] = op.dims[idim];
      strides[ib] = op.steps[idim];
      ib++;
    } else {
      const i = outLabels.indexOf(label);
      if (i < 0) return null;
      if (dims[i] !== 0 && dims[i] !== op.dims[idim]) {
        throw new ValueError(
          `dimensions in single operand for collapsing index '${labelChar(label)}' don't match (${dims[i]} != ${op.dims[idim]})`,
        );
      }
      dims[i] = op.dims[idim];
      strides[i] += op.steps[idim];
    }
  }
  return op.viewWith(dims, strides, op.offset);
}

/** The view along the diagonals of repeated labels; `labels` is compacted to match. */
function combinedView(op: NDArray, iop: number, labels: number[]): NDArray {
  if (!labels.some((l) => l < 0)) return op;
  const dims: number[] = [];
  const strides: number[] = [];
  const map: number[] = [];
  for (let idim = 0; idim < op.ndim; idim++) {
    const label = labels[idim];
    if (label >= 0) {
      map.push(dims.length);
      dims.push(op.dims[idim]);
      strides.push(op.steps[idim]);
    } else {
      const i = map[idim + label];
      map.push(-1);
      if (dims[i] !== op.dims[idim]) {
        throw new ValueError(
          `dimensions in operand ${iop} for collapsing index '${labelChar(labels[idim + label])}' don't match (${dims[i]} != ${op.dims[idim]})`,
        );
      }
      strides[i] += op.steps[idim];
    }
  }
  const compact = labels.filter((_, idim) => map[idim] >= 0);
  labels.length = 0;
  labels.push(...compact);
  return op.viewWith(dims, strides, op.offset);
}

/** For each iteration dimension, the operand axis that feeds it or -1 (prepare_op_axes). */
function opAxes(labels: readonly number[], iterLabels: readonly number[]): number[] {
  const axes = new Array<number>(iterLabels.length);
  let ib = labels.length - 1;
  for (let i = iterLabels.length - 1; i >= 0; i--) {
    const label = iterLabels[i];
    if (label === 0) {
      while (ib >= 0 && labels[ib] !== 0) ib--;
      axes[i] = ib < 0 ? -1 : ib--;
    } else axes[i] = labels.indexOf(label);
  }
  return axes;
}

/** The operands' result type; one numeric dtype shared by all is its own (the usual case). */
function commonDType(all: readonly NDArray[]): DType {
  const d = all[0].dtype;
  if ('biufc'.includes(d.kind) && all.every((a) => a.dtype === d)) return d;
  return resultType(...all);
}

/** An aligned array of dtype `d` with `a`'s values (a itself when it already is one). */
function asCompute(a: NDArray, d: DType): NDArray {
  return a.dtype === d && a.isAligned ? a : (astype(a, d) as NDArray);
}

/** The longest contraction the float GEMM sums in one pass (its K block, kernels/gemm.ts). */
const GEMM_EXACT_K = 384;

/**
 * The 3-d view (g0, g1, g2) of `op` whose three axes each cover the einsum dimensions of one
 * group (`groups`, in order), with `strides` along the einsum dimensions: a direct view where
 * every group has at most one dimension (a matrix product's usual case), else a reshape of
 * the grouped view (a copy where its dimensions do not merge).
 */
function grouped3d(
  op: NDArray,
  strides: readonly number[],
  shape: readonly number[],
  groups: readonly (readonly number[])[],
): NDArray {
  if (groups.every((g) => g.length <= 1)) {
    return op.viewWith(
      groups.map((g) => (g.length === 0 ? 1 : shape[g[0]!]!)),
      groups.map((g) => (g.length === 0 ? 0 : strides[g[0]!]!)),
      op.offset,
    );
  }
  const dims = groups.flat();
  const v = op.viewWith(
    dims.map((x) => shape[x]!),
    dims.map((x) => strides[x]!),
    op.offset,
  );
  return reshape(
    v,
    groups.map((g) => shapeSize(g.map((x) => shape[x]!))),
  );
}

/**
 * A two-operand contraction as (batch, M, K) @ (batch, K, N) through matmul's kernel, or
 * null when nothing is contracted. Labels only one side has and the output lacks are summed first.
 * Float sums only take this route where the GEMM adds in NumPy's order: NumPy's fastest
 * dimension moves the output (so every element is out = a * b + out, one contracted index
 * after the other), one contracted label, shorter than the GEMM's K block (one pass, plain
 * multiply then add in the dtype), no private labels and no flipped dimension.
 */
function viaMatmul(
  ops0: readonly NDArray[],
  axes: readonly (readonly number[])[],
  opStrides0: readonly (readonly number[])[],
  r: NDArray | null,
  d: DType,
  outStrides: readonly number[],
  shape: readonly number[],
  nOut: number,
  flip: boolean,
  forced: 'C' | 'F' | null,
): NDArray | null {
  const float = d.kind === 'f' || d.kind === 'c';
  // a result still to be allocated starts at byte 0 of its own buffer
  const rOffset = r === null ? 0 : r.offset;
  if (float) {
    if (d !== float32 && d !== float64) return null;
    const plan = planIteration(
      [...opStrides0, outStrides],
      [...ops0.map((o) => o.offset), rOffset],
      shape,
      flip,
      forced,
    );
    if (plan.dims.length === 0 || plan.strides[2][0] === 0) return null;
    if (plan.offsets.some((x, k) => x !== (k < 2 ? ops0[k].offset : rOffset))) return null;
  }
  const ops = ops0.map((a) => asCompute(a, d));
  const opStrides = ops.map((a, k) =>
    a === ops0[k]
      ? opStrides0[k]
      : axes[k].map((ax, i) =>
          ax < 0 || a.dims[ax] !== shape[i] || shape[i] === 1 ? 0 : a.steps[ax],
        ),
  );
  const has = (k: number, d: number) => opStrides[k][d] !== 0 || false;
  const batch: number[] = [];
  const aKeep: number[] = [];
  const bKeep: number[] = [];
  const con: number[] = [];
  const aSum: number[] = [];
  const bSum: number[] = [];
  for (let d = 0; d < shape.length; d++) {
    if (shape[d] === 1) continue;
    const inA = has(0, d);
    const inB = has(1, d);
    const isOut = d < nOut;
    if (inA && inB) (isOut ? batch : con).push(d);
    else if (inA) (isOut ? aKeep : aSum).push(d);
    else if (inB) (isOut ? bKeep : bSum).push(d);
    else return null; // a stride-0 operand axis (broadcast view): the loop handles it
  }
  // only true matrix products gain from the GEMM; batched dots and matrix-vector products
  // run faster in the loop than as many degenerate (1 x k x 1) GEMM calls
  const size = (ds: number[]) => shapeSize(ds.map((x) => shape[x]));
  if (con.length === 0 || size(aKeep) < 2 || size(bKeep) < 2) return null;
  if (float && (con.length > 1 || size(con) > GEMM_EXACT_K || aSum.length || bSum.length)) {
    return null;
  }
  const prep = (k: number, sums: number[], groups: number[][]): NDArray => {
    const op = ops[k];
    if (sums.length === 0) return grouped3d(op, opStrides[k], shape, groups);
    const dims = groups.flat();
    const dimShape = dims.map((x) => shape[x]);
    // sum the private labels first (NumPy's bmm_einsum does the same with a one-operand einsum)
    const t = NDArray.zeros(dimShape, d);
    const ts = new Array<number>(shape.length).fill(0);
    let acc = d.itemsize;
    for (let i = dims.length - 1; i >= 0; i--) {
      ts[dims[i]] = acc;
      acc *= shape[dims[i]];
    }
    runLoop(
      [op],
      [opStrides[k]],
      t,
      ts,
      shape.map((n, x) => (has(k, x) ? n : 1)),
      false,
    );
    return reshape(t, [size(groups[0]), size(groups[1]), size(groups[2])]);
  };
  const A = prep(0, aSum, [batch, aKeep, con]);
  const B = prep(1, bSum, [batch, con, bKeep]);
  const prod = matmulStacked(A, B, d);
  const dims = [...batch, ...aKeep, ...bKeep];
  const outShape = shape.slice(0, nOut);
  if (r === null) {
    // The product is C-contiguous over `dims`: where that is the layout the result would be
    // allocated with (the usual case), it is the result, without a copy.
    let c = d.itemsize;
    let same = true;
    for (let i = dims.length - 1; i >= 0; i--) {
      if (outStrides[dims[i]] !== c) same = false;
      c *= shape[dims[i]];
    }
    if (same) return new NDArray(prod.buffer, d, outShape, outStrides.slice(0, nOut), prod.offset);
    r = allocate(outShape, d, outStrides.slice(0, nOut));
  }
  assignArray(
    r.viewWith(
      dims.map((x) => shape[x]),
      dims.map((x) => outStrides[x]),
      r.offset,
    ),
    prod.viewWith(
      dims.map((x) => shape[x]),
      cStridesOf(
        dims.map((x) => shape[x]),
        d.itemsize,
      ),
      prod.offset,
    ),
  );
  return r;
}

/**
 * `c_einsum(subscripts, *operands, dtype, order, casting, out)`: the result as an NDArray
 * (0-d possible; `out` itself when given).
 */
export function cEinsum(subscripts: string, operands: readonly NDArray[], o: CoreOptions): NDArray {
  const nop = operands.length;
  const parsed: CParsed = parseSubscriptsCached(
    subscripts,
    operands.map((a) => a.ndim),
  );
  const { opLabels, outLabels, counts } = parsed;
  const nOut = outLabels.length;
  const out = o.out;
  if (out !== null && out.ndim !== nOut) {
    throw new ValueError(
      `out parameter does not have the correct number of dimensions, has ${out.ndim} but should have ${nOut}`,
    );
  }
  if (nop === 1 && out === null) {
    const v = singleOpView(operands[0], opLabels[0], outLabels);
    if (v !== null) return v;
  }
  const ops = operands.map((a, i) => combinedView(a, i, opLabels[i]));
  const iterLabels = outLabels.slice();
  for (let c = parsed.minLabel; c <= parsed.maxLabel; c++) {
    if (counts[c] > 0 && !outLabels.includes(c)) iterLabels.push(c);
  }
  const nIter = iterLabels.length;
  const axes = opLabels.map((labels) => opAxes(labels, iterLabels));
  const outAxes = iterLabels.map((_, i) => (i < nOut ? i : -1));
  // broadcast every operand (the output included) to the iteration shape
  const shape = new Array<number>(nIter).fill(1);
  const all = out === null ? ops : [...ops, out];
  const allAxes = out === null ? axes : [...axes, outAxes];
  for (let k = 0; k < all.length; k++) {
    for (let i = 0; i < nIter; i++) {
      const ax = allAxes[k][i];
      if (ax < 0) continue;
      const n = all[k].dims[ax];
      if (shape[i] === 1) shape[i] = n;
      else if (n !== 1 && n !== shape[i]) {
        const parts = all.map(
          (a, j) =>
            `${iterShapeString(a.dims)}->${iterShapeString(allAxes[j].map((x) => (x >= 0 ? a.dims[x] : -1)))} `,
        );
        throw new ValueError(
          `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join('')}`,
        );
      }
    }
  }
  const outShape = shape.slice(0, nOut);
  const bad = out === null ? -1 : out.dims.findIndex((n, i) => n !== outShape[i]);
  if (bad >= 0) {
    throw new ValueError(
      `output operand requires a reduction along dimension ${bad}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.`,
    );
  }
  // NumPy's iterator: common dtype of all operands (the output too), then casting checks
  const common = o.dtype ?? commonDType(all);
  for (let k = 0; k < nop; k++) {
    if (!canCastDType(ops[k].dtype, common, o.casting)) {
      throw new TypeError(
        `Iterator operand ${k} dtype could not be cast from dtype('${ops[k].dtype}') to dtype('${common}') according to the rule '${o.casting}'`,
      );
    }
  }
  if (out !== null && !canCastDType(common, out.dtype, o.casting)) {
    throw new TypeError(
      `Iterator requested dtype could not be cast from dtype('${common}') to dtype('${out.dtype}'), the operand ${nop} dtype, according to the rule '${o.casting}'`,
    );
  }
  if (common.kind === 'U' || common.kind === 'S') {
    // NumPy fails zero-filling the output (PyArray_AssignZero casts False to it)
    throw new TypeError(
      `Cannot cast scalar from dtype('bool') to dtype('${common.str}') according to the rule 'safe'`,
    );
  }
  if (!'biufc'.includes(common.kind) || common.names !== null) {
    throw new TypeError('invalid data type for einsum');
  }
  // strides of each operand along the iteration dimensions (0 where it is broadcast)
  const opStrides = ops.map((a, k) =>
    axes[k].map((ax, i) => (ax < 0 || a.dims[ax] !== shape[i] || shape[i] === 1 ? 0 : a.steps[ax])),
  );
  // output layout: C, F, or the inputs' memory order
  let perm: number[];
  let order = o.order;
  if (order === 'A')
    order = ops.every((a) => isFContiguous(a.dims, a.steps, a.itemsize)) ? 'F' : 'C';
  if (order === 'C') perm = Array.from({ length: nIter }, (_, i) => nIter - 1 - i);
  else if (order === 'F') perm = Array.from({ length: nIter }, (_, i) => i);
  else perm = bestOrder(nIter, opStrides);
  const outStrides = new Array<number>(nIter).fill(0);
  let acc = common.itemsize;
  for (const d of perm) {
    if (d >= nOut) continue;
    outStrides[d] = acc;
    acc *= shape[d];
  }
  // NumPy sums straight into `out` (zeroed first) when it needs no cast and overlaps no
  // operand; its strides then take part in the iteration order
  const direct =
    out !== null &&
    out.dtype === common &&
    out.isAligned &&
    ops.every((a) => a.buffer !== out.buffer);
  const rStrides = direct
    ? shape.map((n, i) => (i < nOut && n !== 1 ? out.steps[i] : 0))
    : outStrides;
  if (direct) fillArray(out, 0);
  const forced = order === 'K' ? null : order;
  const work = shapeSize(shape) > 0;
  // the matrix-product route allocates its own result (often the product itself)
  const prod =
    nop === 2 && work
      ? viaMatmul(
          ops,
          axes,
          opStrides,
          direct ? out : null,
          common,
          rStrides,
          shape,
          nOut,
          direct,
          forced,
        )
      : null;
  const r = prod ?? (direct ? out : allocate(outShape, common, outStrides.slice(0, nOut)));
  if (prod === null && work) runLoop(ops, opStrides, r, rStrides, shape, direct, forced);
  const res = r;
  if (out !== null) {
    if (!direct) assignArray(out, res);
    return out;
  }
  return res;
}
