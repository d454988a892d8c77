// NumPy's own float32 exp, log, sin and cos kernels as NumPy 2.4 runs them at its X86_V3
// dispatch level (AVX2 + FMA3), on four f32x4 lanes with the CPU's fma: the same operations in
// the same order as src/_core/umath/defs/simd_f32.ts (whose comments explain them), so the same
// bits. Each kernel (a, o, n, idx) writes o[i] for i < n and lists, as i32 at idx, the elements
// it leaves to the scalar port: NaN and inf, the ranges where NumPy calls the C library or
// scales by other steps, and inputs or results that underflow (so the driver judges the
// underflow flag on those alone). It returns how many it listed.

const MAGIC: f32 = 12582912.0; // 0x1.8p+23f: adding and subtracting it rounds to an integer

// ---- sin, cos ----
const TWO_OVER_PI: f32 = 0.6366197466850281;
const PIO2_HI: f32 = -1.570796012878418;
const PIO2_MED: f32 = -3.1391647326017846e-7;
const PIO2_LO: f32 = -5.390302529957765e-15;
const SIN_MAX: f32 = 117435.9921875;
const COS_MAX: f32 = 71476.0625;
/** Below this |x| sin and cos are listed: NumPy's kernels underflow squaring x. */
const TINY_TRIG: f32 = 1e-18;
const C0: f32 = 2.4372266125283204e-5;
const C1: f32 = -1.388652017340064e-3;
const C2: f32 = 4.166661947965622e-2;
const C3: f32 = -0.5;
const C4: f32 = 1.0;
const S0: f32 = 2.8404097065504175e-6;
const S1: f32 = -1.9856491417158395e-4;
const S2: f32 = 8.333397097885609e-3;
const S3: f32 = -0.1666666716337204;

@inline
function madd(a: v128, b: v128, c: v128): v128 {
  return f32x4.relaxed_madd(a, b, c);
}

@inline
function sp(x: f32): v128 {
  return f32x4.splat(x);
}

/** sin (cosine = 0) or cos (cosine = 1) of four lanes, for finite |x| ≤ the kernel's maximum. */
@inline
function sincos4(x: v128, cosine: i32): v128 {
  const q = f32x4.sub(madd(x, kc(K.TWO_OVER_PI), kc(K.MAGIC)), kc(K.MAGIC));
  let r = madd(q, kc(K.PIO2_HI), x);
  r = madd(q, kc(K.PIO2_MED), r);
  r = madd(q, kc(K.PIO2_LO), r);
  const r2 = f32x4.mul(r, r);
  const n = i32x4.add(i32x4.relaxed_trunc_f32x4_s(q), i32x4.splat(cosine));
  let s = madd(madd(madd(kc(K.S0), r2, kc(K.S1)), r2, kc(K.S2)), r2, kc(K.S3));
  s = f32x4.add(f32x4.mul(s, r2), sp(0));
  const sinv = madd(s, r, r);
  const cosv = madd(madd(madd(madd(kc(K.C0), r2, kc(K.C1)), r2, kc(K.C2)), r2, kc(K.C3)), r2, kc(K.C4));
  const odd = i32x4.eq(v128.and(n, i32x4.splat(1)), i32x4.splat(1));
  const v = v128.bitselect(cosv, sinv, odd);
  const neg = i32x4.eq(v128.and(n, i32x4.splat(2)), i32x4.splat(2));
  return v128.bitselect(f32x4.sub(sp(0), v), v, neg);
}

/** Lanes to list: NaN or |x| > max (the C library's sinf/cosf), or |x| < TINY_TRIG (but not 0). */
@inline
function trigListed(x: v128, max: v128): v128 {
  const ax = f32x4.abs(x);
  const big = v128.not(f32x4.le(ax, max)); // also NaN
  const tiny = v128.and(f32x4.lt(ax, kc(K.TINY_TRIG)), f32x4.ne(ax, sp(0)));
  return v128.or(big, tiny);
}

/** Writes the indices of the listed lanes (< n) at idx + 4·cnt; returns the new count. */
@inline
function list(mask: v128, i: i32, n: i32, idx: usize, cnt: i32): i32 {
  if (!v128.any_true(mask)) return cnt;
  const m = i8x16.bitmask(mask);
  for (let l = 0; l < 4; l++) {
    if ((m >> (l * 4)) & 1 && i + l < n) {
      store<i32>(idx + (<usize>cnt << 2), i + l);
      cnt++;
    }
  }
  return cnt;
}

function trigKernel(a: usize, o: usize, n: i32, idx: usize, cosine: i32): i32 {
  const max = cosine ? kc(K.COS_MAX) : kc(K.SIN_MAX);
  let cnt = 0;
  for (let i = 0; i < n; i += 4) {
    const p = <usize>i << 2;
    const x = v128.load(a + p);
    v128.store(o + p, sincos4(x, cosine));
    cnt = list(trigListed(x, max), i, n, idx, cnt);
  }
  return cnt;
}

