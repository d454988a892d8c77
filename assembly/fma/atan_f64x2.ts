// glibc's atan and atan2 for doubles (dbl-64/s_atan.c, e_atan2.c, FMA build) on f64x2 lanes:
// the fully fused steps of src/_core/umath/defs/libm_atan.ts (whose comments explain them; atan.ts
// has atan2's in scalar form), every fused step on the CPU's fma, each lane taking its range's
// path by selection and gathering its own CIJ row. atan's every range is a lane path (NaN, tiny and huge arguments
// are selections); its kernel lists for the caller only the elements whose flags it must judge
// (NaN and subnormal inputs, the only ones whose results are NaN or underflow). atan2 lanes
// outside the main path (a zero, subnormal, infinite or NaN operand, |x| or |y| outside
// [2^-500, 2^500] where glibc rescales, |y/x| ≥ 2^57 or ≤ 2^-57 by the exponents) are redone
// by atan.ts's scalar atan2, same bits, which also judges their flags (the main path's results
// are normal numbers). The constants are atan.ts's.
import {
  atan2, D3, D5, D7, D9, D11, D13, HPI, HPI1, INV16, OPI, OPI1, TWO52, TWO500, TWOM500,
} from './atan';
import { CIJ } from './atrig_data';

const TINY: f64 = 1.2904777690891933e-8;
const HUGE: f64 = 5805361265115136.0;
const DBL_MIN: f64 = 2.2250738585072014e-308;

/** Rows of KTAB. */
enum K {
  D3, D5, D7, D9, D11, D13, HPI, HPI1, OPI, OPI1, TWO52, TWO500, TWOM500, INV16, TINY, HUGE,
  ONE, SIXTEEN, R256, SIGN, DBL_MIN, ZERO,
}

/** The constants splat to two lanes, loaded rather than rebuilt at every use (see simd_f32.ts). */
const KTAB = memory.data<f64>([
  D3, D3, D5, D5, D7, D7, D9, D9, D11, D11, D13, D13, HPI, HPI, HPI1, HPI1, OPI, OPI,
  OPI1, OPI1, TWO52, TWO52, TWO500, TWO500, TWOM500, TWOM500, INV16, INV16, TINY, TINY,
  HUGE, HUGE, 1.0, 1.0, 16.0, 16.0, 256.0, 256.0, -0.0, -0.0, DBL_MIN, DBL_MIN, 0.0, 0.0,
]);

@inline
function kc(i: K): v128 {
  return v128.load(KTAB + (<usize>i << 4));
}

@inline
function madd(a: v128, b: v128, c: v128): v128 {
  return f64x2.relaxed_madd(a, b, c);
}

/** a where m, else b. */
@inline
function sel(m: v128, a: v128, b: v128): v128 {
  return v128.bitselect(a, b, m);
}

/** d3 + d5·v + … + d13·v⁵, fused (atan.ts's series). */
@inline
function series(v: v128): v128 {
  return madd(
    madd(madd(madd(madd(v, kc(K.D13), kc(K.D11)), v, kc(K.D9)), v, kc(K.D7)), v, kc(K.D5)),
    v,
    kc(K.D3),
  );
}

/** u·256 + 2^52: round(256·u) in its low bits (glibc's row arithmetic, exact). */
@inline
function rowKey(u: v128): v128 {
  return f64x2.add(f64x2.mul(u, kc(K.R256)), kc(K.TWO52));
}

/** The row's start for lane key k: row k − 16, 7 doubles a row. */
@inline
function rowPtr(k: i64): usize {
  return CIJ + <usize>((<i32>k - 16) * 56);
}

/** Coefficient at byte offset off of rows p0 (lane 0) and p1 (lane 1). */
@inline
function coef(p0: usize, p1: usize, off: usize): v128 {
  return v128.load64_lane(p1 + off, v128.load64_zero(p0 + off), 1);
}

/** c3 + c4·v + c5·v² + c6·v³ of the lanes' rows, fused; c2 + v·cubic is the table polynomial. */
@inline
function cubic(p0: usize, p1: usize, v: v128): v128 {
  return madd(
    madd(madd(coef(p0, p1, 48), v, coef(p0, p1, 40)), v, coef(p0, p1, 32)),
    v,
    coef(p0, p1, 24),
  );
}

