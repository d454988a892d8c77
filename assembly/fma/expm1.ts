// glibc's expm1 for doubles (fdlibm's algorithm, Estrin-style polynomial) with the fused
// steps of its FMA build: the same steps as src/_core/umath/defs/libm_double.ts `expm1`,
// with the CPU's fma in place of the emulated one.
import { fma, fromWords, hiWord, loWord, madd2 as madd, sel } from './common';
import { LN2_HI, LN2_LO } from './log1p';

const O_THRESHOLD: f64 = 709.782712893384;
const INVLN2: f64 = 1.4426950408889634;
const Q1: f64 = -0.03333333333333313;
const Q2: f64 = 0.0015873015872548146;
const Q3: f64 = -0.0000793650757867488;
const Q4: f64 = 0.000004008217827329362;
const Q5: f64 = -2.0109921818362437e-7;

export function expm1(x: f64): f64 {
  let hx = hiWord(x);
  const neg = hx >>> 31 == 1;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (isNaN(x)) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1.0;
  }
  let k: i32;
  let c: f64 = 0;
  if (hx > 0x3fd62e42) {
    let hi: f64;
    let lo: f64;
    if (hx < 0x3ff0a2b2) {
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = <i32>(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = <f64>k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const R1 = fma(hxs, Q1, 1.0);
  const R2 = fma(hxs, Q3, Q2);
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = ((r1 - t) / fma(-x, t, 6.0)) * hxs;
  if (k == 0) return x - fma(e, x, -hxs);
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k == -1) return fma(0.5, x - e, -0.5);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  let y: f64;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = fromWords(hiWord(y) + (<u32>k << 20), loWord(y));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromWords(<u32>(0x3ff00000 - (0x200000 >> k)), 0);
    y = t - (e - x);
  } else {
    t = fromWords(<u32>((0x3ff - k) << 20), 0);
    y = x - (e + t);
    y += 1.0;
  }
  return fromWords(hiWord(y) + (<u32>k << 20), loWord(y));
}

// ---- two lanes at a time ----
// The main path, 2^-54 ≤ |x| < 38.8 (hx in [0x3c900000, 0x4043687a)), on both lanes: the
// reduction x = k·ln2 + (hi − lo) with k = 0 (|x| ≤ 0x3fd62e42), ±1 (below 0x3ff0a2b2) or
// trunc(x/ln2 ± ½), written once as hi = x − k·LN2_HI, lo = k·LN2_LO (k·LN2_HI and k·LN2_LO
// are exact for k = 0, ±1, so these are the scalar code's values), then every final step the
// scalar code picks by k, selected per lane.

const KT = memory.data<f64>([
  Q1, Q1, Q2, Q2, Q3, Q3, Q4, Q4, Q5, Q5, LN2_HI, LN2_HI, LN2_LO, LN2_LO, INVLN2, INVLN2,
  0.5, 0.5, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 6.0, 6.0, -0.25, -0.25, -2.0, -2.0, -0.0, -0.0,
]);
enum C { Q1, Q2, Q3, Q4, Q5, LN2_HI, LN2_LO, INVLN2, HALF, ONE, TWO, THREE, SIX, MQUARTER, MTWO, SIGN }
@inline
function kc(i: C): v128 {
  return v128.load(KT + (<usize>i << 4));
}

/** The polynomial's e for the reduced x, with hfx = x/2 and hxs = x·hfx (fused steps). */
@inline
function quotient(xr: v128, hfx: v128, hxs: v128): v128 {
  const h2 = f64x2.mul(hxs, hxs);
  const h4 = f64x2.mul(h2, h2);
  const R1 = madd(hxs, kc(C.Q1), kc(C.ONE));
  const R2 = madd(hxs, kc(C.Q3), kc(C.Q2));
  const R3 = madd(hxs, kc(C.Q5), kc(C.Q4));
  const r1 = madd(h4, R3, madd(h2, R2, R1));
  const t = madd(f64x2.neg(r1), hfx, kc(C.THREE));
  return f64x2.mul(f64x2.div(f64x2.sub(r1, t), madd(f64x2.neg(xr), t, kc(C.SIX))), hxs);
}

/** expm1 of both lanes with k = 0: 2^-54 ≤ |x| and hx ≤ 0x3fd62e42 (|x| < 0.3466). */
@inline
export function expm1Small(x: v128): v128 {
  const hfx = f64x2.mul(kc(C.HALF), x);
  const hxs = f64x2.mul(x, hfx);
  return f64x2.sub(x, madd(quotient(x, hfx, hxs), x, f64x2.neg(hxs)));
}

