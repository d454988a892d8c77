// Packed GEMM: panel packing and register-tiled micro-kernels, C[mc x nc] (+)= alpha A~ B~.
//
// The TypeScript driver (src/_core/kernels/gemm.ts) copies the caller's blocks of A and B into
// a staging area of scratch memory (memcpy of their contiguous runs), and `pack_*` rearranges
// a staged block into micro-panels:
//   A~: mc/4 micro-panels of 4 rows; for each p < kc the 4 values A[r0..r0+3, p].
//   B~: nc/NR micro-panels of NR columns (NR = 4 float64, 8 float32); for each p < kc the NR
//       values B[p, c0..c0+NR-1].
// Rows/columns past the block's edge are zero-filled, so mc is a multiple of 4 and nc of NR.
// The micro-kernel keeps a 4 x NR tile of C in 8 vector accumulators over the whole kc loop
// (a plain mul + add per lane, no FMA: each product is rounded as in a plain dot product),
// then writes C = alpha*acc (first K block of a plain product) or C += alpha*acc.
//
// Why 4 x NR (measured on Node 20, AMD EPYC, 2026-11): V8 keeps 15 xmm registers for wasm
// (xmm15 is its scratch) and TurboFan unrolls a small loop nested in other loops by 2 with
// the unrolled body's loads scheduled first; with 8 accumulators that still fits. A 5 x NR
// tile (10 accumulators) spills under that unrolling (half speed); kept un-nested in a
// function of its own, with its sums passed through memory, it ran ~3% faster as a kernel but
// tied on whole products and lost 1-6% on the factorizations' short-K updates (call and
// store overhead per tile), so it was not kept. 6 x NR spills in any form.

// ---- packing ----

/**
 * Pack `rows` (index i) x `kc` (index p) elements, element (i, p) at src + (i*sI + p*sP)*8,
 * into 4-wide micro-panels: panel q at dst + q*panelStride bytes, (i, p) at lane i % 4 of
 * group p. Rows past `rows` in the last panel are zero.
 */
export function gemm_pack_f64(
  src: usize,
  sI: i32,
  sP: i32,
  rows: i32,
  kc: i32,
  dst: usize,
  panelStride: usize,
): void {
  const stepP = <usize>sP * 8;
  for (let r0 = 0; r0 < rows; r0 += 4) {
    const d = dst + <usize>(r0 >> 2) * panelStride;
    const n = min(4, rows - r0);
    if (n == 4 && sI == 1) {
      let s = src + <usize>r0 * 8;
      for (let p = 0; p < kc; p++) {
        v128.store(d + <usize>p * 32, v128.load(s));
        v128.store(d + <usize>p * 32, v128.load(s, 16), 16);
        s += stepP;
      }
      continue;
    }
    for (let t = 0; t < 4; t++) {
      let o = d + <usize>t * 8;
      if (t < n) {
        let s = src + (<usize>(r0 + t) * <usize>sI) * 8;
        if (sP == 1) {
          // two p at a time: one 16-byte load, two 8-byte stores
          let p = 0;
          for (; p + 1 < kc; p += 2) {
            const v = v128.load(s);
            v128.store64_lane(o, v, 0);
            v128.store64_lane(o, v, 1, 32);
            s += 16;
            o += 64;
          }
          if (p < kc) store<f64>(o, load<f64>(s));
        } else {
          for (let p = 0; p < kc; p++) {
            store<f64>(o, load<f64>(s));
            s += stepP;
            o += 32;
          }
        }
      } else {
        for (let p = 0; p < kc; p++) {
          store<f64>(o, 0);
          o += 32;
        }
      }
    }
  }
}

/** float32 gemm_pack_f64 with W-wide micro-panels (W = 4 for A~, 8 for B~). */
@inline function packF32(
  W: i32,
  src: usize,
  sI: i32,
  sP: i32,
  rows: i32,
  kc: i32,
  dst: usize,
  panelStride: usize,
): void {
  const stepP = <usize>sP * 4;
  const group = <usize>W * 4;
  for (let r0 = 0; r0 < rows; r0 += W) {
    const d = dst + <usize>(r0 / W) * panelStride;
    const n = min(W, rows - r0);
    if (n == W && sI == 1) {
      let s = src + <usize>r0 * 4;
      for (let p = 0; p < kc; p++) {
        const o = d + <usize>p * group;
        v128.store(o, v128.load(s));
        if (W == 8) v128.store(o, v128.load(s, 16), 16);
        s += stepP;
      }
      continue;
    }
    for (let t = 0; t < W; t++) {
      let o = d + <usize>t * 4;
      if (t < n) {
        let s = src + (<usize>(r0 + t) * <usize>sI) * 4;
        for (let p = 0; p < kc; p++) {
          store<f32>(o, load<f32>(s));
          s += stepP;
          o += group;
        }
      } else {
        for (let p = 0; p < kc; p++) {
          store<f32>(o, 0);
          o += group;
        }
      }
    }
  }
}

/** gemm_pack_f64 for float32 A~ panels (4 rows wide). */
export function gemm_pack_f32_4(
  src: usize,
  sI: i32,
  sP: i32,
  rows: i32,
  kc: i32,
  dst: usize,
  panelStride: usize,
): void {
  packF32(4, src, sI, sP, rows, kc, dst, panelStride);
}

