// Element-wise kernels for the ≤32-bit integer dtypes (int8 … uint32): NumPy's wrapping
// add/subtract/multiply, bitwise and/or/xor, shifts by a scalar count, maximum/minimum,
// clip to scalar bounds, negative/absolute/invert, and comparisons to 0/1 bytes.
//
// One export per form takes the element type and the operation as arguments; the switch
// picks a loop specialised for both (the loops inline their operation), so the per-call
// cost is one branch. Like arith.ts, loops run over whole vectors (n rounded up): the
// TypeScript side (src/_core/kernels/int_wasm.ts) sizes the scratch blocks in whole vectors
// and copies out only the first n results.

// Element types.
export const I8: i32 = 0;
export const U8: i32 = 1;
export const I16: i32 = 2;
export const U16: i32 = 3;
export const I32: i32 = 4;
export const U32: i32 = 5;

// Binary operations: ADD, SUB, MUL as arith.ts's, then RSUB (s − a, a scalar first
// operand), SHL/SHR by the scalar count (the caller handles counts outside [0, width)) and
// CLIP (min(max(a, s), s2)). Comparisons use compare.ts's codes EQ … GE.
import { ADD, SUB, MUL } from './arith';
import { EQ, NE, LT, LE, GT, GE } from './compare';
export const AND: i32 = 3;
export const OR: i32 = 4;
export const XOR: i32 = 5;
export const MAX: i32 = 6;
export const MIN: i32 = 7;
export const RSUB: i32 = 8;
export const SHL: i32 = 9;
export const SHR: i32 = 10;
export const CLIP: i32 = 11;

// Unary operations.
export const NEG: i32 = 0;
export const ABS: i32 = 1;
export const NOT: i32 = 2;

/** Products of int8 lanes modulo 2^8 (wasm SIMD has no i8x16.mul): widen, multiply, keep low bytes. */
@inline
function mul8(a: v128, b: v128): v128 {
  const lo = i16x8.extmul_low_i8x16_s(a, b);
  const hi = i16x8.extmul_high_i8x16_s(a, b);
  return i8x16.shuffle(lo, hi, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
}

@inline
function bop<T>(op: i32, a: v128, b: v128, c: v128, k: i32): v128 {
  if (op == ADD) return v128.add<T>(a, b);
  if (op == SUB) return v128.sub<T>(a, b);
  if (op == RSUB) return v128.sub<T>(b, a);
  if (op == MUL) {
    if (sizeof<T>() == 1) return mul8(a, b);
    return v128.mul<T>(a, b);
  }
  if (op == AND) return v128.and(a, b);
  if (op == OR) return v128.or(a, b);
  if (op == XOR) return v128.xor(a, b);
  if (op == MAX) return v128.max<T>(a, b);
  if (op == MIN) return v128.min<T>(a, b);
  if (op == SHL) return v128.shl<T>(a, k);
  if (op == SHR) return v128.shr<T>(a, k);
  return v128.min<T>(v128.max<T>(a, b), c);
}

/** o[i] = a[i] op b[i] */
@inline
function loopVV<T>(op: i32, a: usize, b: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  const z = i32x4.splat(0);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const r0 = bop<T>(op, v128.load(a + i), v128.load(b + i), z, 0);
    const r1 = bop<T>(op, v128.load(a + i, 16), v128.load(b + i, 16), z, 0);
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
  }
  if (i < bytes) v128.store(o + i, bop<T>(op, v128.load(a + i), v128.load(b + i), z, 0));
}

/** o[i] = a[i] op s (or s − a[i], a[i] << k, clip(a[i], s, s2)) */
@inline
function loopVS<T>(op: i32, a: usize, s: i32, s2: i32, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  const y = v128.splat<T>(<T>s);
  const y2 = v128.splat<T>(<T>s2);
  let i: usize = 0;
  for (; i + 32 <= bytes; i += 32) {
    const r0 = bop<T>(op, v128.load(a + i), y, y2, s);
    const r1 = bop<T>(op, v128.load(a + i, 16), y, y2, s);
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
  }
  if (i < bytes) v128.store(o + i, bop<T>(op, v128.load(a + i), y, y2, s));
}

