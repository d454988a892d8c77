/**
 * Bit-level floating-point helpers for the float ufuncs (rint, nextafter, spacing, frexp,
 * ldexp, …), written after the C library functions NumPy calls so that results agree bit
 * for bit. float32 values are JS numbers rounded with Math.fround; float16 values are
 * handled through their 16-bit patterns where NumPy works on bits.
 */
import { doubleToHalfBits, halfBitsToDouble } from '../../float16.js';

const F64 = new Float64Array(1);
const W = new Uint32Array(F64.buffer); // W[0] low word, W[1] high word (little-endian)
const F32 = new Float32Array(1);
const W32 = new Uint32Array(F32.buffer);

/** High 32 bits (sign, exponent, top of mantissa) of a double. */
/**
 * The x86 default NaN (sign bit set, 0xfff8000000000000): what an invalid operation such as
 * 0/0 produces on the CPU, and so what glibc's `(x − x) / (x − x)` returns for an invalid
 * argument (log1p(−2), acosh(0.5), atanh(2) in NumPy). JS's NaN literal is the positive one.
 */
export const DEFAULT_NAN = fromWordsEarly(0xfff80000, 0);

function fromWordsEarly(hi: number, lo: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setUint32(0, hi);
  v.setUint32(4, lo);
  return v.getFloat64(0);
}

export function hiWord(x: number): number {
  F64[0] = x;
  return W[1]!;
}
/** Low 32 bits of a double's mantissa. */
export function loWord(x: number): number {
  F64[0] = x;
  return W[0]!;
}
/** The double with the given high and low words. */
export function fromWords(hi: number, lo: number): number {
  W[1] = hi;
  W[0] = lo;
  return F64[0]!;
}
export function f32Bits(x: number): number {
  F32[0] = x;
  return W32[0]!;
}
export function f32FromBits(b: number): number {
  W32[0] = b;
  return F32[0]!;
}

/** 2**n for an integer n in [-1022, 1023], exactly. */
export function pow2(n: number): number {
  return fromWords((n + 1023) << 20, 0);
}

/** Whether the sign bit is set (true for -0 and negative NaNs). */
export function signbit(x: number): boolean {
  return hiWord(x) >>> 31 === 1;
}

/** C copysign: |x| with the sign bit of y. */
export function copysign(x: number, y: number): number {
  F64[0] = x;
  const hx = W[1]!;
  const sy = hiWord(y) & 0x80000000;
  F64[0] = x;
  W[1] = (hx & 0x7fffffff) | sy;
  return F64[0]!;
}

const TWO52 = 4503599627370496;
/** C rint in round-half-even mode: ties go to the even integer, the sign of zero kept. */
export function rint(x: number): number {
  const a = Math.abs(x);
  if (!(a < TWO52)) return x; // already integral, inf or NaN
  const r = a + TWO52 - TWO52;
  return x < 0 || (x === 0 && 1 / x < 0) ? -r : r;
}

const MIN_SUB = 5e-324;
const MIN_SUB32 = 1.401298464324817e-45;

/** C nextafter for doubles. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? MIN_SUB : -MIN_SUB;
  F64[0] = x;
  let lo = W[0]!;
  let hi = W[1]!;
  // Away from zero when y is further out on x's side, otherwise towards zero.
  if (x > 0 === y > x) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  return fromWords(hi, lo);
}

/** C nextafterf: x and y are float32 values. */
export function nextafterf(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? MIN_SUB32 : -MIN_SUB32;
  const b = f32Bits(x);
  return f32FromBits(x > 0 === y > x ? b + 1 : b - 1);
}

/** NumPy's npy_half_nextafter on half bit patterns. */
export function halfNextafter(x: number, y: number): number {
  const isnan = (h: number) => (h & 0x7c00) === 0x7c00 && (h & 0x03ff) !== 0;
  if (isnan(x) || isnan(y)) return 0x7e00;
  const eq = x === y || ((x | y) & 0x7fff) === 0;
  if (eq) return x;
  if ((x & 0x7fff) === 0) return (y & 0x8000) + 1;
  if (!(x & 0x8000)) {
    const sx = (x << 16) >> 16;
    const sy = (y << 16) >> 16;
    return sx > sy ? x - 1 : x + 1;
  }
  if (!(y & 0x8000) || (x & 0x7fff) > (y & 0x7fff)) return x - 1;
  return x + 1;
}

