/**
 * NumPy's own float32 exp, log, sin and cos kernels, bit for bit, as NumPy 2.4 runs them
 * on x86-64 CPUs at its X86_V3 dispatch level (AVX2 + FMA3):
 * - exp, log: `simd_exp_FLOAT` / `simd_log_FLOAT` of loops_exponent_log.dispatch.c.src
 *   (AVX2_FMA3 variant; the AVX512F one is the same algorithm): Cody–Waite reduction,
 *   then a ratio of two minimax polynomials and an exponent scaling.
 * - sin, cos: `simd_sincos_f32` of loops_trigonometric.dispatch.cpp: Cody–Waite reduction
 *   by π/2 in three FMA steps and Myklebust's polynomials; beyond |x| = 117435.992 (sin) or
 *   71476.0625 (cos) it calls the C library's sinf/cosf (glibc's, ported in libm_single.ts).
 * NumPy uses these kernels for every float32 call, strided or not, so they decide the
 * printed digits (np.sin(np.float32(1)) is 0.841471, one ulp from the correctly rounded
 * 0.84147096). They are not correctly rounded (exp up to 2.5 ulp, log 3.8 ulp), so only
 * the same operations in the same order reproduce them: every float32 multiply, add and
 * divide is a double operation rounded once by Math.fround (exact for one operation), and
 * every fused multiply-add is emulated exactly (fmaf32 below). One fusion is the compiler's:
 * in sin/cos, x·(2/π) + magic (separate Highway Mul and Add) is built as one FMA, which the
 * quadrant choice at (k + ½)·π/2 shows; exp's x·log2 e + magic is not fused.
 * Other dispatch levels differ (X86_V4 runs the AVX512F variants and SVML for more
 * functions; CPUs without FMA3 call the C library), so only X86_V3's bits are matched.
 * The float64 loops of these functions call the C library at X86_V3 (libm_*.ts ports).
 */
import { DEFAULT_NAN } from './fpbits.js';
import { cosf, sinf } from './libm_single.js';

const fround = Math.fround;
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

/**
 * The correctly rounded float32 fma(a, b, c) of float32 values, as the FMA3 instruction
 * computes it. The product is exact in double; the double sum s rounds once more to float,
 * which is wrong only when s lies exactly halfway between two floats while the exact sum
 * does not: then the sum's rounding error (two-sum) picks the side. The rare fix stays
 * inline: a call there makes V8's code for the common case twice as slow.
 */
export function fmaf32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  let m = fround(s);
  // s is a midpoint exactly when m + 2(s − m) is the neighbouring float (m finite).
  const e = 2 * s - m;
  if (fround(e) === e && e !== m && m - m === 0) {
    const bb = s - p;
    const t = p - (s - bb) + (c - bb);
    if (t !== 0 && t > 0 === e > m) m = e;
  }
  return m;
}

/** Horner's rule with fmaf32 steps over C[from] … C[to − 1] (highest degree first) at x. */
export function hornerF32(C: Float64Array, from: number, to: number, x: number): number {
  let r = C[from]!;
  for (let k = from + 1; k < to; k++) r = fmaf32(r, x, C[k]!);
  return r;
}

/**
 * fround(P(x) / Q(x)) for NumPy's rational approximations, P and Q of one degree by
 * hornerF32's steps, both in one loop so that the two independent chains overlap.
 */
function ratioF32(P: Float64Array, Q: Float64Array, x: number): number {
  let p = P[0]!;
  let q = Q[0]!;
  for (let k = 1; k < P.length; k++) {
    p = fmaf32(p, x, P[k]!);
    q = fmaf32(q, x, Q[k]!);
  }
  return fround(p / q);
}

