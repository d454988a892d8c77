/**
 * `np.array2string`, `np.array_repr`, `np.array_str`: the layout of whole arrays —
 * nested brackets, line wrapping at `linewidth`, summarisation with '...', and the
 * `array(..., shape=..., dtype=...)` wrapper of repr. Elements are formatted by
 * formatters.ts; values are read at byte offsets, so any strided view prints right.
 */
import type { DType } from '../dtype.js';
import type { NDArray } from '../ndarray.js';
import { shapeRepr } from '../iter.js';
import { bindArgs } from './args.js';
import { type ElementFormat, formatFunction } from './formatters.js';
import { currentOptions, makeOptions, type Options } from './printoptions.js';
import { pyLen, rstrip, splitlines } from './pystr.js';
import { itemRepr, scalarStr } from './scalarstr.js';

function checkArray(a: unknown, fn: string): NDArray {
  if (typeof a !== 'object' || a === null || typeof (a as NDArray).forEachOffset !== 'function') {
    throw new TypeError(`${fn}() expects an NDArray`);
  }
  return a as NDArray;
}

/** Python's range for `seq[start:stop]` over a length-n axis (step 1). */
function sliceRange(n: number, start: number | null, stop: number | null): [number, number] {
  const norm = (i: number | null, dflt: number) => {
    if (i === null) return dflt;
    if (i < 0) return Math.max(i + n, 0);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(stop, n)];
}

/**
 * Byte offsets of the elements shown, NumPy's `_leading_trailing`: along each axis longer
 * than 2*edgeitems only the first and last edgeitems are kept.
 */
function shownOffsets(a: NDArray, edge: number, summarise: boolean): number[] {
  const out: number[] = [];
  if (!summarise) {
    a.forEachOffset((off) => out.push(off));
    return out;
  }
  const rec = (axis: number, off: number) => {
    if (axis === a.ndim) {
      out.push(off);
      return;
    }
    const n = a.shape[axis]!;
    const st = a.strides[axis]!;
    // a[:edge] then a[-edge:], with Python's slicing (so edgeitems=0 keeps a[0:]).
    const parts = n > 2 * edge ? [sliceRange(n, null, edge), sliceRange(n, -edge, null)] : [[0, n]];
    for (const [lo, hi] of parts) for (let i = lo!; i < hi!; i++) rec(axis + 1, off + i * st);
  };
  rec(0, a.offset);
  return out;
}

function extendLine(
  s: string,
  line: string,
  word: string,
  width: number,
  nextPrefix: string,
  legacy: number,
): [string, string] {
  let wrap = pyLen(line) + pyLen(word) > width;
  // Wrapping an empty line would not help.
  if (legacy > 113 && pyLen(line) <= pyLen(nextPrefix)) wrap = false;
  if (wrap) {
    s += `${rstrip(line)}\n`;
    line = nextPrefix;
  }
  return [s, line + word];
}

/** extendLine for words that may span several lines (from custom formatters). */
function extendLinePretty(
  s: string,
  line: string,
  word: string,
  width: number,
  nextPrefix: string,
  legacy: number,
): [string, string] {
  const words = splitlines(word);
  if (words.length <= 1 || legacy <= 113) return extendLine(s, line, word, width, nextPrefix, legacy);
  const maxLen = Math.max(...words.map(pyLen));
  let indent: string;
  if (pyLen(line) + maxLen > width && pyLen(line) > pyLen(nextPrefix)) {
    s += `${rstrip(line)}\n`;
    line = nextPrefix + words[0];
    indent = nextPrefix;
  } else {
    indent = ' '.repeat(pyLen(line));
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += `${rstrip(line)}\n`;
    line = indent + w;
  }
  return [s, line + ' '.repeat(maxLen - pyLen(words[words.length - 1]!))];
}

