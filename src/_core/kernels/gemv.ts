/**
 * Matrix-vector products on the wasm backend (assembly/gemv.ts), for the products the GEMM
 * leaves to its plain loops (one row or one column): `A x` (n = 1) and `x A` (m = 1) with the
 * matrix's rows or columns contiguous (unit column or row stride). The vector and blocks of the matrix's rows are
 * copied into scratch and the SIMD kernel keeps the plain loops' sum order (gemm.ts `matVec`:
 * four partials p % 4 per row; `rowProduct`: one running sum per column, p in order), so
 * both backends give the same bits. Each returns false (nothing done) where it does not apply.
 */
import type { MatOperand } from './gemm.js';
import { wasmKernels } from './index.js';

type FArr = Float64Array | Float32Array;

type GemvExports = {
  gemv_f64(a: number, lda: number, x: number, k: number, rows: number, st: number): void;
  gemv_f32(a: number, lda: number, x: number, k: number, rows: number, st: number): void;
  gevm_f64(a: number, lda: number, x: number, rows: number, n: number, c: number): void;
  gevm_f32(a: number, lda: number, x: number, rows: number, n: number, c: number): void;
  gemv_cols_f64(a: number, lda: number, x: number, k: number, n: number, st: number): void;
  gemv_cols_f32(a: number, lda: number, x: number, k: number, n: number, st: number): void;
  dot_rows_f64(a: number, lda: number, x: number, k: number, rows: number, st: number): void;
  dot_rows_f32(a: number, lda: number, x: number, k: number, rows: number, st: number): void;
};

type Wasm = NonNullable<ReturnType<typeof wasmKernels>>;

/** Scratch budget (bytes): a chunk of the vector (a multiple of 16 elements of either size). */
const X_BYTES = 128 * 1024;
/** The per-row states of A x (at most MAX_ROWS rows of 4 partials) or the columns of x A. */
const S_BYTES = 128 * 1024;
/** A block of the matrix's rows (L2-sized; 256-1024 KiB measured within noise). */
const A_BYTES = 512 * 1024;
const MAX_ROWS = S_BYTES / 32;

const round16 = (x: number) => (x + 15) & ~15;

/** The vector `v[off + p*s]`, p in [p0, p0 + n), into the view at element `to`. */
function copyVec(view: FArr, to: number, v: FArr, off: number, s: number, p0: number, n: number) {
  const o = off + p0 * s;
  if (s === 1) (view as Float64Array).set(v.subarray(o, o + n) as Float64Array, to);
  else for (let p = 0; p < n; p++) view[to + p] = v[o + p * s]!;
}

/**
 * Rows r0..r0+rn, columns p0..p0+pn of the unit-column-stride matrix `a` into scratch at byte
 * `pa`, row stride `ld` bytes (one memcpy when the rows are back to back).
 */
function copyRows(
  view: FArr,
  pa: number,
  ld: number,
  a: MatOperand,
  r0: number,
  rn: number,
  p0: number,
  pn: number,
) {
  const size = view.BYTES_PER_ELEMENT;
  const v = view as Float64Array;
  const s = a.data as Float64Array;
  const o = a.off + r0 * a.rs + p0;
  if (a.rs === pn && ld === pn * size) v.set(s.subarray(o, o + rn * pn), pa / size);
  else
    for (let r = 0; r < rn; r++)
      v.set(s.subarray(o + r * a.rs, o + r * a.rs + pn), (pa + r * ld) / size);
}

/**
 * c[cOff + i*ldc] = A[i, :] . x for i < m, A m x k with unit column stride, x = B[:, 0].
 *
 * @example matVecWasm(false, m, k, A, B, c, 0, 1) // np.matmul(A, x), float64
 */
export function matVecWasm(
  f32: boolean,
  m: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  const W = wasmKernels();
  if (W === null || (a.cs !== 1 && a.rs !== 1)) return false;
  if (a.cs !== 1) return matVecCols(W, f32, m, k, a, b, c, cOff, ldc);
  return rowDots(W, f32, 4, m, k, a, b, c, cOff, ldc);
}

