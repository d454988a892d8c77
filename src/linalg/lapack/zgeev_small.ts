/**
 * LAPACK's zgeev (NumPy's np.linalg.eig / eigvals of a complex matrix) on the path it takes
 * for orders up to zhseqr's NMIN = 75: zgebal('B'), zgehd2, zunghr (zung2r), zhseqr ->
 * zlahqr for the Schur form T (only the eigenvalues, WANTT = false, for eigvals), then the
 * right eigenvectors of T by back substitution (ztrevc3), zgebak and zgeev's normalisation
 * (unit 2-norm, the component of largest modulus real).
 *
 * Why a port: the eigenvalues come out in the order in which zlahqr deflates them, which
 * depends on its shifts, its deflation tests and the Hessenberg form zgehd2 hands it. With
 * our own QR iteration 7% of the eigenvalues of random complex matrices stood elsewhere than
 * in NumPy's output (already for 2 x 2 ones). A vector is fixed by its eigenvalue and the
 * normalisation, so the vectors then agree too (to rounding).
 *
 * Storage is column-major with separate real and imaginary parts; indices are LAPACK's
 * 1-based ones: A(i, j) is ar[i + j * n + o] + i·ai[i + j * n + o] with o = -1 - n.
 */
import { LinAlgError } from '../../_core/errors.js';
import { gebak, gebal } from './geev_small.js';
import { zlarfg } from './heevd_small.js';
import { fsign, SAFMIN, znrm2 } from './lapack_aux.js';
import type { GeneralEigResult } from './nonsymmetric_eigen_real.js';
import { zlarf } from './zlarf.js';

const ULP = 2 ** -52;

const cabs1 = (re: number, im: number) => Math.abs(re) + Math.abs(im);

/** |re + i im| without overflow (Math.hypot is several times slower in V8). */
function cabs(re: number, im: number): number {
  const x = Math.abs(re);
  const y = Math.abs(im);
  const m = x > y ? x : y;
  if (m === 0 || m === Number.POSITIVE_INFINITY) return m;
  const a = x / m;
  const b = y / m;
  return m * Math.sqrt(a * a + b * b);
}

/** Result of the complex helpers below (re, im). */
const z = { re: 0, im: 0 };

/** (ar + i ai) / (br + i bi) as ZLADIV computes it (robust to overflow). */
function cdiv(ar: number, ai: number, br: number, bi: number): void {
  if (Math.abs(bi) <= Math.abs(br)) {
    const r = bi / br;
    const d = br + bi * r;
    z.re = (ar + ai * r) / d;
    z.im = (ai - ar * r) / d;
  } else {
    const r = br / bi;
    const d = bi + br * r;
    z.re = (ar * r + ai) / d;
    z.im = (ai * r - ar) / d;
  }
}

/** The principal square root of x + iy (Fortran's complex SQRT). */
function csqrt(x: number, y: number): void {
  if (x === 0 && y === 0) {
    z.re = 0;
    z.im = y;
    return;
  }
  const t = Math.sqrt((Math.abs(x) + cabs(x, y)) / 2);
  if (x >= 0) {
    z.re = t;
    z.im = y / (2 * t);
  } else {
    z.re = Math.abs(y) / (2 * t);
    z.im = y < 0 ? -t : t;
  }
}

