// numtype's WebAssembly SIMD kernels.
//
// The module owns no arrays: the TypeScript side (src/_core/kernels/wasm.ts) copies blocks
// of the caller's arrays into a fixed scratch region of this module's linear memory (from
// `scratchBase()` on), runs a kernel on the block, and copies the results out. Pointers are
// byte addresses into linear memory, 16-byte aligned; `n` is an element count. Element-wise
// kernels may read and write up to one vector past `n` (the scratch blocks are sized in
// whole vectors). The memory never grows, so views over it never detach.

import { ADD, binSV, binVS, binVV, DIV, MUL, SUB, ABS, CONJ, NEG, SQRT, MAXN, MINN, FLOOR, CEIL, TRUNC, RINT, SIGN, unary } from './arith';
import { pairwiseF32, pairwiseF64 } from './reduce';
export { cdivF64 as c128_div, cdivF32 as c64_div } from './complex';
export { c128_pairwise, c64_pairwise } from './reduce_complex';
export { addRowsF64 as f64_addrows, addRowsF32 as f32_addrows, pairwiseSqDevF64 as f64_pairwise_sqdev } from './reduce';
export { sqDevRowsF64 as f64_sqdevrows } from './reduce';
export { andRowsU8 as u8_androws, orRowsU8 as u8_orrows } from './reduce';
export { maxRowsF64 as f64_maxrows, minRowsF64 as f64_minrows, maxRowsF32 as f32_maxrows, minRowsF32 as f32_minrows } from './reduce';
import { needsScalar, vexp, vexpf4, vlog, vlogf, vlogfCore, vsincos, vsincosf } from './vmath';

/** First byte of the scratch region (64-byte aligned, after the module's static data). */
export function scratchBase(): usize {
  return (__heap_base + 63) & ~(<usize>63);
}

// ---- float64 ----
export function f64_add(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(ADD, a, b, o, n); }
export function f64_sub(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(SUB, a, b, o, n); }
export function f64_mul(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(MUL, a, b, o, n); }
export function f64_div(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(DIV, a, b, o, n); }
export function f64_add_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(ADD, a, s, o, n); }
export function f64_sub_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(SUB, a, s, o, n); }
export function f64_mul_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(MUL, a, s, o, n); }
export function f64_div_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(DIV, a, s, o, n); }
export function f64_s_add(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(ADD, s, a, o, n); }
export function f64_s_sub(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(SUB, s, a, o, n); }
export function f64_s_mul(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(MUL, s, a, o, n); }
export function f64_s_div(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(DIV, s, a, o, n); }
export function f64_neg(a: usize, o: usize, n: i32): i32 { return unary<f64>(NEG, a, o, n); }
/** complex128 conjugate over n interleaved lanes (n even, a block starting at a real part). */
export function f64_conj(a: usize, o: usize, n: i32): i32 { return unary<f64>(CONJ, a, o, n); }
export function f64_abs(a: usize, o: usize, n: i32): i32 { return unary<f64>(ABS, a, o, n); }
export function f64_sqrt(a: usize, o: usize, n: i32): i32 { return unary<f64>(SQRT, a, o, n); }
/** NumPy's pairwise sum of n doubles at p (no initial value added). */
export function f64_pairwise(p: usize, n: i32): f64 { return pairwiseF64(p, n); }

