// SIMD exp, log, sin and cos on f64x2 vectors.
//
// float64: vectorized ports of fdlibm/musl's algorithms (< 1 ulp), branch-free, with special
// values (nan, +-inf, +-0, subnormals) selected by masks.
// float32: log, sin and cos widen the inputs to f64 and evaluate shorter polynomials (relative
// error ~1e-11, far below float32's 6e-8 half-ulp), then round once to float32: the results are
// correctly rounded but for rare near-halfway cases (then 1 ulp off). exp runs on f32x4 lanes
// (within 1 ulp of correctly rounded).
//
// Constants live in linear memory and are read with v128.load64_splat: V8 materializes each
// v128.const with three instructions inside the loop, a load is one. (Measured: exp float64
// 6.2 -> 4.4 ns/element.)

@inline function ld(p: usize): v128 {
  return v128.load64_splat(p);
}
@inline function isplat(x: i64): v128 {
  return i64x2.splat(x);
}

const ONE = memory.data<f64>([1.0]);
const HALF = memory.data<f64>([0.5]);
const TWO = memory.data<f64>([2.0]);
const ZERO = memory.data<f64>([0.0]);
const INF = memory.data<f64>([Infinity]);
const NEG_INF = memory.data<f64>([-Infinity]);
const NAN = memory.data<f64>([NaN]);
// 1.5 * 2^52 + 1023: adding it to an integer-valued double k leaves k + 1023 in the low bits.
const MAGIC_1023 = memory.data<f64>([6755399441055744.0 + 1023.0]);
const MAGIC_BITS: i64 = 0x4338000000000000;

/** 2^k for integer-valued k in [-1022, 1023] (as doubles). */
@inline function pow2(k: v128): v128 {
  return i64x2.shl(f64x2.add(k, ld(MAGIC_1023)), 52);
}

// ---- exp, float64 (fdlibm e_exp.c) ----
const EXP_LO = memory.data<f64>([-746.0]);
const EXP_HI = memory.data<f64>([710.0]);
const INVLN2 = memory.data<f64>([1.44269504088896338700e0]);
const LN2HI = memory.data<f64>([6.93147180369123816490e-1]);
const LN2LO = memory.data<f64>([1.90821492927058770002e-10]);
const P1 = memory.data<f64>([1.66666666666666019037e-1]);
const P2 = memory.data<f64>([-2.77777777770155933842e-3]);
const P3 = memory.data<f64>([6.61375632143793436117e-5]);
const P4 = memory.data<f64>([-1.65339022054652515390e-6]);
const P5 = memory.data<f64>([4.13813679705723846039e-8]);

@inline export function vexp(x: v128): v128 {
  // Clamp so that k stays in range (exp(710) overflows, exp(-746) underflows anyway).
  // pmax(x, c) = x < c ? c : x and pmin(x, c) = c < x ? c : x keep NaN, and are much cheaper in
  // V8 than the NaN-propagating min/max (7.5 -> 6.2 ns/element).
  x = f64x2.pmin(f64x2.pmax(x, ld(EXP_LO)), ld(EXP_HI));
  const k = f64x2.nearest(f64x2.mul(x, ld(INVLN2)));
  const hi = f64x2.sub(x, f64x2.mul(k, ld(LN2HI))); // exact
  const lo = f64x2.mul(k, ld(LN2LO));
  const r = f64x2.sub(hi, lo);
  const t = f64x2.mul(r, r);
  // P1 + t*(P2 + t*(P3 + t*(P4 + t*P5))), Estrin's scheme (shorter dependency chain)
  const t2 = f64x2.mul(t, t);
  const p = f64x2.add(
    f64x2.add(ld(P1), f64x2.mul(t, ld(P2))),
    f64x2.mul(t2, f64x2.add(f64x2.add(ld(P3), f64x2.mul(t, ld(P4))), f64x2.mul(t2, ld(P5)))),
  );
  const c = f64x2.sub(r, f64x2.mul(t, p));
  // y = 1 - ((lo - (r*c)/(2-c)) - hi)
  const q = f64x2.div(f64x2.mul(r, c), f64x2.sub(ld(TWO), c));
  const y = f64x2.sub(ld(ONE), f64x2.sub(f64x2.sub(lo, q), hi));
  // y * 2^k in two exact steps and one final rounding (overflow, subnormal results).
  const k1 = f64x2.floor(f64x2.mul(k, ld(HALF)));
  const k2 = f64x2.sub(k, k1);
  return f64x2.mul(f64x2.mul(y, pow2(k1)), pow2(k2));
}