/** Eigenvalues and (with `wantV`) right eigenvectors of the complex row-major n x n. */
export function zgeevSmall(
  n: number,
  rr: Float64Array,
  ri: Float64Array,
  wantV: boolean,
): GeneralEigResult {
  const o = -1 - n;
  const ar = new Float64Array(n * n);
  const ai = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      ar[i + j * n] = rr[i * n + j]!;
      ai[i + j * n] = ri[i * n + j]!;
    }
  }
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  if (n === 0) return { wr, wi, vr: wantV ? ar : null, vi: wantV ? ai : null };
  // scale a matrix whose largest entry lies outside [smlnum, bignum] (ZLANGE 'M', ZLASCL)
  const smlnum = Math.sqrt(SAFMIN) / ULP;
  const bignum = 1 / smlnum;
  let anrm = 0;
  for (let k = 0; k < n * n; k++) {
    const v = cabs(ar[k]!, ai[k]!);
    if (v > anrm || Number.isNaN(v)) anrm = v;
  }
  let cscale = 0;
  if (anrm > 0 && anrm < smlnum) cscale = smlnum;
  else if (anrm > bignum) cscale = bignum;
  if (cscale !== 0) {
    const f = cscale / anrm;
    for (let k = 0; k < n * n; k++) {
      ar[k] = ar[k]! * f;
      ai[k] = ai[k]! * f;
    }
  }
  const scale = new Float64Array(n + 1);
  const [ilo, ihi] = gebal(n, ar, scale, ai);
  const taur = new Float64Array(n + 1);
  const taui = new Float64Array(n + 1);
  gehd2(n, ilo, ihi, ar, ai, taur, taui);
  const Z = wantV ? unghr(n, ilo, ihi, ar, ai, taur, taui) : null;
  // zhseqr: the eigenvalues isolated by balancing, then zlahqr on ILO..IHI
  for (let i = 1; i < ilo; i++) {
    wr[i - 1] = ar[i + i * n + o]!;
    wi[i - 1] = ai[i + i * n + o]!;
  }
  for (let i = ihi + 1; i <= n; i++) {
    wr[i - 1] = ar[i + i * n + o]!;
    wi[i - 1] = ai[i + i * n + o]!;
  }
  if (lahqr(wantV, n, ilo, ihi, ar, ai, wr, wi, Z) > 0) {
    throw new LinAlgError('Eigenvalues did not converge');
  }
  if (cscale !== 0) {
    const f = anrm / cscale;
    for (let k = 0; k < n; k++) {
      wr[k] = wr[k]! * f;
      wi[k] = wi[k]! * f;
    }
  }
  if (Z === null) return { wr, wi, vr: null, vi: null };
  // zhseqr leaves T upper triangular (it zeroes what lies below the subdiagonal)
  for (let j = 1; j <= n; j++) {
    for (let i = j + 1; i <= n; i++) {
      ar[i + j * n + o] = 0;
      ai[i + j * n + o] = 0;
    }
  }
  trevc(n, ar, ai, Z.re, Z.im);
  gebak(n, ilo, ihi, scale, Z.re, Z.im);
  normalise(n, Z.re, Z.im);
  const vr = new Float64Array(n * n);
  const vi = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      vr[i * n + j] = Z.re[i + j * n]!;
      vi[i * n + j] = Z.im[i + j * n]!;
    }
  }
  return { wr, wi, vr, vi };
}

/** ZLARF from the right on rows 1..rows of columns c0.., v = (1, A(vOff+1..)) in a column. */
function larfRight(
  n: number,
  ar: Float64Array,
  ai: Float64Array,
  vOff: number,
  len: number,
  tr: number,
  ti: number,
  rows: number,
  c0: number,
) {
  const v = { re: ar, im: ai, off: vOff, inc: 1 };
  zlarf(false, len, rows, v, tr, ti, { re: ar, im: ai, off: c0 * n - n, ld: n });
}

/** ZLARF from the left on rows p0..p0+len-1 of columns c0..c1 (same v). */
function larfLeft(
  n: number,
  ar: Float64Array,
  ai: Float64Array,
  vOff: number,
  len: number,
  tr: number,
  ti: number,
  p0: number,
  c0: number,
  c1: number,
) {
  const v = { re: ar, im: ai, off: vOff, inc: 1 };
  zlarf(true, len, c1 - c0 + 1, v, tr, ti, { re: ar, im: ai, off: p0 - 1 + (c0 - 1) * n, ld: n });
}

/** ZGEHD2: A = Q H Q^H by reflectors H(i) = I - tau v v^H, v(2:) in A(i+2:ihi, i). */
function gehd2(
  n: number,
  ilo: number,
  ihi: number,
  ar: Float64Array,
  ai: Float64Array,
  taur: Float64Array,
  taui: Float64Array,
): void {
  const o = -1 - n;
  for (let i = ilo; i <= ihi - 1; i++) {
    const p = i + 1 + i * n + o; // A(i+1, i)
    const [tr, ti, beta] = zlarfg(ihi - i, ar[p]!, ai[p]!, ar, ai, p + 1);
    taur[i] = tr;
    taui[i] = ti;
    // v(1) = 1 implicit (the helpers never read A(i+1, i))
    const len = ihi - i;
    larfRight(n, ar, ai, p, len, tr, ti, ihi, i + 1);
    larfLeft(n, ar, ai, p, len, tr, -ti, i + 1, i + 1, n);
    ar[p] = beta;
    ai[p] = 0;
  }
}

