/**
 * Blocked real Householder QR (LAPACK dgeqrf / dorgqr with dlarft + dlarfb) on the
 * column-major storage of qr.ts: panels of NB reflectors are factored unblocked, gathered
 * into the compact WY form I - V T V^T, and applied to the rest of the matrix with two
 * packed GEMMs, so most of the work runs in kernels/gemm.ts.
 */
import { gemm } from '../../_core/kernels/gemm.js';
import { geqrf, org2r, orgqrInit } from './qr.js';

/** Reflectors per panel and the order from which blocking pays (LAPACK's NB and NX). */
const NB = 32;
export const QR_BLOCK_MIN = 96;

/**
 * V (rows x nb, column-major, unit diagonal, zeros above) from the reflectors stored in
 * columns [c0, c0 + nb) of the m-row `a`, rows c0..m; and T (nb x nb, upper, row-major)
 * with H(c0) ... H(c0 + nb - 1) = I - V T V^T (dlarft, forward, columnwise).
 */
function blockReflector(
  m: number,
  a: Float64Array,
  tau: Float64Array,
  c0: number,
  nb: number,
  V: Float64Array,
  T: Float64Array,
): void {
  const rows = m - c0;
  for (let j = 0; j < nb; j++) {
    const vj = j * rows;
    const src = (c0 + j) * m + c0;
    V.fill(0, vj, vj + j);
    V[vj + j] = 1;
    for (let r = j + 1; r < rows; r++) V[vj + r] = a[src + r];
  }
  T.fill(0, 0, nb * nb);
  for (let j = 0; j < nb; j++) {
    const t = tau[c0 + j];
    T[j * nb + j] = t;
    if (t === 0) continue;
    // w = -t V(:, 0:j)^T v_j, then T(0:j, j) = T(0:j, 0:j) w
    const w = new Float64Array(j);
    const vj = j * rows;
    for (let p = 0; p < j; p++) {
      const vp = p * rows;
      let s = 0;
      for (let r = j; r < rows; r++) s += V[vp + r] * V[vj + r];
      w[p] = -t * s;
    }
    for (let p = 0; p < j; p++) {
      let s = 0;
      for (let q = p; q < j; q++) s += T[p * nb + q] * w[q];
      T[p * nb + j] = s;
    }
  }
}

/**
 * C := (I - V op(T) V^T) C for C = columns [c1, cEnd) of the m-row `a`, rows c0..m
 * (op(T) = T^T when `trans`): W^T = C^T V, W^T := W^T op(T)^T, C^T -= W^T V^T.
 */
function applyBlock(
  m: number,
  a: Float64Array,
  c0: number,
  c1: number,
  cEnd: number,
  nb: number,
  V: Float64Array,
  T: Float64Array,
  trans: boolean,
  work: { w: Float64Array; w2: Float64Array; u: Float64Array },
): void {
  const rows = m - c0;
  const n2 = cEnd - c1;
  if (n2 <= 0) return;
  const W = work.w;
  // W^T (n2 x nb) = C^T V; C^T's element (c, r) = a[(c1 + c) * m + c0 + r]
  gemm(
    false,
    n2,
    nb,
    rows,
    { data: a, off: c1 * m + c0, rs: m, cs: 1 },
    { data: V, off: 0, rs: 1, cs: rows },
    W,
    0,
    nb,
  );
  // W := op(T) W, i.e. W^T := W^T T (trans: H^T applied) or W^T T^T
  const W2 = work.w2;
  for (let c = 0; c < n2; c++) {
    const wc = c * nb;
    for (let j = 0; j < nb; j++) {
      let s = 0;
      if (trans) for (let p = 0; p <= j; p++) s += W[wc + p] * T[p * nb + j];
      else for (let p = j; p < nb; p++) s += W[wc + p] * T[j * nb + p];
      W2[wc + j] = s;
    }
  }
  // C^T -= W2 V^T (n2 x rows), rows of C^T are contiguous columns of a
  const U = work.u;
  gemm(
    false,
    n2,
    rows,
    nb,
    { data: W2, off: 0, rs: nb, cs: 1 },
    { data: V, off: 0, rs: rows, cs: 1 },
    U,
    0,
    rows,
  );
  for (let c = 0; c < n2; c++) {
    const ac = (c1 + c) * m + c0;
    const uc = c * rows;
    for (let r = 0; r < rows; r++) a[ac + r] -= U[uc + r];
  }
}

function workFor(m: number, n: number) {
  return {
    w: new Float64Array(n * NB),
    w2: new Float64Array(n * NB),
    u: new Float64Array(n * m),
  };
}

/** Blocked real geqrf of the m x n column-major `a`; `tau` gets min(m, n) scalars. */
export function geqrfBlocked(m: number, n: number, a: Float64Array, tau: Float64Array): void {
  const k = Math.min(m, n);
  const V = new Float64Array(m * NB);
  const T = new Float64Array(NB * NB);
  const work = workFor(m, n);
  let i = 0;
  // LAPACK stops blocking when fewer than NX columns would remain
  for (; i + NB <= k && k - i > QR_BLOCK_MIN / 2; i += NB) {
    geqrf(m, n, a, tau, false, i, i + NB, i + NB);
    if (i + NB < n) {
      blockReflector(m, a, tau, i, NB, V, T);
      applyBlock(m, a, i, i + NB, n, NB, V, T, true, work);
    }
  }
  geqrf(m, n, a, tau, false, i, k, n);
}

/** Blocked real orgqr: the m x nq column-major Q from the k reflectors in `h`. */
export function orgqrBlocked(
  m: number,
  nq: number,
  k: number,
  h: Float64Array,
  tau: Float64Array,
): Float64Array {
  const q = orgqrInit(m, nq, k, h, false);
  // the same panels as geqrfBlocked: the unblocked tail first, then blocks backwards
  let kk = 0;
  while (kk + NB <= k && k - kk > QR_BLOCK_MIN / 2) kk += NB;
  org2r(m, nq, q, tau, false, kk, k, nq);
  const V = new Float64Array(m * NB);
  const T = new Float64Array(NB * NB);
  const work = workFor(m, nq);
  for (let i = kk - NB; i >= 0; i -= NB) {
    blockReflector(m, q, tau, i, NB, V, T);
    applyBlock(m, q, i, i + NB, nq, NB, V, T, false, work);
    org2r(m, nq, q, tau, false, i, i + NB, i + NB);
  }
  return q;
}
