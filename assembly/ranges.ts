// np.arange's fill (NumPy's @NAME@_fill) on SIMD lanes, a block at a time: the caller streams
// each block out of scratch. Both write up to one vector past n.

/** o[k] = start + (i0 + k) * delta for k < n: float64, the multiply and the add rounded apart. */
export function f64_arange(o: usize, i0: f64, start: f64, delta: f64, n: i32): void {
  const s = f64x2.splat(start);
  const d = f64x2.splat(delta);
  const two = f64x2.splat(2);
  // i0 + k stays an exact integer (below 2^53).
  let iv = f64x2.add(f64x2.splat(i0), f64x2(0, 1));
  for (let k = 0; k < n; k += 2) {
    v128.store(o + (<usize>k << 3), f64x2.add(s, f64x2.mul(iv, d)));
    iv = f64x2.add(iv, two);
  }
}

/** o[k] = first + k * delta for k < n: int64, wrapping (repeated adds give the same bits). */
export function i64_arange(o: usize, first: i64, delta: i64, n: i32): void {
  let v = i64x2(first, first + delta);
  const step = i64x2.splat(delta + delta);
  for (let k = 0; k < n; k += 2) {
    v128.store(o + (<usize>k << 3), v);
    v = i64x2.add(v, step);
  }
}
