/**
 * Small dense decompositions for `multivariate_normal` (cyclic Jacobi for symmetric eigen and
 * SVD, and Cholesky), on row-major Float64Arrays.
 *
 * TODO(linalg): these belong in np.linalg; move them there once it exists. NumPy calls
 * LAPACK (gesdd/syevd), whose singular/eigen vectors have LAPACK's own sign choices: the
 * values here agree to rounding, the vectors up to those signs, so a multivariate_normal
 * sample matches NumPy's where the sign choice agrees (always for diagonal covariances and
 * for 'cholesky', which is unique).
 */
import { LinAlgError } from '../../_core/errors.js';

/** Symmetric eigen-decomposition: eigenvalues ascending, eigenvectors as columns of v (n x n). */
export function eighJacobi(a: Float64Array, n: number): { w: Float64Array; v: Float64Array } {
  const A = Float64Array.from(a);
  // Use the lower triangle, as NumPy's eigh(UPLO='L').
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) A[i * n + j] = A[j * n + i]!;
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i * n + j]! ** 2;
    if (off < 1e-300) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (apq === 0) continue;
        const app = A[p * n + p]!;
        const aqq = A[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) => A[x * n + x]! - A[y * n + y]!,
  );
  const w = new Float64Array(n);
  const v = new Float64Array(n * n);
  order.forEach((src, dst) => {
    w[dst] = A[src * n + src]!;
    for (let k = 0; k < n; k++) v[k * n + dst] = V[k * n + src]!;
  });
  normalizeSigns(v, n);
  return { w, v };
}

/** Make each column's largest-magnitude entry positive (a deterministic sign choice). */
function normalizeSigns(v: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    let best = 0;
    for (let k = 1; k < n; k++)
      if (Math.abs(v[k * n + j]!) > Math.abs(v[best * n + j]!) + 1e-12) best = k;
    if (v[best * n + j]! < 0) for (let k = 0; k < n; k++) v[k * n + j] = -v[k * n + j]!;
  }
}

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
