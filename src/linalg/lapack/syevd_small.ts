/**
 * LAPACK's dsyevd (eigenvalues and eigenvectors of a real symmetric matrix, the routine
 * behind NumPy's np.linalg.eigh) on the path it takes for n <= 25: unblocked Householder
 * tridiagonalisation (dsytd2, lower or upper), the implicit QL/QR iteration with the
 * eigenvectors accumulated from the identity (dstedc hands orders up to SMLSIZ = 25 to
 * dsteqr), then the reflectors applied to those vectors (dormtr: dorm2r / dorm2l).
 *
 * Why a port and not only a solver: an eigenvector is defined up to sign, and which sign
 * comes out depends on the exact sequence of reflections and rotations. Following LAPACK's
 * sequence gives the vectors NumPy prints (the general solver agreed in sign about half the
 * time), which matters to ported code that prints or thresholds components (PCA loadings,
 * multivariate_normal's 'eigh' factor). Values agree with LAPACK's to rounding (BLAS kernels
 * sum in other orders), which is far from flipping a sign except for (nearly) repeated
 * eigenvalues, where no sign is meaningful anyway.
 *
 * Storage is column-major, as LAPACK's: A(i, j) at a[i + j * n], 0-based.
 */
import { LinAlgError } from '../../_core/errors.js';
import { EPS_HALF, fsign, lapy2, lartg, rot, SAFMAX, SAFMIN } from './lapack_aux.js';
import { tridiagonalDC } from './symmetric_eigen_dc.js';

/** LAPACK's SMLSIZ for dstedc: up to this order dsteqr solves the tridiagonal whole. */
export const SYEVD_SMALL_MAX = 25;
/**
 * Up to this order the real port also serves UPLO='U', where the general solver does not
 * follow LAPACK's tridiagonalisation; beyond it its unblocked loops cost too much (the
 * general solver's signs may then differ). Complex input takes heevd_small.ts at every order.
 */
export const PORT_MAX = 128;

/** DLAMCH('P') = eps * base. */
export const PREC = 2 ** -52;

/**
 * Eigenvalues (ascending) and eigenvectors (columns of the returned row-major n x n) of the
 * real symmetric matrix whose `uplo` triangle is stored in the row-major `ar` (not
 * modified). Throws LinAlgError('Eigenvalues did not converge') as NumPy does when dsteqr
 * gives up (info > 0).
 */
export function syevdSmall(
  n: number,
  ar: Float64Array,
  uplo: 'L' | 'U',
): { w: Float64Array; z: Float64Array } {
  // column-major copy: A(i, j) = ar[i][j] (LAPACK sees NumPy's matrix as it is)
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i + j * n] = ar[i * n + j]!;
  if (n === 1) return { w: Float64Array.of(a[0]!), z: Float64Array.of(1) };
  // scale a matrix whose largest entry is tiny or huge (dsyevd's ISCALE)
  const smlnum = SAFMIN / PREC;
  const rmin = Math.sqrt(smlnum);
  const rmax = Math.sqrt(1 / smlnum);
  let anrm = 0;
  for (let j = 0; j < n; j++) {
    const [i0, i1] = uplo === 'L' ? [j, n] : [0, j + 1];
    for (let i = i0; i < i1; i++) {
      const v = Math.abs(a[i + j * n]!);
      if (v > anrm || Number.isNaN(v)) anrm = v;
    }
  }
  let sigma = 1;
  if (anrm > 0 && anrm < rmin) sigma = rmin / anrm;
  else if (anrm > rmax) sigma = rmax / anrm;
  if (sigma !== 1) scaleBy(a, 0, n * n, 1, sigma);
  const d = new Float64Array(n);
  const e = new Float64Array(n - 1);
  const tau = new Float64Array(n - 1);
  if (uplo === 'L') sytd2Lower(n, a, d, e, tau);
  else sytd2Upper(n, a, d, e, tau);
  const z = tridiagonalVectors(n, d, e);
  if (uplo === 'L') orm2rLower(n, a, tau, z);
  else orm2lUpper(n, a, tau, z);
  if (sigma !== 1) for (let i = 0; i < n; i++) d[i] = d[i]! * (1 / sigma);
  // back to row-major: eigenvector k is column k
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) out[i * n + k] = z[i + k * n]!;
  return { w: d, z: out };
}

