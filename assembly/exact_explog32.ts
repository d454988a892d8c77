// Kernels that reproduce NumPy's float32 np.exp and np.log bit for bit: NumPy 2.4's own AVX2 +
// FMA3 kernels (simd_exp_FLOAT / simd_log_FLOAT of loops_exponent_log.dispatch.c.src, ported
// in src/_core/umath/defs/simd_f32.ts as expSimd32 / logSimd32), evaluated on f64x2 lanes.
// Each kernel writes the results of the elements it can vouch for and lists the indices of
// the others (i32, ascending); the TypeScript driver (src/_core/kernels/exact_explog32.ts)
// recomputes exactly those with the scalar port. Every element's result depends on its own
// value alone.
//
// The float32 multiplies, adds and divides that NumPy does unfused are done natively on f32x4.
// Each fused multiply-add fma(a, b, c) of float32 values is formed in double, where the
// product a·b is exact, and rounded to float32 in one of two ways:
// - fixed binade: where every value a Horner step takes lies in one binade [2^E, 2^(E+1)) over
//   the whole range of the reduced argument, the sum is rounded on that binade's float32 grid
//   by one double rounding: (a·b + (c + M)) − M with M = 1.5·2^(E+29), whose double ulp is the
//   float32 ulp 2^(E−23) (c + M is exact: c lies on that grid). Ties go to even, as in float32.
// - otherwise the double sum s = RN(a·b + c) is rounded to float32 (demote, ties to even). That
//   double rounding is the single correct one unless s is inexact and lies exactly halfway
//   between two floats. Enumerating every float32 reduced argument (all r with |r| ≤ 0.3467
//   for exp, all 2^23 mantissas for log) found such midpoints only where the sum is exact (real
//   ties), and comparing the kernels with the scalar port on all 2^32 inputs found no difference.
// Two sums are exact by construction: exp's reduction t + q·ln2_lo (t a multiple of 2^-25 when
// q ≠ 0, q·ln2_lo of 2^-43, below 1) and log's last step e·ln 2 + ratio unless 0 < |ratio| <
// 2^-22 (flagged). Flagged too, for the scalar port: NaN, ±inf, exp's inputs beyond its
// kernel range (overflow, subnormal results) and tiny nonzero inputs (underflow bookkeeping),
// log's zero, negative and subnormal inputs.
//
// The loops are latency-bound: two vectors (four f64x2 chains) per iteration, each step's
// values stored in order by `pin` so that the compiler keeps the chains interleaved (it
// otherwise emits one chain after the other: 1.3 to 1.4 times slower).

@inline function ld(p: usize): v128 {
  return v128.load64_splat(p);
}
@inline function ld32(p: usize): v128 {
  return v128.load32_splat(p);
}

/** A double rounded to float32 (ties to even) and back. */
@inline function f32roundEven(s: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(s));
}

/** The low (high) two floats of a float32 vector, widened. */
@inline function lo(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}
@inline function hi(v: v128): v128 {
  return f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 2, 3));
}

/** Two double vectors (float32 values) rounded to float32 and joined into one vector. */
@inline function join(a: v128, b: v128): v128 {
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 1, 4, 5);
}

const PIN = memory.data(64, 16);
/** Stores the four chains' values in order: keeps the compiler from serializing the chains. */
@inline function pin(a: v128, b: v128, c: v128, d: v128): void {
  v128.store(PIN, a);
  v128.store(PIN, b, 16);
  v128.store(PIN, c, 32);
  v128.store(PIN, d, 48);
}

/** fma(p, r, c) on a fixed binade: cm = c + M, m = M (see the top of the file). */
@inline function fixed(p: v128, r: v128, cm: usize, m: usize): v128 {
  return f64x2.sub(f64x2.add(f64x2.mul(p, r), ld(cm)), ld(m));
}

