/**
 * NumPy's einsum iteration (PyArray_EinsteinSum over NpyIter) for the strided sum-of-products
 * loop: drop length-1 dimensions, order the rest fastest first (order 'K'; 'C' and 'F'
 * force C or Fortran order of the einsum dimensions), flip dimensions
 * every operand walks backwards (only when `out` is given: NumPy never flips while it
 * allocates the output), coalesce dimensions that step together, then call one inner loop
 * per run of the fastest dimension. Which inner loop runs and how long its runs are decide
 * the float sums' bits:
 * - two operands or fewer, 2 or 3 dimensions left and no operand needing a cast: NumPy's
 *   hand-written unbuffered loops, each run the whole fastest dimension;
 * - otherwise its buffered iterator (buffering.ts): runs of at most the buffer size (8192
 *   elements) that stay within one index of the slower dimensions, or, where some operand
 *   cannot be walked with one stride, whole cores gathered into contiguous buffers.
 * An operand of another dtype is cast into a copy laid out in iteration order, as NumPy's
 * buffer holds it (contiguous along the fastest dimension).
 */
import { astype } from '../casting.js';
import { bool, type DType, int64, uint64 } from '../dtype.js';
import type { NDArray } from '../ndarray.js';
import { bestAxisOrder } from '../umath/iterator.js';
import { BUFSIZE, type BufferSetup, bufferSetup } from './buffering.js';
import { type FloatKind, pickFloatLoop, type StrideClass } from './float_loops.js';
import { type Kind, sumOfProducts } from './loops.js';
import { wasmRows } from './wasm_rows.js';

/**
 * NumPy's iterator axis ordering for order='K' (npyiter_find_best_axis_ordering, shared with
 * the ufunc iterator): iteration dimensions fastest first.
 */
export function bestOrder(n: number, strides: readonly (readonly number[])[]): number[] {
  return bestAxisOrder(new Array<number>(n).fill(1), strides).reverse();
}

/** The coalesced iteration: dimension lengths and byte strides/offsets per operand. */
export interface IterPlan {
  dims: number[];
  strides: number[][];
  offsets: number[];
}

/**
 * The iteration NumPy's iterator sets up for operands (the output last) with byte strides
 * `all` along the einsum dimensions `shape` and byte offsets `offsets`.
 */
export function planIteration(
  all: readonly (readonly number[])[],
  offsets: readonly number[],
  shape: readonly number[],
  flip: boolean,
  forced: 'C' | 'F' | null = null,
): IterPlan {
  const nop = all.length;
  const keep: number[] = [];
  for (let d = 0; d < shape.length; d++) if (shape[d] !== 1) keep.push(d);
  // order='C' / 'F' force the iteration order (and then NumPy never flips)
  let order: number[];
  if (forced === 'C') order = keep.reverse();
  else if (forced === 'F') order = keep;
  else {
    const sub = all.map((s) => keep.map((d) => s[d]));
    order = bestOrder(keep.length, sub);
    for (let i = 0; i < order.length; i++) order[i] = keep[order[i]];
  }
  if (forced !== null) flip = false;
  const off = offsets.slice();
  // copies of the strides only where a dimension is flipped
  let st0 = all;
  if (flip) {
    for (const d of order) {
      let neg = false;
      let pos = false;
      for (let k = 0; k < nop; k++) {
        if (st0[k][d] < 0) neg = true;
        else if (st0[k][d] > 0) pos = true;
      }
      if (neg && !pos) {
        if (st0 === all) st0 = all.map((s) => s.slice());
        for (let k = 0; k < nop; k++) {
          const s = st0[k] as number[];
          off[k] += s[d] * (shape[d] - 1);
          s[d] = -s[d];
        }
      }
    }
  }
  const dims: number[] = [];
  const strides: number[][] = [];
  for (let k = 0; k < nop; k++) strides.push([]);
  for (const d of order) {
    const last = dims.length - 1;
    if (last >= 0) {
      let merge = true;
      for (let k = 0; k < nop && merge; k++) merge = st0[k][d] === strides[k][last] * dims[last];
      if (merge) {
        dims[last] *= shape[d];
        continue;
      }
    }
    dims.push(shape[d]);
    for (let k = 0; k < nop; k++) strides[k].push(st0[k][d]);
  }
  return { dims, strides, offsets: off };
}

function floatKind(d: DType): FloatKind | null {
  if (d.kind === 'c') return d.itemsize === 8 ? 'c64' : 'c128';
  if (d.kind !== 'f') return null;
  return d.itemsize === 2 ? 'f16' : d.itemsize === 4 ? 'f32' : 'f64';
}

/**
 * `op` (any dtype) cast to `cd` in a copy ordered like the iteration (fastest dimension
 * contiguous); broadcast dimensions (stride 0) stay stride 0. Returns the copy, its start
 * and strides in storage units.
 */
