// np.einsum's float32 dot loop (NumPy's contig_contig_outstride0_two as built for x86-64's SSE
// baseline, einsum_sumprod.c.src): 4 lanes, each block of 16 products added to the lanes
// last vector first (multiply rounded, then add, no FMA), the tail vectors zero-filled past
// the end, lanes summed (0 + 1) + (2 + 3), then added to the output. f32x4 mul/add round
// like SSE's mulps/addps, so the bits are NumPy's. src/_core/einsum/float_loops.ts has the
// JS twin (dotF32); src/_core/einsum/wasm_rows.ts stages the operands in scratch.

// @ts-ignore: decorator
@inline
function dot4(a: usize, b: usize, n: i32): f32 {
  let v = f32x4.splat(0);
  for (; n >= 16; n -= 16, a += 64, b += 64) {
    v = f32x4.add(f32x4.mul(v128.load(a, 48), v128.load(b, 48)), v);
    v = f32x4.add(f32x4.mul(v128.load(a, 32), v128.load(b, 32)), v);
    v = f32x4.add(f32x4.mul(v128.load(a, 16), v128.load(b, 16)), v);
    v = f32x4.add(f32x4.mul(v128.load(a), v128.load(b)), v);
  }
  for (; n >= 4; n -= 4, a += 16, b += 16) {
    v = f32x4.add(f32x4.mul(v128.load(a), v128.load(b)), v);
  }
  if (n > 0) {
    let x = f32x4.splat(0);
    let y = f32x4.splat(0);
    x = f32x4.replace_lane(x, 0, load<f32>(a));
    y = f32x4.replace_lane(y, 0, load<f32>(b));
    if (n > 1) {
      x = f32x4.replace_lane(x, 1, load<f32>(a, 4));
      y = f32x4.replace_lane(y, 1, load<f32>(b, 4));
    }
    if (n > 2) {
      x = f32x4.replace_lane(x, 2, load<f32>(a, 8));
      y = f32x4.replace_lane(y, 2, load<f32>(b, 8));
    }
    v = f32x4.add(f32x4.mul(x, y), v);
  }
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) +
    (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/**
 * For t2 < n2, t1 < n1: o[t1, t2] += dot(a[t1, t2, :n], b[t1, t2, :n]), where row (t1, t2)
 * of a starts at a + t1 * sa1 + t2 * sa2 (byte strides, any sign), likewise b and o.
 */
export function einsum_dot_f32(
  a: usize, b: usize, o: usize, n: i32,
  n1: i32, sa1: i32, sb1: i32, so1: i32,
  n2: i32, sa2: i32, sb2: i32, so2: i32,
): void {
  for (let t2 = 0; t2 < n2; t2++) {
    let pa = a + <usize>(t2 * sa2);
    let pb = b + <usize>(t2 * sb2);
    let po = o + <usize>(t2 * so2);
    for (let t1 = 0; t1 < n1; t1++) {
      store<f32>(po, load<f32>(po) + dot4(pa, pb, n));
      pa += <usize>sa1;
      pb += <usize>sb1;
      po += <usize>so1;
    }
  }
}

// NumPy's muladd loop (stride0_contig_outcontig_two and its mirror): o[i] = x * y[i] + o[i]
// with x fixed along the row, multiply rounded then add, element by element (so any lane
// grouping gives the same bits). Rows as in einsum_dot_f32; x, y, o byte pointers.

/** float64 rows of o[i] = x * y[i] + o[i]. */
export function einsum_muladd_f64(
  x: usize, y: usize, o: usize, n: i32,
  n1: i32, sx1: i32, sy1: i32, so1: i32,
  n2: i32, sx2: i32, sy2: i32, so2: i32,
): void {
  const full = n & ~1;
  for (let t2 = 0; t2 < n2; t2++) {
    let px = x + <usize>(t2 * sx2);
    let py = y + <usize>(t2 * sy2);
    let po = o + <usize>(t2 * so2);
    for (let t1 = 0; t1 < n1; t1++) {
      const s = load<f64>(px);
      const v = f64x2.splat(s);
      let i = 0;
      for (; i < full; i += 2) {
        const q = <usize>i << 3;
        v128.store(po + q, f64x2.add(f64x2.mul(v, v128.load(py + q)), v128.load(po + q)));
      }
      if (i < n) {
        const q = <usize>i << 3;
        store<f64>(po + q, s * load<f64>(py + q) + load<f64>(po + q));
      }
      px += <usize>sx1;
      py += <usize>sy1;
      po += <usize>so1;
    }
  }
}

/** float32 rows of o[i] = x * y[i] + o[i]. */
export function einsum_muladd_f32(
  x: usize, y: usize, o: usize, n: i32,
  n1: i32, sx1: i32, sy1: i32, so1: i32,
  n2: i32, sx2: i32, sy2: i32, so2: i32,
): void {
  const full = n & ~3;
  for (let t2 = 0; t2 < n2; t2++) {
    let px = x + <usize>(t2 * sx2);
    let py = y + <usize>(t2 * sy2);
    let po = o + <usize>(t2 * so2);
    for (let t1 = 0; t1 < n1; t1++) {
      const s = load<f32>(px);
      const v = f32x4.splat(s);
      let i = 0;
      for (; i < full; i += 4) {
        const q = <usize>i << 2;
        v128.store(po + q, f32x4.add(f32x4.mul(v, v128.load(py + q)), v128.load(po + q)));
      }
      for (; i < n; i++) {
        const q = <usize>i << 2;
        store<f32>(po + q, s * load<f32>(py + q) + load<f32>(po + q));
      }
      px += <usize>sx1;
      py += <usize>sy1;
      po += <usize>so1;
    }
  }
}
