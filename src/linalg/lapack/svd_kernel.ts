/**
 * Singular value decomposition of one dense matrix (the job of LAPACK's xGESVD):
 * Householder bidiagonalisation (real or complex), a diagonal unitary scaling that makes the
 * bidiagonal real, then implicit-shift QR on the real bidiagonal (Golub–Kahan–Reinsch with
 * Demmel–Kahan style splitting), whose rotations are accumulated into small real n x n
 * matrices (recorded, then replayed a few rows at a time: svd_rotations.ts) and applied to
 * the Householder factors with one GEMM at the end; for square real input the reflectors
 * are applied to those matrices directly instead (LAPACK's ormbr, blocked). The real
 * bidiagonalisation runs as a WebAssembly SIMD kernel (assembly/lapack.ts bidiag_f64) when
 * the matrix fits the module's scratch memory.
 *
 * Real matrices with 1 <= min(m, n) <= 25 whose vectors are wanted go to gesdd_small.ts
 * instead: LAPACK dgesdd's own path, so that U and Vh have NumPy's signs (this path's signs
 * differ from LAPACK's about half the time; its vectors span the same subspaces).
 *
 * Matrices are row-major Float64Arrays; complex ones are split into re / im arrays
 * (`im === null` for real data).
 */
import { LinAlgError } from '../../_core/errors.js';
import { gemm } from '../../_core/kernels/gemm.js';
import { wasmKernels } from '../../_core/kernels/index.js';
import { GESDD_SMALL_MAX, gesddSmall } from './gesdd_small.js';
import {
  accumulateReflectors,
  applyLeftReflector,
  householder,
  hypot2,
  scaleToSafeRange,
} from './svd_householder.js';
import { RotationLog } from './svd_rotations.js';
import { zgesddServes, zgesddSmall } from './zgesdd_small.js';

/** Result of `svdDense`: `s` descending; `u` is m x ucols, `vh` is vrows x n (row-major). */
export interface SvdResult {
  s: Float64Array;
  ur: Float64Array | null;
  ui: Float64Array | null;
  vhr: Float64Array | null;
  vhi: Float64Array | null;
}

/** 0: singular values only, 1: reduced (U m x k, Vh k x n), 2: full (U m x m, Vh n x n). */
export type SvdMode = 0 | 1 | 2;

const EPS = 2 ** -52;
const TINY = 2 ** -966;

function svdFail(): never {
  throw new LinAlgError('SVD did not converge');
}

/** Real product C (m x n) = A (m x k) B (k x n), row-major, via the shared GEMM. */
function matmulInto(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  aRs: number,
  aCs: number,
  b: Float64Array,
  bRs: number,
  bCs: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  gemm(
    false,
    m,
    n,
    k,
    { data: a, off: 0, rs: aRs, cs: aCs },
    { data: b, off: 0, rs: bRs, cs: bCs },
    c,
    cOff,
    ldc,
  );
}

/**
 * SVD of the m x n matrix (ar, ai) (destroyed). Throws LinAlgError('SVD did not converge')
 * on NaN input or when the QR iteration fails; infinite input gives all-NaN results as
 * LAPACK does.
 */
