/**
 * Small dense decompositions for `multivariate_normal` (one-sided Jacobi SVD and Cholesky),
 * on row-major Float64Arrays. Its 'eigh' method uses np.linalg's solver
 * (linalg/lapack/symmetric_eigen_kernel.ts), which follows LAPACK's dsyevd up to order 25.
 *
 * TODO(linalg): the SVD belongs in np.linalg too. NumPy calls LAPACK's gesdd, whose singular
 * vectors have LAPACK's own sign choices: the values here agree to rounding, the vectors up
 * to those signs, so an 'svd' sample matches NumPy's where the sign choice agrees (always
 * for diagonal covariances and for 'cholesky', which is unique).
 */
import { LinAlgError } from '../../_core/errors.js';

/**
 * SVD of a square matrix by one-sided Jacobi: a = u diag(s) vh, s descending.
 */
export function svdJacobi(
  a: Float64Array,
  n: number,
): { u: Float64Array; s: Float64Array; vh: Float64Array } {
  const U = Float64Array.from(a);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let rotated = false;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let k = 0; k < n; k++) {
          const up = U[k * n + p]!;
          const uq = U[k * n + q]!;
          alpha += up * up;
          beta += uq * uq;
          gamma += up * uq;
        }
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let k = 0; k < n; k++) {
          const up = U[k * n + p]!;
          const uq = U[k * n + q]!;
          U[k * n + p] = c * up - s * uq;
          U[k * n + q] = s * up + c * uq;
          const vp = V[k * n + p]!;
          const vq = V[k * n + q]!;
          V[k * n + p] = c * vp - s * vq;
          V[k * n + q] = s * vp + c * vq;
        }
      }
    }
    if (!rotated) break;
  }
  const sv = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let t = 0;
    for (let k = 0; k < n; k++) t += U[k * n + j]! ** 2;
    sv[j] = Math.sqrt(t);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => sv[y]! - sv[x]!);
  const u = new Float64Array(n * n);
  const s = new Float64Array(n);
  const vh = new Float64Array(n * n);
  order.forEach((src, dst) => {
    s[dst] = sv[src]!;
    for (let k = 0; k < n; k++) {
      u[k * n + dst] = sv[src]! > 0 ? U[k * n + src]! / sv[src]! : k === dst ? 1 : 0;
      vh[dst * n + k] = V[k * n + src]!;
    }
  });
  // Same sign choice as eigh for the left vectors, carried over to the right ones.
  for (let j = 0; j < n; j++) {
    let best = 0;
    for (let k = 1; k < n; k++)
      if (Math.abs(u[k * n + j]!) > Math.abs(u[best * n + j]!) + 1e-12) best = k;
    if (u[best * n + j]! < 0) {
      for (let k = 0; k < n; k++) {
        u[k * n + j] = -u[k * n + j]!;
        vh[j * n + k] = -vh[j * n + k]!;
      }
    }
  }
  return { u, s, vh };
}

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
