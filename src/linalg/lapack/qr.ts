/**
 * Householder QR (LAPACK geqr2 / org2r, and larfg's reflector convention so that Q and R
 * carry the same signs as NumPy's), on COLUMN-MAJOR Float64Array storage: element (i, j) of
 * an m x n real matrix is `a[j * m + i]`; complex matrices interleave (re, im) at twice that
 * index. Column-major keeps every reflector and every updated column contiguous.
 *
 * H(i) = I - tau v v^H with v(0) = 1; R = H(k-1)^H ... H(0)^H A, Q = H(0) H(1) ... H(k-1).
 */

const SAFMIN = 2.2250738585072014e-308 / 1.1102230246251565e-16;

/** Euclidean norm of `len` values of `x` from `off` with step `inc`, scaled against overflow. */
function nrm2(x: Float64Array, off: number, len: number, inc: number): number {
  let scale = 0;
  for (let i = 0, p = off; i < len; i++, p += inc) {
    const v = Math.abs(x[p]);
    if (v > scale || Number.isNaN(v)) scale = v;
  }
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (let i = 0, p = off; i < len; i++, p += inc) {
    const v = x[p] / scale;
    s += v * v;
  }
  return scale * Math.sqrt(s);
}

/** Fortran SIGN(a, b): |a| with the sign (bit) of b. */
function sign(a: number, b: number): number {
  const m = Math.abs(a);
  return b < 0 || Object.is(b, -0) ? -m : m;
}

/**
 * Real larfg on column `a[off .. off + len)`: the reflector that maps it to (beta, 0, ...);
 * v(1:) overwrites the tail, beta the head. Returns tau.
 */