@inline
function vvOps<T>(op: i32, a: usize, b: usize, o: usize, n: i32): void {
  switch (op) {
    case ADD: loopVV<T>(ADD, a, b, o, n); break;
    case SUB: loopVV<T>(SUB, a, b, o, n); break;
    case MUL: loopVV<T>(MUL, a, b, o, n); break;
    case AND: loopVV<T>(AND, a, b, o, n); break;
    case OR: loopVV<T>(OR, a, b, o, n); break;
    case XOR: loopVV<T>(XOR, a, b, o, n); break;
    case MAX: loopVV<T>(MAX, a, b, o, n); break;
    default: loopVV<T>(MIN, a, b, o, n); break;
  }
}

@inline
function vsOps<T>(op: i32, a: usize, s: i32, s2: i32, o: usize, n: i32): void {
  switch (op) {
    case ADD: loopVS<T>(ADD, a, s, s2, o, n); break;
    case SUB: loopVS<T>(SUB, a, s, s2, o, n); break;
    case RSUB: loopVS<T>(RSUB, a, s, s2, o, n); break;
    case MUL: loopVS<T>(MUL, a, s, s2, o, n); break;
    case AND: loopVS<T>(AND, a, s, s2, o, n); break;
    case OR: loopVS<T>(OR, a, s, s2, o, n); break;
    case XOR: loopVS<T>(XOR, a, s, s2, o, n); break;
    case MAX: loopVS<T>(MAX, a, s, s2, o, n); break;
    case MIN: loopVS<T>(MIN, a, s, s2, o, n); break;
    case SHL: loopVS<T>(SHL, a, s, s2, o, n); break;
    case SHR: loopVS<T>(SHR, a, s, s2, o, n); break;
    default: loopVS<T>(CLIP, a, s, s2, o, n); break;
  }
}

/**
 * o[i] = a[i] op b[i] for element type t. The wrapping operations (add … xor) do not depend
 * on the sign, so the caller may pass either type of a width.
 */
export function int_vv(t: i32, op: i32, a: usize, b: usize, o: usize, n: i32): void {
  switch (t) {
    case I8: vvOps<i8>(op, a, b, o, n); break;
    case U8: vvOps<u8>(op, a, b, o, n); break;
    case I16: vvOps<i16>(op, a, b, o, n); break;
    case U16: vvOps<u16>(op, a, b, o, n); break;
    case I32: vvOps<i32>(op, a, b, o, n); break;
    default: vvOps<u32>(op, a, b, o, n); break;
  }
}

/** o[i] = a[i] op s (s, s2: the scalar operands' bits as i32; s is the count of a shift). */
export function int_vs(t: i32, op: i32, a: usize, s: i32, s2: i32, o: usize, n: i32): void {
  switch (t) {
    case I8: vsOps<i8>(op, a, s, s2, o, n); break;
    case U8: vsOps<u8>(op, a, s, s2, o, n); break;
    case I16: vsOps<i16>(op, a, s, s2, o, n); break;
    case U16: vsOps<u16>(op, a, s, s2, o, n); break;
    case I32: vsOps<i32>(op, a, s, s2, o, n); break;
    default: vsOps<u32>(op, a, s, s2, o, n); break;
  }
}

@inline
function uop<T>(op: i32, a: v128): v128 {
  if (op == NEG) return v128.neg<T>(a);
  if (op == NOT) return v128.not(a);
  // |INT_MIN| wraps to INT_MIN, as NumPy's; unsigned values are their own absolute value.
  if (isSigned<T>()) return v128.abs<T>(a);
  return a;
}

