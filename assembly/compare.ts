// Comparisons of contiguous float blocks to 0/1 bytes (NumPy's bool results).
//
// Each iteration compares 16 elements and packs the 16 lane masks into one vector of bytes
// by signed narrowing (a mask lane is all ones or all zeros, so narrowing keeps it). Like
// the arithmetic kernels they round `n` up to whole iterations (the caller's scratch blocks
// hold whole iterations and only the first `n` bytes are copied out). The bytes may be
// written over the first input: the writes for elements [i, i + 16) land at byte offsets
// [i, i + 16), never past inputs not yet read.
// IEEE comparisons are what NumPy's loops do: NaN compares unequal and unordered.

export const EQ: i32 = 0;
export const NE: i32 = 1;
export const LT: i32 = 2;
export const LE: i32 = 3;
export const GT: i32 = 4;
export const GE: i32 = 5;
/** |a| < b and |a| == b: isfinite and isinf as comparisons with inf. */
export const ALT: i32 = 6;
export const AEQ: i32 = 7;

@inline
function vcmp<T>(op: i32, a: v128, b: v128): v128 {
  if (op == EQ) return v128.eq<T>(a, b);
  if (op == NE) return v128.ne<T>(a, b);
  if (op == LT) return v128.lt<T>(a, b);
  if (op == LE) return v128.le<T>(a, b);
  if (op == GT) return v128.gt<T>(a, b);
  if (op == ALT) return v128.lt<T>(v128.abs<T>(a), b);
  if (op == AEQ) return v128.eq<T>(v128.abs<T>(a), b);
  return v128.ge<T>(a, b);
}

/** 16 byte results from eight float64 masks (two elements each). */
@inline
function pack64(m0: v128, m1: v128, m2: v128, m3: v128, m4: v128, m5: v128, m6: v128, m7: v128): v128 {
  // Each narrowing halves the lane width: an element's mask ends up in two adjacent bytes.
  const p0 = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(m0, m1), i16x8.narrow_i32x4_s(m2, m3));
  const p1 = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(m4, m5), i16x8.narrow_i32x4_s(m6, m7));
  const bytes = i8x16.shuffle(p0, p1, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  return v128.and(bytes, i8x16.splat(1));
}

/** 16 byte results from four float32 masks. */
@inline
function pack32(m0: v128, m1: v128, m2: v128, m3: v128): v128 {
  const bytes = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(m0, m1), i16x8.narrow_i32x4_s(m2, m3));
  return v128.and(bytes, i8x16.splat(1));
}

/** o[i] = a[i] op b[i], or a[i] op s when `vs` (a compile-time constant), float64. */
@inline
function cmp64(op: i32, vs: bool, a: usize, b: usize, s: f64, o: usize, n: i32): void {
  const y = f64x2.splat(s);
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = a + (i << 3);
    const q = b + (i << 3);
    const m0 = vcmp<f64>(op, v128.load(p), vs ? y : v128.load(q));
    const m1 = vcmp<f64>(op, v128.load(p, 16), vs ? y : v128.load(q, 16));
    const m2 = vcmp<f64>(op, v128.load(p, 32), vs ? y : v128.load(q, 32));
    const m3 = vcmp<f64>(op, v128.load(p, 48), vs ? y : v128.load(q, 48));
    const m4 = vcmp<f64>(op, v128.load(p, 64), vs ? y : v128.load(q, 64));
    const m5 = vcmp<f64>(op, v128.load(p, 80), vs ? y : v128.load(q, 80));
    const m6 = vcmp<f64>(op, v128.load(p, 96), vs ? y : v128.load(q, 96));
    const m7 = vcmp<f64>(op, v128.load(p, 112), vs ? y : v128.load(q, 112));
    v128.store(o + i, pack64(m0, m1, m2, m3, m4, m5, m6, m7));
  }
}

