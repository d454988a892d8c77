/**
 * numpy/lib/_index_tricks_impl.py (and the C helpers it exposes): ix_,
 * unravel_index, ravel_multi_index, diag_indices(_from) and fill_diagonal.
 * Index arrays are int64; where NumPy returns scalars (0-d results) numtype
 * returns JS numbers.
 */
import { int64 } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { Slice } from '../_core/indexing/slice.js';
import { doubles } from '../_core/item_selection/indices.js';
import { nonzeroOf } from '../_core/item_selection/nonzero.js';
import { scalarOr } from '../_core/item_selection/take.js';
import { elementOffsets, shapeSize } from '../_core/iter.js';
import { bindArgs, missingPositional, toIndex } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { arange } from '../_core/multiarray/creation.js';
import { likeStrides } from '../_core/multiarray/layout.js';
import { NDArray } from '../_core/ndarray.js';
import { broadcastShapesOrNull } from '../_core/umath/iterator.js';

/** `np.ix_(*args)`: open-mesh index arrays from 1-d sequences (bool ones become their nonzero). */
export function ix_(...args: unknown[]): NDArray[] {
  const nd = args.length;
  return args.map((x, k) => {
    let a = toArray(x);
    if (!(x instanceof NDArray) && a.size === 0) a = a.astype(int64);
    if (a.ndim !== 1) throw new ValueError('Cross index must be 1 dimensional');
    if (a.dtype.kind === 'b') a = nonzeroOf(a)[0]!;
    const shape = new Array<number>(nd).fill(1);
    shape[k] = a.size;
    return a.reshape(shape);
  });
}

/** A dims argument: an int or a sequence of ints. */
function dimsOf(dims: unknown): number[] {
  if (dims instanceof NDArray) return (dims.tolist() as unknown[]).map(toIndex);
  return Array.isArray(dims) ? dims.map(toIndex) : [toIndex(dims)];
}

function orderOf(order: unknown): 'C' | 'F' {
  if (order === undefined || order === null || order === 'C' || order === 'c') return 'C';
  if (order === 'F' || order === 'f') return 'F';
  if (order === 'A' || order === 'K' || order === 'a' || order === 'k')
    throw new ValueError("only 'C' or 'F' order is permitted");
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
}

/** Integer index values, with NumPy's "only int indices permitted". */
function intValues(x: unknown): { shape: number[]; data: Float64Array } {
  const a = toArray(x);
  if (!a.dtype.isInteger) {
    if (!(x instanceof NDArray) && a.size === 0) {
      throw new TypeError(
        "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
      );
    }
    throw new TypeError('only int indices permitted');
  }
  return { shape: a.shape, data: doubles(a) };
}

/** Axis visiting order for C (last axis fastest) or F (first axis fastest). */
function axesFastestFirst(nd: number, order: 'C' | 'F'): number[] {
  const axes = Array.from({ length: nd }, (_, i) => i);
  return order === 'C' ? axes.reverse() : axes;
}

function int64Array(shape: readonly number[], values: Float64Array): NDArray {
  const out = NDArray.zeros(shape, int64);
  const w = new Int32Array(out.buffer as ArrayBuffer);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    w[2 * k] = v | 0;
    w[2 * k + 1] = Math.floor(v / 4294967296);
  }
  return out;
}

/** `np.unravel_index(indices, shape, order='C')`: flat indices to one coordinate array per axis. */
export function unravel_index(
  indices: unknown,
  shape?: number | readonly number[],
  order?: 'C' | 'F' | { order?: 'C' | 'F' },
  opts?: { order?: 'C' | 'F' },
): any[];
export function unravel_index(...args: unknown[]): any[] {
  const o = bindArgs('unravel_index', ['indices', 'shape', 'order'], args);
  missingPositional('unravel_index', o, ['indices', 'shape']);
  const dims = dimsOf(o.shape);
  const ord = orderOf(o.order);
  const idxArr = toArray(o.indices);
  const { shape, data } = intValues(o.indices);
  const size = dims.reduce((p, d) => p * d, 1);
  const nd = dims.length;
  // NumPy fills one (...indices.shape, ndim) array and hands out its last-axis slices.
  const coords = new Float64Array(data.length * nd);
  const axes = axesFastestFirst(nd, ord);
  for (let k = 0; k < data.length; k++) {
    let v = data[k]!;
    if (v < 0 || v >= size)
      throw new ValueError(`index ${v} is out of bounds for array with size ${size}`);
    for (const ax of axes) {
      const d = dims[ax]!;
      coords[k * nd + ax] = v % d;
      v = Math.floor(v / d);
    }
  }
  // The index axes keep the input's memory order (NumPy allocates like it, order K).
  const st = likeStrides(idxArr, shape, 'K', 8 * nd);
  const all = NDArray.empty([data.length * nd], int64);
  const w = new Int32Array(all.buffer as ArrayBuffer);
  const offs = elementOffsets(shape, st, 0);
  for (let k = 0; k < data.length; k++) {
    for (let ax = 0; ax < nd; ax++) {
      const at = (offs[k]! + 8 * ax) / 4;
      w[at] = coords[k * nd + ax]!;
      w[at + 1] = 0;
    }
  }
  return dims.map((_, ax) => scalarOr(all.viewWith(shape, st, 8 * ax)));
}

