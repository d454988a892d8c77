// Element-wise arithmetic kernels on contiguous blocks in linear memory.
//
// Every kernel processes whole 128-bit vectors, rounding `n` up to a multiple of the
// lane count: the TypeScript side owns the scratch blocks (sized in whole vectors) and
// copies only the first `n` results out, so no scalar tail loop is needed. `o` may equal
// `a` or `b` (in-place within the scratch block).
//
// Float kernels return 1 when any of the n results is NaN or ±inf, else 0 (integer kernels
// return 0): the ufunc engine raises NumPy's overflow/invalid warnings from that flag, and
// testing each vector as it is stored costs far less than a second pass over the block.

// Operation codes (compile-time constants; the switch folds away after inlining).
export const ADD: i32 = 0;
export const SUB: i32 = 1;
export const MUL: i32 = 2;
export const DIV: i32 = 3;
// NumPy's np.maximum / np.minimum lanes (npyv_maxn / npyv_minn at X86_V3): a NaN first
// operand stays, otherwise x86's maxpd(a, b) = a > b ? a : b (a NaN b wins; ties give b).
export const MAXN: i32 = 4;
export const MINN: i32 = 5;
// Bitwise and / or (bool bytes: np.all / np.any over an outer axis, reduce.ts).
export const BAND: i32 = 6;
export const BOR: i32 = 7;

@inline
export function vop<T>(op: i32, a: v128, b: v128): v128 {
  if (op == ADD) return v128.add<T>(a, b);
  if (op == SUB) return v128.sub<T>(a, b);
  if (op == MUL) {
    // No byte multiply in wasm SIMD (bytes come here only for BAND / BOR).
    if (sizeof<T>() == 1) return unreachable();
    return v128.mul<T>(a, b);
  }
  if (op == BAND) return v128.and(a, b);
  if (op == BOR) return v128.or(a, b);
  // pmax(b, a) = b < a ? a : b is maxpd(a, b); the NaN lanes of a are put back.
  if (isFloat<T>()) {
    if (op == MAXN) return v128.bitselect(a, v128.pmax<T>(b, a), v128.ne<T>(a, a));
    if (op == MINN) return v128.bitselect(a, v128.pmin<T>(b, a), v128.ne<T>(a, a));
  }
  if (isFloat<T>()) return v128.div<T>(a, b);
  return unreachable();
}

/** All-ones lanes where r is NaN or ±inf (r − r is NaN exactly then). */
@inline
function nonfinite<T>(r: v128): v128 {
  const d = v128.sub<T>(r, r);
  return v128.ne<T>(d, d);
}

/**
 * The kernels' return value: 1 when a lane of `acc` is set or one of the results stored
 * at o from byte `from` up to byte `end` (the last, partial pair of vectors, whose lanes
 * past n hold leftovers) is NaN or ±inf.
 */
@inline
function flag<T>(acc: v128, o: usize, from: usize, end: usize): i32 {
  if (!isFloat<T>()) return 0;
  if (v128.any_true(acc)) return 1;
  for (let p = from; p < end; p += sizeof<T>()) {
    const x = load<T>(o + p);
    if (x - x != 0) return 1;
  }
  return 0;
}

/** o[i] = a[i] op b[i] */
@inline
export function binVV<T>(op: i32, a: usize, b: usize, o: usize, n: i32): i32 {
  const end = <usize>n * sizeof<T>();
  const bytes = (end + 15) & ~(<usize>15);
  let acc = i64x2.splat(0);
  let i: usize = 0;
  for (; i + 32 <= end; i += 32) {
    const r0 = vop<T>(op, v128.load(a + i), v128.load(b + i));
    const r1 = vop<T>(op, v128.load(a + i, 16), v128.load(b + i, 16));
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    if (isFloat<T>()) acc = v128.or(acc, v128.or(nonfinite<T>(r0), nonfinite<T>(r1)));
  }
  const tail = i;
  for (; i < bytes; i += 16) v128.store(o + i, vop<T>(op, v128.load(a + i), v128.load(b + i)));
  return flag<T>(acc, o, tail, end);
}