/** ZUNGHR (ZUNG2R at these orders): the unitary Q of gehd2's reflectors, column-major. */
function unghr(
  n: number,
  ilo: number,
  ihi: number,
  ar: Float64Array,
  ai: Float64Array,
  taur: Float64Array,
  taui: Float64Array,
): { re: Float64Array; im: Float64Array } {
  const o = -1 - n;
  const qr = new Float64Array(n * n);
  const qi = new Float64Array(n * n);
  for (let j = ihi; j >= ilo + 1; j--) {
    for (let i = j + 1; i <= ihi; i++) {
      qr[i + j * n + o] = ar[i + (j - 1) * n + o]!;
      qi[i + j * n + o] = ai[i + (j - 1) * n + o]!;
    }
  }
  for (let j = 1; j <= ilo; j++) qr[j + j * n + o] = 1;
  for (let j = ihi + 1; j <= n; j++) qr[j + j * n + o] = 1;
  const nh = ihi - ilo;
  // ZUNG2R(nh, nh, nh) on the block B(r, c) = Q(ilo + r, ilo + c)
  for (let i = nh; i >= 1; i--) {
    const tr = taur[ilo + i - 1]!;
    const ti = taui[ilo + i - 1]!;
    const row = ilo + i; // B(i, i) is Q(row, row)
    const vc = row + row * n + o;
    if (i < nh) larfLeft(n, qr, qi, vc, nh - i + 1, tr, ti, row, row + 1, ihi);
    // B(i+1:nh, i) *= -tau; B(i, i) = 1 - tau; B(1:i-1, i) = 0
    for (let r = 1; r <= nh - i; r++) {
      const xr = qr[vc + r]!;
      const xi = qi[vc + r]!;
      qr[vc + r] = -(tr * xr - ti * xi);
      qi[vc + r] = -(tr * xi + ti * xr);
    }
    qr[vc] = 1 - tr;
    qi[vc] = -ti;
    for (let r = 1; r <= i - 1; r++) {
      qr[vc - r] = 0;
      qi[vc - r] = 0;
    }
  }
  return { re: qr, im: qi };
}

/** x(k) *= (sr + i si) for the `len` elements from `off`, `inc` apart. */
function scal(
  re: Float64Array,
  im: Float64Array,
  off: number,
  len: number,
  inc: number,
  sr: number,
  si: number,
) {
  for (let t = 0; t < len; t++) {
    const p = off + t * inc;
    const xr = re[p]!;
    const xi = im[p]!;
    re[p] = xr * sr - xi * si;
    im[p] = xr * si + xi * sr;
  }
}

/**
 * ZLAHQR on H(ILO..IHI): the complex Schur form by single-shift QR with Wilkinson and
 * exceptional shifts and the Ahues & Tisseur deflation test. Eigenvalues into (wr, wi) at
 * their rows; with `wantT` the whole T and Z are updated. Returns INFO (0 on success).
 */
