/**
 * LAPACK's small auxiliaries shared by the ports that follow its exact operations
 * (syevd_small.ts, heevd_small.ts, gesdd_*.ts, geev_small.ts, lahqr.ts): DLAMCH's
 * constants, Fortran's SIGN, DLAPY2 and DLARTG (LAPACK >= 3.10). One copy each, so that the
 * ports decide signs alike.
 */

/** DLAMCH('S'): the smallest normal number. */
export const SAFMIN = 2 ** -1022;
export const SAFMAX = 2 ** 1022;
const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(SAFMAX / 2);
/** dlamch('Epsilon'): the unit roundoff 2^-53 (LAPACK's eps, not the spacing 2^-52). */
export const EPS_HALF = 2 ** -53;

/** Outputs of the last lartg / las2 / lasv2 call. */
export const rot = {
  c: 0,
  s: 0,
  r: 0,
  /** las2 / lasv2: the smaller and the larger singular value (signed by lasv2). */
  ssmin: 0,
  ssmax: 0,
  /** lasv2: right and left rotations. */
  csr: 0,
  snr: 0,
  csl: 0,
  snl: 0,
};

/** Fortran SIGN(a, b): |a| with the sign bit of b (-0 counts as negative, as gfortran). */
export function fsign(a: number, b: number): number {
  const x = Math.abs(a);
  return b < 0 || (b === 0 && 1 / b < 0) ? -x : x;
}

/** dlartg: c, s, r with [c s; -s c] [f; g] = [r; 0], c >= 0 and r of f's sign. */
export function lartg(f: number, g: number): void {
  const f1 = Math.abs(f);
  const g1 = Math.abs(g);
  if (g === 0) {
    rot.c = 1;
    rot.s = 0;
    rot.r = f;
  } else if (f === 0) {
    rot.c = 0;
    rot.s = fsign(1, g);
    rot.r = g1;
  } else if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    rot.c = f1 / d;
    const r = fsign(d, f);
    rot.r = r;
    rot.s = g / r;
  } else {
    const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
    const fs = f / u;
    const gs = g / u;
    const d = Math.sqrt(fs * fs + gs * gs);
    rot.c = Math.abs(fs) / d;
    const r = fsign(d, f);
    rot.s = gs / r;
    rot.r = r * u;
  }
}

/** sqrt(x^2 + y^2) as DLAPY2 computes it. */
export function lapy2(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const xa = Math.abs(x);
  const ya = Math.abs(y);
  const w = Math.max(xa, ya);
  const zz = Math.min(xa, ya);
  if (zz === 0 || w > Number.MAX_VALUE) return w;
  return w * Math.sqrt(1 + (zz / w) * (zz / w));
}

/** Fortran's SIGN(a, b): |a| with the sign of b. */
export function sign(x: number, y: number): number {
  const m = Math.abs(x);
  return y < 0 || Object.is(y, -0) ? -m : m;
}

/**
 * DZNRM2 by scaled sums of squares (the reference BLAS's older form): the 2-norm of the
 * complex vector (re, im)(off + t·inc), t < len, real then imaginary part of each element.
 */
export function znrm2(re: Float64Array, im: Float64Array, off: number, len: number, inc: number) {
  let scale = 0;
  let ssq = 1;
  for (let t = 0; t < 2 * len; t++) {
    const p = off + (t >> 1) * inc;
    const v = (t & 1) === 0 ? re[p]! : im[p]!;
    if (v === 0) continue;
    const av = Math.abs(v);
    if (scale < av) {
      ssq = 1 + ssq * (scale / av) * (scale / av);
      scale = av;
    } else ssq += (av / scale) * (av / scale);
  }
  return scale * Math.sqrt(ssq);
}
