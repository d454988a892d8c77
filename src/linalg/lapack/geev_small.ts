/**
 * LAPACK's dgeev (NumPy's np.linalg.eig / eigvals of a real matrix) on the path it takes for
 * orders up to dhseqr's NMIN = 75: dgebal('B') balancing, dgehd2 Householder reduction to
 * Hessenberg form, dorghr (dorg2r) for Q, dhseqr -> dlahqr for the real Schur form (only the
 * eigenvalues, WANTT = false, for eigvals), dtrevc3 + dgebak for the right eigenvectors and
 * dgeev's normalisation (unit 2-norm; a complex pair rotated so that its component of
 * largest modulus is real).
 *
 * Why a port: the order of the eigenvalues is the order in which dlahqr leaves them on the
 * diagonal of T, and an eigenvector's sign (a complex one's phase) follows from the exact
 * sequence of reflections and rotations. Following LAPACK's operations gives what NumPy
 * prints; values agree to rounding (OpenBLAS's kernels sum in other orders), which moves
 * neither the order nor a sign except for (nearly) repeated eigenvalues.
 *
 * Storage is column-major, as LAPACK's; indices in the code are LAPACK's 1-based ones:
 * A(i, j) is a[i + j * n + o] with o = -1 - n, and a vector x(i) is x[i] or x[i - 1] as noted.
 */
import { LinAlgError } from '../../_core/errors.js';
import { lahqr } from './lahqr.js';
import { lapy2, lartg, rot, SAFMIN, znrm2 } from './lapack_aux.js';
import type { GeneralEigResult } from './nonsymmetric_eigen_real.js';
import { nrm2Blas as nrm2 } from './nrm2_blas.js';
import { larfg, scaleBy } from './syevd_small.js';
import { trevc3Right } from './trevc3.js';

/** dhseqr's NMIN (ILAENV ISPEC = 12): up to this order it calls dlahqr (above, dlaqr0). */
export const GEEV_SMALL_MAX = 75;

const PREC = 2 ** -52;

/** Eigenvalues and (with `wantV`) right eigenvectors of the real row-major n x n `ar`. */
export function geevSmall(n: number, ar: Float64Array, wantV: boolean): GeneralEigResult {
  const o = -1 - n;
  // column-major copy: LAPACK sees NumPy's matrix as it is
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i + j * n] = ar[i * n + j]!;
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (n === 0) return { wr, wi, vr: wantV ? a : null, vi: wantV ? a : null };
  // scale a matrix whose largest entry lies outside [smlnum, bignum]
  const smlnum = Math.sqrt(SAFMIN) / PREC;
  const bignum = 1 / smlnum;
  let anrm = 0;
  for (let k = 0; k < n * n; k++) {
    const v = Math.abs(a[k]!);
    if (v > anrm || Number.isNaN(v)) anrm = v;
  }
  let cscale = 0;
  if (anrm > 0 && anrm < smlnum) cscale = smlnum;
  else if (anrm > bignum) cscale = bignum;
  if (cscale !== 0) scaleBy(a, 0, n * n, anrm, cscale);
  const scale = new Float64Array(n + 1); // 1-based, as dgebal's SCALE
  const [ilo, ihi] = gebal(n, a, scale);
  const tau = new Float64Array(n + 1); // 1-based
  gehd2(n, ilo, ihi, a, tau);
  const vr = wantV ? orghr(n, ilo, ihi, a, tau) : null;
  // dhseqr: the eigenvalues isolated by balancing, then dlahqr on ILO..IHI
  for (let i = 1; i < ilo; i++) wr[i - 1] = a[i + i * n + o]!;
  for (let i = ihi + 1; i <= n; i++) wr[i - 1] = a[i + i * n + o]!;
  if (ilo === ihi) wr[ilo - 1] = a[ilo + ilo * n + o]!;
  else if (lahqr(wantV, n, ilo, ihi, a, wr, wi, vr) > 0) {
    // (dhseqr would retry with dlaqr0; dlahqr's 30 * n iterations practically never run out)
    throw new LinAlgError('Eigenvalues did not converge');
  }
  if (cscale !== 0) {
    scaleBy(wr, 0, n, cscale, anrm);
    scaleBy(wi, 0, n, cscale, anrm);
  }
  if (!vr) return { wr, wi, vr: null, vi: null };
  trevc3Right(n, a, vr);
  gebak(n, ilo, ihi, scale, vr);
  normalise(n, wi, vr);
  // row-major complex columns; a pair's second column is the conjugate of the first
  const outR = new Float64Array(n * n);
  const outI = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    if (wi[j] === 0) {
      for (let i = 0; i < n; i++) outR[i * n + j] = vr[i + j * n]!;
    } else if (wi[j]! > 0 && j + 1 < n) {
      for (let i = 0; i < n; i++) {
        const x = vr[i + j * n]!;
        const y = vr[i + (j + 1) * n]!;
        outR[i * n + j] = x;
        outI[i * n + j] = y;
        outR[i * n + j + 1] = x;
        outI[i * n + j + 1] = -y;
      }
      j++;
    }
  }
  return { wr, wi, vr: outR, vi: outI };
}