function castCopy(
  op: NDArray,
  cd: DType,
  plan: IterPlan,
  k: number,
): { a: NDArray; start: number; st: number[] } {
  const { dims } = plan;
  const s = plan.strides[k];
  const rev = dims.map((_, i) => dims.length - 1 - i);
  const view = op.viewWith(
    rev.map((i) => (s[i] === 0 ? 1 : dims[i])),
    rev.map((i) => s[i]),
    plan.offsets[k],
  );
  const a = astype(view, cd, { order: 'C' }) as NDArray;
  const unit = cd.storageBytes;
  const st = dims.map((_, i) => (s[i] === 0 ? 0 : a.steps[dims.length - 1 - i] / unit));
  return { a, start: a.offset / unit, st };
}

/**
 * Sum the products of `ops` (any dtypes, cast to `r`'s dtype as needed) into `r`, with byte
 * strides `opStrides` / `outStrides` along the einsum dimensions `shape`.
 */
export function runLoop(
  ops: readonly NDArray[],
  opStrides: readonly (readonly number[])[],
  r: NDArray,
  outStrides: readonly number[],
  shape: readonly number[],
  flip: boolean,
  forced: 'C' | 'F' | null = null,
): void {
  const cd = r.dtype;
  const unit = cd.storageBytes;
  const nop = ops.length;
  const plan = planIteration(
    [...opStrides, outStrides],
    [...ops.map((o) => o.offset), r.offset],
    shape,
    flip,
    forced,
  );
  const { dims } = plan;
  let buffered = false;
  const datas: any[] = [];
  const starts: number[] = [];
  const steps: number[][] = [];
  for (let k = 0; k < nop; k++) {
    const op = ops[k];
    if (op.dtype === cd && op.isAligned) {
      datas.push(op.data);
      starts.push(plan.offsets[k] / unit);
      steps.push(plan.strides[k].map((x) => x / unit));
    } else {
      // NumPy casts a 0-d operand up front (a copy, no buffering)
      if (op.ndim > 0) buffered = true;
      const c = castCopy(op, cd, plan, k);
      datas.push(c.a.data);
      starts.push(c.start);
      steps.push(c.st);
    }
  }
  datas.push(r.data);
  starts.push(plan.offsets[nop] / unit);
  steps.push(plan.strides[nop].map((x) => x / unit));
  const fk = floatKind(cd);
  if (fk === null) {
    const kind: Kind = cd === bool ? 'bool' : cd === int64 || cd === uint64 ? 'big' : 'int';
    sumOfProducts(kind, datas, starts, dims, steps);
    return;
  }
  for (const n of dims) if (n === 0) return;
  const lanes = fk === 'c64' || fk === 'c128' ? 2 : 1;
  const D = dims.length;
  const n0 = D === 0 ? 1 : dims[0];
  const hand = !buffered && nop <= 2 && (D === 2 || D === 3);
  const cast = [...ops.map((o) => o.ndim > 0 && !(o.dtype === cd && o.isAligned)), false];
  const setup = hand ? null : bufferSetup(dims, plan.strides, cast);
  if (setup?.buffered.some((b) => b)) {
    bufferedRun(fk, lanes, datas, starts, dims, steps, setup);
    return;
  }
  const s0 = steps.map((s) => (D === 0 ? 0 : s[0]));
  const cls = s0.map((x): StrideClass => (x === 0 ? 0 : x === lanes ? 1 : 2));
  const loop = pickFloatLoop(fk, nop, cls);
  // NumPy's hand-written loops run whole rows; its buffered iterator at most BUFSIZE
  const run = hand ? n0 : Math.min(n0, BUFSIZE);
  if (run === n0 && nop === 2 && wasmRowLoop(fk, cls, datas, starts, dims, steps)) return;
  const ptr = starts.slice();
  const p = starts.slice();
  let outer = 1;
  for (let d = 1; d < D; d++) outer *= dims[d];
  const idx = new Array<number>(D).fill(0);
  for (let t = 0; t < outer; t++) {
    if (run === n0) loop(datas, ptr, s0, n0);
    else {
      for (let k = 0; k <= nop; k++) p[k] = ptr[k];
      for (let i = 0; i < n0; i += run) {
        const n = Math.min(run, n0 - i);
        loop(datas, p, s0, n);
        for (let k = 0; k <= nop; k++) p[k] += s0[k] * n;
      }
    }
    for (let d = 1; d < D; d++) {
      if (++idx[d] < dims[d]) {
        for (let k = 0; k <= nop; k++) ptr[k] += steps[k][d];
        break;
      }
      idx[d] = 0;
      for (let k = 0; k <= nop; k++) ptr[k] -= steps[k][d] * (dims[d] - 1);
    }
  }
}

/**
 * The wasm row kernels for whole rows of two operands: the float32 dot (code 6: both
 * contiguous, output fixed) and the float32 / float64 muladd (one operand fixed along the
 * row, the other and the output contiguous; a * b = b * a, so the fixed one goes first).
 */
