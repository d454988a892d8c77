// np.arange's fill (NumPy's @NAME@_fill) on SIMD lanes, a block at a time: the caller streams
// each block out of scratch. Four vectors per step, each with its own counter, so that the
// counters' adds do not wait on each other. Both write up to three vectors past n.

/** o[k] = start + (i0 + k) * delta for k < n: float64, the multiply and the add rounded apart. */
export function f64_arange(o: usize, i0: f64, start: f64, delta: f64, n: i32): void {
  const s = f64x2.splat(start);
  const d = f64x2.splat(delta);
  const eight = f64x2.splat(8);
  // i0 + k stays an exact integer (below 2^53).
  let i0v = f64x2.add(f64x2.splat(i0), f64x2(0, 1));
  let i1v = f64x2.add(i0v, f64x2.splat(2));
  let i2v = f64x2.add(i0v, f64x2.splat(4));
  let i3v = f64x2.add(i0v, f64x2.splat(6));
  for (let k = 0; k < n; k += 8) {
    const p = o + (<usize>k << 3);
    v128.store(p, f64x2.add(s, f64x2.mul(i0v, d)));
    v128.store(p, f64x2.add(s, f64x2.mul(i1v, d)), 16);
    v128.store(p, f64x2.add(s, f64x2.mul(i2v, d)), 32);
    v128.store(p, f64x2.add(s, f64x2.mul(i3v, d)), 48);
    i0v = f64x2.add(i0v, eight);
    i1v = f64x2.add(i1v, eight);
    i2v = f64x2.add(i2v, eight);
    i3v = f64x2.add(i3v, eight);
  }
}

/** o[k] = first + k * delta for k < n: int64, wrapping (repeated adds give the same bits). */
export function i64_arange(o: usize, first: i64, delta: i64, n: i32): void {
  let v0 = i64x2(first, first + delta);
  const two = i64x2.splat(delta + delta);
  let v1 = i64x2.add(v0, two);
  let v2 = i64x2.add(v1, two);
  let v3 = i64x2.add(v2, two);
  const step = i64x2.splat(delta << 3);
  for (let k = 0; k < n; k += 8) {
    const p = o + (<usize>k << 3);
    v128.store(p, v0);
    v128.store(p, v1, 16);
    v128.store(p, v2, 32);
    v128.store(p, v3, 48);
    v0 = i64x2.add(v0, step);
    v1 = i64x2.add(v1, step);
    v2 = i64x2.add(v2, step);
    v3 = i64x2.add(v3, step);
  }
}
