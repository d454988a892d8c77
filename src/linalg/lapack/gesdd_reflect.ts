/**
 * The unblocked Householder routines that LAPACK's dgesdd runs at small sizes (every block
 * size there is 32 > 25, so dgebrd, dgeqrf, dgelqf, dorgqr, dorglq and dormbr all take
 * their level-2 paths): dlarfg, dlarf1f, dgebd2, dgeqr2, dgelq2, dorg2r, dorgl2, and the
 * dormbr cases dgesdd uses. Ported from the reference sources; a reflector's sign decides
 * the signs of the singular vectors, so the conventions are LAPACK's exactly (beta =
 * -sign(alpha) ||x||, tau = 0 when x below alpha is zero, even for negative alpha).
 * Column-major: element (i, j) of a matrix at `off`, leading dimension `ld`, is
 * `a[off + i + j * ld]`; vectors are (array, offset, increment).
 */
import { EPS_HALF, fsign, lapy2, SAFMIN } from './lapack_aux.js';

/** ||x|| of n entries: the plain sum of squares when safe, scaled by the largest otherwise. */
function nrm2(n: number, x: Float64Array, off: number, inc: number): number {
  let amax = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(x[off + i * inc]);
    if (v > amax) amax = v;
  }
  if (amax === 0) return 0;
  let ssq = 0;
  if (amax > 2 ** -480 && amax < 2 ** 480) {
    for (let i = 0; i < n; i++) {
      const v = x[off + i * inc];
      ssq += v * v;
    }
    return Math.sqrt(ssq);
  }
  for (let i = 0; i < n; i++) {
    const v = x[off + i * inc] / amax;
    ssq += v * v;
  }
  return amax * Math.sqrt(ssq);
}

function scal(n: number, alpha: number, x: Float64Array, off: number, inc: number): void {
  for (let i = 0; i < n; i++) x[off + i * inc] *= alpha;
}

/**
 * dlarfg(n, alpha = a[ai], x = a[xo + i * inc], i < n - 1): H = I - tau v v^T with
 * v = (1, x'), H (alpha; x) = (beta; 0). Writes beta to a[ai] and v' over x; returns tau.
 */