/** Swaps A(i, c0..c1) with A(k, c0..c1) (rows; 1-based), in `ai` too when given. */
function swapRows(
  n: number,
  a: Float64Array,
  i: number,
  k: number,
  c0: number,
  c1: number,
  ai: Float64Array | null = null,
) {
  const o = -1 - n;
  for (const m of ai === null ? [a] : [a, ai]) {
    for (let c = c0; c <= c1; c++) {
      const t = m[i + c * n + o]!;
      m[i + c * n + o] = m[k + c * n + o]!;
      m[k + c * n + o] = t;
    }
  }
}

/** Swaps A(r0..r1, i) with A(r0..r1, k) (columns; 1-based), in `ai` too when given. */
function swapCols(
  n: number,
  a: Float64Array,
  i: number,
  k: number,
  r0: number,
  r1: number,
  ai: Float64Array | null,
) {
  const o = -1 - n;
  for (const m of ai === null ? [a] : [a, ai]) {
    for (let r = r0; r <= r1; r++) {
      const t = m[r + i * n + o]!;
      m[r + i * n + o] = m[r + k * n + o]!;
      m[r + k * n + o] = t;
    }
  }
}

/** |x(k)| for the first k maximising |re| + |im| (IZAMAX), or max |x| of a real vector. */
function amax(re: Float64Array, im: Float64Array | null, off: number, len: number, inc: number) {
  let best = -1;
  let at = off;
  for (let t = 0; t < len; t++) {
    const p = off + t * inc;
    const v = Math.abs(re[p]!) + (im === null ? 0 : Math.abs(im[p]!));
    if (v > best) {
      best = v;
      at = p;
    }
  }
  return im === null ? Math.abs(re[at]!) : Math.hypot(re[at]!, im[at]!);
}

/**
 * DGEBAL('B') as of LAPACK 3.12 (the loops continue after a swap instead of restarting):
 * permutes rows and columns that isolate eigenvalues to the ends, then scales rows and
 * columns ILO..IHI by powers of 2. Returns [ILO, IHI]; `scale` (1-based) gets the
 * permutation indices and the scale factors.
 */
