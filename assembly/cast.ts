// Casts between float64 and integers, and float64 → float32, with NumPy's C semantics on
// x86-64 (the CPU's conversions): float64 → int32 gives INT_MIN for NaN and values outside int32 (cvttsd2si),
// float64 → int64 gives INT64_MIN likewise; int64 → float64 rounds to nearest. Each kernel
// (a, o, n) converts n elements at a into o and returns 1 when an input was NaN or out of
// range (NumPy's "invalid value encountered in cast"), else 0.

const INT32_LO: f64 = -2147483649.0;
const INT32_HI: f64 = 2147483648.0;
const INT64_LO: f64 = -9223372036854775808.0;
const INT64_HI: f64 = 9223372036854775808.0;

export function f64_to_i32(a: usize, o: usize, n: i32): i32 {
  const lo = f64x2.splat(INT32_LO);
  const hi = f64x2.splat(INT32_HI);
  const minInt = i32x4.splat(i32.MIN_VALUE);
  let bad = i64x2.splat(0);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const x = v128.load(a + (<usize>i << 3));
    const ok = v128.and(f64x2.gt(x, lo), f64x2.lt(x, hi)); // false for NaN
    bad = v128.or(bad, v128.not(ok));
    // The two 64-bit lane masks as the low two 32-bit lanes, like the conversion's result.
    const ok32 = i32x4.shuffle(ok, ok, 0, 2, 0, 2);
    const r = v128.bitselect(i32x4.trunc_sat_f64x2_s_zero(x), minInt, ok32);
    v128.store64_lane(o + (<usize>i << 2), r, 0);
  }
  let flag = v128.any_true(bad) ? 1 : 0;
  for (; i < n; i++) {
    const v = load<f64>(a + (<usize>i << 3));
    if (v > INT32_LO && v < INT32_HI) store<i32>(o + (<usize>i << 2), <i32>v);
    else {
      store<i32>(o + (<usize>i << 2), i32.MIN_VALUE);
      flag = 1;
    }
  }
  return flag;
}

export function f64_to_i64(a: usize, o: usize, n: i32): i32 {
  let flag = 0;
  for (let i = 0; i < n; i++) {
    const v = load<f64>(a + (<usize>i << 3));
    if (v >= INT64_LO && v < INT64_HI) store<i64>(o + (<usize>i << 3), <i64>v);
    else {
      store<i64>(o + (<usize>i << 3), i64.MIN_VALUE);
      flag = 1;
    }
  }
  return flag;
}

export function i64_to_f64(a: usize, o: usize, n: i32): i32 {
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 3;
    store<f64>(o + p, <f64>load<i64>(a + p));
  }
  return 0;
}

const F64_INF: f64 = Infinity;
/** The smallest float64 magnitude that rounds to float32 infinity: FLT_MAX + half an ulp. */
const F32_OVER: f64 = reinterpret<f64>(0x47effffff0000000);

// float64 → float32 (round to nearest even, as C's cast and the CPU's cvtpd2ps; NaN payloads
// keep their top bits) four at a time; returns 1 when a finite input became ±inf (NumPy's
// "overflow encountered in cast"), else 0. The SIMD loop only keeps the largest |x| (pmax
// skips NaN); an input at or past the edge (or an infinity) sends the block through an exact
// scalar check. o may not overlap a.
export function f64_to_f32(a: usize, o: usize, n: i32): i32 {
  let big = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x0 = v128.load(a + (<usize>i << 3));
    const x1 = v128.load(a + (<usize>i << 3), 16);
    const r = v128.shuffle<f32>(f32x4.demote_f64x2_zero(x0), f32x4.demote_f64x2_zero(x1), 0, 1, 4, 5);
    v128.store(o + (<usize>i << 2), r);
    big = f64x2.pmax(big, f64x2.pmax(f64x2.abs(x0), f64x2.abs(x1)));
  }
  for (; i < n; i++) store<f32>(o + (<usize>i << 2), <f32>load<f64>(a + (<usize>i << 3)));
  if (!v128.any_true(f64x2.ge(big, f64x2.splat(F32_OVER)))) {
    // the tail may still hold a large value
    for (let j = n & ~3; j < n; j++) {
      const ax = abs<f64>(load<f64>(a + (<usize>j << 3)));
      if (ax >= F32_OVER && ax < F64_INF) return 1;
    }
    return 0;
  }
  for (let j = 0; j < n; j++) {
    const ax = abs<f64>(load<f64>(a + (<usize>j << 3)));
    if (ax >= F32_OVER && ax < F64_INF) return 1;
  }
  return 0;
}
