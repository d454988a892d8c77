/** `np.linalg.matrix_power`. */

import { matmul } from '../_core/linalg_products/products.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import { fillArray } from '../_core/multiarray/copy.js';
import { NDArray } from '../_core/ndarray.js';
import { asLinalgArray, assertStackedSquare } from './_util.js';
import { inv } from './solve.js';

/** Python's operator.index on the exponent. */
function exponent(n: unknown): number {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') return Number(n);
  if (typeof n === 'number' && Number.isSafeInteger(n) && !Object.is(n, -0)) return n;
  if (n instanceof NDArray && n.ndim === 0 && 'biu'.includes(n.dtype.kind)) return Number(n.item());
  throw new TypeError('exponent must be an integer');
}

/**
 * `np.linalg.matrix_power(a, n)`: a to the integer power n by repeated squaring (any
 * numeric dtype, kept; n < 0 inverts first, n = 0 gives the identity in a's dtype).
 * @example np.linalg.matrix_power([[1, 1], [0, 1]], 3) // array([[1, 3], [0, 1]])
 */
export function matrix_power(
  a: ArrayLike | NDArray,
  n?: number | bigint | object,
  opts?: { n?: number | bigint },
): NDArray {
  const o = bindArgs('matrix_power', ['a', 'n'], [a, n, opts]);
  missingPositional('matrix_power', o, ['a', 'n']);
  let A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  let k = exponent(o.n);
  if (k === 0) {
    const out = NDArray.zeros(A.dims, A.dtype);
    const m = A.dims[A.ndim - 1];
    if (out.size > 0) {
      const st = out.steps;
      const diag = out.viewWith(
        [...A.dims.slice(0, -2), m],
        [...st.slice(0, -2), st[st.length - 2] + st[st.length - 1]],
        0,
      );
      fillArray(diag, 1);
    }
    return out;
  }
  if (k < 0) {
    A = inv(A);
    k = -k;
  }
  if (k === 1) return A;
  if (k === 2) return matmul(A, A);
  if (k === 3) return matmul(matmul(A, A), A);
  let z: NDArray | null = null;
  let result: NDArray | null = null;
  while (k > 0) {
    z = z === null ? A : (matmul(z, z) as NDArray);
    const bit = k % 2;
    k = Math.floor(k / 2);
    if (bit) result = result === null ? z : (matmul(result, z) as NDArray);
  }
  return result as NDArray;
}
