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
import { gemmSub, LEAF_LOWER, leafWasm, subRows } from './lu.js';

/** Below this order the real factorization runs the plain loops. */
const LEAF = 32;
/** Rows of a triangular solve done row by row. */
const TRSM_LEAF = 32;

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
 * Rows [r0, r1) of B := L^-1 B for the non-unit lower triangle L of the diagonal block of
 * `a` at (s, s) (row stride n); B's row i starts at b[i * ldb], ncols columns. Recursive
 * halving with the off-diagonal block by the GEMM; leaves row by row (subRows, then the
 * division by the diagonal).
 */
function trsmLowerNonUnit(
  n: number,
  a: Float64Array,
  s: number,
  b: Float64Array,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
): void {
  if (r1 - r0 <= TRSM_LEAF) {
    if (leafWasm(LEAF_LOWER, a, n, b, 0, ldb, ncols, r0, r1, s * n + s)) return;
    for (let i = r0; i < r1; i++) {
      const li = (s + i) * n + s;
      subRows(b, i * ldb, a, li, r0, i, 0, ldb, ncols);
      const r = 1 / a[li + i]!;
      for (let c = i * ldb, end = c + ncols; c < end; c++) b[c] *= r;
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmLowerNonUnit(n, a, s, b, ldb, ncols, r0, mid);
  gemmSub(
    r1 - mid,
    ncols,
    mid - r0,
    a,
    (s + mid) * n + s + r0,
    n,
    b,
    r0 * ldb,
    ldb,
    b,
    mid * ldb,
    ldb,
  );
  trsmLowerNonUnit(n, a, s, b, ldb, ncols, mid, r1);
}

/**
 * Recursive Cholesky of the block [s, e) (LAPACK potrf2): factor the top-left half, solve
 * for the bottom-left block (L21 = A21 L11^-T, as L21^T = L11^-1 A21^T on a transposed
 * copy, whose rows are contiguous for the GEMM), update the lower triangle of the
 * bottom-right block in place by the packed GEMM (A22 -= L21 L21^T; its upper triangle is
 * never read), factor it.
 */
function rpotrf(n: number, a: Float64Array, s: number, e: number): number {
  if (e - s <= LEAF) return potrfBlock(n, a, s, e);
  const m = s + (((e - s) >> 1) & ~7);
  const info = rpotrf(n, a, s, m);
  if (info !== 0) return info;
  const rows = e - m;
  const k = m - s;
  if (scratch.length < rows * k) scratch = new Float64Array(rows * k);
  const t = scratch;
  // t (k x rows) = A21^T
  transposeBlock(a, m * n + s, n, t, rows, k, false);
  trsmLowerNonUnit(n, a, s, t, rows, rows, 0, k);
  transposeBlock(a, m * n + s, n, t, rows, k, true);
  lowerUpdate(n, a, m, s, k, rows, t);
  return rpotrf(n, a, m, e);
}

/** Row blocks of the trailing update: about this many per update, each at least MIN_BLOCK rows. */
const UPDATE_BLOCKS = 4;
const MIN_BLOCK = 32;

/**
 * The lower triangle of A22 -= L21 L21^T (A22: rows x rows at (m, m); L21: rows x k at
 * (m, s); t = L21^T, k x rows): block row [r0, r1) of A22 takes columns [0, r1) only, ~5/8
 * of the full square's work in four blocks. Every element sums over the same K blocks as in
 * the full product, so the bits are the same.
 */
function lowerUpdate(
  n: number,
  a: Float64Array,
  m: number,
  s: number,
  k: number,
  rows: number,
  t: Float64Array,
): void {
  const R = Math.max(MIN_BLOCK, Math.ceil(rows / UPDATE_BLOCKS / 8) * 8);
  for (let r0 = 0; r0 < rows; ) {
    // a short remainder joins the last block
    const r1 = rows - r0 < R + MIN_BLOCK ? rows : r0 + R;
    gemmSub(r1 - r0, r1, k, a, (m + r0) * n + s, n, t, 0, rows, a, (m + r0) * n + m, n);
    r0 = r1;
  }
}

let scratch = new Float64Array(0);

/** Rows of A21 moved together by `transposeBlock`: each column of t gets whole runs. */
const TILE = 8;

/**
 * t (k x rows, row-major) = the rows x k block of `a` at `off` (row stride n), transposed;
 * or back into `a` when `back`. Eight rows at a time, so that every column of the block
 * lands in t as one run of eight (row by row: 2 ns an element at 300 x 300, strided writes).
 */
function transposeBlock(
  a: Float64Array,
  off: number,
  n: number,
  t: Float64Array,
  rows: number,
  k: number,
  back: boolean,
): void {
  for (let i0 = 0; i0 < rows; i0 += TILE) {
    const i1 = Math.min(rows, i0 + TILE);
    for (let j = 0; j < k; j++) {
      const tj = j * rows;
      if (back) for (let i = i0; i < i1; i++) a[off + i * n + j] = t[tj + i]!;
      else for (let i = i0; i < i1; i++) t[tj + i] = a[off + i * n + j]!;
    }
  }
}

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
