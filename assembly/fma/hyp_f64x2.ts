// glibc's expm1, sinh, cosh and atanh for doubles (fdlibm's formulas over the FMA build's
// exp, expm1 and log1p) on f64x2 lanes: the steps of expm1.ts, hyperbolic.ts, simd_f64.ts's
// exp and log1p.ts, two at a time, each lane's range picked by selection; asinh and acosh
// (over log and log1p) only in kernels measured against the scalar code (asinhF64x, acoshF64x).
// Each kernel (a, o, n, idx) writes o[i] for i < n (whole vectors: reads and writes up to
// a[n], o[n]), lists at idx the inputs whose results may be NaN, ±inf or subnormal (the
// caller's scalar port judges their flags; every other result is a normal number), redoes
// the other lanes off its vector paths with the scalar code here, and returns the count.
import { finish, sel } from './common';
import { expm1, expm1Lanes, expm1Main, expm1Small } from './expm1';
import { acosh, asinh, atanh, cosh, sinh } from './hyperbolic';
import { log1pLanes, log1pOff } from './log1p';
import { expLanes, logLanes } from './simd_f64';

const DBL_MIN: f64 = 2.2250738585072014e-308;
const O_THRESHOLD: f64 = 709.782712893384;

enum K { HALF, ONE, TWO, LN2, FOUR, TWO28, DBL_MIN, ZERO, SIGN, C22, C512, C710, OTH, INF, TWOM28, TWOM54, COSH1 }
const KT = memory.data<f64>([
  0.5, 0.5, 1.0, 1.0, 2.0, 2.0, 0.6931471805599453, 0.6931471805599453, 4.0, 4.0,
  268435456.0, 268435456.0, DBL_MIN, DBL_MIN, 0.0, 0.0, -0.0, -0.0,
  22.0, 22.0, 512.0, 512.0, 710.0, 710.0, O_THRESHOLD, O_THRESHOLD, Infinity, Infinity,
  3.725290298461914e-9, 3.725290298461914e-9, 5.551115123125783e-17, 5.551115123125783e-17,
  // cosh's first bound: the double with high word 0x3fd62e43 (|x| below it: ix ≤ 0x3fd62e42).
  reinterpret<f64>(0x3fd62e4300000000), reinterpret<f64>(0x3fd62e4300000000),
]);
@inline
function kc(i: K): v128 {
  return v128.load(KT + (<usize>i << 4));
}
/** Nonzero subnormal lanes (whose results are the inputs: underflow). */
@inline
function subnormal(ax: v128): v128 {
  return v128.and(f64x2.lt(ax, kc(K.DBL_MIN)), f64x2.ne(ax, kc(K.ZERO)));
}
/** a ≤ |x| < b. */
@inline
function within(ax: v128, a: v128, b: v128): v128 {
  return v128.and(f64x2.ge(ax, a), f64x2.lt(ax, b));
}
/** |x|'s high word as 64-bit lanes. */
@inline
function highWord(x: v128): v128 {
  return i64x2.shr_u(v128.and(x, i64x2.splat(0x7fffffffffffffff)), 32);
}

export function expm1F64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const main = expm1Main(x);
    v128.store(o + p, expm1Lanes(x));
    if (v128.all_true<i64>(main)) continue;
    // NaN, overflow (x > O_THRESHOLD, +inf), subnormal x.
    const listed = v128.or(v128.not(f64x2.le(x, kc(K.OTH))), subnormal(f64x2.abs(x)));
    cnt = finish(v128.not(main), listed, a, o, i, n, idx, cnt, expm1);
  }
  return cnt;
}