export function svdDense(
  m: number,
  n: number,
  ar: Float64Array,
  ai: Float64Array | null,
  mode: SvdMode,
): SvdResult {
  let hasInf = false;
  for (let i = 0; i < m * n; i++) {
    const v = ar[i];
    if (Number.isNaN(v)) svdFail();
    if (v === Infinity || v === -Infinity) hasInf = true;
    if (ai !== null) {
      const w = ai[i];
      if (Number.isNaN(w)) svdFail();
      if (w === Infinity || w === -Infinity) hasInf = true;
    }
  }
  const k = Math.min(m, n);
  const ucols = mode === 2 ? m : k;
  const vrows = mode === 2 ? n : k;
  if (hasInf) {
    const nan = (len: number) => new Float64Array(len).fill(Number.NaN);
    return {
      s: nan(k),
      ur: mode ? nan(m * ucols) : null,
      ui: mode && ai ? nan(m * ucols) : null,
      vhr: mode ? nan(vrows * n) : null,
      vhi: mode && ai ? nan(vrows * n) : null,
    };
  }
  // small real matrices: LAPACK's dgesdd path, for NumPy's signs of U and Vh
  if (ai === null && mode !== 0 && k >= 1 && k <= GESDD_SMALL_MAX) {
    const r = gesddSmall(m, n, ar, mode === 2);
    return { s: r.s, ur: r.u, ui: null, vhr: r.vh, vhi: null };
  }
  // small complex ones: zgesdd's paths, for NumPy's phases
  if (ai !== null && mode !== 0 && zgesddServes(m, n)) {
    const r = zgesddSmall(m, n, ar, ai, mode === 2);
    return { s: r.s, ur: r.ur, ui: r.ui, vhr: r.vr, vhi: r.vi };
  }
  if (m >= n) return svdTall(m, n, ar, ai, mode);
  // A = (A^H)^H: decompose the n x m conjugate transpose, then swap and conjugate the factors
  const tr = new Float64Array(m * n);
  const ti = ai ? new Float64Array(m * n) : null;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      tr[j * m + i] = ar[i * n + j];
      if (ti && ai) ti[j * m + i] = -ai[i * n + j];
    }
  }
  const r = svdTall(n, m, tr, ti, mode);
  if (mode === 0) return r;
  // A^H = U' S Vh'  =>  A = Vh'^H S U'^H: U = Vh'^H (m x ucols), Vh = U'^H (vrows x n)
  const u = conjTranspose(r.vhr!, r.vhi, ucols, m);
  const vh = conjTranspose(r.ur!, r.ui, n, vrows);
  return { s: r.s, ur: u.re, ui: u.im, vhr: vh.re, vhi: vh.im };
}

/** The conjugate transpose (cols x rows) of a rows x cols matrix. */
function conjTranspose(
  re: Float64Array,
  im: Float64Array | null,
  rows: number,
  cols: number,
): { re: Float64Array; im: Float64Array | null } {
  const or = new Float64Array(rows * cols);
  const oi = im ? new Float64Array(rows * cols) : null;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      or[j * rows + i] = re[i * cols + j];
      if (oi && im) oi[j * rows + i] = -im[i * cols + j];
    }
  }
  return { re: or, im: oi };
}

