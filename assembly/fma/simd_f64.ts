// glibc's exp and log for doubles (their FMA builds, which NumPy's float64 loops call element
// by element) on f64x2 lanes with the CPU's fma: the steps of exp.ts and log2.ts's log, two at
// a time (log's two paths, the table and the polynomial near 1, both on lanes). exp's lanes
// outside its main path (|x| < 2^-54 or ≥ 512) run exp.ts's scalar code; the kernels
// (a, o, n, idx) list for the caller's scalar port only the elements whose flags it must judge
// (exp: NaN, ±inf, overflow and underflow ranges; log: zero, negative, subnormal, inf and NaN
// inputs), write every other o[i] and return the count.
import { exp } from './exp';
import {
  EXP_C0 as C2, EXP_C1 as C3, EXP_C2 as C4, EXP_C3 as C5, EXP_INVLN2N as INVLN2N,
  EXP_NEGLN2HIN as NEGLN2HIN, EXP_NEGLN2LON as NEGLN2LON, EXP_SHIFT as SHIFT, EXP_TAB as EXP_T,
  LOG_A0 as A0, LOG_A1 as A1, LOG_A2 as A2, LOG_A3 as A3, LOG_A4 as A4, LOG_B0 as B0,
  LOG_B1 as B1, LOG_B2 as B2, LOG_B3 as B3, LOG_B4 as B4, LOG_B5 as B5, LOG_B6 as B6,
  LOG_B7 as B7, LOG_B8 as B8, LOG_B9 as B9, LOG_B10 as B10, LOG_LN2HI as LN2HI,
  LOG_LN2LO as LN2LO, LOG_TAB as LOG_T,
} from './tables';

const TINY: f64 = 5.551115123125783e-17; // 2^-54
const BIG: f64 = 512.0;
const X_MAX: f64 = 709.7;
const X_MIN: f64 = -708.3;
const NEAR1_LO: f64 = 0.9375;
const NEAR1_HI: f64 = 1.064697265625;
const DBL_MIN: f64 = 2.2250738585072014e-308;
const TWO27: f64 = 134217728.0;
const ONE: f64 = 1.0;
const F64_INF: f64 = Infinity;
const MINUS_ONE: f64 = -1.0;
// exp2's polynomial (e_exp_data.c exp2_poly) and shift 1.5·2^52/128.
const E2C1: f64 = 0.6931471805599453;
const E2C2: f64 = 0.24022650695909065;
const E2C3: f64 = 0.0555041086686087;
const E2C4: f64 = 0.009618131975721055;
const E2C5: f64 = 0.0013332074570119598;
const EXP2_SHIFT: f64 = 52776558133248.0;

/** Rows of KTAB. */
enum K {
  INVLN2N, SHIFT, NEGLN2HIN, NEGLN2LON, C2, C3, C4, C5, TINY, BIG, X_MAX, X_MIN,
  LN2HI, LN2LO, A0, A1, A2, A3, A4, NEAR1_LO, NEAR1_HI, DBL_MIN, F64_INF, MINUS_ONE,
  B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, TWO27, ONE,
  E2C1, E2C2, E2C3, E2C4, E2C5, EXP2_SHIFT,
}

/** The constants splat to two lanes, loaded rather than rebuilt at every use (see simd_f32.ts). */
const KTAB = memory.data<f64>([
  INVLN2N, INVLN2N, SHIFT, SHIFT, NEGLN2HIN, NEGLN2HIN, NEGLN2LON, NEGLN2LON, C2, C2, C3, C3,
  C4, C4, C5, C5, TINY, TINY, BIG, BIG, X_MAX, X_MAX, X_MIN, X_MIN, LN2HI, LN2HI, LN2LO, LN2LO,
  A0, A0, A1, A1, A2, A2, A3, A3, A4, A4, NEAR1_LO, NEAR1_LO, NEAR1_HI, NEAR1_HI,
  DBL_MIN, DBL_MIN, F64_INF, F64_INF, MINUS_ONE, MINUS_ONE, B0, B0, B1, B1, B2, B2, B3, B3,
  B4, B4, B5, B5, B6, B6, B7, B7, B8, B8, B9, B9, B10, B10, TWO27, TWO27, ONE, ONE,
  E2C1, E2C1, E2C2, E2C2, E2C3, E2C3, E2C4, E2C4, E2C5, E2C5, EXP2_SHIFT, EXP2_SHIFT,
]);

