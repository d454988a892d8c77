// glibc's log1p for doubles (fdlibm's algorithm, Estrin-style polynomial) with the fused
// steps of its FMA build: the same steps as src/_core/umath/defs/libm_double.ts `log1p`,
// whose comments explain them, with the CPU's fma in place of the emulated one.
import { DEFAULT_NAN, finish, fma, fromWords, hiWord, loWord, madd2 as madd } from './common';

export const LN2_HI: f64 = 0.6931471803691238;
export const LN2_LO: f64 = 1.9082149292705877e-10;
const LP1: f64 = 0.6666666666666735;
const LP2: f64 = 0.3999999999940942;
const LP3: f64 = 0.2857142874366239;
const LP4: f64 = 0.22222198432149784;
const LP5: f64 = 0.1818357216161805;
const LP6: f64 = 0.15313837699209373;
const LP7: f64 = 0.14798198605116586;

export function log1p(x: f64): f64 {
  const hx = <i32>hiWord(x);
  const ax = hx & 0x7fffffff;
  let k: i32 = 1;
  let f: f64 = 0;
  let hu: i32 = 0;
  let c: f64 = 0;
  if (hx < 0x3fda827a) {
    // x < -1 or -inf: the CPU's default NaN (glibc's 0/0); a NaN comes back quieted.
    if (ax >= 0x3ff00000) return x == -1.0 ? -Infinity : isNaN(x) ? x + x : DEFAULT_NAN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= <i32>0xbfd2bec3) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = <i32>hiWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = <i32>hiWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords(<u32>(hu | 0x3ff00000), loWord(u));
    } else {
      k += 1;
      u = fromWords(<u32>(hu | 0x3fe00000), loWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const kd = <f64>k;
  if (hu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      return fma(kd, LN2_HI, fma(kd, LN2_LO, c));
    }
    const R = hfsq * fma(-0.6666666666666666, f, 1.0);
    if (k == 0) return f - R;
    return fma(kd, LN2_HI, -(R - fma(kd, LN2_LO, c) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const R2 = fma(z, LP3, LP2);
  const R3 = fma(z, LP5, LP4);
  const R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return fma(kd, LN2_HI, -(hfsq - (s * (hfsq + R) + fma(kd, LN2_LO, c)) - f));
}

// ---- two lanes at a time ----
// The common inputs take one of two paths: k = 0 (2^-29 ≤ |x|, −0.29289 < x < 0.41422: f = x)
// or 1 + x = 2^k·(1 + f) with the correction c (−1 < x ≤ −0.29289 or 0.41422 ≤ x < 2^53). Both are evaluated on the
// lanes and the result picked by k, as the scalar code's `k == 0` test picks it; the rest
// (tiny, ≤ −1, huge, NaN, inf, and the rare hu = 0 case) run the scalar log1p above.

/** The constants splat to two lanes, loaded rather than rebuilt at every use. */
const KT = memory.data<f64>([
  LP1, LP1, LP2, LP2, LP3, LP3, LP4, LP4, LP5, LP5, LP6, LP6, LP7, LP7, LN2_HI, LN2_HI,
  LN2_LO, LN2_LO, 1.0, 1.0, 2.0, 2.0, 0.5, 0.5, 0.0, 0.0, -1.0, -1.0, Infinity, Infinity,
  2.2250738585072014e-308, 2.2250738585072014e-308, 6755399441055744.0, 6755399441055744.0,
]);
enum C { LP1, LP2, LP3, LP4, LP5, LP6, LP7, LN2_HI, LN2_LO, ONE, TWO, HALF, ZERO, MINUS_ONE, INF, DBL_MIN, MAGIC }
@inline
function kc(i: C): v128 {
  return v128.load(KT + (<usize>i << 4));
}

/** Lanes log1pLanes left to the scalar code (set by each call). */
const OFF_SLOT = memory.data(16, 16);
/** The lanes the last log1pLanes call left to the scalar code. */
@inline
export function log1pOff(): v128 {
  return v128.load(OFF_SLOT);
}

/**
 * log1p of both lanes by the two vector paths; sets LOG1P_OFF to the lanes neither covers
 * (tiny, ≤ −1, huge, NaN, inf, the hu = 0 case), whose results here are meaningless.
 */
@inline
export function log1pLanes(x: v128): v128 {
  // High words as signed 64-bit lanes.
  const hx = i64x2.shr_s(x, 32);
  const ax = v128.and(hx, i64x2.splat(0x7fffffff));
  const below = i64x2.lt_s(hx, i64x2.splat(0x3fda827a));
  // k = 0 lanes (the scalar code's hx > 0 || hx <= 0xbfd2bec3): x in [2^-29, 0.41422) or
  // x in (−0.29289, −2^-29] (a negative x's high word, signed, falls as |x| shrinks).
  const k0 = v128.and(
    v128.and(below, i64x2.ge_s(ax, i64x2.splat(0x3e200000))),
    v128.and(
      i64x2.lt_s(ax, i64x2.splat(0x3ff00000)),
      v128.or(i64x2.gt_s(hx, i64x2.splat(0)), i64x2.le_s(hx, i64x2.splat(<i32>0xbfd2bec3))),
    ),
  );
  // The other lanes the vector path takes: x ≥ 0.41422 below 2^53, or x in (−1, −0.29289].
  const kn = v128.or(
    v128.and(v128.not(below), i64x2.lt_s(hx, i64x2.splat(0x43400000))),
    v128.and(
      v128.and(below, i64x2.lt_s(ax, i64x2.splat(0x3ff00000))),
      v128.and(i64x2.ge_s(ax, i64x2.splat(0x3e200000)), i64x2.gt_s(hx, i64x2.splat(<i32>0xbfd2bec3))),
    ),
  );
  // 1 + x = 2^k·u with the correction c = (rounding error of 1 + x) / u.
  const u = f64x2.add(kc(C.ONE), x);
  const hu = i64x2.shr_s(u, 32);
  const k = i64x2.sub(i64x2.shr_s(hu, 20), i64x2.splat(1023));
  const cPos = f64x2.sub(kc(C.ONE), f64x2.sub(u, x));
  const cNeg = f64x2.sub(x, f64x2.sub(u, kc(C.ONE)));
  const c = f64x2.div(v128.bitselect(cPos, cNeg, i64x2.gt_s(k, i64x2.splat(0))), u);
  const hum = v128.and(hu, i64x2.splat(0x000fffff));
  const small = i64x2.lt_s(hum, i64x2.splat(0x6a09e));
  const ub = v128.or(
    v128.and(u, i64x2.splat(0x000fffffffffffff)),
    v128.bitselect(i64x2.splat(0x3ff0000000000000), i64x2.splat(0x3fe0000000000000), small),
  );
  const kk = v128.bitselect(k, i64x2.add(k, i64x2.splat(1)), small);
  // hu after the adjustment is 0 (the scalar code's special case): small and hum = 0, or
  // not small and 0x100000 − hum < 4.
  const huZero = v128.bitselect(
    i64x2.eq(hum, i64x2.splat(0)),
    i64x2.gt_s(hum, i64x2.splat(0xffffc)),
    small,
  );
  const f = v128.bitselect(x, f64x2.sub(ub, kc(C.ONE)), k0);
  // kk as a double, exactly: the bits of 1.5·2^52 + kk, less 1.5·2^52 (|kk| < 2^51).
  const kf = f64x2.sub(i64x2.add(kk, kc(C.MAGIC)), kc(C.MAGIC));
  const kd = v128.bitselect(kc(C.ZERO), kf, k0);
  const cc = v128.and(c, v128.not(k0));
  const hfsq = f64x2.mul(f64x2.mul(kc(C.HALF), f), f);
  const s = f64x2.div(f, f64x2.add(kc(C.TWO), f));
  const z = f64x2.mul(s, s);
  const z2 = f64x2.mul(z, z);
  const z4 = f64x2.mul(z2, z2);
  const z6 = f64x2.mul(z4, z2);
  const R2 = madd(z, kc(C.LP3), kc(C.LP2));
  const R3 = madd(z, kc(C.LP5), kc(C.LP4));
  const R4 = madd(z, kc(C.LP7), kc(C.LP6));
  const R = madd(z6, R4, madd(z4, R3, madd(z, kc(C.LP1), f64x2.mul(z2, R2))));
  const shr = f64x2.mul(s, f64x2.add(hfsq, R));
  const r0 = f64x2.sub(f, f64x2.sub(hfsq, shr));
  const inner = f64x2.add(shr, madd(kd, kc(C.LN2_LO), cc));
  const rk = madd(kd, kc(C.LN2_HI), f64x2.neg(f64x2.sub(f64x2.sub(hfsq, inner), f)));
  // Lanes for the scalar code: neither path, or the hu = 0 case on the second.
  v128.store(OFF_SLOT, v128.or(v128.not(v128.or(k0, kn)), v128.and(v128.andnot(kn, k0), huZero)));
  return v128.bitselect(r0, rk, f64x2.eq(kd, kc(C.ZERO)));
}

/** Inputs whose log1p is NaN, ±inf or subnormal: x ≤ −1, NaN, +inf, nonzero subnormal. */
@inline
function log1pListed(x: v128): v128 {
  const ax = f64x2.abs(x);
  return v128.or(
    v128.or(v128.not(f64x2.gt(x, kc(C.MINUS_ONE))), f64x2.eq(x, kc(C.INF))),
    v128.and(f64x2.lt(ax, kc(C.DBL_MIN)), f64x2.ne(ax, kc(C.ZERO))),
  );
}

/**
 * o[i] = log1p(a[i]) for i < n (whole vectors: reads and writes up to a[n], o[n]); lists at
 * idx the inputs whose results are NaN, ±inf or subnormal (the caller's scalar port judges
 * their flags), redoes the other lanes off the vector paths by the scalar code; the count.
 */
export function log1pF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    v128.store(o + p, log1pLanes(x));
    const off = log1pOff();
    if (!v128.any_true(off)) continue;
    cnt = finish(off, log1pListed(x), a, o, i, n, idx, cnt, log1p);
  }
  return cnt;
}
