/**
 * Exact fused multiply-add for doubles, and access to a double's bits.
 *
 * NumPy's distributions call the C library's exp/log/pow, which on x86-64 with FMA are
 * glibc's FMA builds: the compiler fuses `a*b + c` into one rounding. To get the very same
 * results we emulate each fused operation exactly: the product is split exactly (Veltkamp/
 * Dekker), the sum with `c` is exact (TwoSum), and the two error terms are added with
 * rounding to odd before the final rounding to nearest, which makes the whole chain one
 * correct rounding (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums:
 * proved algorithms using rounding to odd", IEEE TC 2008). Valid away from overflow and
 * underflow, which is all the libm kernels need.
 */

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** 2**27 + 1: Veltkamp's splitter for 53-bit doubles. */
const SPLIT = 134217729;

/** High 32 bits of a double's IEEE-754 pattern (sign, exponent, top of the mantissa). */
export function hiWord(x: number): number {
  F64[0] = x;
  return U32[1]!;
}

/** Low 32 bits of a double's pattern. */
export function loWord(x: number): number {
  F64[0] = x;
  return U32[0]!;
}

/** The double with the given (hi, lo) 32-bit words. */
export function fromWords(hi: number, lo: number): number {
  U32[1] = hi;
  U32[0] = lo;
  return F64[0]!;
}

/** a*b - p exactly, where p = RN(a*b) (Dekker's TwoProduct error term). */
export function twoProdErr(a: number, b: number, p: number): number {
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** RN(a*b + c) with a single rounding. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  if (!Number.isFinite(s)) return s;
  const e = twoProdErr(a, b, p);
  // p + c = s + t exactly.
  const bb = s - p;
  const t = p - (s - bb) + (c - bb);
  // v = RO(t + e): round to odd when t + e is inexact.
  const v = t + e;
  const vb = v - t;
  const ve = t - (v - vb) + (e - vb);
  if (ve === 0) return s + v;
  F64[0] = v;
  if ((U32[0]! & 1) === 0) {
    // Even last bit: take the neighbour on the side of the exact value (odd).
    if (ve > 0 === v > 0) {
      U32[0] = U32[0]! + 1;
      if (U32[0] === 0) U32[1] = U32[1]! + 1;
    } else {
      if (U32[0] === 0) U32[1] = U32[1]! - 1;
      U32[0] = U32[0]! - 1;
    }
  }
  return s + F64[0]!;
}
