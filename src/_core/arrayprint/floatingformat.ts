/**
 * NumPy's FloatingFormat and ComplexFloatingFormat: one layout (positional or
 * scientific, digits, padding) chosen from all the values shown, so columns align.
 */
import type { Complex } from '../complex.js';
import { ValueError } from '../errors.js';
import { roundToHalf } from '../float16.js';
import type { FloatBits } from './dragon4.js';
import { positional, scientific, type Trim } from './floatformat.js';
import { currentOptions, type FloatMode, type Sign } from './printoptions.js';
import { pyLen, rstrip } from './pystr.js';

/** NumPy's `_none_or_positive_arg`: -1 for None, an error for negatives. */
export function noneOrPositive(x: number | null | undefined, name: string): number {
  if (x === null || x === undefined) return -1;
  if (x < 0) throw new ValueError(`${name} must be >= 0`);
  return x;
}

/** Round a float64 result to the float type, as NumPy's arithmetic on that type would. */
function roundTo(x: number, bits: FloatBits): number {
  return bits === 64 ? x : bits === 32 ? Math.fround(x) : roundToHalf(x);
}

/** finfo(dtype).precision: decimal digits the type resolves. */
const DECIMAL_PRECISION: Record<FloatBits, number> = { 16: 3, 32: 6, 64: 15 };

function hasSignBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export class FloatingFormat {
  private precision: number;
  private minDigits = -1;
  private sign: Sign;
  private expFormat = false;
  private unique = true;
  private trim: Trim = '.';
  private padLeft = 0;
  private padRight = 0;
  private expSize = -1;

  constructor(
    values: readonly number[],
    private readonly bits: FloatBits,
    isZeroD: boolean,
    precision: number,
    private readonly floatmode: FloatMode,
    private readonly suppress: boolean,
    sign: Sign,
    private readonly legacy: number,
  ) {
    // 1.13 printed a space for the sign of positive values, except in 0-d arrays.
    this.sign = legacy <= 113 && !isZeroD && sign === '-' ? ' ' : sign;
    this.precision = noneOrPositive(floatmode === 'unique' ? null : precision, 'precision');
    this.fill(values);
  }

  /** First pass: format every finite value to learn the widths and the digits to show. */
  private fill(values: readonly number[]): void {
    const finite = values.filter(Number.isFinite);
    let maxVal = 0;
    let minVal = Number.POSITIVE_INFINITY;
    for (const v of finite) {
      const a = Math.abs(v);
      if (a === 0) continue;
      if (a > maxVal) maxVal = a;
      if (a < minVal) minVal = a;
    }
    if (maxVal > 0) {
      // NumPy compares and divides these scalars in the array's own precision (the
      // Python-float constants are weak), so float32 1e-4 is not below 1e-4.
      const r = (x: number) => roundTo(x, this.bits);
      const cutoff = this.legacy <= 202 ? 1e8 : 10 ** Math.min(8, DECIMAL_PRECISION[this.bits]);
      const ratio = r(maxVal / minVal);
      if (maxVal >= r(cutoff) || (!this.suppress && (minVal < r(0.0001) || ratio > 1000)))
        this.expFormat = true;
    }
    const plus = this.sign === '+';
    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = '.';
      this.expSize = -1;
      this.unique = true;
    } else if (this.expFormat) {
      const fixed = this.floatmode === 'fixed' || this.legacy <= 113;
      this.unique = !fixed;
      const trim: Trim = fixed ? 'k' : '.';
      let intLen = 0;
      let fracLen = 0;
      let expLen = 0;
      for (const x of finite) {
        const s = scientific(x, this.bits, {
          precision: this.precision,
          min_digits: -1,
          unique: this.unique,
          trim,
          sign: plus,
          pad_left: -1,
          exp_digits: -1,
        });
        const e = s.indexOf('e');
        const dot = s.indexOf('.');
        intLen = Math.max(intLen, dot);
        fracLen = Math.max(fracLen, e - dot - 1);
        expLen = Math.max(expLen, s.length - e - 1);
      }
      this.expSize = expLen - 1;
      this.trim = 'k';
      this.precision = fracLen;
      this.minDigits = fracLen;
      this.padLeft = this.legacy <= 113 ? 3 : intLen;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      const fixed = this.floatmode === 'fixed';
      this.unique = !fixed;
      const trim: Trim = fixed ? 'k' : '.';
      let intLen = 0;
      let fracLen = 0;
      for (const x of finite) {
        const s = positional(x, this.bits, {
          precision: this.precision,
          min_digits: -1,
          unique: this.unique,
          fractional: true,
          trim,
          sign: plus,
          pad_left: -1,
          pad_right: -1,
        });
        const dot = s.indexOf('.');
        const digitsLeft =
          this.legacy <= 113 ? s.slice(0, dot).replace(/^[-+]+/, '').length + 1 : dot;
        intLen = Math.max(intLen, digitsLeft);
        fracLen = Math.max(fracLen, s.length - dot - 1);
      }
      this.padLeft = intLen;
      this.padRight = fracLen;
      this.expSize = -1;
      if (this.floatmode === 'fixed' || this.floatmode === 'maxprec_equal') {
        this.precision = this.minDigits = fracLen;
        this.trim = 'k';
      } else {
        this.trim = '.';
        this.minDigits = 0;
      }
    }

    if (this.legacy > 113 && this.sign === ' ' && !finite.some(hasSignBit)) this.padLeft += 1;

    if (finite.length !== values.length) {
      // Make room for nan / inf (and a sign on inf) in the same width.
      const opts = currentOptions();
      const negInf =
        this.sign !== '-' || values.some((v) => v === Number.NEGATIVE_INFINITY) ? 1 : 0;
      const offset = this.padRight + 1;
      this.padLeft = Math.max(
        this.padLeft,
        pyLen(opts.nanstr) - offset,
        pyLen(opts.infstr) + negInf - offset,
      );
    }
  }

  format(x: number): string {
    if (!Number.isFinite(x)) {
      const opts = currentOptions();
      let ret: string;
      if (Number.isNaN(x)) ret = (this.sign === '+' ? '+' : '') + opts.nanstr;
      else ret = (x < 0 ? '-' : this.sign === '+' ? '+' : '') + opts.infstr;
      const pad = this.padLeft + this.padRight + 1 - pyLen(ret);
      return (pad > 0 ? ' '.repeat(pad) : '') + ret;
    }
    if (this.expFormat) {
      return scientific(x, this.bits, {
        precision: this.precision,
        min_digits: this.minDigits,
        unique: this.unique,
        trim: this.trim,
        sign: this.sign === '+',
        pad_left: this.padLeft,
        exp_digits: this.expSize,
      });
    }
    return positional(x, this.bits, {
      precision: this.precision,
      min_digits: this.minDigits,
      unique: this.unique,
      fractional: true,
      trim: this.trim,
      sign: this.sign === '+',
      pad_left: this.padLeft,
      pad_right: this.padRight,
    });
  }
}

/** Complex values: the real parts and the imaginary parts each get their own layout. */
export class ComplexFloatingFormat {
  private readonly real: FloatingFormat;
  private readonly imag: FloatingFormat;

  constructor(
    values: readonly Complex[],
    bits: FloatBits,
    isZeroD: boolean,
    precision: number,
    floatmode: FloatMode,
    suppress: boolean,
    sign: Sign,
    legacy: number,
  ) {
    const modeRe = legacy <= 113 ? 'maxprec_equal' : floatmode;
    const modeIm = legacy <= 113 ? 'maxprec' : floatmode;
    const re = values.map((c) => c.re);
    const im = values.map((c) => c.im);
    this.real = new FloatingFormat(re, bits, isZeroD, precision, modeRe, suppress, sign, legacy);
    this.imag = new FloatingFormat(im, bits, isZeroD, precision, modeIm, suppress, '+', legacy);
  }

  format(c: Complex): string {
    const r = this.real.format(c.re);
    const i = this.imag.format(c.im);
    // The 'j' goes before the imaginary part's trailing padding.
    const end = rstrip(i).length;
    return `${r}${i.slice(0, end)}j${i.slice(end)}`;
  }
}