function lahqr(
  wantT: boolean,
  n: number,
  ilo: number,
  ihi: number,
  hr: Float64Array,
  hi: Float64Array,
  wr: Float64Array,
  wi: Float64Array,
  Z: { re: Float64Array; im: Float64Array } | null,
): number {
  const o = -1 - n;
  const H = (i: number, j: number) => i + j * n + o;
  if (ilo === ihi) {
    wr[ilo - 1] = hr[H(ilo, ilo)]!;
    wi[ilo - 1] = hi[H(ilo, ilo)]!;
    return 0;
  }
  for (let j = ilo; j <= ihi - 3; j++) {
    hr[H(j + 2, j)] = 0;
    hi[H(j + 2, j)] = 0;
    hr[H(j + 3, j)] = 0;
    hi[H(j + 3, j)] = 0;
  }
  if (ilo <= ihi - 2) {
    hr[H(ihi, ihi - 2)] = 0;
    hi[H(ihi, ihi - 2)] = 0;
  }
  const jlo = wantT ? 1 : ilo;
  const jhi = wantT ? n : ihi;
  // zhseqr passes ILOZ = ILO, IHIZ = IHI (Z is the identity outside those rows)
  const iloz = ilo;
  const nz = ihi - ilo + 1;
  // make the subdiagonal real
  for (let i = ilo + 1; i <= ihi; i++) {
    const p = H(i, i - 1);
    if (hi[p] !== 0) {
      const c1 = cabs1(hr[p]!, hi[p]!);
      let scr = hr[p]! / c1;
      let sci = hi[p]! / c1;
      const m = cabs(scr, sci);
      scr = scr / m;
      sci = -sci / m; // conj(sc) / |sc|
      hr[p] = cabs(hr[p]!, hi[p]!);
      hi[p] = 0;
      scal(hr, hi, H(i, i), jhi - i + 1, n, scr, sci);
      scal(hr, hi, H(jlo, i), Math.min(jhi, i + 1) - jlo + 1, 1, scr, -sci);
      if (Z) scal(Z.re, Z.im, iloz + i * n + o, nz, 1, scr, -sci);
    }
  }
  const nh = ihi - ilo + 1;
  const smlnum = SAFMIN * (nh / ULP);
  let i1 = 1;
  let i2 = n;
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  const vr = new Float64Array(2);
  const vi = new Float64Array(2);
  let i = ihi;
  while (i >= ilo) {
    let l = ilo;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // look for a single small subdiagonal element
      let k = i;
      for (; k >= l + 1; k--) {
        if (cabs1(hr[H(k, k - 1)]!, hi[H(k, k - 1)]!) <= smlnum) break;
        let tst =
          cabs1(hr[H(k - 1, k - 1)]!, hi[H(k - 1, k - 1)]!) + cabs1(hr[H(k, k)]!, hi[H(k, k)]!);
        if (tst === 0) {
          if (k - 2 >= ilo) tst += Math.abs(hr[H(k - 1, k - 2)]!);
          if (k + 1 <= ihi) tst += Math.abs(hr[H(k + 1, k)]!);
        }
        if (Math.abs(hr[H(k, k - 1)]!) <= ULP * tst) {
          const hkk1 = cabs1(hr[H(k, k - 1)]!, hi[H(k, k - 1)]!);
          const hk1k = cabs1(hr[H(k - 1, k)]!, hi[H(k - 1, k)]!);
          const ab = Math.max(hkk1, hk1k);
          const ba = Math.min(hkk1, hk1k);
          const hkk = cabs1(hr[H(k, k)]!, hi[H(k, k)]!);
          const diff = cabs1(
            hr[H(k - 1, k - 1)]! - hr[H(k, k)]!,
            hi[H(k - 1, k - 1)]! - hi[H(k, k)]!,
          );
          const aa = Math.max(hkk, diff);
          const bb = Math.min(hkk, diff);
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) {
        hr[H(l, l - 1)] = 0;
        hi[H(l, l - 1)] = 0;
      }
      if (l >= i) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantT) {
        i1 = l;
        i2 = i;
      }
      // the shift t
      let tr: number;
      let ti: number;
      if (kdefl % 20 === 0) {
        const s = 0.75 * Math.abs(hr[H(i, i - 1)]!);
        tr = s + hr[H(i, i)]!;
        ti = hi[H(i, i)]!;
      } else if (kdefl % 10 === 0) {
        const s = 0.75 * Math.abs(hr[H(l + 1, l)]!);
        tr = s + hr[H(l, l)]!;
        ti = hi[H(l, l)]!;
      } else {
        tr = hr[H(i, i)]!;
        ti = hi[H(i, i)]!;
        // u = sqrt(H(i-1, i)) sqrt(H(i, i-1))
        csqrt(hr[H(i - 1, i)]!, hi[H(i - 1, i)]!);
        const s1r = z.re;
        const s1i = z.im;
        csqrt(hr[H(i, i - 1)]!, hi[H(i, i - 1)]!);
        const ur = s1r * z.re - s1i * z.im;
        const ui = s1r * z.im + s1i * z.re;
        let s = cabs1(ur, ui);
        if (s !== 0) {
          const xr = 0.5 * (hr[H(i - 1, i - 1)]! - tr);
          const xi = 0.5 * (hi[H(i - 1, i - 1)]! - ti);
          const sx = cabs1(xr, xi);
          s = Math.max(s, sx);
          // y = s sqrt((x/s)^2 + (u/s)^2)
          const xsr = xr / s;
          const xsi = xi / s;
          const usr = ur / s;
          const usi = ui / s;
          csqrt(xsr * xsr - xsi * xsi + usr * usr - usi * usi, 2 * xsr * xsi + 2 * usr * usi);
          let yr = s * z.re;
          let yi = s * z.im;
          if (sx > 0 && (xr / sx) * yr + (xi / sx) * yi < 0) {
            yr = -yr;
            yi = -yi;
          }
          cdiv(ur, ui, xr + yr, xi + yi);
          tr -= ur * z.re - ui * z.im;
          ti -= ur * z.im + ui * z.re;
        }
      }
      // look for two consecutive small subdiagonal elements
      let m = i - 1;
      for (; m >= l + 1; m--) {
        const h11r = hr[H(m, m)]!;
        const h11i = hi[H(m, m)]!;
        const h22r = hr[H(m + 1, m + 1)]!;
        const h22i = hi[H(m + 1, m + 1)]!;
        let h11sr = h11r - tr;
        let h11si = h11i - ti;
        let h21 = hr[H(m + 1, m)]!;
        const s = cabs1(h11sr, h11si) + Math.abs(h21);
        h11sr /= s;
        h11si /= s;
        h21 /= s;
        vr[0] = h11sr;
        vi[0] = h11si;
        vr[1] = h21;
        vi[1] = 0;
        const h10 = hr[H(m, m - 1)]!;
        if (
          Math.abs(h10) * Math.abs(h21) <=
          ULP * (cabs1(h11sr, h11si) * (cabs1(h11r, h11i) + cabs1(h22r, h22i)))
        )
          break;
      }
      if (m === l) {
        let h11sr = hr[H(l, l)]! - tr;
        let h11si = hi[H(l, l)]! - ti;
        let h21 = hr[H(l + 1, l)]!;
        const s = cabs1(h11sr, h11si) + Math.abs(h21);
        h11sr /= s;
        h11si /= s;
        h21 /= s;
        vr[0] = h11sr;
        vi[0] = h11si;
        vr[1] = h21;
        vi[1] = 0;
      }
      // single-shift QR step
      for (let kk = m; kk <= i - 1; kk++) {
        if (kk > m) {
          vr[0] = hr[H(kk, kk - 1)]!;
          vi[0] = hi[H(kk, kk - 1)]!;
          vr[1] = hr[H(kk + 1, kk - 1)]!;
          vi[1] = hi[H(kk + 1, kk - 1)]!;
        }
        larfg2(vr, vi);
        const t1r = rf.tr;
        const t1i = rf.ti;
        const beta = rf.beta;
        vr[0] = beta;
        vi[0] = 0;
        if (kk > m) {
          hr[H(kk, kk - 1)] = beta;
          hi[H(kk, kk - 1)] = 0;
          hr[H(kk + 1, kk - 1)] = 0;
          hi[H(kk + 1, kk - 1)] = 0;
        }
        const v2r = vr[1]!;
        const v2i = vi[1]!;
        const t2 = t1r * v2r - t1i * v2i; // DBLE(T1 * V2)
        for (let j = kk; j <= i2; j++) {
          // sum = conj(t1) H(k, j) + t2 H(k+1, j)
          const a = H(kk, j);
          const b = H(kk + 1, j);
          const sr = t1r * hr[a]! + t1i * hi[a]! + t2 * hr[b]!;
          const si = t1r * hi[a]! - t1i * hr[a]! + t2 * hi[b]!;
          hr[a] = hr[a]! - sr;
          hi[a] = hi[a]! - si;
          hr[b] = hr[b]! - (sr * v2r - si * v2i);
          hi[b] = hi[b]! - (sr * v2i + si * v2r);
        }
        const jEnd = Math.min(kk + 2, i);
        const c0 = kk * n + o;
        reflectCols(hr, hi, i1 + c0, jEnd + c0, n, t1r, t1i, t2, v2r, v2i);
        if (Z) reflectCols(Z.re, Z.im, iloz + c0, iloz + nz - 1 + c0, n, t1r, t1i, t2, v2r, v2i);
        if (kk === m && m > l) {
          // extra scaling keeps H(m+1, m) real: temp = (1 - t1) / |1 - t1|
          let tpr = 1 - t1r;
          let tpi = -t1i;
          const ta = cabs(tpr, tpi);
          tpr /= ta;
          tpi /= ta;
          scal(hr, hi, H(m + 1, m), 1, 1, tpr, -tpi);
          if (m + 2 <= i) scal(hr, hi, H(m + 2, m + 1), 1, 1, tpr, tpi);
          for (let j = m; j <= i; j++) {
            if (j === m + 1) continue;
            if (i2 > j) scal(hr, hi, H(j, j + 1), i2 - j, n, tpr, tpi);
            scal(hr, hi, H(i1, j), j - i1, 1, tpr, -tpi);
            if (Z) scal(Z.re, Z.im, iloz + j * n + o, nz, 1, tpr, -tpi);
          }
        }
      }
      // make H(i, i-1) real
      const p = H(i, i - 1);
      if (hi[p] !== 0) {
        const rtemp = cabs(hr[p]!, hi[p]!);
        const tpr = hr[p]! / rtemp;
        const tpi = hi[p]! / rtemp;
        hr[p] = rtemp;
        hi[p] = 0;
        if (i2 > i) scal(hr, hi, H(i, i + 1), i2 - i, n, tpr, -tpi);
        scal(hr, hi, H(i1, i), i - i1, 1, tpr, tpi);
        if (Z) scal(Z.re, Z.im, iloz + i * n + o, nz, 1, tpr, tpi);
      }
    }
    if (!converged) return i;
    wr[i - 1] = hr[H(i, i)]!;
    wi[i - 1] = hi[H(i, i)]!;
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}