@inline
function loopU<T>(op: i32, a: usize, o: usize, n: i32): void {
  const bytes = (<usize>n * sizeof<T>() + 15) & ~(<usize>15);
  for (let i: usize = 0; i < bytes; i += 16) v128.store(o + i, uop<T>(op, v128.load(a + i)));
}

@inline
function uOps<T>(op: i32, a: usize, o: usize, n: i32): void {
  switch (op) {
    case NEG: loopU<T>(NEG, a, o, n); break;
    case ABS: loopU<T>(ABS, a, o, n); break;
    default: loopU<T>(NOT, a, o, n); break;
  }
}

/** o[i] = op(a[i]) */
export function int_unary(t: i32, op: i32, a: usize, o: usize, n: i32): void {
  switch (t) {
    case I8: uOps<i8>(op, a, o, n); break;
    case U8: uOps<u8>(op, a, o, n); break;
    case I16: uOps<i16>(op, a, o, n); break;
    case U16: uOps<u16>(op, a, o, n); break;
    case I32: uOps<i32>(op, a, o, n); break;
    default: uOps<u32>(op, a, o, n); break;
  }
}

@inline
function vcmp<T>(op: i32, a: v128, b: v128): v128 {
  if (op == EQ) return v128.eq<T>(a, b);
  if (op == NE) return v128.ne<T>(a, b);
  if (op == LT) return v128.lt<T>(a, b);
  if (op == LE) return v128.le<T>(a, b);
  if (op == GT) return v128.gt<T>(a, b);
  return v128.ge<T>(a, b);
}

/**
 * 16 byte results per iteration (one, two or four input vectors), masks narrowed to bytes
 * and masked to 0/1. Bytes may land over input a: results for elements [i, i + 16) go to
 * bytes [i, i + 16), at or before the inputs still to be read.
 */
@inline
function loopCmp<T>(op: i32, vs: bool, a: usize, b: usize, s: i32, o: usize, n: i32): void {
  const y = v128.splat<T>(<T>s);
  const one = i8x16.splat(1);
  const w = sizeof<T>();
  for (let i: usize = 0; i < <usize>n; i += 16) {
    const p = a + i * w;
    const q = b + i * w;
    let m: v128;
    if (w == 1) {
      m = vcmp<T>(op, v128.load(p), vs ? y : v128.load(q));
    } else if (w == 2) {
      const m0 = vcmp<T>(op, v128.load(p), vs ? y : v128.load(q));
      const m1 = vcmp<T>(op, v128.load(p, 16), vs ? y : v128.load(q, 16));
      m = i8x16.narrow_i16x8_s(m0, m1);
    } else {
      const m0 = vcmp<T>(op, v128.load(p), vs ? y : v128.load(q));
      const m1 = vcmp<T>(op, v128.load(p, 16), vs ? y : v128.load(q, 16));
      const m2 = vcmp<T>(op, v128.load(p, 32), vs ? y : v128.load(q, 32));
      const m3 = vcmp<T>(op, v128.load(p, 48), vs ? y : v128.load(q, 48));
      m = i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(m0, m1), i16x8.narrow_i32x4_s(m2, m3));
    }
    v128.store(o + i, v128.and(m, one));
  }
}

@inline
function cmpOps<T>(op: i32, vs: bool, a: usize, b: usize, s: i32, o: usize, n: i32): void {
  switch (op) {
    case EQ: loopCmp<T>(EQ, vs, a, b, s, o, n); break;
    case NE: loopCmp<T>(NE, vs, a, b, s, o, n); break;
    case LT: loopCmp<T>(LT, vs, a, b, s, o, n); break;
    case LE: loopCmp<T>(LE, vs, a, b, s, o, n); break;
    case GT: loopCmp<T>(GT, vs, a, b, s, o, n); break;
    default: loopCmp<T>(GE, vs, a, b, s, o, n); break;
  }
}

