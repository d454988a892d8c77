/**
 * np.linalg.svd of a complex matrix as LAPACK's zgesdd computes it on its paths 5/5t and
 * 6/6t, the ones it takes when neither dimension reaches 17/9 of the other (the longer ones
 * go through a QR or LQ factorization first), with min(m, n) from 2 to 25 (dbdsdc's SMLSIZ, below which its
 * bidiagonal SVD is dbdsqr's QR iteration):
 * zgebd2 reduces A to a real bidiagonal B = Q^H A P (upper for m >= n, lower for m < n;
 * zlarfg makes every beta real), dbdsdc gives B's real singular vectors (gesdd_bdsqr.ts,
 * shared with the real port), and zunmbr applies Q to U and P^H to Vh.
 *
 * Why a port: each singular vector's phase comes from the reflectors' phases; with our own
 * algorithm half of U's columns and Vh's rows differed from NumPy's by a phase.
 * Storage is column-major with separate real and imaginary parts, 0-based.
 */
import { LinAlgError } from '../../_core/errors.js';
import { bdsdcSmall } from './gesdd_bdsqr.js';
import { GESDD_SMALL_MAX } from './gesdd_small.js';
import { zlarfg } from './heevd_small.js';
import { zlarf } from './zlarf.js';

/** sqrt(dlamch('S')) / dlamch('P') and its reciprocal: zgesdd scales A into [SMLNUM, BIGNUM]. */
const SMLNUM = Math.sqrt(2 ** -1022) / 2 ** -52;
const BIGNUM = 1 / SMLNUM;

export interface ZgesddResult {
  s: Float64Array;
  /** m x ucols, row-major. */
  ur: Float64Array;
  ui: Float64Array;
  /** vrows x n, row-major. */
  vr: Float64Array;
  vi: Float64Array;
}

/** Whether the port serves an m x n matrix: dbdsdc runs dbdsqr (min(m, n) <= 25). */
export function zgesddServes(m: number, n: number): boolean {
  const k = Math.min(m, n);
  return k >= 1 && k <= GESDD_SMALL_MAX;
}

/**
 * SVD of the finite complex row-major m x n (re, im) by zgesdd's path for its shape (check
 * zgesddServes first): `full` gives U m x m and Vh n x n (JOBZ 'A'), else m x k, k x n ('S').
 */
export function zgesddSmall(
  m: number,
  n: number,
  re: Float64Array,
  im: Float64Array,
  full: boolean,
): ZgesddResult {
  const ar = new Float64Array(m * n);
  const ai = new Float64Array(m * n);
  let anrm = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const x = re[i * n + j]!;
      const y = im[i * n + j]!;
      ar[i + j * m] = x;
      ai[i + j * m] = y;
      anrm = Math.max(anrm, Math.hypot(x, y));
    }
  }
  let scaledTo = 0;
  if (anrm > 0 && anrm < SMLNUM) scaledTo = SMLNUM;
  else if (anrm > BIGNUM) scaledTo = BIGNUM;
  if (scaledTo !== 0) {
    const f = scaledTo / anrm;
    for (let t = 0; t < m * n; t++) {
      ar[t] = ar[t]! * f;
      ai[t] = ai[t]! * f;
    }
  }
  const A = { re: ar, im: ai, off: 0, ld: m };
  const k = Math.min(m, n);
  // MNTHR1: from this length on zgesdd factors A = QR (or LQ) first
  const mnthr1 = Math.floor((k * 17) / 9);
  let r: ZgesddResult;
  if (m >= n && m >= mnthr1) r = qrFirst(m, n, A, full);
  else if (m < n && n >= mnthr1) r = lqFirst(m, n, A, full);
  else r = direct(m, n, A, full);
  if (scaledTo !== 0) for (let i = 0; i < k; i++) r.s[i] = r.s[i]! * (anrm / scaledTo);
  return r;
}

