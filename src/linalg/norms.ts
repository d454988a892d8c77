/**
 * `np.linalg.norm`, `vector_norm`, `matrix_norm`: NumPy's sequence of ufunc reductions
 * (so dtypes, summation order and empty-input rules are NumPy's); the spectral and nuclear
 * matrix norms take the singular values from `svdvals`.
 */
import { astype } from '../_core/casting.js';
import { float64 } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { amax, amin, sum } from '../_core/fromnumeric.js';
import { dot, selfDot } from '../_core/linalg_products/products.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { normalizeAxis, normalizeAxisTuple } from '../_core/shape/args.js';
import { moveaxis, ravel, reshape, transpose } from '../_core/shape.js';
import {
  absolute,
  add,
  conjugate,
  multiply,
  not_equal,
  power,
  reciprocal,
  sqrt,
} from '../_core/umath/defs/index.js';
import { asLinalgArray } from './_util.js';
import { svdvals } from './svd.js';

type Ord = number | string | null;
type Axis = number | readonly number[] | null;

/** sum(|x|^2) over `axis` as NumPy writes it: ((x.conj() * x).real). */
function sumSquares(x: NDArray, axis: number | number[], keepdims: boolean): NDArray {
  const s = x.dtype.kind === 'c' ? multiply(conjugate(x), x).real : multiply(x, x);
  return add.reduce(s, { axis, keepdims }) as NDArray;
}

/** `_multi_svd_norm`: reduce the singular values of the (row, col) matrices with `op`. */
function svdNorm(x: NDArray, row: number, col: number, op: 'max' | 'min' | 'sum'): NDArray {
  const y = moveaxis(x, [row, col], [-2, -1]);
  const s = svdvals(y);
  if (op === 'max') return amax(s, { axis: -1, initial: 0 });
  if (op === 'min') return amin(s, { axis: -1 });
  return sum(s, { axis: -1, initial: 0 });
}

function isNum(ord: Ord, v: number): boolean {
  return typeof ord === 'number' && ord === v;
}

/** The norm with NDArray results; `axes` already a list. */
function normCore(x: NDArray, ord: Ord, axisArg: Axis, keepdims: boolean): NDArray {
  const nd = x.ndim;
  if (axisArg === null) {
    if (
      ord === null ||
      ((ord === 'f' || ord === 'fro') && nd === 2) ||
      (isNum(ord, 2) && nd === 1)
    ) {
      const flat = ravel(x, 'K');
      const n = flat.size;
      // sqrt(x . x) with the product kept in the array's dtype: NumPy's 1-D x.dot(x), the
      // dot kernel for float64/float32, a (1, n) @ (n, 1) product for float16
      const sqr = (v: NDArray) =>
        selfDot(v) ?? (dot(reshape(v, [1, n]), reshape(v, [n, 1])) as NDArray);
      let sq: NDArray;
      if (x.dtype.kind === 'c') sq = add(sqr(flat.real), sqr(flat.imag)) as NDArray;
      else sq = sqr(flat);
      const ret = sqrt(sq) as NDArray;
      return reshape(ret, keepdims ? new Array(nd).fill(1) : []);
    }
  }
  let axes: number[];
  if (axisArg === null) axes = Array.from({ length: nd }, (_, i) => i);
  else if (Array.isArray(axisArg)) axes = [...axisArg];
  else if (typeof axisArg === 'number' && Number.isInteger(axisArg)) axes = [axisArg];
  else throw new TypeError("'axis' must be None, an integer or a tuple of integers");
  if (axes.length === 1) {
    const axis = axes[0];
    if (isNum(ord, Infinity)) return amax(absolute(x), { axis, keepdims, initial: 0 });
    if (isNum(ord, -Infinity)) return amin(absolute(x), { axis, keepdims });
    if (isNum(ord, 0)) {
      const nz = astype(not_equal(x, 0) as NDArray, x.real.dtype);
      return sum(nz, { axis, keepdims });
    }
    if (isNum(ord, 1)) return add.reduce(absolute(x), { axis, keepdims }) as NDArray;
    if (ord === null || isNum(ord, 2)) return sqrt(sumSquares(x, axis, keepdims)) as NDArray;
    if (typeof ord === 'string') throw new ValueError(`Invalid norm order '${ord}' for vectors`);
    const absx = absolute(x) as NDArray;
    power(absx, ord, { out: absx });
    const ret = add.reduce(absx, { axis, keepdims }) as NDArray;
    const rec = reciprocal(astype(asLinalgArray(ord), ret.dtype)) as NDArray;
    power(ret, rec, { out: ret });
    return ret;
  }
  if (axes.length === 2) {
    let row = normalizeAxis(axes[0], nd);
    let col = normalizeAxis(axes[1], nd);
    if (row === col) throw new ValueError('Duplicate axes given.');
    let ret: NDArray;
    const abs = () => absolute(x) as NDArray;
    if (isNum(ord, 2)) ret = svdNorm(x, row, col, 'max');
    else if (isNum(ord, -2)) ret = svdNorm(x, row, col, 'min');
    else if (isNum(ord, 1)) {
      if (col > row) col -= 1;
      ret = amax(add.reduce(abs(), { axis: row }), { axis: col, initial: 0 });
    } else if (isNum(ord, Infinity)) {
      if (row > col) row -= 1;
      ret = amax(add.reduce(abs(), { axis: col }), { axis: row, initial: 0 });
    } else if (isNum(ord, -1)) {
      if (col > row) col -= 1;
      ret = amin(add.reduce(abs(), { axis: row }), { axis: col });
    } else if (isNum(ord, -Infinity)) {
      if (row > col) row -= 1;
      ret = amin(add.reduce(abs(), { axis: col }), { axis: row });
    } else if (ord === null || ord === 'fro' || ord === 'f') {
      ret = sqrt(sumSquares(x, axes, false)) as NDArray;
    } else if (ord === 'nuc') ret = svdNorm(x, row, col, 'sum');
    else throw new ValueError('Invalid norm order for matrices.');
    if (keepdims) {
      const shape = x.dims.slice();
      shape[normalizeAxis(axes[0], nd)] = 1;
      shape[normalizeAxis(axes[1], nd)] = 1;
      ret = reshape(ret, shape);
    }
    return ret;
  }
  throw new ValueError('Improper number of dimensions to norm.');
}