/** Increase |x| by one unit in the last place (NumPy's `_next(x, 1)`); x + x when that overflows. */
function nextMag(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return MIN_SUB;
  F64[0] = x;
  let lo = W[0]!;
  let hi = W[1]!;
  lo = (lo + 1) >>> 0;
  if (lo === 0) hi = (hi + 1) >>> 0;
  if ((hi & 0x7ff00000) === 0x7ff00000) return x + x;
  return fromWords(hi, lo);
}

function nextMagf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return MIN_SUB32;
  const b = f32Bits(x) + 1;
  if ((b & 0x7f800000) === 0x7f800000) return Math.fround(x + x);
  return f32FromBits(b);
}

/** npy_spacing: the distance to the next double away from zero (NaN for ±inf). */
export function spacing(x: number): number {
  if (x === Infinity || x === -Infinity) return Number.NaN;
  return nextMag(x) - x;
}

export function spacingf(x: number): number {
  if (x === Infinity || x === -Infinity) return Number.NaN;
  return Math.fround(nextMagf(x) - x);
}

/** npy_half_spacing on a half bit pattern (note: NumPy returns positive spacings for negative halves). */
export function halfSpacing(h: number): number {
  const hExp = h & 0x7c00;
  const hSig = h & 0x03ff;
  if (hExp === 0x7c00) return 0x7e00;
  if (h === 0x7bff) return 0x7c00;
  if (h & 0x8000 && hSig === 0) {
    if (hExp > 0x2c00) return hExp - 0x2c00;
    if (hExp > 0x0400) return 1 << ((hExp >> 10) - 2);
    return 0x0001;
  }
  if (hExp > 0x2800) return hExp - 0x2800;
  if (hExp > 0x0400) return 1 << ((hExp >> 10) - 1);
  return 0x0001;
}

/** float16 helpers: values computed in float32 blocks, converted through half bits. */
export const half = {
  bits: doubleToHalfBits,
  value: halfBitsToDouble,
};

/** C frexp: [mantissa in [0.5, 1), exponent]; 0, ±inf and NaN give [x, 0]. */
export function frexp(x: number): [number, number] {
  if (x === 0 || Number.isNaN(x) || x === Infinity || x === -Infinity) return [x, 0];
  let e = (hiWord(x) >>> 20) & 0x7ff;
  let m = x;
  let bias = 0;
  if (e === 0) {
    // Subnormal: scale into the normal range first.
    m = x * 2 ** 64;
    e = (hiWord(m) >>> 20) & 0x7ff;
    bias = 64;
  }
  const exp = e - 1022 - bias;
  F64[0] = m;
  W[1] = (W[1]! & 0x800fffff) | (1022 << 20);
  return [F64[0]!, exp];
}

/** C scalbn/ldexp for doubles: x * 2**n with a single rounding (also into the subnormal range). */
export function ldexp(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= pow2(1023);
    n -= 1023;
    if (n > 1023) {
      y *= pow2(1023);
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // Scale by 2^-1022 * 2^53 so that the last step is the only inexact one.
    y *= pow2(-1022) * pow2(53);
    n += 1022 - 53;
    if (n < -1022) {
      y *= pow2(-1022) * pow2(53);
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return y * pow2(n);
}

/** ldexpf: a float32 x scaled exactly in double, then rounded once to float32. */
export function ldexpf(x: number, n: number): number {
  const k = n > 400 ? 400 : n < -400 ? -400 : n;
  return Math.fround(x * pow2(k));
}

/** C's copysign(x, s) reading the sign bit of s also when s is NaN (glibc's complex functions). */
export function copysignBit(x: number, s: number): number {
  return hiWord(s) >>> 31 ? -Math.abs(x) : Math.abs(x);
}