// ---- float32 ----
export function f32_add(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(ADD, a, b, o, n); }
export function f32_sub(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(SUB, a, b, o, n); }
export function f32_mul(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(MUL, a, b, o, n); }
export function f32_div(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(DIV, a, b, o, n); }
export function f32_add_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(ADD, a, s, o, n); }
export function f32_sub_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(SUB, a, s, o, n); }
export function f32_mul_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(MUL, a, s, o, n); }
export function f32_div_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(DIV, a, s, o, n); }
export function f32_s_add(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(ADD, s, a, o, n); }
export function f32_s_sub(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(SUB, s, a, o, n); }
export function f32_s_mul(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(MUL, s, a, o, n); }
export function f32_s_div(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(DIV, s, a, o, n); }
export function f32_neg(a: usize, o: usize, n: i32): i32 { return unary<f32>(NEG, a, o, n); }
export function f32_conj(a: usize, o: usize, n: i32): i32 { return unary<f32>(CONJ, a, o, n); }
export function f32_abs(a: usize, o: usize, n: i32): i32 { return unary<f32>(ABS, a, o, n); }
export function f32_sqrt(a: usize, o: usize, n: i32): i32 { return unary<f32>(SQRT, a, o, n); }
/** NumPy's pairwise sum of n floats at p, accumulated in float32 as NumPy does. */
export function f32_pairwise(p: usize, n: i32): f32 { return pairwiseF32(p, n); }

// ---- int64 (wrapping, as NumPy) ----
export function i64_add(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<i64>(ADD, a, b, o, n); }
export function i64_add_s(a: usize, s: i64, o: usize, n: i32): i32 { return binVS<i64>(ADD, a, s, o, n); }
export function i64_sub(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<i64>(SUB, a, b, o, n); }
export function i64_sub_s(a: usize, s: i64, o: usize, n: i32): i32 { return binVS<i64>(SUB, a, s, o, n); }
export function i64_s_sub(s: i64, a: usize, o: usize, n: i32): i32 { return binSV<i64>(SUB, s, a, o, n); }
export function i64_mul(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<i64>(MUL, a, b, o, n); }
export function i64_mul_s(a: usize, s: i64, o: usize, n: i32): i32 { return binVS<i64>(MUL, a, s, o, n); }

// ---- exp, log, sin, cos ----
const EXP: i32 = 0;
const LOG: i32 = 1;
const SIN: i32 = 2;
const COS: i32 = 3;

@inline function math64(op: i32, x: v128): v128 {
  if (op == EXP) return vexp(x);
  if (op == LOG) return vlog(x);
  return vsincos(x, op == COS);
}

/** The float32 functions on widened values (log, sin, cos). */
@inline function math32(op: i32, x: v128): v128 {
  if (op == LOG) return vlogf(x);
  return vsincosf(x, op == COS);
}

// Lanes the vector sin/cos cannot reduce (|x| >= 2^20 pi/2, inf, nan) are recomputed with
// musl's scalar sin/cos and its full Payne-Hanek reduction (AssemblyScript's Math). Only those
// lanes: every element's result depends on its own value alone, never on its neighbours.
const MEDIUM_F64: f64 = 1647099.3291652855; // 2^20 pi/2, as in vmath.ts
const MEDIUM_F32: f32 = 1.6e6; // below 2^20 pi/2

function trigFixF64(x: v128, r: v128, cos: bool): v128 {
  const x0 = f64x2.extract_lane(x, 0);
  const x1 = f64x2.extract_lane(x, 1);
  if (!(Math.abs(x0) < MEDIUM_F64)) r = f64x2.replace_lane(r, 0, cos ? Math.cos(x0) : Math.sin(x0));
  if (!(Math.abs(x1) < MEDIUM_F64)) r = f64x2.replace_lane(r, 1, cos ? Math.cos(x1) : Math.sin(x1));
  return r;
}

@inline function trigLaneF32(x: f32, r: f32, cos: bool): f32 {
  if (Mathf.abs(x) < MEDIUM_F32) return r;
  return <f32>(cos ? Math.cos(<f64>x) : Math.sin(<f64>x));
}

