/**
 * Eigen-decomposition of one real symmetric or complex Hermitian matrix (LAPACK's xSYEVD /
 * xHEEVD). Eigenvectors follow LAPACK's own path where it is ported (syevd_small.ts and
 * heevd_small.ts: every real matrix up to order 25, real UPLO='U' ones up to 128, complex ones
 * at every order), so that their signs (phases) are NumPy's. Larger real input: Householder
 * reduction to tridiagonal form (A = Q T Q^T; the WebAssembly SIMD kernel trd_f64 of
 * assembly/lapack.ts when it fits the module's scratch memory, else in panels with GEMM
 * updates, symmetric_eigen_trd.ts), LAPACK's divide and conquer on T (symmetric_eigen_dc.ts,
 * dsteqr leaves) and the reflectors applied to its vectors in blocks (ormtr); UPLO='U' past
 * 128 takes this lower-triangle path (its signs may then differ from NumPy's). Eigenvalues
 * alone (eigvalsh): the reduction, |e| of a complex T, and the implicit QL iteration.
 * Matrices are row-major, complex ones split into re / im arrays.
 */
import { LinAlgError } from '../../_core/errors.js';
import { wasmKernels } from '../../_core/kernels/index.js';
import { heevdSmall } from './heevd_small.js';
import { accumulateReflectors, householder, hypot2, scaleToSafeRange } from './svd_householder.js';
import { PORT_MAX, SYEVD_SMALL_MAX, steqrLeaf, syevdSmall } from './syevd_small.js';
import { tridiagonalDC } from './symmetric_eigen_dc.js';
import { tridiagonalizeBlocked } from './symmetric_eigen_trd.js';

/** Eigenvalues `w` ascending; eigenvectors are the columns of the n x n (zr, zi). */
export interface SymEigResult {
  w: Float64Array;
  zr: Float64Array | null;
  zi: Float64Array | null;
}

const EPS = 2 ** -52;

/**
 * Eigenvalues (and eigenvectors when `wantZ`) of the Hermitian matrix whose lower
 * (`uplo` 'L') or upper ('U') triangle is stored in (ar, ai); the other triangle and the
 * imaginary part of the diagonal are ignored, as LAPACK does. (ar, ai) are destroyed.
 */
export function symmetricEigen(
  n: number,
  ar: Float64Array,
  ai: Float64Array | null,
  wantZ: boolean,
  uplo: 'L' | 'U',
): SymEigResult {
  if (n === 0) {
    const none = new Float64Array(0);
    return { w: none, zr: wantZ ? none : null, zi: wantZ && ai ? none : null };
  }
  // mirror the referenced triangle into a full Hermitian matrix
  let finite = true;
  for (let i = 0; i < n; i++) {
    if (ai !== null) ai[i * n + i] = 0;
    for (let j = 0; j <= i; j++) {
      const lo = i * n + j;
      const up = j * n + i;
      const src = uplo === 'L' ? lo : up;
      const dst = uplo === 'L' ? up : lo;
      const v = ar[src];
      if (!Number.isFinite(v)) finite = false;
      ar[dst] = v;
      if (ai !== null) {
        const w = ai[src];
        if (!Number.isFinite(w)) finite = false;
        ai[dst] = -w;
        if (i === j) ai[src] = 0;
      }
    }
  }
  if (!finite) {
    return {
      w: new Float64Array(n).fill(Number.NaN),
      zr: wantZ ? new Float64Array(n * n).fill(Number.NaN) : null,
      zi: wantZ && ai ? new Float64Array(n * n).fill(Number.NaN) : null,
    };
  }
  // LAPACK's own path (dsyevd / zheevd) where the general solver below would not follow it,
  // so that the eigenvectors carry NumPy's signs (phases for complex input)
  // (complex input at every order: the port's unblocked zhetd2 was even faster than the
  // general complex path past 128, 24 vs 32 ms at n = 200, 79 vs 90 ms at n = 300)
  const port = n <= SYEVD_SMALL_MAX || ai !== null || (n <= PORT_MAX && uplo === 'U');
  if (wantZ && port) {
    if (ai !== null) return heevdSmall(n, ar, ai, uplo);
    const r = syevdSmall(n, ar, uplo);
    return { w: r.w, zr: r.z, zi: null };
  }
  const scale = scaleToSafeRange(ar, ai, n * n);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const er = new Float64Array(n);
  const ei = new Float64Array(n);
  const betas = new Float64Array(n);
  tridiagonalize(n, ar, ai, d, er, ei, betas);
  if (wantZ && ai === null && n > SYEVD_SMALL_MAX) {
    // divide and conquer on T = Z diag(w) Z^T (leaves as LAPACK's dstedc: dsteqr on blocks of
    // at most 25, all at one depth), then eigenvectors Q Z = H_0 ... H_{n-3} Z with the
    // reflectors applied to Z in blocks (LAPACK's ormtr; Q is never formed)
    for (let k = 0; k < n - 1; k++) e[k] = er[k];
    const dc = tridiagonalDC(n, d, e, steqrLeaf, SYEVD_SMALL_MAX);
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) w[i] = dc.w[i] / scale;
    accumulateReflectors(dc.q, n, n, n, n - 2, ar, n, n + 1, n, 1, betas, true);
    return { w, zr: dc.q, zi: null };
  }
  // eigenvalues only from here (every wantZ case returned above): T made real, |e_k| (the
  // unitary diagonal scaling that does it leaves the eigenvalues alone)
  for (let k = 0; k < n - 1; k++) e[k] = ai === null ? er[k] : hypot2(er[k], ei[k]);
  // eigenvalues only (eigvalsh): implicit QL, then ascending
  tql2(n, d, e);
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => d[p] - d[q] || p - q);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = d[order[i]] / scale;
  return { w, zr: null, zi: null };
}

