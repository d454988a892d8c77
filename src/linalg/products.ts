/**
 * The `np.linalg` spellings of existing functions, with their linalg-specific rules
 * (numpy/linalg/_linalg.py): positional-only arrays, keyword-only options, last-two-axes
 * defaults, 3-vectors only for cross, 1-D only for outer.
 */
import { cross as coreCross } from '../_core/cross.js';
import type { DTypeLike } from '../_core/dtype.js';
import { IndexError, ValueError } from '../_core/errors.js';
import { diagonalImpl, traceImpl } from '../_core/item_selection/diagonal.js';
import {
  matmul as coreMatmul,
  outer as coreOuter,
  tensordot as coreTensordot,
  vecdot as coreVecdot,
} from '../_core/linalg_products/products.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { matrix_transpose as coreMatrixTranspose } from '../_core/permute.js';
import { asLinalgArray } from './_util.js';

/** Keyword-only options: reject unknown names with Python's TypeError. */
function kwOnly(
  fn: string,
  opts: object | undefined,
  allowed: readonly string[],
): Record<string, unknown> {
  const o = (opts ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k))
      throw new TypeError(`${fn}() got an unexpected keyword argument '${k}'`);
  }
  return o;
}

/** Python's `shape[axis]` (IndexError when out of range). */
function dimAt(a: NDArray, axis: number): number {
  const ax = axis < 0 ? axis + a.ndim : axis;
  if (ax < 0 || ax >= a.ndim) throw new IndexError('tuple index out of range');
  return a.dims[ax];
}

/**
 * `np.linalg.cross(x1, x2, /, *, axis=-1)`: cross product of 3-element vectors only.
 * @example np.linalg.cross([1, 0, 0], [0, 1, 0]) // array([0, 0, 1])
 */
export function cross(
  x1: ArrayLike | NDArray,
  x2: ArrayLike | NDArray,
  opts?: { axis?: number },
): NDArray {
  const o = kwOnly('cross', opts, ['axis']);
  const axis = (o.axis ?? -1) as number;
  const a = asLinalgArray(x1 as ArrayLike);
  const b = asLinalgArray(x2 as ArrayLike);
  const na = dimAt(a, axis);
  const nb = dimAt(b, axis);
  if (na !== 3 || nb !== 3) {
    throw new ValueError(
      `Both input arrays must be (arrays of) 3-dimensional vectors, but they are ${na} and ${nb} dimensional instead.`,
    );
  }
  return coreCross(a, b, { axis });
}

/**
 * `np.linalg.outer(x1, x2, /)`: the outer product of two 1-D arrays.
 * @example np.linalg.outer([1, 2], [3, 4]) // array([[3, 4], [6, 8]])
 */
export function outer(x1: ArrayLike | NDArray, x2: ArrayLike | NDArray): NDArray {
  const a = asLinalgArray(x1 as ArrayLike);
  const b = asLinalgArray(x2 as ArrayLike);
  if (a.ndim !== 1 || b.ndim !== 1) {
    throw new ValueError(
      `Input arrays must be one-dimensional, but they are x1.ndim=${a.ndim} and x2.ndim=${b.ndim}.`,
    );
  }
  return coreOuter(a, b);
}

/**
 * `np.linalg.diagonal(x, /, *, offset=0)`: the diagonals of the last two axes (a view).
 * @example np.linalg.diagonal([[1, 2], [3, 4]]) // array([1, 4])
 */
export function diagonal(x: ArrayLike | NDArray, opts?: { offset?: number }): NDArray {
  const o = kwOnly('diagonal', opts, ['offset']);
  return diagonalImpl(asLinalgArray(x as ArrayLike), {
    offset: o.offset ?? 0,
    axis1: -2,
    axis2: -1,
  });
}

/**
 * `np.linalg.trace(x, /, *, offset=0, dtype=None)`: sums of the diagonals of the last two
 * axes; a JS value for one matrix.
 * @example np.linalg.trace([[1, 2], [3, 4]]) // 5
 */
export function trace(
  x: ArrayLike | NDArray,
  opts?: { offset?: number; dtype?: DTypeLike | null },
): any {
  const o = kwOnly('trace', opts, ['offset', 'dtype']);
  return traceImpl(asLinalgArray(x as ArrayLike), {
    offset: o.offset ?? 0,
    axis1: -2,
    axis2: -1,
    dtype: o.dtype ?? null,
  });
}

/**
 * `np.linalg.matmul(x1, x2, /)`: `np.matmul` without its ufunc options.
 * @example np.linalg.matmul([[1, 2], [3, 4]], [1, 1]) // array([3, 7])
 */
export function matmul(x1: ArrayLike | NDArray, x2: ArrayLike | NDArray): any {
  return coreMatmul(x1 as ArrayLike, x2 as ArrayLike);
}

/**
 * `np.linalg.tensordot(x1, x2, /, *, axes=2)`.
 * @example np.linalg.tensordot(np.ones([2, 3]), np.ones([3, 2]), {axes: 1}).shape // [2, 2]
 */
export function tensordot(
  x1: ArrayLike | NDArray,
  x2: ArrayLike | NDArray,
  opts?: { axes?: number | readonly (number | readonly number[])[] },
): any {
  const o = kwOnly('tensordot', opts, ['axes']);
  return coreTensordot(x1 as ArrayLike, x2 as ArrayLike, (o.axes ?? 2) as number);
}

/**
 * `np.linalg.matrix_transpose(x, /)`: the last two axes swapped (a view).
 * @example np.linalg.matrix_transpose(np.ones([2, 3])).shape // [3, 2]
 */
export function matrix_transpose(x: ArrayLike | NDArray): NDArray {
  return coreMatrixTranspose(x);
}

/**
 * `np.linalg.vecdot(x1, x2, /, *, axis=-1)`: sum(conj(x1) * x2) over `axis`.
 * @example np.linalg.vecdot([1, 2], [3, 4]) // 11
 */
export function vecdot(
  x1: ArrayLike | NDArray,
  x2: ArrayLike | NDArray,
  opts?: { axis?: number },
): any {
  const o = kwOnly('vecdot', opts, ['axis']);
  return coreVecdot(x1 as ArrayLike, x2 as ArrayLike, { axis: (o.axis ?? -1) as number });
}