/**
 * c[cOff + i*ldc] = A[i, :] . x for the m x k matrix `a` with unit column stride and the
 * vector x = `v[v.off + p*v.rs]`: blocks of rows streamed through scratch with the vector
 * (in chunks when long), each row's `lanes` running sums kept in a state: four partials
 * p % 4 combined as (s0 + s1) + (s2 + s3) (matVec), or one sum over p in order (rowProduct).
 */
function rowDots(
  W: Wasm,
  f32: boolean,
  lanes: 1 | 4,
  m: number,
  k: number,
  a: MatOperand,
  v: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  const ex = W.ex as unknown as GemvExports;
  const view = f32 ? W.f32 : W.f64;
  const size = view.BYTES_PER_ELEMENT;
  const kern =
    lanes === 4 ? (f32 ? ex.gemv_f32 : ex.gemv_f64) : f32 ? ex.dot_rows_f32 : ex.dot_rows_f64;
  const kc = Math.min(k, X_BYTES / size);
  const px = W.base;
  const pst = px + X_BYTES;
  const pa = pst + S_BYTES;
  const R = Math.min(m, MAX_ROWS, Math.max(1, Math.floor(A_BYTES / round16(kc * size))));
  if (pa + R * round16(kc * size) > W.scratchEnd) return false;
  const ist = pst / size;
  if (k === kc) copyVec(view, px / size, v.data, v.off, v.rs, 0, k);
  const f = Math.fround;
  for (let r0 = 0; r0 < m; r0 += R) {
    const rn = Math.min(R, m - r0);
    view.fill(0, ist, ist + lanes * rn);
    for (let p0 = 0; p0 < k; p0 += kc) {
      const pn = Math.min(kc, k - p0);
      if (k !== kc) copyVec(view, px / size, v.data, v.off, v.rs, p0, pn);
      // rows back to back when A is C-contiguous and whole rows fit one chunk
      const ld = a.rs === pn ? pn * size : round16(pn * size);
      copyRows(view, pa, ld, a, r0, rn, p0, pn);
      kern(pa, ld, px, pn, rn, pst);
    }
    for (let r = 0, s = ist; r < rn; r++, s += lanes) {
      const sum =
        lanes === 1
          ? view[s]!
          : f32
            ? f(f(view[s]! + view[s + 1]!) + f(view[s + 2]! + view[s + 3]!))
            : view[s]! + view[s + 1]! + (view[s + 2]! + view[s + 3]!);
      c[cOff + (r0 + r) * ldc] = sum;
    }
  }
  return true;
}

/**
 * matVecWasm for A with contiguous columns (a.rs = 1): blocks of whole columns (a multiple of
 * four, so every partial keeps its p % 4) of up to MAX_ROWS rows, padded to whole vectors.
 */
