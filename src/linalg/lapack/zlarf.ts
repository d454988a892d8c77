/**
 * ZLARF: apply the complex Householder reflector H = I - tau v v^H to a column-major block
 * C (separate real and imaginary parts). v(1) = 1 is implicit: its stored first element is
 * never read. `conjV` takes v as the conjugate of what is stored (LAPACK's rows of
 * reflectors, conjugated by ZLACGV around the call).
 */

/** A complex vector: element t at off + t·inc of (re, im). */
export interface ZVec {
  re: Float64Array;
  im: Float64Array;
  off: number;
  inc: number;
}

/** A complex column-major block: element (i, j) at off + i + j·ld of (re, im). */
export interface ZMat {
  re: Float64Array;
  im: Float64Array;
  off: number;
  ld: number;
}

/**
 * C = H C (`left`, C is len x cols) or C = C H (C is rows x len), with H = I - tau v v^H
 * and v of length len.
 */
export function zlarf(
  left: boolean,
  len: number,
  other: number,
  v: ZVec,
  tr: number,
  ti: number,
  c: ZMat,
  conjV = false,
): void {
  if ((tr === 0 && ti === 0) || len <= 0 || other <= 0) return;
  // v gathered once (v(1) = 1), conjugated as asked
  if (vr.length < len) {
    vr = new Float64Array(2 * len);
    vi = new Float64Array(2 * len);
  }
  vr[0] = 1;
  vi[0] = 0;
  const sv = conjV ? -1 : 1;
  for (let q = 1; q < len; q++) {
    vr[q] = v.re[v.off + q * v.inc]!;
    vi[q] = sv * v.im[v.off + q * v.inc]!;
  }
  const { re: cr, im: ci, ld } = c;
  if (left) {
    for (let o = 0; o < other; o++) {
      const base = c.off + o * ld;
      // s = v^H x over the column x
      let sr = 0;
      let si = 0;
      for (let q = 0; q < len; q++) {
        const xr = cr[base + q]!;
        const xi = ci[base + q]!;
        sr += vr[q]! * xr + vi[q]! * xi;
        si += vr[q]! * xi - vi[q]! * xr;
      }
      // x -= (tau s) v
      const tsr = tr * sr - ti * si;
      const tsi = tr * si + ti * sr;
      for (let q = 0; q < len; q++) {
        cr[base + q] = cr[base + q]! - (tsr * vr[q]! - tsi * vi[q]!);
        ci[base + q] = ci[base + q]! - (tsr * vi[q]! + tsi * vr[q]!);
      }
    }
    return;
  }
  for (let o = 0; o < other; o++) {
    const base = c.off + o;
    // w = x v over the row x
    let sr = 0;
    let si = 0;
    for (let q = 0, p = base; q < len; q++, p += ld) {
      const xr = cr[p]!;
      const xi = ci[p]!;
      sr += xr * vr[q]! - xi * vi[q]!;
      si += xr * vi[q]! + xi * vr[q]!;
    }
    // x -= (tau w) v^H
    const tsr = tr * sr - ti * si;
    const tsi = tr * si + ti * sr;
    for (let q = 0, p = base; q < len; q++, p += ld) {
      cr[p] = cr[p]! - (tsr * vr[q]! + tsi * vi[q]!);
      ci[p] = ci[p]! - (tsi * vr[q]! - tsr * vi[q]!);
    }
  }
}

/** Scratch for v (grown on demand). */
let vr = new Float64Array(64);
let vi = new Float64Array(64);
