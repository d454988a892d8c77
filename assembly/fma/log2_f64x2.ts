// glibc's log2 (FMA build) and log10 (fdlibm's reduction around the FMA log) for doubles on
// f64x2 lanes: the steps of log2.ts, two at a time (log2's table path and its polynomial near
// 1 both on lanes; log10 over simd_f64.ts's log lanes). The kernels (a, o, n, idx) write o[i]
// for i < n (whole vectors: reads and writes up to a[n], o[n]) and list for the caller's
// scalar port the inputs that are not positive normal numbers (zero, negative, subnormal, inf,
// NaN: the only ones whose results are non-finite), returning their count.
import { madd2 as madd, sel } from './common';
import {
  LOG2_A0, LOG2_A1, LOG2_A2, LOG2_A3, LOG2_A4, LOG2_A5, LOG2_B0, LOG2_B1, LOG2_B2, LOG2_B3,
  LOG2_B4, LOG2_B5, LOG2_B6, LOG2_B7, LOG2_B8, LOG2_B9, LOG2_INVLN2HI, LOG2_INVLN2LO, LOG2_TAB,
} from './tables';
import { listOff, logLanes, logNear1 } from './simd_f64';

enum K {
  A0, A1, A2, A3, A4, A5, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, HI, LO, ONE, MAGIC, SIGN,
  NEAR_LO, NEAR_HI, DBL_MIN, INF, L1_LO, L1_HI, IVLN10, L10_2HI, L10_2LO,
}
const KT = memory.data<f64>([
  LOG2_A0, LOG2_A0, LOG2_A1, LOG2_A1, LOG2_A2, LOG2_A2, LOG2_A3, LOG2_A3, LOG2_A4, LOG2_A4,
  LOG2_A5, LOG2_A5, LOG2_B0, LOG2_B0, LOG2_B1, LOG2_B1, LOG2_B2, LOG2_B2, LOG2_B3, LOG2_B3,
  LOG2_B4, LOG2_B4, LOG2_B5, LOG2_B5, LOG2_B6, LOG2_B6, LOG2_B7, LOG2_B7, LOG2_B8, LOG2_B8,
  LOG2_B9, LOG2_B9, LOG2_INVLN2HI, LOG2_INVLN2HI, LOG2_INVLN2LO, LOG2_INVLN2LO, 1.0, 1.0,
  6755399441055744.0, 6755399441055744.0, -0.0, -0.0,
  1 - 0.04239702224731445, 1 - 0.04239702224731445, 1 + 0.044274330139160156,
  1 + 0.044274330139160156, 2.2250738585072014e-308, 2.2250738585072014e-308, Infinity,
  Infinity, 0.9375, 0.9375, 1.064697265625, 1.064697265625, 0.4342944819032518,
  0.4342944819032518, 0.30102999566361177, 0.30102999566361177, 3.694239077158931e-13,
  3.694239077158931e-13,
]);
@inline
function kc(i: K): v128 {
  return v128.load(KT + (<usize>i << 4));
}
@inline
function neg(v: v128): v128 {
  return v128.xor(v, kc(K.SIGN));
}

/** log2 of two positive normal lanes by the table path. */
@inline
function log2Table(x: v128): v128 {
  const tmp = i64x2.sub(x, i64x2.splat(0x3fe6000000000000));
  const z = i64x2.sub(x, v128.and(tmp, i64x2.splat(<i64>0xfff0000000000000)));
  const p0 = LOG2_TAB + (<usize>((i64x2.extract_lane(tmp, 0) >>> 46) & 63) << 4);
  const p1 = LOG2_TAB + (<usize>((i64x2.extract_lane(tmp, 1) >>> 46) & 63) << 4);
  const invc = v128.load64_lane(p1, v128.load64_zero(p0), 1);
  const logc = v128.load64_lane(p1 + 8, v128.load64_zero(p0 + 8), 1);
  // k as a double, exactly: the bits of 1.5·2^52 + k, less 1.5·2^52.
  const kd = f64x2.sub(i64x2.add(i64x2.shr_s(tmp, 52), kc(K.MAGIC)), kc(K.MAGIC));
  const r = madd(z, invc, neg(kc(K.ONE)));
  const t1 = f64x2.mul(r, kc(K.HI));
  const t2 = madd(r, kc(K.LO), madd(kc(K.HI), r, neg(t1)));
  const t3 = f64x2.add(kd, logc);
  const h = f64x2.add(t3, t1);
  const l = f64x2.add(f64x2.add(f64x2.sub(t3, h), t1), t2);
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  const p = madd(
    madd(r, kc(K.A5), kc(K.A4)),
    r4,
    madd(madd(r, kc(K.A3), kc(K.A2)), r2, madd(r, kc(K.A1), kc(K.A0))),
  );
  return f64x2.add(madd(r2, p, l), h);
}

