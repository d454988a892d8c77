/**
 * tanf, asinf, acosf, cbrtf, asinhf, acoshf and atanhf as Debian's glibc 2.36 computes them
 * on x86-64 (NumPy's float32 loops call these without AVX-512). All are glibc's generic
 * builds, compiled without FMA: fdlibm's float algorithms (one float rounding per operation,
 * emulated by Math.fround), cbrtf's double steps, tanf's double argument reduction, and the
 * (FMA) logf and fdlibm log1pf underneath the inverse hyperbolics.
 * Inputs are float32 values (JS numbers); results are float32 values.
 */
import { DEFAULT_NAN, f32Bits, f32FromBits } from './fpbits.js';
import { log1pf } from './libm_float.js';
import { logfFast as logf, quadrant, reduceLarge } from './libm_single.js';

const f = Math.fround;

// __kernel_tanf's constants (k_tanf.c).
const PIO4 = f(7.8539812565e-1);
const PIO4LO = f(3.7748947079e-8);
const T0 = f(3.3333334327e-1);
const T1 = f(1.3333334029e-1);
const T2 = f(5.3968254477e-2);
const T3 = f(2.186948806e-2);
const T4 = f(8.8632395491e-3);
const T5 = f(3.5920790397e-3);
const T6 = f(1.4562094584e-3);
const T7 = f(5.8804126456e-4);
const T8 = f(2.4646313977e-4);
const T9 = f(7.8179444245e-5);
const T10 = f(7.1407252108e-5);
const T11 = f(-1.8558637748e-5);
const T12 = f(2.5907305826e-5);

/** tan(x + y) for |x + y| ≤ π/4 (iy = 1), or −1/tan(x + y) (iy = −1): k_tanf.c. */
function kernelTanf(x: number, y: number, iy: number): number {
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x39000000) {
    // |x| < 2^-13
    if (ix === 0 && iy === -1) return 1 / Math.abs(x);
    return iy === 1 ? x : f(-1 / x);
  }
  const big = ix >= 0x3f2ca140; // |x| ≥ 0.6744: tan(π/4 − x) is better conditioned
  const sgn = hx < 0 ? -1 : 1;
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = f(f(PIO4 - x) + f(PIO4LO - y));
    y = 0;
    if (Math.abs(x) < 2 ** -13) return f(sgn * iy * f(1 - f(2 * iy * x)));
  }
  const z = f(x * x);
  let w = f(z * z);
  // x^5·(T1 + x^4·T3 + …) + x^5·x^2·(T2 + x^4·T4 + …), innermost first.
  let r = f(T1 + f(w * f(T3 + f(w * f(T5 + f(w * f(T7 + f(w * f(T9 + f(w * T11))))))))));
  let v = f(z * f(T2 + f(w * f(T4 + f(w * f(T6 + f(w * f(T8 + f(w * f(T10 + f(w * T12)))))))))));
  const s = f(z * x);
  r = f(y + f(z * f(f(s * f(r + v)) + y)));
  r = f(r + f(T0 * s));
  w = f(x + r);
  if (big) {
    v = iy;
    return f(sgn * f(v - f(2 * f(x - f(f(f(w * w) / f(w + v)) - r)))));
  }
  if (iy === 1) return w;
  // −1/(x + r) accurately: split w and −1/w into 12-bit-trimmed heads.
  const zh = f32FromBits(f32Bits(w) & 0xfffff000);
  v = f(r - f(zh - x));
  const a = f(-1 / w);
  const t = f32FromBits(f32Bits(a) & 0xfffff000);
  const s1 = f(1 + f(t * zh));
  return f(t + f(a * f(s1 + f(t * v))));
}

const HPI_INV = 10680707.430881744; // 2/π · 2^24 (__sincosf_table)
const HPI = 1.5707963267948966;

/**
 * NumPy's np.tan on float32 (glibc's tanf): fdlibm's kernel after sinf's double reduction by
 * π/2 (unfused in this build), split into float head and tail.
 *
 * @example tanf(0.5) // 0.5463024973869324
 */