/** expm1 of both lanes, each with 2^-54 ≤ |x| < 38.8 (hx in [0x3c900000, 0x4043687a)). */
@inline
export function expm1Lanes(x: v128): v128 {
  const hx = i64x2.shr_u(v128.and(x, i64x2.splat(0x7fffffffffffffff)), 32);
  const neg = i64x2.lt_s(x, i64x2.splat(0)); // x's sign word: 0 or −1
  const red = i64x2.gt_s(hx, i64x2.splat(0x3fd62e42));
  const far = v128.andnot(red, i64x2.lt_s(hx, i64x2.splat(0x3ff0a2b2)));
  // k = 0, or ±1 = 1 + 2·(sign word) below 0x3ff0a2b2, as a double and as integer lanes.
  let kf = v128.and(v128.or(kc(C.ONE), v128.and(x, kc(C.SIGN))), red);
  let k = v128.and(i64x2.add(i64x2.splat(1), i64x2.add(neg, neg)), red);
  if (v128.any_true(far)) {
    // k = (int)(invln2·x ± ½) (unfused, as glibc's), converted exactly back to a double.
    const kw = i32x4.trunc_sat_f64x2_s_zero(
      f64x2.add(f64x2.mul(kc(C.INVLN2), x), v128.or(kc(C.HALF), v128.and(x, kc(C.SIGN)))),
    );
    kf = sel(far, f64x2.convert_low_i32x4_s(kw), kf);
    k = sel(far, i64x2.extend_low_i32x4_s(kw), k);
  }
  const hi = f64x2.sub(x, f64x2.mul(kf, kc(C.LN2_HI)));
  const lo = f64x2.mul(kf, kc(C.LN2_LO));
  const xr = f64x2.sub(hi, lo);
  const c = f64x2.sub(f64x2.sub(hi, xr), lo);
  const hfx = f64x2.mul(kc(C.HALF), xr);
  const hxs = f64x2.mul(xr, hfx);
  let e = quotient(xr, hfx, hxs);
  // k = 0.
  const y0 = f64x2.sub(xr, madd(e, xr, f64x2.neg(hxs)));
  e = f64x2.sub(madd(f64x2.sub(e, c), xr, f64x2.neg(c)), hxs);
  const xe = f64x2.sub(xr, e);
  // k = −1; k = 1 (two forms by x < −0.25).
  const ym1 = madd(kc(C.HALF), xe, f64x2.neg(kc(C.HALF)));
  const y1 = sel(
    f64x2.lt(xr, kc(C.MQUARTER)),
    f64x2.mul(kc(C.MTWO), f64x2.sub(e, f64x2.add(xr, kc(C.HALF)))),
    madd(xe, kc(C.TWO), kc(C.ONE)),
  );
  let y = sel(i64x2.eq(k, i64x2.splat(1)), y1, ym1);
  if (v128.any_true(far)) {
    // Other k (far lanes only): y·2^k by the exponent field, with y = 1 − (e − x) then − 1
    // (k ≤ −2), (1 − 2^-k) − (e − x) (2 ≤ k < 20), or x − (e + 2^-k) + 1 (k ≥ 20).
    const kshift = i64x2.shl(k, 52);
    const pk = i64x2.shl(i64x2.sub(i64x2.splat(1023), k), 52); // 2^-k
    const ex = f64x2.sub(e, xr);
    const yn = f64x2.sub(i64x2.add(f64x2.sub(kc(C.ONE), ex), kshift), kc(C.ONE));
    const ylo = i64x2.add(f64x2.sub(f64x2.sub(kc(C.ONE), pk), ex), kshift);
    const yhi = i64x2.add(f64x2.add(f64x2.sub(xr, f64x2.add(e, pk)), kc(C.ONE)), kshift);
    const yk = sel(
      i64x2.gt_s(k, i64x2.splat(1)),
      sel(i64x2.lt_s(k, i64x2.splat(20)), ylo, yhi),
      yn,
    );
    const kFar = v128.not(v128.or(i64x2.eq(k, i64x2.splat(1)), i64x2.eq(k, i64x2.splat(-1))));
    y = sel(kFar, yk, y);
  }
  return sel(i64x2.eq(k, i64x2.splat(0)), y0, y);
}

/** Whether each lane is on expm1Lanes's path. */
@inline
export function expm1Main(x: v128): v128 {
  const hx = i64x2.shr_u(v128.and(x, i64x2.splat(0x7fffffffffffffff)), 32);
  return v128.and(
    i64x2.ge_s(hx, i64x2.splat(0x3c900000)),
    i64x2.lt_s(hx, i64x2.splat(0x4043687a)),
  );
}