function larfg(a: Float64Array, off: number, len: number): number {
  if (len <= 1) return 0;
  let xnorm = nrm2(a, off + 1, len - 1, 1);
  let alpha = a[off];
  if (xnorm === 0) return 0;
  let beta = -sign(Math.hypot(alpha, xnorm), alpha);
  let knt = 0;
  if (Math.abs(beta) < SAFMIN) {
    // rescale until beta is representable, as LAPACK does
    do {
      knt++;
      for (let i = 1; i < len; i++) a[off + i] /= SAFMIN;
      beta /= SAFMIN;
      alpha /= SAFMIN;
    } while (Math.abs(beta) < SAFMIN && knt < 20);
    xnorm = nrm2(a, off + 1, len - 1, 1);
    beta = -sign(Math.hypot(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const s = 1 / (alpha - beta);
  for (let i = 1; i < len; i++) a[off + i] *= s;
  for (let j = 0; j < knt; j++) beta *= SAFMIN;
  a[off] = beta;
  return tau;
}

/** Complex larfg (zlarfg) on interleaved `a` from element `off`. Returns tau (re, im). */
function larfgComplex(a: Float64Array, off: number, len: number): [number, number] {
  if (len <= 0) return [0, 0];
  const p = 2 * off;
  let alphr = a[p];
  let alphi = a[p + 1];
  let xnorm = len > 1 ? nrm2(a, p + 2, 2 * (len - 1), 1) : 0;
  if (xnorm === 0 && alphi === 0) return [0, 0];
  let beta = -sign(Math.hypot(alphr, alphi, xnorm), alphr);
  let knt = 0;
  if (Math.abs(beta) < SAFMIN) {
    do {
      knt++;
      for (let i = 2; i < 2 * len; i++) a[p + i] /= SAFMIN;
      beta /= SAFMIN;
      alphr /= SAFMIN;
      alphi /= SAFMIN;
    } while (Math.abs(beta) < SAFMIN && knt < 20);
    xnorm = len > 1 ? nrm2(a, p + 2, 2 * (len - 1), 1) : 0;
    beta = -sign(Math.hypot(alphr, alphi, xnorm), alphr);
  }
  const tr = (beta - alphr) / beta;
  const ti = -alphi / beta;
  // x *= 1 / (alpha - beta)
  const dr = alphr - beta;
  const di = alphi;
  let sr: number;
  let si: number;
  if (Math.abs(dr) >= Math.abs(di)) {
    const r = di / dr;
    const d = dr + di * r;
    sr = 1 / d;
    si = -r / d;
  } else {
    const r = dr / di;
    const d = di + dr * r;
    sr = r / d;
    si = -1 / d;
  }
  for (let i = 2; i < 2 * len; i += 2) {
    const xr = a[p + i];
    const xi = a[p + i + 1];
    a[p + i] = xr * sr - xi * si;
    a[p + i + 1] = xr * si + xi * sr;
  }
  for (let j = 0; j < knt; j++) beta *= SAFMIN;
  a[p] = beta;
  a[p + 1] = 0;
  return [tr, ti];
}

/**
 * geqr2: factor the m x n column-major `a` in place (R on and above the diagonal, the
 * reflectors below it); `tau` gets min(m, n) scalars (interleaved for complex).
 */
export function geqrf(
  m: number,
  n: number,
  a: Float64Array,
  tau: Float64Array,
  complex: boolean,
  c0 = 0,
  c1 = Math.min(m, n),
  cEnd = n,
): void {
  // reflectors for columns [c0, c1), applied to the columns up to cEnd
  for (let i = c0; i < c1; i++) {
    const col = i * m + i;
    if (!complex) {
      const t = larfg(a, col, m - i);
      tau[i] = t;
      if (t === 0) continue;
      // apply H^T = I - t v v^T to A(i:m, i+1:n), v = (1, a[col+1 ..])
      for (let j = i + 1; j < cEnd; j++) {
        const cj = j * m + i;
        let w = a[cj];
        for (let r = 1; r < m - i; r++) w += a[col + r] * a[cj + r];
        w *= t;
        a[cj] -= w;
        for (let r = 1; r < m - i; r++) a[cj + r] -= w * a[col + r];
      }
    } else {
      const [tr, ti] = larfgComplex(a, col, m - i);
      tau[2 * i] = tr;
      tau[2 * i + 1] = ti;
      if (tr === 0 && ti === 0) continue;
      // apply H^H = I - conj(t) v v^H
      const p = 2 * col;
      for (let j = i + 1; j < cEnd; j++) {
        const q = 2 * (j * m + i);
        // w = v^H a_j
        let wr = a[q];
        let wi = a[q + 1];
        for (let r = 2; r < 2 * (m - i); r += 2) {
          const vr = a[p + r];
          const vi = a[p + r + 1];
          const xr = a[q + r];
          const xi = a[q + r + 1];
          wr += vr * xr + vi * xi;
          wi += vr * xi - vi * xr;
        }
        // w *= conj(t)
        const cr = wr * tr + wi * ti;
        const ci = wi * tr - wr * ti;
        a[q] -= cr;
        a[q + 1] -= ci;
        for (let r = 2; r < 2 * (m - i); r += 2) {
          const vr = a[p + r];
          const vi = a[p + r + 1];
          a[q + r] -= vr * cr - vi * ci;
          a[q + r + 1] -= vr * ci + vi * cr;
        }
      }
    }
  }
}

/**
 * org2r: form the m x nq column-major Q (nq >= k) from the k reflectors of `geqrf` held in
 * the first k columns of the m-row column-major `h`.
 */
export function orgqr(
  m: number,
  nq: number,
  k: number,
  h: Float64Array,
  tau: Float64Array,
  complex: boolean,
): Float64Array {
  const q = orgqrInit(m, nq, k, h, complex);
  org2r(m, nq, q, tau, complex, 0, k, nq);
  return q;
}

/** Q's starting content: the reflector columns, then unit columns k..nq. */
export function orgqrInit(m: number, nq: number, k: number, h: Float64Array, complex: boolean) {
  const L = complex ? 2 : 1;
  const q = new Float64Array(m * nq * L);
  q.set(h.subarray(0, m * k * L));
  for (let j = k; j < nq; j++) q[(j * m + j) * L] = 1;
  return q;
}

/**
 * The org2r sweep over reflectors [i0, i1) of `q` (last first), each applied to the columns
 * after it up to cEnd, then turned into its column of Q.
 */
export function org2r(
  m: number,
  nq: number,
  q: Float64Array,
  tau: Float64Array,
  complex: boolean,
  i0: number,
  i1: number,
  cEnd: number,
): void {
  const L = complex ? 2 : 1;
  for (let i = i1 - 1; i >= i0; i--) {
    const col = i * m + i;
    const tr = tau[i * L];
    const ti = complex ? tau[2 * i + 1] : 0;
    // apply H(i) = I - t v v^H to Q(i:m, i+1:cEnd)
    if (i < nq - 1) {
      q[col * L] = 1;
      if (complex) q[col * 2 + 1] = 0;
      for (let j = i + 1; j < cEnd; j++) {
        const cj = j * m + i;
        if (!complex) {
          let w = q[cj];
          for (let r = 1; r < m - i; r++) w += q[col + r] * q[cj + r];
          w *= tr;
          if (w === 0) continue;
          q[cj] -= w;
          for (let r = 1; r < m - i; r++) q[cj + r] -= w * q[col + r];
        } else {
          const p = 2 * col;
          const s = 2 * cj;
          let wr = 0;
          let wi = 0;
          for (let r = 0; r < 2 * (m - i); r += 2) {
            const vr = q[p + r];
            const vi = q[p + r + 1];
            const xr = q[s + r];
            const xi = q[s + r + 1];
            wr += vr * xr + vi * xi;
            wi += vr * xi - vi * xr;
          }
          const cr = wr * tr - wi * ti;
          const ci = wr * ti + wi * tr;
          for (let r = 0; r < 2 * (m - i); r += 2) {
            const vr = q[p + r];
            const vi = q[p + r + 1];
            q[s + r] -= vr * cr - vi * ci;
            q[s + r + 1] -= vr * ci + vi * cr;
          }
        }
      }
    }
    // column i: -t v below the diagonal, 1 - t on it, zeros above
    if (!complex) {
      for (let r = 1; r < m - i; r++) q[col + r] *= -tr;
      q[col] = 1 - tr;
      for (let r = 0; r < i; r++) q[i * m + r] = 0;
    } else {
      const p = 2 * col;
      for (let r = 2; r < 2 * (m - i); r += 2) {
        const vr = q[p + r];
        const vi = q[p + r + 1];
        q[p + r] = -(vr * tr - vi * ti);
        q[p + r + 1] = -(vr * ti + vi * tr);
      }
      q[p] = 1 - tr;
      q[p + 1] = -ti;
      for (let r = 0; r < 2 * i; r++) q[2 * i * m + r] = 0;
    }
  }
}