export function gebal(
  n: number,
  a: Float64Array,
  scale: Float64Array,
  ai: Float64Array | null = null,
): [number, number] {
  const o = -1 - n;
  const nonzero = (p: number) => a[p] !== 0 || (ai !== null && ai[p] !== 0);
  let k = 1;
  let l = n;
  // rows isolating an eigenvalue, pushed down
  let noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = l; i >= 1; i--) {
      let canswap = true;
      for (let j = 1; j <= l; j++) {
        if (i !== j && nonzero(i + j * n + o)) {
          canswap = false;
          break;
        }
      }
      if (canswap) {
        scale[l] = i;
        if (i !== l) {
          swapCols(n, a, i, l, 1, l, ai);
          swapRows(n, a, i, l, k, n, ai);
        }
        noconv = true;
        if (l === 1) return [1, 1];
        l--;
      }
    }
  }
  // columns isolating an eigenvalue, pushed left
  noconv = true;
  while (noconv) {
    noconv = false;
    const lEnd = l;
    for (let j = k; j <= lEnd; j++) {
      let canswap = true;
      for (let i = k; i <= l; i++) {
        if (i !== j && nonzero(i + j * n + o)) {
          canswap = false;
          break;
        }
      }
      if (canswap) {
        scale[k] = j;
        if (j !== k) {
          swapCols(n, a, j, k, 1, l, ai);
          swapRows(n, a, j, k, k, n, ai);
        }
        noconv = true;
        k++;
      }
    }
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  // iterative scaling towards equal row and column norms
  const SCLFAC = 2;
  const FACTOR = 0.95;
  const sfmin1 = SAFMIN / PREC;
  const sfmax1 = 1 / sfmin1;
  const sfmin2 = sfmin1 * SCLFAC;
  const sfmax2 = 1 / sfmin2;
  noconv = true;
  while (noconv) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      const cOff = k + i * n + o;
      const rOff = i + k * n + o;
      let c = ai === null ? nrm2(a, cOff, l - k + 1, 1) : znrm2(a, ai, cOff, l - k + 1, 1);
      let r = ai === null ? nrm2(a, rOff, l - k + 1, n) : znrm2(a, ai, rOff, l - k + 1, n);
      let ca = amax(a, ai, 1 + i * n + o, l, 1);
      let ra = amax(a, ai, rOff, n - k + 1, n);
      if (c === 0 || r === 0) continue;
      let g = r / SCLFAC;
      let f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
        f *= SCLFAC;
        c *= SCLFAC;
        ca *= SCLFAC;
        r /= SCLFAC;
        g /= SCLFAC;
        ra /= SCLFAC;
      }
      g = c / SCLFAC;
      while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
        f /= SCLFAC;
        c /= SCLFAC;
        g /= SCLFAC;
        ca /= SCLFAC;
        r *= SCLFAC;
        ra *= SCLFAC;
      }
      if (c + r >= FACTOR * s) continue;
      if (f < 1 && scale[i]! < 1 && f * scale[i]! <= sfmin1) continue;
      if (f > 1 && scale[i]! > 1 && scale[i]! >= sfmax1 / f) continue;
      g = 1 / f;
      scale[i] = scale[i]! * f;
      noconv = true;
      for (const m of ai === null ? [a] : [a, ai]) {
        for (let q = k; q <= n; q++) m[i + q * n + o] = m[i + q * n + o]! * g;
        for (let q = 1; q <= l; q++) m[q + i * n + o] = m[q + i * n + o]! * f;
      }
    }
  }
  return [k, l];
}

/**
 * DGEHD2: A = Q H Q^T on rows/columns ILO..IHI by reflectors H(i) = I - tau v v^T, v(i+1) = 1
 * and v(i+2:ihi) stored in A(i+2:ihi, i); tau(i) into `tau` (1-based).
 */
function gehd2(n: number, ilo: number, ihi: number, a: Float64Array, tau: Float64Array): void {
  const o = -1 - n;
  const w = new Float64Array(n + 1);
  for (let i = ilo; i <= ihi - 1; i++) {
    const p = i + 1 + i * n + o; // A(i+1, i), v's leading 1
    const [t, beta] = larfg(ihi - i, a[p]!, a, Math.min(i + 2, n) + i * n + o, 1, nrm2);
    a[p] = beta;
    tau[i] = t;
    if (t === 0) continue;
    const len = ihi - i; // v(1..len) = (1, A(i+2..ihi, i))
    // from the right on A(1:ihi, i+1:ihi): w = C v, C -= tau w v^T
    for (let r = 1; r <= ihi; r++) w[r] = a[r + (i + 1) * n + o]!;
    for (let q = 2; q <= len; q++) {
      const vq = a[p + q - 1]!;
      const c = (i + q) * n + o;
      for (let r = 1; r <= ihi; r++) w[r] = w[r]! + a[r + c]! * vq;
    }
    for (let q = 1; q <= len; q++) {
      const tv = -t * (q === 1 ? 1 : a[p + q - 1]!);
      const c = (i + q) * n + o;
      for (let r = 1; r <= ihi; r++) a[r + c] = a[r + c]! + w[r]! * tv;
    }
    // from the left on A(i+1:ihi, i+1:n): w = C^T v, C -= tau v w^T
    for (let c = i + 1; c <= n; c++) {
      const base = c * n + o;
      let s = a[i + 1 + base]!;
      for (let q = 2; q <= len; q++) s += a[i + q + base]! * a[p + q - 1]!;
      const ts = -t * s;
      a[i + 1 + base] = a[i + 1 + base]! + ts;
      for (let q = 2; q <= len; q++) a[i + q + base] = a[i + q + base]! + a[p + q - 1]! * ts;
    }
  }
}

/**
 * DORGHR (DORG2R at these orders): the orthogonal Q of dgehd2's reflectors, as a new
 * column-major n x n.
 */