export function tanf(x: number): number {
  x = f(x);
  const xi = f32Bits(x);
  const ix = xi & 0x7fffffff;
  if (ix <= 0x3f490fda) return kernelTanf(x, 0, 1);
  if (ix >= 0x7f800000) return Number.isNaN(x) ? x + x : DEFAULT_NAN; // ±inf: 0/0's NaN
  let dx: number;
  let n: number;
  if (ix >>> 20 < 0x42f) {
    // |x| < 120: n from a scaled truncation (quadrant in bits 24..31), x − n·π/2 in double.
    n = ((Math.trunc(x * HPI_INV) | 0) + 0x800000) >> 24;
    dx = x - n * HPI;
  } else {
    dx = reduceLarge(xi);
    n = quadrant();
    if (xi >>> 31) dx = -dx;
  }
  const y0 = f(dx);
  return kernelTanf(y0, f(dx - y0), 1 - ((n & 1) << 1));
}

// asinf (e_asinf.c, Moshier's polynomial).
const PIO2_HI = f(1.5707963705062866);
const PIO2_LO = f(-4.371139000186243e-8);
const PIO4_HI = f(0.7853981852531433);
const AP0 = f(1.666675248e-1);
const AP1 = f(7.495297643e-2);
const AP2 = f(4.547037598e-2);
const AP3 = f(2.417951451e-2);
const AP4 = f(4.21663088e-2);

/** Moshier's asin polynomial t·(p0 + t·(p1 + …)), in float. */
function asinPoly(t: number): number {
  return f(t * f(AP0 + f(t * f(AP1 + f(t * f(AP2 + f(t * f(AP3 + f(t * AP4)))))))));
}

/**
 * NumPy's np.arcsin on float32 (glibc's asinf).
 *
 * @example asinf(0.5) // 0.5235987901687622
 */
export function asinf(x: number): number {
  x = f(x);
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return f(f(x * PIO2_HI) + f(x * PIO2_LO));
  if (ix > 0x3f800000) return Number.isNaN(x) ? x + x : Number.NaN;
  if (ix < 0x3f000000) {
    if (ix < 0x32000000) return x; // |x| < 2^-27
    const w = asinPoly(f(x * x));
    return f(x + f(x * w));
  }
  // 0.5 ≤ |x| < 1: asin(x) = π/2 − 2·asin(sqrt((1 − |x|)/2)).
  const t = f(f(1 - Math.abs(x)) * 0.5);
  let p = asinPoly(t);
  const s = f(Math.sqrt(t));
  let res: number;
  if (ix >= 0x3f79999a) {
    res = f(PIO2_HI - f(f(2 * f(s + f(s * p))) - PIO2_LO));
  } else {
    const w = f32FromBits(f32Bits(s) & 0xfffff000);
    const c = f(f(t - f(w * w)) / f(s + w));
    p = f(f(f(2 * s) * p) - f(PIO2_LO - f(2 * c)));
    const q = f(PIO4_HI - f(2 * w));
    res = f(PIO4_HI - f(p - q));
  }
  return hx > 0 ? res : -res;
}

// acosf (e_acosf.c, fdlibm's rational approximation).
const PI_F = f(3.1415925026);
const PIO2_HI_C = f(1.5707962513);
const PIO2_LO_C = f(7.5497894159e-8);
const PS0 = f(1.6666667163e-1);
const PS1 = f(-3.2556581497e-1);
const PS2 = f(2.0121252537e-1);
const PS3 = f(-4.0055535734e-2);
const PS4 = f(7.9153501429e-4);
const PS5 = f(3.4793309169e-5);
const QS1 = f(-2.4033949375);
const QS2 = f(2.0209457874);
const QS3 = f(-6.8828397989e-1);
const QS4 = f(7.7038154006e-2);

/** fdlibm's R(z) = p(z)/q(z) for acos, in float. */
function acosRatio(z: number): number {
  const p = f(
    z * f(PS0 + f(z * f(PS1 + f(z * f(PS2 + f(z * f(PS3 + f(z * f(PS4 + f(z * PS5)))))))))),
  );
  const q = f(1 + f(z * f(QS1 + f(z * f(QS2 + f(z * f(QS3 + f(z * QS4))))))));
  return f(p / q);
}

/**
 * NumPy's np.arccos on float32 (glibc's acosf).
 *
 * @example acosf(0.5) // 1.0471975803375244
 */