/**
 * dstedc('I') on the real tridiagonal (d, e): eigenvalues ascending into d, eigenvectors as
 * the columns of the returned column-major n x n — dsteqr from the identity up to order 25,
 * divide and conquer (symmetric_eigen_dc.ts, dsteqr leaves) beyond.
 */
export function tridiagonalVectors(n: number, d: Float64Array, e: Float64Array): Float64Array {
  if (n > SYEVD_SMALL_MAX) {
    const ee = new Float64Array(n);
    ee.set(e.subarray(0, n - 1));
    const dc = tridiagonalDC(n, d, ee, steqrLeaf, SYEVD_SMALL_MAX);
    d.set(dc.w);
    // dc.q is row-major with vector j in column j: its transpose in memory is column-major
    const z = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) z[i + j * n] = dc.q[i * n + j]!;
    return z;
  }
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i + i * n] = 1;
  if (steqr(n, d, e, z) > 0) throw new LinAlgError('Eigenvalues did not converge');
  return z;
}

/**
 * A divide-and-conquer leaf as dstedc's dlaed0 solves it (dsteqr from the identity): the
 * tridiagonal (d, e) of order n, eigenvalues ascending into d, eigenvector j into row j of
 * the row-major `zt` (the caller's identity), which is dsteqr's column-major Z.
 */
export function steqrLeaf(n: number, d: Float64Array, e: Float64Array, zt: Float64Array): void {
  if (steqr(n, d, e, zt) > 0) throw new LinAlgError('Eigenvalues did not converge');
}

/** The Euclidean norm of x[off + i * inc], i < len, without overflow (DNRM2). */
export function nrm2(x: Float64Array, off: number, len: number, inc: number): number {
  let scale = 0;
  let ssq = 1;
  for (let i = 0; i < len; i++) {
    const v = x[off + i * inc]!;
    if (v === 0) continue;
    const av = Math.abs(v);
    if (scale < av) {
      ssq = 1 + ssq * (scale / av) * (scale / av);
      scale = av;
    } else ssq += (av / scale) * (av / scale);
  }
  return scale * Math.sqrt(ssq);
}

/**
 * DLARFG: the reflector H = I - tau v v^T with v = (1, x) that maps (alpha, x) to (beta, 0),
 * beta = -fsign(alpha) ||(alpha, x)||. x (len - 1 entries from `xOff`, stride `inc`) is
 * overwritten by v's tail; returns [tau, beta]. `norm` is the DNRM2 to use.
 */