/** gemm_pack_f64 for float32 B~ panels (8 columns wide). */
export function gemm_pack_f32_8(
  src: usize,
  sI: i32,
  sP: i32,
  rows: i32,
  kc: i32,
  dst: usize,
  panelStride: usize,
): void {
  packF32(8, src, sI, sP, rows, kc, dst, panelStride);
}

// ---- micro-kernels ----

/** C tile row: C = alpha*acc (acc == 0) or C += alpha*acc, 2 vectors of a row. */
@inline function putF64(c: usize, x0: v128, x1: v128, al: v128, accum: bool): void {
  if (accum) {
    v128.store(c, f64x2.add(v128.load(c), f64x2.mul(al, x0)));
    v128.store(c, f64x2.add(v128.load(c, 16), f64x2.mul(al, x1)), 16);
  } else {
    v128.store(c, f64x2.mul(al, x0));
    v128.store(c, f64x2.mul(al, x1), 16);
  }
}

@inline function putF32(c: usize, x0: v128, x1: v128, al: v128, accum: bool): void {
  if (accum) {
    v128.store(c, f32x4.add(v128.load(c), f32x4.mul(al, x0)));
    v128.store(c, f32x4.add(v128.load(c, 16), f32x4.mul(al, x1)), 16);
  } else {
    v128.store(c, f32x4.mul(al, x0));
    v128.store(c, f32x4.mul(al, x1), 16);
  }
}

@inline function tileF64(
  a: usize,
  b: usize,
  c: usize,
  kc: i32,
  ldcB: usize,
  al: v128,
  accum: bool,
): void {
  let c00 = f64x2.splat(0),
    c01 = f64x2.splat(0);
  let c10 = f64x2.splat(0),
    c11 = f64x2.splat(0);
  let c20 = f64x2.splat(0),
    c21 = f64x2.splat(0);
  let c30 = f64x2.splat(0),
    c31 = f64x2.splat(0);
  const end = a + <usize>kc * 32;
  while (a < end) {
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
  putF64(c, c00, c01, al, accum);
  putF64(c + ldcB, c10, c11, al, accum);
  putF64(c + 2 * ldcB, c20, c21, al, accum);
  putF64(c + 3 * ldcB, c30, c31, al, accum);
}

@inline function tileF32(
  a: usize,
  b: usize,
  c: usize,
  kc: i32,
  ldcB: usize,
  al: v128,
  accum: bool,
): void {
  let c00 = f32x4.splat(0),
    c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0),
    c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0),
    c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0),
    c31 = f32x4.splat(0);
  const end = a + <usize>kc * 16;
  while (a < end) {
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
  putF32(c, c00, c01, al, accum);
  putF32(c + ldcB, c10, c11, al, accum);
  putF32(c + 2 * ldcB, c20, c21, al, accum);
  putF32(c + 3 * ldcB, c30, c31, al, accum);
}

/**
 * float64: C (ldc doubles per row) = alpha A~ B~ (accum == 0) or C += alpha A~ B~ (accum != 0);
 * A~ is mc x kc, B~ kc x nc, mc % 4 == 0, nc % 4 == 0. B~ micro-panels stay in L1 while the
 * A~ block (in L2) streams past them.
 */
export function gemm_f64(
  pa: usize,
  pb: usize,
  pc: usize,
  mc: i32,
  nc: i32,
  kc: i32,
  ldc: i32,
  alpha: f64,
  accum: i32,
): void {
  const ldcB = <usize>ldc * 8;
  const panel = <usize>kc * 32;
  const al = f64x2.splat(alpha);
  for (let j = 0; j < nc; j += 4) {
    const b = pb + <usize>(j >> 2) * panel;
    const cj = pc + <usize>j * 8;
    if (accum) {
      for (let i = 0; i < mc; i += 4) {
        tileF64(pa + <usize>(i >> 2) * panel, b, cj + <usize>i * ldcB, kc, ldcB, al, true);
      }
    } else {
      for (let i = 0; i < mc; i += 4) {
        tileF64(pa + <usize>(i >> 2) * panel, b, cj + <usize>i * ldcB, kc, ldcB, al, false);
      }
    }
  }
}

/** float32 gemm_f64: mc % 4 == 0, nc % 8 == 0 (4 x 8 register tile). */
export function gemm_f32(
  pa: usize,
  pb: usize,
  pc: usize,
  mc: i32,
  nc: i32,
  kc: i32,
  ldc: i32,
  alpha: f32,
  accum: i32,
): void {
  const ldcB = <usize>ldc * 4;
  const panelA = <usize>kc * 16;
  const panelB = <usize>kc * 32;
  const al = f32x4.splat(alpha);
  for (let j = 0; j < nc; j += 8) {
    const b = pb + <usize>(j >> 3) * panelB;
    const cj = pc + <usize>j * 4;
    if (accum) {
      for (let i = 0; i < mc; i += 4) {
        tileF32(pa + <usize>(i >> 2) * panelA, b, cj + <usize>i * ldcB, kc, ldcB, al, true);
      }
    } else {
      for (let i = 0; i < mc; i += 4) {
        tileF32(pa + <usize>(i >> 2) * panelA, b, cj + <usize>i * ldcB, kc, ldcB, al, false);
      }
    }
  }
}
