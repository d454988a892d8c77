/**
 * Choosing the element formatter for an array (NumPy's `_get_format_function`): one
 * function per dtype kind, built from the values that will be shown, or the user's
 * `formatter` entry for that kind.
 */
import type { Complex } from '../complex.js';
import type { DType } from '../dtype.js';
import { type Canonical, readElement } from '../elements.js';
import { ComplexFloatingFormat, FloatingFormat } from './floatingformat.js';
import type { Formatter, Options, Sign } from './printoptions.js';
import { bytesRepr, strRepr, voidStr } from './pystr.js';
import { floatBits, scalarStr } from './scalarstr.js';

/** Formats the element at a byte offset. */
export type ElementFormat = (off: number) => string;

type ValueFormat = (v: Canonical) => string;

/** NumPy's IntegerFormat: right-aligned to the widest of max and min, with the sign option. */
function integerFormat(values: readonly Canonical[], sign: Sign): ValueFormat {
  let width = 0;
  if (values.length > 0) {
    let max = values[0] as number | bigint;
    let min = max;
    for (const v of values as (number | bigint)[]) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    if (sign === ' ' && min < 0) sign = '-';
    let maxLen = String(max).length;
    if (max >= 0 && sign !== '-') maxLen += 1;
    width = Math.max(maxLen, String(min).length);
  }
  return (v) => {
    const n = v as number | bigint;
    const s = n < 0 ? String(n) : (sign === '-' ? '' : sign) + String(n);
    return s.padStart(width);
  };
}

/** Which `formatter` entry applies to a dtype, most specific key first. */
function userFormatter(dt: DType, f: Formatter | null): ((x: any) => string) | null {
  if (!f) return null;
  const pick = (...keys: (keyof Formatter)[]) => {
    for (const k of keys) {
      const fn = f[k];
      if (typeof fn === 'function') return fn;
    }
    return null;
  };
  switch (dt.kind) {
    case 'b':
      return pick('bool', 'all');
    case 'i':
    case 'u':
      return pick('int', 'int_kind', 'all');
    case 'f':
      return pick('float', 'float_kind', 'all');
    case 'c':
      return pick('complexfloat', 'complex_kind', 'all');
    case 'U':
    case 'S':
      return pick('numpystr', 'str_kind', 'all');
    default:
      return pick('void', 'all');
  }
}

function checked(fn: (x: any) => string): ValueFormat {
  return (v) => {
    const s = fn(v);
    if (typeof s !== 'string')
      throw new TypeError(`formatter functions must return a string, got ${typeof s}`);
    return s;
  };
}

/**
 * The element formatter for `dt`, given the elements shown (at `offsets` in `view`)
 * and whether the array is 0-d.
 */
export function formatFunction(
  dt: DType,
  view: DataView,
  offsets: readonly number[],
  isZeroD: boolean,
  o: Options,
): ElementFormat {
  if (dt.fields) return structuredFormat(dt, view, offsets, isZeroD, o);
  const f = valueFormat(dt, view, offsets, isZeroD, o);
  return (off) => f(readElement(view, off, dt));
}

/**
 * Marker for `formatter.float_kind`: Python's `str` of the NumPy scalar, which NumPy's
 * `str()` of a structured scalar (`_void_scalar_to_string`) installs for floats.
 */
export function floatScalarStr(_x: unknown): string {
  throw new Error('floatScalarStr is a marker, never called');
}

function valueFormat(
  dt: DType,
  view: DataView,
  offsets: readonly number[],
  isZeroD: boolean,
  o: Options,
): ValueFormat {
  const user = userFormatter(dt, o.formatter);
  if (user === floatScalarStr) return (v) => scalarStr(v, dt, o.legacy);
  if (user) return checked(user);
  const values = () => offsets.map((off) => readElement(view, off, dt));
  switch (dt.kind) {
    case 'b': {
      // " True" lines up with "False", except in 0-d arrays.
      const t = isZeroD ? 'True' : ' True';
      return (v) => (v ? t : 'False');
    }
    case 'i':
    case 'u':
      return integerFormat(values(), o.sign);
    case 'f': {
      const ff = new FloatingFormat(
        values() as number[],
        floatBits(dt),
        isZeroD,
        o.precision,
        o.floatmode,
        o.suppress,
        o.sign,
        o.legacy,
      );
      return (v) => ff.format(v as number);
    }
    case 'c': {
      const cf = new ComplexFloatingFormat(
        values() as Complex[],
        floatBits(dt),
        isZeroD,
        o.precision,
        o.floatmode,
        o.suppress,
        o.sign,
        o.legacy,
      );
      return (v) => cf.format(v as Complex);
    }
    case 'U':
      return (v) => strRepr(v as string);
    case 'S':
      return (v) => bytesRepr(v as Uint8Array);
    case 'V':
      return (v) => voidStr(v as Uint8Array);
    default:
      throw new TypeError(`cannot print arrays of dtype ${dt}`);
  }
}

/**
 * Structured elements print as tuples of their fields, each field aligned on its own
 * (across the shown elements; a 0-d record's fields are formatted unpadded).
 */
function structuredFormat(
  dt: DType,
  view: DataView,
  offsets: readonly number[],
  isZeroD: boolean,
  o: Options,
): ElementFormat {
  const names = dt.names ?? [];
  const parts = names.map((name) => {
    const f = dt.fields![name]!;
    const shifted = offsets.map((off) => off + f.offset);
    const fmt = f.dtype.subdtype
      ? subArrayFormat(f.dtype, view, shifted, o)
      : // NumPy formats each field of a 0-d record as a 0-d array: no column padding.
        formatFunction(f.dtype, view, shifted, isZeroD, o);
    return { f, fmt };
  });
  return (off) => {
    const strs = parts.map(({ f, fmt }) => fmt(off + f.offset));
    return strs.length === 1 ? `(${strs[0]},)` : `(${strs.join(', ')})`;
  };
}

/**
 * NumPy's SubArrayFormat: a sub-array field prints as a nested list `[1., 2.]`, its
 * elements formatted together across every shown element of the array, summarised
 * with `...` beyond `threshold`.
 */
function subArrayFormat(
  dt: DType,
  view: DataView,
  offsets: readonly number[],
  o: Options,
): ElementFormat {
  const [base, shape] = dt.subdtype!;
  const size = shape.reduce((a, b) => a * b, 1);
  const steps = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, base.itemsize));
  const all: number[] = [];
  for (const off of offsets) for (let k = 0; k < size; k++) all.push(off + k * base.itemsize);
  const fmt = formatFunction(base, view, all, false, o);
  const summarize = size > o.threshold;
  const edge = o.edgeitems;
  const rec = (off: number, ax: number): string => {
    if (ax === shape.length) return fmt(off);
    const n = shape[ax]!;
    const idx: (number | null)[] = [];
    if (summarize && n > 2 * edge) {
      for (let i = 0; i < edge; i++) idx.push(i);
      idx.push(null);
      for (let i = n - edge; i < n; i++) idx.push(i);
    } else for (let i = 0; i < n; i++) idx.push(i);
    return `[${idx.map((i) => (i === null ? '...' : rec(off + i * steps[ax]!, ax + 1))).join(', ')}]`;
  };
  return (off) => rec(off, 0);
}
