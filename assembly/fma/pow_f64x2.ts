// glibc's pow for doubles (FMA build) on f64x2 lanes: pow.ts's logInline and expInline, two at
// a time, each lane gathering its own log and exp table rows. The lanes on the main path (x a
// positive normal number, 2^-65 ≤ |y| < 2^63, and |y·log x| in [2^-54, 512), where exp needs
// no special case) give normal results and raise nothing; the others are redone by pow.ts's
// scalar pow, which also judges their flags.
import { madd2 as madd, sel } from './common';
import { pow } from './pow';
import {
  EXP_C0, EXP_C1, EXP_C2, EXP_C3, EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_SHIFT, EXP_TAB,
  POW_A0, POW_A1, POW_A2, POW_A3, POW_A4, POW_A5, POW_A6, POW_LN2HI, POW_LN2LO, POW_LOG_TAB,
} from './tables';

enum K {
  A0, A1, A2, A3, A4, A5, A6, LN2HI, LN2LO, INVLN2N, SHIFT, NEGLN2HIN, NEGLN2LON, C0, C1, C2,
  C3, ONE, MAGIC, SIGN, TINY, BIG, YLO, YHI, XMIN, INF,
}
const KT = memory.data<f64>([
  POW_A0, POW_A0, POW_A1, POW_A1, POW_A2, POW_A2, POW_A3, POW_A3, POW_A4, POW_A4, POW_A5, POW_A5,
  POW_A6, POW_A6, POW_LN2HI, POW_LN2HI, POW_LN2LO, POW_LN2LO, EXP_INVLN2N, EXP_INVLN2N,
  EXP_SHIFT, EXP_SHIFT, EXP_NEGLN2HIN, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_NEGLN2LON, EXP_C0,
  EXP_C0, EXP_C1, EXP_C1, EXP_C2, EXP_C2, EXP_C3, EXP_C3, 1.0, 1.0, 6755399441055744.0,
  6755399441055744.0, -0.0, -0.0, 5.551115123125783e-17, 5.551115123125783e-17, 512.0, 512.0,
  // 2^-65 and 2^63: y's exponent field (topy & 0x7ff) in [0x3be, 0x43e).
  2.710505431213761e-20, 2.710505431213761e-20, 9223372036854775808.0, 9223372036854775808.0,
  2.2250738585072014e-308, 2.2250738585072014e-308, Infinity, Infinity,
]);
@inline
function kc(i: K): v128 {
  return v128.load(KT + (<usize>i << 4));
}

/** Doubles at byte offset off of rows p0 (lane 0) and p1 (lane 1). */
@inline
function gather(p0: usize, p1: usize, off: usize): v128 {
  return v128.load64_lane(p1 + off, v128.load64_zero(p0 + off), 1);
}

/** −p (the sign bit flipped). */
@inline
function neg(p: v128): v128 {
  return v128.xor(p, kc(K.SIGN));
}