/** Non-inexact input is taken as float64, as NumPy's norm does. */
function normInput(x: unknown): NDArray {
  const a = asLinalgArray(x as ArrayLike);
  return a.dtype.kind === 'f' || a.dtype.kind === 'c' ? a : astype(a, float64);
}

/** A 0-d result is a JS value unless the caller asked for axes or keepdims (API.md §3). */
function finish(r: NDArray, asArray: boolean): any {
  return !asArray && r.ndim === 0 ? r.item() : r;
}

/**
 * `np.linalg.norm(x, ord=None, axis=None, keepdims=False)`: vector norms (any real `ord`,
 * ±inf, 0) over one axis, matrix norms ('fro', 'nuc', ±1, ±2, ±inf) over two.
 * @example np.linalg.norm([3, 4]) // 5
 */
export function norm(
  x: ArrayLike | NDArray,
  ord?: Ord | object,
  axis?: Axis | object,
  keepdims?: boolean | object,
  opts?: { ord?: Ord; axis?: Axis; keepdims?: boolean },
): any {
  const o = bindArgs('norm', ['x', 'ord', 'axis', 'keepdims'], [x, ord, axis, keepdims, opts]);
  missingPositional('norm', o, ['x']);
  const X = normInput(o.x);
  const ax = (o.axis ?? null) as Axis;
  const kd = Boolean(o.keepdims ?? false);
  return finish(normCore(X, (o.ord ?? null) as Ord, ax, kd), ax !== null || kd);
}

/**
 * `np.linalg.matrix_norm(x, /, *, keepdims=False, ord='fro')`: the norm of the matrices in
 * the last two axes.
 * @example np.linalg.matrix_norm([[1, 2], [3, 4]], {ord: 1}) // 6
 */
export function matrix_norm(
  x: ArrayLike | NDArray,
  opts: { keepdims?: boolean; ord?: Ord } = {},
): any {
  const o = bindArgs('matrix_norm', ['x'], [x, opts], ['keepdims', 'ord']);
  missingPositional('matrix_norm', o, ['x']);
  const X = normInput(o.x);
  const kd = Boolean(o.keepdims ?? false);
  const ord = (o.ord === undefined ? 'fro' : o.ord) as Ord;
  return finish(normCore(X, ord, [-2, -1], kd), X.ndim > 2 || kd);
}

/**
 * `np.linalg.vector_norm(x, /, *, axis=None, keepdims=False, ord=2)`: the vector norm over
 * `axis` (all axes, flattened, when None; several axes are flattened together).
 * @example np.linalg.vector_norm([[1, 2], [2, 4]], {ord: 1}) // 9
 */
export function vector_norm(
  x: ArrayLike | NDArray,
  opts: { axis?: Axis; keepdims?: boolean; ord?: Ord } = {},
): any {
  const o = bindArgs('vector_norm', ['x'], [x, opts], ['axis', 'keepdims', 'ord']);
  missingPositional('vector_norm', o, ['x']);
  let X = normInput(o.x);
  const shape = X.dims.slice();
  const axis = (o.axis ?? null) as Axis;
  const kd = Boolean(o.keepdims ?? false);
  const ord = (o.ord === undefined ? 2 : o.ord) as Ord;
  let ax: number;
  if (axis === null) {
    X = ravel(X);
    ax = 0;
  } else if (Array.isArray(axis)) {
    const norm_ = normalizeAxisTuple(axis, X.ndim);
    const rest = Array.from({ length: X.ndim }, (_, i) => i).filter((i) => !norm_.includes(i));
    const lead = norm_.reduce((p, i) => p * X.dims[i], 1);
    X = reshape(transpose(X, [...norm_, ...rest]), [lead, ...rest.map((i) => X.dims[i])]);
    ax = 0;
  } else ax = axis as number;
  let res = normCore(X, ord, ax, false);
  if (kd) {
    const axes =
      axis === null
        ? shape.map((_, i) => i)
        : normalizeAxisTuple(Array.isArray(axis) ? axis : [axis], shape.length);
    for (const i of axes) shape[i] = 1;
    res = reshape(res, shape);
  }
  return finish(res, axis !== null || kd);
}
