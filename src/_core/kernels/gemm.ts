/**
 * Matrix product kernels for float64 and float32: C = A B on strided typed arrays.
 *
 * WebAssembly backend: GotoBLAS-style blocking. The operands stay in their own ArrayBuffers;
 * for each KC x NC panel of B and MC x KC block of A, the panels are packed (zero-padded) into
 * the module's fixed scratch memory as register-tile micro-panels, the C block is loaded into
 * scratch, and the SIMD micro-kernel (assembly/gemm.ts, a 4 x 4 float64 / 4 x 8 float32
 * register tile of mul + add) accumulates into it before it is copied back.
 * The JS fallback is a plain i-p-j loop.
 */
import { wasmKernels } from './index.js';

type FArr = Float64Array | Float32Array;
type GemmFn = (
  pa: number,
  pb: number,
  pc: number,
  mc: number,
  nc: number,
  kc: number,
  ldc: number,
) => void;

/** A strided matrix operand: element (i, j) is `data[off + i * rs + j * cs]`. */
export interface MatOperand<T extends FArr = FArr> {
  data: T;
  off: number;
  rs: number;
  cs: number;
}

/** Block sizes (elements): A block MC x KC, B panel KC x NC. */
/** Register-tile rows (the micro-kernel is 4 x 4 float64, 4 x 8 float32; a 6 x 4 float64 tile
 * spills registers in V8 and ran 30% slower, unrolling p by 2 was slower too). */
const MR = 4;
const KC = 256;
const MC = 64;
const NC = 256;

/** Below this many multiply-adds the JS loop is used on both backends. */
const SMALL_FLOPS = 4096;

/**
 * C[m x n] (row-major, row stride `ldc`, offset `cOff` in `c`) = A[m x k] B[k x n].
 * `f32` selects float32 arithmetic (products and sums rounded to float32).
 */
export function gemm(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  // matrix-vector shapes (m or n < 4) would waste most of a register tile: plain loop
  const w = m * n * k >= SMALL_FLOPS && m >= 4 && n >= 4 ? wasmKernels() : null;
  if (w === null) {
    gemmJS(f32, m, n, k, a, b, c, cOff, ldc);
    return;
  }
  const ex = w.ex as unknown as { gemm_f64: GemmFn; gemm_f32: GemmFn };
  const size = f32 ? 4 : 8;
  const NR = f32 ? 8 : 4;
  const view: FArr = f32 ? w.f32 : w.f64;
  const kern = f32 ? ex.gemm_f32 : ex.gemm_f64;
  // scratch layout: B panel (KC x NC), A block (MC x KC), C block (MC x NC)
  const pb = (w.base + 63) & ~63;
  const pa = pb + KC * NC * size;
  const pc = pa + MC * KC * size;
  if (pc + MC * NC * size > view.buffer.byteLength) throw new Error('gemm: scratch too small');
  const ib = pb / size;
  const ia = pa / size;
  const ic = pc / size;
  const ad = a.data;
  const bd = b.data;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    const ncp = Math.ceil(nc / NR) * NR;
    for (let p0 = 0; p0 < k; p0 += KC) {
      const kc = Math.min(KC, k - p0);
      // pack B[p0:p0+kc, jc:jc+nc] into NR-column micro-panels
      let q = ib;
      for (let j0 = 0; j0 < ncp; j0 += NR) {
        const jn = Math.min(NR, nc - j0);
        for (let p = 0; p < kc; p++) {
          const src = b.off + (p0 + p) * b.rs + (jc + j0) * b.cs;
          let t = 0;
          for (; t < jn; t++) view[q + t] = bd[src + t * b.cs];
          for (; t < NR; t++) view[q + t] = 0;
          q += NR;
        }
      }
      for (let i0 = 0; i0 < m; i0 += MC) {
        const mc = Math.min(MC, m - i0);
        const mcp = Math.ceil(mc / MR) * MR;
        // pack A[i0:i0+mc, p0:p0+kc] into MR-row micro-panels
        q = ia;
        for (let r0 = 0; r0 < mcp; r0 += MR) {
          const rn = Math.min(MR, mc - r0);
          const rowBase = a.off + (i0 + r0) * a.rs + p0 * a.cs;
          for (let p = 0; p < kc; p++) {
            const src = rowBase + p * a.cs;
            let t = 0;
            for (; t < rn; t++) view[q + t] = ad[src + t * a.rs];
            for (; t < MR; t++) view[q + t] = 0;
            q += MR;
          }
        }
        // C block into scratch (zero on the first K panel)
        if (p0 === 0) view.fill(0, ic, ic + mcp * ncp);
        else {
          for (let r = 0; r < mc; r++) {
            const s = cOff + (i0 + r) * ldc + jc;
            (view as Float64Array).set((c as Float64Array).subarray(s, s + nc), ic + r * ncp);
          }
        }
        kern(pa, pb, pc, mcp, ncp, kc, ncp);
        for (let r = 0; r < mc; r++) {
          const s = ic + r * ncp;
          (c as Float64Array).set(
            (view as Float64Array).subarray(s, s + nc),
            cOff + (i0 + r) * ldc + jc,
          );
        }
      }
    }
  }
  if (k === 0) {
    for (let r = 0; r < m; r++) c.fill(0, cOff + r * ldc, cOff + r * ldc + n);
  }
}

/** Plain TypeScript C = A B (i-p-j order; float32 rounds every product and sum). */
export function gemmJS(
  f32: boolean,
  m: number,
  n: number,
  k: number,
  a: MatOperand,
  b: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): void {
  const ad = a.data;
  const bd = b.data;
  const row = f32 ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < m; i++) {
    row.fill(0);
    const ai = a.off + i * a.rs;
    for (let p = 0; p < k; p++) {
      const av = ad[ai + p * a.cs];
      const bp = b.off + p * b.rs;
      if (f32) {
        const af = Math.fround(av);
        for (let j = 0; j < n; j++) row[j] = row[j] + Math.fround(af * bd[bp + j * b.cs]);
      } else {
        for (let j = 0; j < n; j++) row[j] += av * bd[bp + j * b.cs];
      }
    }
    (c as Float64Array).set(row as Float64Array, cOff + i * ldc);
  }
}