export function larfg(
  len: number,
  alpha: number,
  x: Float64Array,
  xOff: number,
  inc: number,
  norm: typeof nrm2 = nrm2,
): [number, number] {
  if (len <= 1) return [0, alpha];
  let xnorm = norm(x, xOff, len - 1, inc);
  if (xnorm === 0) return [0, alpha];
  let beta = -fsign(lapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS_HALF;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    const rsafmn = 1 / safmin;
    do {
      knt++;
      for (let i = 0; i < len - 1; i++) x[xOff + i * inc] = x[xOff + i * inc]! * rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = norm(x, xOff, len - 1, inc);
    beta = -fsign(lapy2(alpha, xnorm), alpha);
  }
  const t = (beta - alpha) / beta;
  const s = 1 / (alpha - beta);
  for (let i = 0; i < len - 1; i++) x[xOff + i * inc] = x[xOff + i * inc]! * s;
  for (let j = 0; j < knt; j++) beta *= safmin;
  return [t, beta];
}

/**
 * The rank-2 step of dsytd2 on the trailing symmetric block of order m at (r0, r0), whose
 * `uplo` triangle is referenced, with v at a[vOff + i] (unit stride, v in column `vCol`):
 * w = tau A v; w -= (tau/2)(w.v) v; A -= v w^T + w v^T (DSYMV, DDOT, DAXPY, DSYR2).
 */
function rank2Update(
  n: number,
  a: Float64Array,
  r0: number,
  m: number,
  vOff: number,
  t: number,
  lower: boolean,
  w: Float64Array,
): void {
  // w = tau * A v from the referenced triangle (DSYMV)
  for (let i = 0; i < m; i++) w[i] = 0;
  for (let j = 0; j < m; j++) {
    const vj = a[vOff + j]!;
    const col = (r0 + j) * n + r0;
    let acc = 0;
    w[j] = w[j]! + t * vj * a[col + j]!;
    if (lower) {
      for (let i = j + 1; i < m; i++) {
        w[i] = w[i]! + t * vj * a[col + i]!;
        acc += a[col + i]! * a[vOff + i]!;
      }
    } else {
      for (let i = 0; i < j; i++) {
        w[i] = w[i]! + t * vj * a[col + i]!;
        acc += a[col + i]! * a[vOff + i]!;
      }
    }
    w[j] = w[j]! + t * acc;
  }
  let dot = 0;
  for (let i = 0; i < m; i++) dot += w[i]! * a[vOff + i]!;
  const alpha = -0.5 * t * dot;
  for (let i = 0; i < m; i++) w[i] = w[i]! + alpha * a[vOff + i]!;
  // A -= v w^T + w v^T on the referenced triangle (DSYR2)
  for (let j = 0; j < m; j++) {
    const vj = a[vOff + j]!;
    const wj = w[j]!;
    const col = (r0 + j) * n + r0;
    const [i0, i1] = lower ? [j, m] : [0, j + 1];
    for (let i = i0; i < i1; i++) a[col + i] = a[col + i]! - (a[vOff + i]! * wj + w[i]! * vj);
  }
}

/** DSYTD2 with UPLO = 'L': reflector i annihilates A(i+2:n, i); v's tail stays there. */
function sytd2Lower(
  n: number,
  a: Float64Array,
  d: Float64Array,
  e: Float64Array,
  tau: Float64Array,
): void {
  const w = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) {
    const sub = i + 1 + i * n; // A(i+1, i)
    const [t, beta] = larfg(n - i - 1, a[sub]!, a, Math.min(i + 2, n - 1) + i * n, 1);
    e[i] = beta;
    if (t !== 0) {
      a[sub] = 1;
      rank2Update(n, a, i + 1, n - i - 1, sub, t, true, w);
    }
    a[sub] = beta;
    d[i] = a[i + i * n]!;
    tau[i] = t;
  }
  d[n - 1] = a[n - 1 + (n - 1) * n]!;
}

/** DSYTD2 with UPLO = 'U': reflector i (n-2 down to 0) annihilates A(0:i, i+1). */
function sytd2Upper(
  n: number,
  a: Float64Array,
  d: Float64Array,
  e: Float64Array,
  tau: Float64Array,
): void {
  const w = new Float64Array(n);
  for (let i = n - 2; i >= 0; i--) {
    const col = (i + 1) * n; // column i+1
    const sup = i + col; // A(i, i+1)
    const [t, beta] = larfg(i + 1, a[sup]!, a, col, 1);
    e[i] = beta;
    if (t !== 0) {
      a[sup] = 1;
      rank2Update(n, a, 0, i + 1, col, t, false, w);
    }
    a[sup] = beta;
    d[i + 1] = a[i + 1 + col]!;
    tau[i] = t;
  }
  d[0] = a[0]!;
}

/**
 * DLARF from the left: rows [r0, r0 + m) of the column-major n x n `c` become
 * (I - tau v v^T) C, v = a[vOff + i], i < m (v[0] = 1 read as stored by the caller).
 */
