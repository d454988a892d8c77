// Non-finite detection on a block already in scratch memory: x - x is 0 for finite x and
// NaN for NaN and ±inf, so OR-ing the "not equal to itself" lanes of x - x finds either.

/** 1 when any of the n doubles at p is NaN or ±inf, else 0. */
export function nonfiniteF64(p: usize, n: i32): i32 {
  let acc = i64x2.splat(0);
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const v = v128.load(p + (<usize>i << 3));
    const d = f64x2.sub(v, v);
    acc = v128.or(acc, f64x2.ne(d, d));
  }
  if (v128.any_true(acc)) return 1;
  for (; i < n; i++) {
    const x = load<f64>(p + (<usize>i << 3));
    if (x - x != 0) return 1;
  }
  return 0;
}

/** 1 when any of the n floats at p is NaN or ±inf, else 0. */
export function nonfiniteF32(p: usize, n: i32): i32 {
  let acc = i32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(p + (<usize>i << 2));
    const d = f32x4.sub(v, v);
    acc = v128.or(acc, f32x4.ne(d, d));
  }
  if (v128.any_true(acc)) return 1;
  for (; i < n; i++) {
    const x = load<f32>(p + (<usize>i << 2));
    if (x - x != 0) return 1;
  }
  return 0;
}
