/**
 * Complex LU with partial pivoting (LAPACK zgetrf / zgetrs) on interleaved (re, im)
 * ROW-MAJOR Float64Arrays: element (i, j) of an n-column matrix is at 2 * (i * n + j).
 * Same recursive structure as lu.ts; the off-diagonal complex products run as four real
 * GEMMs over the strided real and imaginary parts (no copies). Pivots use izamax's
 * |re| + |im|.
 */
import { gemm } from '../../_core/kernels/gemm.js';
import { applyPivots, cdiv, LEAF, tmpOf } from './lu.js';

/**
 * C -= A B for complex blocks: A (rows x k) at complex element `ao` with row stride `lda`,
 * B (k x cols) at `bo` / `ldb`, C at `co` / `ldc` (all in complex elements).
 */
function gemmSubC(
  rows: number,
  cols: number,
  k: number,
  a: Float64Array,
  ao: number,
  lda: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  c: Float64Array,
  co: number,
  ldc: number,
): void {
  if (rows === 0 || cols === 0 || k === 0) return;
  const t = tmpOf(rows * cols);
  const part = (x: Float64Array, off: number, ld: number, im: number) => ({
    data: x,
    off: 2 * off + im,
    rs: 2 * ld,
    cs: 2,
  });
  // (sign, lane of C, A part, B part): re -= ArBr - AiBi, im -= ArBi + AiBr
  const terms: [number, number, number, number][] = [
    [-1, 0, 0, 0],
    [1, 0, 1, 1],
    [-1, 1, 0, 1],
    [-1, 1, 1, 0],
  ];
  for (const [sign, lane, ia, ib] of terms) {
    gemm(false, rows, cols, k, part(a, ao, lda, ia), part(b, bo, ldb, ib), t, 0, cols);
    for (let i = 0; i < rows; i++) {
      const ci = 2 * (co + i * ldc) + lane;
      const ti = i * cols;
      if (sign < 0) for (let j = 0; j < cols; j++) c[ci + 2 * j] -= t[ti + j];
      else for (let j = 0; j < cols; j++) c[ci + 2 * j] += t[ti + j];
    }
  }
}

