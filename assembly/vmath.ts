// SIMD exp, log, sin and cos on f64x2 vectors: vectorized ports of fdlibm/musl's
// algorithms (< 1 ulp), branch-free, with special values (nan, +-inf, +-0, subnormals)
// selected by masks. float32 kernels widen to f64, evaluate these, and round back once,
// which makes them (all but) correctly rounded.

@inline function splat(x: f64): v128 {
  return f64x2.splat(x);
}
@inline function isplat(x: i64): v128 {
  return i64x2.splat(x);
}

// 1.5 * 2^52: adding it to a small integer-valued double leaves the integer in the low bits.
const MAGIC: f64 = 6755399441055744.0;
const MAGIC_BITS: i64 = 0x4338000000000000;

/** 2^k for integer-valued k in [-1022, 1023] (as doubles). */
@inline function pow2(k: v128): v128 {
  return i64x2.shl(f64x2.add(k, splat(MAGIC + 1023.0)), 52);
}

// ---- exp (fdlibm e_exp.c) ----
const LN2HI: f64 = 6.93147180369123816490e-1;
const LN2LO: f64 = 1.90821492927058770002e-10;
const INVLN2: f64 = 1.44269504088896338700e0;
const P1: f64 = 1.66666666666666019037e-1;
const P2: f64 = -2.77777777770155933842e-3;
const P3: f64 = 6.61375632143793436117e-5;
const P4: f64 = -1.65339022054652515390e-6;
const P5: f64 = 4.13813679705723846039e-8;

@inline export function vexp(x: v128): v128 {
  // Clamp so that k stays in range; exp(710) overflows and exp(-746) underflows anyway.
  // pmax(x, c) = x < c ? c : x and pmin(x, c) = c < x ? c : x keep NaN (and are much
  // cheaper in V8 than the NaN-propagating min/max).
  x = f64x2.pmin(f64x2.pmax(x, splat(-746.0)), splat(710.0));
  const k = f64x2.nearest(f64x2.mul(x, splat(INVLN2)));
  const hi = f64x2.sub(x, f64x2.mul(k, splat(LN2HI))); // exact
  const lo = f64x2.mul(k, splat(LN2LO));
  const r = f64x2.sub(hi, lo);
  const t = f64x2.mul(r, r);
  let p = f64x2.add(splat(P4), f64x2.mul(t, splat(P5)));
  p = f64x2.add(splat(P3), f64x2.mul(t, p));
  p = f64x2.add(splat(P2), f64x2.mul(t, p));
  p = f64x2.add(splat(P1), f64x2.mul(t, p));
  const c = f64x2.sub(r, f64x2.mul(t, p));
  // y = 1 - ((lo - (r*c)/(2-c)) - hi)
  const q = f64x2.div(f64x2.mul(r, c), f64x2.sub(splat(2.0), c));
  const y = f64x2.sub(splat(1.0), f64x2.sub(f64x2.sub(lo, q), hi));
  // y * 2^k in two exact steps and one final rounding (overflow, subnormal results).
  const k1 = f64x2.floor(f64x2.mul(k, splat(0.5)));
  const k2 = f64x2.sub(k, k1);
  return f64x2.mul(f64x2.mul(y, pow2(k1)), pow2(k2));
}

// ---- log (musl log.c, from fdlibm e_log.c) ----
const LG1: f64 = 6.666666666666735130e-1;
const LG2: f64 = 3.999999999940941908e-1;
const LG3: f64 = 2.857142874366239149e-1;
const LG4: f64 = 2.222219843214978396e-1;
const LG5: f64 = 1.818357216161805012e-1;
const LG6: f64 = 1.531383769920937332e-1;
const LG7: f64 = 1.479819860511658591e-1;
const MIN_NORMAL: f64 = 2.2250738585072014e-308;
const TWO54: f64 = 18014398509481984.0;