/** `np.ravel_multi_index(multi_index, dims, mode='raise', order='C')`: coordinate arrays to flat indices. */
export function ravel_multi_index(
  multi_index: unknown,
  dims?: number | readonly number[],
  mode?: string | readonly string[] | { mode?: string | readonly string[]; order?: 'C' | 'F' },
  order?: 'C' | 'F' | { order?: 'C' | 'F' },
  opts?: { mode?: string | readonly string[]; order?: 'C' | 'F' },
): any;
export function ravel_multi_index(...args: unknown[]): any {
  const o = bindArgs('ravel_multi_index', ['multi_index', 'dims', 'mode', 'order'], args);
  missingPositional('ravel_multi_index', o, ['multi_index', 'dims']);
  const dims = dimsOf(o.dims);
  const nd = dims.length;
  const coords: unknown[] =
    o.multi_index instanceof NDArray ? [...o.multi_index] : (o.multi_index as unknown[]);
  if (!Array.isArray(coords) || coords.length !== nd) {
    throw new ValueError(`parameter multi_index must be a sequence of length ${nd}`);
  }
  const modes = clipModes(o.mode ?? 'raise', nd);
  const ord = orderOf(o.order);
  const arrs = coords.map(intValues);
  const shape = broadcastShapesOrNull(arrs.map((a) => a.shape));
  if (shape === null) {
    const c = (t: readonly number[]) => (t.length === 1 ? `(${t[0]},)` : `(${t.join(',')})`);
    throw new ValueError(
      `operands could not be broadcast together with shapes ${arrs.map((a) => c(a.shape)).join(' ')} `,
    );
  }
  const n = shapeSize(shape);
  // Element strides of each flat-index component, in the requested order.
  const mult = new Array<number>(nd);
  let m = 1;
  for (const ax of axesFastestFirst(nd, ord)) {
    mult[ax] = m;
    m *= dims[ax]!;
  }
  const out = new Float64Array(n);
  arrs.forEach((c, ax) => {
    const d = dims[ax]!;
    const read = broadcastReader(c.shape, shape);
    for (let k = 0; k < n; k++) {
      let v = c.data[read(k)]!;
      if (v < 0 || v >= d) {
        if (modes[ax] === 'raise') throw new ValueError('invalid entry in coordinates array');
        if (modes[ax] === 'wrap') {
          v %= d;
          if (v < 0) v += d;
        } else v = v < 0 ? 0 : d - 1;
      }
      out[k]! += v * mult[ax]!;
    }
  });
  return scalarOr(int64Array(shape, out));
}

/** Element k of a broadcast result reads element read(k) of an array of shape `from`. */
function broadcastReader(from: readonly number[], to: readonly number[]): (k: number) => number {
  if (from.length === to.length && from.every((d, i) => d === to[i])) return (k) => k;
  const off = to.length - from.length;
  return (k) => {
    let src = 0;
    let mul = 1;
    for (let i = to.length - 1; i >= 0; i--) {
      const t = to[i]!;
      const idx = k % t;
      k = Math.floor(k / t);
      if (i >= off) {
        const f = from[i - off]!;
        if (f !== 1) src += idx * mul;
        mul *= f;
      }
    }
    return src;
  };
}

function clipModes(mode: unknown, nd: number): string[] {
  const one = (m: unknown): string => {
    if (m === 'raise' || m === 'wrap' || m === 'clip') return m;
    throw new ValueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${String(m)}')`);
  };
  if (Array.isArray(mode)) {
    if (mode.length !== nd)
      throw new ValueError(`list of clipmodes has wrong length (${mode.length} instead of ${nd})`);
    return mode.map(one);
  }
  return new Array(nd).fill(one(mode));
}

/** `np.diag_indices(n, ndim=2)`: the indices of the main diagonal of an (n, …, n) array. */
export function diag_indices(
  n: number,
  ndim?: number | { ndim?: number },
  opts?: { ndim?: number },
): NDArray<'int64'>[];
export function diag_indices(...args: unknown[]): NDArray[] {
  const o = bindArgs('diag_indices', ['n', 'ndim'], args);
  missingPositional('diag_indices', o, ['n']);
  const idx = arange(toIndex(o.n));
  return new Array(o.ndim === undefined ? 2 : toIndex(o.ndim)).fill(idx);
}

function equalDims(shape: readonly number[]): boolean {
  return shape.every((d) => d === shape[0]);
}

/** `np.diag_indices_from(arr)`: diag_indices for an array with all dimensions equal. */
export function diag_indices_from(arr: unknown): NDArray<'int64'>[] {
  const a = toArray(arr);
  if (a.ndim < 2) throw new ValueError('input array must be at least 2-d');
  if (!equalDims(a.dims)) throw new ValueError('All dimensions of input must be of equal length');
  return diag_indices(a.dims[0]!, a.ndim);
}

/**
 * `np.fill_diagonal(a, val, wrap=False)`: write `val` (cycled) on the main diagonal, in
 * place. For tall 2-d arrays `wrap` continues the diagonal below the first block.
 */
export function fill_diagonal(
  a: NDArray,
  val?: unknown,
  wrap?: boolean | { wrap?: boolean },
  opts?: { wrap?: boolean },
): void;
export function fill_diagonal(...args: unknown[]): void {
  const o = bindArgs('fill_diagonal', ['a', 'val', 'wrap'], args);
  missingPositional('fill_diagonal', o, ['a', 'val']);
  const a = o.a as NDArray;
  if (a.ndim < 2) throw new ValueError('array must be at least 2-d');
  let end: number | null = null;
  let step: number;
  if (a.ndim === 2) {
    step = a.dims[1]! + 1;
    if (!o.wrap) end = a.dims[1]! * a.dims[1]!;
  } else {
    if (!equalDims(a.dims)) throw new ValueError('All dimensions of input must be of equal length');
    step = 1;
    let p = 1;
    for (const d of a.dims.slice(0, -1)) step += p *= d;
  }
  a.flat.set(new Slice(null, end, step), o.val);
}
