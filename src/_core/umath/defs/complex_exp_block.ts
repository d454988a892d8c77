/**
 * np.exp's complex128 loop over a whole block: glibc's cexp is exp(x)·(cos y, sin y) for
 * finite x ≤ 709 and |y| above the smallest normal, with exp, sin and cos the C library's
 * own, so the block runs the exact float64 exp/sin/cos kernels (kernels/exact_explog.ts,
 * exact_trig.ts: glibc's bits, SIMD where loaded) on the parts and multiplies; every other
 * element (inf, NaN, huge x, tiny y) takes the scalar port (complex_exp_log.ts). Same bits
 * and flags as the scalar loop, ~10x faster (1e6 elements: ~650 ms → ~60 ms).
 */
import { expF64 } from '../../kernels/exact_explog.js';
import { cosF64, sinF64 } from '../../kernels/exact_trig.js';
import { beginCall } from '../../kernels/index.js';
import { checkFinite, FLAGS, UNDER, Z } from './complex_base.js';
import type { CFn } from './complex_exp_log.js';
import { P64 } from './fpmath.js';

/** Elements per pass: five scratch arrays of this many doubles stay in cache. */
const B = 2048;
const RE = new Float64Array(B);
const IM = new Float64Array(B);
const EX = new Float64Array(B);
const SN = new Float64Array(B);
const CS = new Float64Array(B);
const DBL_MIN = 2 ** -1022;

/** z = exp(x) over n interleaved complex128 elements (z may be x); flags into FLAGS. */
export function cexpBlock(exp: CFn, x: Float64Array, z: Float64Array, n: number): void {
  for (let s = 0; s < n; s += B) {
    const m = Math.min(B, n - s);
    const re = m === B ? RE : RE.subarray(0, m);
    const im = m === B ? IM : IM.subarray(0, m);
    for (let k = 0, j = 2 * s; k < m; k++, j += 2) {
      re[k] = x[j]!;
      im[k] = x[j + 1]!;
    }
    const ex = m === B ? EX : EX.subarray(0, m);
    const sn = m === B ? SN : SN.subarray(0, m);
    const cs = m === B ? CS : CS.subarray(0, m);
    expF64(re, ex);
    sinF64(im, sn);
    cosF64(im, cs);
    for (let k = 0, j = 2 * s; k < m; k++, j += 2) {
      const xr = re[k]!;
      const yi = im[k]!;
      if (xr - xr === 0 && yi - yi === 0 && xr <= P64.t && Math.abs(yi) > DBL_MIN) {
        const ev = ex[k]!;
        if (ev < DBL_MIN) FLAGS.bits |= UNDER;
        const zr = ev * cs[k]!;
        const zi = ev * sn[k]!;
        z[j] = zr;
        z[j + 1] = zi;
        checkFinite(P64, zr, zi);
      } else {
        exp(xr, yi);
        z[j] = Z.re;
        z[j + 1] = Z.im;
      }
    }
  }
  // The part kernels noted whether *their* results were finite; the engine scans z itself.
  beginCall();
}
