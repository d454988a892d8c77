// Float → integer and integer → float64 casts on SIMD lanes, with NumPy's C semantics on
// x86-64 (the CPU's truncating conversions). Each kernel (a, o, n) converts n elements at a
// into o and returns 1 when an input was NaN or out of range (NumPy's "invalid value
// encountered in cast"), else 0. A SIMD integer compare on the magnitude's bits finds the
// groups of four lanes that are not safely in range (NaN's bits compare above every finite
// magnitude); those lanes take the exact scalar rule, the rest the fast conversion.

const INT32_LO: f64 = -2147483649.0;
const INT32_HI: f64 = 2147483648.0;
const TWO63: f64 = 9223372036854775808.0;
/** Bits of the largest float64 / float32 below 2^31, and of the largest float64 below 2^51. */
const LIM64_31: i64 = 0x41dfffffffffffff;
const LIM32_31: i32 = 0x4effffff;
const LIM64_51: i64 = 0x431fffffffffffff;
/** 2^52 + 2^51: t + MAGIC for an integer |t| < 2^51 holds t in its low mantissa bits. */
const MAGIC: f64 = 6755399441055744.0;
const MAGIC_BITS: i64 = 0x4338000000000000;

/**
 * One element into int32 (the narrower targets keep its low bits, as NumPy's casts through
 * cvttsd2si do): INT_MIN for NaN and values outside int32. With `u32`, NumPy's vectorised
 * float → uint32 rule instead (castloops.ts floatToU32): values from 2^31 go through x − 2^31.
 * Bit 32 of the result is the invalid flag.
 */
@inline function exact32(x: f64, u32: bool): i64 {
  if (u32 && x >= INT32_HI) {
    const y = x - INT32_HI;
    if (y < INT32_HI) return <i64>(<u32>(<i32>y ^ i32.MIN_VALUE));
    return (<i64>1) << 32;
  }
  if (x > INT32_LO && x < INT32_HI) return <i64>(<u32>(<i32>x));
  return ((<i64>1) << 32) | <i64>(<u32>i32.MIN_VALUE);
}

/** t + MAGIC for t = trunc(x), |x| < 2^51: the low mantissa bits hold t (two's complement). */
@inline function magic(x: v128): v128 {
  return f64x2.add(f64x2.trunc(x), f64x2.splat(MAGIC));
}

@inline function store1(o: usize, j: i32, r: i32, bytes: i32): void {
  if (bytes == 4) store<i32>(o + (<usize>j << 2), r);
  else if (bytes == 2) store<i16>(o + (<usize>j << 1), <i16>r);
  else store<i8>(o + <usize>j, <i8>r);
}

/** Four int32 lanes, narrowed by keeping each lane's low bytes (C's wrapping conversion). */
@inline function store4(o: usize, i: i32, r: v128, bytes: i32): void {
  if (bytes == 4) v128.store(o + (<usize>i << 2), r);
  else if (bytes == 2)
    v128.store64_lane(o + (<usize>i << 1), i8x16.shuffle(r, r, 0, 1, 4, 5, 8, 9, 12, 13, 0, 1, 4, 5, 8, 9, 12, 13), 0);
  else v128.store32_lane(o + <usize>i, i8x16.shuffle(r, r, 0, 4, 8, 12, 0, 4, 8, 12, 0, 4, 8, 12, 0, 4, 8, 12), 0);
}

@inline function loadF(a: usize, j: i32, f32src: bool): f64 {
  return f32src ? <f64>load<f32>(a + (<usize>j << 2)) : load<f64>(a + (<usize>j << 3));
}

/** float64/float32 (f32src) → 1/2/4-byte integers; `u32`: the uint32 rule of exact32. */
/** The four int32 lanes of float64 vectors x0, x1 (exact when every lane is in range). */
@inline function lanesF64(x0: v128, x1: v128): v128 {
  // In range, the low word of the MAGIC sum is the truncation (cheaper on x64 than the
  // saturating conversion, whose NaN and range fix-ups are not needed there).
  return v128.shuffle<i32>(magic(x0), magic(x1), 0, 2, 4, 6);
}

/** Nonzero lanes where |x| may reach 2^31 or x is NaN (an integer compare of the bits). */
@inline function outsideF64(x: v128): v128 {
  return i64x2.gt_s(v128.and(x, i64x2.splat(0x7fffffffffffffff)), i64x2.splat(LIM64_31));
}

@inline function outsideF32(x: v128): v128 {
  return i32x4.gt_s(v128.and(x, i32x4.splat(0x7fffffff)), i32x4.splat(LIM32_31));
}

/** Lanes j..j+8 by the exact rule (a step with a lane outside the fast range). */
@inline function exact8(a: usize, o: usize, i: i32, f32src: bool, bytes: i32, u32: bool): i64 {
  let flag: i64 = 0;
  for (let j = i; j < i + 8; j++) {
    const e = exact32(loadF(a, j, f32src), u32);
    flag |= e;
    store1(o, j, <i32>e, bytes);
  }
  return flag;
}

/**
 * float64/float32 (f32src) → 1/2/4-byte integers; `u32`: the uint32 rule of exact32. Eight
 * lanes per step (fewer branches); a step with a lane outside takes the exact rule for all.
 */
