/**
 * `np.array2string`, `np.array_repr`, `np.array_str` (and NDArray's toString/repr):
 * options merged over the current ones, summarisation, the element formatter
 * (formatters.ts) and layout (layout.ts), and repr's `array(..., shape=, dtype=)`.
 */
import type { DType } from '../dtype.js';
import { shapeRepr } from '../iter.js';
import type { NDArray } from '../ndarray.js';
import { bindArgs } from './args.js';
import { floatScalarStr, formatFunction } from './formatters.js';
import { formatArray, shownOffsets } from './layout.js';
import { currentOptions, makeOptions, type Options } from './printoptions.js';
import { pyLen } from './pystr.js';
import { itemRepr, scalarStr } from './scalarstr.js';

function checkArray(a: unknown, fn: string): NDArray {
  if (typeof a !== 'object' || a === null || typeof (a as NDArray).forEachOffset !== 'function') {
    throw new TypeError(`${fn}() expects an NDArray`);
  }
  return a as NDArray;
}

/** array2string with the options already merged. */
function array2stringImpl(
  a: NDArray,
  o: Options,
  separator: string,
  prefix: string,
  suffix: string,
): string {
  if (o.legacy <= 113 && a.ndim === 0 && !a.dtype.fields)
    return itemRepr(a.readAt(a.offset), a.dtype, false);
  if (o.legacy > 113) o = { ...o, linewidth: o.linewidth - pyLen(suffix) };
  if (a.size === 0) return '[]';
  const summarise = a.size > o.threshold;
  const offsets = shownOffsets(a, o.edgeitems, summarise);
  const fmt = formatFunction(a.dtype, a.dataView, offsets, a.ndim === 0, o);
  const nextLinePrefix = ' '.repeat(1 + pyLen(prefix));
  return formatArray(
    a,
    fmt,
    o.linewidth,
    nextLinePrefix,
    separator,
    o.edgeitems,
    summarise ? '...' : '',
    o.legacy,
  );
}

const A2S_POSITIONAL = [
  'a',
  'max_line_width',
  'precision',
  'suppress_small',
  'separator',
  'prefix',
] as const;
const A2S_KWONLY = [
  'formatter',
  'threshold',
  'edgeitems',
  'sign',
  'floatmode',
  'suffix',
  'legacy',
] as const;

/** Options of `np.array2string`. */
export interface Array2StringOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
  separator?: string;
  prefix?: string;
  formatter?: Options['formatter'];
  threshold?: number | null;
  edgeitems?: number | null;
  sign?: Options['sign'] | null;
  floatmode?: Options['floatmode'] | null;
  suffix?: string;
  legacy?: '1.13' | '1.21' | '1.25' | '2.1' | '2.2' | false | null;
}

/** Current options overridden by the ones given (None/undefined keep the current value). */
function merged(g: Record<string, unknown>): Options {
  const overrides = makeOptions({
    precision: g.precision,
    threshold: g.threshold,
    edgeitems: g.edgeitems,
    linewidth: g.max_line_width,
    suppress: g.suppress_small,
    sign: g.sign,
    formatter: g.formatter,
    floatmode: g.floatmode,
    legacy: g.legacy,
  });
  return { ...currentOptions(), ...overrides };
}

/**
 * `np.array2string(a, max_line_width, precision, suppress_small, separator, prefix,
 * {formatter, threshold, edgeitems, sign, floatmode, suffix, legacy})`.
 */
export function array2string(a: NDArray, options?: Array2StringOptions): string;
export function array2string(a: NDArray, ...args: unknown[]): string;
export function array2string(a: NDArray, ...args: unknown[]): string {
  const g = bindArgs('array2string', A2S_POSITIONAL, 1, A2S_KWONLY, [a, ...args]);
  const arr = checkArray(g.a, 'array2string');
  return array2stringImpl(
    arr,
    merged(g),
    (g.separator as string | undefined) ?? ' ',
    (g.prefix as string | undefined) ?? '',
    (g.suffix as string | undefined) ?? '',
  );
}

/** NumPy's `dtype_is_implied`: int64, float64, complex128 and bool print without dtype=. */
function dtypeIsImplied(dt: DType, legacy: number): boolean {
  if (legacy <= 113 && dt.kind === 'b') return false;
  if (dt.fields) return false;
  return ['int64', 'float64', 'complex128', 'bool'].includes(dt.name) && dt.isNumeric;
}