/** The double sum of fma(p, r, c), to be rounded to float32 (see the top of the file). */
@inline function fsum(p: v128, r: v128, c: usize): v128 {
  return f64x2.add(f64x2.mul(p, r), ld(c));
}

/** Append index j (< n) to the list at idx when lane flag f is set; the new count. */
@inline function push(idx: usize, cnt: i32, f: i32, j: i32, n: i32): i32 {
  if (f == 0 || j >= n) return cnt;
  store<i32>(idx + (<usize>cnt << 2), j);
  return cnt + 1;
}

/** Flagged lanes of the float32 vector at element j: appended to idx; the new count. */
@inline function pushAll(idx: usize, cnt: i32, bad: v128, j: i32, n: i32): i32 {
  if (!v128.any_true(bad)) return cnt;
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 0), j, n);
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 1), j + 1, n);
  cnt = push(idx, cnt, i32x4.extract_lane(bad, 2), j + 2, n);
  return push(idx, cnt, i32x4.extract_lane(bad, 3), j + 3, n);
}

// ---- exp ----
const E_LOG2E = memory.data<f32>([1.4426950216293335]);
const E_MAGIC = memory.data<f32>([12582912.0]);
const E_LN2HI = memory.data<f32>([-0.693145751953125]);
const E_LN2LO = memory.data<f64>([-0.000001428606765330187]);
const E_P5 = memory.data<f64>([0.000508276280015707]);
const E_P4M = memory.data<f64>([0.006757896859198809 + 3145728.0]); // binade 2^-8
const E_M8 = memory.data<f64>([3145728.0]);
const E_P3M = memory.data<f64>([0.051145121455192566 + 25165824.0]); // binade 2^-5
const E_M5 = memory.data<f64>([25165824.0]);
const E_P2 = memory.data<f64>([0.24736154079437256]);
const E_P1M = memory.data<f64>([0.7257664799690247 + 402653184.0]); // binade 2^-1
const E_M1 = memory.data<f64>([402653184.0]);
const E_ONE = memory.data<f64>([1.0]);
const E_Q2 = memory.data<f64>([0.021595094352960587]);
const E_Q1M = memory.data<f64>([-0.27423354983329773 + 201326592.0]); // binade 2^-2 (negative)
const E_M2 = memory.data<f64>([201326592.0]);
/** x outside (E_XLO, E_XHI): the scaling 2^q leaves −125 ≤ q ≤ 127 (normal, finite results). */
const E_XLO = memory.data<f32>([-86.9000015258789]);
const E_XHI = memory.data<f32>([88.30000305175781]);
const ABS_MASK = memory.data<i32>([0x7fffffff]);
const ONE_I = memory.data<i32>([1]);
/** Bits of 2^-100: nonzero |x| below it is flagged (underflow bookkeeping; exp(x) = 1 there). */
const E_TINY_BITS = memory.data<i32>([226492416]);

/**
 * NumPy's float32 exp over n floats at a into o, eight (two vectors A, B) per iteration. The
 * loop is software-pipelined: an iteration reduces the arguments of the next eight floats
 * (x → q, r) while it evaluates the polynomials of the current ones, so that the two latency
 * chains overlap (1.1 times faster); it reads the eight floats after the last group too.
 */
