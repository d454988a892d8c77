/**
 * `np.format_float_positional` and `np.format_float_scientific`: one float as text,
 * with NumPy's argument checks. A JS number is a Python float (float64); a 0-d array
 * such as `np.float32(0.1)` is formatted in its own precision.
 */
import { Complex } from '../complex.js';
import { ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { bindArgs } from './args.js';
import type { FloatBits } from './dragon4.js';
import { checkPrecision, positional, scientific, type Trim } from './floatformat.js';
import { noneOrPositive } from './floatingformat.js';
import { floatBits } from './scalarstr.js';

/** The float value and precision of `x`, as NumPy's Dragon4 entry points read it. */
function floatValue(x: unknown): [number, FloatBits] {
  if (typeof x === 'number') return [x, 64];
  if (typeof x === 'bigint' || typeof x === 'boolean') return [Number(x), 64];
  if (x instanceof Complex) throw new TypeError('must be real number, not complex');
  const a = x as NDArray;
  if (
    typeof x === 'object' &&
    x !== null &&
    typeof a.forEachOffset === 'function' &&
    a.size === 1
  ) {
    const v = a.readAt(a.offset);
    if (a.dtype.kind === 'f') return [v as number, floatBits(a.dtype)];
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
      return [Number(v), 64];
    if (v instanceof Complex) throw new TypeError('must be real number, not complex');
  }
  const name =
    typeof x === 'string' ? 'str' : x === null || x === undefined ? 'NoneType' : typeof x;
  throw new TypeError(`must be real number, not ${name}`);
}

const TRIMS = ['k', '.', '0', '-'];

/** NumPy's check of trim in its C entry points (before the precision check). */
function checkTrim(trim: unknown): Trim {
  if (typeof trim !== 'string' || !TRIMS.includes(trim)) {
    throw new TypeError(
      `if supplied, trim must be 'k', '.', '0' or '-' found \`${String(trim).padStart(100)}\``,
    );
  }
  return trim as Trim;
}

export interface FormatFloatPositionalOptions {
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: Trim;
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  min_digits?: number | null;
}

export interface FormatFloatScientificOptions {
  precision?: number | null;
  unique?: boolean;
  trim?: Trim;
  sign?: boolean;
  pad_left?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
}

const FFP = [
  'x',
  'precision',
  'unique',
  'fractional',
  'trim',
  'sign',
  'pad_left',
  'pad_right',
  'min_digits',
];

/**
 * `np.format_float_positional(x, precision, unique, fractional, trim, sign, pad_left,
 * pad_right, min_digits)`.
 */
export function format_float_positional(x: unknown, options?: FormatFloatPositionalOptions): string;
export function format_float_positional(x: unknown, ...args: unknown[]): string;
export function format_float_positional(x: unknown, ...args: unknown[]): string {
  const g = bindArgs('format_float_positional', FFP, 1, [], [x, ...args]);
  const precision = noneOrPositive(g.precision as number | undefined, 'precision');
  const padLeft = noneOrPositive(g.pad_left as number | undefined, 'pad_left');
  const padRight = noneOrPositive(g.pad_right as number | undefined, 'pad_right');
  const minDigits = noneOrPositive(g.min_digits as number | undefined, 'min_digits');
  const fractional = g.fractional === undefined ? true : Boolean(g.fractional);
  const unique = g.unique === undefined ? true : Boolean(g.unique);
  if (!fractional && precision === 0)
    throw new ValueError('precision must be greater than 0 if fractional=False');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const trim = checkTrim(g.trim ?? 'k');
  checkPrecision(unique, precision);
  const [value, bits] = floatValue(g.x);
  return positional(value, bits, {
    precision,
    min_digits: minDigits,
    unique,
    fractional,
    trim,
    sign: Boolean(g.sign),
    pad_left: padLeft,
    pad_right: padRight,
  });
}

const FFS = ['x', 'precision', 'unique', 'trim', 'sign', 'pad_left', 'exp_digits', 'min_digits'];

/** `np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits, min_digits)`. */
export function format_float_scientific(x: unknown, options?: FormatFloatScientificOptions): string;
export function format_float_scientific(x: unknown, ...args: unknown[]): string;
export function format_float_scientific(x: unknown, ...args: unknown[]): string {
  const g = bindArgs('format_float_scientific', FFS, 1, [], [x, ...args]);
  const precision = noneOrPositive(g.precision as number | undefined, 'precision');
  const padLeft = noneOrPositive(g.pad_left as number | undefined, 'pad_left');
  const expDigits = noneOrPositive(g.exp_digits as number | undefined, 'exp_digits');
  const minDigits = noneOrPositive(g.min_digits as number | undefined, 'min_digits');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new ValueError('min_digits must be less than or equal to precision');
  }
  const unique = g.unique === undefined ? true : Boolean(g.unique);
  const trim = checkTrim(g.trim ?? 'k');
  checkPrecision(unique, precision);
  const [value, bits] = floatValue(g.x);
  return scientific(value, bits, {
    precision,
    min_digits: minDigits,
    unique,
    trim,
    sign: Boolean(g.sign),
    pad_left: padLeft,
    exp_digits: expDigits,
  });
}