/** NumPy's `_formatArray`: the nested, wrapped text of the elements. */
function formatArray(
  a: NDArray,
  fmt: ElementFormat,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edge: number,
  summaryInsert: string,
  legacy: number,
): string {
  const sepStripped = rstrip(separator);
  const rec = (axis: number, off: number, hanging: string, width: number): string => {
    const axesLeft = a.ndim - axis;
    if (axesLeft === 0) return fmt(off);
    const nextHanging = `${hanging} `;
    const nextWidth = legacy <= 113 ? width : width - 1;
    const n = a.shape[axis]!;
    const st = a.strides[axis]!;
    const summary = summaryInsert !== '' && 2 * edge < n;
    const leading = summary ? edge : 0;
    const trailing = summary ? edge : n;
    const at = (i: number) => off + (i < 0 ? n + i : i) * st;
    let s = '';
    if (axesLeft === 1) {
      // The last axis: elements on lines, wrapped before the separator/bracket column.
      let elemWidth = legacy <= 113 ? width - pyLen(sepStripped) : width - Math.max(pyLen(sepStripped), 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLinePretty(s, line, rec(axis + 1, at(i), nextHanging, nextWidth), elemWidth, hanging, legacy);
        line += separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hanging, legacy);
        line += legacy <= 113 ? ', ' : separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLinePretty(s, line, rec(axis + 1, at(-i), nextHanging, nextWidth), elemWidth, hanging, legacy);
        line += separator;
      }
      if (legacy <= 113) elemWidth = width;
      [s, line] = extendLinePretty(s, line, rec(axis + 1, at(-1), nextHanging, nextWidth), elemWidth, hanging, legacy);
      s += line;
    } else {
      // Outer axes: one sub-array per line, blank lines between higher dimensions.
      const lineSep = sepStripped + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) s += hanging + rec(axis + 1, at(i), nextHanging, nextWidth) + lineSep;
      if (summary) s += legacy <= 113 ? `${hanging}${summaryInsert}, \n` : hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + rec(axis + 1, at(-i), nextHanging, nextWidth) + lineSep;
      s += hanging + rec(axis + 1, at(-1), nextHanging, nextWidth);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return rec(0, a.offset, nextLinePrefix, lineWidth);
}

/** array2string with the options already merged. */
function array2stringImpl(a: NDArray, o: Options, separator: string, prefix: string, suffix: string): string {
  if (o.legacy <= 113 && a.ndim === 0 && !a.dtype.fields) return itemRepr(a.readAt(a.offset), a.dtype, false);
  if (o.legacy > 113) o = { ...o, linewidth: o.linewidth - pyLen(suffix) };
  if (a.size === 0) return '[]';
  const summarise = a.size > o.threshold;
  const offsets = shownOffsets(a, o.edgeitems, summarise);
  const fmt = formatFunction(a.dtype, a.dataView, offsets, a.ndim === 0, o);
  const nextLinePrefix = ' '.repeat(1 + pyLen(prefix));
  return formatArray(a, fmt, o.linewidth, nextLinePrefix, separator, o.edgeitems, summarise ? '...' : '', o.legacy);
}

const A2S_POSITIONAL = ['a', 'max_line_width', 'precision', 'suppress_small', 'separator', 'prefix'] as const;
const A2S_KWONLY = ['formatter', 'threshold', 'edgeitems', 'sign', 'floatmode', 'suffix', 'legacy'] as const;

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
  if ((size === 0 && !(arr.ndim === 1 && arr.shape[0] === 0)) || (cur.legacy > 210 && size > cur.threshold)) {
    extras.push(`shape=${shapeRepr(arr.shape)}`);
  }
  if (!dtypeIsImplied(arr.dtype, cur.legacy) || size === 0) extras.push(`dtype=${dtypeShortRepr(arr.dtype)}`);
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
  return array2stringImpl(a, merged(g), ' ', '', '');
}

/** `np.array_str(a, max_line_width, precision, suppress_small)`: NumPy's `str(a)`. */
export function array_str(a: NDArray, options?: ArrayReprOptions): string;
export function array_str(a: NDArray, ...args: unknown[]): string;
export function array_str(a: NDArray, ...args: unknown[]): string {
  const g = bindArgs('array_str', ['a', 'max_line_width', 'precision', 'suppress_small'], 1, [], [a, ...args]);
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
