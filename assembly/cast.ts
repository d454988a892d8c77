// float64 → float32 with NumPy's C semantics on x86-64 (the casts between floats and
// integers are in assembly/cast_int.ts).

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