export function larfg(n: number, a: Float64Array, ai: number, xo: number, inc: number): number {
  if (n <= 1) return 0;
  let xnorm = nrm2(n - 1, a, xo, inc);
  if (xnorm === 0) return 0;
  let alpha = a[ai];
  let beta = -fsign(lapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS_HALF;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    // beta may be inaccurate: scale x and recompute
    const rsafmn = 1 / safmin;
    do {
      knt++;
      scal(n - 1, rsafmn, a, xo, inc);
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = nrm2(n - 1, a, xo, inc);
    beta = -fsign(lapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  scal(n - 1, 1 / (alpha - beta), a, xo, inc);
  for (let j = 0; j < knt; j++) beta *= safmin;
  a[ai] = beta;
  return tau;
}

/** iladlc: the number of leading columns of the m x n matrix with a non-zero entry. */
function lastNonzeroCol(m: number, n: number, c: Float64Array, off: number, ld: number): number {
  if (n === 0) return 0;
  if (c[off + (n - 1) * ld] !== 0 || c[off + m - 1 + (n - 1) * ld] !== 0) return n;
  for (let j = n; j >= 1; j--) {
    const p = off + (j - 1) * ld;
    for (let i = 0; i < m; i++) if (c[p + i] !== 0) return j;
  }
  return 0;
}

/** iladlr: the number of leading rows of the m x n matrix with a non-zero entry. */
function lastNonzeroRow(m: number, n: number, c: Float64Array, off: number, ld: number): number {
  if (m === 0) return 0;
  if (c[off + m - 1] !== 0 || c[off + m - 1 + (n - 1) * ld] !== 0) return m;
  let res = 0;
  for (let j = 0; j < n; j++) {
    let i = m;
    while (i >= 1 && c[off + Math.max(i, 1) - 1 + j * ld] === 0) i--;
    if (i > res) res = i;
  }
  return res;
}

/**
 * dlarf1f: C (m x n) <- H C (`left`) or C H, H = I - tau v v^T with v = (1, v[vo + inc],
 * v[vo + 2 inc], ...) (v's first entry is taken as 1, not read). `work` holds max(m, n).
 */
export function larf1f(
  left: boolean,
  m: number,
  n: number,
  v: Float64Array,
  vo: number,
  inc: number,
  tau: number,
  c: Float64Array,
  co: number,
  ldc: number,
  work: Float64Array,
): void {
  if (tau === 0) return;
  let lastv = left ? m : n;
  let i = vo + (lastv - 1) * inc;
  while (lastv > 1 && v[i] === 0) {
    lastv--;
    i -= inc;
  }
  const lastc = left ? lastNonzeroCol(lastv, n, c, co, ldc) : lastNonzeroRow(m, lastv, c, co, ldc);
  if (lastc === 0) return;
  if (left) {
    if (lastv === 1) {
      for (let j = 0; j < lastc; j++) c[co + j * ldc] *= 1 - tau;
      return;
    }
    // w = C(2:lastv, :)^T v(2:lastv) + C(1, :); C(1, :) -= tau w; C(2:lastv, :) -= tau v w^T
    for (let j = 0; j < lastc; j++) {
      const p = co + j * ldc;
      let s = 0;
      for (let r = 1; r < lastv; r++) s += c[p + r] * v[vo + r * inc];
      work[j] = s + c[p];
    }
    for (let j = 0; j < lastc; j++) {
      const p = co + j * ldc;
      c[p] += -tau * work[j];
      const t = -tau * work[j];
      if (t === 0) continue;
      for (let r = 1; r < lastv; r++) c[p + r] += v[vo + r * inc] * t;
    }
    return;
  }
  if (lastv === 1) {
    for (let r = 0; r < lastc; r++) c[co + r] *= 1 - tau;
    return;
  }
  // w = C(:, 2:lastv) v(2:lastv) + C(:, 1); C(:, 1) -= tau w; C(:, 2:lastv) -= tau w v^T
  for (let r = 0; r < lastc; r++) work[r] = 0;
  for (let j = 1; j < lastv; j++) {
    const t = v[vo + j * inc];
    const p = co + j * ldc;
    for (let r = 0; r < lastc; r++) work[r] += t * c[p + r];
  }
  for (let r = 0; r < lastc; r++) {
    work[r] += c[co + r];
    c[co + r] += -tau * work[r];
  }
  for (let j = 1; j < lastv; j++) {
    const t = -tau * v[vo + j * inc];
    if (t === 0) continue;
    const p = co + j * ldc;
    for (let r = 0; r < lastc; r++) c[p + r] += work[r] * t;
  }
}

/** The bidiagonal form from dgebd2: diagonal d, off-diagonal e, reflector scalars. */
export interface Bidiagonal {
  d: Float64Array;
  e: Float64Array;
  tauq: Float64Array;
  taup: Float64Array;
}

/**
 * dgebd2: reduce the m x n matrix at a[off] (ld) to bidiagonal form Q^T A P, upper when
 * m >= n, lower otherwise; the reflectors stay in A as LAPACK leaves them.
 */
export function gebd2(m: number, n: number, a: Float64Array, off: number, ld: number): Bidiagonal {
  const k = Math.min(m, n);
  const d = new Float64Array(k);
  const e = new Float64Array(Math.max(k - 1, 0));
  const tauq = new Float64Array(k);
  const taup = new Float64Array(k);
  const work = new Float64Array(Math.max(m, n));
  const at = (i: number, j: number) => off + i + j * ld;
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      tauq[i] = larfg(m - i, a, at(i, i), at(Math.min(i + 1, m - 1), i), 1);
      d[i] = a[at(i, i)];
      if (i < n - 1) {
        larf1f(true, m - i, n - i - 1, a, at(i, i), 1, tauq[i], a, at(i, i + 1), ld, work);
        taup[i] = larfg(n - i - 1, a, at(i, i + 1), at(i, Math.min(i + 2, n - 1)), ld);
        e[i] = a[at(i, i + 1)];
        larf1f(
          false,
          m - i - 1,
          n - i - 1,
          a,
          at(i, i + 1),
          ld,
          taup[i],
          a,
          at(i + 1, i + 1),
          ld,
          work,
        );
      } else taup[i] = 0;
    }
  } else {
    for (let i = 0; i < m; i++) {
      taup[i] = larfg(n - i, a, at(i, i), at(i, Math.min(i + 1, n - 1)), ld);
      d[i] = a[at(i, i)];
      if (i < m - 1) {
        larf1f(false, m - i - 1, n - i, a, at(i, i), ld, taup[i], a, at(i + 1, i), ld, work);
        tauq[i] = larfg(m - i - 1, a, at(i + 1, i), at(Math.min(i + 2, m - 1), i), 1);
        e[i] = a[at(i + 1, i)];
        larf1f(
          true,
          m - i - 1,
          n - i - 1,
          a,
          at(i + 1, i),
          1,
          tauq[i],
          a,
          at(i + 1, i + 1),
          ld,
          work,
        );
      } else tauq[i] = 0;
    }
  }
  return { d, e, tauq, taup };
}

/** dgeqr2: A = Q R for the m x n matrix (ld = lda); returns tau. */
export function geqr2(m: number, n: number, a: Float64Array, ld: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const work = new Float64Array(n);
  for (let i = 0; i < k; i++) {
    const p = i + i * ld;
    tau[i] = larfg(m - i, a, p, Math.min(i + 1, m - 1) + i * ld, 1);
    if (i < n - 1) larf1f(true, m - i, n - i - 1, a, p, 1, tau[i], a, p + ld, ld, work);
  }
  return tau;
}

/** dgelq2: A = L Q for the m x n matrix (ld = lda); returns tau. */
export function gelq2(m: number, n: number, a: Float64Array, ld: number): Float64Array {
  const k = Math.min(m, n);
  const tau = new Float64Array(k);
  const work = new Float64Array(m);
  for (let i = 0; i < k; i++) {
    const p = i + i * ld;
    tau[i] = larfg(n - i, a, p, i + Math.min(i + 1, n - 1) * ld, ld);
    if (i < m - 1) larf1f(false, m - i - 1, n - i, a, p, ld, tau[i], a, p + 1, ld, work);
  }
  return tau;
}

/** dorg2r: overwrite the m x n matrix (reflectors from geqr2 in its first k columns) with Q. */
export function org2r(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  ld: number,
  tau: Float64Array,
): void {
  const work = new Float64Array(n);
  for (let j = k; j < n; j++) {
    for (let l = 0; l < m; l++) a[l + j * ld] = 0;
    a[j + j * ld] = 1;
  }
  for (let i = k - 1; i >= 0; i--) {
    const p = i + i * ld;
    if (i < n - 1) larf1f(true, m - i, n - i - 1, a, p, 1, tau[i], a, p + ld, ld, work);
    if (i < m - 1) scal(m - i - 1, -tau[i], a, p + 1, 1);
    a[p] = 1 - tau[i];
    for (let l = 0; l < i; l++) a[l + i * ld] = 0;
  }
}

/** dorgl2: overwrite the m x n matrix (reflectors from gelq2 in its first k rows) with Q. */
export function orgl2(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  ld: number,
  tau: Float64Array,
): void {
  const work = new Float64Array(m);
  if (k < m) {
    for (let j = 0; j < n; j++) {
      for (let l = k; l < m; l++) a[l + j * ld] = 0;
      if (j >= k && j < m) a[j + j * ld] = 1;
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    const p = i + i * ld;
    if (i < n - 1) {
      if (i < m - 1) larf1f(false, m - i - 1, n - i, a, p, ld, tau[i], a, p + 1, ld, work);
      scal(n - i - 1, -tau[i], a, p + ld, ld);
    }
    a[p] = 1 - tau[i];
    for (let l = 0; l < i; l++) a[i + l * ld] = 0;
  }
}

/**
 * dormbr('Q', 'L', 'N', m, n, k, A, tauq, C): C (m x n) <- Q C, Q from gebd2 of an
 * nq x k matrix (nq = m): reflector i is column i of A below row i (nq >= k), or below
 * row i + 1 (nq < k, acting on C's rows 1..m-1).
 */
export function ormbrQ(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  ao: number,
  lda: number,
  tau: Float64Array,
  c: Float64Array,
  co: number,
  ldc: number,
): void {
  const work = new Float64Array(n);
  // dorm2r('L', 'N'): H(k) .. H(1) applied last-first
  const apply = (mm: number, kk: number, a0: number, c0: number) => {
    for (let i = kk - 1; i >= 0; i--) {
      larf1f(true, mm - i, n, a, a0 + i + i * lda, 1, tau[i], c, c0 + i, ldc, work);
    }
  };
  if (m === 0 || n === 0) return;
  if (m >= k) apply(m, k, ao, co);
  else if (m > 1) apply(m - 1, m - 1, ao + 1, co + 1);
}

/**
 * dormbr('P', 'R', 'T', m, n, k, A, taup, C): C (m x n) <- C P^T, P from gebd2 of a
 * k x nq matrix (nq = n): reflector i is row i of A right of column i (nq > k), or right
 * of column i + 1 (nq <= k, acting on C's columns 1..n-1).
 */
export function ormbrPt(
  m: number,
  n: number,
  k: number,
  a: Float64Array,
  ao: number,
  lda: number,
  tau: Float64Array,
  c: Float64Array,
  co: number,
  ldc: number,
): void {
  const work = new Float64Array(m);
  // dorml2('R', 'N'): H(k) .. H(1) applied last-first
  const apply = (nn: number, kk: number, a0: number, c0: number) => {
    for (let i = kk - 1; i >= 0; i--) {
      larf1f(false, m, nn - i, a, a0 + i + i * lda, lda, tau[i], c, c0 + i * ldc, ldc, work);
    }
  };
  if (m === 0 || n === 0) return;
  if (n > k) apply(n, k, ao, co);
  else if (n > 1) apply(n - 1, n - 1, ao + lda, co + ldc);
}
