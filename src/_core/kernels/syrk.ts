/**
 * C = A A^T (NumPy's syrk case of dot / matmul, e.g. np.cov's dot(X, X.T)): the GEMM on the
 * block rows of the upper triangle, mirrored into the lower one, ~60% of the full product's
 * work. Same bits as the full GEMM: every C[i, j] is summed over the same K blocks in the same
 * order wherever its tile lies, and C[j, i] multiplies the same pairs (products commute), so
 * the full product is exactly symmetric too.
 */
import { gemm, type MatOperand } from './gemm.js';
import { wasmKernels } from './index.js';

type FArr = Float64Array | Float32Array;

/**
 * c (n x n, row stride ldc at cOff) = A A^T for A n x k; false (nothing done) where the
 * full product would not run the wasm GEMM on every block (its plain loop sums in another
 * order): the JS backend, or blocks too small.
 *
 * @example gemmAAt(false, 100, 10000, {data: x, off: 0, rs: 10000, cs: 1}, c, 0, 100)
 */
export function gemmAAt(
  f32: boolean,
  n: number,
  k: number,
  a: MatOperand,
  c: FArr,
  cOff: number,
  ldc: number,
): boolean {
  // blocks of >= 32 rows and columns and k >= 128 (>= 4096 multiply-adds, whole register
  // tiles): gemm runs its wasm path on each, as on the full product
  if (n < 64 || k < 128 || wasmKernels() === null) return false;
  const R = Math.max(32, Math.ceil(n / 16) * 4);
  const bt = { data: a.data, off: a.off, rs: a.cs, cs: a.rs };
  for (let r0 = 0; r0 < n; ) {
    // a short remainder joins the last block
    const rn = n - r0 < 2 * R ? n - r0 : R;
    const ar = { data: a.data, off: a.off + r0 * a.rs, rs: a.rs, cs: a.cs };
    bt.off = a.off + r0 * a.rs;
    gemm(f32, rn, n - r0, k, ar, bt, c, cOff + r0 * ldc + r0, ldc);
    r0 += rn;
  }
  for (let i = 1; i < n; i++)
    for (let j = 0; j < i; j++) c[cOff + i * ldc + j] = c[cOff + j * ldc + i]!;
  return true;
}