function trigFixF32(x: v128, r: v128, cos: bool): v128 {
  r = f32x4.replace_lane(r, 0, trigLaneF32(f32x4.extract_lane(x, 0), f32x4.extract_lane(r, 0), cos));
  r = f32x4.replace_lane(r, 1, trigLaneF32(f32x4.extract_lane(x, 1), f32x4.extract_lane(r, 1), cos));
  r = f32x4.replace_lane(r, 2, trigLaneF32(f32x4.extract_lane(x, 2), f32x4.extract_lane(r, 2), cos));
  return f32x4.replace_lane(r, 3, trigLaneF32(f32x4.extract_lane(x, 3), f32x4.extract_lane(r, 3), cos));
}

const MEDIUM_F32_P = memory.data<f32>([MEDIUM_F32]);
const ZERO_F32 = memory.data<f32>([0.0]);
const INF_F32 = memory.data<f32>([Infinity]);

// Two vectors per iteration: two independent dependency chains (the functions are latency-bound).
@inline function mathF64(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * 8 + 15) & ~(<usize>15);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const x0 = v128.load(a + i);
    const x1 = v128.load(a + i, 16);
    let r0 = math64(op, x0);
    let r1 = math64(op, x1);
    if (op >= SIN) {
      if (needsScalar(x0)) r0 = trigFixF64(x0, r0, op == COS);
      if (needsScalar(x1)) r1 = trigFixF64(x1, r1, op == COS);
    }
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
  }
  if (i < bytes) {
    const x = v128.load(a + i);
    let r = math64(op, x);
    if (op >= SIN && needsScalar(x)) r = trigFixF64(x, r, op == COS);
    v128.store(o + i, r);
  }
}

// float32: exp natively on f32x4; the others widen each half to f64x2, evaluate in double
// precision and round back once.
@inline function mathF32(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * 4 + 15) & ~(<usize>15);
  if (op == EXP) {
    let i: usize = 0;
    for (; i + 32 <= bytes; i += 32) {
      const x0 = v128.load(a + i);
      const x1 = v128.load(a + i, 16);
      v128.store(o + i, vexpf4(x0));
      v128.store(o + i, vexpf4(x1), 16);
    }
    if (i < bytes) v128.store(o + i, vexpf4(v128.load(a + i)));
    return;
  }
  for (let i: usize = 0; i < bytes; i += 16) {
    const v = v128.load(a + i);
    const vhi = v128.shuffle<f32>(v, v, 2, 3, 2, 3);
    let r: v128;
    if (
      op == LOG &&
      i32x4.all_true(
        v128.and(f32x4.gt(v, v128.load32_splat(ZERO_F32)), f32x4.lt(v, v128.load32_splat(INF_F32))),
      )
    ) {
      // all four lanes > 0 and finite: no special values to patch in
      const lo = f32x4.demote_f64x2_zero(vlogfCore(f64x2.promote_low_f32x4(v)));
      const hi = f32x4.demote_f64x2_zero(vlogfCore(f64x2.promote_low_f32x4(vhi)));
      r = v128.shuffle<f32>(lo, hi, 0, 1, 4, 5);
    } else {
      const lo = f32x4.demote_f64x2_zero(math32(op, f64x2.promote_low_f32x4(v)));
      const hi = f32x4.demote_f64x2_zero(math32(op, f64x2.promote_low_f32x4(vhi)));
      r = v128.shuffle<f32>(lo, hi, 0, 1, 4, 5);
      if (op >= SIN && v128.any_true(v128.not(f32x4.lt(f32x4.abs(v), v128.load32_splat(MEDIUM_F32_P))))) {
        r = trigFixF32(v, r, op == COS);
      }
    }
    v128.store(o + i, r);
  }
}