@inline function toNarrow(a: usize, o: usize, n: i32, f32src: bool, bytes: i32, u32: bool): i32 {
  let flag: i64 = 0;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    if (f32src) {
      const p = a + (<usize>i << 2);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      if (v128.any_true(v128.or(outsideF32(x0), outsideF32(x1)))) {
        flag |= exact8(a, o, i, f32src, bytes, u32);
        continue;
      }
      store4(o, i, i32x4.trunc_sat_f32x4_s(x0), bytes);
      store4(o, i + 4, i32x4.trunc_sat_f32x4_s(x1), bytes);
    } else {
      const p = a + (<usize>i << 3);
      const x0 = v128.load(p);
      const x1 = v128.load(p, 16);
      const x2 = v128.load(p, 32);
      const x3 = v128.load(p, 48);
      const out = v128.or(v128.or(outsideF64(x0), outsideF64(x1)), v128.or(outsideF64(x2), outsideF64(x3)));
      if (v128.any_true(out)) {
        flag |= exact8(a, o, i, f32src, bytes, u32);
        continue;
      }
      store4(o, i, lanesF64(x0, x1), bytes);
      store4(o, i + 4, lanesF64(x2, x3), bytes);
    }
  }
  for (; i < n; i++) {
    const e = exact32(loadF(a, i, f32src), u32);
    flag |= e;
    store1(o, i, <i32>e, bytes);
  }
  return <i32>(flag >>> 32);
}

export function f64_to_i32(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, false, 4, false); }
export function f64_to_i16(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, false, 2, false); }
export function f64_to_i8(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, false, 1, false); }
export function f64_to_u32(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, false, 4, true); }
export function f32_to_i32(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, true, 4, false); }
export function f32_to_i16(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, true, 2, false); }
export function f32_to_i8(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, true, 1, false); }
export function f32_to_u32(a: usize, o: usize, n: i32): i32 { return toNarrow(a, o, n, true, 4, true); }

/**
 * One element into int64: INT64_MIN for NaN and values outside int64; with `u64`, values
 * from 2^63 go through x − 2^63 and get the top bit (castloops.ts floatToWide). The flag is
 * returned through `bad`.
 */
let bad64: i32 = 0;
@inline function exact64(x: f64, u64: bool): i64 {
  let top: i64 = 0;
  if (u64 && x >= TWO63) {
    x -= TWO63;
    top = i64.MIN_VALUE;
  }
  if (x >= -TWO63 && x < TWO63) return <i64>x ^ top;
  bad64 = 1;
  return i64.MIN_VALUE ^ top;
}

/** Two float64 lanes truncated to int64, exact for |x| < 2^51 (the MAGIC addition). */
@inline function trunc2(x: v128): v128 {
  return i64x2.sub(magic(x), i64x2.splat(MAGIC_BITS));
}

/** float64/float32 (f32src) → int64 (or uint64 with `u64`). */
@inline function toWide(a: usize, o: usize, n: i32, f32src: bool, u64: bool): i32 {
  const m64 = i64x2.splat(0x7fffffffffffffff);
  const lim = i64x2.splat(LIM64_51);
  bad64 = 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    let x0: v128;
    let x1: v128;
    if (f32src) {
      const x = v128.load(a + (<usize>i << 2));
      x0 = f64x2.promote_low_f32x4(x);
      x1 = f64x2.promote_low_f32x4(v128.shuffle<i32>(x, x, 2, 3, 2, 3));
    } else {
      x0 = v128.load(a + (<usize>i << 3));
      x1 = v128.load(a + (<usize>i << 3), 16);
    }
    const bad = v128.or(i64x2.gt_s(v128.and(x0, m64), lim), i64x2.gt_s(v128.and(x1, m64), lim));
    const p = o + (<usize>i << 3);
    if (v128.any_true(bad)) {
      for (let j = i; j < i + 4; j++) store<i64>(o + (<usize>j << 3), exact64(loadF(a, j, f32src), u64));
    } else {
      v128.store(p, trunc2(x0));
      v128.store(p, trunc2(x1), 16);
    }
  }
  for (; i < n; i++) store<i64>(o + (<usize>i << 3), exact64(loadF(a, i, f32src), u64));
  return bad64;
}

export function f64_to_i64(a: usize, o: usize, n: i32): i32 { return toWide(a, o, n, false, false); }
export function f64_to_u64(a: usize, o: usize, n: i32): i32 { return toWide(a, o, n, false, true); }
export function f32_to_i64(a: usize, o: usize, n: i32): i32 { return toWide(a, o, n, true, false); }
export function f32_to_u64(a: usize, o: usize, n: i32): i32 { return toWide(a, o, n, true, true); }

/**
 * int64 → float64 rounded to nearest (cvtsi2sd): |v| < 2^51 through the MAGIC bits (exact),
 * larger values one at a time.
 */
export function i64_to_f64(a: usize, o: usize, n: i32): i32 {
  const bias = i64x2.splat(1 << 51);
  const mb = i64x2.splat(MAGIC_BITS);
  const m = f64x2.splat(MAGIC);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = <usize>i << 3;
    const v0 = v128.load(a + p);
    const v1 = v128.load(a + p, 16);
    // v + 2^51 below 2^52 as unsigned ⇔ -2^51 <= v < 2^51.
    const big = v128.or(i64x2.shr_u(i64x2.add(v0, bias), 52), i64x2.shr_u(i64x2.add(v1, bias), 52));
    if (v128.any_true(big)) {
      for (let j = i; j < i + 4; j++) store<f64>(o + (<usize>j << 3), <f64>load<i64>(a + (<usize>j << 3)));
    } else {
      v128.store(o + p, f64x2.sub(i64x2.add(v0, mb), m));
      v128.store(o + p, f64x2.sub(i64x2.add(v1, mb), m), 16);
    }
  }
  for (; i < n; i++) store<f64>(o + (<usize>i << 3), <f64>load<i64>(a + (<usize>i << 3)));
  return 0;
}