@inline export function vlog(x: v128): v128 {
  // Scale subnormals (and, harmlessly, zeros and negatives, fixed at the end) up by 2^54.
  const sub = f64x2.lt(x, splat(MIN_NORMAL));
  const xs = v128.bitselect(f64x2.mul(x, splat(TWO54)), x, sub);
  // Reduce into [sqrt(2)/2, sqrt(2)]: hx += 0x3ff00000 - 0x3fe6a09e (on the high word).
  const u = i64x2.add(xs, isplat(0x00095f6200000000));
  const kbits = i64x2.add(i64x2.shr_u(u, 52), isplat(MAGIC_BITS));
  // dk = (hx >> 20) - 0x3ff - (54 if subnormal)
  const dk = f64x2.sub(f64x2.sub(kbits, splat(MAGIC + 1023.0)), v128.and(sub, splat(54.0)));
  const m = i64x2.add(v128.and(u, isplat(0x000fffffffffffff)), isplat(0x3fe6a09e00000000));
  const f = f64x2.sub(m, splat(1.0));
  const hfsq = f64x2.mul(splat(0.5), f64x2.mul(f, f));
  const s = f64x2.div(f, f64x2.add(splat(2.0), f));
  const z = f64x2.mul(s, s);
  const w = f64x2.mul(z, z);
  // t1 = w*(Lg2+w*(Lg4+w*Lg6)); t2 = z*(Lg1+w*(Lg3+w*(Lg5+w*Lg7)))
  const t1 = f64x2.mul(
    w,
    f64x2.add(splat(LG2), f64x2.mul(w, f64x2.add(splat(LG4), f64x2.mul(w, splat(LG6))))),
  );
  const t2 = f64x2.mul(
    z,
    f64x2.add(
      splat(LG1),
      f64x2.mul(
        w,
        f64x2.add(splat(LG3), f64x2.mul(w, f64x2.add(splat(LG5), f64x2.mul(w, splat(LG7))))),
      ),
    ),
  );
  const R = f64x2.add(t2, t1);
  // s*(hfsq+R) + dk*ln2_lo - hfsq + f + dk*ln2_hi, left to right
  let res = f64x2.add(f64x2.mul(s, f64x2.add(hfsq, R)), f64x2.mul(dk, splat(LN2LO)));
  res = f64x2.add(f64x2.sub(res, hfsq), f);
  res = f64x2.add(res, f64x2.mul(dk, splat(LN2HI)));
  // Special values: log(+-0) = -inf, log(x < 0) = nan, log(+inf) = +inf, log(nan) = nan.
  res = v128.bitselect(splat(-Infinity), res, f64x2.eq(x, splat(0.0)));
  res = v128.bitselect(splat(NaN), res, f64x2.lt(x, splat(0.0)));
  return v128.bitselect(x, res, v128.not(f64x2.lt(x, splat(Infinity))));
}
/** The exact rounding error of s = a + b (Knuth's TwoSum): a + b = s + err. */
@inline function twoSumErr(a: v128, b: v128, s: v128): v128 {
  const bb = f64x2.sub(s, a);
  return f64x2.add(f64x2.sub(a, f64x2.sub(s, bb)), f64x2.sub(b, bb));
}

// ---- sin, cos (musl __rem_pio2 medium path, __sin, __cos) ----
const INVPIO2: f64 = 6.36619772367581382433e-1;
const PIO2_1: f64 = 1.57079632673412561417e0;
const PIO2_2: f64 = 6.07710050630396597660e-11;
const PIO2_3: f64 = 2.02226624871116645580e-21;
const PIO2_3T: f64 = 8.47842766036889956997e-32;
// |x| below this uses the vector reduction (|n| < 2^20); others go to scalar Math.sin/cos.
const MEDIUM: f64 = 1647099.3291652855; // 2^20 * pi/2

const S1: f64 = -1.66666666666666324348e-1;
const S2: f64 = 8.33333333332248946124e-3;
const S3: f64 = -1.98412698298579493134e-4;
const S4: f64 = 2.75573137070700676789e-6;
const S5: f64 = -2.50507602534068634195e-8;
const S6: f64 = 1.58969099521155010221e-10;
const C1: f64 = 4.16666666666666019037e-2;
const C2: f64 = -1.38888888888741095749e-3;
const C3: f64 = 2.48015872894767294178e-5;
const C4: f64 = -2.75573143513906633035e-7;
const C5: f64 = 2.08757232129817482790e-9;
const C6: f64 = -1.13596475577881948265e-11;

/** Returns whether any lane needs the scalar path (|x| >= MEDIUM, inf or nan). */
@inline function needsScalar(x: v128): bool {
  return v128.any_true(v128.not(f64x2.lt(f64x2.abs(x), splat(MEDIUM))));
}

/**
 * sin (cos = false) or cos (cos = true) of lanes with |x| < MEDIUM.
 */