// ---- log, float64 (musl log.c, from fdlibm e_log.c) ----
const LG1 = memory.data<f64>([6.666666666666735130e-1]);
const LG2 = memory.data<f64>([3.999999999940941908e-1]);
const LG3 = memory.data<f64>([2.857142874366239149e-1]);
const LG4 = memory.data<f64>([2.222219843214978396e-1]);
const LG5 = memory.data<f64>([1.818357216161805012e-1]);
const LG6 = memory.data<f64>([1.531383769920937332e-1]);
const LG7 = memory.data<f64>([1.479819860511658591e-1]);
const MIN_NORMAL = memory.data<f64>([2.2250738585072014e-308]);
const TWO54 = memory.data<f64>([18014398509481984.0]);
const FIFTY4 = memory.data<f64>([54.0]);

// x = 2^k * m with m in [sqrt(2)/2, sqrt(2)) (x normal, > 0), from u = logBits(x):
// hx += 0x3ff00000 - 0x3fe6a09e on the high word; k = (hx >> 20) - 0x3ff.
@inline function logBits(x: v128): v128 {
  return i64x2.add(x, isplat(0x00095f6200000000));
}
/** k as a double. */
@inline function logK(u: v128): v128 {
  return f64x2.sub(i64x2.add(i64x2.shr_u(u, 52), isplat(MAGIC_BITS)), ld(MAGIC_1023));
}
/** m. */
@inline function logM(u: v128): v128 {
  return i64x2.add(v128.and(u, isplat(0x000fffffffffffff)), isplat(0x3fe6a09e00000000));
}

/** log's special values: log(+-0) = -inf, log(x < 0) = nan, log(+inf) = +inf, log(nan) = nan. */
@inline function logSpecials(x: v128, res: v128): v128 {
  res = v128.bitselect(ld(NEG_INF), res, f64x2.eq(x, ld(ZERO)));
  res = v128.bitselect(ld(NAN), res, f64x2.lt(x, ld(ZERO)));
  return v128.bitselect(x, res, v128.not(f64x2.lt(x, ld(INF))));
}

/** log(2^dk * m) for m = logM(u) in [sqrt(2)/2, sqrt(2)). */
@inline function logCore(dk: v128, u: v128): v128 {
  const f = f64x2.sub(logM(u), ld(ONE));
  const hfsq = f64x2.mul(ld(HALF), f64x2.mul(f, f));
  const s = f64x2.div(f, f64x2.add(ld(TWO), f));
  const z = f64x2.mul(s, s);
  const w = f64x2.mul(z, z);
  // t1 = w*(Lg2+w*(Lg4+w*Lg6)); t2 = z*(Lg1+w*(Lg3+w*(Lg5+w*Lg7)))
  const t1 = f64x2.mul(w, f64x2.add(ld(LG2), f64x2.mul(w, f64x2.add(ld(LG4), f64x2.mul(w, ld(LG6))))));
  const w2 = f64x2.mul(w, w);
  const t2 = f64x2.mul(
    z,
    f64x2.add(
      f64x2.add(ld(LG1), f64x2.mul(w, ld(LG3))),
      f64x2.mul(w2, f64x2.add(ld(LG5), f64x2.mul(w, ld(LG7)))),
    ),
  );
  const R = f64x2.add(t2, t1);
  // s*(hfsq+R) + dk*ln2_lo - hfsq + f + dk*ln2_hi, left to right
  let res = f64x2.add(f64x2.mul(s, f64x2.add(hfsq, R)), f64x2.mul(dk, ld(LN2LO)));
  res = f64x2.add(f64x2.sub(res, hfsq), f);
  return f64x2.add(res, f64x2.mul(dk, ld(LN2HI)));
}

@inline export function vlog(x: v128): v128 {
  // Fast path: both lanes positive, normal and finite (no subnormal scaling, no specials).
  if (i64x2.all_true(v128.and(f64x2.ge(x, ld(MIN_NORMAL)), f64x2.lt(x, ld(INF))))) {
    const u = logBits(x);
    return logCore(logK(u), u);
  }
  // Scale subnormals (and, harmlessly, zeros and negatives, fixed at the end) up by 2^54.
  const sub = f64x2.lt(x, ld(MIN_NORMAL));
  const xs = v128.bitselect(f64x2.mul(x, ld(TWO54)), x, sub);
  const u = logBits(xs);
  return logSpecials(x, logCore(f64x2.sub(logK(u), v128.and(sub, ld(FIFTY4))), u));
}

