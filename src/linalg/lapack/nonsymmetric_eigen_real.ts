/**
 * Eigenvalues and eigenvectors of one real general matrix (the job of LAPACK's DGEEV):
 * balancing, Householder reduction to upper Hessenberg form, the Francis double-shift QR
 * algorithm to real Schur form (EISPACK hqr2's scheme, with its exceptional shifts), and
 * eigenvectors by back-substitution on the quasi-triangular factor, transformed back and
 * normalised as DGEEV does. Row-major storage.
 */
import { LinAlgError } from '../../_core/errors.js';
import { balance, finishVectors } from './nonsymmetric_eigen_balance.js';

/** Eigenvalues (wr + i wi) and, when asked, eigenvectors as the columns of (vr, vi). */
export interface GeneralEigResult {
  wr: Float64Array;
  wi: Float64Array;
  vr: Float64Array | null;
  vi: Float64Array | null;
}

const EPS = 2 ** -52;

function noConvergence(): never {
  throw new LinAlgError('Eigenvalues did not converge');
}

/** Complex division (xr + i xi) / (yr + i yi) into `cd` (Smith's algorithm). */
const cd = [0, 0];
function cdiv(xr: number, xi: number, yr: number, yi: number): void {
  if (Math.abs(yr) > Math.abs(yi)) {
    const r = yi / yr;
    const d = yr + r * yi;
    cd[0] = (xr + r * xi) / d;
    cd[1] = (xi - r * xr) / d;
  } else {
    const r = yr / yi;
    const d = yi + r * yr;
    cd[0] = (r * xr + xi) / d;
    cd[1] = (r * xi - xr) / d;
  }
}

/** Eigen-decomposition of the real n x n row-major `a` (destroyed). */
export function realEigen(n: number, a: Float64Array, wantV: boolean): GeneralEigResult {
  const bal = balance(n, a, null);
  const H = a;
  const V = wantV ? new Float64Array(n * n) : null;
  hessenberg(n, H, V);
  if (V) transposeInPlace(n, V);
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  hqr2(n, H, V, wr, wi);
  if (!V) return { wr, wi, vr: null, vi: null };
  // split the real Schur-vector pairs into complex vectors (V is stored transposed)
  transposeInPlace(n, V);
  const vr = new Float64Array(n * n);
  const vi = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    if (wi[j] === 0) {
      for (let i = 0; i < n; i++) vr[i * n + j] = V[i * n + j];
    } else if (wi[j] > 0 && j + 1 < n) {
      for (let i = 0; i < n; i++) {
        const x = V[i * n + j];
        const y = V[i * n + j + 1];
        vr[i * n + j] = x;
        vi[i * n + j] = y;
        vr[i * n + j + 1] = x;
        vi[i * n + j + 1] = -y;
      }
      j++;
    }
  }
  finishVectors(n, vr, vi, bal, false);
  // the conjugate partner must stay the exact conjugate after normalisation
  for (let j = 0; j + 1 < n; j++) {
    if (wi[j] > 0) {
      for (let i = 0; i < n; i++) {
        vr[i * n + j + 1] = vr[i * n + j];
        vi[i * n + j + 1] = -vi[i * n + j];
      }
      j++;
    }
  }
  return { wr, wi, vr, vi };
}

function transposeInPlace(n: number, a: Float64Array): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = a[i * n + j];
      a[i * n + j] = a[j * n + i];
      a[j * n + i] = t;
    }
  }
}

