/**
 * Eigenvalues and eigenvectors of one complex general matrix (the job of LAPACK's ZGEEV):
 * balancing, Householder reduction to upper Hessenberg form, single-shift complex QR with
 * Wilkinson shifts (and exceptional shifts, as ZLAHQR) to Schur form T = Z^H A Z, then the
 * eigenvectors of the triangular T by back-substitution (ZTREVC), transformed by Z and
 * normalised (unit norm, largest component real and positive). Split re / im, row-major.
 */
import { LinAlgError } from '../../_core/errors.js';
import { balance, finishVectors } from './nonsymmetric_eigen_balance.js';
import type { GeneralEigResult } from './nonsymmetric_eigen_real.js';
import { applyLeftReflector, householder } from './svd_householder.js';

const EPS = 2 ** -52;
const SMLNUM = 2 ** -1022 / EPS;

const abs1 = (r: number, i: number) => Math.abs(r) + Math.abs(i);

/** Eigen-decomposition of the complex n x n (ar, ai) (destroyed). */
export function complexEigen(
  n: number,
  ar: Float64Array,
  ai: Float64Array,
  wantV: boolean,
): GeneralEigResult {
  const bal = balance(n, ar, ai);
  // --- Hessenberg reduction: A = Q H Q^H
  const betas = new Float64Array(n);
  // reflector vectors (re then im), kept until Q is formed
  const us: Float64Array[] = [];
  for (let k = 0; k < n - 2; k++) {
    const off = (k + 1) * n + k;
    const len = n - k - 1;
    const h = householder(ar, ai, off, n, len);
    betas[k] = h.beta;
    if (h.beta === 0) continue;
    // H <- P H: rows k+1.., columns k+1..; then H <- H P: all rows, columns k+1..
    applyLeftReflector(ar, ai, k + 1, n, len, k + 1, n, h.beta, ar, ai, off, n);
    for (let i = 0; i < n; i++) {
      const row = i * n + k + 1;
      let sr = 0;
      let si = 0;
      for (let j = 0; j < len; j++) {
        const xr = ar[row + j];
        const xi = ai[row + j];
        const ur = ar[off + j * n];
        const ui = ai[off + j * n];
        sr += xr * ur - xi * ui;
        si += xr * ui + xi * ur;
      }
      sr *= h.beta;
      si *= h.beta;
      for (let j = 0; j < len; j++) {
        const ur = ar[off + j * n];
        const ui = ai[off + j * n];
        ar[row + j] -= sr * ur + si * ui;
        ai[row + j] -= si * ur - sr * ui;
      }
    }
    // the column below the sub-diagonal is now gamma e1
    const u = new Float64Array(2 * len);
    for (let j = 0; j < len; j++) {
      u[j] = ar[off + j * n];
      u[len + j] = ai[off + j * n];
    }
    us[k] = u;
    ar[off] = h.gr;
    ai[off] = h.gi;
    for (let j = 1; j < len; j++) {
      ar[off + j * n] = 0;
      ai[off + j * n] = 0;
    }
  }
  let zr: Float64Array | null = null;
  let zi: Float64Array | null = null;
  if (wantV) {
    zr = new Float64Array(n * n);
    zi = new Float64Array(n * n);
    for (let i = 0; i < n; i++) zr[i * n + i] = 1;
    for (let k = n - 3; k >= 0; k--) {
      if (betas[k] === 0) continue;
      const u = us[k];
      const len = n - k - 1;
      applyLeftReflector(zr, zi, k + 1, n, len, k + 1, n, betas[k], u, u.subarray(len), 0, 1);
    }
  }
  // --- complex QR iteration to upper triangular T
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  schur(n, ar, ai, zr, zi);
  for (let i = 0; i < n; i++) {
    wr[i] = ar[i * n + i];
    wi[i] = ai[i * n + i];
  }
  if (!wantV || !zr || !zi) return { wr, wi, vr: null, vi: null };
  // --- eigenvectors of T (upper triangular) by back-substitution, then V = Z X
  const xr = new Float64Array(n * n);
  const xi = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lr = ar[k * n + k];
    const li = ai[k * n + k];
    const smin = Math.max(EPS * abs1(lr, li), SMLNUM);
    xr[k * n + k] = 1;
    for (let i = k - 1; i >= 0; i--) {
      let sr = ar[i * n + k];
      let si = ai[i * n + k];
      for (let j = i + 1; j < k; j++) {
        const tr = ar[i * n + j];
        const ti = ai[i * n + j];
        const vr = xr[j * n + k];
        const vi = xi[j * n + k];
        sr += tr * vr - ti * vi;
        si += tr * vi + ti * vr;
      }
      let dr = ar[i * n + i] - lr;
      let di = ai[i * n + i] - li;
      if (abs1(dr, di) < smin) {
        dr = smin;
        di = 0;
      }
      // x_i = -s / d
      const den = dr * dr + di * di;
      let qr = -(sr * dr + si * di) / den;
      let qi = -(si * dr - sr * di) / den;
      if (!Number.isFinite(den) || den === 0) {
        const m = Math.max(Math.abs(dr), Math.abs(di));
        const a = dr / m;
        const b = di / m;
        const d2 = a * a + b * b;
        qr = -(sr * a + si * b) / d2 / m;
        qi = -(si * a - sr * b) / d2 / m;
      }
      xr[i * n + k] = qr;
      xi[i * n + k] = qi;
      // rescale the column when it grows large
      const big = abs1(qr, qi);
      if (big > 1e150) {
        for (let j = i; j <= k; j++) {
          xr[j * n + k] /= big;
          xi[j * n + k] /= big;
        }
      }
    }
  }
  const vr = new Float64Array(n * n);
  const vi = new Float64Array(n * n);
  const rowR = new Float64Array(n);
  const rowI = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rowR.fill(0);
    rowI.fill(0);
    for (let k = 0; k < n; k++) {
      const a = zr[i * n + k];
      const b = zi[i * n + k];
      if (a === 0 && b === 0) continue;
      const base = k * n;
      for (let j = k; j < n; j++) {
        const c = xr[base + j];
        const d = xi[base + j];
        rowR[j] += a * c - b * d;
        rowI[j] += a * d + b * c;
      }
    }
    vr.set(rowR, i * n);
    vi.set(rowI, i * n);
  }
  finishVectors(n, vr, vi, bal, true);
  return { wr, wi, vr, vi };
}