/** dbdsdc('U' or 'L', 'I') on the k x k bidiagonal: its real singular vectors RU, RVT. */
function bdsdc(lower: boolean, k: number, d: Float64Array, e: Float64Array) {
  const ru = new Float64Array(k * k);
  const rvt = new Float64Array(k * k);
  if (bdsdcSmall(lower, k, d, e, ru, 0, k, rvt, 0, k) !== 0) {
    throw new LinAlgError('SVD did not converge');
  }
  return { ru, rvt };
}

/** Paths 5/5t and 6/6t: zgebrd on A itself (path 5's explicit Q and P give the same vectors). */
function direct(m: number, n: number, A: Block, full: boolean): ZgesddResult {
  const k = Math.min(m, n);
  const { d, e, tauq, taup } = gebd2(m, n, A);
  // dbdsdc('U' or 'L', 'I'): B's real singular vectors RU, RVT (k x k)
  const { ru, rvt } = bdsdc(m < n, k, d, e);
  const uc = full ? m : k;
  const vrows = full ? n : k;
  // U = Q [RU 0; 0 I] (zlacp2, zunmbr('Q', 'L', 'N'))
  const U = complexBlock(m, uc, ru, k);
  for (let i = k; i < uc; i++) U.re[i + i * m] = 1;
  if (m >= n) applyQ(m, uc, n, A, tauq, U);
  else applyQ(m - 1, uc, m - 1, { ...A, off: 1 }, tauq, { ...U, off: 1 });
  // Vh = [RVT 0; 0 I] P^H (zlacp2, zunmbr('P', 'R', 'C'))
  const V = complexBlock(vrows, n, rvt, k);
  for (let i = k; i < vrows; i++) V.re[i + i * vrows] = 1;
  if (n > m) applyPh(vrows, n, m, A, taup, V);
  else applyPh(vrows, n - 1, n - 1, { ...A, off: m }, taup, { ...V, off: vrows });
  return {
    s: d,
    ur: toRowMajor(m, uc, U.re),
    ui: toRowMajor(m, uc, U.im),
    vr: toRowMajor(vrows, n, V.re),
    vi: toRowMajor(vrows, n, V.im),
  };
}

interface Block {
  re: Float64Array;
  im: Float64Array;
  off: number;
  ld: number;
}

/** A rows x cols complex column-major block, zero but for the real k x k `r` at its top left. */
function complexBlock(rows: number, cols: number, r: Float64Array, k: number): Block {
  const re = new Float64Array(rows * cols);
  for (let j = 0; j < k; j++) for (let i = 0; i < k; i++) re[i + j * rows] = r[i + j * k]!;
  return { re, im: new Float64Array(rows * cols), off: 0, ld: rows };
}

function toRowMajor(rows: number, cols: number, a: Float64Array): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++)
    for (let i = 0; i < rows; i++) out[i * cols + j] = a[i + j * rows]!;
  return out;
}

/**
 * ZGEBD2: B = Q^H A P, real upper (m >= n) or lower (m < n) bidiagonal (d, e); the
 * reflectors' vectors stay in A below / right of the bidiagonal (row vectors conjugated,
 * as ZLACGV leaves them).
 */