// ---- sin, cos, float64 (musl __rem_pio2 medium path, __sin, __cos) ----
const INVPIO2 = memory.data<f64>([6.36619772367581382433e-1]);
const PIO2_1 = memory.data<f64>([1.57079632673412561417e0]);
const PIO2_1T = memory.data<f64>([6.07710050650619224932e-11]);
const PIO2_2 = memory.data<f64>([6.07710050630396597660e-11]);
const PIO2_3 = memory.data<f64>([2.02226624871116645580e-21]);
const PIO2_3T = memory.data<f64>([8.47842766036889956997e-32]);
// |x| below this uses the vector reduction (|n| < 2^20); others go to scalar Math.sin/cos.
const MEDIUM = memory.data<f64>([1647099.3291652855]); // 2^20 * pi/2

const S1 = memory.data<f64>([-1.66666666666666324348e-1]);
const S2 = memory.data<f64>([8.33333333332248946124e-3]);
const S3 = memory.data<f64>([-1.98412698298579493134e-4]);
const S4 = memory.data<f64>([2.75573137070700676789e-6]);
const S5 = memory.data<f64>([-2.50507602534068634195e-8]);
const S6 = memory.data<f64>([1.58969099521155010221e-10]);
const C1 = memory.data<f64>([4.16666666666666019037e-2]);
const C2 = memory.data<f64>([-1.38888888888741095749e-3]);
const C3 = memory.data<f64>([2.48015872894767294178e-5]);
const C4 = memory.data<f64>([-2.75573143513906633035e-7]);
const C5 = memory.data<f64>([2.08757232129817482790e-9]);
const C6 = memory.data<f64>([-1.13596475577881948265e-11]);

/** Whether any lane needs the scalar path (|x| >= 2^20 pi/2, inf or nan). */
@inline export function needsScalar(x: v128): bool {
  return v128.any_true(v128.not(f64x2.lt(f64x2.abs(x), ld(MEDIUM))));
}

/** The exact rounding error of s = a + b (Knuth's TwoSum): a + b = s + err. */
@inline function twoSumErr(a: v128, b: v128, s: v128): v128 {
  const bb = f64x2.sub(s, a);
  return f64x2.add(f64x2.sub(a, f64x2.sub(s, bb)), f64x2.sub(b, bb));
}

/**
 * Select sin or cos of x from sn = sin(y), cs = cos(y) for x = y + n pi/2:
 * sin: n&3 = 0: S, 1: C, 2: -S, 3: -C.  cos uses n + 1: 0 -> C, 1 -> -S, 2 -> -C, 3 -> S.
 */
@inline function quadrant(x: v128, fn: v128, sn: v128, cs: v128, cos: bool): v128 {
  let n = i64x2.extend_low_i32x4_s(i32x4.trunc_sat_f64x2_s_zero(fn));
  if (cos) n = i64x2.add(n, isplat(1));
  const odd = i64x2.eq(v128.and(n, isplat(1)), isplat(1));
  const sign = v128.and(i64x2.shl(n, 62), isplat(<i64>0x8000000000000000));
  const res = v128.xor(v128.bitselect(cs, sn, odd), sign);
  if (cos) return res;
  return v128.bitselect(x, res, f64x2.eq(x, ld(ZERO))); // sin(+-0) = +-0
}

