/**
 * The bidiagonal SVD that LAPACK's dgesdd runs for n <= 25 (SMLSIZ): dbdsdc('I') ->
 * dlasdq -> dbdsqr, ported from the reference sources step by step (the same deflation
 * tests, chase directions, shifts and rotations), so that the singular vectors come out
 * with LAPACK's signs and, for equal singular values, in LAPACK's order. Comments give the
 * Fortran names; indices are 0-based where not said otherwise.
 *
 * The iteration's choices depend on (d, e) only, and each row of a vector matrix sees the
 * same column operations independently of the others, so the rotations LAPACK applies at
 * once (dlasr, drot) are recorded and replayed a few rows at a time (svd_rotations.ts:
 * wasm or JS), about 3x faster at n = 25 than rotating rows of VT as dlasr does. The
 * vectors are kept row-major with the singular index along the rows: `v[r * n + j]` is
 * VT(j, r), `u[r * n + j]` is U(r, j); the same operations per element as LAPACK's.
 */
import { las2, lasr, lasv2 } from './gesdd_rot.js';
import { EPS_HALF, fsign, lartg, rot } from './lapack_aux.js';
import { RotationLog } from './svd_rotations.js';

const MAXITR = 6;
/** The logs of VT's and U's rotations, reused (apply() empties them). */
const LOG_V = new RotationLog();
const LOG_U = new RotationLog();
const UNFL = 2 ** -1022;

/** Swap columns i and k of the row-major n x n matrix (singular vectors i and k). */
function swapCols(a: Float64Array, n: number, i: number, k: number): void {
  for (let r = 0; r < n * n; r += n) {
    const t = a[r + i];
    a[r + i] = a[r + k];
    a[r + k] = t;
  }
}

/**
 * dbdsqr('U', n, n, n, 0, d, e, VT, U): the SVD of the upper bidiagonal (d, e), the right
 * rotations applied to VT's rows, the left ones to U's columns (n x n each, row-major as
 * described above). d ends non-negative and descending. Returns LAPACK's INFO (> 0: no
 * convergence). `work` holds at least 4 (n - 1) numbers.
 */
export function bdsqr(
  n: number,
  d: Float64Array,
  e: Float64Array,
  v: Float64Array,
  u: Float64Array,
  work: Float64Array,
): number {
  if (n === 0) return 0;
  if (n > 1) {
    const info = qrIterate(n, d, e, LOG_V, LOG_U, work);
    LOG_V.apply(v, n, n);
    LOG_U.apply(u, n, n);
    if (info !== 0) return info;
  }
  // label 160: make the singular values positive (flipping rows of VT), then sort them
  // descending by selection from the end (ties: the last minimum moves)
  for (let i = 0; i < n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i] < 0) {
      d[i] = -d[i];
      for (let r = 0; r < n * n; r += n) v[r + i] = -v[r + i];
    }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1;
    let smin = d[0];
    for (let j = 2; j <= n + 1 - i; j++) {
      if (d[j - 1] <= smin) {
        isub = j;
        smin = d[j - 1];
      }
    }
    if (isub !== n + 1 - i) {
      d[isub - 1] = d[n - i];
      d[n - i] = smin;
      swapCols(v, n, isub - 1, n - i);
      swapCols(u, n, isub - 1, n - i);
    }
  }
  return 0;
}