export function f64_exp(a: usize, o: usize, n: i32): void { mathF64(EXP, a, o, n); }
export function f64_log(a: usize, o: usize, n: i32): void { mathF64(LOG, a, o, n); }
export function f64_sin(a: usize, o: usize, n: i32): void { mathF64(SIN, a, o, n); }
export function f64_cos(a: usize, o: usize, n: i32): void { mathF64(COS, a, o, n); }
export function f32_exp(a: usize, o: usize, n: i32): void { mathF32(EXP, a, o, n); }
export function f32_log(a: usize, o: usize, n: i32): void { mathF32(LOG, a, o, n); }
export function f32_sin(a: usize, o: usize, n: i32): void { mathF32(SIN, a, o, n); }
export function f32_cos(a: usize, o: usize, n: i32): void { mathF32(COS, a, o, n); }
export { gemm_f64, gemm_f32 } from './gemm';
export { gemm_pack_f64 } from './gemm';
export { gemm_pack_f32_4 } from './gemm';
export { gemm_pack_f32_8 } from './gemm';

// ---- block scans (results still in scratch) ----
export { nonfiniteF64 as f64_nonfinite, nonfiniteF32 as f32_nonfinite } from './scan';

// FFT passes and real-FFT (un)packing on interleaved complex float64 (src/fft/wasm_plan.ts).
export { fft_pass2, fft_pass3, fft_pass4, fft_pass5, fft_r2c_unpack, fft_c2r_pack, fft_interleave, fft_deinterleave } from './fft';

