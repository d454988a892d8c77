/**
 * LAPACK's zheevd (complex Hermitian eigenproblem, NumPy's eigh of complex input) on the path
 * it takes for n <= 25: zhetd2 (lower or upper; complex reflectors whose beta is real, so the
 * tridiagonal comes out real), zsteqr from the identity — the real dsteqr of syevd_small.ts,
 * since its rotations are real and keep Z real — then zunm2r / zunm2l. Following LAPACK's
 * sequence gives NumPy's eigenvector phases, as syevd_small.ts does for real input.
 *
 * Storage: column-major, split into re / im: A(i, j) at [i + j * n].
 */
import { fsign, lapy2, SAFMIN, znrm2 } from './lapack_aux.js';
import { PREC, scaleBy, tridiagonalVectors } from './syevd_small.js';

/**
 * Eigenvalues (ascending) and eigenvectors (columns of the returned row-major n x n re / im)
 * of the Hermitian matrix whose `uplo` triangle is in the row-major (ar, ai) (not modified).
 */
export function heevdSmall(
  n: number,
  ar: Float64Array,
  ai: Float64Array,
  uplo: 'L' | 'U',
): { w: Float64Array; zr: Float64Array; zi: Float64Array } {
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      re[i + j * n] = ar[i * n + j]!;
      im[i + j * n] = ai[i * n + j]!;
    }
  if (n === 1)
    return { w: Float64Array.of(re[0]!), zr: Float64Array.of(1), zi: new Float64Array(1) };
  // zheevd's scaling of a tiny or huge matrix (by the largest modulus in the triangle)
  const smlnum = SAFMIN / PREC;
  const rmin = Math.sqrt(smlnum);
  const rmax = Math.sqrt(1 / smlnum);
  let anrm = 0;
  for (let j = 0; j < n; j++) {
    const [i0, i1] = uplo === 'L' ? [j, n] : [0, j + 1];
    for (let i = i0; i < i1; i++) {
      const p = i + j * n;
      const v = i === j ? Math.abs(re[p]!) : lapy2(re[p]!, im[p]!);
      if (v > anrm || Number.isNaN(v)) anrm = v;
    }
  }
  let sigma = 1;
  if (anrm > 0 && anrm < rmin) sigma = rmin / anrm;
  else if (anrm > rmax) sigma = rmax / anrm;
  if (sigma !== 1) {
    scaleBy(re, 0, n * n, 1, sigma);
    scaleBy(im, 0, n * n, 1, sigma);
  }
  const d = new Float64Array(n);
  const e = new Float64Array(n - 1);
  const tr = new Float64Array(n - 1);
  const ti = new Float64Array(n - 1);
  hetd2(n, re, im, d, e, tr, ti, uplo === 'L');
  const z = tridiagonalVectors(n, d, e);
  const zi = new Float64Array(n * n);
  unmtr(n, re, im, tr, ti, z, zi, uplo === 'L');
  if (sigma !== 1) for (let i = 0; i < n; i++) d[i] = d[i]! * (1 / sigma);
  const outR = new Float64Array(n * n);
  const outI = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      outR[i * n + k] = z[i + k * n]!;
      outI[i * n + k] = zi[i + k * n]!;
    }
  return { w: d, zr: outR, zi: outI };
}

/**
 * ZLARFG: H = I - tau v v^H with v = (1, x) maps (alpha, x) to (beta, 0), beta real. x is
 * the len - 1 entries from `off`, `inc` apart, of (re, im), overwritten by v's tail.
 * Returns [tauRe, tauIm, beta].
 */
export function zlarfg(
  len: number,
  alr: number,
  ali: number,
  re: Float64Array,
  im: Float64Array,
  off: number,
  inc = 1,
): [number, number, number] {
  if (len <= 0) return [0, 0, alr];
  const xnorm = znrm2(re, im, off, len - 1, inc);
  if (xnorm === 0 && ali === 0) return [0, 0, alr];
  // DLAPY3(alphr, alphi, xnorm), then beta with alpha's real sign
  const m = Math.max(Math.abs(alr), Math.abs(ali), xnorm);
  const norm3 = m === 0 ? 0 : m * Math.sqrt((alr / m) ** 2 + (ali / m) ** 2 + (xnorm / m) ** 2);
  const beta = -fsign(norm3, alr);
  const tr = (beta - alr) / beta;
  const ti = -ali / beta;
  // x *= 1 / (alpha - beta) (ZLADIV's quotient)
  const dr = alr - beta;
  const di = ali;
  const den = dr * dr + di * di;
  const qr = dr / den;
  const qi = -di / den;
  for (let k = 0; k < len - 1; k++) {
    const p = off + k * inc;
    const xr = re[p]!;
    const xi = im[p]!;
    re[p] = xr * qr - xi * qi;
    im[p] = xr * qi + xi * qr;
  }
  return [tr, ti, beta];
}