/** Result of larfg2: tau = (tr, ti) and beta. */
const rf = { tr: 0, ti: 0, beta: 0 };

/**
 * ZLARFG(2, v(1), v(2)) as heevd_small.ts's zlarfg computes it (same operations), without
 * its result array: zlahqr calls it once per bulge step. v(2) is overwritten by the tail.
 */
function larfg2(vr: Float64Array, vi: Float64Array): void {
  const alr = vr[0]!;
  const ali = vi[0]!;
  const xnorm = znrm2(vr, vi, 1, 1, 1);
  if (xnorm === 0 && ali === 0) {
    rf.tr = 0;
    rf.ti = 0;
    rf.beta = alr;
    return;
  }
  const m = Math.max(Math.abs(alr), Math.abs(ali), xnorm);
  const norm3 = m === 0 ? 0 : m * Math.sqrt((alr / m) ** 2 + (ali / m) ** 2 + (xnorm / m) ** 2);
  const beta = -fsign(norm3, alr);
  rf.tr = (beta - alr) / beta;
  rf.ti = -ali / beta;
  rf.beta = beta;
  const dr = alr - beta;
  const di = ali;
  const den = dr * dr + di * di;
  const qr = dr / den;
  const qi = -di / den;
  const xr = vr[1]!;
  const xi = vi[1]!;
  vr[1] = xr * qr - xi * qi;
  vi[1] = xr * qi + xi * qr;
}