export function sinhF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    const h = v128.or(kc(K.HALF), v128.and(x, kc(K.SIGN)));
    // 2^-28 ≤ |x| < 22: t = expm1|x|, h·(2t − t²/(t + 1)) below 1, h·(t + t/(t + 1)) above.
    const lo = within(ax, kc(K.TWOM28), kc(K.C22));
    // 22 ≤ |x| < 512: h·e^|x|.
    const hi = within(ax, kc(K.C22), kc(K.C512));
    let y = f64x2.splat(0);
    if (v128.any_true(lo)) {
      const t = expm1Lanes(sel(lo, ax, kc(K.ONE)));
      const t1 = f64x2.add(t, kc(K.ONE));
      const below = f64x2.sub(f64x2.mul(kc(K.TWO), t), f64x2.div(f64x2.mul(t, t), t1));
      const above = f64x2.add(t, f64x2.div(t, t1));
      y = f64x2.mul(h, sel(f64x2.lt(ax, kc(K.ONE)), below, above));
    }
    if (v128.any_true(hi)) y = sel(hi, f64x2.mul(h, expLanes(sel(hi, ax, kc(K.C22)))), y);
    v128.store(o + p, y);
    const main = v128.or(lo, hi);
    if (v128.all_true<i64>(main)) continue;
    // NaN, ±inf and overflow (|x| ≥ 710 covers them), subnormal x.
    const listed = v128.or(v128.not(f64x2.lt(ax, kc(K.C710))), subnormal(ax));
    cnt = finish(v128.not(main), listed, a, o, i, n, idx, cnt, sinh);
  }
  return cnt;
}

export function coshF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    // 2^-54 ≤ |x| < 0x3fd62e43: t = expm1|x| (its k = 0 path), 1 + t²/(2(1 + t)).
    const near = within(ax, kc(K.TWOM54), kc(K.COSH1));
    // Up to 22: t = e^|x|, ½t + ½/t; up to 512: ½·e^|x|.
    const mid = within(ax, kc(K.COSH1), kc(K.C22));
    const far = within(ax, kc(K.C22), kc(K.C512));
    // Both formulas on both lanes: mixed vectors are common, and a mispredicted branch costs
    // about as much as the cheaper formula.
    const tn = expm1Small(sel(near, ax, kc(K.HALF)));
    const w = f64x2.add(kc(K.ONE), tn);
    const yn = f64x2.add(kc(K.ONE), f64x2.div(f64x2.mul(tn, tn), f64x2.add(w, w)));
    const ef = v128.or(mid, far);
    const t = expLanes(sel(ef, ax, kc(K.ONE)));
    const ht = f64x2.mul(kc(K.HALF), t);
    const y = sel(near, yn, sel(mid, f64x2.add(ht, f64x2.div(kc(K.HALF), t)), ht));
    v128.store(o + p, y);
    const main = v128.or(near, ef);
    if (v128.all_true<i64>(main)) continue;
    cnt = finish(v128.not(main), v128.not(f64x2.lt(ax, kc(K.C710))), a, o, i, n, idx, cnt, cosh);
  }
  return cnt;
}

export function asinhF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    const hx = i64x2.shr_u(ax, 32);
    // ix in [0x3e300000, 0x40000000]: log1p(|x| + x²/(1 + √(1 + x²))).
    const small = v128.and(
      i64x2.ge_s(hx, i64x2.splat(0x3e300000)),
      i64x2.le_s(hx, i64x2.splat(0x40000000)),
    );
    // Up to 0x41b00000: log(2|x| + 1/(√(x² + 1) + |x|)); above (finite): log|x| + ln2.
    const big = v128.and(
      i64x2.gt_s(hx, i64x2.splat(0x40000000)),
      i64x2.lt_s(hx, i64x2.splat(0x7ff00000)),
    );
    const mid = v128.and(big, i64x2.le_s(hx, i64x2.splat(0x41b00000)));
    let w = f64x2.splat(0);
    let off = v128.not(v128.or(small, big));
    if (v128.any_true(small)) {
      const xa = sel(small, ax, kc(K.ONE));
      const t = f64x2.mul(xa, xa);
      const d = f64x2.add(kc(K.ONE), f64x2.sqrt(f64x2.add(kc(K.ONE), t)));
      w = log1pLanes(f64x2.add(xa, f64x2.div(t, d)));
      off = v128.or(off, v128.and(small, log1pOff()));
    }
    if (v128.any_true(big)) {
      const xa = sel(big, ax, kc(K.TWO));
      const s = f64x2.sqrt(f64x2.add(f64x2.mul(xa, xa), kc(K.ONE)));
      const arg = f64x2.add(f64x2.mul(kc(K.TWO), xa), f64x2.div(kc(K.ONE), f64x2.add(s, xa)));
      const l = logLanes(sel(mid, arg, xa));
      w = sel(big, sel(mid, l, f64x2.add(l, kc(K.LN2))), w);
    }
    v128.store(o + p, v128.xor(w, v128.and(x, kc(K.SIGN))));
    if (!v128.any_true(off)) continue;
    // NaN, ±inf, subnormal x.
    const listed = v128.or(v128.not(f64x2.lt(ax, kc(K.INF))), subnormal(ax));
    cnt = finish(off, listed, a, o, i, n, idx, cnt, asinh);
  }
  return cnt;
}

