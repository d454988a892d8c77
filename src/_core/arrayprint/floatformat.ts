/**
 * Laying out Dragon4 digits as NumPy's `dragon4_positional` / `dragon4_scientific`
 * do: sign, decimal point, trimming of trailing zeros, whitespace padding, exponent.
 * Numbers given as -1 mean "not set", as in NumPy's C code.
 */
import { type Decomposed, type Digits, decompose, dragon4, type FloatBits } from './dragon4.js';

/**
 * Trimming of trailing digits: 'k' keeps zeros and the point, '.' trims zeros but keeps
 * the point, '0' trims all but one zero after the point, '-' also drops the point.
 */
export type Trim = 'k' | '.' | '0' | '-';

export interface PositionalOptions {
  precision: number;
  min_digits: number;
  unique: boolean;
  fractional: boolean;
  trim: Trim;
  sign: boolean;
  pad_left: number;
  pad_right: number;
}

export interface ScientificOptions {
  precision: number;
  min_digits: number;
  unique: boolean;
  trim: Trim;
  sign: boolean;
  pad_left: number;
  exp_digits: number;
}

/** inf keeps its sign, nan never shows one; neither is padded (as in NumPy). */
function special(d: Decomposed & { special: 'nan' | 'inf' }, sign: boolean): string {
  if (d.special === 'nan') return 'nan';
  return `${d.negative ? '-' : sign ? '+' : ''}inf`;
}

function signOf(d: Decomposed, sign: boolean): string {
  return d.negative ? '-' : sign ? '+' : '';
}

/** NumPy's check in its dragon4 entry points: exact digits need a precision. */
export function checkPrecision(unique: boolean, precision: number): void {
  if (!unique && precision < 0)
    throw new TypeError('in non-unique mode `precision` must be supplied');
}

/** `x` (a value of the given precision) in positional notation. */
export function positional(x: number, bits: FloatBits, o: PositionalOptions): string {
  checkPrecision(o.unique, o.precision);
  const d = decompose(x, bits);
  if ('special' in d) return special(d, o.sign);
  const signStr = signOf(d, o.sign);
  const { digits, exponent } = shortcutOrDragon4(x, bits, d, {
    unique: o.unique,
    fractional: o.fractional,
    cutoffMax: o.precision,
    cutoffMin: o.min_digits,
  });

  let body: string;
  let whole: number;
  let frac: number;
  if (exponent >= 0) {
    whole = exponent + 1;
    if (digits.length <= whole) {
      body = digits + '0'.repeat(whole - digits.length);
      frac = 0;
    } else {
      body = `${digits.slice(0, whole)}.${digits.slice(whole)}`;
      frac = digits.length - whole;
    }
  } else {
    const zeros = -(exponent + 1);
    body = `0.${'0'.repeat(zeros)}${digits}`;
    frac = zeros + digits.length;
    whole = 1;
  }
  if (o.trim !== '-' && frac === 0) body += '.';

  const add = o.unique ? o.min_digits : o.precision;
  const wanted = o.fractional ? Math.max(add, 0) : add - whole;
  if (o.trim === '0') {
    if (frac === 0) {
      body += '0';
      frac = 1;
    }
  } else if (o.trim === 'k' && wanted > frac) {
    body += '0'.repeat(wanted - frac);
    frac = wanted;
  }
  if (o.trim !== 'k' && frac > 0) {
    // Rounding can still leave trailing zeros.
    let end = body.length;
    while (body[end - 1] === '0') {
      end--;
      frac--;
    }
    body = body.slice(0, end);
    if (body.endsWith('.')) {
      if (o.trim === '0') {
        body += '0';
        frac++;
      } else if (o.trim === '-') {
        body = body.slice(0, -1);
      }
    }
  }

  if (o.pad_right >= frac) {
    if (o.trim === '-' && frac === 0) body += ' ';
    body += ' '.repeat(o.pad_right - frac);
  }
  const leftPad = o.pad_left - (whole + signStr.length);
  return (leftPad > 0 ? ' '.repeat(leftPad) : '') + signStr + body;
}

/** `x` (a value of the given precision) in scientific notation. */
export function scientific(x: number, bits: FloatBits, o: ScientificOptions): string {
  checkPrecision(o.unique, o.precision);
  const d = decompose(x, bits);
  if ('special' in d) return special(d, o.sign);
  const signStr = signOf(d, o.sign);
  const { digits, exponent } = shortcutOrDragon4(x, bits, d, {
    unique: o.unique,
    fractional: false,
    cutoffMax: o.precision < 0 ? -1 : o.precision + 1,
    cutoffMin: o.min_digits < 0 ? -1 : o.min_digits + 1,
  });

  const leftPad = o.pad_left - (1 + signStr.length);
  let body = digits[0]!;
  let frac = digits.length - 1;
  if (frac > 0) body += `.${digits.slice(1)}`;
  if (o.trim !== '-' && frac === 0) body += '.';
  const add = Math.max(o.unique ? o.min_digits : o.precision, 0);
  if (o.trim === '0') {
    if (frac === 0) {
      body += '0';
      frac = 1;
    }
  } else if (o.trim === 'k' && add > frac) {
    body += '0'.repeat(add - frac);
    frac = add;
  }
  if (o.trim !== 'k' && frac > 0) {
    let end = body.length;
    while (body[end - 1] === '0') end--;
    body = body.slice(0, end);
    // Unlike the positional layout, '-' keeps the point here (as NumPy does).
    if (o.trim === '0' && body.endsWith('.')) body += '0';
  }

  // The exponent has at least exp_digits digits (2 by default, at most 5), and none
  // at all for exponent 0 with exp_digits=0, as in NumPy.
  const expDigits = o.exp_digits < 0 ? 2 : Math.min(o.exp_digits, 5);
  const absExp = Math.abs(exponent);
  const expStr = absExp === 0 && expDigits === 0 ? '' : String(absExp).padStart(expDigits, '0');
  body += `e${exponent >= 0 ? '+' : '-'}${expStr}`;
  return (leftPad > 0 ? ' '.repeat(leftPad) : '') + signStr + body;
}

/**
 * Shortest digits come straight from JS for float64 (Number#toExponential gives the
 * shortest round-trip digits, ties to the closest, as Dragon4's unique mode), when no
 * cutoff falls inside them; everything else runs the exact BigInt algorithm.
 */
export function shortcutOrDragon4(
  x: number,
  bits: FloatBits,
  d: Exclude<Decomposed, { special: 'nan' | 'inf' }>,
  o: { unique: boolean; fractional: boolean; cutoffMax: number; cutoffMin: number },
): Digits {
  if (bits === 64 && o.unique && x !== 0) {
    const s = Math.abs(x).toExponential();
    const ePos = s.indexOf('e');
    const digits = s[1] === '.' ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
    const exponent = Number(s.slice(ePos + 1));
    // Exponent of the last digit, against NumPy's cutoff digit positions.
    const last = exponent - digits.length + 1;
    const first = exponent + 1;
    const maxOk = o.cutoffMax < 0 || last >= (o.fractional ? -o.cutoffMax : first - o.cutoffMax);
    const minOk = o.cutoffMin < 0 || last <= (o.fractional ? -o.cutoffMin : first - o.cutoffMin);
    if (maxOk && minOk) return { digits, exponent };
  }
  return dragon4(d, o);
}