function gebd2(m: number, n: number, A: Block) {
  const k = Math.min(m, n);
  const d = new Float64Array(k);
  const e = new Float64Array(Math.max(k - 1, 0));
  const tauq = new Float64Array(2 * k); // (re, im) pairs
  const taup = new Float64Array(2 * k);
  const { re, im, ld } = A;
  const at = (i: number, j: number) => A.off + i + j * ld;
  const conjRow = (i: number, j0: number, len: number) => {
    for (let t = 0; t < len; t++) im[at(i, j0 + t)] = -im[at(i, j0 + t)]!;
  };
  const col = (i: number, j: number) => ({ re, im, off: at(i, j), inc: 1 });
  const row = (i: number, j: number) => ({ re, im, off: at(i, j), inc: ld });
  // a reflector from (alpha, x): tau into `tau` at 2q, alpha's place gets beta (real)
  const reflect = (len: number, p: number, inc: number, tau: Float64Array, q: number) => {
    const [tr, ti, beta] = zlarfg(len, re[p]!, im[p]!, re, im, p + inc, inc);
    tau[2 * q] = tr;
    tau[2 * q + 1] = ti;
    re[p] = beta;
    im[p] = 0;
    return beta;
  };
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      d[i] = reflect(m - i, at(i, i), 1, tauq, i);
      if (i < n - 1) {
        // H(i)^H from the left on A(i:m, i+1:n)
        const c = { re, im, off: at(i, i + 1), ld };
        zlarf(true, m - i, n - i - 1, col(i, i), tauq[2 * i]!, -tauq[2 * i + 1]!, c);
        conjRow(i, i + 1, n - i - 1);
        e[i] = reflect(n - i - 1, at(i, i + 1), ld, taup, i);
        // G(i) from the right on A(i+1:m, i+1:n); v is the row as it is now (conjugated)
        const c2 = { re, im, off: at(i + 1, i + 1), ld };
        zlarf(false, n - i - 1, m - i - 1, row(i, i + 1), taup[2 * i]!, taup[2 * i + 1]!, c2);
        conjRow(i, i + 2, n - i - 2);
      }
    }
  } else {
    for (let i = 0; i < m; i++) {
      conjRow(i, i, n - i);
      d[i] = reflect(n - i, at(i, i), ld, taup, i);
      if (i < m - 1) {
        const c = { re, im, off: at(i + 1, i), ld };
        zlarf(false, n - i, m - i - 1, row(i, i), taup[2 * i]!, taup[2 * i + 1]!, c);
      }
      conjRow(i, i + 1, n - i - 1);
      if (i < m - 1) {
        e[i] = reflect(m - i - 1, at(i + 1, i), 1, tauq, i);
        const c2 = { re, im, off: at(i + 1, i + 1), ld };
        zlarf(true, m - i - 1, n - i - 1, col(i + 1, i), tauq[2 * i]!, -tauq[2 * i + 1]!, c2);
      }
    }
  }
  return { d, e, tauq, taup };
}

/**
 * ZUNM2R('L', 'N') with `kk` reflectors (columns of A from its offset, tau pairs): C = Q C,
 * Q = H(1) … H(kk), C rows x cols.
 */
function applyQ(rows: number, cols: number, kk: number, A: Block, tau: Float64Array, C: Block) {
  for (let i = kk - 1; i >= 0; i--) {
    const v = { re: A.re, im: A.im, off: A.off + i + i * A.ld, inc: 1 };
    const c = { ...C, off: C.off + i };
    zlarf(true, rows - i, cols, v, tau[2 * i]!, tau[2 * i + 1]!, c);
  }
}

/**
 * ZUNML2('R', 'N') as zunmbr('P', 'R', 'C') calls it, with `kk` reflectors stored in rows of
 * A (conjugated) from its offset: C = C P^H, C rows x cols.
 */
function applyPh(rows: number, cols: number, kk: number, A: Block, tau: Float64Array, C: Block) {
  for (let i = kk - 1; i >= 0; i--) {
    const v = { re: A.re, im: A.im, off: A.off + i + i * A.ld, inc: A.ld };
    const c = { ...C, off: C.off + i * C.ld };
    // taui = conj(tau(i)); v = conj(stored row) (ZLACGV around the call)
    zlarf(false, cols - i, rows, v, tau[2 * i]!, -tau[2 * i + 1]!, c, true);
  }
}

/**
 * Paths 3/4 (m >= 17n/9): A = QR (zgeqr2), the SVD of R by zgebd2 + dbdsdc + zunmbr
 * (U_R, Vh), then U = Q U_R; 'A' keeps Q's last m - n columns as U's.
 */