/** sin (cos = false) or cos (cos = true) of lanes with |x| < 2^20 pi/2. */
@inline export function vsincos(x: v128, cos: bool): v128 {
  const fn = f64x2.nearest(f64x2.mul(x, ld(INVPIO2)));
  // Cody-Waite reduction with pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + PIO2_3T (the first three
  // with trailing zeros, so fn * PIO2_k is exact for |fn| < 2^20). r1 is exact; the two
  // following subtractions keep their rounding errors (TwoSum), giving y0 + y1 to ~150 bits.
  const r1 = f64x2.sub(x, f64x2.mul(fn, ld(PIO2_1)));
  const w2 = f64x2.mul(fn, ld(PIO2_2));
  const r2 = f64x2.sub(r1, w2);
  const e2 = twoSumErr(r1, f64x2.neg(w2), r2);
  const w3 = f64x2.mul(fn, ld(PIO2_3));
  const r3 = f64x2.sub(r2, w3);
  const e3 = twoSumErr(r2, f64x2.neg(w3), r3);
  // x - fn*pi/2 = r3 - tail
  const tail = f64x2.sub(f64x2.sub(f64x2.mul(fn, ld(PIO2_3T)), e2), e3);
  const y0 = f64x2.sub(r3, tail);
  const y1 = f64x2.sub(f64x2.sub(r3, y0), tail);
  // __sin(y0, y1, 1) = y0 - ((z*(0.5*y1 - v*r) - y1) - v*S1)
  const z = f64x2.mul(y0, y0);
  const w = f64x2.mul(z, z);
  const rs = f64x2.add(
    f64x2.add(ld(S2), f64x2.mul(z, f64x2.add(ld(S3), f64x2.mul(z, ld(S4))))),
    f64x2.mul(f64x2.mul(z, w), f64x2.add(ld(S5), f64x2.mul(z, ld(S6)))),
  );
  const v = f64x2.mul(z, y0);
  const sn = f64x2.sub(
    y0,
    f64x2.sub(
      f64x2.sub(f64x2.mul(z, f64x2.sub(f64x2.mul(ld(HALF), y1), f64x2.mul(v, rs))), y1),
      f64x2.mul(v, ld(S1)),
    ),
  );
  // __cos(y0, y1) = w + (((1 - w) - hz) + (z*r - y0*y1)), w = 1 - hz, hz = z/2
  const rc = f64x2.add(
    f64x2.mul(z, f64x2.add(ld(C1), f64x2.mul(z, f64x2.add(ld(C2), f64x2.mul(z, ld(C3)))))),
    f64x2.mul(f64x2.mul(w, w), f64x2.add(ld(C4), f64x2.mul(z, f64x2.add(ld(C5), f64x2.mul(z, ld(C6)))))),
  );
  const hz = f64x2.mul(ld(HALF), z);
  const ww = f64x2.sub(ld(ONE), hz);
  const cs = f64x2.add(
    ww,
    f64x2.add(f64x2.sub(f64x2.sub(ld(ONE), ww), hz), f64x2.sub(f64x2.mul(z, rc), f64x2.mul(y0, y1))),
  );
  return quadrant(x, fn, sn, cs, cos);
}



// ---- float32 functions, evaluated on float32 values widened to f64 ----

// exp, float32, natively on f32x4 (twice the lanes of the widened evaluation: 2.3 -> 1.5
// ns/element): k = nearest(x log2 e), r = x - k ln2 with ln2 in two parts (LN2F_HI has 16
// trailing zero bits, so k LN2F_HI and x - k LN2F_HI are exact), exp(r) = 1 + (r + r^2 q(r))
// with q the Taylor series to r^7 (truncation error 5e-9 relative); the small part is added
// to 1 last, so the result is within 1 ulp of the correctly rounded value (0.4% of inputs are
// 1 ulp off, over all float32 inputs). 2^k in two exact factors, one final rounding.
@inline function ldf(p: usize): v128 {
  return v128.load32_splat(p);
}
const EXPF_LO = memory.data<f32>([-104.0]); // exp(-104) < half the smallest float32 subnormal
const EXPF_HI = memory.data<f32>([89.0]); // exp(89) > float32 max
const LOG2EF = memory.data<f32>([1.44269504]);
const LN2F_HI = memory.data<f32>([0.693145751953125]);
const LN2F_LO = memory.data<f32>([1.428606765330187045e-6]);
const ONEF = memory.data<f32>([1.0]);
const HALFF = memory.data<f32>([0.5]);
const E3 = memory.data<f32>([<f32>(1.0 / 6)]);
const E4 = memory.data<f32>([<f32>(1.0 / 24)]);
const E5 = memory.data<f32>([<f32>(1.0 / 120)]);
const E6 = memory.data<f32>([<f32>(1.0 / 720)]);
const E7 = memory.data<f32>([<f32>(1.0 / 5040)]);
// 1.5 * 2^23 + 127: adding it to an integer-valued float k leaves k + 127 in the low bits.
const MAGICF_127 = memory.data<f32>([12583039.0]);

/** 2^k for integer-valued float32 k in [-126, 127]. */
@inline function pow2f(k: v128): v128 {
  return i32x4.shl(f32x4.add(k, ldf(MAGICF_127)), 23);
}

