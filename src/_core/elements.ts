/**
 * Reading and writing single elements, and converting single values between dtypes.
 *
 * Inside numtype an element has a canonical JS form per dtype: boolean (bool),
 * number (≤32-bit ints, floats), bigint (int64/uint64), Complex (complex),
 * string (U), Uint8Array (S). Bulk kernels bypass this; everything generic
 * (printing, tolist, casting fallbacks, indexing of single values) goes through it.
 */

import { bytesRepr } from './arrayprint/pystr.js';
import { scalarStr as numpyScalarStr } from './arrayprint/scalarstr.js';
import { castOverflowed } from './cast_overflow.js';
import { Complex, pyFloatRepr } from './complex.js';
import type { DType } from './dtype.js';
import { OverflowError, ValueError } from './errors.js';
import { doubleToHalfBits, halfBitsToDouble } from './float16.js';

export type Canonical =
  | boolean
  | number
  | bigint
  | Complex
  | string
  | Uint8Array
  | StructValue
  | SubArrayValue;

/** A structured element: field name → the field's canonical value (records/elements.ts). */
export interface StructValue {
  [field: string]: Canonical;
}
/** A sub-array element: nested arrays of the base dtype's canonical values. */
export interface SubArrayValue extends Array<Canonical> {}

/** Element access for kind 'V' (structured, sub-array); installed by records/. */
export interface VoidElements {
  read(view: DataView, off: number, dt: DType): Canonical;
  write(view: DataView, off: number, dt: DType, v: Canonical): void;
  fromPython(v: unknown, dt: DType): Canonical;
  cast(v: Canonical, from: DType, to: DType): Canonical;
  toJS(v: Canonical, dt: DType, keepBig: boolean): unknown;
}
let voidEl: VoidElements | null = null;
export function setVoidElements(h: VoidElements): void {
  voidEl = h;
}

/** Read the element at `off` bytes into `view` as the canonical value of `dt`. */
export function readElement(view: DataView, off: number, dt: DType): Canonical {
  switch (dt.kind) {
    case 'b':
      return view.getUint8(off) !== 0;
    case 'i':
      switch (dt.itemsize) {
        case 1:
          return view.getInt8(off);
        case 2:
          return view.getInt16(off, true);
        case 4:
          return view.getInt32(off, true);
        default:
          return view.getBigInt64(off, true);
      }
    case 'u':
      switch (dt.itemsize) {
        case 1:
          return view.getUint8(off);
        case 2:
          return view.getUint16(off, true);
        case 4:
          return view.getUint32(off, true);
        default:
          return view.getBigUint64(off, true);
      }
    case 'f':
      if (dt.itemsize === 8) return view.getFloat64(off, true);
      if (dt.itemsize === 4) return view.getFloat32(off, true);
      return halfBitsToDouble(view.getUint16(off, true));
    case 'c':
      return dt.itemsize === 16
        ? new Complex(view.getFloat64(off, true), view.getFloat64(off + 8, true))
        : new Complex(view.getFloat32(off, true), view.getFloat32(off + 4, true));
    case 'U': {
      let s = '';
      const n = dt.itemsize / 4;
      let end = n;
      while (end > 0 && view.getUint32(off + (end - 1) * 4, true) === 0) end--;
      for (let i = 0; i < end; i++) s += String.fromCodePoint(view.getUint32(off + i * 4, true));
      return s;
    }
    case 'S': {
      let end = dt.itemsize;
      while (end > 0 && view.getUint8(off + end - 1) === 0) end--;
      return new Uint8Array(view.buffer.slice(view.byteOffset + off, view.byteOffset + off + end));
    }
    default:
      if (dt.kind === 'V') {
        if (voidEl && (dt.fields || dt.subdtype)) return voidEl.read(view, off, dt);
        // Raw void `V<n>`: all n bytes, as `bytes` (NumPy's `.item()`), zeros kept.
        const at = view.byteOffset + off;
        return new Uint8Array(view.buffer.slice(at, at + dt.itemsize));
      }
      throw new TypeError(`cannot read elements of dtype ${dt}`);
  }
}

