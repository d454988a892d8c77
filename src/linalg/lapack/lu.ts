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
 * the trailing block by the packed GEMM of kernels/gemm.ts, in place) and the triangular
 * solves halve the rows the same way, so almost all the work runs in the GEMM. The panels
 * (32 columns) and the solves' leaves (32 rows) run as WebAssembly SIMD kernels
 * (assembly/lapack.ts: lu_panel, trsm_leaf) on copies in the module's scratch memory, with
 * JS twins that do the same operations for the JS backend. The complex versions are in
 * lu_complex.ts.
 */
import { gemmSingle, gemmUpdate } from '../../_core/kernels/gemm.js';
import { wasmKernels } from '../../_core/kernels/index.js';

/** Column (or row) count at which the recursive algorithms switch to plain loops. */
export const LEAF = 16;
/** Row count at which the real recursive triangular solves switch to their leaf loops. */
const TRSM_LEAF = 32;
/**
 * Column count of the real factorization's unblocked panels: the panel's rank-1 updates cost
 * m w^2 / 2 each, so 32 (rather than 64) columns move half of that work into the GEMM updates
 * (getrf 500 x 500 about 10% less CPU time, single thread).
 */
const PANEL = 32;

/**
 * Multiply-adds from which an update goes to the threaded GEMM (gemmUpdate); smaller ones run
 * on this thread (gemmSingle, same bits). On the shared 2-core machine the threaded update
 * (operands copied to shared memory and back) lost to one thread on every update shape of the
 * 500 x 500 factorization and inverse (e.g. 250 x 500 x 250: 8.1 ms vs 5.6 ms), while a
 * 500^3 product still gained a little.
 */
const THREAD_MIN = 1 << 25;

/** Scratch for the complex GEMM products (lu_complex.ts), grown on demand. */
let scratch = new Float64Array(0);
export function tmpOf(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch;
}

/** Column-major copy of the panel being factored on the JS backend (grown on demand). */
let panelBuf = new Float64Array(0);
/** Panel-relative pivot rows. */
let panelPiv = new Int32Array(0);

interface PanelExports {
  lu_panel?: (p: number, m: number, w: number, piv: number) => number;
}

/** Temporary for `swapRun`. */
let swapRow = new Float64Array(0);

/** Exchange the runs a[x, x + len) and a[y, y + len) (disjoint) by block copies. */
function swapRun(a: Float64Array, x: number, y: number, len: number): void {
  if (len <= 0) return;
  if (len < 16) {
    for (let c = 0; c < len; c++) {
      const t = a[x + c];
      a[x + c] = a[y + c];
      a[y + c] = t;
    }
    return;
  }
  const t = swapRow.subarray(0, len);
  t.set(a.subarray(x, x + len));
  a.copyWithin(x, y, y + len);
  a.set(t, y);
}

/**
 * rows runs of w elements from `src` (run r at so + r * ls) to `dst` (at d0 + r * ld). Short
 * runs (a panel's 32 columns): element loops unrolled by four, twice as fast as the plain loop
 * and than a subarray copy per run (panels of 500 x 500: 0.3 ms of a 4.7 ms getrf before).
 */
function copyRuns(
  src: Float64Array,
  so: number,
  ls: number,
  dst: Float64Array,
  d0: number,
  ld: number,
  rows: number,
  w: number,
): void {
  const w4 = w & ~3;
  for (let r = 0; r < rows; r++) {
    const s = so + r * ls;
    const d = d0 + r * ld;
    let c = 0;
    for (; c < w4; c += 4) {
      dst[d + c] = src[s + c];
      dst[d + c + 1] = src[s + c + 1];
      dst[d + c + 2] = src[s + c + 2];
      dst[d + c + 3] = src[s + c + 3];
    }
    for (; c < w; c++) dst[d + c] = src[s + c];
  }
}

/** The wasm module's memory as int32 (it never grows, so the view stays valid). */
let i32View: Int32Array | null = null;