/** log2 of two lanes by the polynomial near 1. */
@inline
function log2Near1(x: v128): v128 {
  const r = f64x2.sub(x, kc(K.ONE));
  const hi = f64x2.mul(r, kc(K.HI));
  const r2 = f64x2.mul(r, r);
  const r4 = f64x2.mul(r2, r2);
  let lo = madd(r, kc(K.LO), madd(kc(K.HI), r, neg(hi)));
  const b01 = madd(r, kc(K.B1), kc(K.B0));
  const y = madd(b01, r2, hi);
  lo = f64x2.add(lo, madd(b01, r2, f64x2.sub(hi, y)));
  const q = madd(
    madd(madd(r, kc(K.B9), kc(K.B8)), r2, madd(r, kc(K.B7), kc(K.B6))),
    r4,
    madd(madd(r, kc(K.B5), kc(K.B4)), r2, madd(r, kc(K.B3), kc(K.B2))),
  );
  return f64x2.add(y, madd(q, r4, lo));
}

export function log2F64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const normal = v128.and(f64x2.ge(x, kc(K.DBL_MIN)), f64x2.lt(x, kc(K.INF)));
    const near1 = v128.and(f64x2.ge(x, kc(K.NEAR_LO)), f64x2.lt(x, kc(K.NEAR_HI)));
    let y = log2Table(x);
    if (v128.any_true(near1)) y = sel(near1, log2Near1(x), y);
    v128.store(o + p, y);
    cnt = listOff(normal, i, n, idx, cnt);
  }
  return cnt;
}

export function log10F64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const normal = v128.and(f64x2.ge(x, kc(K.DBL_MIN)), f64x2.lt(x, kc(K.INF)));
    // k = exponent − 1023; i = (k < 0); y = k + i; m = x's mantissa with exponent 0x3ff − i.
    const k = i64x2.sub(i64x2.shr_u(x, 52), i64x2.splat(1023));
    const neg1 = i64x2.lt_s(k, i64x2.splat(0)); // −1 where i = 1
    const yk = i64x2.sub(k, neg1);
    const y = f64x2.sub(i64x2.add(yk, kc(K.MAGIC)), kc(K.MAGIC));
    const m = v128.or(
      v128.and(x, i64x2.splat(0x000fffffffffffff)),
      i64x2.shl(i64x2.add(i64x2.splat(0x3ff), neg1), 52),
    );
    // glibc's log of m (its near-1 polynomial or its table).
    const near1 = v128.and(f64x2.ge(m, kc(K.L1_LO)), f64x2.lt(m, kc(K.L1_HI)));
    let lm = logLanes(m);
    if (v128.any_true(near1)) lm = sel(near1, logNear1(m), lm);
    // z = y·log10_2lo + ivln10·log m; z + y·log10_2hi (unfused, as glibc's non-FMA build).
    const z = f64x2.add(f64x2.mul(y, kc(K.L10_2LO)), f64x2.mul(kc(K.IVLN10), lm));
    v128.store(o + p, f64x2.add(z, f64x2.mul(y, kc(K.L10_2HI))));
    cnt = listOff(normal, i, n, idx, cnt);
  }
  return cnt;
}
