/**
 * Dot products of float64/float32 vectors (the 1-D x 1-D case of np.dot, vdot, inner, matmul).
 *
 * One summation order on both backends, so they give the same bits: eight partial sums,
 * element i added to partial i % 8 (product rounded, then added, in the vector's precision),
 * combined as ((p0 + p1) + (p2 + p3)) + ((p4 + p5) + (p6 + p7)) — the shape of a SIMD BLAS
 * ddot. Contiguous vectors on the wasm backend stream through the module's scratch blocks
 * (assembly/dot.ts) with the partials carried between blocks in 64 bytes after block B.
 */

import { wasmKernels } from './index.js';

/** The dot exports of the kernel module (assembly/dot.ts). */
type DotExports = {
  dot_f64(a: number, b: number, n: number, st: number): void;
  dot_f32(a: number, b: number, n: number, st: number): void;
};

type FArr = Float64Array | Float32Array;

/** Below this length the JS loop beats the copies into scratch. */
const WASM_MIN = 64;

/** Streaming block size for the dot kernel (bytes per operand). */
const DOT_BLOCK_BYTES = 65536;

function combine(p: ArrayLike<number>, f32: boolean): number {
  if (!f32) return p[0] + p[1] + (p[2] + p[3]) + (p[4] + p[5] + (p[6] + p[7]));
  const f = Math.fround;
  return f(f(f(p[0] + p[1]) + f(p[2] + p[3])) + f(f(p[4] + p[5]) + f(p[6] + p[7])));
}

/** The eight partial sums in JS, float64 (strided, offsets/strides in elements). */
function partialsF64(a: FArr, ao: number, as: number, b: FArr, bo: number, bs: number, n: number) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  let s7 = 0;
  const full = n & ~7;
  let i = 0;
  let pa = ao;
  let pb = bo;
  if (as === 1 && bs === 1) {
    for (; i < full; i += 8, pa += 8, pb += 8) {
      s0 += a[pa] * b[pb];
      s1 += a[pa + 1] * b[pb + 1];
      s2 += a[pa + 2] * b[pb + 2];
      s3 += a[pa + 3] * b[pb + 3];
      s4 += a[pa + 4] * b[pb + 4];
      s5 += a[pa + 5] * b[pb + 5];
      s6 += a[pa + 6] * b[pb + 6];
      s7 += a[pa + 7] * b[pb + 7];
    }
  } else {
    for (; i < full; i += 8) {
      s0 += a[pa] * b[pb];
      s1 += a[pa + as] * b[pb + bs];
      s2 += a[pa + 2 * as] * b[pb + 2 * bs];
      s3 += a[pa + 3 * as] * b[pb + 3 * bs];
      s4 += a[pa + 4 * as] * b[pb + 4 * bs];
      s5 += a[pa + 5 * as] * b[pb + 5 * bs];
      s6 += a[pa + 6 * as] * b[pb + 6 * bs];
      s7 += a[pa + 7 * as] * b[pb + 7 * bs];
      pa += 8 * as;
      pb += 8 * bs;
    }
  }
  const p = [s0, s1, s2, s3, s4, s5, s6, s7];
  for (let j = 0; i < n; i++, j++, pa += as, pb += bs) p[j] += a[pa] * b[pb];
  return p;
}

/** The eight partial sums in JS, float32 arithmetic (every product and sum rounded). */
function partialsF32(a: FArr, ao: number, as: number, b: FArr, bo: number, bs: number, n: number) {
  const f = Math.fround;
  const p = [0, 0, 0, 0, 0, 0, 0, 0];
  let pa = ao;
  let pb = bo;
  for (let i = 0; i < n; i++, pa += as, pb += bs) {
    const j = i & 7;
    p[j] = f(p[j] + f(a[pa] * b[pb]));
  }
  return p;
}

/**
 * sum_i a[ao + i*as] * b[bo + i*bs] for i < n in float64 (f32 false) or float32 arithmetic,
 * in the fixed order above; offsets and strides in elements (negative strides allowed).
 *
 * @example dotVec(false, x, 0, 1, y, 0, 1, x.length) // np.dot(x, y) for float64 x, y
 */