@inline
function kc(i: K): v128 {
  return v128.load(KTAB + (<usize>i << 4));
}

@inline
function madd(a: v128, b: v128, c: v128): v128 {
  return f64x2.relaxed_madd(a, b, c);
}

/**
 * The table entry of both lanes for ki = k + shift bits at byte offset off: the tail (0) or
 * the scale's bits (8), to which the caller adds k's exponent (no globals: V8 keeps a v128
 * global in memory, which slowed the kernels that inline these by half).
 */
@inline
function expEntry(ki: v128, off: usize): v128 {
  const p0 = EXP_T + (<usize>(i64x2.extract_lane(ki, 0) & 127) << 4) + off;
  const p1 = EXP_T + (<usize>(i64x2.extract_lane(ki, 1) & 127) << 4) + off;
  return v128.load64_lane(p1, v128.load64_zero(p0), 1);
}

/** exp on both lanes by the main path (2^-54 ≤ |x| < 512). */
@inline
export function expLanes(x: v128): v128 {
  let kd = madd(kc(K.INVLN2N), x, kc(K.SHIFT));
  const ki = kd;
  kd = f64x2.sub(kd, kc(K.SHIFT));
  // kd·NegLn2hiN is exact, so glibc's fused add is a plain one.
  const r = madd(kd, kc(K.NEGLN2LON), f64x2.add(x, f64x2.mul(kd, kc(K.NEGLN2HIN))));
  const tail = expEntry(ki, 0);
  const sbits = i64x2.add(expEntry(ki, 8), i64x2.shl(ki, 45));
  const r2 = f64x2.mul(r, r);
  const tmp = madd(
    f64x2.mul(r2, r2),
    madd(r, kc(K.C5), kc(K.C4)),
    madd(r2, madd(r, kc(K.C3), kc(K.C2)), f64x2.add(tail, r)),
  );
  return madd(sbits, tmp, sbits);
}

/** log on both lanes by the table path (normal x away from 1). */
@inline
export function logLanes(x: v128): v128 {
  // tmp = ix − OFF; i = (tmp >> 45) mod 128; k = tmp >> 52; z = ix − (tmp & 0xfff << 52).
  const tmp = i64x2.sub(x, i64x2.splat(0x3fe6000000000000));
  const z = i64x2.sub(x, v128.and(tmp, i64x2.splat(<i64>0xfff0000000000000)));
  const t0 = v128.load(LOG_T + (<usize>((i64x2.extract_lane(tmp, 0) >>> 45) & 127) << 4));
  const t1 = v128.load(LOG_T + (<usize>((i64x2.extract_lane(tmp, 1) >>> 45) & 127) << 4));
  const invc = v128.shuffle<u64>(t0, t1, 0, 2);
  const logc = v128.shuffle<u64>(t0, t1, 1, 3);
  const kd = f64x2.replace_lane(
    f64x2.splat(<f64>(i64x2.extract_lane(tmp, 0) >> 52)),
    1,
    <f64>(i64x2.extract_lane(tmp, 1) >> 52),
  );
  const r = madd(z, invc, kc(K.MINUS_ONE));
  // kd·Ln2hi is exact, so glibc's fused add is a plain one.
  const w = f64x2.add(f64x2.mul(kd, kc(K.LN2HI)), logc);
  const h = f64x2.add(w, r);
  const l = madd(kd, kc(K.LN2LO), f64x2.add(f64x2.sub(w, h), r));
  const r2 = f64x2.mul(r, r);
  const p = madd(r2, madd(r, kc(K.A4), kc(K.A3)), madd(r, kc(K.A2), kc(K.A1)));
  return f64x2.add(madd(f64x2.mul(r, r2), p, madd(r2, kc(K.A0), l)), h);
}

/** exp2 on both lanes by the main path (2^-54 ≤ |x| < 512): glibc's plain (unfused) steps. */
@inline
function exp2Lanes(x: v128): v128 {
  let kd = f64x2.add(x, kc(K.EXP2_SHIFT));
  const ki = kd;
  kd = f64x2.sub(kd, kc(K.EXP2_SHIFT));
  const r = f64x2.sub(x, kd);
  const tail = expEntry(ki, 0);
  const scale = i64x2.add(expEntry(ki, 8), i64x2.shl(ki, 45));
  const r2 = f64x2.mul(r, r);
  // ((tail + r·C1) + r²·(C2 + r·C3)) + r⁴·(C4 + r·C5), each operation rounded.
  let tmp = f64x2.add(tail, f64x2.mul(r, kc(K.E2C1)));
  tmp = f64x2.add(tmp, f64x2.mul(r2, f64x2.add(kc(K.E2C2), f64x2.mul(r, kc(K.E2C3)))));
  const q = f64x2.mul(f64x2.mul(r2, r2), f64x2.add(kc(K.E2C4), f64x2.mul(r, kc(K.E2C5))));
  tmp = f64x2.add(tmp, q);
  return f64x2.add(scale, f64x2.mul(scale, tmp));
}