/**
 * Householder tridiagonalisation of the full Hermitian (ar, ai): diagonal to d, sub-diagonal
 * T[k+1][k] to (er, ei); reflector k's vector is left in column k below the sub-diagonal
 * (rows k+1..n-1) with its beta in `betas[k]`.
 */
function tridiagonalize(
  n: number,
  ar: Float64Array,
  ai: Float64Array | null,
  d: Float64Array,
  er: Float64Array,
  ei: Float64Array,
  betas: Float64Array,
): void {
  const pr = new Float64Array(n);
  const pi = new Float64Array(n);
  if (ai === null && tridiagonalizeWasm(n, ar, d, er, betas)) return;
  const ur = new Float64Array(n);
  // real matrices: panels of reflectors with GEMM updates first, this loop finishes
  const k0 = ai === null ? tridiagonalizeBlocked(n, ar, d, er, ei, betas) : 0;
  for (let k = k0; k < n - 2; k++) {
    d[k] = ar[k * n + k];
    const L = n - k - 1;
    const off = (k + 1) * n + k;
    const h = householder(ar, ai, off, n, L);
    betas[k] = h.beta;
    er[k] = h.gr;
    ei[k] = h.gi;
    const beta = h.beta;
    if (beta === 0) continue;
    const c0 = k + 1;
    if (ai === null) {
      // contiguous copy of u (it lives in a column)
      for (let j = 0; j < L; j++) ur[j] = ar[off + j * n];
      // p = beta A22 u, using the lower triangle only: A22 is symmetric
      pr.fill(0, 0, L);
      for (let i = 0; i < L; i++) {
        const row = (c0 + i) * n + c0;
        const ui = ur[i];
        let s = 0;
        for (let j = 0; j < i; j++) {
          const a = ar[row + j];
          s += a * ur[j];
          pr[j] += a * ui;
        }
        pr[i] += s + ar[row + i] * ui;
      }
      // w = p - (beta/2 u^T p) u
      let K = 0;
      for (let i = 0; i < L; i++) {
        pr[i] *= beta;
        K += ur[i] * pr[i];
      }
      K *= beta / 2;
      for (let i = 0; i < L; i++) pr[i] -= K * ur[i];
      // A22 -= u w^T + w u^T (lower triangle)
      for (let i = 0; i < L; i++) {
        const ui = ur[i];
        const wi = pr[i];
        const row = (c0 + i) * n + c0;
        for (let j = 0; j <= i; j++) ar[row + j] -= ui * pr[j] + wi * ur[j];
      }
    } else {
      for (let i = 0; i < L; i++) {
        const row = (c0 + i) * n + c0;
        let sr = 0;
        let si = 0;
        for (let j = 0; j < L; j++) {
          const xr = ar[row + j];
          const xi = ai[row + j];
          const ur = ar[off + j * n];
          const uim = ai[off + j * n];
          sr += xr * ur - xi * uim;
          si += xr * uim + xi * ur;
        }
        pr[i] = beta * sr;
        pi[i] = beta * si;
      }
      // K = beta/2 u^H p (real, since A22 is Hermitian)
      let K = 0;
      for (let i = 0; i < L; i++) K += ar[off + i * n] * pr[i] + ai[off + i * n] * pi[i];
      K *= beta / 2;
      for (let i = 0; i < L; i++) {
        pr[i] -= K * ar[off + i * n];
        pi[i] -= K * ai[off + i * n];
      }
      // A22 -= u w^H + w u^H
      for (let i = 0; i < L; i++) {
        const uR = ar[off + i * n];
        const uI = ai[off + i * n];
        const wR = pr[i];
        const wI = pi[i];
        const row = (c0 + i) * n + c0;
        for (let j = 0; j < L; j++) {
          const vR = ar[off + j * n];
          const vI = ai[off + j * n];
          const qR = pr[j];
          const qI = pi[j];
          // u_i conj(w_j) + w_i conj(u_j)
          ar[row + j] -= uR * qR + uI * qI + wR * vR + wI * vI;
          ai[row + j] -= uI * qR - uR * qI + wI * vR - wR * vI;
        }
      }
    }
  }
  if (n >= 2) {
    d[n - 2] = ar[(n - 2) * n + n - 2];
    er[n - 2] = ar[(n - 1) * n + n - 2];
    ei[n - 2] = ai === null ? 0 : ai[(n - 1) * n + n - 2];
  }
  if (n >= 1) d[n - 1] = ar[(n - 1) * n + n - 1];
}

