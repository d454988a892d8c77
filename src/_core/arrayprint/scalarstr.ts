/**
 * `str()` of a NumPy scalar, which is what `str()` of a 0-d array prints, and the
 * Python `str`/`repr` of `a.item()` that legacy='1.13' printing uses instead.
 */
import { Complex, pyFloatRepr } from '../complex.js';
import type { DType } from '../dtype.js';
import type { Canonical } from '../elements.js';
import type { FloatBits } from './dragon4.js';
import { positional, scientific, type Trim } from './floatformat.js';
import { bytesRepr, strRepr, voidStr } from './pystr.js';

/** Precision in bits of a float or complex dtype's (component) values. */
export function floatBits(dt: DType): FloatBits {
  const size = dt.kind === 'c' ? dt.itemsize / 2 : dt.itemsize;
  return size === 2 ? 16 : size === 4 ? 32 : 64;
}

/**
 * A float scalar's str: positional between 1e-4 and a cutoff (1e16 for float64, 1e6
 * for float32, 1e3 for float16; 1e16 for all under legacy <= '2.2'), else scientific.
 */
function floatEither(
  x: number,
  bits: FloatBits,
  trimPos: Trim,
  trimSci: Trim,
  sign: boolean,
  legacy: number,
): string {
  const max = legacy <= 202 || bits === 64 ? 1e16 : bits === 32 ? 1e6 : 1e3;
  const abs = Math.abs(x);
  const usePositional = Number.isNaN(x) || x === 0 || (abs < max && abs >= 1e-4);
  if (usePositional) {
    return positional(x, bits, {
      precision: -1,
      min_digits: -1,
      unique: true,
      fractional: false,
      trim: trimPos,
      sign,
      pad_left: -1,
      pad_right: -1,
    });
  }
  return scientific(x, bits, {
    precision: -1,
    min_digits: -1,
    unique: true,
    trim: trimSci,
    sign,
    pad_left: -1,
    exp_digits: -1,
  });
}

function complexStr(c: Complex, bits: FloatBits, legacy: number): string {
  if (c.re === 0 && !Object.is(c.re, -0))
    return `${floatEither(c.im, bits, '-', '-', false, legacy)}j`;
  const part = (x: number, sign: boolean): string => {
    if (Number.isFinite(x)) return floatEither(x, bits, '-', '-', sign, legacy);
    if (Number.isNaN(x)) return sign ? '+nan' : 'nan';
    return x > 0 ? (sign ? '+inf' : 'inf') : '-inf';
  };
  return `(${part(c.re, false)}${part(c.im, true)}j)`;
}

/** NumPy's `str(scalar)` for a canonical value of `dt` (legacy > '1.13'). */
export function scalarStr(v: Canonical, dt: DType, legacy: number): string {
  switch (dt.kind) {
    case 'b':
      return v ? 'True' : 'False';
    case 'f':
      return floatEither(v as number, floatBits(dt), '0', '-', false, legacy);
    case 'c':
      return complexStr(v as Complex, floatBits(dt), legacy);
    case 'U':
      return v as string;
    case 'S':
      // str() of a 0-d bytes array shows the scalar's repr.
      return legacy <= 125
        ? bytesRepr(v as Uint8Array)
        : `np.bytes_(${bytesRepr(v as Uint8Array)})`;
    case 'V':
      return voidStr(v as Uint8Array);
    default:
      return String(v);
  }
}

/** Python's repr (or str) of `a.item()` for a canonical value: legacy='1.13' 0-d arrays. */
export function itemRepr(v: Canonical, dt: DType, asStr: boolean): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return dt.kind === 'f' ? pyFloatRepr(v, false) : String(v);
  if (v instanceof Complex) return v.toString();
  if (typeof v === 'string') return asStr ? v : strRepr(v);
  return bytesRepr(v as Uint8Array);
}