@inline export function vsincos(x: v128, cos: bool): v128 {
  const fn = f64x2.nearest(f64x2.mul(x, splat(INVPIO2)));
  // Cody-Waite reduction with pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + PIO2_3T (the first three
  // with trailing zeros, so fn * PIO2_k is exact for |fn| < 2^20). r1 is exact; the two
  // following subtractions keep their rounding errors (TwoSum), giving y0 + y1 to ~150 bits.
  const r1 = f64x2.sub(x, f64x2.mul(fn, splat(PIO2_1)));
  const w2 = f64x2.mul(fn, splat(PIO2_2));
  const r2 = f64x2.sub(r1, w2);
  const e2 = twoSumErr(r1, f64x2.neg(w2), r2);
  const w3 = f64x2.mul(fn, splat(PIO2_3));
  const r3 = f64x2.sub(r2, w3);
  const e3 = twoSumErr(r2, f64x2.neg(w3), r3);
  // x - fn*pi/2 = r3 - tail
  const tail = f64x2.sub(f64x2.sub(f64x2.mul(fn, splat(PIO2_3T)), e2), e3);
  const y0 = f64x2.sub(r3, tail);
  const y1 = f64x2.sub(f64x2.sub(r3, y0), tail);
  // __sin(y0, y1, 1)
  const z = f64x2.mul(y0, y0);
  let ww = f64x2.mul(z, z);
  const rs = f64x2.add(
    f64x2.add(splat(S2), f64x2.mul(z, f64x2.add(splat(S3), f64x2.mul(z, splat(S4))))),
    f64x2.mul(f64x2.mul(z, ww), f64x2.add(splat(S5), f64x2.mul(z, splat(S6)))),
  );
  const v = f64x2.mul(z, y0);
  // x - ((z*(0.5*y - v*r) - y) - v*S1)
  const sn = f64x2.sub(
    y0,
    f64x2.sub(
      f64x2.sub(
        f64x2.mul(z, f64x2.sub(f64x2.mul(splat(0.5), y1), f64x2.mul(v, rs))),
        y1,
      ),
      f64x2.mul(v, splat(S1)),
    ),
  );
  // __cos(y0, y1)
  const rc = f64x2.add(
    f64x2.mul(
      z,
      f64x2.add(splat(C1), f64x2.mul(z, f64x2.add(splat(C2), f64x2.mul(z, splat(C3))))),
    ),
    f64x2.mul(
      f64x2.mul(ww, ww),
      f64x2.add(splat(C4), f64x2.mul(z, f64x2.add(splat(C5), f64x2.mul(z, splat(C6))))),
    ),
  );
  const hz = f64x2.mul(splat(0.5), z);
  ww = f64x2.sub(splat(1.0), hz);
  const cs = f64x2.add(
    ww,
    f64x2.add(
      f64x2.sub(f64x2.sub(splat(1.0), ww), hz),
      f64x2.sub(f64x2.mul(z, rc), f64x2.mul(y0, y1)),
    ),
  );
  // Quadrant n (|n| < 2^20) as i64 lanes.
  let n = i64x2.extend_low_i32x4_s(i32x4.trunc_sat_f64x2_s_zero(fn));
  if (cos) n = i64x2.add(n, isplat(1));
  const odd = i64x2.eq(v128.and(n, isplat(1)), isplat(1));
  const sign = v128.and(i64x2.shl(n, 62), isplat(<i64>0x8000000000000000));
  // sin: n&3 = 0: S, 1: C, 2: -S, 3: -C.  cos (n + 1): 0 -> C, 1 -> -S, 2 -> -C, 3 -> S.
  let res = v128.xor(v128.bitselect(cs, sn, odd), sign);
  if (!cos) res = v128.bitselect(x, res, f64x2.eq(x, splat(0.0))); // sin(+-0) = +-0
  return res;
}

@inline export function vsin(x: v128): v128 {
  if (needsScalar(x)) {
    return f64x2(Math.sin(f64x2.extract_lane(x, 0)), Math.sin(f64x2.extract_lane(x, 1)));
  }
  return vsincos(x, false);
}

@inline export function vcos(x: v128): v128 {
  if (needsScalar(x)) {
    return f64x2(Math.cos(f64x2.extract_lane(x, 0)), Math.cos(f64x2.extract_lane(x, 1)));
  }
  return vsincos(x, true);
}