@inline
function cmpTypes(t: i32, op: i32, vs: bool, a: usize, b: usize, s: i32, o: usize, n: i32): void {
  switch (t) {
    case I8: cmpOps<i8>(op, vs, a, b, s, o, n); break;
    case U8: cmpOps<u8>(op, vs, a, b, s, o, n); break;
    case I16: cmpOps<i16>(op, vs, a, b, s, o, n); break;
    case U16: cmpOps<u16>(op, vs, a, b, s, o, n); break;
    case I32: cmpOps<i32>(op, vs, a, b, s, o, n); break;
    default: cmpOps<u32>(op, vs, a, b, s, o, n); break;
  }
}

/** o[i] = a[i] op b[i] as 0/1 bytes. */
export function int_cmp(t: i32, op: i32, a: usize, b: usize, o: usize, n: i32): void {
  cmpTypes(t, op, false, a, b, 0, o, n);
}

/** o[i] = a[i] op s as 0/1 bytes (s: the scalar's bits as i32). */
export function int_cmp_s(t: i32, op: i32, a: usize, s: i32, o: usize, n: i32): void {
  cmpTypes(t, op, true, a, 0, s, o, n);
}

/** The sum of n int32 (or uint32) at p as an i64 (np.sum's int64/uint64 accumulator; no overflow below 2^32 elements). */
@inline
function sum32<T>(p: usize, n: i32): i64 {
  const end = <usize>n << 2;
  let a0 = i64x2.splat(0);
  let a1 = i64x2.splat(0);
  let i: usize = 0;
  for (; i + 16 <= end; i += 16) {
    const v = v128.load(p + i);
    if (isSigned<T>()) {
      a0 = i64x2.add(a0, i64x2.extend_low_i32x4_s(v));
      a1 = i64x2.add(a1, i64x2.extend_high_i32x4_s(v));
    } else {
      a0 = i64x2.add(a0, i64x2.extend_low_i32x4_u(v));
      a1 = i64x2.add(a1, i64x2.extend_high_i32x4_u(v));
    }
  }
  const a = i64x2.add(a0, a1);
  let s = i64x2.extract_lane(a, 0) + i64x2.extract_lane(a, 1);
  for (; i < end; i += 4) s += isSigned<T>() ? <i64>load<i32>(p + i) : <i64>load<u32>(p + i);
  return s;
}

/** The sum of n int32 (t = I32) or uint32 at p. */
export function int_sum32(t: i32, p: usize, n: i32): i64 {
  return t == I32 ? sum32<i32>(p, n) : sum32<u32>(p, n);
}

/** Lane sum of 16 u8 counters (each ≤ 255). */
@inline
function laneSumU8(v: v128): i32 {
  const s = i32x4.extadd_pairwise_i16x8_u(i16x8.extadd_pairwise_i8x16_u(v));
  return i32x4.extract_lane(s, 0) + i32x4.extract_lane(s, 1) + i32x4.extract_lane(s, 2) + i32x4.extract_lane(s, 3);
}

/**
 * The number of nonzero bytes among n at p (np.count_nonzero of a bool array: any nonzero
 * byte is True). Zero lanes are counted in u8 counters (eq gives -1, subtracted), flushed
 * every 255 vectors before they could wrap.
 */
export function count_nonzero_u8(p: usize, n: i32): i32 {
  const end = <usize>n;
  const vend = end & ~(<usize>31);
  const z = i8x16.splat(0);
  let zeros: i32 = 0;
  let i: usize = 0;
  while (i < vend) {
    let c0 = z;
    let c1 = z;
    const stop = min(vend, i + 255 * 32);
    for (; i < stop; i += 32) {
      c0 = i8x16.sub(c0, i8x16.eq(v128.load(p + i), z));
      c1 = i8x16.sub(c1, i8x16.eq(v128.load(p + i, 16), z));
    }
    zeros += laneSumU8(c0) + laneSumU8(c1);
  }
  for (; i < end; i++) if (load<u8>(p + i) == 0) zeros++;
  return n - zeros;
}