/** The QR iteration of dbdsqr (labels 60-150); INFO > 0 when it runs out of iterations. */
function qrIterate(
  n: number,
  d: Float64Array,
  e: Float64Array,
  logV: RotationLog,
  logU: RotationLog,
  work: Float64Array,
): number {
  const nm1 = n - 1;
  const nm12 = nm1 + nm1;
  const nm13 = nm12 + nm1;
  const eps = EPS_HALF;
  const tolmul = Math.max(10, Math.min(100, eps ** -0.125));
  const tol = tolmul * eps;
  // relative accuracy: threshold from an estimate of the smallest singular value
  let sminoa = Math.abs(d[0]);
  if (sminoa !== 0) {
    let mu = sminoa;
    for (let i = 2; i <= n; i++) {
      mu = Math.abs(d[i - 1]) * (mu / (mu + Math.abs(e[i - 2])));
      sminoa = Math.min(sminoa, mu);
      if (sminoa === 0) break;
    }
  }
  sminoa = sminoa / Math.sqrt(n);
  const thresh = Math.max(tol * sminoa, MAXITR * (n * (n * UNFL)));
  const maxitdivn = MAXITR * n;
  let iterdivn = 0;
  let iter = -1;
  let oldll = -1;
  let oldm = -1;
  let idir = 0;
  let m = n; // Fortran M: the bottom of the active block, 1-based
  let smax = 0;
  let smin = 0;
  main: while (m > 1) {
    if (iter >= n) {
      iter -= n;
      iterdivn++;
      if (iterdivn >= maxitdivn) {
        let info = 0;
        for (let i = 0; i < n - 1; i++) if (e[i] !== 0) info++;
        return info;
      }
    }
    // find the diagonal block to work on (LL..M, 1-based)
    smax = Math.abs(d[m - 1]);
    let ll = 0;
    let split = false;
    for (let lll = 1; lll <= m - 1; lll++) {
      ll = m - lll;
      const abss = Math.abs(d[ll - 1]);
      const abse = Math.abs(e[ll - 1]);
      if (abse <= thresh) {
        split = true;
        break;
      }
      smax = Math.max(smax, abss, abse);
    }
    if (split) {
      e[ll - 1] = 0;
      if (ll === m - 1) {
        m--;
        continue;
      }
    } else ll = 0;
    ll++;
    if (ll === m - 1) {
      // 2 x 2 block
      lasv2(d[m - 2], e[m - 2], d[m - 1]);
      d[m - 2] = rot.ssmax;
      e[m - 2] = 0;
      d[m - 1] = rot.ssmin;
      logV.rot(m - 2, m - 1, rot.csr, rot.snr);
      logU.rot(m - 2, m - 1, rot.csl, rot.snl);
      m -= 2;
      continue;
    }
    // a new block: chase the bulge from the larger end
    if (ll > oldm || m < oldll) idir = Math.abs(d[ll - 1]) >= Math.abs(d[m - 1]) ? 1 : 2;
    // convergence tests
    if (idir === 1) {
      if (Math.abs(e[m - 2]) <= Math.abs(tol) * Math.abs(d[m - 1])) {
        e[m - 2] = 0;
        continue;
      }
      let mu = Math.abs(d[ll - 1]);
      smin = mu;
      for (let lll = ll; lll <= m - 1; lll++) {
        if (Math.abs(e[lll - 1]) <= tol * mu) {
          e[lll - 1] = 0;
          continue main;
        }
        mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll - 1])));
        smin = Math.min(smin, mu);
      }
    } else {
      if (Math.abs(e[ll - 1]) <= Math.abs(tol) * Math.abs(d[ll - 1])) {
        e[ll - 1] = 0;
        continue;
      }
      let mu = Math.abs(d[m - 1]);
      smin = mu;
      for (let lll = m - 1; lll >= ll; lll--) {
        if (Math.abs(e[lll - 1]) <= tol * mu) {
          e[lll - 1] = 0;
          continue main;
        }
        mu = Math.abs(d[lll - 1]) * (mu / (mu + Math.abs(e[lll - 1])));
        smin = Math.min(smin, mu);
      }
    }
    oldll = ll;
    oldm = m;
    // shift: zero when it would not help relative accuracy
    let shift = 0;
    if (!(n * tol * (smin / smax) <= Math.max(eps, 0.01 * tol))) {
      let sll: number;
      if (idir === 1) {
        sll = Math.abs(d[ll - 1]);
        las2(d[m - 2], e[m - 2], d[m - 1]);
      } else {
        sll = Math.abs(d[m - 1]);
        las2(d[ll - 1], e[ll - 1], d[ll]);
      }
      shift = rot.ssmin;
      if (sll > 0 && (shift / sll) * (shift / sll) < eps) shift = 0;
    }
    iter += m - ll;
    if (shift === 0) {
      if (idir === 1) zeroShiftDown(ll, m, d, e, work, nm1, nm12, nm13);
      else zeroShiftUp(ll, m, d, e, work, nm1, nm12, nm13);
    } else if (idir === 1) shiftedDown(ll, m, shift, d, e, work, nm1, nm12, nm13);
    else shiftedUp(ll, m, shift, d, e, work, nm1, nm12, nm13);
    // the sweep's rotations of VT's rows and U's columns LL..M (dlasr); then the end's test
    if (idir === 1) {
      logV.sweepAt(ll - 1, m, work, 0, work, nm1);
      logU.sweepAt(ll - 1, m, work, nm12, work, nm13);
      if (Math.abs(e[m - 2]) <= thresh) e[m - 2] = 0;
    } else {
      // dlasr 'B': the same rotations, the last one first
      for (let q = m - ll - 1; q >= 0; q--) {
        logV.rot(ll - 1 + q, ll + q, work[nm12 + q], work[nm13 + q]);
        logU.rot(ll - 1 + q, ll + q, work[q], work[nm1 + q]);
      }
      if (Math.abs(e[ll - 1]) <= thresh) e[ll - 1] = 0;
    }
  }
  return 0;
}

