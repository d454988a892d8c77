/**
 * Index arrays of triangles (numpy/lib/_twodim_base_impl.py): tril_indices,
 * triu_indices, their `_from` forms and mask_indices. Indices are int64, row-major.
 */
import { int64 } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { nonzeroOf } from '../_core/item_selection/nonzero.js';
import { bindArgs, missingPositional, toIndex } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { ones } from '../_core/multiarray/creation.js';
import { NDArray } from '../_core/ndarray.js';
import { not_equal } from '../_core/umath/defs/index.js';

/** (rows, cols) of the (n, m) positions with `keep(j - i)`, row-major, as int64 arrays. */
function triangle(n: number, m: number, keep: (d: number) => boolean): NDArray<'int64'>[] {
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (keep(j - i)) {
        rows.push(i);
        cols.push(j);
      }
    }
  }
  return [rows, cols].map((vals) => {
    const out = NDArray.zeros([vals.length], int64);
    const w = new Int32Array(out.buffer as ArrayBuffer);
    vals.forEach((v, k) => {
      w[2 * k] = v;
    });
    return out;
  });
}

type TriOptions = { k?: number; m?: number | null };

function triArgs(fn: string, args: unknown[]): [number, number, number] {
  const o = bindArgs(fn, ['n', 'k', 'm'], args);
  missingPositional(fn, o, ['n']);
  const n = toIndex(o.n);
  const m = o.m === undefined || o.m === null ? n : toIndex(o.m);
  return [n, m, o.k === undefined ? 0 : toIndex(o.k)];
}

/** `np.tril_indices(n, k=0, m=None)`: indices of the lower triangle of an (n, m) array. */
export function tril_indices(
  n: number,
  k?: number | TriOptions,
  m?: number | null | TriOptions,
  opts?: TriOptions,
): NDArray<'int64'>[];
export function tril_indices(...args: unknown[]): NDArray<'int64'>[] {
  const [n, m, k] = triArgs('tril_indices', args);
  return triangle(n, m, (d) => d <= k);
}

/** `np.triu_indices(n, k=0, m=None)`: indices of the upper triangle of an (n, m) array. */
export function triu_indices(
  n: number,
  k?: number | TriOptions,
  m?: number | null | TriOptions,
  opts?: TriOptions,
): NDArray<'int64'>[];
export function triu_indices(...args: unknown[]): NDArray<'int64'>[] {
  const [n, m, k] = triArgs('triu_indices', args);
  return triangle(n, m, (d) => d >= k);
}

function fromArgs(fn: string, args: unknown[]): [NDArray, number] {
  const o = bindArgs(fn, ['arr', 'k'], args);
  missingPositional(fn, o, ['arr']);
  const a = toArray(o.arr);
  if (a.ndim !== 2) throw new ValueError('input array must be 2-d');
  return [a, o.k === undefined ? 0 : toIndex(o.k)];
}

/** `np.tril_indices_from(arr, k=0)`: tril_indices for a 2-d array's shape. */
export function tril_indices_from(
  arr: unknown,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<'int64'>[];
export function tril_indices_from(...args: unknown[]): NDArray<'int64'>[] {
  const [a, k] = fromArgs('tril_indices_from', args);
  return tril_indices(a.dims[0]!, k, a.dims[1]!);
}

/** `np.triu_indices_from(arr, k=0)`: triu_indices for a 2-d array's shape. */
export function triu_indices_from(
  arr: unknown,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<'int64'>[];
export function triu_indices_from(...args: unknown[]): NDArray<'int64'>[] {
  const [a, k] = fromArgs('triu_indices_from', args);
  return triu_indices(a.dims[0]!, k, a.dims[1]!);
}

/**
 * `np.mask_indices(n, mask_func, k=0)`: the indices where `mask_func(ones((n, n)), k)`
 * is non-zero (e.g. `np.triu`).
 */
export function mask_indices(
  n: number,
  mask_func: (m: NDArray, k: number) => unknown,
  k?: number | { k?: number },
  opts?: { k?: number },
): NDArray<'int64'>[];
export function mask_indices(...args: unknown[]): NDArray<'int64'>[] {
  const o = bindArgs('mask_indices', ['n', 'mask_func', 'k'], args);
  missingPositional('mask_indices', o, ['n', 'mask_func']);
  const n = toIndex(o.n);
  const m = ones([n, n], { dtype: 'int64' });
  const a = (o.mask_func as (m: NDArray, k: number) => unknown)(
    m,
    o.k === undefined ? 0 : toIndex(o.k),
  );
  return nonzeroOf(not_equal(a, 0) as NDArray);
}