/** o[i] = a[i] op s */
@inline
export function binVS<T>(op: i32, a: usize, s: T, o: usize, n: i32): i32 {
  const end = <usize>n * sizeof<T>();
  const bytes = (end + 15) & ~(<usize>15);
  const y = v128.splat<T>(s);
  let acc = i64x2.splat(0);
  let i: usize = 0;
  for (; i + 32 <= end; i += 32) {
    const r0 = vop<T>(op, v128.load(a + i), y);
    const r1 = vop<T>(op, v128.load(a + i, 16), y);
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    if (isFloat<T>()) acc = v128.or(acc, v128.or(nonfinite<T>(r0), nonfinite<T>(r1)));
  }
  const tail = i;
  for (; i < bytes; i += 16) v128.store(o + i, vop<T>(op, v128.load(a + i), y));
  return flag<T>(acc, o, tail, end);
}

/** o[i] = s op a[i] */
@inline
export function binSV<T>(op: i32, s: T, a: usize, o: usize, n: i32): i32 {
  const end = <usize>n * sizeof<T>();
  const bytes = (end + 15) & ~(<usize>15);
  const y = v128.splat<T>(s);
  let acc = i64x2.splat(0);
  let i: usize = 0;
  for (; i + 32 <= end; i += 32) {
    const r0 = vop<T>(op, y, v128.load(a + i));
    const r1 = vop<T>(op, y, v128.load(a + i, 16));
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    if (isFloat<T>()) acc = v128.or(acc, v128.or(nonfinite<T>(r0), nonfinite<T>(r1)));
  }
  const tail = i;
  for (; i < bytes; i += 16) v128.store(o + i, vop<T>(op, y, v128.load(a + i)));
  return flag<T>(acc, o, tail, end);
}

export const NEG: i32 = 0;
export const ABS: i32 = 1;
export const SQRT: i32 = 2;
// np.floor / np.ceil / np.trunc / np.rint (round half to even): IEEE roundings, exact, the
// sign of zero kept; np.sign: ±1 by sign, +0 for ±0, a NaN passed on unchanged (NumPy's).
export const FLOOR: i32 = 3;
export const CEIL: i32 = 4;
export const TRUNC: i32 = 5;
export const RINT: i32 = 6;
export const SIGN: i32 = 7;
/** np.conjugate on interleaved (re, im) lanes: the odd lanes' sign flipped (a NaN's too). */
export const CONJ: i32 = 8;

@inline
function uop<T>(op: i32, a: v128): v128 {
  if (op == NEG) return v128.neg<T>(a);
  if (op == CONJ) {
    return sizeof<T>() == 8
      ? v128.xor(a, i64x2(0, -9223372036854775808))
      : v128.xor(a, i32x4(0, -2147483648, 0, -2147483648));
  }
  if (op == ABS) return v128.abs<T>(a);
  if (isFloat<T>()) {
    if (op == FLOOR) return v128.floor<T>(a);
    if (op == CEIL) return v128.ceil<T>(a);
    if (op == TRUNC) return v128.trunc<T>(a);
    if (op == RINT) return v128.nearest<T>(a);
    if (op == SIGN) {
      const zero = v128.splat<T>(<T>0);
      let r = v128.bitselect(v128.splat<T>(<T>1), zero, v128.gt<T>(a, zero));
      r = v128.bitselect(v128.splat<T>(<T>-1), r, v128.lt<T>(a, zero));
      return v128.bitselect(a, r, v128.ne<T>(a, a));
    }
    return v128.sqrt<T>(a);
  }
  return unreachable();
}

/** o[i] = op(a[i]) */
@inline
export function unary<T>(op: i32, a: usize, o: usize, n: i32): i32 {
  const end = <usize>n * sizeof<T>();
  const bytes = (end + 15) & ~(<usize>15);
  let acc = i64x2.splat(0);
  let i: usize = 0;
  for (; i + 32 <= end; i += 32) {
    const r0 = uop<T>(op, v128.load(a + i));
    const r1 = uop<T>(op, v128.load(a + i, 16));
    v128.store(o + i, r0);
    v128.store(o + i, r1, 16);
    if (isFloat<T>()) acc = v128.or(acc, v128.or(nonfinite<T>(r0), nonfinite<T>(r1)));
  }
  const tail = i;
  for (; i < bytes; i += 16) v128.store(o + i, uop<T>(op, v128.load(a + i)));
  return flag<T>(acc, o, tail, end);
}