@inline function expLoop(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt: i32 = 0;
  // reduction of the first eight
  let xA = v128.load(a);
  let xB = v128.load(a, 16);
  let qA = f32x4.sub(f32x4.add(f32x4.mul(xA, ld32(E_LOG2E)), ld32(E_MAGIC)), ld32(E_MAGIC));
  let qB = f32x4.sub(f32x4.add(f32x4.mul(xB, ld32(E_LOG2E)), ld32(E_MAGIC)), ld32(E_MAGIC));
  let tA = f32x4.add(f32x4.mul(qA, ld32(E_LN2HI)), xA);
  let tB = f32x4.add(f32x4.mul(qB, ld32(E_LN2HI)), xB);
  let r0 = f32roundEven(f64x2.add(f64x2.mul(lo(qA), ld(E_LN2LO)), lo(tA)));
  let r1 = f32roundEven(f64x2.add(f64x2.mul(hi(qA), ld(E_LN2LO)), hi(tA)));
  let r2 = f32roundEven(f64x2.add(f64x2.mul(lo(qB), ld(E_LN2LO)), lo(tB)));
  let r3 = f32roundEven(f64x2.add(f64x2.mul(hi(qB), ld(E_LN2LO)), hi(tB)));
  let eA = i32x4.shl(i32x4.trunc_sat_f32x4_s(qA), 23);
  let eB = i32x4.shl(i32x4.trunc_sat_f32x4_s(qB), 23);
  let badA = expBad(xA);
  let badB = expBad(xB);
  for (let j: i32 = 0; j < n; j += 8) {
    const p = a + (<usize>j << 2);
    // numerator P5 … P0 by Horner's rule, denominator fma(fma(Q2, r, Q1), r, 1) alongside
    let a0 = fixed(ld(E_P5), r0, E_P4M, E_M8);
    let a1 = fixed(ld(E_P5), r1, E_P4M, E_M8);
    let a2 = fixed(ld(E_P5), r2, E_P4M, E_M8);
    let a3 = fixed(ld(E_P5), r3, E_P4M, E_M8);
    pin(a0, a1, a2, a3);
    // the next eight: x → q = rint(x·log2 e) (float32 operations, not fused in NumPy's kernel)
    xA = v128.load(p, 32);
    xB = v128.load(p, 48);
    const nqA = f32x4.sub(f32x4.add(f32x4.mul(xA, ld32(E_LOG2E)), ld32(E_MAGIC)), ld32(E_MAGIC));
    const nqB = f32x4.sub(f32x4.add(f32x4.mul(xB, ld32(E_LOG2E)), ld32(E_MAGIC)), ld32(E_MAGIC));
    let b0 = fsum(fixed(ld(E_Q2), r0, E_Q1M, E_M2), r0, E_ONE);
    let b1 = fsum(fixed(ld(E_Q2), r1, E_Q1M, E_M2), r1, E_ONE);
    let b2 = fsum(fixed(ld(E_Q2), r2, E_Q1M, E_M2), r2, E_ONE);
    let b3 = fsum(fixed(ld(E_Q2), r3, E_Q1M, E_M2), r3, E_ONE);
    pin(b0, b1, b2, b3);
    // t = fma(q, ln2_hi, x): q·ln2_hi (8 + 16 bits) is exact in float32
    tA = f32x4.add(f32x4.mul(nqA, ld32(E_LN2HI)), xA);
    tB = f32x4.add(f32x4.mul(nqB, ld32(E_LN2HI)), xB);
    a0 = fixed(a0, r0, E_P3M, E_M5);
    a1 = fixed(a1, r1, E_P3M, E_M5);
    a2 = fixed(a2, r2, E_P3M, E_M5);
    a3 = fixed(a3, r3, E_P3M, E_M5);
    pin(a0, a1, a2, a3);
    // r = fma(q, ln2_lo, t): exact in double (t a multiple of 2^-25 when q ≠ 0, q·ln2_lo of 2^-43)
    const n0 = f32roundEven(f64x2.add(f64x2.mul(lo(nqA), ld(E_LN2LO)), lo(tA)));
    const n1 = f32roundEven(f64x2.add(f64x2.mul(hi(nqA), ld(E_LN2LO)), hi(tA)));
    const n2 = f32roundEven(f64x2.add(f64x2.mul(lo(nqB), ld(E_LN2LO)), lo(tB)));
    const n3 = f32roundEven(f64x2.add(f64x2.mul(hi(nqB), ld(E_LN2LO)), hi(tB)));
    pin(n0, n1, n2, n3);
    a0 = fsum(a0, r0, E_P2);
    a1 = fsum(a1, r1, E_P2);
    a2 = fsum(a2, r2, E_P2);
    a3 = fsum(a3, r3, E_P2);
    pin(a0, a1, a2, a3);
    a0 = fixed(f32roundEven(a0), r0, E_P1M, E_M1);
    a1 = fixed(f32roundEven(a1), r1, E_P1M, E_M1);
    a2 = fixed(f32roundEven(a2), r2, E_P1M, E_M1);
    a3 = fixed(f32roundEven(a3), r3, E_P1M, E_M1);
    pin(a0, a1, a2, a3);
    a0 = fsum(a0, r0, E_ONE);
    a1 = fsum(a1, r1, E_ONE);
    a2 = fsum(a2, r2, E_ONE);
    a3 = fsum(a3, r3, E_ONE);
    pin(a0, a1, a2, a3);
    // the float32 quotient, times 2^q: q added to the exponent field (the result is normal here)
    const yA = f32x4.div(join(a0, a1), join(b0, b1));
    const yB = f32x4.div(join(a2, a3), join(b2, b3));
    const q = o + (<usize>j << 2);
    v128.store(q, i32x4.add(yA, eA));
    v128.store(q, i32x4.add(yB, eB), 16);
    cnt = pushAll(idx, cnt, badA, j, n);
    cnt = pushAll(idx, cnt, badB, j + 4, n);
    r0 = n0;
    r1 = n1;
    r2 = n2;
    r3 = n3;
    eA = i32x4.shl(i32x4.trunc_sat_f32x4_s(nqA), 23);
    eB = i32x4.shl(i32x4.trunc_sat_f32x4_s(nqB), 23);
    badA = expBad(xA);
    badB = expBad(xB);
  }
  return cnt;
}