function larfLeft(
  n: number,
  c: Float64Array,
  r0: number,
  m: number,
  a: Float64Array,
  vOff: number,
  t: number,
): void {
  if (t === 0) return;
  for (let j = 0; j < n; j++) {
    const col = j * n + r0;
    let s = 0;
    for (let i = 0; i < m; i++) s += c[col + i]! * a[vOff + i]!;
    if (s === 0) continue;
    s *= t;
    for (let i = 0; i < m; i++) c[col + i] = c[col + i]! - a[vOff + i]! * s;
  }
}

/**
 * H Z for the reflector whose vector is stored from a[vOff] (m entries, rows [r0, r0 + m)
 * of z) with its unit entry at a[one] (where dsytd2 left beta, restored afterwards).
 */
function applyStored(
  n: number,
  a: Float64Array,
  vOff: number,
  one: number,
  r0: number,
  m: number,
  t: number,
  z: Float64Array,
): void {
  const keep = a[one]!;
  a[one] = 1;
  larfLeft(n, z, r0, m, a, vOff, t);
  a[one] = keep;
}

/** DORMTR('L', 'L', 'N') = DORM2R on rows 1..n-1: Z = H(0) ... H(n-2) Z, H(n-2) first. */
function orm2rLower(n: number, a: Float64Array, tau: Float64Array, z: Float64Array): void {
  for (let i = n - 2; i >= 0; i--) {
    const p = i + 1 + i * n; // A(i+1, i): v's leading 1
    applyStored(n, a, p, p, i + 1, n - i - 1, tau[i]!, z);
  }
}

/** DORMTR('L', 'U', 'N') = DORM2L on rows 0..n-2: Z = H(n-2) ... H(0) Z, H(0) first. */
function orm2lUpper(n: number, a: Float64Array, tau: Float64Array, z: Float64Array): void {
  for (let i = 0; i < n - 1; i++) {
    const col = (i + 1) * n; // v = A(0:i, i+1), its 1 at A(i, i+1)
    applyStored(n, a, col, i + col, 0, i + 1, tau[i]!, z);
  }
}

/** DLAEV2: eigen-decomposition of [[a, b], [b, c]]: [rt1, rt2, cs1, sn1], |rt1| >= |rt2|. */
function laev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c;
  const df = a - c;
  const adf = Math.abs(df);
  const tb = b + b;
  const ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  let rt: number;
  if (adf > ab) rt = adf * Math.sqrt(1 + (ab / adf) ** 2);
  else if (adf < ab) rt = ab * Math.sqrt(1 + (adf / ab) ** 2);
  else rt = ab * Math.SQRT2;
  let rt1: number;
  let rt2: number;
  let sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  let cs: number;
  let sgn2: number;
  if (df >= 0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  let cs1: number;
  let sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1;
    sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}

/**
 * DLASR('R', 'V', direct) on the columns [c0, c0 + cnt) of the column-major n x n z: plane
 * rotation j (cs[j], sn[j]) acts on columns (c0 + j, c0 + j + 1), j ascending ('F') or
 * descending ('B').
 */
function lasrRight(
  n: number,
  z: Float64Array,
  c0: number,
  cnt: number,
  cs: Float64Array,
  sn: Float64Array,
  forward: boolean,
): void {
  for (let t = 0; t < cnt - 1; t++) {
    const j = forward ? t : cnt - 2 - t;
    const ct = cs[j]!;
    const st = sn[j]!;
    if (ct === 1 && st === 0) continue;
    const p = (c0 + j) * n;
    const q = p + n;
    for (let i = 0; i < n; i++) {
      const temp = z[q + i]!;
      z[q + i] = ct * temp - st * z[p + i]!;
      z[p + i] = st * temp + ct * z[p + i]!;
    }
  }
}