/** NumPy's `dtype_short_repr`: `int8`, `'<U3'`, `[('a', '<i4')]`. */
function dtypeShortRepr(dt: DType): string {
  if (dt.fields) return String(dt);
  if (!dt.isNumeric) return `'${String(dt)}'`;
  return dt.name;
}

const REPR_POSITIONAL = ['arr', 'max_line_width', 'precision', 'suppress_small'] as const;

/** Options of `np.array_repr` / `np.array_str`. */
export interface ArrayReprOptions {
  max_line_width?: number | null;
  precision?: number | null;
  suppress_small?: boolean | null;
}

function reprImpl(arr: NDArray, g: Record<string, unknown>): string {
  const cur = currentOptions();
  if (cur.override_repr) return cur.override_repr(arr);
  const maxLineWidth = (g.max_line_width as number | undefined) ?? cur.linewidth;
  const prefix = 'array(';
  const lst =
    cur.legacy <= 113 && arr.ndim === 0 && !arr.dtype.fields
      ? itemRepr(arr.readAt(arr.offset), arr.dtype, false)
      : array2stringImpl(arr, merged(g), ', ', prefix, ')');

  // shape= and dtype= when the text alone does not give them.
  const extras: string[] = [];
  const size = arr.size;
  if (
    (size === 0 && !(arr.ndim === 1 && arr.dims[0] === 0)) ||
    (cur.legacy > 210 && size > cur.threshold)
  ) {
    extras.push(`shape=${shapeRepr(arr.dims)}`);
  }
  if (!dtypeIsImplied(arr.dtype, cur.legacy) || size === 0)
    extras.push(`dtype=${dtypeShortRepr(arr.dtype)}`);
  if (extras.length === 0) return `${prefix}${lst})`;

  const arrStr = `${prefix}${lst},`;
  const extraStr = `${extras.join(', ')})`;
  // Extras go on their own line when they would overflow the last one.
  const lastLineLen = pyLen(arrStr.slice(arrStr.lastIndexOf('\n') + 1));
  let spacer = ' ';
  const newline = `\n${' '.repeat(prefix.length)}`;
  if (cur.legacy <= 113) {
    if (!arr.dtype.isNumeric) spacer = newline;
  } else if (lastLineLen + pyLen(extraStr) + 1 > maxLineWidth) {
    spacer = newline;
  }
  return arrStr + spacer + extraStr;
}

/** `np.array_repr(arr, max_line_width, precision, suppress_small)`: NumPy's `repr(arr)`. */
export function array_repr(arr: NDArray, options?: ArrayReprOptions): string;
export function array_repr(arr: NDArray, ...args: unknown[]): string;
export function array_repr(arr: NDArray, ...args: unknown[]): string {
  const g = bindArgs('array_repr', REPR_POSITIONAL, 1, [], [arr, ...args]);
  return reprImpl(checkArray(g.arr, 'array_repr'), g);
}

function strImpl(a: NDArray, g: Record<string, unknown>): string {
  const cur = currentOptions();
  if (a.ndim === 0 && !a.dtype.fields) {
    // A 0-d array prints as its scalar: full precision, strings without quotes.
    const v = a.readAt(a.offset);
    return cur.legacy <= 113 ? itemRepr(v, a.dtype, true) : scalarStr(v, a.dtype, cur.legacy);
  }
  const o = merged(g);
  // A 0-d structured array prints as str() of its np.void: floats as Python's str.
  if (a.ndim === 0 && o.legacy > 125)
    o.formatter = { ...(o.formatter ?? {}), float_kind: o.formatter?.float_kind ?? floatScalarStr };
  return array2stringImpl(a, o, ' ', '', '');
}

/** `np.array_str(a, max_line_width, precision, suppress_small)`: NumPy's `str(a)`. */
export function array_str(a: NDArray, options?: ArrayReprOptions): string;
export function array_str(a: NDArray, ...args: unknown[]): string;
export function array_str(a: NDArray, ...args: unknown[]): string {
  const g = bindArgs(
    'array_str',
    ['a', 'max_line_width', 'precision', 'suppress_small'],
    1,
    [],
    [a, ...args],
  );
  return strImpl(checkArray(g.a, 'array_str'), g);
}

/** `repr(a)` with the current options (NDArray#repr). */
export function arrayRepr(a: NDArray): string {
  return reprImpl(a, {});
}

/** `str(a)` with the current options (NDArray#toString). */
export function arrayStr(a: NDArray): string {
  return strImpl(a, {});
}