/**
 * zlahqr's loop over the columns k, k+1 of rows p0..p1 (indices of column k):
 * sum = t1 M(j, k) + t2 M(j, k+1); M(j, k) -= sum; M(j, k+1) -= sum conj(v2).
 */
function reflectCols(
  mr: Float64Array,
  mi: Float64Array,
  p0: number,
  p1: number,
  n: number,
  t1r: number,
  t1i: number,
  t2: number,
  v2r: number,
  v2i: number,
) {
  for (let a = p0; a <= p1; a++) {
    const b = a + n;
    const sr = t1r * mr[a]! - t1i * mi[a]! + t2 * mr[b]!;
    const si = t1r * mi[a]! + t1i * mr[a]! + t2 * mi[b]!;
    mr[a] = mr[a]! - sr;
    mi[a] = mi[a]! - si;
    mr[b] = mr[b]! - (sr * v2r + si * v2i);
    mi[b] = mi[b]! - (si * v2r - sr * v2i);
  }
}

/**
 * ZTREVC3('R', 'B'): for each eigenvalue T(k, k), k = n..1, the solution x of the upper
 * triangular (T(1:k-1, 1:k-1) - T(k, k)) x = -T(1:k-1, k) (diagonal entries below smin
 * raised to smin, as ZLATRS is given them), then V(:, k) = Z [x; 1] scaled so that its
 * largest |re| + |im| is 1. Overwrites Z with V.
 */