// ----- sin, cos -----
const TWO_OVER_PI = 0.6366197466850281; // 0x1.45f306p-1f
const PIO2_HI = -1.570796012878418; // -0x1.921fb0p+00f
const PIO2_MED = -3.1391647326017846e-7; // -0x1.5110b4p-22f
const PIO2_LO = -5.390302529957765e-15; // -0x1.846988p-48f
const RINT_MAGIC = 12582912; // 0x1.8p+23f: adding and subtracting it rounds to an integer
const SIN_MAX = fround(117435.992);
const COS_MAX = 71476.0625;
/** Cosine polynomial in x²: 0x1.98e616p-16f, -0x1.6c06dcp-10f, 0x1.55553cp-05f, -1/2, 1. */
const COS_POLY = new Float64Array([
  2.4372266125283204e-5, -1.388652017340064e-3, 4.166661947965622e-2, -0.5, 1,
]);
/** Sine polynomial in x² (times x³): 0x1.7d3bbcp-19f, -0x1.a06bbap-13f, 0x1.11119ap-07f, -0x1.555556p-03f. */
const SIN_POLY = new Float64Array([
  2.8404097065504175e-6, -1.9856491417158395e-4, 8.333397097885609e-3, -0.1666666716337204,
]);

/** NumPy's vectorised sin (cosine = false) or cos of a float32. */
function sincos(x: number, cosine: boolean): number {
  if (Number.isNaN(x)) return Number.NaN; // NumPy's kernel gives the canonical NaN
  if (!(Math.abs(x) <= (cosine ? COS_MAX : SIN_MAX))) return cosine ? cosf(x) : sinf(x);
  // The compiler fuses NumPy's x·(2/π) + magic into one FMA (see the top of the file).
  const q = fmaf32(x, TWO_OVER_PI, RINT_MAGIC) - RINT_MAGIC;
  let r = fmaf32(q, PIO2_HI, x);
  r = fmaf32(q, PIO2_MED, r);
  r = fmaf32(q, PIO2_LO, r);
  const r2 = fround(r * r);
  const n = (q | 0) + (cosine ? 1 : 0);
  let v: number;
  if ((n & 1) === 0) {
    // fma(s, x², 0) is one rounded product (+0 for a zero product).
    const s = fround(hornerF32(SIN_POLY, 0, 4, r2) * r2 + 0);
    v = fmaf32(s, r, r);
  } else {
    v = hornerF32(COS_POLY, 0, 5, r2);
  }
  // NumPy negates by subtracting from zero (so a zero result stays +0).
  return n & 2 ? 0 - v : v;
}

/** np.sin for float32 on NumPy's X86_V3 dispatch (`sinSimd32(1)` is 0.8414709568023682). */
export function sinSimd32(x: number): number {
  return sincos(x, false);
}

/** np.cos for float32 on NumPy's X86_V3 dispatch (`cosSimd32(1)` is 0.5403022766113281). */
export function cosSimd32(x: number): number {
  return sincos(x, true);
}

// ----- exp -----
const EXP_XMAX = 88.72283935546875;
const EXP_XMIN = -103.97208404541016;
const LOG2E = fround(Math.LOG2E);
const LN2_HI = -0.693145751953125; // NPY_CODY_WAITE_LOGE_2_HIGHf
const LN2_LO = fround(-1.42860677e-6);
/**
 * Numerator P5 … P0 and denominator Q2 … Q0 of exp: NumPy's NPY_COEFF_*_EXPf float literals
 * (9.999999999980870924916e-01f, …) as the float32 values the compiler makes of them.
 */
const EXP_P = new Float64Array([
  0.000508276280015707, 0.006757896859198809, 0.051145121455192566, 0.24736154079437256,
  0.7257664799690247, 1,
]);
const EXP_Q2 = 0.021595094352960587;
const EXP_Q1 = -0.27423354983329773;

/** 2^k for the integers k that exp's scaling meets, exactly. */
const POW2 = new Float64Array(300);
for (let k = 0, v = 2 ** -160; k < 300; k++, v *= 2) POW2[k] = v;

