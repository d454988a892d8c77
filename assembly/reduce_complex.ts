// NumPy's complex pairwise sum (numpy/_core/src/umath/loops_utils.h.src, the complex
// @TYPE@_pairwise_sum), reproduced operation for operation on n interleaved floats (n even):
//   n < 8:      rr = ri = -0.0; rr += a[i], ri += a[i + 1] for i = 0, 2, ...
//   n <= 128:   r[j] = a[j] (j < 8); r[j] += a[i + j] for i = 8, 16, ... < n - n % 8;
//               rr = (r0 + r2) + (r4 + r6), ri = (r1 + r3) + (r5 + r7); then the rest pairwise
//   otherwise:  n2 = n / 2 rounded down to a multiple of 8; pw(a, n2) + pw(a + n2, n - n2)
// The eight accumulators are vector lanes in NumPy's order (even lanes real parts, odd lanes
// imaginary), so each vector addition performs NumPy's scalar additions. The (rr, ri) pair
// is returned as lanes 0 and 1 of a vector.

const PW_BLOCKSIZE: i32 = 128;

export function cpairwiseF64(p: usize, n: i32): v128 {
  if (n < 8) {
    let z = f64x2.splat(-0.0);
    for (let i = 0; i < n; i += 2) z = f64x2.add(z, v128.load(p + (<usize>i << 3)));
    return z;
  }
  if (n <= PW_BLOCKSIZE) {
    let r01 = v128.load(p);
    let r23 = v128.load(p, 16);
    let r45 = v128.load(p, 32);
    let r67 = v128.load(p, 48);
    const m = n - (n & 7);
    let i = 8;
    for (; i < m; i += 8) {
      const q = p + (<usize>i << 3);
      r01 = f64x2.add(r01, v128.load(q));
      r23 = f64x2.add(r23, v128.load(q, 16));
      r45 = f64x2.add(r45, v128.load(q, 32));
      r67 = f64x2.add(r67, v128.load(q, 48));
    }
    // ((r0 + r2) + (r4 + r6), (r1 + r3) + (r5 + r7))
    let z = f64x2.add(f64x2.add(r01, r23), f64x2.add(r45, r67));
    for (; i < n; i += 2) z = f64x2.add(z, v128.load(p + (<usize>i << 3)));
    return z;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  return f64x2.add(cpairwiseF64(p, n2), cpairwiseF64(p + (<usize>n2 << 3), n - n2));
}

/** complex64: the same in float32 (lanes 0 and 1 of the result; lanes 2, 3 unspecified). */
export function cpairwiseF32(p: usize, n: i32): v128 {
  if (n < 8) {
    let z = f32x4.splat(-0.0);
    for (let i = 0; i < n; i += 2) z = f32x4.add(z, v128.load64_zero(p + (<usize>i << 2)));
    return z;
  }
  if (n <= PW_BLOCKSIZE) {
    let r03 = v128.load(p);
    let r47 = v128.load(p, 16);
    const m = n - (n & 7);
    let i = 8;
    for (; i < m; i += 8) {
      const q = p + (<usize>i << 2);
      r03 = f32x4.add(r03, v128.load(q));
      r47 = f32x4.add(r47, v128.load(q, 16));
    }
    // (r0 + r2, r1 + r3, r4 + r6, r5 + r7)
    const x = f32x4.add(
      v128.shuffle<f32>(r03, r47, 0, 1, 4, 5),
      v128.shuffle<f32>(r03, r47, 2, 3, 6, 7),
    );
    // ((r0 + r2) + (r4 + r6), (r1 + r3) + (r5 + r7), ...)
    let z = f32x4.add(x, v128.shuffle<f32>(x, x, 2, 3, 0, 1));
    for (; i < n; i += 2) z = f32x4.add(z, v128.load64_zero(p + (<usize>i << 2)));
    return z;
  }
  let n2 = n >> 1;
  n2 -= n2 & 7;
  return f32x4.add(cpairwiseF32(p, n2), cpairwiseF32(p + (<usize>n2 << 2), n - n2));
}

/** NumPy's pairwise sum of n/2 complex128 at p (n doubles), (re, im) stored at o. */
export function c128_pairwise(p: usize, n: i32, o: usize): void {
  v128.store(o, cpairwiseF64(p, n));
}

/** NumPy's pairwise sum of n/2 complex64 at p (n floats), (re, im) stored at o as float32. */
export function c64_pairwise(p: usize, n: i32, o: usize): void {
  v128.store64_lane(o, cpairwiseF32(p, n), 0);
}