function trevc(n: number, tr: Float64Array, ti: Float64Array, zr: Float64Array, zi: Float64Array) {
  const o = -1 - n;
  const T = (i: number, j: number) => i + j * n + o;
  const smlnum = SAFMIN * (n / ULP);
  const xr = new Float64Array(n + 1);
  const xi = new Float64Array(n + 1);
  const colR = new Float64Array(n + 1);
  const colI = new Float64Array(n + 1);
  for (let ki = n; ki >= 1; ki--) {
    const lr = tr[T(ki, ki)]!;
    const li = ti[T(ki, ki)]!;
    const smin = Math.max(ULP * cabs1(lr, li), smlnum);
    xr[ki] = 1;
    xi[ki] = 0;
    for (let k = 1; k < ki; k++) {
      xr[k] = -tr[T(k, ki)]!;
      xi[k] = -ti[T(k, ki)]!;
    }
    // back substitution, rescaling all of x when a component grows towards overflow
    for (let j = ki - 1; j >= 1; j--) {
      let dr = tr[T(j, j)]! - lr;
      let di = ti[T(j, j)]! - li;
      if (cabs1(dr, di) < smin) {
        dr = smin;
        di = 0;
      }
      cdiv(xr[j]!, xi[j]!, dr, di);
      xr[j] = z.re;
      xi[j] = z.im;
      const big = cabs1(z.re, z.im);
      if (big > 1e290) {
        for (let q = 1; q <= ki; q++) {
          xr[q] = xr[q]! / big;
          xi[q] = xi[q]! / big;
        }
      }
      const yr = xr[j]!;
      const yi = xi[j]!;
      for (let q = 1; q < j; q++) {
        const ar = tr[T(q, j)]!;
        const aiv = ti[T(q, j)]!;
        xr[q] = xr[q]! - (ar * yr - aiv * yi);
        xi[q] = xi[q]! - (ar * yi + aiv * yr);
      }
    }
    // V(:, ki) = Z(:, 1:ki) x (columns ki+1.. of Z are still Z's: the loop runs downwards)
    colR.fill(0);
    colI.fill(0);
    for (let q = 1; q <= ki; q++) {
      const cr = xr[q]!;
      const ci = xi[q]!;
      for (let r = 1; r <= n; r++) {
        const p = r + q * n + o;
        colR[r] = colR[r]! + (zr[p]! * cr - zi[p]! * ci);
        colI[r] = colI[r]! + (zr[p]! * ci + zi[p]! * cr);
      }
    }
    let emax = 0;
    for (let r = 1; r <= n; r++) emax = Math.max(emax, cabs1(colR[r]!, colI[r]!));
    const remax = 1 / emax;
    for (let r = 1; r <= n; r++) {
      zr[r + ki * n + o] = colR[r]! * remax;
      zi[r + ki * n + o] = colI[r]! * remax;
    }
  }
}

/** zgeev's normalisation: unit 2-norm, then the component of largest modulus made real. */
function normalise(n: number, vr: Float64Array, vi: Float64Array): void {
  for (let c = 0; c < n; c++) {
    const off = c * n;
    const scl = 1 / znrm2(vr, vi, off, n, 1);
    let k = 0;
    let big = -1;
    for (let r = 0; r < n; r++) {
      vr[off + r] = vr[off + r]! * scl;
      vi[off + r] = vi[off + r]! * scl;
      const m = vr[off + r]! ** 2 + vi[off + r]! ** 2;
      if (m > big) {
        big = m;
        k = r;
      }
    }
    // times conj(v(k)) / |v(k)|
    const s = Math.sqrt(big);
    scal(vr, vi, off, n, 1, vr[off + k]! / s, -vi[off + k]! / s);
    vi[off + k] = 0;
  }
}