/**
 * |atan| of lanes with u = |x| in [1/16, 16): big marks u ≥ 1, w + e·w is 1/u there (any
 * finite values elsewhere). u < 1: z = u − x_i, fma(z, P(z), c1); u ≥ 1: on w, z = fma(e, w,
 * w − x_i) and (π/2 − c1) + fma(−z, P(z), π/2 lo).
 */
@inline
function tableLanes(u: v128, big: v128, w: v128, e: v128): v128 {
  const a = sel(big, w, u);
  const key = rowKey(a);
  const p0 = rowPtr(i64x2.extract_lane(key, 0));
  const p1 = rowPtr(i64x2.extract_lane(key, 1));
  const c1 = coef(p0, p1, 8);
  const z = madd(v128.and(e, big), w, f64x2.sub(a, coef(p0, p1, 0)));
  const p = madd(cubic(p0, p1, z), z, coef(p0, p1, 16));
  const y = madd(v128.xor(z, v128.and(big, kc(K.SIGN))), p, sel(big, kc(K.HPI1), c1));
  return f64x2.add(y, v128.and(big, f64x2.sub(kc(K.HPI), c1)));
}

/** glibc's remainder for 1/u ≈ w: e = 1 − u·w − err(u·w), exact by the fma (then 1/u ≈ w + e·w). */
@inline
function remainder(u: v128, w: v128): v128 {
  const t1 = f64x2.mul(u, w);
  return f64x2.sub(f64x2.sub(kc(K.ONE), t1), madd(u, w, v128.xor(t1, kc(K.SIGN))));
}

/**
 * atan of two lanes x = ±u, not both on the table (tab: 1/16 ≤ u < 16; big: u ≥ 1; w and e
 * as tableLanes takes them).
 */
@inline
function atanLanes(x: v128, u: v128, tab: v128, big: v128, w: v128, e: v128): v128 {
  const sign = v128.and(x, kc(K.SIGN));
  let r = f64x2.splat(0);
  // The other lanes read row 1/16's.
  if (v128.any_true(tab)) r = tableLanes(sel(tab, u, kc(K.INV16)), v128.and(tab, big), w, e);
  const far = v128.and(f64x2.ge(u, kc(K.SIXTEEN)), f64x2.lt(u, kc(K.HUGE)));
  const ser = v128.or(f64x2.lt(u, kc(K.INV16)), far);
  if (v128.any_true(ser)) {
    // u < 1/16: fma(x·x², series(x²), x). Else on w: (π/2 − w) + (cor + π/2 lo − e·w − w³·s).
    const s = sel(big, w, x);
    const v = f64x2.mul(s, s);
    const sv = series(v);
    const near = madd(f64x2.mul(x, v), sv, x);
    const t3 = f64x2.sub(kc(K.HPI), w);
    const cor = f64x2.sub(f64x2.sub(kc(K.HPI), t3), w);
    const rf = f64x2.add(
      t3,
      f64x2.sub(
        f64x2.sub(f64x2.add(cor, kc(K.HPI1)), f64x2.mul(e, w)),
        f64x2.mul(f64x2.mul(w, v), sv),
      ),
    );
    r = sel(ser, sel(big, rf, near), r);
  }
  // Huge (and infinite) u: π/2. The results for u ≥ 1/16 are positive: x's sign goes on them.
  r = sel(f64x2.ge(u, kc(K.HUGE)), kc(K.HPI), r);
  r = sel(f64x2.ge(u, kc(K.INV16)), v128.or(r, sign), r);
  // Tiny u (zeros, subnormals): x itself; NaN: x + x.
  r = sel(f64x2.lt(u, kc(K.TINY)), x, r);
  return sel(f64x2.ne(x, x), f64x2.add(x, x), r);
}

/**
 * o[i] = atan(a[i]) for i < n (whole vectors: reads and writes up to a[n], o[n]); lists at idx
 * the NaN and nonzero subnormal inputs (whose results the caller judges) and returns their count.
 */
