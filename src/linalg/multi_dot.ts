/** `np.linalg.multi_dot`: a chain of dot products in the cheapest order (NumPy's DP). */
import { LinAlgError, ValueError } from '../_core/errors.js';
import { dot } from '../_core/linalg_products/products.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { ravel, reshape } from '../_core/shape.js';
import { asLinalgArray } from './_util.js';

/** NumPy's `_multi_dot_matrix_chain_order` (Cormen's dynamic programme): split points s. */
function chainOrder(arrays: readonly NDArray[]): number[][] {
  const n = arrays.length;
  const p = [...arrays.map((a) => a.dims[0]), arrays[n - 1].dims[1]];
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const s: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let l = 1; l < n; l++) {
    for (let i = 0; i < n - l; i++) {
      const j = i + l;
      m[i][j] = Infinity;
      for (let k = i; k < j; k++) {
        const q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
        if (q < m[i][j]) {
          m[i][j] = q;
          s[i][j] = k;
        }
      }
    }
  }
  return s;
}

function chain(
  arrays: readonly NDArray[],
  s: number[][],
  i: number,
  j: number,
  out: NDArray | null,
): NDArray {
  if (i === j) return arrays[i];
  const left = chain(arrays, s, i, s[i][j], null);
  const right = chain(arrays, s, s[i][j] + 1, j, null);
  return (out !== null ? dot(left, right, out) : dot(left, right)) as NDArray;
}

/**
 * `np.linalg.multi_dot(arrays, *, out=None)`: dot of 2-D arrays (the first and last may be
 * 1-D) multiplied in the order of least scalar work.
 * @example np.linalg.multi_dot([A, B, C]) // A @ B @ C
 */
export function multi_dot(
  arrays: readonly (ArrayLike | NDArray)[],
  opts: { out?: NDArray | null } = {},
): any {
  for (const k of Object.keys(opts)) {
    if (k !== 'out') throw new TypeError(`multi_dot() got an unexpected keyword argument '${k}'`);
  }
  const out = opts.out ?? null;
  const n = arrays.length;
  if (n < 2) throw new ValueError('Expecting at least two arrays.');
  if (n === 2) return out !== null ? dot(arrays[0], arrays[1], out) : dot(arrays[0], arrays[1]);
  const arrs = arrays.map((a) => asLinalgArray(a as ArrayLike));
  const ndFirst = arrs[0].ndim;
  const ndLast = arrs[n - 1].ndim;
  if (ndFirst === 1) arrs[0] = reshape(arrs[0], [1, arrs[0].size]);
  if (ndLast === 1) arrs[n - 1] = reshape(arrs[n - 1], [arrs[n - 1].size, 1]);
  for (const a of arrs) {
    if (a.ndim !== 2) {
      throw new LinAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
    }
  }
  let result: NDArray;
  if (n === 3) {
    const [A, B, C] = arrs;
    const [a0, a1b0] = A.dims;
    const [b1c0, c1] = C.dims;
    const cost1 = a0 * b1c0 * (a1b0 + c1);
    const cost2 = a1b0 * c1 * (a0 + b1c0);
    const d = (x: NDArray, y: NDArray, o: NDArray | null) =>
      (o !== null ? dot(x, y, o) : dot(x, y)) as NDArray;
    result = cost1 < cost2 ? d(d(A, B, null), C, out) : d(A, d(B, C, null), out);
  } else result = chain(arrs, chainOrder(arrs), 0, n - 1, out);
  if (ndFirst === 1 && ndLast === 1) return result.at(0, 0);
  if (ndFirst === 1 || ndLast === 1) return ravel(result);
  return result;
}
