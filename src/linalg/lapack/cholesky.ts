/**
 * Cholesky factorization A = L L^H of a Hermitian positive-definite matrix (LAPACK potrf,
 * lower), on ROW-MAJOR Float64Array storage, real or interleaved complex. Only the lower
 * triangle of the input is read; the strict upper triangle of the result is zeroed.
 *
 * Real matrices: recursive (blocked) with the trailing update by the packed GEMM; complex:
 * row-oriented (left-looking) loops, every inner product along two contiguous row prefixes.
 * A pivot that is not positive stops with info = j + 1; a NaN one goes on (as OpenBLAS's
 * potrf, which NumPy uses, does: NaN input gives NaN factors, not an error).
 */
import { gemm } from '../../_core/kernels/gemm.js';

/** Below this order the real factorization runs the plain loops. */
const LEAF = 32;

/**
 * Unblocked Cholesky of the diagonal block [s, e) of the n x n row-major `a`, whose updates
 * from columns before s are already applied. Returns info (absolute).
 */
function potrfBlock(n: number, a: Float64Array, s: number, e: number): number {
  for (let j = s; j < e; j++) {
    const jj = j * n;
    let t = 0;
    for (let k = s; k < j; k++) t += a[jj + k] * a[jj + k];
    const d = a[jj + j] - t;
    if (d <= 0) return j + 1;
    const ljj = Math.sqrt(d);
    a[jj + j] = ljj;
    const r = 1 / ljj;
    for (let i = j + 1; i < e; i++) {
      const ii = i * n;
      let u = 0;
      for (let k = s; k < j; k++) u += a[ii + k] * a[jj + k];
      a[ii + j] = (a[ii + j] - u) * r;
    }
  }
  return 0;
}

/**
 * Recursive Cholesky of the block [s, e): factor the top-left half, solve for the
 * bottom-left block (L21 = A21 L11^-T, row by row), update the bottom-right block with
 * the packed GEMM (A22 -= L21 L21^T), factor it.
 */
function rpotrf(n: number, a: Float64Array, s: number, e: number): number {
  if (e - s <= LEAF) return potrfBlock(n, a, s, e);
  const m = s + (((e - s) >> 1) & ~7);
  const info = rpotrf(n, a, s, m);
  if (info !== 0) return info;
  for (let i = m; i < e; i++) {
    const ii = i * n;
    for (let j = s; j < m; j++) {
      const jj = j * n;
      let u = 0;
      for (let k = s; k < j; k++) u += a[ii + k] * a[jj + k];
      a[ii + j] = (a[ii + j] - u) / a[jj + j];
    }
  }
  const rows = e - m;
  const k = m - s;
  if (scratch.length < rows * rows) scratch = new Float64Array(rows * rows);
  const t = scratch;
  gemm(
    false,
    rows,
    rows,
    k,
    { data: a, off: m * n + s, rs: n, cs: 1 },
    { data: a, off: m * n + s, rs: 1, cs: n },
    t,
    0,
    rows,
  );
  // only the lower triangle of A22 is read later
  for (let i = 0; i < rows; i++) {
    const ci = (m + i) * n + m;
    for (let j = 0; j <= i; j++) a[ci + j] -= t[i * rows + j];
  }
  return rpotrf(n, a, m, e);
}

let scratch = new Float64Array(0);

/** Real potrf on the n x n row-major `a` (overwritten by L, upper triangle zeroed). Returns info. */
export function potrf(n: number, a: Float64Array): number {
  const info = rpotrf(n, a, 0, n);
  if (info !== 0) return info;
  for (let i = 0; i < n; i++) a.fill(0, i * n + i + 1, (i + 1) * n);
  return 0;
}

/** Complex potrf on interleaved storage (overwritten by L). Returns info. */
export function potrfComplex(n: number, a: Float64Array): number {
  const w = 2 * n;
  for (let j = 0; j < n; j++) {
    const jj = j * w;
    let s = 0;
    for (let k = 0; k < 2 * j; k += 2) s += a[jj + k] * a[jj + k] + a[jj + k + 1] * a[jj + k + 1];
    // the diagonal's imaginary part is ignored, as zpotrf does
    const d = a[jj + 2 * j] - s;
    if (d <= 0) return j + 1;
    const ljj = Math.sqrt(d);
    a[jj + 2 * j] = ljj;
    a[jj + 2 * j + 1] = 0;
    const r = 1 / ljj;
    for (let i = j + 1; i < n; i++) {
      const ii = i * w;
      // t = sum_k L[i,k] conj(L[j,k])
      let tr = 0;
      let ti = 0;
      for (let k = 0; k < 2 * j; k += 2) {
        const ar = a[ii + k];
        const ai = a[ii + k + 1];
        const br = a[jj + k];
        const bi = a[jj + k + 1];
        tr += ar * br + ai * bi;
        ti += ai * br - ar * bi;
      }
      a[ii + 2 * j] = (a[ii + 2 * j] - tr) * r;
      a[ii + 2 * j + 1] = (a[ii + 2 * j + 1] - ti) * r;
    }
    for (let c = 2 * (j + 1); c < w; c++) a[jj + c] = 0;
  }
  return 0;
}