/**
 * Unblocked factorization (LAPACK getf2) of columns [j0, j1) of the n x n row-major `a`,
 * rows j0..n-1. The panel is copied into the wasm module's scratch (row-major) for its SIMD
 * kernel lu_panel, else into a column-major JS buffer so that the pivot search, the scaling
 * and the rank-1 updates run over contiguous columns; the row interchanges are then applied
 * to the columns outside the panel. `piv[k]` gets the row exchanged with row k.
 * Returns the first zero-pivot index + 1 (LAPACK's info) or 0.
 */
function panel(n: number, a: Float64Array, j0: number, j1: number, piv: Int32Array): number {
  const m = n - j0;
  const w = j1 - j0;
  const wk = wasmKernels();
  const kern = wk === null ? undefined : (wk.ex as unknown as PanelExports).lu_panel;
  const base = wk === null ? 0 : (wk.base + 63) & ~63;
  const useWasm = wk !== null && kern !== undefined && base + (m * w + w) * 8 <= wk.scratchEnd;
  let info: number;
  let rel: Int32Array;
  let r0 = 0;
  if (useWasm) {
    // row-major in scratch: whole row pieces copied in and out
    const f64 = wk.f64;
    const o = base / 8;
    copyRuns(a, j0 * n + j0, n, f64, o, w, m, w);
    if (i32View === null || i32View.buffer !== f64.buffer) i32View = new Int32Array(f64.buffer);
    const pivAt = base + m * w * 8;
    info = kern(base, m, w, pivAt);
    rel = i32View;
    r0 = pivAt / 4;
    copyRuns(f64, o, w, a, j0 * n + j0, n, m, w);
  } else {
    // column-major copy: contiguous columns for the JS loops
    if (panelBuf.length < m * w) panelBuf = new Float64Array(m * w);
    const p = panelBuf;
    for (let r = 0; r < m; r++) {
      const ar = (j0 + r) * n + j0;
      for (let c = 0; c < w; c++) p[c * m + r] = a[ar + c];
    }
    if (panelPiv.length < w) panelPiv = new Int32Array(w);
    rel = panelPiv;
    info = getf2(p, m, w, rel);
    for (let r = 0; r < m; r++) {
      const ar = (j0 + r) * n + j0;
      for (let c = 0; c < w; c++) a[ar + c] = p[c * m + r];
    }
  }
  for (let k = 0; k < w; k++) piv[j0 + k] = j0 + rel[r0 + k];
  // the same interchanges on the columns left and right of the panel (block copies)
  if (swapRow.length < n) swapRow = new Float64Array(n);
  for (let k = j0; k < j1; k++) {
    const q = piv[k];
    if (q === k) continue;
    swapRun(a, k * n, q * n, j0);
    swapRun(a, k * n + j1, q * n + j1, n - j1);
  }
  return info === 0 ? 0 : j0 + info;
}

/**
 * getf2 on the m x w column-major `p` (the JS twin of assembly/lapack.ts lu_panel, same
 * operations, same bits): panel-relative pivot rows into `rel`, returns info (relative).
 */
function getf2(p: Float64Array, m: number, w: number, rel: Int32Array): number {
  let info = 0;
  for (let k = 0; k < w; k++) {
    const ck = k * m;
    let ip = k;
    let best = Math.abs(p[ck + k]);
    for (let i = k + 1; i < m; i++) {
      const v = Math.abs(p[ck + i]);
      if (v > best) {
        best = v;
        ip = i;
      }
    }
    rel[k] = ip;
    if (p[ck + ip] !== 0) {
      if (ip !== k) {
        for (let c = 0; c < w; c++) {
          const t = p[c * m + k];
          p[c * m + k] = p[c * m + ip];
          p[c * m + ip] = t;
        }
      }
      const d = p[ck + k];
      // getf2 multiplies by the reciprocal unless that would overflow
      if (Math.abs(d) >= 2.2250738585072014e-308) {
        const r = 1 / d;
        for (let i = ck + k + 1; i < ck + m; i++) p[i] *= r;
      } else {
        for (let i = ck + k + 1; i < ck + m; i++) p[i] /= d;
      }
    } else if (info === 0) info = k + 1;
    for (let c = k + 1; c < w; c++) {
      const cc = c * m;
      const u = p[cc + k];
      const off = cc - ck;
      for (let i = ck + k + 1; i < ck + m; i++) p[i + off] -= p[i] * u;
    }
  }
  return info;
}