export function atanF64x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const x = v128.load(a + p);
    const u = f64x2.abs(x);
    const big = f64x2.ge(u, kc(K.ONE)); // 1 ≤ u (not NaN)
    const tab = v128.and(f64x2.ge(u, kc(K.INV16)), f64x2.lt(u, kc(K.SIXTEEN)));
    // 1/u ≈ w + e·w where a lane needs it.
    let w = kc(K.ONE);
    let e = f64x2.splat(0);
    if (v128.any_true(big)) {
      w = f64x2.div(kc(K.ONE), u);
      e = remainder(u, w);
    }
    // Both lanes on the table (the common case): x's sign on the positive result.
    if (v128.all_true<i64>(tab)) {
      v128.store(o + p, v128.or(tableLanes(u, big, w, e), v128.and(x, kc(K.SIGN))));
      continue;
    }
    v128.store(o + p, atanLanes(x, u, tab, big, w, e));
    // Not (|x| ≥ DBL_MIN or x = 0): NaN or subnormal.
    const listed = v128.not(v128.or(f64x2.ge(u, kc(K.DBL_MIN)), f64x2.eq(u, kc(K.ZERO))));
    if (!v128.any_true(listed)) continue;
    if (i64x2.extract_lane(listed, 0) != 0) {
      store<i32>(idx + (<usize>cnt << 2), i);
      cnt++;
    }
    if (i64x2.extract_lane(listed, 1) != 0 && i + 1 < n) {
      store<i32>(idx + (<usize>cnt << 2), i + 1);
      cnt++;
    }
  }
  return cnt;
}

/**
 * atan2(y, x) of two lanes on glibc's main path; `ok` marks the lanes on it (finite, nonzero,
 * within [2^-500, 2^500] and 57 binades of each other), the others hold any value.
 */
@inline
function atan2main(y: v128, x: v128, ok: v128): v128 {
  const ax = f64x2.abs(x);
  const ay = f64x2.abs(y);
  const lt = f64x2.lt(ay, ax);
  // u + du = the smaller over the larger, du from the exact remainder.
  const num = sel(lt, ay, ax);
  const den = sel(lt, ax, ay);
  const u = f64x2.div(num, den);
  const pv = f64x2.mul(den, u);
  const du = f64x2.div(
    f64x2.sub(f64x2.sub(num, pv), madd(den, u, v128.xor(pv, kc(K.SIGN)))),
    den,
  );
  // atan(u + du) itself where x > 0 and |y| < |x| ("first"); otherwise K + s·atan(u + du):
  // π/2 − (x > 0), π/2 + (x < 0, |x| < |y|), π − (x < 0, |x| ≥ |y|), with K's low part K1.
  const xpos = f64x2.gt(x, kc(K.ZERO));
  const first = v128.and(xpos, lt);
  const steep = v128.andnot(f64x2.lt(ax, ay), xpos);
  const flat = v128.andnot(v128.not(steep), xpos); // x < 0, |x| ≥ |y|
  const kk = sel(flat, kc(K.OPI), kc(K.HPI));
  const k1 = sel(flat, kc(K.OPI1), kc(K.HPI1));
  const sg = v128.andnot(kc(K.SIGN), steep); // s = −1: the sign bit, s = +1: none
  const small = f64x2.lt(u, kc(K.INV16));
  const tab = v128.andnot(ok, small);
  let r = f64x2.splat(0);
  if (v128.any_true(v128.and(ok, small))) {
    const v = f64x2.mul(u, u);
    const m = f64x2.mul(u, v);
    const sv = series(v);
    const zz = f64x2.mul(m, sv);
    const r1 = f64x2.add(u, madd(m, sv, du));
    const su = v128.xor(u, sg);
    const t2 = f64x2.add(kk, su);
    const cor = f64x2.add(f64x2.sub(kk, t2), su);
    const r2 = f64x2.add(
      t2,
      f64x2.add(f64x2.add(f64x2.add(k1, cor), v128.xor(du, sg)), v128.xor(zz, sg)),
    );
    r = sel(first, r1, r2);
  }
  if (v128.any_true(tab)) {
    // The other lanes read row 1's (u = 1).
    const ut = sel(tab, u, kc(K.ONE));
    const key = rowKey(ut);
    const p0 = rowPtr(i64x2.extract_lane(key, 0));
    const p1 = rowPtr(i64x2.extract_lane(key, 1));
    const c1 = coef(p0, p1, 8);
    const c2 = coef(p0, p1, 16);
    const t3 = f64x2.sub(ut, coef(p0, p1, 0));
    const v = f64x2.add(t3, du);
    const cub = cubic(p0, p1, v);
    // first: c1 + fma(v, c2, fma(dv, c2, v²·cubic)), dv the rounding error of t3 + du.
    const dv = sel(
      f64x2.gt(f64x2.abs(t3), f64x2.abs(du)),
      f64x2.add(f64x2.sub(t3, v), du),
      f64x2.add(f64x2.sub(du, v), t3),
    );
    const ra = f64x2.add(c1, madd(v, c2, madd(dv, c2, f64x2.mul(f64x2.mul(v, v), cub))));
    // others: fma(s·v, P(v), K1) + (K + s·c1).
    const rb = f64x2.add(
      madd(v128.xor(v, sg), madd(cub, v, c2), k1),
      f64x2.add(kk, v128.xor(c1, sg)),
    );
    r = sel(tab, sel(first, ra, rb), r);
  }
  // The results are positive: y's sign goes on them.
  return v128.or(r, v128.and(y, kc(K.SIGN)));
}

