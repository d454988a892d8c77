// Packed GEMM micro-kernels: C[mc x nc] += A~ * B~ on panels the TypeScript side
// (src/_core/kernels/gemm.ts) packs into scratch memory.
//
// A~ holds mc/4 micro-panels of 4 rows: for each p < kc the 4 values A[r0..r0+3, p].
// B~ holds nc/NR micro-panels of NR columns (NR = 4 float64, 8 float32): for each p < kc the
// NR values B[p, c0..c0+NR-1]. C is row-major with ldc elements per row. mc is a multiple of
// 4 and nc of NR (the packer zero-pads). The 4 x NR register tile is 8 vector accumulators,
// a plain mul + add per lane (no FMA, so every product is rounded as in NumPy's loops).

@inline function tileF64(a: usize, b: usize, c: usize, kc: i32, ldcB: usize): void {
  let c00 = f64x2.splat(0), c01 = f64x2.splat(0);
  let c10 = f64x2.splat(0), c11 = f64x2.splat(0);
  let c20 = f64x2.splat(0), c21 = f64x2.splat(0);
  let c30 = f64x2.splat(0), c31 = f64x2.splat(0);
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let av = v128.load64_splat(a);
    c00 = f64x2.add(c00, f64x2.mul(av, b0));
    c01 = f64x2.add(c01, f64x2.mul(av, b1));
    av = v128.load64_splat(a, 8);
    c10 = f64x2.add(c10, f64x2.mul(av, b0));
    c11 = f64x2.add(c11, f64x2.mul(av, b1));
    av = v128.load64_splat(a, 16);
    c20 = f64x2.add(c20, f64x2.mul(av, b0));
    c21 = f64x2.add(c21, f64x2.mul(av, b1));
    av = v128.load64_splat(a, 24);
    c30 = f64x2.add(c30, f64x2.mul(av, b0));
    c31 = f64x2.add(c31, f64x2.mul(av, b1));
    a += 32;
    b += 32;
  }
  v128.store(c, f64x2.add(v128.load(c), c00));
  v128.store(c, f64x2.add(v128.load(c, 16), c01), 16);
  c += ldcB;
  v128.store(c, f64x2.add(v128.load(c), c10));
  v128.store(c, f64x2.add(v128.load(c, 16), c11), 16);
  c += ldcB;
  v128.store(c, f64x2.add(v128.load(c), c20));
  v128.store(c, f64x2.add(v128.load(c, 16), c21), 16);
  c += ldcB;
  v128.store(c, f64x2.add(v128.load(c), c30));
  v128.store(c, f64x2.add(v128.load(c, 16), c31), 16);
}

@inline function tileF32(a: usize, b: usize, c: usize, kc: i32, ldcB: usize): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(b);
    const b1 = v128.load(b, 16);
    let av = v128.load32_splat(a);
    c00 = f32x4.add(c00, f32x4.mul(av, b0));
    c01 = f32x4.add(c01, f32x4.mul(av, b1));
    av = v128.load32_splat(a, 4);
    c10 = f32x4.add(c10, f32x4.mul(av, b0));
    c11 = f32x4.add(c11, f32x4.mul(av, b1));
    av = v128.load32_splat(a, 8);
    c20 = f32x4.add(c20, f32x4.mul(av, b0));
    c21 = f32x4.add(c21, f32x4.mul(av, b1));
    av = v128.load32_splat(a, 12);
    c30 = f32x4.add(c30, f32x4.mul(av, b0));
    c31 = f32x4.add(c31, f32x4.mul(av, b1));
    a += 16;
    b += 32;
  }
  v128.store(c, f32x4.add(v128.load(c), c00));
  v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
  c += ldcB;
  v128.store(c, f32x4.add(v128.load(c), c10));
  v128.store(c, f32x4.add(v128.load(c, 16), c11), 16);
  c += ldcB;
  v128.store(c, f32x4.add(v128.load(c), c20));
  v128.store(c, f32x4.add(v128.load(c, 16), c21), 16);
  c += ldcB;
  v128.store(c, f32x4.add(v128.load(c), c30));
  v128.store(c, f32x4.add(v128.load(c, 16), c31), 16);
}

/** float64: C (ldc doubles per row) += A~ (mc x kc) * B~ (kc x nc); mc % 4 == 0, nc % 4 == 0. */
export function gemm_f64(pa: usize, pb: usize, pc: usize, mc: i32, nc: i32, kc: i32, ldc: i32): void {
  const ldcB = <usize>ldc * 8;
  const panelB = <usize>kc * 32;
  for (let j = 0; j < nc; j += 4) {
    const b = pb + <usize>(j >> 2) * panelB;
    for (let i = 0; i < mc; i += 4) {
      tileF64(pa + <usize>(i >> 2) * panelB, b, pc + <usize>i * ldcB + <usize>j * 8, kc, ldcB);
    }
  }
}

/** float32: C (ldc floats per row) += A~ (mc x kc) * B~ (kc x nc); mc % 4 == 0, nc % 8 == 0. */
export function gemm_f32(pa: usize, pb: usize, pc: usize, mc: i32, nc: i32, kc: i32, ldc: i32): void {
  const ldcB = <usize>ldc * 4;
  const panelA = <usize>kc * 16;
  const panelB = <usize>kc * 32;
  for (let j = 0; j < nc; j += 8) {
    const b = pb + <usize>(j >> 3) * panelB;
    for (let i = 0; i < mc; i += 4) {
      tileF32(pa + <usize>(i >> 2) * panelA, b, pc + <usize>i * ldcB + <usize>j * 4, kc, ldcB);
    }
  }
}