/** m >= n case. */
function svdTall(
  m: number,
  n: number,
  ar: Float64Array,
  ai: Float64Array | null,
  mode: SvdMode,
): SvdResult {
  const ucols = mode === 2 ? m : n;
  if (n === 0) {
    const ur = mode ? identity(m, ucols) : null;
    return {
      s: new Float64Array(0),
      ur,
      ui: mode && ai ? new Float64Array(m * ucols) : null,
      vhr: mode ? new Float64Array(0) : null,
      vhi: mode && ai ? new Float64Array(0) : null,
    };
  }
  const scale = scaleToSafeRange(ar, ai, m * n);
  const want = mode !== 0;
  // --- bidiagonalisation: A = U1 B V1^H
  const dr = new Float64Array(n);
  const di = new Float64Array(n);
  const er = new Float64Array(n);
  const ei = new Float64Array(n);
  const betaL = new Float64Array(n);
  const betaR = new Float64Array(n);
  const done = ai === null && bidiagonalizeWasm(m, n, ar, dr, er, betaL, betaR);
  for (let k = 0; k < n && !done; k++) {
    // left reflector on column k, rows k..m-1
    const len = m - k;
    if (len > 1) {
      const h = householder(ar, ai, k * n + k, n, len);
      betaL[k] = h.beta;
      dr[k] = h.gr;
      di[k] = h.gi;
      if (h.beta !== 0) {
        applyLeftReflector(ar, ai, k, n, len, k + 1, n, h.beta, ar, ai, k * n + k, n);
      }
    } else {
      dr[k] = ar[k * n + k];
      di[k] = ai === null ? 0 : ai[k * n + k];
    }
    if (k < n - 1) {
      // right reflector on row k, columns k+1..n-1 (built on the conjugated row)
      const len2 = n - k - 1;
      const base = k * n + k + 1;
      if (ai !== null) for (let j = 0; j < len2; j++) ai[base + j] = -ai[base + j];
      if (len2 > 1) {
        const h = householder(ar, ai, base, 1, len2);
        betaR[k] = h.beta;
        er[k] = h.gr;
        ei[k] = -h.gi;
        if (h.beta !== 0) applyRight(ar, ai, n, k + 1, m, k + 1, n, base, h.beta);
      } else {
        er[k] = ar[base];
        ei[k] = ai === null ? 0 : -ai[base];
      }
    }
  }
  // --- form U1 (m x ucols) and V1 (n x n) by backward accumulation
  let u1r: Float64Array | null = null;
  let u1i: Float64Array | null = null;
  let v1r: Float64Array | null = null;
  let v1i: Float64Array | null = null;
  // square real input: the reflectors are applied to U2 and V2 directly after the QR
  // iteration (LAPACK's ormbr) instead of forming U1 and V1 and multiplying
  const direct = ai === null && m === n && n > 32;
  if (want && !direct) {
    u1r = identity(m, ucols);
    u1i = ai ? new Float64Array(m * ucols) : null;
    // blocked (GEMM) accumulation pays off beyond a few dozen reflectors
    if (ai === null && n > 32)
      accumulateReflectors(u1r, ucols, m, ucols, n, ar, 0, n + 1, n, 0, betaL);
    else
      for (let k = n - 1; k >= 0; k--) {
        if (betaL[k] === 0) continue;
        applyLeftReflector(u1r, u1i, k, ucols, m - k, k, ucols, betaL[k], ar, ai, k * n + k, n);
      }
    v1r = identity(n, n);
    v1i = ai ? new Float64Array(n * n) : null;
    if (ai === null && n > 32) {
      accumulateReflectors(v1r, n, n, n, n - 1, ar, 1, n + 1, 1, 1, betaR);
    } else
      for (let k = n - 2; k >= 0; k--) {
        if (betaR[k] === 0) continue;
        applyLeftReflector(
          v1r,
          v1i,
          k + 1,
          n,
          n - k - 1,
          k + 1,
          n,
          betaR[k],
          ar,
          ai,
          k * n + k + 1,
          1,
        );
      }
  }
  // --- make the bidiagonal real: B = P Br Q^H with diagonal unitary P, Q
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  if (ai === null) {
    d.set(dr);
    e.set(er);
    e[n - 1] = 0;
  } else {
    for (let k = 0; k < n; k++) {
      let xr = dr[k];
      let xi = di[k];
      const a = hypot2(xr, xi);
      d[k] = a;
      if (a !== 0 && (xi !== 0 || xr < 0)) {
        const pr = xr / a;
        const pi = xi / a;
        // row k of B times conj(p): e_k; column k of U1 times p
        if (k < n - 1) {
          const t = er[k] * pr + ei[k] * pi;
          ei[k] = ei[k] * pr - er[k] * pi;
          er[k] = t;
        }
        if (u1r) scaleColumn(u1r, u1i, m, ucols, k, pr, pi);
      }
      if (k < n - 1) {
        xr = er[k];
        xi = ei[k];
        const b = hypot2(xr, xi);
        e[k] = b;
        if (b !== 0 && (xi !== 0 || xr < 0)) {
          // column k+1 of B times conj(q): d_{k+1}; column k+1 of V1 times conj(q)
          const qr = xr / b;
          const qi = -xi / b;
          const t = dr[k + 1] * qr - di[k + 1] * qi;
          di[k + 1] = dr[k + 1] * qi + di[k + 1] * qr;
          dr[k + 1] = t;
          if (v1r) scaleColumn(v1r, v1i, n, n, k + 1, qr, qi);
        }
      }
    }
  }
  // --- real bidiagonal SVD: Br = U2 S V2^T
  const u2 = want ? identity(n, n) : null;
  const v2 = want ? identity(n, n) : null;
  bidiagonalQR(n, d, e, u2, v2);
  const s = d;
  if (scale !== 1) for (let i = 0; i < n; i++) s[i] /= scale;
  if (!want) return { s, ur: null, ui: null, vhr: null, vhi: null };
  if (direct) {
    // U = H_0 ... H_{n-1} U2; Vh = (G_0 ... G_{n-2} V2)^T
    accumulateReflectors(u2!, n, n, n, n, ar, 0, n + 1, n, 0, betaL, true);
    accumulateReflectors(v2!, n, n, n, n - 1, ar, 1, n + 1, 1, 1, betaR, true);
    return { s, ur: u2, ui: null, vhr: conjTranspose(v2!, null, n, n).re, vhi: null };
  }
  // --- U = U1[:, :n] U2 (then U1's trailing columns for full matrices), Vh = (V1 V2)^H
  const ur = new Float64Array(m * ucols);
  const ui = ai ? new Float64Array(m * ucols) : null;
  matmulInto(m, n, n, u1r!, ucols, 1, u2!, n, 1, ur, 0, ucols);
  if (ui) matmulInto(m, n, n, u1i!, ucols, 1, u2!, n, 1, ui, 0, ucols);
  if (ucols > n) {
    for (let i = 0; i < m; i++) {
      for (let j = n; j < ucols; j++) {
        ur[i * ucols + j] = u1r![i * ucols + j];
        if (ui) ui[i * ucols + j] = u1i![i * ucols + j];
      }
    }
  }
  // Vh = V2^T V1^H: Vh[i][j] = sum_p V2[p][i] conj(V1[j][p])
  const vhr = new Float64Array(n * n);
  const vhi = ai ? new Float64Array(n * n) : null;
  matmulInto(n, n, n, v2!, 1, n, v1r!, 1, n, vhr, 0, n);
  if (vhi) {
    matmulInto(n, n, n, v2!, 1, n, v1i!, 1, n, vhi, 0, n);
    for (let i = 0; i < n * n; i++) vhi[i] = -vhi[i];
  }
  return { s, ur, ui, vhr, vhi };
}