/** Flags atan2F64 returns: a result underflowed (NumPy's rule), a result is NaN. */
const UNDER: i32 = 1;
const NAN: i32 = 2;

/** atan2(y, x) by the scalar code, into o; its flags. */
@inline
function scalarLane(y: f64, x: f64, o: usize): i32 {
  const z = atan2(y, x);
  store<f64>(o, z);
  if (isNaN(z)) return NAN;
  // A subnormal angle, or 0 from a finite nonzero y (and finite x): underflow.
  if (z != 0 ? abs(z) < DBL_MIN : y != 0 && isFinite(y) && isFinite(x)) return UNDER;
  return 0;
}

/**
 * o[i] = atan2(a[i], b[i]) for i < n; returns UNDER if a result underflowed (a subnormal result,
 * or 0 from a finite nonzero a[i] and finite b[i]) and NAN if a result is NaN (atan2 is never
 * infinite), ORed over the elements.
 */
export function atan2F64(a: usize, b: usize, o: usize, n: i32): i32 {
  let flags = 0;
  for (let i = 0; i < n; i += 2) {
    const p = <usize>i << 3;
    const y = v128.load(a + p);
    const x = v128.load(b + p);
    const ax = f64x2.abs(x);
    const ay = f64x2.abs(y);
    // In range (not zero, subnormal, inf or NaN) and |de| < 57 of the exponent fields.
    const de = i64x2.sub(i64x2.shr_u(ay, 52), i64x2.shr_u(ax, 52));
    const ok = v128.and(
      v128.and(
        v128.and(f64x2.ge(ax, kc(K.TWOM500)), f64x2.le(ax, kc(K.TWO500))),
        v128.and(f64x2.ge(ay, kc(K.TWOM500)), f64x2.le(ay, kc(K.TWO500))),
      ),
      i64x2.lt_s(i64x2.abs(de), i64x2.splat(57)),
    );
    v128.store(o + p, atan2main(y, x, ok));
    if (v128.all_true<i64>(ok)) continue;
    // The other lanes by the scalar code (at most n: the lane past an odd n is left).
    if (i64x2.extract_lane(ok, 0) == 0)
      flags |= scalarLane(f64x2.extract_lane(y, 0), f64x2.extract_lane(x, 0), o + p);
    if (i64x2.extract_lane(ok, 1) == 0 && i + 1 < n)
      flags |= scalarLane(f64x2.extract_lane(y, 1), f64x2.extract_lane(x, 1), o + p + 8);
  }
  return flags;
}