export function sinF32x(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigKernel(a, o, n, idx, 0);
}

export function cosF32x(a: usize, o: usize, n: i32, idx: usize): i32 {
  return trigKernel(a, o, n, idx, 1);
}

// ---- exp ----
const LOG2E: f32 = 1.4426950216293335;
const LN2_HI: f32 = -0.693145751953125;
const LN2_LO: f32 = -0.000001428606765330187;
const P0: f32 = 0.000508276280015707;
const P1: f32 = 0.006757896859198809;
const P2: f32 = 0.051145121455192566;
const P3: f32 = 0.24736154079437256;
const P4: f32 = 0.7257664799690247;
const P5: f32 = 1.0;
const Q2: f32 = 0.021595094352960587;
const Q1: f32 = -0.27423354983329773;
/** exp's listed range: outside [EXP_LO, EXP_HI] results may overflow or be subnormal. */
const EXP_LO: f32 = -87.0;
const EXP_HI: f32 = 88.0;
/** NumPy's float32 exp underflows scaling 0 < |x| up to 8.147905e-39 by log2 e: listed. */
const EXP_TINY: f32 = 1e-37;

export function expF32x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 4) {
    const p = <usize>i << 2;
    const x = v128.load(a + p);
    // q = rint(x·log2 e) by the magic constant (product and sum rounded separately: no fusion).
    const q = f32x4.sub(f32x4.add(f32x4.mul(x, kc(K.LOG2E)), kc(K.MAGIC)), kc(K.MAGIC));
    const r = madd(q, kc(K.LN2_LO), madd(q, kc(K.LN2_HI), x));
    const den = madd(madd(kc(K.Q2), r, kc(K.Q1)), r, kc(K.ONE));
    const num = madd(madd(madd(madd(madd(kc(K.P0), r, kc(K.P1)), r, kc(K.P2)), r, kc(K.P3)), r, kc(K.P4)), r, kc(K.P5));
    const poly = f32x4.div(num, den);
    // 2^q for q in the listed range's bounds: q + 127 in the exponent field.
    const qi = i32x4.relaxed_trunc_f32x4_s(q);
    const scale = i32x4.shl(i32x4.add(qi, i32x4.splat(127)), 23);
    v128.store(o + p, f32x4.mul(poly, scale));
    const ax = f32x4.abs(x);
    const out = v128.not(v128.and(f32x4.ge(x, kc(K.EXP_LO)), f32x4.le(x, kc(K.EXP_HI)))); // also NaN
    const tiny = v128.and(f32x4.lt(ax, kc(K.EXP_TINY)), f32x4.ne(ax, sp(0)));
    cnt = list(v128.or(out, tiny), i, n, idx, cnt);
  }
  return cnt;
}

// ---- log ----
const FLT_MIN: f32 = 1.1754943508222875e-38;
const SQRT1_2: f32 = 0.7071067690849304;
const LOGE2: f32 = 0.6931471824645996;
const LP0: f32 = 0.025899792090058327;
const LP1: f32 = 0.3808837831020355;
const LP2: f32 = 1.480000615119934;
const LP3: f32 = 2.112677574157715;
const LP4: f32 = 1.0;
const LP5: f32 = 0.0;
const LQ0: f32 = 0.005875095259398222;
const LQ1: f32 = 0.15464763343334198;
const LQ2: f32 = 0.9864943027496338;
const LQ3: f32 = 2.4530060291290283;
const LQ4: f32 = 2.612677574157715;
const LQ5: f32 = 1.0;
const F32_INF: f32 = Infinity;
const ONE: f32 = 1.0;

export function logF32x(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt = 0;
  for (let i = 0; i < n; i += 4) {
    const p = <usize>i << 2;
    const x = v128.load(a + p);
    // x = m·2^e with m in [0.5, 1) (normal x: the listed lanes cover the rest).
    let e = f32x4.convert_i32x4_s(i32x4.sub(i32x4.shr_u(x, 23), i32x4.splat(126)));
    let m = v128.or(v128.and(x, i32x4.splat(0x7fffff)), i32x4.splat(126 << 23));
    const small = f32x4.le(m, kc(K.SQRT1_2));
    m = v128.bitselect(f32x4.add(m, m), m, small);
    e = v128.bitselect(f32x4.sub(e, kc(K.ONE)), e, small);
    m = f32x4.sub(m, kc(K.ONE));
    let num = madd(kc(K.LP0), m, kc(K.LP1));
    let den = madd(kc(K.LQ0), m, kc(K.LQ1));
    num = madd(num, m, kc(K.LP2));
    den = madd(den, m, kc(K.LQ2));
    num = madd(num, m, kc(K.LP3));
    den = madd(den, m, kc(K.LQ3));
    num = madd(num, m, kc(K.LP4));
    den = madd(den, m, kc(K.LQ4));
    num = madd(num, m, kc(K.LP5));
    den = madd(den, m, kc(K.LQ5));
    v128.store(o + p, madd(e, kc(K.LOGE2), f32x4.div(num, den)));
    // Listed: zero, negative, subnormal, inf and NaN inputs.
    const ok = v128.and(f32x4.ge(x, kc(K.FLT_MIN)), f32x4.lt(x, kc(K.F32_INF)));
    cnt = list(v128.not(ok), i, n, idx, cnt);
  }
  return cnt;
}

