// np.round(x, d) for 1 <= d <= 22 in one pass: rint(x * f) / f with f = 10**d, the same three
// IEEE operations as NumPy's multiply, rint and true_divide ufunc calls, lane by lane. The
// kernels (a, f, o, n) return 1 when a product is ±inf, NaN or below the smallest normal
// (not zero): there those calls may raise floating-point errors, so the caller runs them.

/**
 * o = rint(a * f) / f over n floats T, with I the same-width integer type for the checks on
 * |p|'s bits: above the largest finite (±inf, NaN), or nonzero below the smallest normal.
 */
@inline function roundDec<T, I>(a: usize, f: T, o: usize, n: i32, maxBits: I, minNormal: I, mask: I): i32 {
  const L = <i32>(16 / sizeof<T>());
  const fv = v128.splat<T>(f);
  const mv = v128.splat<I>(mask);
  const zero = v128.splat<I>(<I>0);
  let bad = zero;
  let i = 0;
  for (; i + L <= n; i += L) {
    const p = v128.mul<T>(v128.load(a + <usize>i * sizeof<T>()), fv);
    const b = v128.and(p, mv);
    const tiny = v128.and(v128.gt<I>(b, zero), v128.lt<I>(b, v128.splat<I>(minNormal)));
    bad = v128.or(bad, v128.or(tiny, v128.gt<I>(b, v128.splat<I>(maxBits))));
    v128.store(o + <usize>i * sizeof<T>(), v128.div<T>(v128.nearest<T>(p), fv));
  }
  let flag = v128.any_true(bad) ? 1 : 0;
  for (; i < n; i++) {
    const p: T = load<T>(a + <usize>i * sizeof<T>()) * f;
    const b: I = reinterpret<I>(p) & mask;
    if (b > maxBits || (b > <I>0 && b < minNormal)) flag = 1;
    store<T>(o + <usize>i * sizeof<T>(), nearest<T>(p) / f);
  }
  return flag;
}

export function f64_round_dec(a: usize, f: f64, o: usize, n: i32): i32 {
  return roundDec<f64, i64>(a, f, o, n, 0x7fefffffffffffff, 0x0010000000000000, 0x7fffffffffffffff);
}

export function f32_round_dec(a: usize, f: f32, o: usize, n: i32): i32 {
  return roundDec<f32, i32>(a, f, o, n, 0x7f7fffff, 0x00800000, 0x7fffffff);
}