interface TrdExports {
  trd_f64?: (
    a: number,
    n: number,
    d: number,
    e: number,
    betas: number,
    u: number,
    p: number,
  ) => void;
}

/**
 * The unblocked real reduction (the loop of `tridiagonalize`) by the wasm SIMD kernel
 * trd_f64 (assembly/lapack.ts) on a copy of `ar` in the module's scratch memory; the same
 * outputs, `ei` left zero. False (nothing done) when the module is not loaded or the
 * matrix does not fit.
 */
function tridiagonalizeWasm(
  n: number,
  ar: Float64Array,
  d: Float64Array,
  er: Float64Array,
  betas: Float64Array,
): boolean {
  const w = wasmKernels();
  const kern = w === null ? undefined : (w.ex as unknown as TrdExports).trd_f64;
  if (w === null || kern === undefined || n < 8) return false;
  const base = (w.base + 63) & ~63;
  const pd = base + n * n * 8;
  if (pd + 5 * n * 8 > w.scratchEnd) return false;
  const f64 = w.f64;
  f64.set(ar.subarray(0, n * n), base / 8);
  kern(base, n, pd, pd + n * 8, pd + 2 * n * 8, pd + 3 * n * 8, pd + 4 * n * 8);
  ar.set(f64.subarray(base / 8, base / 8 + n * n));
  const o = pd / 8;
  d.set(f64.subarray(o, o + n));
  er.set(f64.subarray(o + n, o + 2 * n - 1), 0);
  betas.set(f64.subarray(o + 2 * n, o + 3 * n - 2), 0);
  return true;
}

/**
 * Implicit QL with Wilkinson-like shifts on the symmetric tridiagonal (d, e), e[k] coupling
 * k and k+1 (EISPACK tql2's scheme), eigenvalues only: d becomes them (unsorted).
 */
function tql2(n: number, d: Float64Array, e: Float64Array): void {
  if (n === 0) return;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > EPS * tst1) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 30 * n) throw new LinAlgError('Eigenvalues did not converge');
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = hypot2(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = hypot2(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > EPS * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
}
