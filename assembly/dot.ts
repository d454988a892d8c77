// dot: WebAssembly SIMD kernels (filled in by the work on dot).
//
// Dot products of contiguous float vectors streamed through scratch in blocks. The sum order
// is fixed (src/_core/kernels/dot.ts has the JS twin): eight partial sums, element i added
// to partial i % 8 (multiply rounded, then add), carried across blocks in an 8-lane state at
// `st`; the caller combines the partials. Block lengths other than the last are multiples of 8.

/** acc[i % 8] += a[i] * b[i] for i < n, float64; state: 8 doubles at st. */
export function dot_f64(a: usize, b: usize, n: i32, st: usize): void {
  let s0 = v128.load(st);
  let s1 = v128.load(st, 16);
  let s2 = v128.load(st, 32);
  let s3 = v128.load(st, 48);
  const full = <usize>(n & ~7) * 8;
  let i: usize = 0;
  for (; i < full; i += 64) {
    s0 = f64x2.add(s0, f64x2.mul(v128.load(a + i), v128.load(b + i)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(a + i, 16), v128.load(b + i, 16)));
    s2 = f64x2.add(s2, f64x2.mul(v128.load(a + i, 32), v128.load(b + i, 32)));
    s3 = f64x2.add(s3, f64x2.mul(v128.load(a + i, 48), v128.load(b + i, 48)));
  }
  v128.store(st, s0);
  v128.store(st, s1, 16);
  v128.store(st, s2, 32);
  v128.store(st, s3, 48);
  const end = <usize>n * 8;
  for (let j: usize = 0; i < end; i += 8, j += 8) {
    store<f64>(st + j, load<f64>(st + j) + load<f64>(a + i) * load<f64>(b + i));
  }
}

/** acc[i % 8] += a[i] * b[i] for i < n, in float32; state: 8 floats at st. */
export function dot_f32(a: usize, b: usize, n: i32, st: usize): void {
  let s0 = v128.load(st);
  let s1 = v128.load(st, 16);
  const full = <usize>(n & ~7) * 4;
  let i: usize = 0;
  for (; i < full; i += 32) {
    s0 = f32x4.add(s0, f32x4.mul(v128.load(a + i), v128.load(b + i)));
    s1 = f32x4.add(s1, f32x4.mul(v128.load(a + i, 16), v128.load(b + i, 16)));
  }
  v128.store(st, s0);
  v128.store(st, s1, 16);
  const end = <usize>n * 4;
  for (let j: usize = 0; i < end; i += 4, j += 4) {
    store<f32>(st + j, load<f32>(st + j) + load<f32>(a + i) * load<f32>(b + i));
  }
}

// ---- batched tiny matmul: c[t] = a[t] b[t] for nb C-contiguous n x k and k x m matrices ----
// Each c[t][i, j] sums its k products in order p = 0..k-1 from +0 (multiply rounded, then
// add), two (float64) or four (float32) columns j per vector: the same bits as the scalar
// loop in src/_core/linalg_products/products.ts.

/** float64 batched product of tiny matrices. */
export function mm_small_f64(a: usize, b: usize, c: usize, nb: i32, n: i32, k: i32, m: i32): void {
  const m2 = m & ~1;
  for (let t = 0; t < nb; t++) {
    for (let i = 0; i < n; i++) {
      const ai = a + <usize>(i * k) * 8;
      const ci = c + <usize>(i * m) * 8;
      let j = 0;
      for (; j < m2; j += 2) {
        let s = f64x2.splat(0);
        for (let p = 0; p < k; p++) {
          const av = v128.load64_splat(ai + <usize>p * 8);
          s = f64x2.add(s, f64x2.mul(av, v128.load(b + <usize>(p * m + j) * 8)));
        }
        v128.store(ci + <usize>j * 8, s);
      }
      if (j < m) {
        let s: f64 = 0;
        for (let p = 0; p < k; p++) s += load<f64>(ai + <usize>p * 8) * load<f64>(b + <usize>(p * m + j) * 8);
        store<f64>(ci + <usize>j * 8, s);
      }
    }
    a += <usize>(n * k) * 8;
    b += <usize>(k * m) * 8;
    c += <usize>(n * m) * 8;
  }
}

/** float32 batched product of tiny matrices (float32 arithmetic). */
export function mm_small_f32(a: usize, b: usize, c: usize, nb: i32, n: i32, k: i32, m: i32): void {
  const m4 = m & ~3;
  for (let t = 0; t < nb; t++) {
    for (let i = 0; i < n; i++) {
      const ai = a + <usize>(i * k) * 4;
      const ci = c + <usize>(i * m) * 4;
      let j = 0;
      for (; j < m4; j += 4) {
        let s = f32x4.splat(0);
        for (let p = 0; p < k; p++) {
          const av = v128.load32_splat(ai + <usize>p * 4);
          s = f32x4.add(s, f32x4.mul(av, v128.load(b + <usize>(p * m + j) * 4)));
        }
        v128.store(ci + <usize>j * 4, s);
      }
      for (; j < m; j++) {
        let s: f32 = 0;
        for (let p = 0; p < k; p++) s += load<f32>(ai + <usize>p * 4) * load<f32>(b + <usize>(p * m + j) * 4);
        store<f32>(ci + <usize>j * 4, s);
      }
    }
    a += <usize>(n * k) * 4;
    b += <usize>(k * m) * 4;
    c += <usize>(n * m) * 4;
  }
}