/** Write a canonical value of `dt` (already converted) at `off`. */
export function writeElement(view: DataView, off: number, dt: DType, v: Canonical): void {
  switch (dt.kind) {
    case 'b':
      view.setUint8(off, v ? 1 : 0);
      return;
    case 'i':
    case 'u':
      switch (dt.itemsize) {
        case 1:
          view.setUint8(off, (v as number) & 0xff);
          return;
        case 2:
          view.setUint16(off, (v as number) & 0xffff, true);
          return;
        case 4:
          view.setUint32(off, (v as number) >>> 0, true);
          return;
        default:
          view.setBigUint64(off, BigInt.asUintN(64, v as bigint), true);
          return;
      }
    case 'f':
      if (dt.itemsize === 8) view.setFloat64(off, v as number, true);
      else if (dt.itemsize === 4) view.setFloat32(off, v as number, true);
      else view.setUint16(off, doubleToHalfBits(v as number), true);
      return;
    case 'c': {
      const c = v as Complex;
      if (dt.itemsize === 16) {
        view.setFloat64(off, c.re, true);
        view.setFloat64(off + 8, c.im, true);
      } else {
        view.setFloat32(off, c.re, true);
        view.setFloat32(off + 4, c.im, true);
      }
      return;
    }
    case 'U': {
      const n = dt.itemsize / 4;
      let i = 0;
      for (const ch of v as string) {
        if (i >= n) break;
        view.setUint32(off + i * 4, ch.codePointAt(0)!, true);
        i++;
      }
      for (; i < n; i++) view.setUint32(off + i * 4, 0, true);
      return;
    }
    case 'S': {
      const b = v as Uint8Array;
      for (let i = 0; i < dt.itemsize; i++) view.setUint8(off + i, i < b.length ? b[i]! : 0);
      return;
    }
    default:
      if (dt.kind === 'V') {
        if (voidEl && (dt.fields || dt.subdtype)) voidEl.write(view, off, dt, v);
        else {
          const b = v as Uint8Array;
          for (let i = 0; i < dt.itemsize; i++) view.setUint8(off + i, i < b.length ? b[i]! : 0);
        }
        return;
      }
      throw new TypeError(`cannot write elements of dtype ${dt}`);
  }
}

const INT_BOUNDS: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-2147483648n, 2147483647n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, 4294967295n],
  uint64: [0n, 2n ** 64n - 1n],
};

/** Integer bounds of an integer dtype, as bigints. */
export function intBounds(dt: DType): [bigint, bigint] {
  return INT_BOUNDS[dt.name]!;
}

const C_LONG_MAX = 2n ** 63n - 1n;
const C_LONG_MIN = -(2n ** 63n);
const C_ULONG_MAX = 2n ** 64n - 1n;