function qrFirst(m: number, n: number, A: Block, full: boolean): ZgesddResult {
  const tau = geqr2(m, n, A);
  // R, upper triangular, to its own n x n block
  const R = complexBlock(n, n, new Float64Array(0), 0);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i <= j; i++) {
      R.re[i + j * n] = A.re[i + j * m]!;
      R.im[i + j * n] = A.im[i + j * m]!;
    }
  }
  const qc = full ? m : n;
  const Q = complexBlock(m, qc, new Float64Array(0), 0);
  for (let j = 0; j < n; j++) {
    for (let i = j + 1; i < m; i++) {
      Q.re[i + j * m] = A.re[i + j * m]!;
      Q.im[i + j * m] = A.im[i + j * m]!;
    }
  }
  ung2r(m, qc, n, Q, tau);
  const inner = direct(n, n, R, false);
  const U = multiply(m, n, n, Q, inner.ur, inner.ui);
  const uc = full ? m : n;
  const ur = new Float64Array(m * uc);
  const ui = new Float64Array(m * uc);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < uc; j++) {
      const fromQ = j >= n;
      ur[i * uc + j] = fromQ ? Q.re[i + j * m]! : U.re[i * n + j]!;
      ui[i * uc + j] = fromQ ? Q.im[i + j * m]! : U.im[i * n + j]!;
    }
  }
  return { s: inner.s, ur, ui, vr: inner.vr, vi: inner.vi };
}

/**
 * Paths 3t/4t (n >= 17m/9): A = LQ (zgelq2), the SVD of L (U, Vh_L), then Vh = Vh_L Q;
 * 'A' keeps Q's last n - m rows as Vh's.
 */
function lqFirst(m: number, n: number, A: Block, full: boolean): ZgesddResult {
  const tau = gelq2(m, n, A);
  const L = complexBlock(m, m, new Float64Array(0), 0);
  for (let j = 0; j < m; j++) {
    for (let i = j; i < m; i++) {
      L.re[i + j * m] = A.re[i + j * m]!;
      L.im[i + j * m] = A.im[i + j * m]!;
    }
  }
  const qr = full ? n : m;
  const Q = complexBlock(qr, n, new Float64Array(0), 0);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < Math.min(j, m); i++) {
      Q.re[i + j * qr] = A.re[i + j * m]!;
      Q.im[i + j * qr] = A.im[i + j * m]!;
    }
  }
  ungl2(qr, n, m, Q, tau);
  const inner = direct(m, m, L, false);
  // Vh = Vh_L Q(1:m, :): the row-major m x m Vh_L times Q's first m rows
  const vrows = full ? n : m;
  const vr = new Float64Array(vrows * n);
  const vi = new Float64Array(vrows * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sr = 0;
      let si = 0;
      for (let p = 0; p < m; p++) {
        const xr = inner.vr[i * m + p]!;
        const xi = inner.vi[i * m + p]!;
        const yr = Q.re[p + j * qr]!;
        const yi = Q.im[p + j * qr]!;
        sr += xr * yr - xi * yi;
        si += xr * yi + xi * yr;
      }
      vr[i * n + j] = sr;
      vi[i * n + j] = si;
    }
  }
  for (let i = m; i < vrows; i++) {
    for (let j = 0; j < n; j++) {
      vr[i * n + j] = Q.re[i + j * qr]!;
      vi[i * n + j] = Q.im[i + j * qr]!;
    }
  }
  return { s: inner.s, ur: inner.ur, ui: inner.ui, vr, vi };
}

/** Q (m x k columns, column-major) times the row-major k x cols (br, bi): row-major m x cols. */
function multiply(
  m: number,
  cols: number,
  k: number,
  Q: Block,
  br: Float64Array,
  bi: Float64Array,
) {
  const re = new Float64Array(m * cols);
  const im = new Float64Array(m * cols);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < cols; j++) {
      let sr = 0;
      let si = 0;
      for (let p = 0; p < k; p++) {
        const xr = Q.re[i + p * Q.ld]!;
        const xi = Q.im[i + p * Q.ld]!;
        const yr = br[p * cols + j]!;
        const yi = bi[p * cols + j]!;
        sr += xr * yr - xi * yi;
        si += xr * yi + xi * yr;
      }
      re[i * cols + j] = sr;
      im[i * cols + j] = si;
    }
  }
  return { re, im };
}