function matVecCols(
  W: Wasm,
  f32: boolean,
  m: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  const ex = W.ex as unknown as GemvExports;
  const view = f32 ? W.f32 : W.f64;
  const size = view.BYTES_PER_ELEMENT;
  const per = 16 / size;
  const kern = f32 ? ex.gemv_cols_f32 : ex.gemv_cols_f64;
  const kc = Math.min(k, X_BYTES / size);
  const mc = Math.min(m, S_BYTES / 4 / size);
  const px = W.base;
  const pst = px + X_BYTES;
  const pa = pst + S_BYTES;
  const ldMax = round16(mc * size);
  const Q = Math.floor(A_BYTES / ldMax / 4) * 4;
  if (Q < 4 || pa + Q * ldMax > W.scratchEnd) return false;
  const ist = pst / size;
  if (k === kc) copyVec(view, px / size, b.data, b.off, b.rs, 0, k);
  // the columns as the rows of A.T (unit column stride) for copyRows
  const at = { data: a.data, off: a.off, rs: a.cs, cs: 1 };
  for (let i0 = 0; i0 < m; i0 += mc) {
    const rn = Math.min(mc, m - i0);
    const rp = Math.ceil(rn / per) * per;
    const ld = round16(rn * size);
    view.fill(0, ist, ist + 4 * rp);
    for (let p0 = 0; p0 < k; p0 += kc) {
      const pn = Math.min(kc, k - p0);
      if (k !== kc) copyVec(view, px / size, b.data, b.off, b.rs, p0, pn);
      for (let q0 = 0; q0 < pn; q0 += Q) {
        const qn = Math.min(Q, pn - q0);
        copyRows(view, pa, ld, at, p0 + q0, qn, i0, rn);
        kern(pa, ld, px + q0 * size, qn, rp, pst);
      }
    }
    // partial q of row i: vector i / per, lane i % per, at 4 vectors per vector of rows
    const f = Math.fround;
    for (let r = 0; r < rn; r++) {
      const s = ist + (r - (r % per)) * 4 + (r % per);
      const v = f32
        ? f(f(view[s]! + view[s + per]!) + f(view[s + 2 * per]! + view[s + 3 * per]!))
        : view[s]! + view[s + per]! + (view[s + 2 * per]! + view[s + 3 * per]!);
      c[cOff + (i0 + r) * ldc] = v;
    }
  }
  return true;
}

/**
 * c[cOff + j] = sum_p x[p] B[p, j] for j < n (p in order from +0), x = A[0, :] (k elements),
 * B k x n with unit column stride (SIMD across columns) or unit row stride (a dot per column).
 *
 * @example vecMatWasm(false, n, k, X, B, c, 0) // np.matmul(x, B), float64
 */
export function vecMatWasm(
  f32: boolean,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
): boolean {
  const W = wasmKernels();
  if (W === null || (b.cs !== 1 && b.rs !== 1)) return false;
  if (b.cs !== 1) {
    // contiguous columns: each c[j] is a dot of x with column j, one running sum
    const cols = { data: b.data, off: b.off, rs: b.cs, cs: 1 };
    return rowDots(
      W,
      f32,
      1,
      n,
      k,
      cols,
      { data: a.data, off: a.off, rs: a.cs, cs: 1 },
      c,
      cOff,
      1,
    );
  }
  const ex = W.ex as unknown as GemvExports;
  const view = f32 ? W.f32 : W.f64;
  const size = view.BYTES_PER_ELEMENT;
  const kern = f32 ? ex.gevm_f32 : ex.gevm_f64;
  const kc = Math.min(k, X_BYTES / size);
  const nc = Math.min(n, S_BYTES / size);
  const px = W.base;
  const pc = px + X_BYTES;
  const pa = pc + S_BYTES;
  const ldMax = round16(nc * size);
  const R = Math.max(1, Math.floor(A_BYTES / ldMax));
  if (pa + R * ldMax > W.scratchEnd) return false;
  const ic = pc / size;
  if (k === kc) copyVec(view, px / size, a.data, a.off, a.cs, 0, k);
  const bt = { data: b.data, off: b.off, rs: b.rs, cs: 1 };
  for (let j0 = 0; j0 < n; j0 += nc) {
    const jn = Math.min(nc, n - j0);
    view.fill(0, ic, ic + jn);
    for (let p0 = 0; p0 < k; p0 += kc) {
      const pn = Math.min(kc, k - p0);
      if (k !== kc) copyVec(view, px / size, a.data, a.off, a.cs, p0, pn);
      const ld = b.rs === jn ? jn * size : round16(jn * size);
      for (let q0 = 0; q0 < pn; q0 += R) {
        const qn = Math.min(R, pn - q0);
        // rows p0+q0.. of B, columns j0..j0+jn (copyRows takes rows along its r index)
        bt.off = b.off + j0;
        copyRows(view, pa, ld, bt, p0 + q0, qn, 0, jn);
        kern(pa, ld, px + q0 * size, qn, jn, pc);
      }
    }
    (c as Float64Array).set(view.subarray(ic, ic + jn) as Float64Array, cOff + j0);
  }
  return true;
}