export function dotVec(
  f32: boolean,
  a: FArr,
  ao: number,
  as: number,
  b: FArr,
  bo: number,
  bs: number,
  n: number,
): number {
  if (n <= 0) return 0;
  // Strided vectors stay in JS: copying them into scratch (a gather, or a memcpy of the span
  // they cover for a strided module loop) cost more than the JS loop saves (stride 2, 1e6:
  // 1.37 / 0.93 ms vs 0.80 ms).
  const W = as === 1 && bs === 1 && n >= WASM_MIN ? wasmKernels() : null;
  if (W === null) {
    return combine((f32 ? partialsF32 : partialsF64)(a, ao, as, b, bo, bs, n), f32);
  }
  const ex = W.ex as unknown as DotExports;
  const view = f32 ? W.f32 : W.f64;
  const size = view.BYTES_PER_ELEMENT;
  // 64 KB blocks measured ~10% faster than the 16 KB default (fewer calls and subarrays);
  // any multiple of 64 bytes keeps blocks a multiple of 8 elements.
  let bytes = Math.max(W.blockBytes, DOT_BLOCK_BYTES);
  if (W.base + 2 * bytes + 64 > W.scratchEnd) bytes = W.blockBytes;
  const blk = bytes / size;
  // x . x (np.linalg.norm): one copy serves both operands
  const same = a === b && ao === bo;
  const pa = W.base;
  const pb = same ? pa : W.base + bytes;
  const st = W.base + 2 * bytes;
  const ist = st / size;
  view.fill(0, ist, ist + 8);
  const kern = f32 ? ex.dot_f32 : ex.dot_f64;
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    (view as Float64Array).set(a.subarray(ao + i, ao + i + m) as Float64Array, pa / size);
    if (!same)
      (view as Float64Array).set(b.subarray(bo + i, bo + i + m) as Float64Array, pb / size);
    kern(pa, pb, m, st);
  }
  return combine(view.subarray(ist, ist + 8), f32);
}

/** The batched tiny-matmul exports of the kernel module (assembly/dot.ts). */
type SmallExports = {
  mm_small_f64(a: number, b: number, c: number, nb: number, n: number, k: number, m: number): void;
  mm_small_f32(a: number, b: number, c: number, nb: number, n: number, k: number, m: number): void;
};

/**
 * c = a @ b for nb C-contiguous tiny matrices (a: nb x n x k from a[ao], b: nb x k x m from
 * b[bo], c: nb x n x m from c[co]) on the wasm backend, chunks of whole matrices streamed
 * through scratch. Each entry sums its products in order p = 0..k-1 from +0 (the scalar
 * loop's bits). False (nothing done) on the JS backend.
 *
 * @example matmulSmallBatch(false, 1000, 8, 8, 8, a, 0, b, 0, c, 0) // np.matmul on (1000, 8, 8)
 */
export function matmulSmallBatch(
  f32: boolean,
  nb: number,
  n: number,
  k: number,
  m: number,
  a: FArr,
  ao: number,
  b: FArr,
  bo: number,
  c: FArr,
  co: number,
): boolean {
  const W = wasmKernels();
  if (W === null) return false;
  const ex = W.ex as unknown as SmallExports;
  const view = f32 ? W.f32 : W.f64;
  const size = view.BYTES_PER_ELEMENT;
  const sa = n * k;
  const sb = k * m;
  const sc = n * m;
  // whole matrices per chunk, each operand region rounded to 16 bytes
  const per = (sa + sb + sc) * size + 48;
  const chunk = Math.max(1, Math.min(nb, Math.floor((W.scratchEnd - W.base) / per)));
  const round = (x: number) => (x + 15) & ~15;
  const pa = W.base;
  const pb = pa + round(chunk * sa * size);
  const pc = pb + round(chunk * sb * size);
  if (pc + chunk * sc * size > W.scratchEnd) return false;
  const kern = f32 ? ex.mm_small_f32 : ex.mm_small_f64;
  for (let t = 0; t < nb; t += chunk) {
    const q = Math.min(chunk, nb - t);
    (view as Float64Array).set(
      a.subarray(ao + t * sa, ao + (t + q) * sa) as Float64Array,
      pa / size,
    );
    (view as Float64Array).set(
      b.subarray(bo + t * sb, bo + (t + q) * sb) as Float64Array,
      pb / size,
    );
    kern(pa, pb, pc, q, n, k, m);
    (c as Float64Array).set(
      view.subarray(pc / size, pc / size + q * sc) as Float64Array,
      co + t * sc,
    );
  }
  return true;
}