/** DLASCL('G') of x[off .. off + len) by cto / cfrom, in steps that neither overflow nor underflow. */
export function scaleBy(
  x: Float64Array,
  off: number,
  len: number,
  cfrom: number,
  cto: number,
): void {
  const smlnum = SAFMIN;
  const bignum = 1 / smlnum;
  let cfromc = cfrom;
  let ctoc = cto;
  for (;;) {
    const cfrom1 = cfromc * smlnum;
    let mul: number;
    let done: boolean;
    if (cfrom1 === cfromc) {
      mul = ctoc / cfromc;
      done = true;
    } else {
      const cto1 = ctoc / bignum;
      if (cto1 === ctoc) {
        mul = ctoc;
        done = true;
        cfromc = 1;
      } else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) {
        mul = smlnum;
        done = false;
        cfromc = cfrom1;
      } else if (Math.abs(cto1) > Math.abs(cfromc)) {
        mul = bignum;
        done = false;
        ctoc = cto1;
      } else {
        mul = ctoc / cfromc;
        done = true;
        if (mul === 1) return;
      }
    }
    for (let i = off; i < off + len; i++) x[i] = x[i]! * mul;
    if (done) return;
  }
}

/**
 * DSTEQR with COMPZ = 'V' on z (the caller passes the identity for 'I'): the implicit QL or
 * QR iteration (chosen per block by which end is smaller) on the symmetric tridiagonal
 * (d, e), its rotations applied to the columns of z, then eigenvalues sorted ascending by
 * selection with the columns swapped alike. Returns info: 0, or the count of off-diagonal
 * entries that failed to converge in 30 n sweeps.
 */