/** Householder reduction to upper Hessenberg form (EISPACK orthes); V gets the product. */
function hessenberg(n: number, H: Float64Array, V: Float64Array | null): void {
  const ort = new Float64Array(n);
  const f = new Float64Array(n);
  const high = n - 1;
  for (let m = 1; m < high; m++) {
    let scale = 0;
    for (let i = m; i <= high; i++) scale += Math.abs(H[i * n + m - 1]);
    if (scale === 0) continue;
    let h = 0;
    for (let i = high; i >= m; i--) {
      ort[i] = H[i * n + m - 1] / scale;
      h += ort[i] * ort[i];
    }
    let g = Math.sqrt(h);
    if (ort[m] > 0) g = -g;
    h -= ort[m] * g;
    ort[m] -= g;
    // H = (I - u u^T / h) H (I - u u^T / h), rows accumulated for contiguous access
    f.fill(0, m, n);
    for (let i = m; i <= high; i++) {
      const o = ort[i];
      const row = i * n;
      for (let j = m; j < n; j++) f[j] += o * H[row + j];
    }
    for (let i = m; i <= high; i++) {
      const o = ort[i] / h;
      const row = i * n;
      for (let j = m; j < n; j++) H[row + j] -= f[j] * o;
    }
    for (let i = 0; i <= high; i++) {
      const row = i * n;
      let s = 0;
      for (let j = m; j <= high; j++) s += ort[j] * H[row + j];
      s /= h;
      for (let j = m; j <= high; j++) H[row + j] -= s * ort[j];
    }
    ort[m] *= scale;
    H[m * n + m - 1] = scale * g;
  }
  if (!V) return;
  V.fill(0);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let m = high - 1; m >= 1; m--) {
    const hm = H[m * n + m - 1];
    if (hm === 0) continue;
    for (let i = m + 1; i <= high; i++) ort[i] = H[i * n + m - 1];
    f.fill(0, m, n);
    for (let i = m; i <= high; i++) {
      const o = ort[i];
      const row = i * n;
      for (let j = m; j <= high; j++) f[j] += o * V[row + j];
    }
    // double division avoids possible underflow
    for (let j = m; j <= high; j++) f[j] = f[j] / ort[m] / hm;
    for (let i = m; i <= high; i++) {
      const o = ort[i];
      const row = i * n;
      for (let j = m; j <= high; j++) V[row + j] += f[j] * o;
    }
  }
}

/**
 * Francis double-shift QR on the Hessenberg H (EISPACK hqr2), then back-substitution for
 * the eigenvectors of the quasi-triangular Schur form and back-transformation by V, which
 * is stored transposed (row k = column k) so that its updates run on contiguous rows.
 * Complex pair j, j+1 (wi[j] > 0) has eigenvector V[:, j] + i V[:, j+1].
 */