/** C[rows x cols] (at `cOff`, row stride `ldc`) -= A B, in place by the GEMM's update. */
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
): void {
  if (rows === 0 || cols === 0 || k === 0) return;
  const A = { data: a, off: aOff, rs: lda, cs: 1 };
  const B = { data: b, off: bOff, rs: ldb, cs: 1 };
  if (rows * cols * k >= THREAD_MIN) gemmUpdate(false, rows, cols, k, -1, A, B, c, cOff, ldc);
  else gemmSingle(false, rows, cols, k, -1, true, A, B, c, cOff, ldc);
}

/**
 * Recursive LU of columns [j0, j1) (LAPACK getrf2): factor the left half, solve for the
 * top-right block, update the bottom-right block by GEMM, factor the right half.
 */
function rgetrf(n: number, a: Float64Array, piv: Int32Array, j0: number, j1: number): number {
  if (j1 - j0 <= PANEL) return panel(n, a, j0, j1, piv);
  const mid = j0 + (((j1 - j0) >> 1) & ~7 || (j1 - j0) >> 1);
  const info1 = rgetrf(n, a, piv, j0, mid);
  // A12 = L11^-1 A12 (rows j0..mid, columns mid..j1)
  trsmLower(a, n, a, mid, n, j1 - mid, j0, mid);
  // A22 -= L21 A12
  const rows = n - mid;
  const cols = j1 - mid;
  gemmSub(rows, cols, mid - j0, a, mid * n + j0, n, a, j0 * n + mid, n, a, mid * n + mid, n);
  const info2 = rgetrf(n, a, piv, mid, j1);
  return info1 !== 0 ? info1 : info2;
}

/** getrf: `a` (n x n row-major) becomes L\U (unit L below the diagonal). Returns info. */
export function getrf(n: number, a: Float64Array, piv: Int32Array): number {
  return rgetrf(n, a, piv, 0, n);
}

interface LeafExports {
  trsm_leaf?: (b: number, t: number, R: number, ncols: number, upper: number) => void;
}

/** The triangles trsm_leaf solves with: unit lower, non-unit upper, non-unit lower. */
export const LEAF_UNIT_LOWER = 0;
export const LEAF_UPPER = 1;
export const LEAF_LOWER = 2;

/**
 * A TRSM leaf (rows [r0, r1) of B, ncols columns from `bo`, row stride ldb) by the wasm
 * SIMD kernel trsm_leaf (assembly/lapack.ts): the unit lower, non-unit upper or non-unit
 * lower triangle (`mode`) of `t` (row stride ldt, from `tOff`) on those rows. Same operations as the JS
 * loops (subRows, then the division or the reciprocal's product), so the same bits. False
 * when the module is not loaded or the block is narrow.
 */
export function leafWasm(
  mode: number,
  t: Float64Array,
  ldt: number,
  b: Float64Array,
  bo: number,
  ldb: number,
  ncols: number,
  r0: number,
  r1: number,
  tOff = 0,
): boolean {
  const w = wasmKernels();
  const kern = w === null ? undefined : (w.ex as unknown as LeafExports).trsm_leaf;
  if (w === null || kern === undefined || ncols < 8) return false;
  const R = r1 - r0;
  const base = (w.base + 63) & ~63;
  const pt = base + R * ncols * 8;
  if (pt + R * R * 8 > w.scratchEnd) return false;
  const f64 = w.f64;
  const o = base / 8;
  const ot = pt / 8;
  for (let i = 0; i < R; i++) {
    const src = bo + (r0 + i) * ldb;
    f64.set(b.subarray(src, src + ncols), o + i * ncols);
    const ts = tOff + (r0 + i) * ldt + r0;
    f64.set(t.subarray(ts, ts + R), ot + i * R);
  }
  kern(base, pt, R, ncols, mode);
  for (let i = 0; i < R; i++) {
    b.set(f64.subarray(o + i * ncols, o + (i + 1) * ncols), bo + (r0 + i) * ldb);
  }
  return true;
}