/** Zero-shift QR sweep, top to bottom (label 120). */
function zeroShiftDown(
  ll: number,
  m: number,
  d: Float64Array,
  e: Float64Array,
  work: Float64Array,
  nm1: number,
  nm12: number,
  nm13: number,
): void {
  let cs = 1;
  let oldcs = 1;
  let oldsn = 0;
  for (let i = ll; i <= m - 1; i++) {
    lartg(d[i - 1] * cs, e[i - 1]);
    cs = rot.c;
    const sn = rot.s;
    const r = rot.r;
    if (i > ll) e[i - 2] = oldsn * r;
    lartg(oldcs * r, d[i] * sn);
    oldcs = rot.c;
    oldsn = rot.s;
    d[i - 1] = rot.r;
    const w = i - ll;
    work[w] = cs;
    work[w + nm1] = sn;
    work[w + nm12] = oldcs;
    work[w + nm13] = oldsn;
  }
  const h = d[m - 1] * cs;
  d[m - 1] = h * oldcs;
  e[m - 2] = h * oldsn;
}

/** Zero-shift QR sweep, bottom to top (label 130). */
function zeroShiftUp(
  ll: number,
  m: number,
  d: Float64Array,
  e: Float64Array,
  work: Float64Array,
  nm1: number,
  nm12: number,
  nm13: number,
): void {
  let cs = 1;
  let oldcs = 1;
  let oldsn = 0;
  for (let i = m; i >= ll + 1; i--) {
    lartg(d[i - 1] * cs, e[i - 2]);
    cs = rot.c;
    const sn = rot.s;
    const r = rot.r;
    if (i < m) e[i - 1] = oldsn * r;
    lartg(oldcs * r, d[i - 2] * sn);
    oldcs = rot.c;
    oldsn = rot.s;
    d[i - 1] = rot.r;
    const w = i - ll - 1;
    work[w] = cs;
    work[w + nm1] = -sn;
    work[w + nm12] = oldcs;
    work[w + nm13] = -oldsn;
  }
  const h = d[ll - 1] * cs;
  d[ll - 1] = h * oldcs;
  e[ll - 1] = h * oldsn;
}

/** Shifted QR sweep, top to bottom (label 140). */
function shiftedDown(
  ll: number,
  m: number,
  shift: number,
  d: Float64Array,
  e: Float64Array,
  work: Float64Array,
  nm1: number,
  nm12: number,
  nm13: number,
): void {
  const dl = d[ll - 1];
  let f = (Math.abs(dl) - shift) * (fsign(1, dl) + shift / dl);
  let g = e[ll - 1];
  for (let i = ll; i <= m - 1; i++) {
    lartg(f, g);
    const cosr = rot.c;
    const sinr = rot.s;
    if (i > ll) e[i - 2] = rot.r;
    f = cosr * d[i - 1] + sinr * e[i - 1];
    e[i - 1] = cosr * e[i - 1] - sinr * d[i - 1];
    g = sinr * d[i];
    d[i] = cosr * d[i];
    lartg(f, g);
    const cosl = rot.c;
    const sinl = rot.s;
    d[i - 1] = rot.r;
    f = cosl * e[i - 1] + sinl * d[i];
    d[i] = cosl * d[i] - sinl * e[i - 1];
    if (i < m - 1) {
      g = sinl * e[i];
      e[i] = cosl * e[i];
    }
    const w = i - ll;
    work[w] = cosr;
    work[w + nm1] = sinr;
    work[w + nm12] = cosl;
    work[w + nm13] = sinl;
  }
  e[m - 2] = f;
}

