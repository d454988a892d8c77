/**
 * glibc 2.36's double `exp` (x86-64 FMA build), reproduced bit for bit: x = k ln2/128 + r,
 * exp(x) = 2^(k/128) exp(r) with a 128-entry table of 2^(k/128) and a degree-5 polynomial.
 * `expInline` is the variant `pow` uses (an extra low part `xtail` and a sign bias).
 */
import { fma, fromWords, hiWord, loWord } from './fma.js';
import { EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_POLY, EXP_TAB_B64 } from './tables.js';
import { u32Table } from './tables_decode.js';

/** 256 uint64 entries as (lo, hi) uint32 word pairs. */
const T = u32Table(EXP_TAB_B64);
const [C2, C3, C4, C5] = EXP_POLY as [number, number, number, number];
const SHIFT = 6755399441055744; // 0x1.8p52
const TWO1009 = 2 ** 1009;
const TWOM1022 = 2 ** -1022;

/**
 * The common kernel: returns scale * (1 + tmp) with scale = 2^(k/N) (bits hi:lo) handled by
 * `finish`, for x reduced with its optional tail. `signBias` sets the result's sign (pow).
 */
function kernel(x: number, xtail: number, signBias: number, special: boolean): number {
  // Fusing x*InvLn2N + SHIFT or kd*NegLn2loN changes k or r only when they are within 2**-35
  // of a tie, and then not the result; plain arithmetic suffices there. The polynomial's
  // middle step and the final scale + scale*tmp are emulated exactly.
  const kd0 = EXP_INVLN2N * x + SHIFT;
  // The low word of kd's bits is k (two's complement).
  const ki = loWord(kd0) | 0;
  const kd = kd0 - SHIFT;
  let r = x + kd * EXP_NEGLN2HIN + kd * EXP_NEGLN2LON;
  if (xtail !== 0) r += xtail;
  const idx = 2 * (ki & 127);
  const tail = fromWords(T[2 * idx + 1]!, T[2 * idx]!);
  // sbits = T[idx + 1] + ((ki + sign_bias) << 45): only the high word changes.
  const sHi = (T[2 * idx + 3]! + ((ki + signBias) << 13)) >>> 0;
  const sLo = T[2 * idx + 2]!;
  const r2 = r * r;
  const tmp = r2 * r2 * (r * C5 + C4) + fma(r2, r * C3 + C2, tail + r);
  if (special) return specialcase(tmp, sHi, sLo, ki);
  const scale = fromWords(sHi, sLo);
  return fma(scale, tmp, scale);
}

/** Results that may overflow or underflow: scale the exponent back into range first. */
function specialcase(tmp: number, sHi: number, sLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by <= 460.
    const scale = fromWords((sHi - (1009 << 20)) >>> 0, sLo);
    return TWO1009 * fma(scale, tmp, scale);
  }
  // k < 0: avoid double rounding in the subnormal range.
  const scale = fromWords((sHi + (1022 << 20)) >>> 0, sLo);
  // scale * tmp has two uses here, so the compiler rounds it once and fuses neither.
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = (sHi & 0x80000000) !== 0 ? -0 : 0;
  }
  return TWOM1022 * y;
}

/** e**x, as glibc's `exp`. */
export function exp(x: number): number {
  const abstop = (hiWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
  }
  return kernel(x, 0, 0, special);
}

/** sign * exp(x + xtail) for pow (|xtail| < 2**-8/N); signBias is 0 or 0x800 << 7. */
export function expInline(x: number, xtail: number, signBias: number): number {
  const abstop = (hiWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return signBias ? -0 : 0;
      return signBias ? -Infinity : Infinity;
    }
    special = true;
  }
  return kernel(x, xtail, signBias, special);
}
