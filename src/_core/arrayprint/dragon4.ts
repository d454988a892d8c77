/**
 * Exact decimal digit generation for binary floats (float16/32/64), the Dragon4
 * algorithm as NumPy runs it (Steele & White, Burger & Dybvig), in BigInt arithmetic.
 *
 * The value is mantissa * 2^exponent. In unique mode digits stop as soon as they
 * identify the value among its neighbours of the same precision (the rounding
 * interval is closed when the mantissa is even, and twice as wide above as below at
 * powers of two); in exact mode they are the exact expansion. Either way a cutoff can
 * stop them earlier (then the last digit is rounded half-to-even on the exact value)
 * and a minimum can carry unique digits further. The caller lays the digits out.
 */
import { doubleToHalfBits } from '../float16.js';

/** Float precision by storage size in bits. */
export type FloatBits = 16 | 32 | 64;

/** A finite float split into the integer form Dragon4 works on. */
export interface FloatParts {
  negative: boolean;
  mantissa: bigint;
  /** Power of two the mantissa is scaled by. */
  exponent: number;
  /** Index of the mantissa's highest set bit. */
  mantissaBit: number;
  /** True at a power of two (not the smallest normal): the gap below is half the gap above. */
  unequalMargins: boolean;
}

/** A float's parts, or 'nan' / 'inf' for the special values (with their sign). */
export type Decomposed = FloatParts | { negative: boolean; special: 'nan' | 'inf' };

const f64 = new Float64Array(1);
const u32of64 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);

/** Split `x` (already a value of the given precision) into sign, mantissa and exponent. */
export function decompose(x: number, bits: FloatBits): Decomposed {
  let sign: number;
  let expField: number;
  let frac: bigint;
  let fracBits: number;
  let expBits: number;
  if (bits === 64) {
    f64[0] = x;
    const hi = u32of64[1]!;
    sign = hi >>> 31;
    expField = (hi >>> 20) & 0x7ff;
    frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32of64[0]!);
    fracBits = 52;
    expBits = 11;
  } else if (bits === 32) {
    f32[0] = x;
    const w = u32of32[0]!;
    sign = w >>> 31;
    expField = (w >>> 23) & 0xff;
    frac = BigInt(w & 0x7fffff);
    fracBits = 23;
    expBits = 8;
  } else {
    const h = doubleToHalfBits(x);
    sign = h >>> 15;
    expField = (h >>> 10) & 0x1f;
    frac = BigInt(h & 0x3ff);
    fracBits = 10;
    expBits = 5;
  }
  const negative = sign !== 0;
  const maxExp = (1 << expBits) - 1;
  if (expField === maxExp) return { negative, special: frac === 0n ? 'inf' : 'nan' };
  const bias = (1 << (expBits - 1)) - 1;
  if (expField !== 0) {
    return {
      negative,
      mantissa: frac | (1n << BigInt(fracBits)),
      exponent: expField - bias - fracBits,
      mantissaBit: fracBits,
      unequalMargins: expField !== 1 && frac === 0n,
    };
  }
  return {
    negative,
    mantissa: frac,
    exponent: 1 - bias - fracBits,
    mantissaBit: frac === 0n ? 0 : frac.toString(2).length - 1,
    unequalMargins: false,
  };
}

/** Digit generation options (NumPy's Dragon4 arguments). */
export interface DigitOptions {
  /** Shortest unique digits (true) or the exact expansion (false). */
  unique: boolean;
  /** Cutoffs count digits after the decimal point (true) or significant digits (false). */
  fractional: boolean;
  /** Stop after this many digits; -1 for no cutoff. */
  cutoffMax: number;
  /** In unique mode, print at least this many digits; -1 for none. */
  cutoffMin: number;
}

/** Digits (no leading zeros, at least one) and the power of ten of the first one. */
export interface Digits {
  digits: string;
  exponent: number;
}

/** NumPy's output buffer size; bounds the digits of enormous precisions. */
const BUFFER_SIZE = 16383;
/** log10(2) as the double NumPy's constant rounds to. */
const LOG10_2 = 0.3010299956639812;

