/**
 * Householder reflectors H = I - beta u u^H for real or complex (split re / im) vectors,
 * shared by the SVD, symmetric-eigen and Hessenberg reductions. H is Hermitian and unitary
 * and maps x to gamma e1 with gamma = -phase(x0) ||x|| (so |gamma| = ||x||).
 */
import { gemm, gemmUpdate } from '../../_core/kernels/gemm.js';

/**
 * sqrt(a^2 + b^2): the plain formula when the squares are safely representable (much faster
 * than Math.hypot in V8), Math.hypot otherwise.
 */
export function hypot2(a: number, b: number): number {
  const s = a * a + b * b;
  if (s > 1e-290 && s < 1e290) return Math.sqrt(s);
  return Math.hypot(a, b);
}

/**
 * Scale (re, im)[0..len) by a power of two into a safe range when its largest magnitude is
 * outside [2^-500, 2^500] (LAPACK's xLASCL step), so squares neither overflow nor
 * underflow. Returns the factor applied (1 when none).
 */
export function scaleToSafeRange(re: Float64Array, im: Float64Array | null, len: number): number {
  let amax = 0;
  for (let i = 0; i < len; i++) {
    const v = Math.abs(re[i]);
    if (v > amax) amax = v;
    if (im !== null) {
      const w = Math.abs(im[i]);
      if (w > amax) amax = w;
    }
  }
  if (!(amax > 0) || (amax >= 2 ** -500 && amax <= 2 ** 500)) return 1;
  const scale = 2 ** -Math.round(Math.log2(amax));
  for (let i = 0; i < len; i++) {
    re[i] *= scale;
    if (im !== null) im[i] *= scale;
  }
  return scale;
}

/** The last reflector built: beta and gamma = gr + i gi. Reused to avoid allocation. */
export interface Reflector {
  beta: number;
  gr: number;
  gi: number;
}

const last: Reflector = { beta: 0, gr: 0, gi: 0 };

/**
 * Turn x = (xr, xi)[off + i * stride], i < len, into the reflector vector u in place
 * (normalised so that u0 = 1) and return beta and gamma. beta = 0 means H = I (x = 0).
 */
export function householder(
  xr: Float64Array,
  xi: Float64Array | null,
  off: number,
  stride: number,
  len: number,
): Reflector {
  // ||x|| with scaling so that squares neither overflow nor underflow
  let amax = 0;
  for (let i = 0, p = off; i < len; i++, p += stride) {
    const a = Math.abs(xr[p]);
    if (a > amax) amax = a;
    if (xi !== null) {
      const b = Math.abs(xi[p]);
      if (b > amax) amax = b;
    }
  }
  const x0r = xr[off];
  const x0i = xi === null ? 0 : xi[off];
  if (amax === 0) {
    last.beta = 0;
    last.gr = x0r;
    last.gi = x0i;
    return last;
  }
  let ss = 0;
  const inv = 1 / amax;
  for (let i = 0, p = off; i < len; i++, p += stride) {
    const a = xr[p] * inv;
    ss += a * a;
    if (xi !== null) {
      const b = xi[p] * inv;
      ss += b * b;
    }
  }
  const nrm = amax * Math.sqrt(ss);
  const a0 = Math.hypot(x0r, x0i);
  let pr = 1;
  let pi = 0;
  if (a0 !== 0) {
    pr = x0r / a0;
    pi = x0i / a0;
  }
  // u = x + phase(x0) ||x|| e1 (no cancellation in u0), stored normalised to u0 = 1 so that
  // beta = (||x|| + |x0|) / ||x|| lies in [1, 2] whatever the scale of x
  // u0 = phase(x0) (|x0| + ||x||), so x_i / u0 = (x_i / m0) conj(phase(x0))
  const m0 = a0 + nrm;
  for (let i = 1, p = off + stride; i < len; i++, p += stride) {
    const a = xr[p] / m0;
    if (xi === null) {
      xr[p] = a * pr;
      continue;
    }
    const b = xi[p] / m0;
    xr[p] = a * pr + b * pi;
    xi[p] = b * pr - a * pi;
  }
  xr[off] = 1;
  if (xi !== null) xi[off] = 0;
  last.beta = m0 / nrm;
  last.gr = -pr * nrm;
  last.gi = -pi * nrm;
  return last;
}

/**
 * T[r0 + i][c] <- ((I - beta u u^H) T)[r0 + i][c] for i < len, c0 <= c < c1, where T is
 * row-major with row length `ld` and u_i = (ur, ui)[uOff + i * uStride].
 */