/** Four int32 lanes floor-divided by d (or their remainder): see i32_floordiv_s. */
@inline
function floorDiv4(x: v128, vm: v128, vd: v128, s: i32, fix: i32, rem: i32): v128 {
  const z = i32x4.splat(0);
  const lo = i64x2.extmul_low_i32x4_s(x, vm);
  const hi = i64x2.extmul_high_i32x4_s(x, vm);
  let q = v128.shuffle<i32>(lo, hi, 1, 3, 5, 7);
  if (fix > 0) q = i32x4.add(q, x);
  else if (fix < 0) q = i32x4.sub(q, x);
  q = i32x4.shr_s(q, s);
  q = i32x4.sub(q, i32x4.shr_s(q, 31)); // + 1 when negative: truncation toward zero
  const r = i32x4.sub(x, i32x4.mul(q, vd));
  // floor: one less where r != 0 and sign(r) != sign(d); the remainder gains d there
  const adj = v128.and(v128.not(i32x4.eq(r, z)), i32x4.lt_s(v128.xor(r, vd), z));
  return rem ? i32x4.add(r, v128.and(adj, vd)) : i32x4.add(q, adj);
}

/**
 * Floor division (rem = 0) or NumPy's remainder (rem = 1) of n int32 at a by the constant d
 * (|d| ≥ 2), results to o: the truncated quotient by multiplying with the magic number m
 * and shifting by s (Hacker's Delight, signed division by constants; `fix` = +1 when the
 * product must add the dividend, -1 subtract, 0 neither), then the floor correction where
 * the remainder is nonzero and its sign differs from d's.
 */
export function i32_floordiv_s(a: usize, o: usize, n: i32, d: i32, m: i32, s: i32, fix: i32, rem: i32): void {
  const vm = i32x4.splat(m);
  const vd = i32x4.splat(d);
  const bytes = ((<usize>n << 2) + 15) & ~(<usize>15);
  for (let i: usize = 0; i < bytes; i += 16) {
    v128.store(o + i, floorDiv4(v128.load(a + i), vm, vd, s, fix, rem));
  }
}

/**
 * i32_floordiv_s for int64 data whose values all fit int32 (np.arange-like data, counts,
 * indices): n int64 at a narrowed to int32 lanes, divided as there, widened back to o.
 * Returns 0, having written nothing useful, when some value does not fit (the caller then
 * divides the block itself); the last n % 4 elements are divided in scalar i64.
 */
export function i64_floordiv_s(a: usize, o: usize, n: i32, d: i32, m: i32, s: i32, fix: i32, rem: i32): i32 {
  const vm = i32x4.splat(m);
  const vd = i32x4.splat(d);
  let bad = i32x4.splat(0);
  const full = <usize>(n & ~3) << 3;
  let i: usize = 0;
  for (; i < full; i += 32) {
    const lo = v128.load(a + i);
    const hi = v128.load(a + i, 16);
    const x = v128.shuffle<i32>(lo, hi, 0, 2, 4, 6);
    // a lane fits int32 when its sign-extended low word gives back the int64
    bad = v128.or(bad, v128.not(i64x2.eq(i64x2.extend_low_i32x4_s(x), lo)));
    bad = v128.or(bad, v128.not(i64x2.eq(i64x2.extend_high_i32x4_s(x), hi)));
    const v = floorDiv4(x, vm, vd, s, fix, rem);
    v128.store(o + i, i64x2.extend_low_i32x4_s(v));
    v128.store(o + i, i64x2.extend_high_i32x4_s(v), 16);
  }
  if (v128.any_true(bad)) return 0;
  const dd = <i64>d;
  for (let k = <i32>(full >> 3); k < n; k++) {
    const x = load<i64>(a + (<usize>k << 3));
    let q = x / dd;
    let r = x - q * dd;
    if (r != 0 && (r ^ dd) < 0) {
      q -= 1;
      r += dd;
    }
    store<i64>(o + (<usize>k << 3), rem ? r : q);
  }
  return 1;
}