export function exp2F64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    const main = v128.and(f64x2.ge(ax, kc(K.TINY)), f64x2.lt(ax, kc(K.BIG)));
    // The other lanes compute on 0 (any finite value would do) and are listed.
    v128.store(o + p, exp2Lanes(v128.and(x, main)));
    cnt = listOff(main, i, n, idx, cnt);
  }
  return cnt;
}

/** log on both lanes by glibc's polynomial near 1 (0.9375 ≤ x < 1.064697265625). */
@inline
export function logNear1(x: v128): v128 {
  const r = f64x2.sub(x, kc(K.ONE));
  const r2 = f64x2.mul(r, r);
  const r3 = f64x2.mul(r, r2);
  const P = madd(
    r3,
    madd(
      r3,
      madd(r3, kc(K.B10), madd(r2, kc(K.B9), madd(r, kc(K.B8), kc(K.B7)))),
      madd(r2, kc(K.B6), madd(r, kc(K.B5), kc(K.B4))),
    ),
    madd(r2, kc(K.B3), madd(r, kc(K.B2), kc(K.B1))),
  );
  // r² split exactly: rhi has 26 bits, so rhi·rhi·B0 is exact.
  const w = f64x2.mul(r, kc(K.TWO27));
  const rhi = f64x2.sub(f64x2.add(r, w), w);
  const rlo = f64x2.sub(r, rhi);
  const w2 = f64x2.mul(f64x2.mul(rhi, rhi), kc(K.B0));
  const h = f64x2.add(r, w2);
  let l = f64x2.add(f64x2.sub(r, h), w2);
  l = madd(f64x2.mul(kc(K.B0), rlo), f64x2.add(rhi, r), l);
  return f64x2.add(madd(r3, P, l), h);
}

/** Lists (at idx + 4·cnt) the lanes i, i + 1 (below n) that `keep` does not cover; the new count. */
@inline
export function listOff(keep: v128, i: i32, n: i32, idx: usize, cnt: i32): i32 {
  if (v128.all_true<i64>(keep)) return cnt;
  for (let l = 0; l < 2 && i + l < n; l++) {
    if (laneSet(keep, l)) continue;
    store<i32>(idx + (<usize>cnt << 2), i + l);
    cnt++;
  }
  return cnt;
}

/** Lane l of a two-lane comparison mask. */
@inline
function laneSet(mask: v128, l: i32): bool {
  return ((i8x16.bitmask(mask) >> (l * 8)) & 1) != 0;
}

export function expF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const ax = f64x2.abs(x);
    const main = v128.and(f64x2.ge(ax, kc(K.TINY)), f64x2.lt(ax, kc(K.BIG)));
    v128.store(o + p, expLanes(x));
    if (v128.all_true<i64>(main)) continue;
    const listed = v128.not(v128.and(f64x2.ge(x, kc(K.X_MIN)), f64x2.le(x, kc(K.X_MAX))));
    for (let l = 0; l < 2 && i + l < n; l++) {
      if (laneSet(main, l)) continue;
      const q = o + p + (<usize>l << 3);
      if (laneSet(listed, l)) {
        store<i32>(idx + (<usize>cnt << 2), i + l);
        cnt++;
      } else store<f64>(q, exp(load<f64>(a + p + (<usize>l << 3))));
    }
  }
  return cnt;
}

export function logF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const normal = v128.and(f64x2.ge(x, kc(K.DBL_MIN)), f64x2.lt(x, kc(K.F64_INF)));
    const near1 = v128.and(f64x2.ge(x, kc(K.NEAR1_LO)), f64x2.lt(x, kc(K.NEAR1_HI)));
    let y = logLanes(x);
    if (v128.any_true(near1)) y = v128.bitselect(logNear1(x), y, near1);
    v128.store(o + p, y);
    cnt = listOff(normal, i, n, idx, cnt);
  }
  return cnt;
}