/** Complex square root into `sq`. */
const sq = [0, 0];
function csqrt(x: number, y: number): void {
  if (x === 0 && y === 0) {
    sq[0] = 0;
    sq[1] = 0;
    return;
  }
  const m = Math.hypot(x, y);
  let r = Math.sqrt((m + Math.abs(x)) / 2);
  let i = y / (2 * r);
  if (x < 0) {
    const t = r;
    r = Math.abs(i);
    i = y < 0 ? -t : t;
  }
  sq[0] = r;
  sq[1] = i;
}

/**
 * Single-shift QR on the upper Hessenberg (hr, hi) to upper triangular form, accumulating
 * the unitary transformations into the columns of (zr, zi).
 */
function schur(
  n: number,
  hr: Float64Array,
  hi: Float64Array,
  zr: Float64Array | null,
  zi: Float64Array | null,
): void {
  let ihi = n - 1;
  let its = 0;
  let total = 0;
  const maxTotal = 30 * Math.max(10, n) * Math.max(1, n);
  while (ihi > 0) {
    // find the lowest negligible sub-diagonal entry
    let l = ihi;
    for (; l > 0; l--) {
      const p = l * n + l - 1;
      const s = abs1(hr[p - n], hi[p - n]) + abs1(hr[p + 1], hi[p + 1]);
      if (abs1(hr[p], hi[p]) <= Math.max(SMLNUM, EPS * s)) {
        hr[p] = 0;
        hi[p] = 0;
        break;
      }
    }
    if (l === ihi) {
      ihi--;
      its = 0;
      continue;
    }
    its++;
    if (++total > maxTotal || its > 30 * Math.max(10, n)) {
      throw new LinAlgError('Eigenvalues did not converge');
    }
    // shift
    let mr: number;
    let mi: number;
    const pnn = ihi * n + ihi;
    if (its % 10 === 0) {
      // exceptional shift
      const s = 0.75 * Math.abs(hr[pnn - 1]);
      mr = s + hr[pnn];
      mi = hi[pnn];
    } else {
      // Wilkinson: eigenvalue of the trailing 2 x 2 [a b; c d] nearer d
      const ar = hr[pnn - n - 1];
      const aI = hi[pnn - n - 1];
      const br = hr[pnn - n];
      const bi = hi[pnn - n];
      const cr = hr[pnn - 1];
      const ci = hi[pnn - 1];
      const dr = hr[pnn];
      const di = hi[pnn];
      const hr2 = (ar - dr) / 2;
      const hi2 = (aI - di) / 2;
      const bcr = br * cr - bi * ci;
      const bci = br * ci + bi * cr;
      csqrt(hr2 * hr2 - hi2 * hi2 + bcr, 2 * hr2 * hi2 + bci);
      let denr = hr2 + sq[0];
      let deni = hi2 + sq[1];
      const alt = abs1(hr2 - sq[0], hi2 - sq[1]);
      if (alt > abs1(denr, deni)) {
        denr = hr2 - sq[0];
        deni = hi2 - sq[1];
      }
      mr = dr;
      mi = di;
      const dd = denr * denr + deni * deni;
      if (dd !== 0) {
        mr -= (bcr * denr + bci * deni) / dd;
        mi -= (bci * denr - bcr * deni) / dd;
      }
    }
    // implicit single-shift QR sweep on rows/columns l..ihi with Givens rotations
    let xr = hr[l * n + l] - mr;
    let xi = hi[l * n + l] - mi;
    let yr = hr[(l + 1) * n + l];
    let yi = hi[(l + 1) * n + l];
    for (let k = l; k < ihi; k++) {
      if (k > l) {
        xr = hr[k * n + k - 1];
        xi = hi[k * n + k - 1];
        yr = hr[(k + 1) * n + k - 1];
        yi = hi[(k + 1) * n + k - 1];
      }
      // G = [c s; -conj(s) c] with G [x; y] = [r; 0], c real
      const ax = Math.hypot(xr, xi);
      const ay = Math.hypot(yr, yi);
      if (ay === 0) continue;
      const nrm = Math.hypot(ax, ay);
      let c: number;
      let sr: number;
      let si: number;
      if (ax === 0) {
        c = 0;
        sr = yr / ay;
        si = -yi / ay;
      } else {
        c = ax / nrm;
        // s = (x / |x|) conj(y) / nrm
        const pr = xr / ax;
        const pi = xi / ax;
        sr = (pr * yr + pi * yi) / nrm;
        si = (pi * yr - pr * yi) / nrm;
      }
      // rows k, k+1 (columns from max(l, k-1))
      const r0 = k * n;
      const r1 = (k + 1) * n;
      for (let j = Math.max(l, k - 1); j < n; j++) {
        const ar = hr[r0 + j];
        const aI = hi[r0 + j];
        const br = hr[r1 + j];
        const bi = hi[r1 + j];
        hr[r0 + j] = c * ar + sr * br - si * bi;
        hi[r0 + j] = c * aI + sr * bi + si * br;
        // -conj(s) a + c b
        hr[r1 + j] = -(sr * ar + si * aI) + c * br;
        hi[r1 + j] = -(sr * aI - si * ar) + c * bi;
      }
      if (k > l) {
        hr[r1 + k - 1] = 0;
        hi[r1 + k - 1] = 0;
      }
      // columns k, k+1: col_k <- c col_k + conj(s) col_k1, col_k1 <- -s col_k + c col_k1
      const imax = Math.min(k + 2, ihi);
      rotCols(hr, hi, n, 0, imax + 1, k, c, sr, si);
      if (zr && zi) rotCols(zr, zi, n, 0, n, k, c, sr, si);
    }
  }
}

function rotCols(
  mr: Float64Array,
  mi: Float64Array,
  n: number,
  i0: number,
  i1: number,
  k: number,
  c: number,
  sr: number,
  si: number,
): void {
  for (let i = i0; i < i1; i++) {
    const p = i * n + k;
    const ar = mr[p];
    const ai = mi[p];
    const br = mr[p + 1];
    const bi = mi[p + 1];
    mr[p] = c * ar + sr * br + si * bi;
    mi[p] = c * ai + sr * bi - si * br;
    mr[p + 1] = -(sr * ar - si * ai) + c * br;
    mi[p + 1] = -(sr * ai + si * ar) + c * bi;
  }
}