export function steqr(n: number, d: Float64Array, e: Float64Array, z: Float64Array): number {
  const eps2 = EPS_HALF * EPS_HALF;
  const ssfmax = Math.sqrt(SAFMAX) / 3;
  const ssfmin = Math.sqrt(SAFMIN) / eps2;
  const work1 = new Float64Array(n); // cosines (WORK(1:n-1))
  const work2 = new Float64Array(n); // sines (WORK(n:2n-2))
  const nmaxit = n * 30;
  let jtot = 0;
  let l1 = 0;
  // 0-based: l, m, lend index d; e[i] couples d[i] and d[i+1]
  while (l1 < n) {
    if (l1 > 0) e[l1 - 1] = 0;
    let m = l1;
    for (; m < n - 1; m++) {
      const tst = Math.abs(e[m]!);
      if (tst === 0) break;
      if (tst <= Math.sqrt(Math.abs(d[m]!)) * Math.sqrt(Math.abs(d[m + 1]!)) * EPS_HALF) {
        e[m] = 0;
        break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // scale the block
    let anorm = 0;
    for (let i = l; i <= lend; i++) {
      const v = Math.abs(d[i]!);
      if (v > anorm || Number.isNaN(v)) anorm = v;
    }
    for (let i = l; i < lend; i++) {
      const v = Math.abs(e[i]!);
      if (v > anorm || Number.isNaN(v)) anorm = v;
    }
    let iscale = 0;
    if (anorm === 0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      scaleBy(d, l, lend - l + 1, anorm, ssfmax);
      scaleBy(e, l, lend - l, anorm, ssfmax);
    } else if (anorm < ssfmin) {
      iscale = 2;
      scaleBy(d, l, lend - l + 1, anorm, ssfmin);
      scaleBy(e, l, lend - l, anorm, ssfmin);
    }
    if (Math.abs(d[lend]!) < Math.abs(d[l]!)) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration: look for a small sub-diagonal element from l down
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm < lend; mm++) {
            const tst = Math.abs(e[mm]!) ** 2;
            if (tst <= eps2 * Math.abs(d[mm]!) * Math.abs(d[mm + 1]!) + SAFMIN) break;
          }
        } else mm = lend;
        if (mm < lend) e[mm] = 0;
        let p = d[l]!;
        if (mm === l) {
          // eigenvalue found
          d[l] = p;
          l++;
          if (l <= lend) continue;
          break;
        }
        if (mm === l + 1) {
          const [rt1, rt2, c, s] = laev2(d[l]!, e[l]!, d[l + 1]!);
          work1[l] = c;
          work2[l] = s;
          lasrRight(n, z, l, 2, work1.subarray(l), work2.subarray(l), false);
          d[l] = rt1;
          d[l + 1] = rt2;
          e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        // form the shift
        let g = (d[l + 1]! - p) / (2 * e[l]!);
        let r = lapy2(g, 1);
        g = d[mm]! - p + e[l]! / (g + fsign(r, g));
        let s = 1;
        let c = 1;
        p = 0;
        for (let i = mm - 1; i >= l; i--) {
          const f = s * e[i]!;
          const b = c * e[i]!;
          lartg(g, f);
          c = rot.c;
          s = rot.s;
          r = rot.r;
          if (i !== mm - 1) e[i + 1] = r;
          g = d[i + 1]! - p;
          r = (d[i]! - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          work1[i] = c;
          work2[i] = -s;
        }
        lasrRight(n, z, l, mm - l + 1, work1.subarray(l), work2.subarray(l), false);
        d[l] = d[l]! - p;
        e[l] = g;
      }
    } else {
      // QR iteration: look for a small super-diagonal element from l up
      for (;;) {
        let mm = l;
        if (l !== lend) {
          for (; mm > lend; mm--) {
            const tst = Math.abs(e[mm - 1]!) ** 2;
            if (tst <= eps2 * Math.abs(d[mm]!) * Math.abs(d[mm - 1]!) + SAFMIN) break;
          }
        } else mm = lend;
        if (mm > lend) e[mm - 1] = 0;
        let p = d[l]!;
        if (mm === l) {
          d[l] = p;
          l--;
          if (l >= lend) continue;
          break;
        }
        if (mm === l - 1) {
          const [rt1, rt2, c, s] = laev2(d[l - 1]!, e[l - 1]!, d[l]!);
          work1[mm] = c;
          work2[mm] = s;
          lasrRight(n, z, l - 1, 2, work1.subarray(mm), work2.subarray(mm), true);
          d[l - 1] = rt1;
          d[l] = rt2;
          e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1]! - p) / (2 * e[l - 1]!);
        let r = lapy2(g, 1);
        g = d[mm]! - p + e[l - 1]! / (g + fsign(r, g));
        let s = 1;
        let c = 1;
        p = 0;
        for (let i = mm; i <= l - 1; i++) {
          const f = s * e[i]!;
          const b = c * e[i]!;
          lartg(g, f);
          c = rot.c;
          s = rot.s;
          r = rot.r;
          if (i !== mm) e[i - 1] = r;
          g = d[i]! - p;
          r = (d[i + 1]! - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          work1[i] = c;
          work2[i] = s;
        }
        lasrRight(n, z, mm, l - mm + 1, work1.subarray(mm), work2.subarray(mm), true);
        d[l] = d[l]! - p;
        e[l - 1] = g;
      }
    }
    // undo the scaling
    if (iscale === 1) {
      scaleBy(d, lsv, lendsv - lsv + 1, ssfmax, anorm);
      scaleBy(e, lsv, lendsv - lsv, ssfmax, anorm);
    } else if (iscale === 2) {
      scaleBy(d, lsv, lendsv - lsv + 1, ssfmin, anorm);
      scaleBy(e, lsv, lendsv - lsv, ssfmin, anorm);
    }
    if (jtot >= nmaxit) {
      let info = 0;
      for (let i = 0; i < n - 1; i++) if (e[i] !== 0) info++;
      return info;
    }
  }
  // selection sort ascending, swapping the eigenvector columns alike
  for (let ii = 1; ii < n; ii++) {
    const i = ii - 1;
    let k = i;
    let p = d[i]!;
    for (let j = ii; j < n; j++) {
      if (d[j]! < p) {
        k = j;
        p = d[j]!;
      }
    }
    if (k !== i) {
      d[k] = d[i]!;
      d[i] = p;
      for (let r = 0; r < n; r++) {
        const t = z[r + i * n]!;
        z[r + i * n] = z[r + k * n]!;
        z[r + k * n] = t;
      }
    }
  }
  return 0;
}