function orghr(n: number, ilo: number, ihi: number, a: Float64Array, tau: Float64Array) {
  const o = -1 - n;
  const q = new Float64Array(n * n);
  // the reflectors shifted one column right; identity outside ILO+1..IHI
  for (let j = ihi; j >= ilo + 1; j--) {
    for (let i = j + 1; i <= ihi; i++) q[i + j * n + o] = a[i + (j - 1) * n + o]!;
  }
  for (let j = 1; j <= ilo; j++) q[j + j * n + o] = 1;
  for (let j = ihi + 1; j <= n; j++) q[j + j * n + o] = 1;
  const nh = ihi - ilo;
  if (nh <= 0) return q;
  // DORG2R(nh, nh, nh) on the block B(r, c) = Q(ilo + r, ilo + c)
  const b0 = ilo + 1 + (ilo + 1) * n + o; // B(1, 1) = Q(ilo+1, ilo+1); B(r, c) at b0 + (r-1) + (c-1) n
  const w = new Float64Array(nh + 1);
  for (let i = nh; i >= 1; i--) {
    const ti = tau[ilo + i - 1]!;
    const vc = b0 + (i - 1) * n + (i - 1); // B(i, i), v's implicit 1
    if (i < nh && ti !== 0) {
      // H(i) from the left on B(i:nh, i+1:nh)
      for (let c = i + 1; c <= nh; c++) {
        const cc = b0 + (c - 1) * n + (i - 1);
        let s = q[cc]!;
        for (let r = 1; r <= nh - i; r++) s += q[cc + r]! * q[vc + r]!;
        w[c] = s;
      }
      for (let c = i + 1; c <= nh; c++) {
        const cc = b0 + (c - 1) * n + (i - 1);
        const ts = -ti * w[c]!;
        q[cc] = q[cc]! + ts;
        for (let r = 1; r <= nh - i; r++) q[cc + r] = q[cc + r]! + q[vc + r]! * ts;
      }
    }
    for (let r = 1; r <= nh - i; r++) q[vc + r] = q[vc + r]! * -ti;
    q[vc] = 1 - ti;
    for (let r = 1; r <= i - 1; r++) q[vc - r] = 0;
  }
  return q;
}

/** DGEBAK('B', 'R') (ZGEBAK with `vi`): undoes the balancing on the rows of the vectors V. */
export function gebak(
  n: number,
  ilo: number,
  ihi: number,
  scale: Float64Array,
  v: Float64Array,
  vi: Float64Array | null = null,
) {
  const o = -1 - n;
  if (ilo !== ihi) {
    for (let i = ilo; i <= ihi; i++) {
      const s = scale[i]!;
      for (const m of vi === null ? [v] : [v, vi])
        for (let c = 1; c <= n; c++) m[i + c * n + o] = m[i + c * n + o]! * s;
    }
  }
  for (let ii = 1; ii <= n; ii++) {
    let i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - ii;
    const k = scale[i]!;
    if (k === i) continue;
    swapRows(n, v, i, k, 1, n, vi);
  }
}

/**
 * dgeev's normalisation: a real vector to unit 2-norm, a complex pair (columns i, i+1 =
 * re, im) to unit norm and rotated so that its component of largest modulus is real.
 */
function normalise(n: number, wi: Float64Array, v: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const c1 = i * n;
    if (wi[i] === 0) {
      const scl = 1 / nrm2(v, c1, n, 1);
      for (let r = 0; r < n; r++) v[c1 + r] = v[c1 + r]! * scl;
    } else if (wi[i]! > 0) {
      const c2 = c1 + n;
      const scl = 1 / lapy2(nrm2(v, c1, n, 1), nrm2(v, c2, n, 1));
      let kmax = 0;
      let big = -1;
      for (let r = 0; r < n; r++) {
        v[c1 + r] = v[c1 + r]! * scl;
        v[c2 + r] = v[c2 + r]! * scl;
        const m = v[c1 + r]! ** 2 + v[c2 + r]! ** 2;
        if (m > big) {
          big = m;
          kmax = r;
        }
      }
      lartg(v[c1 + kmax]!, v[c2 + kmax]!);
      const cs = rot.c;
      const sn = rot.s;
      for (let r = 0; r < n; r++) {
        const x = v[c1 + r]!;
        const y = v[c2 + r]!;
        v[c1 + r] = cs * x + sn * y;
        v[c2 + r] = cs * y - sn * x;
      }
      v[c2 + kmax] = 0;
    }
  }
}