/** Python's int(x) of a float, with Python's errors. */
function pyIntOfFloat(x: number): bigint {
  if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

function pyIntToDType(b: bigint, dt: DType): number | bigint {
  const [lo, hi] = INT_BOUNDS[dt.name]!;
  if (b < lo || b > hi) {
    // NumPy first converts through a C long, or for uint32 / uint64 a C long or unsigned long.
    const wide = dt.name === 'uint64' || dt.name === 'uint32';
    if (b < C_LONG_MIN || b > (wide ? C_ULONG_MAX : C_LONG_MAX)) {
      throw new OverflowError('Python int too large to convert to C long');
    }
    throw new OverflowError(`Python integer ${b} out of bounds for ${dt.name}`);
  }
  return dt.itemsize === 8 ? b : Number(b);
}

/** Python's float(str) parsing: decimal, inf, nan, with surrounding whitespace. */
export function parsePyFloat(s: string): number {
  const t = s.trim().replace(/_/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return Number.NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  throw new ValueError(`could not convert string to float: '${s}'`);
}

function pyParseInt(s: string): bigint {
  const t = s.trim().replace(/_/g, '');
  if (!/^[+-]?\d+$/.test(t)) throw new ValueError(`invalid literal for int() with base 10: '${s}'`);
  return BigInt(t);
}

/** Python `str()` of a JS value viewed as a Python scalar (for casting to `U`/`S`). */
export function pyStr(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number')
    return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : pyFloatRepr(v, false);
  if (v instanceof Complex) return v.toString();
  if (v instanceof Uint8Array) return new TextDecoder('latin1').decode(v);
  return String(v);
}

/**
 * Convert a JS value taken as a Python scalar (API.md §2: safe-integer numbers and
 * bigints are ints, other numbers floats) to dtype `dt`, with the checks of NumPy's
 * `__setitem__` / `np.array(..., dtype=)`: out-of-range ints are OverflowError,
 * NaN to int is ValueError, complex to real is TypeError.
 */
export function fromPython(v: unknown, dt: DType): Canonical {
  if (dt.kind === 'V') {
    if (voidEl && (dt.fields || dt.subdtype)) return voidEl.fromPython(v, dt);
    // Raw void takes bytes only, cut or zero-padded to the itemsize.
    if (v instanceof Uint8Array) return v.slice(0, dt.itemsize);
    const t =
      typeof v === 'string'
        ? 'str'
        : typeof v === 'boolean'
          ? 'bool'
          : typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v))
            ? 'int'
            : typeof v === 'number'
              ? 'float'
              : v instanceof Complex
                ? 'complex'
                : Array.isArray(v)
                  ? 'list'
                  : v === null || v === undefined
                    ? 'NoneType'
                    : 'dict';
    throw new TypeError(`a bytes-like object is required, not '${t}'`);
  }
  if (v instanceof Complex) {
    if (dt.kind === 'c') return roundComplex(v, dt);
    if (dt.kind === 'U' || dt.kind === 'S') return toFlexible(pyStr(v), dt);
    if (dt.kind === 'b') return v.re !== 0 || v.im !== 0;
    const what =
      dt.kind === 'f'
        ? 'float() argument must be a string or a real number'
        : 'int() argument must be a string, a bytes-like object or a real number';
    throw new TypeError(`${what}, not 'complex'`);
  }
  // Bytes into a bytes dtype: copied as they are (truncated to the itemsize).
  if (v instanceof Uint8Array && dt.kind === 'S') return v.slice(0, dt.itemsize);
  if (typeof v === 'string' || v instanceof Uint8Array) {
    const s = typeof v === 'string' ? v : new TextDecoder('latin1').decode(v);
    switch (dt.kind) {
      case 'U':
      case 'S':
        return toFlexible(s, dt);
      case 'b':
        return s.length > 0;
      case 'i':
      case 'u':
        return pyIntToDType(pyParseInt(s), dt);
      case 'f':
        return roundFloat(parsePyFloat(s), dt);
      case 'c':
        return roundComplex(parsePyComplex(s), dt);
    }
  }
  if (typeof v === 'boolean') {
    // str(True) is 'True'; everywhere else a bool is the int 0 or 1.
    if (dt.kind === 'U' || dt.kind === 'S') return toFlexible(v ? 'True' : 'False', dt);
    return fromPython(v ? 1 : 0, dt) as Canonical;
  }
  if (typeof v === 'bigint') {
    switch (dt.kind) {
      case 'b':
        return v !== 0n;
      case 'i':
      case 'u':
        return pyIntToDType(v, dt);
      case 'f':
        return roundFloat(Number(v), dt);
      case 'c':
        return roundComplex(new Complex(Number(v), 0), dt);
      default:
        return toFlexible(v.toString(), dt);
    }
  }
  if (typeof v === 'number') {
    const isInt = Number.isSafeInteger(v) && !Object.is(v, -0);
    switch (dt.kind) {
      case 'b':
        return v !== 0;
      case 'i':
      case 'u':
        return pyIntToDType(isInt ? BigInt(v) : pyIntOfFloat(v), dt);
      case 'f':
        return roundFloat(v, dt);
      case 'c':
        return roundComplex(new Complex(v, 0), dt);
      default:
        return toFlexible(pyStr(v), dt);
    }
  }
  throw new TypeError(`cannot convert ${typeof v} to ${dt}`);
}

