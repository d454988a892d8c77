/**
 * LU factorization with partial pivoting and the triangular solves that use it
 * (LAPACK's getrf / getrs), on square ROW-MAJOR matrices in Float64Arrays.
 *
 * Pivoting is LAPACK's: at step k the pivot is the first row holding the largest
 * |a[i,k]| (for complex, izamax's |re| + |im|), and a zero pivot is recorded in `info`
 * without stopping. No product is skipped for a zero factor, so NaN and inf propagate as
 * they do through OpenBLAS. Row swaps are applied to whole rows at once (contiguous in row-major),
 * which is what getrf's laswp calls amount to.
 *
 * Real matrices are factored recursively (LAPACK getrf2: halve the columns, GEMM update of
 * the trailing block by the packed GEMM of kernels/gemm.ts) and the triangular solves halve
 * the rows the same way, so almost all the work runs in the GEMM. The complex versions are
 * in lu_complex.ts.
 */
import { gemm } from '../../_core/kernels/gemm.js';

/** Column (or row) count at which the recursive algorithms switch to plain loops. */
export const LEAF = 16;

/** Scratch for the GEMM products, grown on demand (only used inside one gemmSub call). */
let scratch = new Float64Array(0);
export function tmpOf(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

/**
 * Unblocked factorization of columns [j0, j1) of the n x n row-major `a`, rows j0..n-1,
 * swapping whole rows. `piv[k]` gets the row exchanged with row k. Returns the first
 * zero-pivot index + 1 (LAPACK's info) or 0.
 */
function panel(n: number, a: Float64Array, j0: number, j1: number, piv: Int32Array): number {
  let info = 0;
  for (let k = j0; k < j1; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    piv[k] = p;
    const kk = k * n;
    if (a[p * n + k] !== 0) {
      if (p !== k) {
        const pp = p * n;
        for (let c = 0; c < n; c++) {
          const t = a[kk + c];
          a[kk + c] = a[pp + c];
          a[pp + c] = t;
        }
      }
      const d = a[kk + k];
      // getf2 multiplies by the reciprocal unless that would overflow
      if (Math.abs(d) >= 2.2250738585072014e-308) {
        const r = 1 / d;
        for (let i = k + 1; i < n; i++) a[i * n + k] *= r;
      } else {
        for (let i = k + 1; i < n; i++) a[i * n + k] /= d;
      }
    } else if (info === 0) info = k + 1;
    for (let i = k + 1; i < n; i++) {
      const ii = i * n;
      const l = a[ii + k];
      for (let c = k + 1; c < j1; c++) a[ii + c] -= l * a[kk + c];
    }
  }
  return info;
}

/** C[rows x cols] (at `cOff`, row stride `ldc`) -= A B via the GEMM into scratch `tmp`. */
export function gemmSub(
  rows: number,
  cols: number,
  k: number,
  a: Float64Array,
  aOff: number,
  lda: number,
  b: Float64Array,
  bOff: number,
  ldb: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
  tmp: Float64Array,
): void {
  if (rows === 0 || cols === 0 || k === 0) return;
  gemm(
    false,
    rows,
    cols,
    k,
    { data: a, off: aOff, rs: lda, cs: 1 },
    { data: b, off: bOff, rs: ldb, cs: 1 },
    tmp,
    0,
    cols,
  );
  for (let i = 0; i < rows; i++) {
    const ci = cOff + i * ldc;
    const ti = i * cols;
    for (let j = 0; j < cols; j++) c[ci + j] -= tmp[ti + j];
  }
}

/**
 * Recursive LU of columns [j0, j1) (LAPACK getrf2): factor the left half, solve for the
 * top-right block, update the bottom-right block by GEMM, factor the right half.
 */
function rgetrf(n: number, a: Float64Array, piv: Int32Array, j0: number, j1: number): number {
  if (j1 - j0 <= LEAF) return panel(n, a, j0, j1, piv);
  const mid = j0 + (((j1 - j0) >> 1) & ~7 || (j1 - j0) >> 1);
  const info1 = rgetrf(n, a, piv, j0, mid);
  // A12 = L11^-1 A12 (rows j0..mid, columns mid..j1)
  trsmLower(a, n, a, mid, n, j1 - mid, j0, mid);
  // A22 -= L21 A12
  const rows = n - mid;
  const cols = j1 - mid;
  gemmSub(
    rows,
    cols,
    mid - j0,
    a,
    mid * n + j0,
    n,
    a,
    j0 * n + mid,
    n,
    a,
    mid * n + mid,
    n,
    tmpOf(rows * cols),
  );
  const info2 = rgetrf(n, a, piv, mid, j1);
  return info1 !== 0 ? info1 : info2;
}

/** getrf: `a` (n x n row-major) becomes L\U (unit L below the diagonal). Returns info. */
export function getrf(n: number, a: Float64Array, piv: Int32Array): number {
  return rgetrf(n, a, piv, 0, n);
}

/**
 * Rows [r0, r1) of B := L^-1 B for the unit lower triangle L of `l` (element (i, j) at
 * l[i * ldl + j]); B's element (i, c) is b[bo + i * ldb + c], c < ncols. Recursive halving
 * with the off-diagonal block done by GEMM.
 */
function trsmLower(
  l: Float64Array,
  ldl: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
  leaf = LEAF,
): void {
  if (r1 - r0 <= leaf) {
    for (let i = r0 + 1; i < r1; i++) {
      const bi = bo + i * ldb;
      for (let p = r0; p < i; p++) {
        const lv = l[i * ldl + p];
        const bp = bo + p * ldb;
        for (let c = 0; c < ncols; c++) b[bi + c] -= lv * b[bp + c];
      }
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmLower(l, ldl, b, bo, ldb, ncols, r0, mid);
  const rows = r1 - mid;
  gemmSub(
    rows,
    ncols,
    mid - r0,
    l,
    mid * ldl + r0,
    ldl,
    b,
    bo + r0 * ldb,
    ldb,
    b,
    bo + mid * ldb,
    ldb,
    tmpOf(rows * ncols),
  );
  trsmLower(l, ldl, b, bo, ldb, ncols, mid, r1);
}

/** As `trsmLower` for the non-unit upper triangle U (back substitution). */
function trsmUpper(
  u: Float64Array,
  ldu: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
  leaf = LEAF,
): void {
  if (r1 - r0 <= leaf) {
    for (let i = r1 - 1; i >= r0; i--) {
      const bi = bo + i * ldb;
      for (let p = i + 1; p < r1; p++) {
        const uv = u[i * ldu + p];
        const bp = bo + p * ldb;
        for (let c = 0; c < ncols; c++) b[bi + c] -= uv * b[bp + c];
      }
      const d = u[i * ldu + i];
      for (let c = 0; c < ncols; c++) b[bi + c] /= d;
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmUpper(u, ldu, b, bo, ldb, ncols, mid, r1);
  const rows = mid - r0;
  gemmSub(
    rows,
    ncols,
    r1 - mid,
    u,
    r0 * ldu + mid,
    ldu,
    b,
    bo + mid * ldb,
    ldb,
    b,
    bo + r0 * ldb,
    ldb,
    tmpOf(rows * ncols),
  );
  trsmUpper(u, ldu, b, bo, ldb, ncols, r0, mid);
}

/** Apply getrf's row interchanges to the n x nrhs row-major `b` (lanes: 2 for complex). */
export function applyPivots(
  n: number,
  nrhs: number,
  b: Float64Array,
  piv: Int32Array,
  lanes = 1,
): void {
  const w = nrhs * lanes;
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p === k) continue;
    const kk = k * w;
    const pp = p * w;
    for (let c = 0; c < w; c++) {
      const t = b[kk + c];
      b[kk + c] = b[pp + c];
      b[pp + c] = t;
    }
  }
}

/**
 * getrs: solve A X = B given getrf's factors; `b` (n x nrhs row-major) becomes X:
 * forward substitution with unit L, then back substitution with U.
 */
export function getrs(
  n: number,
  nrhs: number,
  lu: Float64Array,
  piv: Int32Array,
  b: Float64Array,
): void {
  applyPivots(n, nrhs, b, piv);
  // a few right-hand sides: GEMM would not pay, substitute row by row
  const leaf = nrhs < 8 ? n : LEAF;
  trsmLower(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
  trsmUpper(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
}

/**
 * Rows [r0, r1) of L^-1 written into `b` (n x n row-major, holding I in those rows on entry):
 * as `trsmLower` on B = I, but L^-1 is lower triangular, so rows below r1 only ever need
 * columns before r1 and the GEMM skips the zero blocks (a third of the work of a dense solve).
 */
function trsmLowerIdentity(
  l: Float64Array,
  n: number,
  b: Float64Array,
  r0: number,
  r1: number,
): void {
  if (r1 - r0 <= LEAF) {
    for (let i = r0 + 1; i < r1; i++) {
      const bi = i * n;
      for (let p = r0; p < i; p++) {
        const lv = l[i * n + p];
        const bp = p * n;
        for (let c = 0; c <= p; c++) b[bi + c] -= lv * b[bp + c];
      }
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmLowerIdentity(l, n, b, r0, mid);
  const rows = r1 - mid;
  gemmSub(rows, mid, mid - r0, l, mid * n + r0, n, b, r0 * n, n, b, mid * n, n, tmpOf(rows * mid));
  trsmLowerIdentity(l, n, b, mid, r1);
}

/**
 * getri by solves: `out` (n x n) becomes A^-1 = U^-1 L^-1 P from getrf's factors, the
 * pivots applied as column interchanges at the end, as LAPACK's getri does.
 */
export function invFromLU(n: number, lu: Float64Array, piv: Int32Array, out: Float64Array): void {
  out.fill(0, 0, n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  trsmLowerIdentity(lu, n, out, 0, n);
  trsmUpper(lu, n, out, 0, n, n, 0, n);
  for (let j = n - 2; j >= 0; j--) {
    const p = piv[j];
    if (p === j) continue;
    for (let r = 0; r < n; r++) {
      const q = r * n;
      const t = out[q + j];
      out[q + j] = out[q + p];
      out[q + p] = t;
    }
  }
}

/** (ar + i ai) / (br + i bi) by Smith's algorithm (no needless overflow). */
export function cdiv(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (Math.abs(br) >= Math.abs(bi)) {
    if (br === 0 && bi === 0) return [ar / 0, ai / 0];
    const r = bi / br;
    const d = br + bi * r;
    return [(ar + ai * r) / d, (ai - ar * r) / d];
  }
  const r = br / bi;
  const d = bi + br * r;
  return [(ar * r + ai) / d, (ai * r - ar) / d];
}