function identity(rows: number, cols: number): Float64Array {
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < Math.min(rows, cols); i++) a[i * cols + i] = 1;
  return a;
}

function scaleColumn(
  re: Float64Array,
  im: Float64Array | null,
  rows: number,
  cols: number,
  j: number,
  pr: number,
  pi: number,
): void {
  for (let i = 0; i < rows; i++) {
    const p = i * cols + j;
    const xr = re[p];
    if (im === null) {
      re[p] = xr * pr;
      continue;
    }
    const xi = im[p];
    re[p] = xr * pr - xi * pi;
    im[p] = xr * pi + xi * pr;
  }
}

/**
 * A[r0:r1, c0:c1] <- A (I - beta u u^H) with u = A[row, c0:c1] (u stored at `uOff`, unit
 * stride, in the same matrix, already conjugated/overwritten by `householder`).
 */
function applyRight(
  ar: Float64Array,
  ai: Float64Array | null,
  cols: number,
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  uOff: number,
  beta: number,
): void {
  const n = c1 - c0;
  for (let i = r0; i < r1; i++) {
    const row = i * cols + c0;
    if (ai === null) {
      // two partial sums (even / odd offsets, an odd tail to the even one), as the wasm
      // twin (assembly/lapack.ts bidiag_f64) adds them, for the same bits
      let s0 = 0;
      let s1 = 0;
      let j = 0;
      for (; j + 1 < n; j += 2) {
        s0 += ar[row + j] * ar[uOff + j];
        s1 += ar[row + j + 1] * ar[uOff + j + 1];
      }
      if (j < n) s0 += ar[row + j] * ar[uOff + j];
      const s = (s0 + s1) * beta;
      if (s === 0) continue;
      for (let j = 0; j < n; j++) ar[row + j] -= s * ar[uOff + j];
    } else {
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        const xr = ar[row + j];
        const xi = ai[row + j];
        const ur = ar[uOff + j];
        const ui = ai[uOff + j];
        sr += xr * ur - xi * ui;
        si += xr * ui + xi * ur;
      }
      sr *= beta;
      si *= beta;
      if (sr === 0 && si === 0) continue;
      // A[i][j] -= s conj(u_j)
      for (let j = 0; j < n; j++) {
        const ur = ar[uOff + j];
        const ui = ai[uOff + j];
        ar[row + j] -= sr * ur + si * ui;
        ai[row + j] -= si * ur - sr * ui;
      }
    }
  }
}