/** The lanes of x the block kernel leaves to the scalar port: out of range, NaN, tiny. */
@inline function expBad(x: v128): v128 {
  const inRange = v128.and(f32x4.gt(x, ld32(E_XLO)), f32x4.lt(x, ld32(E_XHI)));
  const tiny = i32x4.lt_u(i32x4.sub(v128.and(x, ld32(ABS_MASK)), ld32(ONE_I)), ld32(E_TINY_BITS));
  return v128.or(v128.not(inRange), tiny);
}

/**
 * o[i] = NumPy's float32 exp of a[i] for i < n, except the elements whose indices are written
 * to idx (i32 each, ascending): those o[i] hold no meaningful value. Returns how many were
 * written. Reads and writes whole groups of 8 floats and reads 8 more (the scratch blocks are
 * sized for that: block B follows block A).
 */
export function f32_exp_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  return expLoop(a, o, n, idx);
}

// ---- log ----
const L_LOW_NORMAL = memory.data<i32>([0x00800000]);
const L_NORMAL_SPAN = memory.data<i32>([0x7f000000]);
const L_BIAS = memory.data<i32>([126]);
const L_MANT = memory.data<i32>([0x007fffff]);
const L_HALF_EXP = memory.data<i32>([0x3f000000]);
const L_SQRT1_2 = memory.data<f32>([0.7071067690849304]);
const L_ONE32 = memory.data<f32>([1.0]);
const L_LOGE2 = memory.data<f64>([0.6931471824645996]);
const L_P5 = memory.data<f64>([0.025899792090058327]);
const L_P4M = memory.data<f64>([0.3808837831020355 + 201326592.0]); // binade 2^-2
const L_M2 = memory.data<f64>([201326592.0]);
const L_P3M = memory.data<f64>([1.480000615119934 + 805306368.0]); // binade 2^0
const L_M0 = memory.data<f64>([805306368.0]);
const L_P2 = memory.data<f64>([2.112677574157715]);
const L_ONE = memory.data<f64>([1.0]);
const L_Q5 = memory.data<f64>([0.005875095259398222]);
const L_Q4M = memory.data<f64>([0.15464763343334198 + 100663296.0]); // binade 2^-3
const L_M3 = memory.data<f64>([100663296.0]);
const L_Q3 = memory.data<f64>([0.9864943027496338]);
const L_Q2M = memory.data<f64>([2.4530060291290283 + 1610612736.0]); // binade 2^1
const L_M1P = memory.data<f64>([1610612736.0]);
const L_Q1 = memory.data<f64>([2.612677574157715]);
/** Bits of 2^-22 (float32). */
const L_TINY_BITS = memory.data<i32>([0x34800000]);

