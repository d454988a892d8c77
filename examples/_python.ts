/**
 * Python's `print()` and `str()` for the examples: JavaScript has no tuples and no
 * `True`/`False`, so the translated lessons print through these to show what Python shows.
 * Arrays print as NumPy's `str(a)` (which is `String(a)` in numtype).
 */
import { NDArray } from '../src/index.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Python's `repr(float)`: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Object.is(x, -0)) return '-0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 16) {
    const m = mant.includes('.') ? mant : `${mant}.0`;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${m.replace(/\.0$/, '')}e${exp < 0 ? '-' : '+'}${e}`;
  }
  // the shortest round-trip digits placed around the point (toFixed would round the exact
  // binary value instead: -1025518468736690.25 is '…690.2' in Python, '…690.3' by toFixed)
  const sign = x < 0 ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  return `${sign}${int}.${digits.slice(exp + 1) || '0'}`;
}

/**
 * Python's `str(x)`: an NDArray is NumPy's `str(a)`, a named tuple NumPy's repr of it, a JS
 * array a tuple (`(3, 4)`, `(5,)`), booleans are `True`/`False`, a safe-integer number is a Python int and any
 * other number a Python float.
 * @example str([100, 1536]) // '(100, 1536)'
 */
export function str(x: unknown): string {
  if (x instanceof NDArray) return String(x);
  // a named tuple (EighResult, ...) shows itself as NumPy's repr does
  const shown = (x as { [k: symbol]: unknown } | null)?.[INSPECT];
  if (Array.isArray(x) && typeof shown === 'function') return shown.call(x);
  if (Array.isArray(x)) return x.length === 1 ? `(${repr(x[0])},)` : `(${x.map(repr).join(', ')})`;
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'number') return Number.isSafeInteger(x) ? String(x) : floatRepr(x);
  return String(x);
}

/** Python's `repr(x)` for the values the lessons print inside tuples. */
function repr(x: unknown): string {
  if (typeof x === 'string') return `'${x}'`;
  if (x instanceof NDArray) return x.repr();
  return str(x);
}

/**
 * Python's `print(*args)`: each argument through `str`, separated by one space.
 * @example print('Input shape:', [5, 3]) // Input shape: (5, 3)
 */
export function print(...args: unknown[]): void {
  console.log(args.map(str).join(' '));
}