/**
 * SVD of the real upper bidiagonal (d, e) in place: d becomes the singular values,
 * descending and non-negative. Rotations are accumulated into the columns of `ut` / `vt`
 * (n x n row-major, column j = left / right singular vector j), when given. The rotations of
 * the iteration are recorded and applied at the end, a few rows at a time (svd_rotations.ts).
 */
export function bidiagonalQR(
  n: number,
  s: Float64Array,
  e: Float64Array,
  ut: Float64Array | null,
  vt: Float64Array | null,
): void {
  let p = n;
  let iter = 0;
  const csU = new Float64Array(n);
  const snU = new Float64Array(n);
  const csV = new Float64Array(n);
  const snV = new Float64Array(n);
  const maxit = 6 * n * n + 100;
  // the vectors' column operations, applied after the iteration (svd_rotations.ts)
  const logU = ut ? new RotationLog() : null;
  const logV = vt ? new RotationLog() : null;
  let total = 0;
  while (p > 0) {
    if (++total > maxit) svdFail();
    let k: number;
    let kase: number;
    for (k = p - 2; k >= 0; k--) {
      if (Math.abs(e[k]) <= TINY + EPS * (Math.abs(s[k]) + Math.abs(s[k + 1]))) {
        e[k] = 0;
        break;
      }
    }
    if (k === p - 2) kase = 4;
    else {
      let ks: number;
      for (ks = p - 1; ks > k; ks--) {
        const t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
        if (Math.abs(s[ks]) <= TINY + EPS * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) kase = 3;
      else if (ks === p - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;
    if (kase === 1) {
      // s[p-1] is negligible: chase e[p-2] up with rotations from the right
      let f = e[p - 2];
      e[p - 2] = 0;
      for (let j = p - 2; j >= k; j--) {
        const t = hypot2(s[j], f);
        const cs = s[j] / t;
        const sn = f / t;
        s[j] = t;
        if (j !== k) {
          f = -sn * e[j - 1];
          e[j - 1] = cs * e[j - 1];
        }
        if (logV) logV.rot(j, p - 1, cs, sn);
      }
    } else if (kase === 2) {
      // s[k-1] is negligible: split, chasing e[k-1] down with rotations from the left
      let f = e[k - 1];
      e[k - 1] = 0;
      for (let j = k; j < p; j++) {
        const t = hypot2(s[j], f);
        const cs = s[j] / t;
        const sn = f / t;
        s[j] = t;
        f = -sn * e[j];
        e[j] = cs * e[j];
        if (logU) logU.rot(j, k - 1, cs, sn);
      }
    } else if (kase === 3) {
      // one implicit QR step with the Wilkinson shift of the trailing 2 x 2 of B^T B
      const scale = Math.max(
        Math.abs(s[p - 1]),
        Math.abs(s[p - 2]),
        Math.abs(e[p - 2]),
        Math.abs(s[k]),
        Math.abs(e[k]),
      );
      const sp = s[p - 1] / scale;
      const spm1 = s[p - 2] / scale;
      const epm1 = e[p - 2] / scale;
      const sk = s[k] / scale;
      const ek = e[k] / scale;
      const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
      const c = sp * epm1 * (sp * epm1);
      let shift = 0;
      if (b !== 0 || c !== 0) {
        shift = Math.sqrt(b * b + c);
        if (b < 0) shift = -shift;
        shift = c / (b + shift);
      }
      let f = (sk + sp) * (sk - sp) + shift;
      let g = sk * ek;
      for (let j = k; j < p - 1; j++) {
        let t = hypot2(f, g);
        let cs = f / t;
        let sn = g / t;
        if (j !== k) e[j - 1] = t;
        f = cs * s[j] + sn * e[j];
        e[j] = cs * e[j] - sn * s[j];
        g = sn * s[j + 1];
        s[j + 1] = cs * s[j + 1];
        csV[j] = cs;
        snV[j] = sn;
        t = hypot2(f, g);
        cs = f / t;
        sn = g / t;
        s[j] = t;
        f = cs * e[j] + sn * s[j + 1];
        s[j + 1] = -sn * e[j] + cs * s[j + 1];
        g = sn * e[j + 1];
        e[j + 1] = cs * e[j + 1];
        csU[j] = cs;
        snU[j] = sn;
      }
      e[p - 2] = f;
      if (logV) logV.sweep(k, p, csV, snV);
      if (logU) logU.sweep(k, p, csU, snU);
      iter++;
    } else {
      // converged: make the singular value non-negative
      if (s[k] <= 0) {
        s[k] = s[k] < 0 ? -s[k] : 0;
        if (logV) logV.negate(k);
      }
      iter = 0;
      p--;
    }
  }
  void iter;
  if (ut && logU) logU.apply(ut, n, n);
  if (vt && logV) logV.apply(vt, n, n);
  // sort descending (stable on ties), permuting the vectors alike
  const order = Array.from({ length: n }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < n; i++) if (s[i] > s[i - 1]) sorted = false;
  if (sorted) return;
  order.sort((a, b) => s[b] - s[a] || a - b);
  const s0 = s.slice();
  for (let i = 0; i < n; i++) s[i] = s0[order[i]];
  for (const m of [ut, vt]) {
    if (!m) continue;
    const c = m.slice();
    for (let r = 0; r < n; r++) {
      const row = r * n;
      for (let j = 0; j < n; j++) m[row + j] = c[row + order[j]];
    }
  }
}

interface BidiagExports {
  bidiag_f64?: (
    a: number,
    m: number,
    n: number,
    d: number,
    e: number,
    bl: number,
    br: number,
    w: number,
  ) => void;
}

/**
 * The real bidiagonalisation loop of svdTall run by the wasm SIMD kernel bidiag_f64
 * (assembly/lapack.ts, the same operations: same bits) on a copy of `ar` in the module's
 * scratch memory. False (nothing done) when the module is not loaded or the matrix does
 * not fit.
 */
function bidiagonalizeWasm(
  m: number,
  n: number,
  ar: Float64Array,
  d: Float64Array,
  e: Float64Array,
  betaL: Float64Array,
  betaR: Float64Array,
): boolean {
  const w = wasmKernels();
  const kern = w === null ? undefined : (w.ex as unknown as BidiagExports).bidiag_f64;
  // Small squares stay in JS (the copies cost more than they save); tall narrow matrices
  // (lstsq / polyfit design matrices) gain most: 1000 x 6 ~3x.
  if (w === null || kern === undefined || (n < 8 && m * n < 512)) return false;
  const base = (w.base + 63) & ~63;
  const pd = base + m * n * 8;
  if (pd + 5 * n * 8 > w.scratchEnd) return false;
  const f64 = w.f64;
  f64.set(ar.subarray(0, m * n), base / 8);
  kern(base, m, n, pd, pd + n * 8, pd + 2 * n * 8, pd + 3 * n * 8, pd + 4 * n * 8);
  ar.set(f64.subarray(base / 8, base / 8 + m * n));
  const o = pd / 8;
  d.set(f64.subarray(o, o + n));
  e.set(f64.subarray(o + n, o + 2 * n));
  betaL.set(f64.subarray(o + 2 * n, o + 3 * n));
  betaR.set(f64.subarray(o + 3 * n, o + 4 * n));
  return true;
}
