/**
 * np.linalg.svd of a real matrix with min(m, n) <= 25 as NumPy computes it: LAPACK's
 * dgesdd (JOBZ 'A' for full matrices, 'S' for reduced), whose bidiagonal SVD at these
 * sizes is dbdsdc -> dlasdq -> dbdsqr. The singular vectors' signs are decided by the
 * reflectors and rotations along the way, so this follows dgesdd's path for the shape:
 * m >= n: QR first when m >= int(11 n / 6) (dgeqrf, dorgqr, then the n x n R), else
 * dgebrd on A (upper bidiagonal); m < n: the mirrored LQ-first path, or dgebrd giving a
 * lower bidiagonal. Then dormbr applies the reflectors to the bidiagonal's vectors.
 * Values agree with NumPy to rounding (OpenBLAS's kernels add in other orders), the signs
 * exactly in the generic case. The input is row-major; LAPACK sees A itself (NumPy hands
 * it a Fortran-ordered copy), so A is first copied to column-major.
 */
import { LinAlgError } from '../../_core/errors.js';
import { gemm } from '../../_core/kernels/gemm.js';
import { bdsdcSmall } from './gesdd_bdsqr.js';
import {
  type Bidiagonal,
  gebd2,
  gelq2,
  geqr2,
  org2r,
  orgl2,
  ormbrPt,
  ormbrQ,
} from './gesdd_reflect.js';
import { scaleBy } from './syevd_small.js';

/** dbdsdc's SMLSIZ: up to this min(m, n) dgesdd's bidiagonal SVD is dbdsqr's QR iteration. */
export const GESDD_SMALL_MAX = 25;

/** sqrt(dlamch('S')) / dlamch('P') and its reciprocal: dgesdd scales A into [SMLNUM, BIGNUM]. */
const SMLNUM = Math.sqrt(2 ** -1022) / 2 ** -52;
const BIGNUM = 1 / SMLNUM;

export interface GesddResult {
  s: Float64Array;
  /** m x ucols, row-major. */
  u: Float64Array;
  /** vrows x n, row-major. */
  vh: Float64Array;
}

/** Column-major copy (leading dimension m) of the row-major m x n matrix `src`. */
function toColMajor(m: number, n: number, src: Float64Array): Float64Array {
  const a = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[i + j * m] = src[i * n + j];
  return a;
}

/** Row-major copy of the rows x cols column-major matrix at a[off] (leading dimension ld). */
function toRowMajor(
  rows: number,
  cols: number,
  a: Float64Array,
  off: number,
  ld: number,
): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let j = 0; j < cols; j++)
    for (let i = 0; i < rows; i++) out[i * cols + j] = a[off + i + j * ld];
  return out;
}

/** out (rows x cols, row-major, row stride ldo) = A (rows x k, col-major) B (k x cols, col-major). */
function productInto(
  rows: number,
  cols: number,
  k: number,
  a: Float64Array,
  lda: number,
  b: Float64Array,
  ldb: number,
  out: Float64Array,
  ldo: number,
): void {
  gemm(
    false,
    rows,
    cols,
    k,
    { data: a, off: 0, rs: 1, cs: lda },
    { data: b, off: 0, rs: 1, cs: ldb },
    out,
    0,
    ldo,
  );
}

function bdsdcOrFail(
  lower: boolean,
  k: number,
  bd: Bidiagonal,
  u: Float64Array,
  uo: number,
  ldu: number,
  vt: Float64Array,
  vo: number,
  ldvt: number,
): void {
  if (bdsdcSmall(lower, k, bd.d, bd.e, u, uo, ldu, vt, vo, ldvt) !== 0) {
    throw new LinAlgError('SVD did not converge');
  }
}

/**
 * SVD of the finite, real, row-major m x n matrix `src` (1 <= min(m, n) <= 25) by
 * dgesdd's path: `full` gives U m x m and Vh n x n (JOBZ 'A'), else m x k and k x n ('S').
 */
export function gesddSmall(m: number, n: number, src: Float64Array, full: boolean): GesddResult {
  const a = toColMajor(m, n, src);
  let anrm = 0;
  for (let i = 0; i < m * n; i++) anrm = Math.max(anrm, Math.abs(a[i]));
  let scaledTo = 0;
  if (anrm > 0 && anrm < SMLNUM) scaledTo = SMLNUM;
  else if (anrm > BIGNUM) scaledTo = BIGNUM;
  if (scaledTo) scaleBy(a, 0, m * n, anrm, scaledTo);
  const r = m >= n ? tall(m, n, a, full) : wide(m, n, a, full);
  if (scaledTo) scaleBy(r.s, 0, r.s.length, scaledTo, anrm);
  return r;
}

