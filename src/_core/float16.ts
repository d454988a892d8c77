/**
 * IEEE 754 binary16 (`float16`) conversions. Storage is a Uint16Array of bit patterns.
 * Rounding goes straight from float64 to half, round-half-to-even, as NumPy's
 * `npy_double_to_half` does: by way of float32 (Math.fround and the float32 bits' rounding,
 * 3x faster: 1e6 values ~9 → ~3 ms) except where that would round twice differently, which
 * is detected.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const F32 = new Float32Array(1);
const U32F = new Uint32Array(F32.buffer);

/** float64 → binary16 bits, round to nearest even, overflow to ±inf, NaN kept NaN. */
export function doubleToHalfBits(x: number): number {
  const f = Math.fround(x);
  F32[0] = f;
  const b = U32F[0]!;
  // Rounding to float32 first changes the result only where the float32 lands exactly
  // halfway between two halves (the double's own side decides), and NaN payloads differ.
  if (f !== x && (Number.isNaN(x) || halfwayBits(b))) return doubleToHalfBitsDirect(x);
  return floatBitsToHalfBits(b);
}

/** Whether float32 bits `b` lie exactly halfway between two binary16 values. */
function halfwayBits(b: number): boolean {
  const a = b & 0x7fffffff;
  if (a >= 0x47800000) return false;
  if (a >= 0x38800000) return (a & 0x1fff) === 0x1000;
  const shift = 126 - (a >>> 23);
  if (shift > 24) return false;
  const m = (a & 0x7fffff) | 0x800000;
  return (m & ((1 << shift) - 1)) === 1 << (shift - 1);
}

/**
 * float64 → binary16 bits rounded once, half to even, from the double's bits (NumPy's
 * npy_double_to_half); `doubleToHalfBits` goes through float32 where that is the same.
 */
export function doubleToHalfBitsDirect(x: number): number {
  f64[0] = x;
  const hi = u32[1]!;
  const lo = u32[0]!;
  const sign = (hi >>> 16) & 0x8000;
  const exp = (hi >>> 20) & 0x7ff;
  if (exp === 0x7ff) {
    const mantNonZero = (hi & 0xfffff) !== 0 || lo !== 0;
    if (!mantNonZero) return sign | 0x7c00;
    // Keep the top mantissa bits as NumPy does (never letting them all vanish).
    const m = (hi & 0xfffff) >>> 10;
    return sign | 0x7c00 | (m === 0 ? 1 : m);
  }
  // Unbiased exponent.
  const e = exp - 1023;
  if (e >= 16) return sign | 0x7c00; // overflow to inf
  if (e < -25) return sign; // underflow to signed zero (below half of the smallest subnormal)
  // 53-bit significand as hi (21 bits incl. implicit) and lo (32 bits).
  const mantHi = (hi & 0xfffff) | (exp === 0 ? 0 : 0x100000);
  if (e < -14) {
    // Subnormal half: value = M * 2^(e-52) = k * 2^-24, so k = M >> (28 - e).
    return sign | roundShift(mantHi, lo, 28 - e);
  }
  // Normal half: 10 mantissa bits kept from 52 → drop 42 bits.
  const bits = roundShift(mantHi, lo, 42); // 11-bit significand incl. implicit, may carry to 2^11
  // bits includes the implicit bit at 2^10; combine with exponent (carry propagates naturally).
  return sign | (((e + 15) << 10) + (bits - 0x400));
}

/**
 * Round the 53-bit significand (mantHi: upper 21 bits, lo: lower 32 bits) right by `shift`
 * bits (shift ≥ 32 ≤ 63), round-half-to-even.
 */
function roundShift(mantHi: number, lo: number, shift: number): number {
  if (shift >= 53 + 1) return 0;
  // Work in BigInt-free arithmetic: split shift across hi/lo.
  const hs = shift - 32; // bits dropped from mantHi (0..31)
  let kept: number;
  let halfway: boolean;
  let above: boolean;
  if (hs >= 21) {
    kept = 0;
    const rem = mantHi * 4294967296 + lo; // exact only up to 2^53, fine: 53-bit value
    const half = 2 ** (shift - 1);
    halfway = rem === half;
    above = rem > half;
  } else {
    kept = mantHi >>> hs;
    const dropHi = mantHi & ((1 << hs) - 1); // hs < 21
    const half = hs === 0 ? 0 : 1 << (hs - 1);
    if (hs === 0) {
      halfway = lo === 0x80000000;
      above = lo > 0x80000000;
    } else {
      halfway = dropHi === half && lo === 0;
      above = dropHi > half || (dropHi === half && lo !== 0);
    }
  }
  if (above || (halfway && (kept & 1) === 1)) kept += 1;
  return kept;
}

/**
 * float32 bits → binary16 bits, round half to even (NumPy's npy_floatbits_to_halfbits): the
 * same result as doubleToHalfBits of the float32's value, in integer steps (the float16
 * loops compute in float32 and round each result with this).
 */
export function floatBitsToHalfBits(f: number): number {
  const sign = (f >>> 16) & 0x8000;
  const a = f & 0x7fffffff;
  if (a >= 0x47800000) {
    // |x| >= 65536: inf, or NaN keeping its top payload bits (never all zero)
    if (a <= 0x7f800000) return sign | 0x7c00;
    const m = (a >>> 13) & 0x3ff;
    return sign | 0x7c00 | (m === 0 ? 1 : m);
  }
  if (a >= 0x38800000) {
    // normal half: rebias the exponent (127 - 15) and round the 13 dropped bits (a carry
    // into the exponent is right, up to inf)
    return sign | ((a - 0x38000000 + 0xfff + ((a >>> 13) & 1)) >>> 13);
  }
  // subnormal half: k = m · 2^(e - 126) in units of 2^-24, rounded half to even
  const e = a >>> 23;
  const shift = 126 - e;
  if (shift > 24) return sign;
  const m = (a & 0x7fffff) | 0x800000;
  let q = m >>> shift;
  const r = m & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  if (r > half || (r === half && (q & 1) !== 0)) q++;
  return sign | q;
}

/**
 * binary16 bits → float64 (exact), from a table of all 65536 values: `2 ** e` per element
 * made float16 arithmetic ~130 ns an element, and building the double's bits through a
 * shared 8-byte scratch stalls on store forwarding (~10 ns).
 */
export function halfBitsToDouble(h: number): number {
  return (HALF_TABLE ?? halfTable())[h & 0xffff]!;
}

let HALF_TABLE: Float64Array | null = null;

/** The 65536 float16 values as float64, NaNs with their sign and payload (npy_half_to_double). */
function halfTable(): Float64Array {
  const t = new Float64Array(65536);
  const w = new Uint32Array(t.buffer);
  for (let h = 0; h < 65536; h++) {
    const exp = (h >>> 10) & 0x1f;
    const mant = h & 0x3ff;
    if (exp === 0) {
      t[h] = (h & 0x8000 ? -mant : mant) * 5.9604644775390625e-8; // mant · 2^-24
      continue;
    }
    // rebias the exponent (1023 - 15); inf and NaN keep an all-ones exponent
    w[2 * h + 1] =
      ((h & 0x8000) << 16) | (exp === 0x1f ? 0x7ff00000 : (exp + 1008) << 20) | (mant << 10);
    w[2 * h] = 0;
  }
  HALF_TABLE = t;
  return t;
}

/** Round a float64 to the nearest float16 value, as a float64. */
export function roundToHalf(x: number): number {
  return halfBitsToDouble(doubleToHalfBits(x));
}