function hqr2(
  nn: number,
  H: Float64Array,
  V: Float64Array | null,
  d: Float64Array,
  e: Float64Array,
): void {
  const N = nn;
  let n = nn - 1;
  const low = 0;
  const high = nn - 1;
  let exshift = 0;
  let p = 0;
  let q = 0;
  let r = 0;
  let s = 0;
  let z = 0;
  let t: number;
  let w: number;
  let x: number;
  let y: number;
  let norm = 0;
  for (let i = 0; i < nn; i++) {
    for (let j = Math.max(i - 1, 0); j < nn; j++) norm += Math.abs(H[i * N + j]);
  }
  let iter = 0;
  while (n >= low) {
    let l = n;
    while (l > low) {
      s = Math.abs(H[(l - 1) * N + l - 1]) + Math.abs(H[l * N + l]);
      if (s === 0) s = norm;
      const sub = Math.abs(H[l * N + l - 1]);
      if (sub < EPS * s || sub === 0) break;
      l--;
    }
    if (l === n) {
      H[n * N + n] += exshift;
      d[n] = H[n * N + n];
      e[n] = 0;
      n--;
      iter = 0;
    } else if (l === n - 1) {
      w = H[n * N + n - 1] * H[(n - 1) * N + n];
      p = (H[(n - 1) * N + n - 1] - H[n * N + n]) / 2;
      q = p * p + w;
      z = Math.sqrt(Math.abs(q));
      H[n * N + n] += exshift;
      H[(n - 1) * N + n - 1] += exshift;
      x = H[n * N + n];
      if (q >= 0) {
        // real pair: standardise the 2 x 2 block to upper triangular
        z = p >= 0 ? p + z : p - z;
        d[n - 1] = x + z;
        d[n] = d[n - 1];
        if (z !== 0) d[n] = x - w / z;
        e[n - 1] = 0;
        e[n] = 0;
        x = H[n * N + n - 1];
        s = Math.abs(x) + Math.abs(z);
        p = x / s;
        q = z / s;
        r = Math.sqrt(p * p + q * q);
        p /= r;
        q /= r;
        for (let j = n - 1; j < nn; j++) {
          z = H[(n - 1) * N + j];
          H[(n - 1) * N + j] = q * z + p * H[n * N + j];
          H[n * N + j] = q * H[n * N + j] - p * z;
        }
        for (let i = 0; i <= n; i++) {
          z = H[i * N + n - 1];
          H[i * N + n - 1] = q * z + p * H[i * N + n];
          H[i * N + n] = q * H[i * N + n] - p * z;
        }
        if (V) {
          for (let i = low; i <= high; i++) {
            z = V[(n - 1) * N + i];
            V[(n - 1) * N + i] = q * z + p * V[n * N + i];
            V[n * N + i] = q * V[n * N + i] - p * z;
          }
        }
      } else {
        d[n - 1] = x + p;
        d[n] = x + p;
        e[n - 1] = z;
        e[n] = -z;
      }
      n -= 2;
      iter = 0;
    } else {
      x = H[n * N + n];
      y = 0;
      w = 0;
      if (l < n) {
        y = H[(n - 1) * N + n - 1];
        w = H[n * N + n - 1] * H[(n - 1) * N + n];
      }
      if (iter === 10) {
        // Wilkinson's original ad hoc shift
        exshift += x;
        for (let i = low; i <= n; i++) H[i * N + i] -= x;
        s = Math.abs(H[n * N + n - 1]) + Math.abs(H[(n - 1) * N + n - 2]);
        x = y = 0.75 * s;
        w = -0.4375 * s * s;
      }
      if (iter === 30) {
        // MATLAB's ad hoc shift
        s = (y - x) / 2;
        s = s * s + w;
        if (s > 0) {
          s = Math.sqrt(s);
          if (y < x) s = -s;
          s = x - w / ((y - x) / 2 + s);
          for (let i = low; i <= n; i++) H[i * N + i] -= s;
          exshift += s;
          x = y = w = 0.964;
        }
      }
      if (++iter > 30 * Math.max(10, nn)) noConvergence();
      // look for two consecutive small sub-diagonal elements
      let m = n - 2;
      while (m >= l) {
        z = H[m * N + m];
        r = x - z;
        s = y - z;
        p = (r * s - w) / H[(m + 1) * N + m] + H[m * N + m + 1];
        q = H[(m + 1) * N + m + 1] - z - r - s;
        r = H[(m + 2) * N + m + 1];
        s = Math.abs(p) + Math.abs(q) + Math.abs(r);
        p /= s;
        q /= s;
        r /= s;
        if (m === l) break;
        if (
          Math.abs(H[m * N + m - 1]) * (Math.abs(q) + Math.abs(r)) <
          EPS *
            (Math.abs(p) *
              (Math.abs(H[(m - 1) * N + m - 1]) + Math.abs(z) + Math.abs(H[(m + 1) * N + m + 1])))
        ) {
          break;
        }
        m--;
      }
      for (let i = m + 2; i <= n; i++) {
        H[i * N + i - 2] = 0;
        if (i > m + 2) H[i * N + i - 3] = 0;
      }
      // double QR step on rows l..n and columns m..n
      for (let k = m; k <= n - 1; k++) {
        const notlast = k !== n - 1;
        if (k !== m) {
          p = H[k * N + k - 1];
          q = H[(k + 1) * N + k - 1];
          r = notlast ? H[(k + 2) * N + k - 1] : 0;
          x = Math.abs(p) + Math.abs(q) + Math.abs(r);
          if (x === 0) continue;
          p /= x;
          q /= x;
          r /= x;
        }
        s = Math.sqrt(p * p + q * q + r * r);
        if (p < 0) s = -s;
        if (s !== 0) {
          if (k !== m) H[k * N + k - 1] = -s * x;
          else if (l !== m) H[k * N + k - 1] = -H[k * N + k - 1];
          p += s;
          x = p / s;
          y = q / s;
          z = r / s;
          q /= p;
          r /= p;
          for (let j = k; j < nn; j++) {
            p = H[k * N + j] + q * H[(k + 1) * N + j];
            if (notlast) {
              p += r * H[(k + 2) * N + j];
              H[(k + 2) * N + j] -= p * z;
            }
            H[k * N + j] -= p * x;
            H[(k + 1) * N + j] -= p * y;
          }
          const imax = Math.min(n, k + 3);
          for (let i = 0; i <= imax; i++) {
            p = x * H[i * N + k] + y * H[i * N + k + 1];
            if (notlast) {
              p += z * H[i * N + k + 2];
              H[i * N + k + 2] -= p * r;
            }
            H[i * N + k] -= p;
            H[i * N + k + 1] -= p * q;
          }
          if (V) {
            for (let i = low; i <= high; i++) {
              p = x * V[k * N + i] + y * V[(k + 1) * N + i];
              if (notlast) {
                p += z * V[(k + 2) * N + i];
                V[(k + 2) * N + i] -= p * r;
              }
              V[k * N + i] -= p;
              V[(k + 1) * N + i] -= p * q;
            }
          }
        }
      }
    }
  }
  if (!V || norm === 0) return;
  // back-substitute to find the vectors of the upper (quasi-)triangular form
  for (n = nn - 1; n >= 0; n--) {
    p = d[n];
    q = e[n];
    if (q === 0) {
      let l = n;
      H[n * N + n] = 1;
      for (let i = n - 1; i >= 0; i--) {
        w = H[i * N + i] - p;
        r = 0;
        for (let j = l; j <= n; j++) r += H[i * N + j] * H[j * N + n];
        if (e[i] < 0) {
          z = w;
          s = r;
        } else {
          l = i;
          if (e[i] === 0) {
            H[i * N + n] = w !== 0 ? -r / w : -r / (EPS * norm);
          } else {
            x = H[i * N + i + 1];
            y = H[(i + 1) * N + i];
            q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
            t = (x * s - z * r) / q;
            H[i * N + n] = t;
            H[(i + 1) * N + n] = Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z;
          }
          t = Math.abs(H[i * N + n]);
          if (EPS * t * t > 1) for (let j = i; j <= n; j++) H[j * N + n] /= t;
        }
      }
    } else if (q < 0) {
      let l = n - 1;
      if (Math.abs(H[n * N + n - 1]) > Math.abs(H[(n - 1) * N + n])) {
        H[(n - 1) * N + n - 1] = q / H[n * N + n - 1];
        H[(n - 1) * N + n] = -(H[n * N + n] - p) / H[n * N + n - 1];
      } else {
        cdiv(0, -H[(n - 1) * N + n], H[(n - 1) * N + n - 1] - p, q);
        H[(n - 1) * N + n - 1] = cd[0];
        H[(n - 1) * N + n] = cd[1];
      }
      H[n * N + n - 1] = 0;
      H[n * N + n] = 1;
      for (let i = n - 2; i >= 0; i--) {
        let ra = 0;
        let sa = 0;
        for (let j = l; j <= n; j++) {
          ra += H[i * N + j] * H[j * N + n - 1];
          sa += H[i * N + j] * H[j * N + n];
        }
        w = H[i * N + i] - p;
        if (e[i] < 0) {
          z = w;
          r = ra;
          s = sa;
        } else {
          l = i;
          if (e[i] === 0) {
            cdiv(-ra, -sa, w, q);
            H[i * N + n - 1] = cd[0];
            H[i * N + n] = cd[1];
          } else {
            x = H[i * N + i + 1];
            y = H[(i + 1) * N + i];
            let vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
            const vi = (d[i] - p) * 2 * q;
            if (vr === 0 && vi === 0) {
              vr =
                EPS * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
            }
            cdiv(x * r - z * ra + q * sa, x * s - z * sa - q * ra, vr, vi);
            H[i * N + n - 1] = cd[0];
            H[i * N + n] = cd[1];
            if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
              H[(i + 1) * N + n - 1] = (-ra - w * H[i * N + n - 1] + q * H[i * N + n]) / x;
              H[(i + 1) * N + n] = (-sa - w * H[i * N + n] - q * H[i * N + n - 1]) / x;
            } else {
              cdiv(-r - y * H[i * N + n - 1], -s - y * H[i * N + n], z, q);
              H[(i + 1) * N + n - 1] = cd[0];
              H[(i + 1) * N + n] = cd[1];
            }
          }
          t = Math.max(Math.abs(H[i * N + n - 1]), Math.abs(H[i * N + n]));
          if (EPS * t * t > 1) {
            for (let j = i; j <= n; j++) {
              H[j * N + n - 1] /= t;
              H[j * N + n] /= t;
            }
          }
        }
      }
    }
  }
  // back-transform: V = V X with X the upper-triangular eigenvector matrix of the Schur form;
  // in transposed storage row j of the result is sum_{k <= j} X[k][j] VT[k]
  const out = new Float64Array(nn * nn);
  for (let j = 0; j < nn; j++) {
    const oj = j * N;
    for (let k = 0; k <= j; k++) {
      const x = H[k * N + j];
      if (x === 0) continue;
      const vk = k * N;
      for (let i = 0; i < nn; i++) out[oj + i] += x * V[vk + i];
    }
  }
  V.set(out);
}