/**
 * The kernels' constants, each splat to four lanes, in memory: V8 rebuilds a splat constant
 * in a register (two instructions) at every use inside a loop, while a load from this table is
 * one (binaryen folds v128 locals hoisted out of the loop back into constants). Measured: exp
 * 3.2 -> 2.1 ns an element.
 */
const KTAB = memory.data<f32>([
  MAGIC, MAGIC, MAGIC, MAGIC,
  TWO_OVER_PI, TWO_OVER_PI, TWO_OVER_PI, TWO_OVER_PI,
  PIO2_HI, PIO2_HI, PIO2_HI, PIO2_HI,
  PIO2_MED, PIO2_MED, PIO2_MED, PIO2_MED,
  PIO2_LO, PIO2_LO, PIO2_LO, PIO2_LO,
  C0, C0, C0, C0,
  C1, C1, C1, C1,
  C2, C2, C2, C2,
  C3, C3, C3, C3,
  C4, C4, C4, C4,
  S0, S0, S0, S0,
  S1, S1, S1, S1,
  S2, S2, S2, S2,
  S3, S3, S3, S3,
  LOG2E, LOG2E, LOG2E, LOG2E,
  LN2_HI, LN2_HI, LN2_HI, LN2_HI,
  LN2_LO, LN2_LO, LN2_LO, LN2_LO,
  P0, P0, P0, P0,
  P1, P1, P1, P1,
  P2, P2, P2, P2,
  P3, P3, P3, P3,
  P4, P4, P4, P4,
  P5, P5, P5, P5,
  Q2, Q2, Q2, Q2,
  Q1, Q1, Q1, Q1,
  EXP_LO, EXP_LO, EXP_LO, EXP_LO,
  EXP_HI, EXP_HI, EXP_HI, EXP_HI,
  EXP_TINY, EXP_TINY, EXP_TINY, EXP_TINY,
  FLT_MIN, FLT_MIN, FLT_MIN, FLT_MIN,
  SQRT1_2, SQRT1_2, SQRT1_2, SQRT1_2,
  LOGE2, LOGE2, LOGE2, LOGE2,
  LP0, LP0, LP0, LP0,
  LP1, LP1, LP1, LP1,
  LP2, LP2, LP2, LP2,
  LP3, LP3, LP3, LP3,
  LP4, LP4, LP4, LP4,
  LP5, LP5, LP5, LP5,
  LQ0, LQ0, LQ0, LQ0,
  LQ1, LQ1, LQ1, LQ1,
  LQ2, LQ2, LQ2, LQ2,
  LQ3, LQ3, LQ3, LQ3,
  LQ4, LQ4, LQ4, LQ4,
  LQ5, LQ5, LQ5, LQ5,
  F32_INF, F32_INF, F32_INF, F32_INF,
  TINY_TRIG, TINY_TRIG, TINY_TRIG, TINY_TRIG,
  ONE, ONE, ONE, ONE,
  SIN_MAX, SIN_MAX, SIN_MAX, SIN_MAX,
  COS_MAX, COS_MAX, COS_MAX, COS_MAX,
]);

/** Rows of KTAB. */
enum K {
  MAGIC,
  TWO_OVER_PI,
  PIO2_HI,
  PIO2_MED,
  PIO2_LO,
  C0,
  C1,
  C2,
  C3,
  C4,
  S0,
  S1,
  S2,
  S3,
  LOG2E,
  LN2_HI,
  LN2_LO,
  P0,
  P1,
  P2,
  P3,
  P4,
  P5,
  Q2,
  Q1,
  EXP_LO,
  EXP_HI,
  EXP_TINY,
  FLT_MIN,
  SQRT1_2,
  LOGE2,
  LP0,
  LP1,
  LP2,
  LP3,
  LP4,
  LP5,
  LQ0,
  LQ1,
  LQ2,
  LQ3,
  LQ4,
  LQ5,
  F32_INF,
  TINY_TRIG,
  ONE,
  SIN_MAX,
  COS_MAX,
}

@inline
function kc(i: K): v128 {
  return v128.load(KTAB + (<usize>i << 4));
}
