/**
 * Python's printf-style `%` formatting of one value (`'%.18e' % x`), as `savetxt`
 * and `tofile` use it. Floats are rounded exactly as CPython does (round-half-even
 * on the exact binary value): JS's toFixed/toExponential agree except on exact ties,
 * which are detected and settled with exact BigInt digits.
 */
import { Complex } from '../../_core/complex.js';
import { pyStr } from '../../_core/elements.js';
import { OverflowError, ValueError } from '../../_core/errors.js';
import { pyStrRepr } from './pyliteral.js';

/** A value to format: its JS form and whether Python sees it as a float. */
export interface PyScalar {
  v: number | bigint | boolean | string | Complex | Uint8Array;
  /** The value came from a float array: `%s` prints it as Python's float repr. */
  isFloat: boolean;
  /** Python's `str()` of the value when it differs from the JS form's (NumPy scalars). */
  str?: string;
  /** Python's `repr()` when it differs from `str()` (NumPy scalars: `np.float64(1.5)`). */
  repr?: string;
}

/** One parsed conversion spec. */
interface Spec {
  flags: string;
  width: number;
  prec: number | null;
  type: string;
}

/** Exact decimal digits of |x| (finite, non-zero): value = digits × 10^-frac. */
function exactDecimal(x: number): { digits: string; frac: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return { digits: (m << BigInt(e)).toString(), frac: 0 };
  return { digits: (m * 5n ** BigInt(-e)).toString(), frac: -e };
}

/** Round a digit string to `keep` leading digits, half-to-even; may grow by one digit on carry. */
function roundDigits(d: string, keep: number): string {
  if (keep < 0) return '';
  if (d.length <= keep) return d.padEnd(keep, '0');
  const head = d.slice(0, keep);
  const next = d.charCodeAt(keep) - 48;
  const restZero = /^0*$/.test(d.slice(keep + 1));
  const lastOdd = keep > 0 && (d.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (!restZero || lastOdd));
  if (!up) return head || '';
  const n = (BigInt(head || '0') + 1n).toString();
  return n.length < keep ? n.padStart(keep, '0') : n;
}

/** Exact `'%.{p}f' % |x|`. */
function exactFixed(x: number, p: number): string {
  if (x === 0) return p > 0 ? `0.${'0'.repeat(p)}` : '0';
  const { digits, frac } = exactDecimal(x);
  // Scale so the digit string has exactly `frac` fractional digits, then keep `p` of them.
  const intLen = digits.length - frac;
  let r: string;
  if (intLen + p < 0) r = '0';
  else {
    const padded = intLen < 0 ? '0'.repeat(-intLen) + digits : digits;
    const ip = Math.max(intLen, 0);
    r = roundDigits(padded, ip + p);
    if (r === '') r = '0';
    if (r.length < ip + p) r = r.padStart(ip + p, '0');
  }
  const total = r.padStart(p + 1, '0');
  const intPart = total.slice(0, total.length - p).replace(/^0+(?=\d)/, '');
  return p > 0 ? `${intPart}.${total.slice(total.length - p)}` : intPart;
}

/** Exact `'%.{p}e' % |x|` parts: mantissa digits (p+1) and decimal exponent. */
function exactExp(x: number, p: number): [string, number] {
  if (x === 0) return ['0'.repeat(p + 1), 0];
  const { digits, frac } = exactDecimal(x);
  let exp = digits.length - 1 - frac;
  let r = roundDigits(digits, p + 1);
  if (r.length > p + 1) {
    exp += 1;
    r = r.slice(0, p + 1);
  }
  return [r, exp];
}