@inline export function vexpf4(x: v128): v128 {
  x = f32x4.pmin(f32x4.pmax(x, ldf(EXPF_LO)), ldf(EXPF_HI));
  const k = f32x4.nearest(f32x4.mul(x, ldf(LOG2EF)));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(k, ldf(LN2F_HI))), f32x4.mul(k, ldf(LN2F_LO)));
  const r2 = f32x4.mul(r, r);
  const r4 = f32x4.mul(r2, r2);
  // q = 1/2 + r/6 + r^2/24 + r^3/120 + r^4/720 + r^5/5040 (Estrin)
  const q = f32x4.add(
    f32x4.add(
      f32x4.add(ldf(HALFF), f32x4.mul(r, ldf(E3))),
      f32x4.mul(r2, f32x4.add(ldf(E4), f32x4.mul(r, ldf(E5)))),
    ),
    f32x4.mul(r4, f32x4.add(ldf(E6), f32x4.mul(r, ldf(E7)))),
  );
  const p = f32x4.add(ldf(ONEF), f32x4.add(r, f32x4.mul(r2, q)));
  const k1 = f32x4.floor(f32x4.mul(k, ldf(HALFF)));
  const k2 = f32x4.sub(k, k1);
  return f32x4.mul(f32x4.mul(p, pow2f(k1)), pow2f(k2));
}

const LN2 = memory.data<f64>([0.6931471805599453]);

// log: as fdlibm, with the series truncated after Lg5 (error ~5e-11 relative). Widened float32
// values are never subnormal doubles.
/** log of widened float32 values that are > 0 and finite (no special values). */
@inline export function vlogfCore(x: v128): v128 {
  const u = logBits(x);
  const dk = logK(u);
  const f = f64x2.sub(logM(u), ld(ONE));
  const hfsq = f64x2.mul(ld(HALF), f64x2.mul(f, f));
  const s = f64x2.div(f, f64x2.add(ld(TWO), f));
  const z = f64x2.mul(s, s);
  const w = f64x2.mul(z, z);
  const t1 = f64x2.mul(w, f64x2.add(ld(LG2), f64x2.mul(w, ld(LG4))));
  const t2 = f64x2.mul(z, f64x2.add(ld(LG1), f64x2.mul(w, f64x2.add(ld(LG3), f64x2.mul(w, ld(LG5))))));
  const R = f64x2.add(t2, t1);
  // log(1+f) = f - (hfsq - s*(hfsq+R)); log(x) = k ln2 + log(1+f)
  const l1p = f64x2.sub(f, f64x2.sub(hfsq, f64x2.mul(s, f64x2.add(hfsq, R))));
  return f64x2.add(f64x2.mul(dk, ld(LN2)), l1p);
}

@inline export function vlogf(x: v128): v128 {
  return logSpecials(x, vlogfCore(x));
}

// sin, cos: two-part Cody-Waite reduction (plenty for float32 inputs below 2^20 pi/2), then
// the series to y^11 (sin) and y^12 (cos): error < 1e-11.
@inline export function vsincosf(x: v128, cos: bool): v128 {
  const fn = f64x2.nearest(f64x2.mul(x, ld(INVPIO2)));
  const y = f64x2.sub(f64x2.sub(x, f64x2.mul(fn, ld(PIO2_1))), f64x2.mul(fn, ld(PIO2_1T)));
  const z = f64x2.mul(y, y);
  const z2 = f64x2.mul(z, z);
  // sin y = y + y z (S1 + z S2 + z^2 (S3 + z S4) + z^4 S5)
  const ps = f64x2.add(
    f64x2.add(ld(S1), f64x2.mul(z, ld(S2))),
    f64x2.mul(z2, f64x2.add(f64x2.add(ld(S3), f64x2.mul(z, ld(S4))), f64x2.mul(z2, ld(S5)))),
  );
  const sn = f64x2.add(y, f64x2.mul(f64x2.mul(y, z), ps));
  // cos y = 1 - z/2 + z^2 (C1 + z C2 + z^2 (C3 + z C4) + z^4 C5)
  const pc = f64x2.add(
    f64x2.add(ld(C1), f64x2.mul(z, ld(C2))),
    f64x2.mul(z2, f64x2.add(f64x2.add(ld(C3), f64x2.mul(z, ld(C4))), f64x2.mul(z2, ld(C5)))),
  );
  const cs = f64x2.add(f64x2.sub(ld(ONE), f64x2.mul(ld(HALF), z)), f64x2.mul(z2, pc));
  return quadrant(x, fn, sn, cs, cos);
}