function roundFloat(x: number, dt: DType): number {
  if (dt.itemsize === 8) return x;
  const r = dt.itemsize === 4 ? Math.fround(x) : halfBitsToDouble(doubleToHalfBits(x));
  if (overflowed(x, r)) castOverflowed();
  return r;
}

function roundComplex(c: Complex, dt: DType): Complex {
  if (dt.itemsize !== 8) return c;
  const re = Math.fround(c.re);
  const im = Math.fround(c.im);
  if (overflowed(c.re, re) || overflowed(c.im, im)) castOverflowed();
  return new Complex(re, im);
}

/**
 * A finite Python float that became inf in a narrower float: NumPy's cast raises the FP
 * overflow flag, reported per np.errstate as "overflow encountered in cast" (a_f32 + 1e40,
 * a[i] = 1e40, np.array(7e4, dtype=float16), ...).
 */
function overflowed(x: number, rounded: number): boolean {
  return Number.isFinite(x) && !Number.isFinite(rounded);
}

function toFlexible(s: string, dt: DType): Canonical {
  if (dt.kind === 'U') return [...s].slice(0, dt.itemsize / 4).join('');
  const bytes = new Uint8Array(Math.min(s.length, dt.itemsize));
  for (let i = 0; i < bytes.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) throw new UnicodeEncodeError(s, i);
    bytes[i] = c;
  }
  return bytes;
}

/** Python's UnicodeEncodeError when putting non-ASCII text into `S` (a ValueError subclass). */
export class UnicodeEncodeError extends ValueError {
  override name = 'UnicodeEncodeError';
  constructor(s: string, i: number) {
    // Python escapes the character as \xNN, \uNNNN or \UNNNNNNNN and counts code points.
    const c = s.codePointAt(i)!;
    const esc =
      c < 0x100
        ? `x${c.toString(16).padStart(2, '0')}`
        : c < 0x10000
          ? `u${c.toString(16).padStart(4, '0')}`
          : `U${c.toString(16).padStart(8, '0')}`;
    super(
      `'ascii' codec can't encode character '\\${esc}' in position ${[...s.slice(0, i)].length}: ordinal not in range(128)`,
    );
  }
}

// --- C casts (astype, casting of arrays), as NumPy behaves on x86-64 ---

const TWO63 = 2 ** 63;

/** x86 cvttsd2si (32-bit): truncation, out of range and NaN give INT32_MIN. */
function cvtt32(x: number): number {
  if (!(x > -2147483649 && x < 2147483648)) return -2147483648;
  return Math.trunc(x) | 0;
}

/** x86 cvttsd2si (64-bit): truncation, out of range and NaN give INT64_MIN. */
function cvtt64(x: number): bigint {
  if (!(x >= -TWO63 && x < TWO63)) return -(2n ** 63n);
  return BigInt(Math.trunc(x));
}

/** float → integer dtype with the results NumPy gives on this platform (NumPy calls it undefined). */
export function floatToInt(x: number, dt: DType): number | bigint {
  switch (dt.name) {
    case 'int8':
      return (cvtt32(x) << 24) >> 24;
    case 'int16':
      return (cvtt32(x) << 16) >> 16;
    case 'uint8':
      return cvtt32(x) & 0xff;
    case 'uint16':
      return cvtt32(x) & 0xffff;
    case 'int32':
      return cvtt32(x);
    case 'uint32':
      // NumPy's scalar loop: the low 32 bits of the 64-bit truncation (its vectorised
      // contiguous loop differs out of range; multiarray/castloops.ts reproduces both).
      return x >= -TWO63 && x < TWO63 ? Number(BigInt.asUintN(32, BigInt(Math.trunc(x)))) : 0;
    case 'int64':
      return cvtt64(x);
    default:
      return x >= TWO63
        ? BigInt.asUintN(64, cvtt64(x - TWO63) ^ -(2n ** 63n))
        : BigInt.asUintN(64, cvtt64(x));
  }
}