/** Whether the JS rounding at `p` digits might differ from half-even (an exact tie). */
function tieSuspect(longer: string, cut: number): boolean {
  return longer[cut] === '5' && /^0*$/.test(longer.slice(cut + 1));
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** x = m · 2^q (x finite, > 0) with m an odd integer: the exponent q. */
function oddExponent(x: number): number {
  bits[0] = x;
  const hi = words[LITTLE ? 1 : 0]!;
  const lo = words[LITTLE ? 0 : 1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const q = bexp === 0 ? -1074 : bexp - 1075;
  // Trailing zero bits of the 53-bit mantissa (the implicit bit is never trailing).
  if (lo !== 0) return q + 31 - Math.clz32(lo & -lo);
  const h = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
  return q + 32 + 31 - Math.clz32(h & -h);
}

/**
 * Whether |x| (finite, > 0) might be an exact tie when rounded to `sig` significant digits,
 * decided from its binary form instead of a long second toExponential (which costs several
 * times the first). With x = m · 2^q, m odd and q < 0, the exact decimal value is
 * m · 5^-q / 10^-q, whose digits end in 5; it is a tie exactly when it has sig + 1
 * significant digits. An integer is checked on its digits; anything unsure says maybe.
 */
function mayTieExp(x: number, sig: number): boolean {
  if (x === 0) return false;
  const q = oddExponent(x);
  if (q >= 0) {
    if (x >= 2 ** 53) return true;
    const d = String(x).replace(/0+$/, '');
    return d.length === sig + 1 && d.endsWith('5');
  }
  // m · 5^-q = x · 10^-q has floor(log10 x) + 1 - q digits (unsure next to a power of 10).
  const L = Math.log10(x);
  const frac = L - Math.floor(L);
  if (frac < 1e-9 || frac > 1 - 1e-9) return true;
  return Math.floor(L) + 1 - q === sig + 1;
}

/** `'%.{p}e' % |x|` as [mantissa digits, exponent]. */
function expParts(x: number, p: number): [string, number] {
  if (p <= 80) {
    const s = x.toExponential(p);
    let tie = mayTieExp(x, p + 1);
    if (tie) {
      const check = x.toExponential(Math.min(100, p + 20));
      tie = tieSuspect(check.slice(0, check.indexOf('e')).replace('.', ''), p + 1);
    }
    if (!tie) {
      const k = s.indexOf('e');
      return [s.slice(0, k).replace('.', ''), Number(s.slice(k + 1))];
    }
  }
  return exactExp(x, p);
}

/** `'%.{p}f' % |x|`. */
function fixed(x: number, p: number): string {
  // x = m · 2^q (m odd, q < 0) has exactly -q decimals, the last a 5: a tie at p decimals
  // needs -q = p + 1; integers never tie.
  if (x < 1e21 && p <= 80 && (x === 0 || oddExponent(x) !== -(p + 1))) return x.toFixed(p);
  return exactFixed(x, p);
}

function expString(digits: string, exp: number, upper: boolean, alt: boolean): string {
  const mant = digits.length > 1 || alt ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${mant}${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${e}`;
}

/** `'%{type}' % x` for a float, without sign and padding (x ≥ 0, finite). */
function formatFloatAbs(x: number, type: string, prec: number, alt: boolean): string {
  const t = type.toLowerCase();
  const upper = type !== t;
  if (t === 'f') {
    const s = fixed(x, prec);
    return alt && prec === 0 ? `${s}.` : s;
  }
  if (t === 'e') {
    // The common case straight from toExponential: Python only pads the exponent to 2 digits.
    if (!alt && prec <= 80 && !mayTieExp(x, prec + 1)) {
      const s = x.toExponential(prec);
      const k = s.indexOf('e');
      const body = s.length - k === 3 ? `${s.slice(0, k + 2)}0${s.slice(k + 2)}` : s;
      return upper ? body.replace('e', 'E') : body;
    }
    const [d, e] = expParts(x, prec);
    return expString(d, e, upper, alt);
  }
  // %g: fixed or exponential by the exponent after rounding to `prec` significant digits.
  const p = prec === 0 ? 1 : prec;
  const [d, e] = x === 0 ? ['0'.repeat(p), 0] : expParts(x, p - 1);
  let s: string;
  if (e >= -4 && e < p) {
    s = fixed(x, p - 1 - e);
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
    else if (alt && !s.includes('.')) s += '.';
  } else {
    let digits = d;
    if (!alt) digits = digits.replace(/0+$/, '') || '0';
    s = expString(digits, e, upper, alt);
  }
  return s;
}

function pad(body: string, sign: string, spec: Spec, numeric: boolean): string {
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  if (spec.flags.includes('-')) return sign + body + ' '.repeat(spec.width - len);
  if (numeric && spec.flags.includes('0')) return sign + '0'.repeat(spec.width - len) + body;
  return ' '.repeat(spec.width - len) + sign + body;
}

function signOf(neg: boolean, flags: string): string {
  return neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function toFloat(s: PyScalar): number {
  const v = s.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Complex) throw new TypeError('must be real number, not complex');
  throw new TypeError(`must be real number, not ${typeof v === 'string' ? 'str' : 'bytes'}`);
}

function toInt(s: PyScalar, type: string): bigint {
  const v = s.v;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
    if (type !== 'd' && type !== 'i' && type !== 'u' && !Number.isInteger(v))
      throw new TypeError(`%${type} format: an integer is required, not float`);
    return BigInt(Math.trunc(v));
  }
  if (v instanceof Complex)
    throw new TypeError(`%${type} format: a real number is required, not complex`);
  throw new TypeError(
    `%${type} format: a real number is required, not ${typeof v === 'string' ? 'str' : 'bytes'}`,
  );
}

/** Python's `str()` of the value as a Python scalar (floats from float arrays as floats). */
export function pyScalarStr(s: PyScalar): string {
  if (s.str !== undefined) return s.str;
  const v = s.v;
  if (s.isFloat && typeof v === 'number') return floatStr(v);
  if (v instanceof Uint8Array) return pyBytesStr(v);
  return pyStr(v);
}

/** Python's `repr()` of the value (quotes around strings; NumPy scalars as `np.float64(…)`). */
export function pyScalarRepr(s: PyScalar): string {
  if (s.repr !== undefined) return s.repr;
  if (typeof s.v === 'string') return pyStrRepr(s.v);
  return pyScalarStr(s);
}

function floatStr(v: number): string {
  // Python's repr of a float: shortest round-trip digits, '.0' for integral values below 1e16.
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return Object.is(v, -0) ? '-0.0' : `${v}.0`;
  return pyStr(v);
}

export function pyBytesStr(b: Uint8Array): string {
  let out = "b'";
  for (const c of b) {
    if (c === 39 || c === 92) out += `\\${String.fromCharCode(c)}`;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `${out}'`;
}

function formatOne(spec: Spec, s: PyScalar): string {
  const { flags, type } = spec;
  const alt = flags.includes('#');
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let t = type === 's' ? pyScalarStr(s) : pyScalarRepr(s);
      if (spec.prec !== null) t = t.slice(0, spec.prec);
      return pad(t, '', spec, false);
    }
    case 'c': {
      const v = s.v;
      const t = typeof v === 'string' ? v : String.fromCodePoint(Number(toInt(s, 'c')));
      return pad(t, '', spec, false);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const n = toInt(s, type);
      const neg = n < 0n;
      const a = neg ? -n : n;
      let body =
        type === 'o'
          ? a.toString(8)
          : type === 'x'
            ? a.toString(16)
            : type === 'X'
              ? a.toString(16).toUpperCase()
              : a.toString();
      if (spec.prec !== null && body.length < spec.prec) body = body.padStart(spec.prec, '0');
      if (alt && type === 'o') body = `0o${body}`;
      if (alt && type === 'x') body = `0x${body}`;
      if (alt && type === 'X') body = `0X${body}`;
      return pad(body, signOf(neg, flags), spec, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = toFloat(s);
      const neg = x < 0 || Object.is(x, -0);
      const a = Math.abs(x);
      let body: string;
      if (Number.isNaN(x)) body = 'nan';
      else if (!Number.isFinite(x)) body = 'inf';
      else body = formatFloatAbs(a, type, spec.prec ?? 6, alt);
      if (!Number.isFinite(x) && type === type.toUpperCase()) body = body.toUpperCase();
      return pad(body, signOf(neg && !Number.isNaN(x), flags), spec, true);
    }
    default:
      throw new ValueError(`unsupported format character '${type}'`);
  }
}

const SPEC_RE = /%([-+ 0#]*)(\d*)(?:\.(\d*))?([diouxXeEfFgGcrsa%])/g;

/** A compiled `%` format string: literal pieces and conversion specs. */
export class PyFormat {
  private readonly parts: (string | Spec)[] = [];
  /** Number of values the format consumes. */
  readonly count: number;

  constructor(readonly fmt: string) {
    let last = 0;
    let count = 0;
    for (const m of fmt.matchAll(SPEC_RE)) {
      const idx = m.index!;
      const lit = fmt.slice(last, idx);
      if (lit.includes('%')) throw new ValueError(`incomplete format: ${JSON.stringify(fmt)}`);
      this.parts.push(lit);
      if (m[4] === '%') this.parts.push('%');
      else {
        this.parts.push({
          flags: m[1]!,
          width: m[2] ? Number(m[2]) : 0,
          prec: m[3] === undefined ? null : Number(m[3] || '0'),
          type: m[4]!,
        });
        count++;
      }
      last = idx + m[0].length;
    }
    const tail = fmt.slice(last);
    if (tail.includes('%')) throw new ValueError('incomplete format');
    this.parts.push(tail);
    this.count = count;
  }

  /** `fmt % tuple(values)` with Python's errors for a wrong number of values. */
  format(values: readonly PyScalar[]): string {
    if (values.length < this.count) throw new TypeError('not enough arguments for format string');
    if (values.length > this.count)
      throw new TypeError('not all arguments converted during string formatting');
    let out = '';
    let k = 0;
    for (const p of this.parts) out += typeof p === 'string' ? p : formatOne(p, values[k++]!);
    return out;
  }
}