/** Shifted QR sweep, bottom to top (label 150). */
function shiftedUp(
  ll: number,
  m: number,
  shift: number,
  d: Float64Array,
  e: Float64Array,
  work: Float64Array,
  nm1: number,
  nm12: number,
  nm13: number,
): void {
  const dm = d[m - 1];
  let f = (Math.abs(dm) - shift) * (fsign(1, dm) + shift / dm);
  let g = e[m - 2];
  for (let i = m; i >= ll + 1; i--) {
    lartg(f, g);
    const cosr = rot.c;
    const sinr = rot.s;
    if (i < m) e[i - 1] = rot.r;
    f = cosr * d[i - 1] + sinr * e[i - 2];
    e[i - 2] = cosr * e[i - 2] - sinr * d[i - 1];
    g = sinr * d[i - 2];
    d[i - 2] = cosr * d[i - 2];
    lartg(f, g);
    const cosl = rot.c;
    const sinl = rot.s;
    d[i - 1] = rot.r;
    f = cosl * e[i - 2] + sinl * d[i - 2];
    d[i - 2] = cosl * d[i - 2] - sinl * e[i - 2];
    if (i > ll + 1) {
      g = sinl * e[i - 3];
      e[i - 3] = cosl * e[i - 3];
    }
    const w = i - ll - 1;
    work[w] = cosr;
    work[w + nm1] = -sinr;
    work[w + nm12] = cosl;
    work[w + nm13] = -sinl;
  }
  e[ll - 1] = f;
}

/**
 * dbdsdc(uplo, 'I', n, d, e, U, VT) for n <= SMLSIZ (25): U and VT (n x n, column-major at
 * uo / vo, leading dimensions ldu / ldvt) receive the singular vectors of the bidiagonal (d, e) (upper, or `lower`:
 * first rotated to upper from the left, the rotations applied to U at the end), d the
 * singular values, descending. Returns INFO.
 */
export function bdsdcSmall(
  lower: boolean,
  n: number,
  d: Float64Array,
  e: Float64Array,
  u: Float64Array,
  uo: number,
  ldu: number,
  vt: Float64Array,
  vo: number,
  ldvt: number,
): number {
  if (n === 0) return 0;
  if (n === 1) {
    u[uo] = fsign(1, d[0]);
    vt[vo] = 1;
    d[0] = Math.abs(d[0]);
    return 0;
  }
  const nm1 = n - 1;
  // rotations of the lower-to-upper step (cos, -sin) first, dbdsqr's workspace after them
  const work = new Float64Array(2 * nm1 + 4 * nm1);
  let wstart = 0;
  if (lower) {
    wstart = 2 * nm1;
    for (let i = 0; i < nm1; i++) {
      lartg(d[i], e[i]);
      d[i] = rot.r;
      e[i] = rot.s * d[i + 1];
      d[i + 1] = rot.c * d[i + 1];
      work[i] = rot.c;
      work[nm1 + i] = -rot.s;
    }
  }
  const v = new Float64Array(n * n);
  const ur = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = ur[i * n + i] = 1;
  const info = lasdq(n, d, e, v, ur, work.subarray(wstart));
  // label 40: selection sort, descending
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let kk = i;
    let p = d[i - 1];
    for (let j = ii; j <= n; j++) {
      if (d[j - 1] > p) {
        kk = j;
        p = d[j - 1];
      }
    }
    if (kk !== i) {
      d[kk - 1] = d[i - 1];
      d[i - 1] = p;
      swapCols(ur, n, i - 1, kk - 1);
      swapCols(v, n, i - 1, kk - 1);
    }
  }
  // to the caller's column-major U and VT
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      u[uo + i + j * ldu] = ur[i * n + j];
      vt[vo + i + j * ldvt] = v[j * n + i];
    }
  }
  if (lower) lasr(true, false, n, n, work, 0, work, nm1, u, uo, ldu);
  return info;
}

/**
 * dlasdq('U', sqre = 0, n, n, n, 0, ...): dbdsqr, then LAPACK's selection sort into
 * ascending order (dbdsdc sorts back; the swaps decide the order of equal values).
 */
function lasdq(
  n: number,
  d: Float64Array,
  e: Float64Array,
  v: Float64Array,
  u: Float64Array,
  work: Float64Array,
): number {
  const info = bdsqr(n, d, e, v, u, work);
  for (let i = 1; i <= n; i++) {
    let isub = i;
    let smin = d[i - 1];
    for (let j = i + 1; j <= n; j++) {
      if (d[j - 1] < smin) {
        isub = j;
        smin = d[j - 1];
      }
    }
    if (isub !== i) {
      d[isub - 1] = d[i - 1];
      d[i - 1] = smin;
      swapCols(v, n, isub - 1, i - 1);
      swapCols(u, n, isub - 1, i - 1);
    }
  }
  return info;
}