export function acoshF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    // 1 < x ≤ 2: log1p(t + √(2t + t²)), t = x − 1.
    const small = v128.and(f64x2.gt(x, kc(K.ONE)), f64x2.le(x, kc(K.TWO)));
    // 2 < x < 2^28: log(2x − 1/(x + √(x² − 1))); up to inf: log x + ln2.
    const big = v128.and(f64x2.gt(x, kc(K.TWO)), f64x2.lt(x, kc(K.INF)));
    const mid = v128.and(big, f64x2.lt(x, kc(K.TWO28)));
    let y = f64x2.splat(0);
    let off = v128.not(v128.or(small, big));
    if (v128.any_true(small)) {
      const t = f64x2.sub(sel(small, x, kc(K.TWO)), kc(K.ONE));
      const r = f64x2.sqrt(f64x2.add(f64x2.mul(kc(K.TWO), t), f64x2.mul(t, t)));
      y = log1pLanes(f64x2.add(t, r));
      off = v128.or(off, v128.and(small, log1pOff()));
    }
    if (v128.any_true(big)) {
      const xb = sel(big, x, kc(K.FOUR));
      const t = f64x2.mul(xb, xb);
      const arg = f64x2.sub(
        f64x2.mul(kc(K.TWO), xb),
        f64x2.div(kc(K.ONE), f64x2.add(xb, f64x2.sqrt(f64x2.sub(t, kc(K.ONE))))),
      );
      const l = logLanes(sel(mid, arg, xb));
      y = sel(big, sel(mid, l, f64x2.add(l, kc(K.LN2))), y);
    }
    v128.store(o + p, y);
    if (!v128.any_true(off)) continue;
    // NaN, x < 1 (NaN), +inf; x = 1 (0) by the scalar code.
    const listed = v128.or(v128.not(f64x2.ge(x, kc(K.ONE))), f64x2.eq(x, kc(K.INF)));
    cnt = finish(off, listed, a, o, i, n, idx, cnt, acosh);
  }
  return cnt;
}

export function atanhF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    // 2^-28 ≤ |x| < ½: ½·log1p(t + t·|x|/(1 − |x|)), t = 2|x|; ½ ≤ |x| < 1: ½·log1p(2|x|/(1 − |x|)).
    const on = within(ax, kc(K.TWOM28), kc(K.ONE));
    const xa = sel(on, ax, kc(K.HALF));
    const t = f64x2.add(xa, xa);
    const d = f64x2.sub(kc(K.ONE), xa);
    const arg = sel(
      f64x2.lt(xa, kc(K.HALF)),
      f64x2.add(t, f64x2.div(f64x2.mul(t, xa), d)),
      f64x2.div(t, d),
    );
    const r = f64x2.mul(kc(K.HALF), log1pLanes(arg));
    const off = v128.or(v128.not(on), log1pOff());
    v128.store(o + p, v128.xor(r, v128.and(x, kc(K.SIGN))));
    if (!v128.any_true(off)) continue;
    // NaN, |x| ≥ 1 (±inf at ±1, NaN beyond), subnormal x.
    const listed = v128.or(v128.not(f64x2.lt(ax, kc(K.ONE))), subnormal(ax));
    cnt = finish(off, listed, a, o, i, n, idx, cnt, atanh);
  }
  return cnt;
}
