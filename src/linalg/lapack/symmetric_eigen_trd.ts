/**
 * Blocked Householder tridiagonalisation of a real symmetric matrix (LAPACK's dsytrd with
 * dlatrd panels, lower triangle). Per panel of NB columns, each reflector's symmetric
 * matrix-vector product runs on the trailing matrix as it stood before the panel, corrected
 * by the panel's earlier reflectors (A22 - V W^T - W V^T); the rank-2NB update of the
 * trailing lower triangle then runs as one GEMM per row strip. That moves half of the
 * reduction's flops (the rank-2 updates) from plain loops into the GEMM.
 */
import { gemmUpdate } from '../../_core/kernels/gemm.js';
import { householder } from './svd_householder.js';

/** Reflectors per panel. */
const NB = 32;
/** Below this many trailing rows the caller's unblocked loop finishes the reduction. */
const NX = 96;
/** Rows of the trailing lower triangle updated per GEMM call. */
const STRIP = 64;

/**
 * Reduce columns 0..k-1 of the n x n row-major symmetric `ar` (lower triangle referenced and
 * kept up to date) as the unblocked loop of symmetric_eigen_kernel.ts would: d[j] and
 * er[j] (ei[j] = 0) for j < k, reflector j's vector in column j below the sub-diagonal with
 * its beta in `betas[j]`. Returns k, where the unblocked loop resumes (0 when n is small).
 */
export function tridiagonalizeBlocked(
  n: number,
  ar: Float64Array,
  d: Float64Array,
  er: Float64Array,
  ei: Float64Array,
  betas: Float64Array,
): number {
  if (n - NB <= NX) return 0;
  // X holds V (NB columns), then W, then V again, each column indexed by global row, so
  // that [V W] and [W V] are both plain strided operands of one GEMM with k = 2 NB
  const X = new Float64Array(3 * NB * n);
  const W0 = NB * n;
  const u = new Float64Array(n);
  const p = new Float64Array(n);
  let k0 = 0;
  for (; n - k0 - NB > NX; k0 += NB) {
    for (let i = 0; i < NB; i++) {
      const k = k0 + i;
      // bring column k (rows k..n-1) up to date with the panel's reflectors so far
      if (i > 0) {
        // sum over t of V_t W_t[k] + W_t V_t[k], accumulated in p over contiguous columns
        p.fill(0, k, n);
        for (let t = 0; t < i; t++) {
          const vt = t * n;
          const wt = W0 + vt;
          const fw = X[wt + k];
          const fv = X[vt + k];
          for (let r = k; r < n; r++) p[r] += X[vt + r] * fw + X[wt + r] * fv;
        }
        for (let r = k; r < n; r++) ar[r * n + k] -= p[r];
      }
      d[k] = ar[k * n + k];
      const L = n - k - 1;
      const c0 = k + 1;
      const off = c0 * n + k;
      const h = householder(ar, null, off, n, L);
      const beta = h.beta;
      betas[k] = beta;
      er[k] = h.gr;
      ei[k] = 0;
      const vi = i * n + c0;
      const wi = W0 + i * n + c0;
      if (beta === 0) {
        X.fill(0, vi, vi + L);
        X.fill(0, wi, wi + L);
        continue;
      }
      for (let j = 0; j < L; j++) u[j] = ar[off + j * n];
      // p = A22 u from the lower triangle of the trailing matrix as it was before the panel
      symvLower(ar, n, c0, L, u, p);
      // the panel's earlier reflectors: p -= V (W^T u) + W (V^T u)
      for (let t = 0; t < i; t++) {
        const vt = t * n + c0;
        const wt = W0 + t * n + c0;
        let sv = 0;
        let sw = 0;
        for (let j = 0; j < L; j++) {
          sv += X[vt + j] * u[j];
          sw += X[wt + j] * u[j];
        }
        for (let j = 0; j < L; j++) p[j] -= X[vt + j] * sw + X[wt + j] * sv;
      }
      // w = beta p - (beta^2 / 2 u^T p) u
      let K = 0;
      for (let j = 0; j < L; j++) {
        p[j] *= beta;
        K += u[j] * p[j];
      }
      K *= beta / 2;
      for (let j = 0; j < L; j++) {
        X[vi + j] = u[j];
        X[wi + j] = p[j] - K * u[j];
      }
    }
    // A[c0:, c0:] -= V W^T + W V^T on the lower triangle, by row strips
    const c0 = k0 + NB;
    for (let t = 0; t < NB; t++) X.copyWithin(2 * W0 + t * n + c0, t * n + c0, t * n + n);
    for (let r0 = c0; r0 < n; r0 += STRIP) {
      const r1 = Math.min(n, r0 + STRIP);
      gemmUpdate(
        false,
        r1 - r0,
        r1 - c0,
        2 * NB,
        -1,
        { data: X, off: r0, rs: 1, cs: n },
        { data: X, off: W0 + c0, rs: n, cs: 1 },
        ar,
        r0 * n + c0,
        n,
      );
    }
  }
  return k0;
}

/**
 * p = A u for the L x L symmetric block of `a` starting at (c0, c0) (row length n), from its
 * lower triangle: four rows per pass share the loads of u[j] and p[j], the products of
 * the block's columns go into p as the rows go by.
 */
function symvLower(
  a: Float64Array,
  n: number,
  c0: number,
  L: number,
  u: Float64Array,
  p: Float64Array,
): void {
  p.fill(0, 0, L);
  let r = 0;
  for (; r + 3 < L; r += 4) {
    const r0 = (c0 + r) * n + c0;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    const u0 = u[r];
    const u1 = u[r + 1];
    const u2 = u[r + 2];
    const u3 = u[r + 3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < r; j++) {
      const a0 = a[r0 + j];
      const a1 = a[r1 + j];
      const a2 = a[r2 + j];
      const a3 = a[r3 + j];
      const uj = u[j];
      s0 += a0 * uj;
      s1 += a1 * uj;
      s2 += a2 * uj;
      s3 += a3 * uj;
      p[j] += a0 * u0 + a1 * u1 + a2 * u2 + a3 * u3;
    }
    // the 4 x 4 diagonal block (lower part)
    const b10 = a[r1 + r];
    const b20 = a[r2 + r];
    const b21 = a[r2 + r + 1];
    const b30 = a[r3 + r];
    const b31 = a[r3 + r + 1];
    const b32 = a[r3 + r + 2];
    p[r] += s0 + a[r0 + r] * u0 + b10 * u1 + b20 * u2 + b30 * u3;
    p[r + 1] += s1 + b10 * u0 + a[r1 + r + 1] * u1 + b21 * u2 + b31 * u3;
    p[r + 2] += s2 + b20 * u0 + b21 * u1 + a[r2 + r + 2] * u2 + b32 * u3;
    p[r + 3] += s3 + b30 * u0 + b31 * u1 + b32 * u2 + a[r3 + r + 3] * u3;
  }
  for (; r < L; r++) {
    const row = (c0 + r) * n + c0;
    const ur = u[r];
    let s = 0;
    for (let j = 0; j < r; j++) {
      const x = a[row + j];
      s += x * u[j];
      p[j] += x * ur;
    }
    p[r] += s + a[row + r] * ur;
  }
}