/** Unblocked factorization of columns [j0, j1) (whole-row swaps). Returns info. */
function panelC(n: number, a: Float64Array, j0: number, j1: number, piv: Int32Array): number {
  let info = 0;
  const w = 2 * n;
  for (let k = j0; k < j1; k++) {
    let p = k;
    let best = -1;
    for (let i = k; i < n; i++) {
      const q = i * w + 2 * k;
      const v = Math.abs(a[q]) + Math.abs(a[q + 1]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    piv[k] = p;
    const kk = k * w;
    const pq = p * w + 2 * k;
    if (a[pq] !== 0 || a[pq + 1] !== 0) {
      if (p !== k) {
        const pp = p * w;
        for (let c = 0; c < w; c++) {
          const t = a[kk + c];
          a[kk + c] = a[pp + c];
          a[pp + c] = t;
        }
      }
      const [rr, ri] = cdiv(1, 0, a[kk + 2 * k], a[kk + 2 * k + 1]);
      for (let i = k + 1; i < n; i++) {
        const q = i * w + 2 * k;
        const xr = a[q];
        const xi = a[q + 1];
        a[q] = xr * rr - xi * ri;
        a[q + 1] = xr * ri + xi * rr;
      }
    } else if (info === 0) info = k + 1;
    for (let i = k + 1; i < n; i++) {
      const ii = i * w;
      const lr = a[ii + 2 * k];
      const li = a[ii + 2 * k + 1];
      for (let c = 2 * (k + 1); c < 2 * j1; c += 2) {
        const ur = a[kk + c];
        const ui = a[kk + c + 1];
        a[ii + c] -= lr * ur - li * ui;
        a[ii + c + 1] -= lr * ui + li * ur;
      }
    }
  }
  return info;
}

/** Rows [r0, r1) of B := L^-1 B (unit lower L of the n-column `l`; B at `bo`, `ldb`, ncols). */
function trsmLowerC(
  l: Float64Array,
  ldl: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
  leaf: number,
): void {
  if (r1 - r0 <= leaf) {
    for (let i = r0 + 1; i < r1; i++) {
      const bi = 2 * (bo + i * ldb);
      for (let p = r0; p < i; p++) {
        const lr = l[2 * (i * ldl + p)];
        const li = l[2 * (i * ldl + p) + 1];
        const bp = 2 * (bo + p * ldb);
        for (let c = 0; c < 2 * ncols; c += 2) {
          const xr = b[bp + c];
          const xi = b[bp + c + 1];
          b[bi + c] -= lr * xr - li * xi;
          b[bi + c + 1] -= lr * xi + li * xr;
        }
      }
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmLowerC(l, ldl, b, bo, ldb, ncols, r0, mid, leaf);
  gemmSubC(
    r1 - mid,
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
  );
  trsmLowerC(l, ldl, b, bo, ldb, ncols, mid, r1, leaf);
}

/** As `trsmLowerC` for the non-unit upper triangle (back substitution). */
function trsmUpperC(
  u: Float64Array,
  ldu: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
  leaf: number,
): void {
  if (r1 - r0 <= leaf) {
    for (let i = r1 - 1; i >= r0; i--) {
      const bi = 2 * (bo + i * ldb);
      for (let p = i + 1; p < r1; p++) {
        const ur = u[2 * (i * ldu + p)];
        const ui = u[2 * (i * ldu + p) + 1];
        const bp = 2 * (bo + p * ldb);
        for (let c = 0; c < 2 * ncols; c += 2) {
          const xr = b[bp + c];
          const xi = b[bp + c + 1];
          b[bi + c] -= ur * xr - ui * xi;
          b[bi + c + 1] -= ur * xi + ui * xr;
        }
      }
      const dr = u[2 * (i * ldu + i)];
      const di = u[2 * (i * ldu + i) + 1];
      for (let c = 0; c < 2 * ncols; c += 2) {
        const [qr, qi] = cdiv(b[bi + c], b[bi + c + 1], dr, di);
        b[bi + c] = qr;
        b[bi + c + 1] = qi;
      }
    }
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmUpperC(u, ldu, b, bo, ldb, ncols, mid, r1, leaf);
  gemmSubC(
    mid - r0,
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
  );
  trsmUpperC(u, ldu, b, bo, ldb, ncols, r0, mid, leaf);
}

function rgetrfC(n: number, a: Float64Array, piv: Int32Array, j0: number, j1: number): number {
  if (j1 - j0 <= LEAF) return panelC(n, a, j0, j1, piv);
  const mid = j0 + (((j1 - j0) >> 1) & ~7 || (j1 - j0) >> 1);
  const info1 = rgetrfC(n, a, piv, j0, mid);
  trsmLowerC(a, n, a, mid, n, j1 - mid, j0, mid, LEAF);
  gemmSubC(
    n - mid,
    j1 - mid,
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
  );
  const info2 = rgetrfC(n, a, piv, mid, j1);
  return info1 !== 0 ? info1 : info2;
}

/** Complex getrf: `a` (n x n, interleaved) becomes L\U. Returns info. */
export function getrfComplex(n: number, a: Float64Array, piv: Int32Array): number {
  return rgetrfC(n, a, piv, 0, n);
}

/** Complex getrs: `b` (n x nrhs, interleaved) becomes X with A X = B. */
export function getrsComplex(
  n: number,
  nrhs: number,
  lu: Float64Array,
  piv: Int32Array,
  b: Float64Array,
): void {
  applyPivots(n, nrhs, b, piv, 2);
  const leaf = nrhs < 8 ? n : LEAF;
  trsmLowerC(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
  trsmUpperC(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
}