/**
 * ZHETD2: reduce the Hermitian matrix to real tridiagonal (d, e); reflector i's vector is
 * left below (lower) or above (upper) the off-diagonal, its tau in (tr, ti).
 */
function hetd2(
  n: number,
  re: Float64Array,
  im: Float64Array,
  d: Float64Array,
  e: Float64Array,
  tr: Float64Array,
  ti: Float64Array,
  lower: boolean,
): void {
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (lower) {
    im[0] = 0;
    for (let i = 0; i < n - 1; i++) {
      const p = i + 1 + i * n; // A(i+1, i)
      const [tR, tI, beta] = zlarfg(n - i - 1, re[p]!, im[p]!, re, im, p + 1);
      e[i] = beta;
      if (tR !== 0 || tI !== 0) {
        re[p] = 1;
        im[p] = 0;
        rank2(n, re, im, i + 1, n - i - 1, p, tR, tI, true, wr, wi);
      } else im[p + n] = 0; // A(i+1, i+1) made real
      re[p] = beta;
      im[p] = 0;
      d[i] = re[i + i * n]!;
      tr[i] = tR;
      ti[i] = tI;
    }
    d[n - 1] = re[n - 1 + (n - 1) * n]!;
    return;
  }
  im[n * n - 1] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const col = (i + 1) * n;
    const p = i + col; // A(i, i+1)
    const [tR, tI, beta] = zlarfg(i + 1, re[p]!, im[p]!, re, im, col);
    e[i] = beta;
    if (tR !== 0 || tI !== 0) {
      re[p] = 1;
      im[p] = 0;
      rank2(n, re, im, 0, i + 1, col, tR, tI, false, wr, wi);
    } else im[i + i * n] = 0;
    re[p] = beta;
    im[p] = 0;
    d[i + 1] = re[i + 1 + col]!;
    tr[i] = tR;
    ti[i] = tI;
  }
  d[0] = re[0]!;
}

/**
 * zhetd2's update of the trailing (lower) or leading (upper) Hermitian block of order m at
 * (r0, r0), v at [vOff .. vOff + m): w = tau A v (ZHEMV, diagonal taken real); w -= (tau/2)
 * (w^H v) v; A -= v w^H + w v^H (ZHER2, diagonal kept real).
 */