/**
 * Eight floats at p (two vectors, four f64x2 chains): log to o, flagged element indices (from
 * j) appended to idx.
 */
@inline function logBlock(p: usize, o: usize, j: i32, n: i32, idx: usize, cnt: i32): i32 {
  const xA = v128.load(p);
  const xB = v128.load(p, 16);
  // x = m·2^e, m in [0.5, 1); m ≤ √½: m += m, e −= 1; then m −= 1 (all exact)
  let eA = i32x4.sub(i32x4.shr_u(xA, 23), ld32(L_BIAS));
  let eB = i32x4.sub(i32x4.shr_u(xB, 23), ld32(L_BIAS));
  let mA = v128.or(v128.and(xA, ld32(L_MANT)), ld32(L_HALF_EXP));
  let mB = v128.or(v128.and(xB, ld32(L_MANT)), ld32(L_HALF_EXP));
  const lowA = f32x4.le(mA, ld32(L_SQRT1_2));
  const lowB = f32x4.le(mB, ld32(L_SQRT1_2));
  mA = f32x4.sub(f32x4.add(mA, v128.and(mA, lowA)), ld32(L_ONE32));
  mB = f32x4.sub(f32x4.add(mB, v128.and(mB, lowB)), ld32(L_ONE32));
  eA = i32x4.add(eA, lowA);
  eB = i32x4.add(eB, lowB);
  const m0 = lo(mA);
  const m1 = hi(mA);
  const m2 = lo(mB);
  const m3 = hi(mB);
  pin(m0, m1, m2, m3);
  // numerator: P5 … P1 by Horner's rule, then fma(p, m, 0) = p·m rounded
  let a0 = fixed(ld(L_P5), m0, L_P4M, L_M2);
  let a1 = fixed(ld(L_P5), m1, L_P4M, L_M2);
  let a2 = fixed(ld(L_P5), m2, L_P4M, L_M2);
  let a3 = fixed(ld(L_P5), m3, L_P4M, L_M2);
  pin(a0, a1, a2, a3);
  // denominator's first step alongside
  let b0 = fixed(ld(L_Q5), m0, L_Q4M, L_M3);
  let b1 = fixed(ld(L_Q5), m1, L_Q4M, L_M3);
  let b2 = fixed(ld(L_Q5), m2, L_Q4M, L_M3);
  let b3 = fixed(ld(L_Q5), m3, L_Q4M, L_M3);
  pin(b0, b1, b2, b3);
  a0 = fixed(a0, m0, L_P3M, L_M0);
  a1 = fixed(a1, m1, L_P3M, L_M0);
  a2 = fixed(a2, m2, L_P3M, L_M0);
  a3 = fixed(a3, m3, L_P3M, L_M0);
  pin(a0, a1, a2, a3);
  let t0 = fsum(b0, m0, L_Q3);
  let t1 = fsum(b1, m1, L_Q3);
  let t2 = fsum(b2, m2, L_Q3);
  let t3 = fsum(b3, m3, L_Q3);
  pin(t0, t1, t2, t3);
  let s0 = fsum(a0, m0, L_P2);
  let s1 = fsum(a1, m1, L_P2);
  let s2 = fsum(a2, m2, L_P2);
  let s3 = fsum(a3, m3, L_P2);
  pin(s0, s1, s2, s3);
  b0 = fixed(f32roundEven(t0), m0, L_Q2M, L_M1P);
  b1 = fixed(f32roundEven(t1), m1, L_Q2M, L_M1P);
  b2 = fixed(f32roundEven(t2), m2, L_Q2M, L_M1P);
  b3 = fixed(f32roundEven(t3), m3, L_Q2M, L_M1P);
  pin(b0, b1, b2, b3);
  s0 = fsum(f32roundEven(s0), m0, L_ONE);
  s1 = fsum(f32roundEven(s1), m1, L_ONE);
  s2 = fsum(f32roundEven(s2), m2, L_ONE);
  s3 = fsum(f32roundEven(s3), m3, L_ONE);
  pin(s0, s1, s2, s3);
  t0 = fsum(b0, m0, L_Q1);
  t1 = fsum(b1, m1, L_Q1);
  t2 = fsum(b2, m2, L_Q1);
  t3 = fsum(b3, m3, L_Q1);
  pin(t0, t1, t2, t3);
  // fma(p, m, 0): p·m is exact in double, demote rounds it
  const numA = join(f64x2.mul(f32roundEven(s0), m0), f64x2.mul(f32roundEven(s1), m1));
  const numB = join(f64x2.mul(f32roundEven(s2), m2), f64x2.mul(f32roundEven(s3), m3));
  t0 = fsum(f32roundEven(t0), m0, L_ONE);
  t1 = fsum(f32roundEven(t1), m1, L_ONE);
  t2 = fsum(f32roundEven(t2), m2, L_ONE);
  t3 = fsum(f32roundEven(t3), m3, L_ONE);
  pin(t0, t1, t2, t3);
  const ratioA = f32x4.div(numA, join(t0, t1));
  const ratioB = f32x4.div(numB, join(t2, t3));
  // fma(e, ln 2, ratio): e·ln 2 is exact in double, and so is the sum unless 0 < |ratio| <
  // 2^-22 (then its bits may span more than 53: flagged), so demote rounds it
  v128.store(o, join(lnSum(lo(ratioA), eA), lnSum(hi(ratioA), ehi(eA))));
  v128.store(o, join(lnSum(lo(ratioB), eB), lnSum(hi(ratioB), ehi(eB))), 16);
  cnt = pushAll(idx, cnt, v128.or(logBad(xA), tinyRatio(ratioA)), j, n);
  return pushAll(idx, cnt, v128.or(logBad(xB), tinyRatio(ratioB)), j + 4, n);
}