/** o[i] = a[i] op b[i], or a[i] op s when `vs` (a compile-time constant), float32. */
@inline
function cmp32(op: i32, vs: bool, a: usize, b: usize, s: f32, o: usize, n: i32): void {
  const y = f32x4.splat(s);
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = a + (i << 2);
    const q = b + (i << 2);
    const m0 = vcmp<f32>(op, v128.load(p), vs ? y : v128.load(q));
    const m1 = vcmp<f32>(op, v128.load(p, 16), vs ? y : v128.load(q, 16));
    const m2 = vcmp<f32>(op, v128.load(p, 32), vs ? y : v128.load(q, 32));
    const m3 = vcmp<f32>(op, v128.load(p, 48), vs ? y : v128.load(q, 48));
    v128.store(o + i, pack32(m0, m1, m2, m3));
  }
}

// One export per (type, operation, form): vv compares two blocks, vs a block with a scalar.
export function f64_eq(a: usize, b: usize, o: usize, n: i32): void { cmp64(EQ, false, a, b, 0, o, n); }
export function f64_eq_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(EQ, true, a, 0, s, o, n); }
export function f64_ne(a: usize, b: usize, o: usize, n: i32): void { cmp64(NE, false, a, b, 0, o, n); }
export function f64_ne_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(NE, true, a, 0, s, o, n); }
export function f64_lt(a: usize, b: usize, o: usize, n: i32): void { cmp64(LT, false, a, b, 0, o, n); }
export function f64_lt_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(LT, true, a, 0, s, o, n); }
export function f64_le(a: usize, b: usize, o: usize, n: i32): void { cmp64(LE, false, a, b, 0, o, n); }
export function f64_le_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(LE, true, a, 0, s, o, n); }
export function f64_gt(a: usize, b: usize, o: usize, n: i32): void { cmp64(GT, false, a, b, 0, o, n); }
export function f64_gt_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(GT, true, a, 0, s, o, n); }
export function f64_ge(a: usize, b: usize, o: usize, n: i32): void { cmp64(GE, false, a, b, 0, o, n); }
export function f64_ge_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(GE, true, a, 0, s, o, n); }
export function f32_eq(a: usize, b: usize, o: usize, n: i32): void { cmp32(EQ, false, a, b, 0, o, n); }
export function f32_eq_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(EQ, true, a, 0, s, o, n); }
export function f32_ne(a: usize, b: usize, o: usize, n: i32): void { cmp32(NE, false, a, b, 0, o, n); }
export function f32_ne_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(NE, true, a, 0, s, o, n); }
export function f32_lt(a: usize, b: usize, o: usize, n: i32): void { cmp32(LT, false, a, b, 0, o, n); }
export function f32_lt_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(LT, true, a, 0, s, o, n); }
export function f32_le(a: usize, b: usize, o: usize, n: i32): void { cmp32(LE, false, a, b, 0, o, n); }
export function f32_le_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(LE, true, a, 0, s, o, n); }
export function f32_gt(a: usize, b: usize, o: usize, n: i32): void { cmp32(GT, false, a, b, 0, o, n); }
export function f32_gt_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(GT, true, a, 0, s, o, n); }
export function f32_ge(a: usize, b: usize, o: usize, n: i32): void { cmp32(GE, false, a, b, 0, o, n); }
export function f32_ge_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(GE, true, a, 0, s, o, n); }
export function f64_alt(a: usize, b: usize, o: usize, n: i32): void { cmp64(ALT, false, a, b, 0, o, n); }
export function f64_alt_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(ALT, true, a, 0, s, o, n); }
export function f64_aeq(a: usize, b: usize, o: usize, n: i32): void { cmp64(AEQ, false, a, b, 0, o, n); }
export function f64_aeq_s(a: usize, s: f64, o: usize, n: i32): void { cmp64(AEQ, true, a, 0, s, o, n); }
export function f32_alt(a: usize, b: usize, o: usize, n: i32): void { cmp32(ALT, false, a, b, 0, o, n); }
export function f32_alt_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(ALT, true, a, 0, s, o, n); }
export function f32_aeq(a: usize, b: usize, o: usize, n: i32): void { cmp32(AEQ, false, a, b, 0, o, n); }
export function f32_aeq_s(a: usize, s: f32, o: usize, n: i32): void { cmp32(AEQ, true, a, 0, s, o, n); }
