/**
 * The 2 x 2 pieces and rotation sequences of LAPACK's small-matrix SVD (dgesdd -> dbdsdc ->
 * dlasdq -> dbdsqr), ported from the reference sources so that every sign they decide is
 * LAPACK's: xLAS2 (singular values of a 2 x 2 upper triangle), xLASV2 (its full SVD, signs
 * included) and xLASR (a sequence of rotations applied to a column-major matrix). DLARTG and
 * the shared `rot` result object live in lapack_aux.ts.
 */
import { EPS_HALF, fsign, rot } from './lapack_aux.js';

/** dlas2: the singular values of [f g; 0 h] into rot.ssmin, rot.ssmax. */
export function las2(f: number, g: number, h: number): void {
  const fa = Math.abs(f);
  const ga = Math.abs(g);
  const ha = Math.abs(h);
  const fhmn = Math.min(fa, ha);
  const fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    rot.ssmin = 0;
    if (fhmx === 0) rot.ssmax = ga;
    else {
      const q = Math.min(fhmx, ga) / Math.max(fhmx, ga);
      rot.ssmax = Math.max(fhmx, ga) * Math.sqrt(1 + q * q);
    }
  } else if (ga < fhmx) {
    const as = 1 + fhmn / fhmx;
    const at = (fhmx - fhmn) / fhmx;
    const au = (ga / fhmx) * (ga / fhmx);
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    rot.ssmin = fhmn * c;
    rot.ssmax = fhmx / c;
  } else {
    const au = fhmx / ga;
    if (au === 0) {
      rot.ssmin = (fhmn * fhmx) / ga;
      rot.ssmax = ga;
    } else {
      const as = 1 + fhmn / fhmx;
      const at = (fhmx - fhmn) / fhmx;
      const p = as * au;
      const q = at * au;
      const c = 1 / (Math.sqrt(1 + p * p) + Math.sqrt(1 + q * q));
      const smin = fhmn * c * au;
      rot.ssmin = smin + smin;
      rot.ssmax = ga / (c + c);
    }
  }
}

/**
 * dlasv2: the SVD of [f g; 0 h]: [csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr] =
 * diag(ssmax, ssmin), |ssmax| >= |ssmin|, with LAPACK's signs.
 */
export function lasv2(f: number, g: number, h: number): void {
  let ft = f;
  let fa = Math.abs(ft);
  let ht = h;
  let ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    let t = ft;
    ft = ht;
    ht = t;
    t = fa;
    fa = ha;
    ha = t;
  }
  const gt = g;
  const ga = Math.abs(gt);
  let clt: number;
  let crt: number;
  let slt: number;
  let srt: number;
  let ssmin: number;
  let ssmax: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1;
    crt = 1;
    slt = 0;
    srt = 0;
  } else {
    let gasmal = true;
    clt = crt = slt = srt = ssmin = ssmax = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS_HALF) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m;
      const tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        if (l === 0) t = fsign(2, ft) * fsign(1, gt);
        else t = gt / fsign(d, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number;
  let snl: number;
  let csr: number;
  let snr: number;
  if (swap) {
    csl = srt;
    snl = crt;
    csr = slt;
    snr = clt;
  } else {
    csl = clt;
    snl = slt;
    csr = crt;
    snr = srt;
  }
  let tsign: number;
  if (pmax === 1) tsign = fsign(1, csr) * fsign(1, csl) * fsign(1, f);
  else if (pmax === 2) tsign = fsign(1, snr) * fsign(1, csl) * fsign(1, g);
  else tsign = fsign(1, snr) * fsign(1, snl) * fsign(1, h);
  rot.ssmax = fsign(ssmax, tsign);
  rot.ssmin = fsign(ssmin, tsign * fsign(1, f) * fsign(1, h));
  rot.csl = csl;
  rot.snl = snl;
  rot.csr = csr;
  rot.snr = snr;
}

/**
 * dlasr with PIVOT = 'V' on the column-major m x n matrix at a[off], leading dimension lda:
 * rotation j (cosine c[co + j], sine s[so + j]) acts on rows j, j+1 (`left`) or columns
 * j, j+1 (right), j ascending (`forward`) or descending.
 */
export function lasr(
  left: boolean,
  forward: boolean,
  m: number,
  n: number,
  c: Float64Array,
  co: number,
  s: Float64Array,
  so: number,
  a: Float64Array,
  off: number,
  lda: number,
): void {
  const cnt = (left ? m : n) - 1;
  for (let q = 0; q < cnt; q++) {
    const j = forward ? q : cnt - 1 - q;
    const ct = c[co + j];
    const st = s[so + j];
    if (ct === 1 && st === 0) continue;
    if (left) {
      for (let i = 0; i < n; i++) {
        const p = off + i * lda + j;
        const temp = a[p + 1];
        a[p + 1] = ct * temp - st * a[p];
        a[p] = st * temp + ct * a[p];
      }
    } else {
      const p0 = off + j * lda;
      const p1 = p0 + lda;
      for (let i = 0; i < m; i++) {
        const temp = a[p1 + i];
        a[p1 + i] = ct * temp - st * a[p0 + i];
        a[p0 + i] = st * temp + ct * a[p0 + i];
      }
    }
  }
}
