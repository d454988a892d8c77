/**
 * `np.diagonal` / `a.diagonal` (a read-only view, as NumPy's since 1.9) and
 * `np.trace` / `a.trace` (the sum of that view along its last axis).
 */
import type { DTypeKey, DTypeLike } from '../dtype.js';
import { toJS } from '../elements.js';
import { ValueError } from '../errors.js';
import { bindArgs, missingPositional, toIndex } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import type { NDArray } from '../ndarray.js';
import { normalizeAxis } from '../shape/args.js';
import { add } from '../umath/defs/index.js';
import { reduceArray } from '../umath/reduce.js';

export interface DiagonalOptions {
  offset?: number;
  axis1?: number;
  axis2?: number;
}

/** The shared body of `np.diagonal` and `a.diagonal`: the view NumPy's PyArray_Diagonal makes. */
export function diagonalImpl<K extends DTypeKey>(
  a: NDArray<K>,
  args: Record<string, unknown>,
): NDArray<K> {
  let offset = args.offset === undefined ? 0 : toIndex(args.offset);
  const nd = a.ndim;
  if (nd < 2) throw new ValueError('diag requires an array of at least two dimensions');
  const ax1 = normalizeAxis(args.axis1 ?? 0, nd, 'axis1');
  const ax2 = normalizeAxis(args.axis2 ?? 1, nd, 'axis2');
  if (ax1 === ax2) throw new ValueError('axis1 and axis2 cannot be the same');
  let dim1 = a.dims[ax1]!;
  let dim2 = a.dims[ax2]!;
  const s1 = a.steps[ax1]!;
  const s2 = a.steps[ax2]!;
  let stride: number;
  if (offset >= 0) {
    stride = s2;
    dim2 -= offset;
  } else {
    offset = -offset;
    stride = s1;
    dim1 -= offset;
  }
  const n = Math.max(Math.min(dim1, dim2), 0);
  const start = n === 0 ? a.offset : a.offset + offset * stride;
  const keep = a.dims.map((_, i) => i).filter((i) => i !== ax1 && i !== ax2);
  const v = a.viewWith(
    [...keep.map((i) => a.dims[i]!), n],
    [...keep.map((i) => a.steps[i]!), s1 + s2],
    start,
  );
  v._writeable = false;
  return v;
}

/** `np.diagonal(a, offset=0, axis1=0, axis2=1)`: the diagonal as a read-only view, its axis last. */
export function diagonal<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  offset?: number | DiagonalOptions,
  axis1?: number | DiagonalOptions,
  axis2?: number | DiagonalOptions,
  opts?: DiagonalOptions,
): NDArray<K>;
export function diagonal(...args: unknown[]): NDArray {
  const o = bindArgs('diagonal', ['a', 'offset', 'axis1', 'axis2'], args);
  missingPositional('diagonal', o, ['a']);
  return diagonalImpl(toArray(o.a), o);
}

export interface TraceOptions extends DiagonalOptions {
  dtype?: DTypeLike | null;
  out?: NDArray | null;
}

/** The shared body of `np.trace` and `a.trace`. */
export function traceImpl(a: NDArray, args: Record<string, unknown>): any {
  const d = diagonalImpl(a, args);
  const { result, scalar } = reduceArray(add, d, {
    axis: -1,
    dtype: (args.dtype ?? null) as DTypeLike | null,
    out: (args.out ?? null) as NDArray | null,
  });
  return scalar ? toJS(result.readAt(result.offset), result.dtype) : result;
}

/**
 * `np.trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)`: sums along
 * diagonals; a JS value for a 2-d input (NumPy's scalar), else an array.
 */
export function trace(
  a: unknown,
  offset?: number | TraceOptions,
  axis1?: number | TraceOptions,
  axis2?: number | TraceOptions,
  dtype?: DTypeLike | null | TraceOptions,
  out?: NDArray | null | TraceOptions,
  opts?: TraceOptions,
): any;
export function trace(...args: unknown[]): any {
  const o = bindArgs('trace', ['a', 'offset', 'axis1', 'axis2', 'dtype', 'out'], args);
  missingPositional('trace', o, ['a']);
  return traceImpl(toArray(o.a), o);
}