/** ZGEQR2: A = QR, reflectors below the diagonal, tau as (re, im) pairs. */
function geqr2(m: number, n: number, A: Block): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(2 * k);
  const { re, im, ld } = A;
  for (let i = 0; i < k; i++) {
    const p = A.off + i + i * ld;
    const [tr, ti, beta] = zlarfg(m - i, re[p]!, im[p]!, re, im, p + 1, 1);
    tau[2 * i] = tr;
    tau[2 * i + 1] = ti;
    re[p] = beta;
    im[p] = 0;
    if (i < n - 1) {
      const v = { re, im, off: p, inc: 1 };
      zlarf(true, m - i, n - i - 1, v, tr, -ti, { re, im, off: p + ld, ld });
    }
  }
  return tau;
}

/** ZGELQ2: A = LQ, reflectors right of the diagonal (stored conjugated), tau pairs. */
function gelq2(m: number, n: number, A: Block): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(2 * k);
  const { re, im, ld } = A;
  for (let i = 0; i < k; i++) {
    const p = A.off + i + i * ld;
    for (let t = 0; t < n - i; t++) im[p + t * ld] = -im[p + t * ld]!;
    const [tr, ti, beta] = zlarfg(n - i, re[p]!, im[p]!, re, im, p + ld, ld);
    tau[2 * i] = tr;
    tau[2 * i + 1] = ti;
    re[p] = beta;
    im[p] = 0;
    if (i < m - 1) {
      const v = { re, im, off: p, inc: ld };
      zlarf(false, n - i, m - i - 1, v, tr, ti, { re, im, off: p + 1, ld });
    }
    for (let t = 1; t < n - i; t++) im[p + t * ld] = -im[p + t * ld]!;
  }
  return tau;
}

/** ZUNG2R: the m x cols Q of k reflectors stored below the diagonal of Q itself. */
function ung2r(m: number, cols: number, k: number, Q: Block, tau: Float64Array): void {
  const { re, im, ld } = Q;
  for (let j = k; j < cols; j++) re[j + j * ld] = 1;
  for (let i = k - 1; i >= 0; i--) {
    const tr = tau[2 * i]!;
    const ti = tau[2 * i + 1]!;
    const p = i + i * ld;
    if (i < cols - 1) {
      zlarf(true, m - i, cols - i - 1, { re, im, off: p, inc: 1 }, tr, ti, {
        re,
        im,
        off: p + ld,
        ld,
      });
    }
    for (let r = 1; r < m - i; r++) {
      const xr = re[p + r]!;
      const xi = im[p + r]!;
      re[p + r] = -(tr * xr - ti * xi);
      im[p + r] = -(tr * xi + ti * xr);
    }
    re[p] = 1 - tr;
    im[p] = -ti;
    for (let r = 0; r < i; r++) {
      re[r + i * ld] = 0;
      im[r + i * ld] = 0;
    }
  }
}

/** ZUNGL2: the rows x n Q of k reflectors stored (conjugated) right of the diagonal of Q. */
function ungl2(rows: number, n: number, k: number, Q: Block, tau: Float64Array): void {
  const { re, im, ld } = Q;
  // rows k.. of the unit matrix
  for (let j = 0; j < n; j++) {
    for (let i = k; i < rows; i++) {
      re[i + j * ld] = i === j ? 1 : 0;
      im[i + j * ld] = 0;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    const tr = tau[2 * i]!;
    const ti = tau[2 * i + 1]!;
    const p = i + i * ld;
    if (i < n - 1) {
      // v = conj(stored row); H(i)^H from the right with conj(tau)
      if (i < rows - 1) {
        const v = { re, im, off: p, inc: ld };
        zlarf(false, n - i, rows - i - 1, v, tr, -ti, { re, im, off: p + 1, ld }, true);
      }
      // row tail *= -tau, as zscal on the conjugated row then conjugated back
      for (let t = 1; t < n - i; t++) {
        const q = p + t * ld;
        const xr = re[q]!;
        const xi = -im[q]!;
        const yr = -(tr * xr - ti * xi);
        const yi = -(tr * xi + ti * xr);
        re[q] = yr;
        im[q] = -yi;
      }
    }
    re[p] = 1 - tr;
    im[p] = ti;
    for (let t = 0; t < i; t++) {
      re[p - (i - t) * ld] = 0;
      im[p - (i - t) * ld] = 0;
    }
  }
}
