/** `np.linalg.qr`: Householder QR (lapack/qr.ts) of every matrix of the stack. */
import { ValueError } from '../_core/errors.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { warn } from '../_core/runtime_warning.js';
import {
  asLinalgArray,
  assertStacked2d,
  linalgTypes,
  matrixStack,
  namedTuple,
  newStack,
  writeMatrix,
} from './_util.js';
import { geqrf, orgqr } from './lapack/qr.js';
import { geqrfBlocked, orgqrBlocked, QR_BLOCK_MIN } from './lapack/qr_blocked.js';

type QRMode = 'reduced' | 'complete' | 'r' | 'raw';

/** Row-major m x n (lanes per element) -> column-major, or back with the roles swapped. */
function transposeInto(
  rows: number,
  cols: number,
  src: Float64Array,
  dst: Float64Array,
  L: number,
) {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = (i * cols + j) * L;
      const d = (j * rows + i) * L;
      dst[d] = src[s];
      if (L === 2) dst[d + 1] = src[s + 1];
    }
  }
}

/**
 * `np.linalg.qr(a, mode='reduced')`: mode 'reduced' / 'complete' give the named result
 * (Q, R); 'r' gives R alone; 'raw' gives [h, tau] (LAPACK's reflectors, h transposed).
 * @example np.linalg.qr([[1, 2], [3, 4]]).R // array([[-3.16227766, -4.42718872], [ 0., -0.63245553]])
 */
export function qr(
  a: ArrayLike | NDArray,
  mode?: QRMode | string | { mode?: string },
  opts?: { mode?: string },
): any {
  const o = bindArgs('qr', ['a', 'mode'], [a, mode, opts]);
  missingPositional('qr', o, ['a']);
  let md = (o.mode ?? 'reduced') as string;
  if (!['reduced', 'complete', 'r', 'raw'].includes(md)) {
    if (md === 'f' || md === 'full') {
      warn(
        "The 'full' option is deprecated in favor of 'reduced'.\nFor backward compatibility let mode default.",
        'DeprecationWarning',
      );
      md = 'reduced';
    } else if (md === 'e' || md === 'economic') {
      warn("The 'economic' option is deprecated.", 'DeprecationWarning');
      md = 'economic';
    } else throw new ValueError(`Unrecognized mode '${md}'`);
  }
  const A = asLinalgArray(o.a as ArrayLike);
  assertStacked2d(A);
  const { complex, result } = linalgTypes(A);
  const L = complex ? 2 : 1;
  const m = A.dims[A.ndim - 2];
  const n = A.dims[A.ndim - 1];
  const k = Math.min(m, n);
  const sa = matrixStack(A, complex);
  const batch = sa.batch;
  const mc = md === 'complete' && m > n ? m : k;
  const rRows = md === 'r' ? k : mc;
  const R = md === 'raw' ? null : newStack(batch, md === 'economic' ? [m, n] : [rRows, n], result);
  const Q = md === 'reduced' || md === 'complete' ? newStack(batch, [m, mc], result) : null;
  const H = md === 'raw' ? newStack(batch, [n, m], result) : null;
  const T = md === 'raw' ? newStack(batch, [k], result) : null;
  const rowBuf = new Float64Array(m * n * L);
  const colBuf = new Float64Array(m * n * L);
  const tau = new Float64Array(k * L);
  const rBuf = new Float64Array(Math.max(rRows, m) * n * L);
  const qRow = new Float64Array(m * mc * L);
  for (let i = 0; i < sa.count; i++) {
    sa.read(i, rowBuf);
    transposeInto(m, n, rowBuf, colBuf, L);
    // real matrices of some size run the blocked (GEMM) algorithms
    const blocked = !complex && k >= QR_BLOCK_MIN;
    if (blocked) geqrfBlocked(m, n, colBuf, tau);
    else geqrf(m, n, colBuf, tau, complex);
    if (H !== null && T !== null) {
      // the transpose of the factored matrix is the column-major buffer read row by row
      writeMatrix(H, i, colBuf, m * n);
      writeMatrix(T, i, tau, k);
      continue;
    }
    if (R !== null) {
      if (md === 'economic') {
        transposeInto(n, m, colBuf, rBuf, L);
        writeMatrix(R, i, rBuf, m * n);
      } else {
        // R = triu of the first rRows rows
        rBuf.fill(0, 0, rRows * n * L);
        for (let r = 0; r < rRows; r++) {
          for (let c = r; c < n; c++) {
            const d = (r * n + c) * L;
            const s = (c * m + r) * L;
            rBuf[d] = colBuf[s];
            if (L === 2) rBuf[d + 1] = colBuf[s + 1];
          }
        }
        writeMatrix(R, i, rBuf, rRows * n);
      }
    }
    if (Q !== null) {
      const q = blocked
        ? orgqrBlocked(m, mc, k, colBuf, tau)
        : orgqr(m, mc, k, colBuf, tau, complex);
      transposeInto(mc, m, q, qRow, L);
      writeMatrix(Q, i, qRow, m * mc);
    }
  }
  if (md === 'r' || md === 'economic') return R;
  if (md === 'raw') return [H, T];
  return namedTuple('QRResult', [Q, R], ['Q', 'R']);
}