/** pow(x, y) of two lanes on the main path (other lanes: any finite value, ignored). */
@inline
function powLanes(x: v128, y: v128): v128 {
  // log x = hi + lo: tmp = ix − OFF, i = (tmp >> 45) mod 128, k = tmp >> 52, z = ix − (tmp & top 12 bits).
  const tmp = i64x2.sub(x, i64x2.splat(0x3fe6955500000000));
  const z = i64x2.sub(x, v128.and(tmp, i64x2.splat(<i64>0xfff0000000000000)));
  const p0 = POW_LOG_TAB + (<usize>((i64x2.extract_lane(tmp, 0) >>> 45) & 127) << 5);
  const p1 = POW_LOG_TAB + (<usize>((i64x2.extract_lane(tmp, 1) >>> 45) & 127) << 5);
  const invc = gather(p0, p1, 0);
  const logc = gather(p0, p1, 16);
  const logctail = gather(p0, p1, 24);
  // k as a double, exactly: the bits of 1.5·2^52 + k, less 1.5·2^52.
  const kd = f64x2.sub(i64x2.add(i64x2.shr_s(tmp, 52), kc(K.MAGIC)), kc(K.MAGIC));
  const zc = f64x2.mul(z, invc);
  const r = f64x2.add(f64x2.sub(zc, kc(K.ONE)), madd(z, invc, neg(zc)));
  const t1 = f64x2.add(f64x2.mul(kd, kc(K.LN2HI)), logc);
  const t2 = f64x2.add(t1, r);
  const lo1 = madd(kd, kc(K.LN2LO), logctail);
  const lo2 = f64x2.add(f64x2.sub(t1, t2), r);
  const ar = f64x2.mul(kc(K.A0), r);
  const ar2 = f64x2.mul(r, ar);
  const ar3 = f64x2.mul(r, ar2);
  const hi0 = f64x2.add(t2, ar2);
  const lo3 = madd(ar, r, neg(ar2));
  const lo4 = f64x2.add(f64x2.sub(t2, hi0), ar2);
  const inner = madd(r, kc(K.A6), kc(K.A5));
  const mid = madd(ar2, inner, madd(r, kc(K.A4), kc(K.A3)));
  const outer = madd(ar2, mid, madd(r, kc(K.A2), kc(K.A1)));
  const lo = madd(ar3, outer, f64x2.add(f64x2.add(f64x2.add(lo1, lo2), lo3), lo4));
  const hi = f64x2.add(hi0, lo);
  const tail = f64x2.add(f64x2.sub(hi0, hi), lo);
  // exp(ehi + elo), ehi + elo = y·log x.
  const ehi = f64x2.mul(y, hi);
  const elo = madd(y, tail, madd(y, hi, neg(ehi)));
  let kx = madd(kc(K.INVLN2N), ehi, kc(K.SHIFT));
  const ki = kx;
  kx = f64x2.sub(kx, kc(K.SHIFT));
  let er = madd(kx, kc(K.NEGLN2LON), f64x2.add(ehi, f64x2.mul(kx, kc(K.NEGLN2HIN))));
  er = f64x2.add(er, elo);
  const q0 = EXP_TAB + (<usize>(i64x2.extract_lane(ki, 0) & 127) << 4);
  const q1 = EXP_TAB + (<usize>(i64x2.extract_lane(ki, 1) & 127) << 4);
  const etail = gather(q0, q1, 0);
  const scale = i64x2.add(gather(q0, q1, 8), i64x2.shl(ki, 45));
  const r2 = f64x2.mul(er, er);
  const t = madd(
    f64x2.mul(r2, r2),
    madd(er, kc(K.C3), kc(K.C2)),
    madd(r2, madd(er, kc(K.C1), kc(K.C0)), f64x2.add(etail, er)),
  );
  const aehi = f64x2.abs(ehi);
  v128.store(EHI_OK, v128.and(f64x2.ge(aehi, kc(K.TINY)), f64x2.lt(aehi, kc(K.BIG))));
  return madd(scale, t, scale);
}
/**
 * Written by powLanes: the lanes whose y·log x needs no special case in exp. (Memory, not a
 * v128 global: a kernel reading a v128 global back ran at half speed.)
 */
const EHI_OK = memory.data(16, 16);

/** Floating-point flags powF64 returns (ORed over the elements). */
const INVALID: i32 = 1;
const DIVIDE: i32 = 2;
const OVERFLOW: i32 = 4;

/** pow(x, y) by the scalar code into o; the flags NumPy's loop raises for it. */
@inline
function scalarLane(x: f64, y: f64, o: usize): i32 {
  const r = pow(x, y);
  store<f64>(o, r);
  if (r - r == 0) return 0;
  if (isNaN<f64>(r)) return !isNaN<f64>(x) && !isNaN<f64>(y) ? INVALID : 0;
  return isFinite<f64>(x) && isFinite<f64>(y) ? (x == 0 ? DIVIDE : OVERFLOW) : 0;
}

/**
 * o[i] = pow(a[i], b[i]) for i < n; returns the flags NumPy's loop raises (numtype's
 * `flagResult`): a NaN from non-NaN operands is invalid, ±inf from finite ones divide-by-zero
 * when a is 0, else overflow.
 */
export function powF64(a: usize, b: usize, o: usize, n: i32): i32 {
  let flags: i32 = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const y = v128.load(b + p);
    const ay = f64x2.abs(y);
    // x positive normal finite (x ≥ DBL_MIN, < inf; NaN fails), 2^-65 ≤ |y| < 2^63.
    const ok = v128.and(
      v128.and(f64x2.ge(x, kc(K.XMIN)), f64x2.lt(x, kc(K.INF))),
      v128.and(f64x2.ge(ay, kc(K.YLO)), f64x2.lt(ay, kc(K.YHI))),
    );
    // Other lanes compute on 1 ^ 1 (any finite pair would do).
    const res = powLanes(sel(ok, x, kc(K.ONE)), sel(ok, y, kc(K.ONE)));
    const main = v128.and(ok, v128.load(EHI_OK));
    v128.store(o + p, res);
    if (v128.all_true<i64>(main)) continue;
    if (i64x2.extract_lane(main, 0) == 0)
      flags |= scalarLane(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0), o + p);
    if (i64x2.extract_lane(main, 1) == 0 && i + 1 < n)
      flags |= scalarLane(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1), o + p + 8);
  }
  return flags;
}