function rank2(
  n: number,
  re: Float64Array,
  im: Float64Array,
  r0: number,
  m: number,
  vOff: number,
  tR: number,
  tI: number,
  lower: boolean,
  wr: Float64Array,
  wi: Float64Array,
): void {
  for (let i = 0; i < m; i++) {
    wr[i] = 0;
    wi[i] = 0;
  }
  for (let j = 0; j < m; j++) {
    const vr = re[vOff + j]!;
    const vi = im[vOff + j]!;
    const t1r = tR * vr - tI * vi; // temp1 = tau x(j)
    const t1i = tR * vi + tI * vr;
    let s2r = 0; // temp2 = sum conj(A(i, j)) x(i)
    let s2i = 0;
    const col = (r0 + j) * n + r0;
    const [i0, i1] = lower ? [j + 1, m] : [0, j];
    for (let i = i0; i < i1; i++) {
      const ar = re[col + i]!;
      const ai = im[col + i]!;
      wr[i] = wr[i]! + (t1r * ar - t1i * ai);
      wi[i] = wi[i]! + (t1r * ai + t1i * ar);
      const xr = re[vOff + i]!;
      const xi = im[vOff + i]!;
      s2r += ar * xr + ai * xi;
      s2i += ar * xi - ai * xr;
    }
    const djj = re[col + j]!;
    wr[j] = wr[j]! + t1r * djj + (tR * s2r - tI * s2i);
    wi[j] = wi[j]! + t1i * djj + (tR * s2i + tI * s2r);
  }
  // alpha = -tau/2 (w^H v); w += alpha v
  let dr = 0;
  let di = 0;
  for (let i = 0; i < m; i++) {
    const xr = re[vOff + i]!;
    const xi = im[vOff + i]!;
    dr += wr[i]! * xr + wi[i]! * xi;
    di += wr[i]! * xi - wi[i]! * xr;
  }
  const hr = -0.5 * tR;
  const hi = -0.5 * tI;
  const alr = hr * dr - hi * di;
  const ali = hr * di + hi * dr;
  for (let i = 0; i < m; i++) {
    const xr = re[vOff + i]!;
    const xi = im[vOff + i]!;
    wr[i] = wr[i]! + (alr * xr - ali * xi);
    wi[i] = wi[i]! + (alr * xi + ali * xr);
  }
  // A -= v w^H + w v^H on the referenced triangle
  for (let j = 0; j < m; j++) {
    const col = (r0 + j) * n + r0;
    const vjr = re[vOff + j]!;
    const vji = im[vOff + j]!;
    const wjr = wr[j]!;
    const wji = wi[j]!;
    const [i0, i1] = lower ? [j + 1, m] : [0, j];
    for (let i = i0; i < i1; i++) {
      const xr = re[vOff + i]!;
      const xi = im[vOff + i]!;
      // v_i conj(w_j) + w_i conj(v_j)
      const pr = xr * wjr + xi * wji + (wr[i]! * vjr + wi[i]! * vji);
      const pi = xi * wjr - xr * wji + (wi[i]! * vjr - wr[i]! * vji);
      re[col + i] = re[col + i]! - pr;
      im[col + i] = im[col + i]! - pi;
    }
    re[col + j] = re[col + j]! - 2 * (vjr * wjr + vji * wji);
    im[col + j] = 0;
  }
}

/**
 * ZUNMTR('L', uplo, 'N'): Z = Q Z with Q the product of zhetd2's reflectors (zunm2r on rows
 * 1..n-1 for lower, H(n-2) first; zunm2l on rows 0..n-2 for upper, H(0) first).
 */
function unmtr(
  n: number,
  re: Float64Array,
  im: Float64Array,
  tr: Float64Array,
  ti: Float64Array,
  zr: Float64Array,
  zi: Float64Array,
  lower: boolean,
): void {
  for (let t = 0; t < n - 1; t++) {
    const i = lower ? n - 2 - t : t;
    // v from [vOff, vOff + m), its unit entry at `one`, acting on rows [r0, r0 + m)
    const vOff = lower ? i + 1 + i * n : (i + 1) * n;
    const one = lower ? vOff : i + (i + 1) * n;
    const r0 = lower ? i + 1 : 0;
    const m = lower ? n - i - 1 : i + 1;
    const tR = tr[i]!;
    const tI = ti[i]!;
    if (tR === 0 && tI === 0) continue;
    const keepR = re[one]!;
    const keepI = im[one]!;
    re[one] = 1;
    im[one] = 0;
    for (let j = 0; j < n; j++) {
      const col = j * n + r0;
      // s = v^H C(:, j) ... as ZLARF: w_j = sum conj(C(i, j)) v_i, then C -= tau v conj(w_j)
      let sr = 0;
      let si = 0;
      for (let k = 0; k < m; k++) {
        const cr = zr[col + k]!;
        const ci = zi[col + k]!;
        const xr = re[vOff + k]!;
        const xi = im[vOff + k]!;
        sr += cr * xr + ci * xi;
        si += cr * xi - ci * xr;
      }
      if (sr === 0 && si === 0) continue;
      // g = tau conj(w_j)
      const gr = tR * sr + tI * si;
      const gi = tI * sr - tR * si;
      for (let k = 0; k < m; k++) {
        const xr = re[vOff + k]!;
        const xi = im[vOff + k]!;
        zr[col + k] = zr[col + k]! - (xr * gr - xi * gi);
        zi[col + k] = zi[col + k]! - (xr * gi + xi * gr);
      }
    }
    re[one] = keepR;
    im[one] = keepI;
  }
}
