/**
 * Integers as text in a base (numpy/_core/numeric.py): binary_repr, base_repr.
 * Work in bigint, as Python's ints are unbounded.
 */
import { pyFloatRepr } from './complex.js';
import { OverflowError, ValueError } from './errors.js';
import { bindArgs, missingPositional, pyType } from './multiarray/args.js';
import { NDArray } from './ndarray.js';

/** Python's `operator.index(v)` as a bigint (ints, bools, integer 0-d arrays). */
function pyIndex(v: unknown): bigint {
  let x = v;
  if (v instanceof NDArray && v.ndim === 0 && (v.dtype.isInteger || v.dtype.kind === 'b')) {
    x = v.readAt(v.offset);
  }
  if (typeof x === 'boolean') return x ? 1n : 0n;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0)) return BigInt(x);
  throw new TypeError(`'${pyType(x)}' object cannot be interpreted as an integer`);
}

/** Python's `int(v)`: truncates floats, with Python's errors for NaN and infinities. */
function pyInt(v: unknown): bigint {
  let x = v;
  if (v instanceof NDArray && v.ndim === 0) x = v.readAt(v.offset);
  if (typeof x === 'number' && !(Number.isSafeInteger(x) && !Object.is(x, -0))) {
    if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  return pyIndex(x);
}

/**
 * `np.binary_repr(num, width=None)`: the binary digits of an integer; a negative
 * number gets a minus sign, or with `width` its two's complement in that many bits.
 * @example np.binary_repr(-3, 5) // '11101'
 */
export function binary_repr(...given: unknown[]): string {
  const args = bindArgs('binary_repr', ['num', 'width'], given);
  missingPositional('binary_repr', args, ['num']);
  const num = pyIndex(args.num);
  // width is used as Python uses it: compared, then as a repeat count (floats fail there).
  const w = args.width;
  const width =
    w === undefined || w === null ? null : typeof w === 'boolean' ? (w ? 1 : 0) : Number(w);
  const isFloat = typeof w === 'number' && !(Number.isSafeInteger(w) && !Object.is(w, -0));
  const repeatCount = (n: number): number => {
    if (isFloat && n === width) {
      throw new TypeError("can't multiply sequence by non-int of type 'float'");
    }
    return Math.max(n, 0);
  };
  const insufficient = (binwidth: number): void => {
    if (width !== null && width < binwidth) {
      throw new ValueError(`Insufficient bit width=${pyRepr(w)} provided for binwidth=${binwidth}`);
    }
  };
  if (num === 0n) return '0'.repeat(repeatCount(width || 1));
  if (num > 0n) {
    const binary = num.toString(2);
    const outwidth = width === null ? binary.length : Math.max(binary.length, width);
    insufficient(binary.length);
    if (isFloat && outwidth === width) {
      throw new TypeError("'float' object cannot be interpreted as an integer");
    }
    return binary.padStart(outwidth, '0');
  }
  if (width === null) return `-${(-num).toString(2)}`;
  let poswidth = (-num).toString(2).length;
  // -2**(k-1) fits in k bits (gh-8679).
  if (1n << BigInt(poswidth - 1) === -num) poswidth--;
  const binary = ((1n << BigInt(poswidth + 1)) + num).toString(2);
  const outwidth = Math.max(binary.length, width);
  insufficient(binary.length);
  if (isFloat && outwidth === width) {
    throw new TypeError("can't multiply sequence by non-int of type 'float'");
  }
  return '1'.repeat(outwidth - binary.length) + binary;
}

/** Python's repr of a width value, for messages. */
function pyRepr(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' && !(Number.isSafeInteger(v) && !Object.is(v, -0))) {
    return pyFloatRepr(v, false);
  }
  return String(v);
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * `np.base_repr(number, base=2, padding=0)`: the digits of `int(number)` in a base
 * from 2 to 36, with `padding` zeros on the left and a minus sign for negatives.
 * @example np.base_repr(20, 16, 2) // '0014'
 */
export function base_repr(...given: unknown[]): string {
  const args = bindArgs('base_repr', ['number', 'base', 'padding'], given);
  missingPositional('base_repr', args, ['number']);
  const base = args.base === undefined ? 2 : Number(pyIndex(args.base));
  const padding = args.padding === undefined ? 0 : Number(pyIndex(args.padding));
  if (base > DIGITS.length) throw new ValueError('Bases greater than 36 not handled in base_repr.');
  if (base < 2) throw new ValueError('Bases less than 2 not handled in base_repr.');
  const raw =
    args.number instanceof NDArray && args.number.ndim === 0
      ? args.number.readAt(args.number.offset)
      : args.number;
  const value = pyInt(raw);
  // Python tests `number < 0` on the number itself: -0.5 gives '-'.
  const neg = typeof raw === 'number' ? raw < 0 : value < 0n;
  let num = value < 0n ? -value : value;
  const b = BigInt(base);
  let digits = '';
  while (num > 0n) {
    digits = DIGITS[Number(num % b)]! + digits;
    num /= b;
  }
  // Python builds a list: digits, then the padding (even '' for a negative padding),
  // then '-'; only an empty list gives '0'.
  const parts = digits === '' ? [] : [digits];
  if (padding !== 0) parts.unshift('0'.repeat(Math.max(padding, 0)));
  if (neg) parts.unshift('-');
  return parts.length === 0 ? '0' : parts.join('');
}