export function acosf(x: number): number {
  x = f(x);
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : f(PI_F + f(2 * PIO2_LO_C));
  if (ix > 0x3f800000) return Number.isNaN(x) ? x + x : Number.NaN;
  if (ix < 0x3f000000) {
    if (ix <= 0x32800000) return f(PIO2_HI_C + PIO2_LO_C);
    const r = acosRatio(f(x * x));
    return f(PIO2_HI_C - f(x - f(PIO2_LO_C - f(x * r))));
  }
  if (hx < 0) {
    const z = f(f(1 + x) * 0.5);
    const s = f(Math.sqrt(z));
    const w = f(f(acosRatio(z) * s) - PIO2_LO_C);
    return f(PI_F - f(2 * f(s + w)));
  }
  const z = f(f(1 - x) * 0.5);
  const s = f(Math.sqrt(z));
  const df = f32FromBits(f32Bits(s) & 0xfffff000);
  const c = f(f(z - f(df * df)) / f(s + df));
  const w = f(f(acosRatio(z) * s) + c);
  return f(2 * f(df + w));
}

// cbrtf (s_cbrtf.c): a quadratic start and one Halley step in double.
const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/**
 * NumPy's np.cbrt on float32 (glibc's cbrtf, ~1 ulp): not the correctly rounded cube root.
 *
 * @example cbrtf(27) // 3
 */
export function cbrtf(x: number): number {
  x = f(x);
  if (x === 0 || x - x !== 0) return x + x; // ±0, ±inf, NaN
  // frexpf: |x| = xm·2^xe, xm in [0.5, 1) (subnormals scaled up by 2^25 first).
  let ax = Math.abs(x);
  let xe = 0;
  if (ax < 2 ** -126) {
    ax *= 2 ** 25;
    xe = -25;
  }
  const bits = f32Bits(ax);
  xe += (bits >>> 23) - 126;
  const xm = f32FromBits((bits & 0x807fffff) | 0x3f000000);
  const u = f(0.49265962052896956 + (0.6975704602079228 - 0.19150216167871906 * xm) * xm);
  const t2 = f(f(u * u) * u);
  const ym = f(((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!);
  // ldexpf: ym·2^n is exact in double; one rounding to float (also into subnormals).
  return f((x > 0 ? ym : -ym) * 2 ** Math.trunc(xe / 3));
}

const LN2F = f(6.9314718246e-1);

/**
 * NumPy's np.arcsinh on float32 (glibc's asinhf, fdlibm over logf/log1pf).
 *
 * @example asinhf(1) // 0.8813735842704773
 */
export function asinhf(x: number): number {
  x = f(x);
  const ix = f32Bits(x) & 0x7fffffff;
  if (ix < 0x38000000) return x; // |x| < 2^-14
  let w: number;
  const xa = Math.abs(x);
  if (ix > 0x47000000) {
    if (ix >= 0x7f800000) return x + x;
    w = f(logf(xa) + LN2F);
  } else if (ix > 0x40000000) {
    w = logf(f(f(2 * xa) + f(1 / f(f(Math.sqrt(f(f(xa * xa) + 1))) + xa))));
  } else {
    const t = f(xa * xa);
    w = log1pf(f(xa + f(t / f(1 + f(Math.sqrt(f(1 + t)))))));
  }
  return x < 0 ? -w : w;
}

/**
 * NumPy's np.arccosh on float32 (glibc's acoshf, fdlibm over logf/log1pf).
 *
 * @example acoshf(2) // 1.316957950592041
 */
export function acoshf(x: number): number {
  x = f(x);
  const hx = f32Bits(x) | 0;
  if (hx < 0x3f800000) return Number.isNaN(x) ? x + x : DEFAULT_NAN; // x < 1 (and negative NaNs)
  if (hx >= 0x4d800000) {
    if (hx >= 0x7f800000) return x + x;
    return f(logf(x) + LN2F); // x ≥ 2^28: log(2x)
  }
  if (hx === 0x3f800000) return 0;
  if (hx > 0x40000000) {
    const t = f(x * x);
    return logf(f(f(2 * x) - f(1 / f(x + f(Math.sqrt(f(t - 1)))))));
  }
  const t = f(x - 1);
  return log1pf(f(t + f(Math.sqrt(f(f(2 * t) + f(t * t))))));
}

/**
 * NumPy's np.arctanh on float32 (glibc's atanhf): 0.5·log1pf of a float rearrangement.
 *
 * @example atanhf(0.5) // 0.5493061542510986
 */
export function atanhf(x: number): number {
  x = f(x);
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = f(xa + xa);
    t = f(0.5 * log1pf(f(t + f(f(t * xa) / f(1 - xa)))));
  } else if (xa < 1) {
    t = f(0.5 * log1pf(f(f(xa + xa) / f(1 - xa))));
  } else {
    if (xa > 1) return DEFAULT_NAN;
    return x / 0; // ±1: ±inf; NaN stays NaN
  }
  return x < 0 ? -t : t;
}
