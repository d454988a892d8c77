/**
 * The Cholesky factor for `multivariate_normal`'s 'cholesky' method, on a row-major
 * Float64Array. Its 'svd' and 'eigh' methods use np.linalg's solvers
 * (linalg/lapack/svd_kernel.ts, symmetric_eigen_kernel.ts), which follow LAPACK's gesdd /
 * syevd paths so that the factors, and the samples, carry NumPy's signs.
 */
import { LinAlgError } from '../../_core/errors.js';

/** Lower Cholesky factor (NumPy's cholesky, lower triangle used), or LinAlgError. */
export function cholesky(a: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! ** 2;
    if (!(d > 0)) throw new LinAlgError('Matrix is not positive definite');
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / ljj;
    }
  }
  return L;
}