/** m >= n: paths 3/4 (QR first) and 5 of dgesdd. */
function tall(m: number, n: number, a: Float64Array, full: boolean): GesddResult {
  const mnthr = Math.floor((n * 11) / 6);
  const vt = new Float64Array(n * n);
  if (m >= mnthr) {
    const tau = geqr2(m, n, a, m);
    const ub = new Float64Array(n * n);
    if (!full) {
      // path 3: R to its own n x n array, Q (m x n) formed in A; U = Q Ub
      const rr = new Float64Array(n * n);
      for (let j = 0; j < n; j++) for (let i = 0; i <= j; i++) rr[i + j * n] = a[i + j * m];
      org2r(m, n, n, a, m, tau);
      const bd = gebd2(n, n, rr, 0, n);
      bdsdcOrFail(false, n, bd, ub, 0, n, vt, 0, n);
      ormbrQ(n, n, n, rr, 0, n, bd.tauq, ub, 0, n);
      ormbrPt(n, n, n, rr, 0, n, bd.taup, vt, 0, n);
      const u = new Float64Array(m * n);
      productInto(m, n, n, a, m, ub, n, u, n);
      return { s: bd.d, u, vh: toRowMajor(n, n, vt, 0, n) };
    }
    // path 4: the full Q (m x m) from the reflectors, R left in A; U = [Q1 Ub, Q2]
    const q = new Float64Array(m * m);
    for (let j = 0; j < n; j++) for (let i = j; i < m; i++) q[i + j * m] = a[i + j * m];
    org2r(m, m, n, q, m, tau);
    for (let j = 0; j < n - 1; j++) for (let i = j + 1; i < n; i++) a[i + j * m] = 0;
    const bd = gebd2(n, n, a, 0, m);
    bdsdcOrFail(false, n, bd, ub, 0, n, vt, 0, n);
    ormbrQ(n, n, n, a, 0, m, bd.tauq, ub, 0, n);
    ormbrPt(n, n, n, a, 0, m, bd.taup, vt, 0, n);
    const u = new Float64Array(m * m);
    productInto(m, n, n, q, m, ub, n, u, m);
    for (let i = 0; i < m; i++) for (let j = n; j < m; j++) u[i * m + j] = q[i + j * m];
    return { s: bd.d, u, vh: toRowMajor(n, n, vt, 0, n) };
  }
  // path 5: bidiagonalise A directly
  const bd = gebd2(m, n, a, 0, m);
  const uc = full ? m : n;
  const u = new Float64Array(m * uc);
  bdsdcOrFail(false, n, bd, u, 0, m, vt, 0, n);
  if (full) for (let i = n; i < m; i++) u[i + i * m] = 1;
  ormbrQ(m, uc, n, a, 0, m, bd.tauq, u, 0, m);
  ormbrPt(n, n, full ? m : n, a, 0, m, bd.taup, vt, 0, n);
  return { s: bd.d, u: toRowMajor(m, uc, u, 0, m), vh: toRowMajor(n, n, vt, 0, n) };
}

/** m < n: paths 3t/4t (LQ first) and 5t of dgesdd. */
function wide(m: number, n: number, a: Float64Array, full: boolean): GesddResult {
  const mnthr = Math.floor((m * 11) / 6);
  const u = new Float64Array(m * m);
  if (n >= mnthr) {
    const tau = gelq2(m, n, a, m);
    const vb = new Float64Array(m * m);
    if (!full) {
      // path 3t: L to its own m x m array, Q (m x n) formed in A; Vh = Vb Q
      const ll = new Float64Array(m * m);
      for (let j = 0; j < m; j++) for (let i = j; i < m; i++) ll[i + j * m] = a[i + j * m];
      orgl2(m, n, m, a, m, tau);
      const bd = gebd2(m, m, ll, 0, m);
      bdsdcOrFail(false, m, bd, u, 0, m, vb, 0, m);
      ormbrQ(m, m, m, ll, 0, m, bd.tauq, u, 0, m);
      ormbrPt(m, m, m, ll, 0, m, bd.taup, vb, 0, m);
      const vh = new Float64Array(m * n);
      productInto(m, n, m, vb, m, a, m, vh, n);
      return { s: bd.d, u: toRowMajor(m, m, u, 0, m), vh };
    }
    // path 4t: the full Q (n x n), L left in A; Vh = [Vb Q1; Q2]
    const q = new Float64Array(n * n);
    for (let j = 0; j < n; j++)
      for (let i = 0; i <= Math.min(j, m - 1); i++) q[i + j * n] = a[i + j * m];
    orgl2(n, n, m, q, n, tau);
    for (let j = 1; j < m; j++) for (let i = 0; i < j; i++) a[i + j * m] = 0;
    const bd = gebd2(m, m, a, 0, m);
    bdsdcOrFail(false, m, bd, u, 0, m, vb, 0, m);
    ormbrQ(m, m, m, a, 0, m, bd.tauq, u, 0, m);
    ormbrPt(m, m, m, a, 0, m, bd.taup, vb, 0, m);
    const vh = new Float64Array(n * n);
    productInto(m, n, m, vb, m, q, n, vh, n);
    for (let i = m; i < n; i++) for (let j = 0; j < n; j++) vh[i * n + j] = q[i + j * n];
    return { s: bd.d, u: toRowMajor(m, m, u, 0, m), vh };
  }
  // path 5t: bidiagonalise A directly (lower bidiagonal)
  const bd = gebd2(m, n, a, 0, m);
  const vr = full ? n : m;
  const vt = new Float64Array(vr * n);
  bdsdcOrFail(true, m, bd, u, 0, m, vt, 0, vr);
  if (full) for (let i = m; i < n; i++) vt[i + i * vr] = 1;
  ormbrQ(m, m, n, a, 0, m, bd.tauq, u, 0, m);
  ormbrPt(vr, n, m, a, 0, m, bd.taup, vt, 0, vr);
  return { s: bd.d, u: toRowMajor(m, m, u, 0, m), vh: toRowMajor(vr, n, vt, 0, vr) };
}