/** np.exp for float32 on NumPy's X86_V3 dispatch (`expSimd32(1)` is 2.7182817459106445). */
export function expSimd32(x: number): number {
  if (Number.isNaN(x)) return Number.NaN; // NumPy's kernel gives the canonical NaN
  if (x >= EXP_XMAX) return Number.POSITIVE_INFINITY;
  if (x <= EXP_XMIN) return 0;
  const q = fround(fround(x * LOG2E) + RINT_MAGIC) - RINT_MAGIC;
  const r = fmaf32(q, LN2_LO, fmaf32(q, LN2_HI, x));
  const den = fmaf32(fmaf32(EXP_Q2, r, EXP_Q1), r, 1);
  return scale(fround(hornerF32(EXP_P, 0, 6, r) / den), q);
}

const TWO128 = 2 ** 128;

/** poly·2^q as NumPy's exponent-field addition makes it. */
function scale(poly: number, q: number): number {
  // NumPy adds q to the exponent field (or, for q ≤ −125, scales to 2^−125 and divides the
  // rest off): both equal one rounding of poly·2^q, unless the field would overflow.
  const y = poly * POW2[q + 160]!;
  if (y < TWO128) return fround(y);
  F32[0] = poly;
  I32[0] = I32[0]! + (q << 23);
  return F32[0]!;
}

// ----- log -----
const FLT_MIN = 2 ** -126;
const TWO100 = 2 ** 100;
const SQRT1_2 = fround(Math.SQRT1_2);
const LOGE2 = fround(Math.LN2);
/** Numerator P5 … P0 and denominator Q5 … Q0 of log (NPY_COEFF_*_LOGf as float32). */
const LOG_P = new Float64Array([
  0.025899792090058327, 0.3808837831020355, 1.480000615119934, 2.112677574157715, 1, 0,
]);
const LOG_Q = new Float64Array([
  0.005875095259398222, 0.15464763343334198, 0.9864943027496338, 2.4530060291290283,
  2.612677574157715, 1,
]);

/** np.log for float32 on NumPy's X86_V3 dispatch (`logSimd32(2)` is 0.6931471824645996). */
export function logSimd32(x: number): number {
  // x < 0: the CPU's default NaN (NumPy's measured bits); a NaN input: the canonical NaN.
  if (!(x > 0))
    return x === 0 ? Number.NEGATIVE_INFINITY : Number.isNaN(x) ? Number.NaN : DEFAULT_NAN;
  if (x === Number.POSITIVE_INFINITY) return x;
  // x = m·2^e with m in [0.5, 1), subnormals scaled by 2^100 first.
  let e: number;
  if (x < FLT_MIN) {
    F32[0] = x * TWO100;
    e = (I32[0]! >>> 23) - 226;
  } else {
    F32[0] = x;
    e = (I32[0]! >>> 23) - 126;
  }
  I32[0] = (I32[0]! & 0x7fffff) | (126 << 23);
  let m = F32[0]!;
  if (m <= SQRT1_2) {
    m += m;
    e -= 1;
  }
  m -= 1;
  return fmaf32(e, LOGE2, ratioF32(LOG_P, LOG_Q, m));
}

type Block = Float32Array | Float64Array;

/** np.exp's float32 loop over a block: z[i] = expSimd32(x[i]) (one monomorphic loop). */
export function expBlock32(x: Block, z: Block, n: number): void {
  for (let i = 0; i < n; i++) z[i] = expSimd32(x[i]!);
}

/** np.log's float32 loop over a block: z[i] = logSimd32(x[i]). */
export function logBlock32(x: Block, z: Block, n: number): void {
  for (let i = 0; i < n; i++) z[i] = logSimd32(x[i]!);
}

/** np.sin's float32 loop over a block: z[i] = sinSimd32(x[i]). */
export function sinBlock32(x: Block, z: Block, n: number): void {
  for (let i = 0; i < n; i++) z[i] = sincos(x[i]!, false);
}

/** np.cos's float32 loop over a block: z[i] = cosSimd32(x[i]). */
export function cosBlock32(x: Block, z: Block, n: number): void {
  for (let i = 0; i < n; i++) z[i] = sincos(x[i]!, true);
}