/** Wrap an integer (number or bigint) to an integer dtype, as a C cast does. */
export function wrapInt(v: number | bigint, dt: DType): number | bigint {
  if (dt.itemsize === 8) {
    const b = typeof v === 'bigint' ? v : BigInt(v);
    return dt.kind === 'i' ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b);
  }
  const n = typeof v === 'bigint' ? Number(BigInt.asIntN(32, v)) : v;
  switch (dt.name) {
    case 'int8':
      return (n << 24) >> 24;
    case 'uint8':
      return n & 0xff;
    case 'int16':
      return (n << 16) >> 16;
    case 'uint16':
      return n & 0xffff;
    case 'int32':
      return n | 0;
    default:
      return n >>> 0;
  }
}

/** The canonical value `v` of dtype `from` cast to `to` with C semantics (astype). */
export function castElement(v: Canonical, from: DType, to: DType): Canonical {
  if (from === to) return v;
  if (voidEl && (from.fields || to.fields || from.subdtype || to.subdtype))
    return voidEl.cast(v, from, to);
  if (to.kind === 'V') {
    // To raw void: the element's own bytes, cut or zero-padded (NumPy's astype('V<n>')).
    const b = new Uint8Array(Math.max(from.itemsize, to.itemsize));
    writeElement(new DataView(b.buffer), 0, from, v);
    return b.slice(0, to.itemsize);
  }
  if (from.kind === 'V') {
    // From raw void NumPy goes through the Python `bytes` object, with its errors.
    const b = v as Uint8Array;
    switch (to.kind) {
      case 'b':
        // The bytes with trailing NULs stripped, as NumPy's `S` does: any non-zero byte.
        return b.some((x) => x !== 0);
      case 'i':
      case 'u':
        throw new ValueError(`invalid literal for int() with base 10: ${bytesRepr(b)}`);
      case 'f':
        throw new ValueError('setting an array element with a sequence.');
      case 'c':
        throw new ValueError(`could not convert string to float: ${bytesRepr(b)}`);
      default:
        throw new ValueError('setting an array element with a sequence');
    }
  }
  if ((typeof v === 'string' || v instanceof Uint8Array) && 'biufc'.includes(to.kind))
    return castText(v, to);
  // Normalise the source to number | bigint | boolean | Complex | string.
  switch (to.kind) {
    case 'b':
      if (v instanceof Complex) return v.re !== 0 || v.im !== 0;
      if (typeof v === 'string') return v.length > 0;
      if (v instanceof Uint8Array) return v.length > 0;
      return typeof v === 'bigint' ? v !== 0n : Boolean(v) || Number.isNaN(v as number);
    case 'i':
    case 'u':
      if (typeof v === 'boolean') return wrapInt(v ? 1 : 0, to);
      if (typeof v === 'bigint') return wrapInt(v, to);
      if (typeof v === 'number') return from.kind === 'f' ? floatToInt(v, to) : wrapInt(v, to);
      if (v instanceof Complex) return floatToInt(v.re, to);
      return fromPython(v, to);
    case 'f':
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'bigint') return roundFloat(Number(v), to);
      if (typeof v === 'number') return roundFloat(v, to);
      if (v instanceof Complex) return roundFloat(v.re, to);
      return fromPython(v, to);
    case 'c':
      if (v instanceof Complex) return roundComplex(v, to);
      if (typeof v === 'boolean') return new Complex(v ? 1 : 0, 0);
      if (typeof v === 'bigint') return roundComplex(new Complex(Number(v), 0), to);
      if (typeof v === 'number') return roundComplex(new Complex(v, 0), to);
      return fromPython(v, to);
    case 'U':
    case 'S':
      if (typeof v === 'string') return toFlexible(v, to);
      if (v instanceof Uint8Array)
        return to.kind === 'S' ? v.slice(0, to.itemsize) : toFlexible(pyStr(v), to);
      return toFlexible(scalarStr(v, from), to);
    default:
      throw new TypeError(`Cannot cast array data from dtype('${from}') to dtype('${to}')`);
  }
}