export function applyLeftReflector(
  tr: Float64Array,
  ti: Float64Array | null,
  r0: number,
  ld: number,
  len: number,
  c0: number,
  c1: number,
  beta: number,
  ur: Float64Array,
  ui: Float64Array | null,
  uOff: number,
  uStride: number,
): void {
  const w = c1 - c0;
  if (w <= 0) return;
  const wr = new Float64Array(w);
  if (ti === null || ui === null) {
    for (let i = 0; i < len; i++) {
      const u = ur[uOff + i * uStride];
      if (u === 0) continue;
      const row = (r0 + i) * ld + c0;
      for (let j = 0; j < w; j++) wr[j] += u * tr[row + j];
    }
    for (let i = 0; i < len; i++) {
      const u = beta * ur[uOff + i * uStride];
      if (u === 0) continue;
      const row = (r0 + i) * ld + c0;
      for (let j = 0; j < w; j++) tr[row + j] -= u * wr[j];
    }
    return;
  }
  const wi = new Float64Array(w);
  // w = u^H T
  for (let i = 0; i < len; i++) {
    const a = ur[uOff + i * uStride];
    const b = ui[uOff + i * uStride];
    if (a === 0 && b === 0) continue;
    const row = (r0 + i) * ld + c0;
    for (let j = 0; j < w; j++) {
      const xr = tr[row + j];
      const xi = ti[row + j];
      wr[j] += a * xr + b * xi;
      wi[j] += a * xi - b * xr;
    }
  }
  // T -= beta u w
  for (let i = 0; i < len; i++) {
    const a = beta * ur[uOff + i * uStride];
    const b = beta * ui[uOff + i * uStride];
    if (a === 0 && b === 0) continue;
    const row = (r0 + i) * ld + c0;
    for (let j = 0; j < w; j++) {
      tr[row + j] -= a * wr[j] - b * wi[j];
      ti[row + j] -= a * wi[j] + b * wr[j];
    }
  }
}

/**
 * Q[r][c] <- (H_0 H_1 ... H_{K-1} Q) for a real Q that starts as the identity (row-major,
 * `rows` x `cols`, row length `ld`), blocked: groups of reflectors are applied as
 * I - V T V^T (LAPACK's compact WY form) with GEMMs. Reflector k acts on rows shift + k ..
 * rows - 1; its vector (first entry 1) is v[off0 + k * kstep + i * vstride]; beta 0 means
 * H_k = I. Columns below shift + k of those rows are still zero when H_k is applied, so
 * only columns from there on are touched. With `dense`, Q is any matrix (e.g. eigenvectors
 * of the reduced problem: Q <- H_0 ... H_{K-1} Q, LAPACK's ormtr) and every column is updated.
 */
export function accumulateReflectors(
  q: Float64Array,
  ld: number,
  rows: number,
  cols: number,
  K: number,
  v: Float64Array,
  off0: number,
  kstep: number,
  vstride: number,
  shift: number,
  betas: Float64Array,
  dense = false,
): void {
  const NB = 32;
  for (let kb = Math.floor((K - 1) / NB) * NB; kb >= 0; kb -= NB) {
    const b = Math.min(NB, K - kb);
    const r0 = shift + kb;
    const L = rows - r0;
    const c0 = dense ? 0 : r0;
    const wc = cols - c0;
    if (L <= 0 || wc <= 0) continue;
    // V (L x b): column j is reflector kb + j, starting at row j
    const V = new Float64Array(L * b);
    let any = false;
    // row by row: for the reflectors stored in columns (eigh) a row of V is a row run of v
    for (let j = 0; j < b; j++) {
      if (betas[kb + j] !== 0) any = true;
      V[j * b + j] = 1;
    }
    for (let i = 1; i < L; i++) {
      const jn = Math.min(i, b);
      for (let j = 0; j < jn; j++) V[i * b + j] = v[off0 + (kb + j) * kstep + (i - j) * vstride];
    }
    if (!any) continue;
    // T (b x b) upper triangular
    const T = new Float64Array(b * b);
    // G = V^T V by the GEMM: column i above the diagonal is V[:, 0:i]^T v_i
    const G = new Float64Array(b * b);
    gemm(
      false,
      b,
      b,
      L,
      { data: V, off: 0, rs: 1, cs: b },
      { data: V, off: 0, rs: b, cs: 1 },
      G,
      0,
      b,
    );
    for (let i = 0; i < b; i++) {
      const beta = betas[kb + i];
      T[i * b + i] = beta;
      if (i === 0 || beta === 0) continue;
      // T[0:i, i] = -beta T[0:i, 0:i] G[0:i, i]
      for (let p = 0; p < i; p++) {
        let s = 0;
        for (let j = p; j < i; j++) s += T[p * b + j] * G[j * b + i];
        T[p * b + i] = -beta * s;
      }
    }
    // W = V^T Q[r0:, c0:] (b x wc); W2 = T W; Q[r0:, c0:] -= V W2 (in place)
    const W = new Float64Array(b * wc);
    gemm(
      false,
      b,
      wc,
      L,
      { data: V, off: 0, rs: 1, cs: b },
      { data: q, off: r0 * ld + c0, rs: ld, cs: 1 },
      W,
      0,
      wc,
    );
    const W2 = new Float64Array(b * wc);
    gemm(
      false,
      b,
      wc,
      b,
      { data: T, off: 0, rs: b, cs: 1 },
      { data: W, off: 0, rs: wc, cs: 1 },
      W2,
      0,
      wc,
    );
    gemmUpdate(
      false,
      L,
      wc,
      b,
      -1,
      { data: V, off: 0, rs: b, cs: 1 },
      { data: W2, off: 0, rs: wc, cs: 1 },
      q,
      r0 * ld + c0,
      ld,
    );
  }
}
