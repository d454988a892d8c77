/**
 * LAPACK's dlahqr (the double-shift QR iteration dhseqr runs on Hessenberg matrices of order
 * <= 75) and dlanv2 (the standardised real Schur form of a 2x2 block). The order in which
 * dlahqr deflates decides the order of NumPy's eigenvalues, and its exact deflation tests,
 * exceptional shifts and rotations decide the Schur vectors, hence the signs of the
 * eigenvectors: the port follows its operations one for one.
 *
 * Storage is column-major, as LAPACK's; indices in the code are LAPACK's 1-based ones:
 * H(i, j) is h[i + j * n + o] with o = -1 - n.
 */

import { fsign, lapy2, SAFMIN } from './lapack_aux.js';
import { nrm2Blas } from './nrm2_blas.js';
import { larfg } from './syevd_small.js';

const ULP = 2 ** -52;
/** dlahqr's exceptional-shift constants and period (KEXSH). */
const DAT1 = 3 / 4;
const DAT2 = -0.4375;
const KEXSH = 10;

/** dlanv2's outputs: a, b, c, d (the standardised block), rt1r, rt1i, rt2r, rt2i, cs, sn. */
export const lanv2Out = new Float64Array(10);

/** DLANV2: the Schur factorisation of the real 2x2 [[a, b], [c, d]], into `lanv2Out`. */
export function lanv2(a: number, b: number, c: number, d: number): void {
  const EPS = ULP;
  const SAFMN2 = 2 ** -485; // base ** int(log(safmin / eps) / log(base) / 2)
  const SAFMX2 = 1 / SAFMN2;
  let cs: number;
  let sn: number;
  if (c === 0) {
    cs = 1;
    sn = 0;
  } else if (b === 0) {
    cs = 0;
    sn = 1;
    const temp = d;
    d = a;
    a = temp;
    b = -c;
    c = 0;
  } else if (a - d === 0 && fsign(1, b) !== fsign(1, c)) {
    cs = 1;
    sn = 0;
  } else {
    let temp = a - d;
    let p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c));
    const bcmis = Math.min(Math.abs(b), Math.abs(c)) * fsign(1, b) * fsign(1, c);
    let scale = Math.max(Math.abs(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= 4 * EPS) {
      // real eigenvalues
      z = p + fsign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = lapy2(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = 0;
    } else {
      // complex or almost equal real eigenvalues: make the diagonal equal
      let count = 0;
      let sigma = b + c;
      for (;;) {
        count++;
        scale = Math.max(Math.abs(temp), Math.abs(sigma));
        if (scale >= SAFMX2) {
          sigma *= SAFMN2;
          temp *= SAFMN2;
          if (count <= 20) continue;
        }
        if (scale <= SAFMN2) {
          sigma *= SAFMX2;
          temp *= SAFMX2;
          if (count <= 20) continue;
        }
        break;
      }
      p = 0.5 * temp;
      let tau = lapy2(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * fsign(1, sigma);
      const aa = a * cs + b * sn;
      const bb = -a * sn + b * cs;
      const cc = c * cs + d * sn;
      const dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -(aa * sn) + cc * cs;
      d = -bb * sn + dd * cs;
      temp = 0.5 * (a + d);
      a = temp;
      d = temp;
      if (c !== 0) {
        if (b !== 0) {
          if (fsign(1, b) === fsign(1, c)) {
            // real eigenvalues: reduce to upper triangular form
            const sab = Math.sqrt(Math.abs(b));
            const sac = Math.sqrt(Math.abs(c));
            p = fsign(sab * sac, c);
            tau = 1 / Math.sqrt(Math.abs(b + c));
            a = temp + p;
            d = temp - p;
            b = b - c;
            c = 0;
            const cs1 = sab * tau;
            const sn1 = sac * tau;
            temp = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = temp;
          }
        } else {
          b = -c;
          c = 0;
          temp = cs;
          cs = -sn;
          sn = temp;
        }
      }
    }
  }
  const out = lanv2Out;
  out[0] = a;
  out[1] = b;
  out[2] = c;
  out[3] = d;
  out[4] = a;
  out[6] = d;
  if (c === 0) {
    out[5] = 0;
    out[7] = 0;
  } else {
    out[5] = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
    out[7] = -out[5];
  }
  out[8] = cs;
  out[9] = sn;
}

/**
 * DLAHQR(WANTT, WANTZ, N, ILO, IHI, H, N, WR, WI, ILO, IHI, Z, N): eigenvalues of the
 * Hessenberg block ILO..IHI into wr/wi (1-based: wr[i - 1]); with `wantt` H becomes the
 * real Schur form T, and with z (dhseqr passes ILOZ = ILO, IHIZ = IHI) the rotations are
 * applied to rows ILO..IHI of Z. Returns INFO: 0, or the row where the iteration failed.
 */
export function lahqr(
  wantt: boolean,
  n: number,
  ilo: number,
  ihi: number,
  h: Float64Array,
  wr: Float64Array,
  wi: Float64Array,
  z: Float64Array | null,
): number {
  const o = -1 - n;
  if (n === 0) return 0;
  if (ilo === ihi) {
    wr[ilo - 1] = h[ilo + ilo * n + o]!;
    wi[ilo - 1] = 0;
    return 0;
  }
  for (let j = ilo; j <= ihi - 3; j++) {
    h[j + 2 + j * n + o] = 0;
    h[j + 3 + j * n + o] = 0;
  }
  if (ilo <= ihi - 2) h[ihi + (ihi - 2) * n + o] = 0;
  const nh = ihi - ilo + 1;
  const iloz = ilo;
  const ihiz = ihi;
  const smlnum = SAFMIN * (nh / ULP);
  let i1 = 1;
  let i2 = n;
  const itmax = 30 * Math.max(10, nh);
  let kdefl = 0;
  const v = new Float64Array(3);
  let i = ihi;
  for (;;) {
    let l = ilo;
    if (i < ilo) return 0;
    let converged = false;
    for (let its = 0; its <= itmax; its++) {
      // look for a single small subdiagonal element
      let k: number;
      for (k = i; k >= l + 1; k--) {
        const hkk1 = Math.abs(h[k + (k - 1) * n + o]!);
        if (hkk1 <= smlnum) break;
        let tst = Math.abs(h[k - 1 + (k - 1) * n + o]!) + Math.abs(h[k + k * n + o]!);
        if (tst === 0) {
          if (k - 2 >= ilo) tst += Math.abs(h[k - 1 + (k - 2) * n + o]!);
          if (k + 1 <= ihi) tst += Math.abs(h[k + 1 + k * n + o]!);
        }
        // Ahues & Tisseur's conservative small-subdiagonal test
        if (hkk1 <= ULP * tst) {
          const hk1k = Math.abs(h[k - 1 + k * n + o]!);
          const ab = Math.max(hkk1, hk1k);
          const ba = Math.min(hkk1, hk1k);
          const hkk = Math.abs(h[k + k * n + o]!);
          const dif = Math.abs(h[k - 1 + (k - 1) * n + o]! - h[k + k * n + o]!);
          const aa = Math.max(hkk, dif);
          const bb = Math.min(hkk, dif);
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) h[l + (l - 1) * n + o] = 0;
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl++;
      if (!wantt) {
        i1 = l;
        i2 = i;
      }
      let h11: number;
      let h12: number;
      let h21: number;
      let h22: number;
      if (kdefl % (2 * KEXSH) === 0) {
        // exceptional shift
        const s = Math.abs(h[i + (i - 1) * n + o]!) + Math.abs(h[i - 1 + (i - 2) * n + o]!);
        h11 = DAT1 * s + h[i + i * n + o]!;
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % KEXSH === 0) {
        const s = Math.abs(h[l + 1 + l * n + o]!) + Math.abs(h[l + 2 + (l + 1) * n + o]!);
        h11 = DAT1 * s + h[l + l * n + o]!;
        h12 = DAT2 * s;
        h21 = s;
        h22 = h11;
      } else {
        // the Wilkinson-like double shift of the trailing 2x2
        h11 = h[i - 1 + (i - 1) * n + o]!;
        h21 = h[i + (i - 1) * n + o]!;
        h12 = h[i - 1 + i * n + o]!;
        h22 = h[i + i * n + o]!;
      }
      let s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      let rt1r: number;
      let rt1i: number;
      let rt2r: number;
      let rt2i: number;
      if (s === 0) {
        rt1r = 0;
        rt1i = 0;
        rt2r = 0;
        rt2i = 0;
      } else {
        h11 /= s;
        h21 /= s;
        h12 /= s;
        h22 /= s;
        const tr = (h11 + h22) / 2;
        const det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = tr * s;
          rt2r = rt1r;
          rt1i = rtdisc * s;
          rt2i = -rt1i;
        } else {
          // real shifts: use only the one closer to h22
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
            rt1r *= s;
            rt2r = rt1r;
          } else {
            rt2r *= s;
            rt1r = rt2r;
          }
          rt1i = 0;
          rt2i = 0;
        }
      }
      // look for two consecutive small subdiagonal elements
      let m: number;
      for (m = i - 2; m >= l; m--) {
        const hmm = h[m + m * n + o]!;
        let h21s = h[m + 1 + m * n + o]!;
        s = Math.abs(hmm - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = h[m + 1 + m * n + o]! / s;
        v[0] =
          h21s * h[m + (m + 1) * n + o]! + (hmm - rt1r) * ((hmm - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (hmm + h[m + 1 + (m + 1) * n + o]! - rt1r - rt2r);
        v[2] = h21s * h[m + 2 + (m + 1) * n + o]!;
        s = Math.abs(v[0]!) + Math.abs(v[1]!) + Math.abs(v[2]!);
        v[0] = v[0]! / s;
        v[1] = v[1]! / s;
        v[2] = v[2]! / s;
        if (m === l) break;
        const h00 = Math.abs(h[m + (m - 1) * n + o]!) * (Math.abs(v[1]!) + Math.abs(v[2]!));
        const h01 =
          ULP *
          Math.abs(v[0]!) *
          (Math.abs(h[m - 1 + (m - 1) * n + o]!) +
            Math.abs(hmm) +
            Math.abs(h[m + 1 + (m + 1) * n + o]!));
        if (h00 <= h01) break;
      }
      // the double-shift QR step
      for (let k2 = m; k2 <= i - 1; k2++) {
        const nr = Math.min(3, i - k2 + 1);
        if (k2 > m) for (let r = 0; r < nr; r++) v[r] = h[k2 + r + (k2 - 1) * n + o]!;
        const t1 = reflector(nr, v);
        if (k2 > m) {
          h[k2 + (k2 - 1) * n + o] = v[0];
          h[k2 + 1 + (k2 - 1) * n + o] = 0;
          if (k2 < i - 1) h[k2 + 2 + (k2 - 1) * n + o] = 0;
        } else if (m > l) {
          // Use the following instead of H(K, K-1) = -H(K, K-1) (LAPACK's comment)
          h[k2 + (k2 - 1) * n + o] = h[k2 + (k2 - 1) * n + o]! * (1 - t1);
        }
        const v2 = v[1]!;
        const t2 = t1 * v2;
        if (nr === 3) {
          const v3 = v[2]!;
          const t3 = t1 * v3;
          for (let j = k2; j <= i2; j++) {
            const c = k2 + j * n + o;
            const sum = h[c]! + v2 * h[c + 1]! + v3 * h[c + 2]!;
            h[c] = h[c]! - sum * t1;
            h[c + 1] = h[c + 1]! - sum * t2;
            h[c + 2] = h[c + 2]! - sum * t3;
          }
          const jmax = Math.min(k2 + 3, i);
          for (let j = i1; j <= jmax; j++) {
            const c = j + k2 * n + o;
            const sum = h[c]! + v2 * h[c + n]! + v3 * h[c + 2 * n]!;
            h[c] = h[c]! - sum * t1;
            h[c + n] = h[c + n]! - sum * t2;
            h[c + 2 * n] = h[c + 2 * n]! - sum * t3;
          }
          if (z) {
            for (let j = iloz; j <= ihiz; j++) {
              const c = j + k2 * n + o;
              const sum = z[c]! + v2 * z[c + n]! + v3 * z[c + 2 * n]!;
              z[c] = z[c]! - sum * t1;
              z[c + n] = z[c + n]! - sum * t2;
              z[c + 2 * n] = z[c + 2 * n]! - sum * t3;
            }
          }
        } else if (nr === 2) {
          for (let j = k2; j <= i2; j++) {
            const c = k2 + j * n + o;
            const sum = h[c]! + v2 * h[c + 1]!;
            h[c] = h[c]! - sum * t1;
            h[c + 1] = h[c + 1]! - sum * t2;
          }
          for (let j = i1; j <= i; j++) {
            const c = j + k2 * n + o;
            const sum = h[c]! + v2 * h[c + n]!;
            h[c] = h[c]! - sum * t1;
            h[c + n] = h[c + n]! - sum * t2;
          }
          if (z) {
            for (let j = iloz; j <= ihiz; j++) {
              const c = j + k2 * n + o;
              const sum = z[c]! + v2 * z[c + n]!;
              z[c] = z[c]! - sum * t1;
              z[c + n] = z[c + n]! - sum * t2;
            }
          }
        }
      }
    }
    if (!converged) return i;
    if (l === i) {
      // a 1x1 block has split off
      wr[i - 1] = h[i + i * n + o]!;
      wi[i - 1] = 0;
    } else if (l === i - 1) {
      // a 2x2 block: its standard form, and the rotation applied to the rest of H and Z
      const p = i - 1 + (i - 1) * n + o;
      lanv2(h[p]!, h[p + n]!, h[p + 1]!, h[p + 1 + n]!);
      const out = lanv2Out;
      h[p] = out[0]!;
      h[p + n] = out[1]!;
      h[p + 1] = out[2]!;
      h[p + 1 + n] = out[3]!;
      wr[i - 2] = out[4]!;
      wi[i - 2] = out[5]!;
      wr[i - 1] = out[6]!;
      wi[i - 1] = out[7]!;
      const cs = out[8]!;
      const sn = out[9]!;
      if (wantt) {
        for (let j = i + 1; j <= i2; j++) rot(h, i - 1 + j * n + o, 1, cs, sn);
        for (let j = i1; j <= i - 2; j++) rot(h, j + (i - 1) * n + o, n, cs, sn);
      }
      if (z) for (let j = iloz; j <= ihiz; j++) rot(z, j + (i - 1) * n + o, n, cs, sn);
    }
    kdefl = 0;
    i = l - 1;
  }
}

/**
 * DLARFG(nr, v(1), v(2), 1, tau) for nr = 2 or 3 without allocating: v(1) becomes beta,
 * v(2..nr) the reflector's tail; returns tau. The norm of the tail is OpenBLAS's DNRM2
 * (|v(2)| alone, exactly); the rescaling loop of tiny norms goes to the general larfg.
 */
function reflector(nr: number, v: Float64Array): number {
  const alpha = v[0]!;
  const xnorm = nr === 2 ? Math.abs(v[1]!) : nrm2Blas(v, 1, 2, 1);
  if (xnorm === 0) return 0;
  const beta = -fsign(lapy2(alpha, xnorm), alpha);
  if (Math.abs(beta) < SAFMIN / (ULP / 2)) {
    const [t, b] = larfg(nr, alpha, v, 1, 1, nrm2Blas);
    v[0] = b;
    return t;
  }
  const scal = 1 / (alpha - beta);
  v[1] = v[1]! * scal;
  if (nr === 3) v[2] = v[2]! * scal;
  v[0] = beta;
  return (beta - alpha) / beta;
}

/** One step of DROT: (x, y) = (cs x + sn y, cs y - sn x) for x = a[p], y = a[p + d]. */
function rot(a: Float64Array, p: number, d: number, cs: number, sn: number): void {
  const x = a[p]!;
  const y = a[p + d]!;
  a[p] = cs * x + sn * y;
  a[p + d] = cs * y - sn * x;
}