/** `str()` of a NumPy scalar of dtype `dt`: floats and complex as NumPy prints them. */
function scalarStr(v: Canonical, dt: DType): string {
  if (dt.kind === 'f' || dt.kind === 'c') return numpyScalarStr(v, dt, Number.POSITIVE_INFINITY);
  return pyStr(v);
}

/** Python's repr of a str (for NumPy's messages about text elements). */
function pyQuote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(q === "'" ? /'/g : /"/g, `\\${q}`) + q;
}

/** A text element (U or S) cast to a number type, with NumPy's errors naming the scalar. */
function castText(v: string | Uint8Array, to: DType): Canonical {
  const text = typeof v === 'string' ? v : new TextDecoder('latin1').decode(v);
  const scalar =
    typeof v === 'string' ? `np.str_(${pyQuote(text)})` : `np.bytes_(b${pyQuote(text)})`;
  switch (to.kind) {
    case 'b':
      return text.length > 0;
    case 'i':
    case 'u': {
      const t = text.trim();
      if (!/^[+-]?\d+(_\d+)*$/.test(t))
        throw new ValueError(`invalid literal for int() with base 10: ${scalar}`);
      return fromPython(BigInt(t.replace(/_/g, '')), to);
    }
    case 'f': {
      let x: number;
      try {
        x = parsePyFloat(text);
      } catch {
        throw new ValueError(`could not convert string to float: ${scalar}`);
      }
      return roundFloat(x, to);
    }
    default:
      return roundComplex(parsePyComplex(text), to);
  }
}

/** Python's `complex(str)`: `1+2j`, `(1+2j)`, `-2.5`, `1j`, `inf+nanj`, optional parentheses. */
function parsePyComplex(s: string): Complex {
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  const num = '(?:(?:\\d+(?:_\\d+)*)?\\.?\\d*(?:_\\d+)*(?:e[+-]?\\d+)?|inf(?:inity)?|nan)';
  const m = new RegExp(`^(?:([+-]?${num})(?![\\dj]))?(?:([+-]?${num})?j)?$`, 'i').exec(t);
  const ok = (x: string | undefined) => x === undefined || /\d|inf|nan/i.test(x);
  if (!m || t === '' || (m[1] === undefined && !/j$/i.test(t)) || !ok(m[1])) {
    throw new ValueError('complex() arg is a malformed string');
  }
  const re = m[1] === undefined ? 0 : parsePyFloat(m[1]);
  let im = 0;
  if (/j$/i.test(t)) {
    const part = m[2] ?? '';
    im = part === '' || part === '+' ? 1 : part === '-' ? -1 : parsePyFloat(part);
  }
  return new Complex(re, im);
}

/**
 * Canonical value → the JS value handed to users (API.md §3); `keepBig` keeps int64/uint64
 * values as bigints (`tolist({bigint: true})`), also inside structured elements.
 */
export function toJS(v: Canonical, dt: DType, keepBig = false): unknown {
  if (voidEl && (dt.fields || dt.subdtype)) return voidEl.toJS(v, dt, keepBig);
  if (keepBig && typeof v === 'bigint') return v;
  if (typeof v === 'bigint') {
    if (v > 9007199254740991n || v < -9007199254740991n) {
      throw new RangeError(
        `${dt.name} value ${v} is beyond 2**53 and has no exact JS number; read it with a.atBig(...) or a.tolist({bigint: true}) (a reduction with keepdims: true returns it in an NDArray)`,
      );
    }
    return Number(v);
  }
  return v;
}