/** Generate the decimal digits of a finite float. */
export function dragon4(p: FloatParts, o: DigitOptions): Digits {
  const { mantissa, exponent: e, mantissaBit, unequalMargins } = p;
  if (mantissa === 0n) return { digits: '0', exponent: 0 };

  // value = scaledValue / scale; the margins are half the gaps to the neighbouring
  // floats, all scaled by 2 (4 with unequal margins) so they stay integers.
  let value: bigint;
  let scale: bigint;
  let marginLow: bigint;
  const highFactor = unequalMargins ? 2n : 1n;
  const shift = unequalMargins ? 2 : 1;
  if (e > 0) {
    value = mantissa << BigInt(e + shift);
    scale = 1n << BigInt(shift);
    marginLow = 1n << BigInt(e);
  } else {
    value = mantissa << BigInt(shift);
    scale = 1n << BigInt(-e + shift);
    marginLow = 1n;
  }

  // An estimate of floor(log10(v)) + 1 that is right or one too low; the same double
  // arithmetic as NumPy, since the fractional-cutoff clamp below depends on it.
  let digitExponent = Math.ceil((mantissaBit + e) * LOG10_2 - 0.69);
  if (o.cutoffMax >= 0 && o.fractional && digitExponent <= -o.cutoffMax) {
    // Far below the last wanted digit: start at the cutoff, which then rounds to zero.
    digitExponent = -o.cutoffMax + 1;
  }
  if (digitExponent > 0) {
    scale *= 10n ** BigInt(digitExponent);
  } else if (digitExponent < 0) {
    const p10 = 10n ** BigInt(-digitExponent);
    value *= p10;
    marginLow *= p10;
  }
  if (value >= scale) {
    digitExponent += 1;
  } else {
    value *= 10n;
    marginLow *= 10n;
  }
  let marginHigh = marginLow * highFactor;

  let cutoffMaxExp = digitExponent - BUFFER_SIZE;
  if (o.cutoffMax >= 0) {
    const want = o.fractional ? -o.cutoffMax : digitExponent - o.cutoffMax;
    if (want > cutoffMaxExp) cutoffMaxExp = want;
  }
  let cutoffMinExp = digitExponent;
  if (o.cutoffMin >= 0) {
    const want = o.fractional ? -o.cutoffMin : digitExponent - o.cutoffMin;
    if (want < cutoffMinExp) cutoffMinExp = want;
  }
  let outExponent = digitExponent - 1;

  const isEven = (mantissa & 1n) === 0n;
  let out = '';
  let digit = 0;
  let low = false;
  let high = false;
  if (o.unique) {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      // Can the digits so far (rounded down, or up) already only mean this float?
      low = isEven ? value <= marginLow : value < marginLow;
      const top = value + marginHigh;
      high = isEven ? top >= scale : top > scale;
      if (((low || high) && digitExponent <= cutoffMinExp) || digitExponent === cutoffMaxExp) break;
      out += digit;
      value *= 10n;
      marginLow *= 10n;
      marginHigh = marginLow * highFactor;
    }
  } else {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      if (value === 0n || digitExponent === cutoffMaxExp) break;
      out += digit;
      value *= 10n;
    }
  }

  // Round the last digit: forced by the interval when only one way stays inside it,
  // else to the nearer, ties to the even digit.
  let roundDown = low;
  if (low === high) {
    const twice = value * 2n;
    roundDown = twice < scale || (twice === scale && (digit & 1) === 0);
  }
  if (roundDown) {
    out += digit;
  } else if (digit < 9) {
    out += digit + 1;
  } else {
    // Carry through trailing nines; all nines become a 1 one power higher.
    let i = out.length - 1;
    while (i >= 0 && out[i] === '9') i--;
    if (i < 0) {
      out = '1';
      outExponent += 1;
    } else {
      out = out.slice(0, i) + String(Number(out[i]) + 1);
    }
  }
  return { digits: out, exponent: outExponent };
}