function wasmRowLoop(
  fk: FloatKind,
  cls: readonly StrideClass[],
  datas: readonly any[],
  starts: readonly number[],
  dims: readonly number[],
  steps: readonly (readonly number[])[],
): boolean {
  const code = cls[0] * 4 + cls[1] * 2 + cls[2];
  if (cls.some((c) => c === 2)) return false;
  if (fk === 'f32' && code === 6) return wasmRows('einsum_dot_f32', datas, starts, dims, steps);
  if ((fk !== 'f32' && fk !== 'f64') || (code !== 3 && code !== 5)) return false;
  const name = fk === 'f32' ? 'einsum_muladd_f32' : 'einsum_muladd_f64';
  if (code === 3) return wasmRows(name, datas, starts, dims, steps);
  const sw = [1, 0, 2];
  return wasmRows(
    name,
    sw.map((k) => datas[k]),
    sw.map((k) => starts[k]),
    dims,
    sw.map((k) => steps[k]),
  );
}

/**
 * Copy (`back` false) the `n` elements from flat index f0 of the first `span` dimensions,
 * starting at `base` with strides `st`, to `buf`, or write `buf` back (`back` true).
 */
function transfer(
  data: any,
  base: number,
  st: readonly number[],
  dims: readonly number[],
  span: number,
  f0: number,
  n: number,
  buf: any,
  lanes: number,
  back: boolean,
): void {
  const idx = new Array<number>(span).fill(0);
  let pos = base;
  let f = f0;
  for (let i = 0; i < span; i++) {
    idx[i] = f % dims[i];
    f = Math.floor(f / dims[i]);
    pos += idx[i] * st[i];
  }
  for (let e = 0; e < n; e++) {
    for (let l = 0; l < lanes; l++) {
      if (back) data[pos + l] = buf[e * lanes + l];
      else buf[e * lanes + l] = data[pos + l];
    }
    for (let i = 0; i < span; i++) {
      pos += st[i];
      if (++idx[i] < dims[i]) break;
      pos -= st[i] * dims[i];
      idx[i] = 0;
    }
  }
}

/** The buffered iteration (see buffering.ts): calls over cores or chunks, some operands copied. */
function bufferedRun(
  fk: FloatKind,
  lanes: number,
  datas: readonly any[],
  starts: readonly number[],
  dims: readonly number[],
  steps: readonly (readonly number[])[],
  setup: BufferSetup,
): void {
  const nop = datas.length - 1;
  const D = dims.length;
  const { reduce, bestDim, coresize, buffered, zero } = setup;
  const span = reduce ? bestDim : Math.min(bestDim + 1, D);
  let region = 1;
  for (let i = 0; i < span; i++) region *= dims[i];
  const chunk = reduce
    ? region
    : bestDim === 0
      ? BUFSIZE
      : Math.floor(BUFSIZE / coresize) * coresize;
  const size = Math.min(chunk, region);
  const cls = datas.map((_, k): StrideClass => {
    if (buffered[k]) return zero[k] ? 0 : 1;
    const x = D === 0 ? 0 : steps[k][0];
    return x === 0 ? 0 : x === lanes ? 1 : 2;
  });
  const loop = pickFloatLoop(fk, nop, cls);
  const bufs = datas.map((d, k) => (buffered[k] ? new d.constructor(size * lanes) : null));
  const cur = datas.map((d, k) => bufs[k] ?? d);
  const p = new Array<number>(nop + 1).fill(0);
  const s = cls.map((c, k) => (buffered[k] ? (c === 0 ? 0 : lanes) : D === 0 ? 0 : steps[k][0]));
  const base = starts.slice();
  let outer = 1;
  for (let i = span; i < D; i++) outer *= dims[i];
  const idx = new Array<number>(D).fill(0);
  for (let t = 0; t < outer; t++) {
    for (let f0 = 0; f0 < region; f0 += chunk) {
      const n = Math.min(chunk, region - f0);
      for (let k = 0; k <= nop; k++) {
        if (bufs[k] === null) p[k] = base[k] + f0 * s[k];
        else {
          transfer(
            datas[k],
            base[k],
            steps[k],
            dims,
            span,
            f0,
            zero[k] ? 1 : n,
            bufs[k],
            lanes,
            false,
          );
          p[k] = 0;
        }
      }
      loop(cur, p, s, n);
      if (bufs[nop] !== null) {
        transfer(
          datas[nop],
          base[nop],
          steps[nop],
          dims,
          span,
          f0,
          zero[nop] ? 1 : n,
          bufs[nop],
          lanes,
          true,
        );
      }
    }
    for (let i = span; i < D; i++) {
      if (++idx[i] < dims[i]) {
        for (let k = 0; k <= nop; k++) base[k] += steps[k][i];
        break;
      }
      idx[i] = 0;
      for (let k = 0; k <= nop; k++) base[k] -= steps[k][i] * (dims[i] - 1);
    }
  }
}