// Kernels that reproduce NumPy's float64/float32 exp, log, sin, cos bits (each module documents its method).
export * from './exact_explog';
export * from './exact_trig';
// Float comparisons to bool bytes.
export * from './compare';
// np.where on 8-byte elements.
export { select64, select64s, select64sv } from './select';
export { nonzeroPositions as nonzero_positions } from './select'; // np.nonzero of a 1-d mask
// Dot products of contiguous vectors.
export * from './dot';
export { gemv_f64, gemv_f32, gevm_f64, gevm_f32, gemv_cols_f64, gemv_cols_f32, dot_rows_f64, dot_rows_f32 } from './gemv';
// NumPy's float32 exp and log, bit for bit (assembly/exact_explog32.ts).
export * from './exact_explog32';
export { fft_pass2s, fft_pass3s, fft_pass4s, fft_pass5s, fft_r2c_unpack_s } from './fft_strided';
export { sort_f64, sort_f64_finite, sort_f64_rows, sort_scan, sort_coarse, sort_scatter, sort_widen, sort_u64, u64_split_count, u64_split_group, u64_extremes, uniq_init, uniq_add } from './sort'; // sorts and np.unique's hash scan (assembly/sort.ts)
export { sort32, sort32_ranges, sort32_count, sort32_group } from './sort32'; // 4-byte value sorts (assembly/sort32.ts)
export { part_split_f64, part_select_f64, part_split_32 } from './partition'; // np.partition / np.argpartition (assembly/partition.ts)
export { lu_panel, trsm_leaf, bidiag_f64, trd_f64, rot_replay } from './lapack'; // LU panels and TRSM leaves, SVD / eigh reductions, SVD rotations (assembly/lapack.ts)
export { secular_f64 } from './secular'; // eigh's divide-and-conquer secular equation (assembly/secular.ts)
// Index blocks for take / a[idx]: SIMD range check and int32 packing (src/_core/item_selection/wasm_indices.ts).
export { idx32_check, idx32_wrap, idx64_pack, idx64_wrap } from './gather';
export { pairwiseRowsF64 as f64_pairwise_rows, pairwiseRowsF32 as f32_pairwise_rows } from './reduce';
export { gather64, gather32 } from './select';
export { sumI64 as i64_sum, sumRowsI64 as i64_sum_rows, addRowsI64 as i64_addrows } from './reduce';
export { f64_max, f64_min, f32_max, f32_min, i32_max, i32_min, u32_max, u32_min, f64_clip, f32_clip, i64_max, i64_min, u64_max, u64_min } from './extrema'; // np.max / np.min runs (assembly/extrema.ts)
// np.maximum / np.minimum element-wise (NumPy's NaN and tie rules: assembly/arith.ts MAXN).
export function f64_maximum(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(MAXN, a, b, o, n); }
export function f64_minimum(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f64>(MINN, a, b, o, n); }
export function f64_maximum_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(MAXN, a, s, o, n); }
export function f64_minimum_s(a: usize, s: f64, o: usize, n: i32): i32 { return binVS<f64>(MINN, a, s, o, n); }
export function f64_s_maximum(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(MAXN, s, a, o, n); }
export function f64_s_minimum(s: f64, a: usize, o: usize, n: i32): i32 { return binSV<f64>(MINN, s, a, o, n); }
export function f32_maximum(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(MAXN, a, b, o, n); }
export function f32_minimum(a: usize, b: usize, o: usize, n: i32): i32 { return binVV<f32>(MINN, a, b, o, n); }
export function f32_maximum_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(MAXN, a, s, o, n); }
export function f32_minimum_s(a: usize, s: f32, o: usize, n: i32): i32 { return binVS<f32>(MINN, a, s, o, n); }
export function f32_s_maximum(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(MAXN, s, a, o, n); }
export function f32_s_minimum(s: f32, a: usize, o: usize, n: i32): i32 { return binSV<f32>(MINN, s, a, o, n); }
// np.floor / ceil / trunc / rint / sign on floats (assembly/arith.ts).
export function f64_floor(a: usize, o: usize, n: i32): i32 { return unary<f64>(FLOOR, a, o, n); }
export function f64_ceil(a: usize, o: usize, n: i32): i32 { return unary<f64>(CEIL, a, o, n); }
export function f64_trunc(a: usize, o: usize, n: i32): i32 { return unary<f64>(TRUNC, a, o, n); }
export function f64_rint(a: usize, o: usize, n: i32): i32 { return unary<f64>(RINT, a, o, n); }
export function f64_sign(a: usize, o: usize, n: i32): i32 { return unary<f64>(SIGN, a, o, n); }
export function f32_floor(a: usize, o: usize, n: i32): i32 { return unary<f32>(FLOOR, a, o, n); }
export function f32_ceil(a: usize, o: usize, n: i32): i32 { return unary<f32>(CEIL, a, o, n); }
export function f32_trunc(a: usize, o: usize, n: i32): i32 { return unary<f32>(TRUNC, a, o, n); }
export function f32_rint(a: usize, o: usize, n: i32): i32 { return unary<f32>(RINT, a, o, n); }
export function f32_sign(a: usize, o: usize, n: i32): i32 { return unary<f32>(SIGN, a, o, n); }
export { f64_to_f32 } from './cast'; // float64 -> float32 (assembly/cast.ts)
// float -> integer and integer -> float64 casts (assembly/cast_int.ts)
export {
  f32_to_i8, f32_to_i16, f32_to_i32, f32_to_i64, f32_to_u32, f32_to_u64,
  f64_to_i8, f64_to_i16, f64_to_i32, f64_to_i64, f64_to_u32, f64_to_u64,
  i64_to_f64,
} from './cast_int';
export { f32_round_dec, f64_round_dec } from './around'; // np.round(x, decimals) fused (assembly/around.ts)
export { f64_arange, i64_arange } from './ranges'; // np.arange's fill (assembly/ranges.ts)
export { i64_bincount, i64_bincount_w } from './bincount'; // np.bincount tables (assembly/bincount.ts)
// np.einsum's float32 dot loop in NumPy's lane order and its muladd rows (assembly/einsum.ts).
export { einsum_dot_f32, einsum_muladd_f32, einsum_muladd_f64 } from './einsum';

// ≤32-bit integers (int8 … uint32): wrapping arithmetic, bitwise, shifts, extrema, clip, comparisons.
export { int_vv, int_vs, int_unary, int_cmp, int_cmp_s, int_sum32, count_nonzero_u8, i32_floordiv_s, i64_floordiv_s } from './int_ops';
export { correlate_f64 } from './correlate'; // np.correlate/convolve full windows (assembly/correlate.ts)