/**
 * Row `bi` of b -= sum over p in [p0, p1) of coef[co + p] times row p of B (at bo + p * ldb),
 * over ncols columns: two source rows per pass, so the target row is loaded and stored half
 * as often.
 */
export function subRows(
  b: Float64Array,
  bi: number,
  coef: Float64Array,
  co: number,
  p0: number,
  p1: number,
  bo: number,
  ldb: number,
  ncols: number,
): void {
  let p = p0;
  for (; p + 1 < p1; p += 2) {
    const x0 = coef[co + p];
    const x1 = coef[co + p + 1];
    const b0 = bo + p * ldb;
    const b1 = b0 + ldb;
    for (let c = 0; c < ncols; c++) b[bi + c] -= x0 * b[b0 + c] + x1 * b[b1 + c];
  }
  if (p < p1) {
    const x0 = coef[co + p];
    const b0 = bo + p * ldb;
    for (let c = 0; c < ncols; c++) b[bi + c] -= x0 * b[b0 + c];
  }
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
  leaf = TRSM_LEAF,
): void {
  if (r1 - r0 <= leaf) {
    if (leafWasm(LEAF_UNIT_LOWER, l, ldl, b, bo, ldb, ncols, r0, r1)) return;
    for (let i = r0 + 1; i < r1; i++) subRows(b, bo + i * ldb, l, i * ldl, r0, i, bo, ldb, ncols);
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
  leaf = TRSM_LEAF,
): void {
  if (r1 - r0 <= leaf) {
    if (leafWasm(LEAF_UPPER, u, ldu, b, bo, ldb, ncols, r0, r1)) return;
    for (let i = r1 - 1; i >= r0; i--) {
      const bi = bo + i * ldb;
      subRows(b, bi, u, i * ldu, i + 1, r1, bo, ldb, ncols);
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
  if (nrhs === 1) {
    substituteVector(n, lu, b);
    return;
  }
  // a few right-hand sides: GEMM would not pay, substitute row by row
  const leaf = nrhs < 8 ? n : TRSM_LEAF;
  trsmLower(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
  trsmUpper(lu, n, b, 0, nrhs, nrhs, 0, n, leaf);
}

/**
 * L U x = b for one right-hand side (b becomes x): forward then back substitution as dot
 * products along the rows of the factors (unit stride), two accumulators each.
 */
function substituteVector(n: number, lu: Float64Array, b: Float64Array): void {
  for (let i = 1; i < n; i++) {
    const row = i * n;
    let s0 = 0;
    let s1 = 0;
    let p = 0;
    for (; p + 1 < i; p += 2) {
      s0 += lu[row + p] * b[p];
      s1 += lu[row + p + 1] * b[p + 1];
    }
    if (p < i) s0 += lu[row + p] * b[p];
    b[i] -= s0 + s1;
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = i * n;
    let s0 = 0;
    let s1 = 0;
    let p = i + 1;
    for (; p + 1 < n; p += 2) {
      s0 += lu[row + p] * b[p];
      s1 += lu[row + p + 1] * b[p + 1];
    }
    if (p < n) s0 += lu[row + p] * b[p];
    b[i] = (b[i] - (s0 + s1)) / lu[row + i];
  }
}

/**
 * Rows [r0, r1) of L^-1 written into `b` (n x n row-major, holding I in those rows on entry):
 * as `trsmLower` on B = I, but L^-1 is lower triangular, so rows below r1 only ever need
 * columns before r1, and the update from rows [r0, mid) splits into their dense columns
 * [0, r0) (one GEMM) and their triangle [r0, mid) (`trmmSub`): n^3/6 multiply-adds in all
 * instead of the ~n^3/4 of full blocks (inv 500 x 500: 31 -> 22 M).
 */
function trsmLowerIdentity(
  l: Float64Array,
  n: number,
  b: Float64Array,
  r0: number,
  r1: number,
): void {
  if (r1 - r0 <= TRSM_LEAF) {
    // the leaf's rows of L^-1 are zero from column r1 on
    if (leafWasm(LEAF_UNIT_LOWER, l, n, b, 0, n, r1, r0, r1)) return;
    for (let i = r0 + 1; i < r1; i++) subRows(b, i * n, l, i * n, r0, i, 0, n, r1);
    return;
  }
  const mid = (r0 + r1) >> 1;
  trsmLowerIdentity(l, n, b, r0, mid);
  const rows = r1 - mid;
  gemmSub(rows, r0, mid - r0, l, mid * n + r0, n, b, r0 * n, n, b, mid * n, n);
  trmmSub(rows, mid - r0, l, mid * n + r0, n, b, r0 * n + r0, n, b, mid * n + r0, n);
  trsmLowerIdentity(l, n, b, mid, r1);
}

/** Triangles at most this wide are multiplied as full blocks (their zeros included). */
const TRMM_LEAF = 64;

/**
 * C[rows x h] -= A[rows x h] T for the lower triangle T (h x h at tOff, row stride ldt; its
 * upper part is zero): halves of T, the off-diagonal block by GEMM (BLAS trmm's split).
 */
function trmmSub(
  rows: number,
  h: number,
  a: Float64Array,
  aOff: number,
  lda: number,
  t: Float64Array,
  tOff: number,
  ldt: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  if (h <= TRMM_LEAF) {
    gemmSub(rows, h, h, a, aOff, lda, t, tOff, ldt, c, cOff, ldc);
    return;
  }
  const h1 = h >> 1;
  const h2 = h - h1;
  // C1 -= A1 T11 + A2 T21, C2 -= A2 T22
  trmmSub(rows, h1, a, aOff, lda, t, tOff, ldt, c, cOff, ldc);
  gemmSub(rows, h1, h2, a, aOff + h1, lda, t, tOff + h1 * ldt, ldt, c, cOff, ldc);
  trmmSub(rows, h2, a, aOff + h1, lda, t, tOff + h1 * ldt + h1, ldt, c, cOff + h1, ldc);
}

/**
 * getri by solves: `out` (n x n) becomes A^-1 = U^-1 L^-1 P from getrf's factors, the
 * pivots applied as column interchanges at the end, as LAPACK's getri does.
 */
export function invFromLU(n: number, lu: Float64Array, piv: Int32Array, out: Float64Array): void {
  out.fill(0, 0, n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = 1;
  trsmLowerIdentity(lu, n, out, 0, n);
  // 16-row leaves here: the n-column back substitution runs more of its work in the GEMM
  // (inv 500 x 500 a few % faster than with 32, which suits the solves in getrf better)
  trsmUpper(lu, n, out, 0, n, n, 0, n, 16);
  // the column interchanges (last pivot first) amount to one column permutation: column c
  // of the result is column src[c] of U^-1 L^-1, gathered row by row
  const src = new Int32Array(n);
  for (let c = 0; c < n; c++) src[c] = c;
  let moved = false;
  for (let j = n - 2; j >= 0; j--) {
    const p = piv[j];
    if (p === j) continue;
    const t = src[j];
    src[j] = src[p];
    src[p] = t;
    moved = true;
  }
  if (!moved) return;
  const row = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const q = r * n;
    row.set(out.subarray(q, q + n));
    for (let c = 0; c < n; c++) out[q + c] = row[src[c]];
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