/** e·ln 2 + ratio in double, ratio (float32 values) widened, e the low two i32 lanes of ei. */
@inline function lnSum(ratio: v128, ei: v128): v128 {
  return f64x2.add(f64x2.mul(f64x2.convert_low_i32x4_s(ei), ld(L_LOGE2)), ratio);
}

/** The high two i32 lanes of e moved low. */
@inline function ehi(e: v128): v128 {
  return v128.shuffle<i32>(e, e, 2, 3, 2, 3);
}

/** Lanes with 0 < |ratio| < 2^-22. */
@inline function tinyRatio(ratio: v128): v128 {
  return i32x4.lt_u(i32x4.sub(v128.and(ratio, ld32(ABS_MASK)), ld32(ONE_I)), ld32(L_TINY_BITS));
}

/** Not a positive normal finite float: zero, negative, subnormal, inf, NaN. */
@inline function logBad(x: v128): v128 {
  return i32x4.ge_u(i32x4.sub(x, ld32(L_LOW_NORMAL)), ld32(L_NORMAL_SPAN));
}

/** NumPy's float32 log over n floats at a into o; flagged indices to idx (as f32_exp_exact). */
export function f32_log_exact(a: usize, o: usize, n: i32, idx: usize): i32 {
  let cnt: i32 = 0;
  for (let j: i32 = 0; j < n; j += 8) {
    const b = <usize>j << 2;
    cnt = logBlock(a + b, o + b, j, n, idx, cnt);
  }
  return cnt;
}
