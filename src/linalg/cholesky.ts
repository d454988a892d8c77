/** `np.linalg.cholesky`. */
import { LinAlgError } from '../_core/errors.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import {
  asLinalgArray,
  assertStackedSquare,
  linalgTypes,
  matrixStack,
  newStack,
  writeMatrix,
} from './_util.js';
import { potrf, potrfComplex } from './lapack/cholesky.js';

/** Replace the n x n row-major `a` by its conjugate transpose (lanes 2: complex). */
function conjTransposeInPlace(n: number, a: Float64Array, lanes: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const p = (i * n + j) * lanes;
      const q = (j * n + i) * lanes;
      const t = a[p];
      a[p] = a[q];
      a[q] = t;
      if (lanes === 2) {
        const u = a[p + 1];
        a[p + 1] = -a[q + 1];
        a[q + 1] = -u;
      }
    }
  }
}

/**
 * `np.linalg.cholesky(a, /, *, upper=False)`: L with a = L L^H (lower triangle of `a` read),
 * or with `upper` U with a = U^H U (upper triangle read), for every matrix of the stack.
 * @example np.linalg.cholesky([[4, 2], [2, 3]]) // array([[2., 0.], [1., 1.41421356]])
 */
export function cholesky(a: ArrayLike | NDArray, opts: { upper?: boolean } = {}): NDArray {
  const o = bindArgs('cholesky', ['a'], [a, opts], ['upper']);
  missingPositional('cholesky', o, ['a']);
  const upper = Boolean(o.upper ?? false);
  const A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  const { complex, result } = linalgTypes(A);
  const n = A.dims[A.ndim - 1];
  const lanes = complex ? 2 : 1;
  const sa = matrixStack(A, complex);
  const out = newStack(sa.batch, [n, n], result);
  const buf = new Float64Array(n * n * lanes);
  for (let i = 0; i < sa.count; i++) {
    sa.read(i, buf);
    // the upper factor of A is the conjugate transpose of the lower factor of A^H
    if (upper) conjTransposeInPlace(n, buf, lanes);
    const info = complex ? potrfComplex(n, buf) : potrf(n, buf);
    if (info > 0) throw new LinAlgError('Matrix is not positive definite');
    if (upper) conjTransposeInPlace(n, buf, lanes);
    writeMatrix(out, i, buf, n * n);
  }
  return out;
}
