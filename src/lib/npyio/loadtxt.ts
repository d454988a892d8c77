/**
 * `np.loadtxt`: a regular table of numbers (or strings) from a text file, with the
 * rules and messages of NumPy 2's C reader.
 */
import { astype } from '../../_core/casting.js';
import {
  bytesDType,
  type DType,
  type DTypeLike,
  float64,
  dtype as toDType,
  unicodeDType,
} from '../../_core/dtype.js';
import { fromPython, intBounds, writeElement } from '../../_core/elements.js';
import { ValueError } from '../../_core/errors.js';
import { bindArgs, missingPositional } from '../../_core/multiarray/args.js';
import { NDArray } from '../../_core/ndarray.js';
import { squeeze } from '../../_core/shape.js';
import { fieldArrays, type Leaf, leaves } from './leaves.js';
import {
  commentList,
  controlChar,
  nonNegInt,
  parseComplexText,
  parseFloatText,
  parseIntText,
  readLines,
  splitFields,
  stripComment,
  type TextSource,
} from './textio.js';

/** Options of `np.loadtxt` (NumPy's names). */
export interface LoadtxtOptions {
  dtype?: DTypeLike;
  comments?: string | string[] | null;
  delimiter?: string | null;
  converters?: Record<number, (s: string) => unknown> | ((s: string) => unknown) | null;
  skiprows?: number;
  usecols?: number | number[] | null;
  unpack?: boolean;
  ndmin?: 0 | 1 | 2;
  encoding?: string | null;
  max_rows?: number | null;
  quotechar?: string | null;
  like?: unknown;
}

/**
 * Fill the (rows × cols) output from text fields in row-major order, so the first bad
 * field reported is NumPy's, with NumPy's message.
 */
function fillTable(
  out: NDArray,
  rows: readonly string[][],
  cols: readonly number[][],
  convFor: readonly (((s: string) => unknown) | undefined)[],
  targetName: string,
): void {
  const dt = out.dtype;
  const ncols = convFor.length;
  const view = out.dataView;
  const size = dt.itemsize;
  const f64 = dt === float64 ? (out.data as Float64Array) : null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < ncols; c++) {
      const field = row[c]!;
      const fail = (): never => {
        throw new ValueError(
          `could not convert string '${field}' to ${targetName} at row ${r}, column ${cols[r]![c]! + 1}.`,
        );
      };
      const conv = convFor[c];
      const k = r * ncols + c;
      if (conv) {
        const v = conv(field);
        const py = typeof v === 'string' && dt.isNumeric ? textValue(v, dt, fail) : v;
        writeElement(view, k * size, dt, fromPython(py, dt));
      } else if (f64) {
        const v = parseFloatText(field);
        f64[k] = v === undefined ? fail() : v;
      } else writeElement(view, k * size, dt, textValue(field, dt, fail));
    }
  }
}

/**
 * Fill a 1-d structured output: column c of a row goes to leaf c of its record
 * (NumPy's reader with a structured dtype), row-major so the first bad field is NumPy's.
 */
function fillRecords(
  out: NDArray,
  rows: readonly string[][],
  cols: readonly number[][],
  convFor: readonly (((s: string) => unknown) | undefined)[],
  leafList: readonly Leaf[],
): void {
  const view = out.dataView;
  const size = out.dtype.itemsize;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < leafList.length; c++) {
      const { dtype: dt, offset } = leafList[c]!;
      const field = row[c]!;
      const fail = (): never => {
        throw new ValueError(
          `could not convert string '${field}' to ${dt.name} at row ${r}, column ${cols[r]![c]! + 1}.`,
        );
      };
      const conv = convFor[c];
      const at = r * size + offset;
      if (conv) {
        const v = conv(field);
        const py = typeof v === 'string' && dt.isNumeric ? textValue(v, dt, fail) : v;
        writeElement(view, at, dt, fromPython(py, dt));
      } else writeElement(view, at, dt, textValue(field, dt, fail));
    }
  }
}

/** A field's text as the canonical value of `dt` (floats rounded by the store). */
function textValue(s: string, dt: DType, fail: () => never): never {
  switch (dt.kind) {
    case 'f': {
      const v = parseFloatText(s);
      return (v === undefined ? fail() : v) as never;
    }
    case 'c': {
      const v = parseComplexText(s);
      return (v === undefined ? fail() : v) as never;
    }
    case 'b': {
      const v = parseIntText(s);
      return (v === undefined ? fail() : v !== 0n) as never;
    }
    case 'i':
    case 'u': {
      const v = parseIntText(s);
      if (v === undefined) return fail();
      const [lo, hi] = intBounds(dt);
      if (v < lo || v > hi) return fail();
      return (dt.itemsize === 8 ? v : Number(v)) as never;
    }
    case 'U':
      return [...s].slice(0, dt.itemsize / 4).join('') as never;
    case 'S': {
      const n = Math.min(s.length, dt.itemsize);
      const b = new Uint8Array(dt.itemsize);
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 255) return fail();
        b[i] = c;
      }
      return b as never;
    }
    default:
      return fail();
  }
}

/** NumPy's `_ensure_ndmin_ndarray`: squeeze extra axes, then pad up to `ndmin`. */
export function ensureNdmin(a: NDArray, ndmin: number): NDArray {
  let r = a;
  if (r.ndim > ndmin) r = squeeze(r);
  if (r.ndim < ndmin) {
    if (ndmin === 1) r = r.reshape(r.ndim === 0 ? [1] : r.dims);
    else if (ndmin === 2) {
      // atleast_2d(a).T
      const two = r.ndim === 0 ? r.reshape([1, 1]) : r.reshape([1, ...r.dims]);
      r = two.T;
    }
  }
  return r;
}

/** Check ndmin with NumPy's message. */
export function checkNdmin(ndmin: unknown): number {
  const v = ndmin ?? 0;
  if (v !== 0 && v !== 1 && v !== 2)
    throw new ValueError(`Illegal value of ndmin keyword: ${String(v)}`);
  return v;
}

/**
 * `np.loadtxt(fname, dtype=float, comments='#', delimiter=None, converters=None, skiprows=0,
 * usecols=None, unpack=False, ndmin=0, encoding=None, max_rows=None, *, quotechar=None)`.
 * `fname` is a path, a file: URL, or an array of lines. A structured `dtype` takes one
 * column per scalar field and gives one record per row (`unpack` then returns the field
 * arrays).
 * @example np.loadtxt('/tmp/data.csv', {delimiter: ',', skiprows: 1})
 */
export function loadtxt(
  fname: TextSource,
  opts: LoadtxtOptions & { unpack: true },
): NDArray | NDArray[];
export function loadtxt(fname: TextSource, opts?: LoadtxtOptions): NDArray;
export function loadtxt(fname: TextSource, dtype?: DTypeLike, opts?: LoadtxtOptions): NDArray;
export function loadtxt(...args: unknown[]): NDArray | NDArray[] {
  const a = bindArgs(
    'loadtxt',
    [
      'fname',
      'dtype',
      'comments',
      'delimiter',
      'converters',
      'skiprows',
      'usecols',
      'unpack',
      'ndmin',
      'encoding',
      'max_rows',
    ],
    args,
    ['quotechar', 'like'],
  );
  missingPositional('loadtxt', a, ['fname']);
  const ndmin = checkNdmin(a.ndmin);
  let dt = a.dtype === undefined || a.dtype === null ? float64 : toDType(a.dtype as DTypeLike);
  // A structured dtype takes one column per scalar leaf and gives one record per row.
  const leafList = dt.fields ? leaves(dt) : null;
  const comments = commentList('comments' in a ? a.comments : '#');
  const delimiter = controlChar(a.delimiter, 'delimiter');
  const quote = controlChar(a.quotechar, 'quotechar');
  if (delimiter !== null && comments.some((c) => c.length === 1 && c === delimiter))
    throw new TypeError(
      "The values for control characters 'comment' and 'delimiter' are incompatible",
    );
  if (quote !== null && (comments.length > 1 || comments.some((c) => c.length > 1)))
    throw new ValueError(
      'when multiple comments or a multi-character comment is given, quotes are not supported.  In this case quotechar must be set to None.',
    );
  const skiprows = nonNegInt(a.skiprows, 'skiprows', 0);
  const maxRows =
    a.max_rows === undefined || a.max_rows === null ? -1 : nonNegInt(a.max_rows, 'max_rows', 0);
  let usecols: number[] | null = null;
  if (a.usecols !== undefined && a.usecols !== null) {
    const u = typeof a.usecols === 'number' ? [a.usecols] : (a.usecols as unknown[]);
    if (!Array.isArray(u) || !u.every((x) => Number.isInteger(x)))
      throw new TypeError('usecols must be an int or a sequence of ints');
    usecols = u as number[];
    if (leafList && usecols.length !== leafList.length)
      throw new TypeError(
        `If a structured dtype is used, the number of columns in \`usecols\` must match the effective number of fields. But ${usecols.length} usecols were given and the number of fields is ${leafList.length}.`,
      );
  }
  const convArg = a.converters;
  const lines = readLines(a.fname, a.encoding, 'loadtxt');

  // Split every data line; rows are counted after skiprows, ignoring empty lines.
  const rows: string[][] = [];
  const cols: number[][] = [];
  let ncolsFile = -1;
  // NumPy converts row by row: a bad row's error comes after conversion errors in earlier rows.
  let pending: ValueError | null = null;
  for (let li = skiprows; li < lines.length; li++) {
    if (maxRows >= 0 && rows.length >= maxRows) break;
    const line = stripComment(lines[li]!, comments, quote);
    if (delimiter === null ? line.trim() === '' : line === '') continue;
    const fields = splitFields(line, delimiter, quote);
    if (fields.length === 0) continue;
    let picked: string[];
    let from: number[];
    if (usecols) {
      picked = [];
      from = [];
      for (const c of usecols) {
        const k = c < 0 ? c + fields.length : c;
        if (k < 0 || k >= fields.length)
          throw new ValueError(
            `invalid column index ${c} at row ${rows.length + 1} with ${fields.length} columns`,
          );
        picked.push(fields[k]!);
        from.push(k);
      }
      if (pending) break;
    } else {
      if (leafList && fields.length !== leafList.length) {
        pending = new ValueError(
          `the dtype passed requires ${leafList.length} columns but ${fields.length} were found at row ${rows.length + 1}; use \`usecols\` to select a subset and avoid this error`,
        );
        break;
      }
      if (ncolsFile >= 0 && fields.length !== ncolsFile) {
        pending = new ValueError(
          `the number of columns changed from ${ncolsFile} to ${fields.length} at row ${rows.length + 1}; use \`usecols\` to select a subset and avoid this error`,
        );
        break;
      }
      ncolsFile = fields.length;
      picked = fields;
      from = fields.map((_, i) => i);
    }
    rows.push(picked);
    cols.push(from);
  }
  const ncols = leafList ? leafList.length : usecols ? usecols.length : rows.length ? ncolsFile : 1;
  const nrows = rows.length;

  // Converters: one callable for every column, or an object keyed by column index.
  const convFor: ((s: string) => unknown)[] = new Array(ncols);
  if (typeof convArg === 'function') convFor.fill(convArg as (s: string) => unknown);
  else if (convArg !== undefined && convArg !== null) {
    if (typeof convArg !== 'object')
      throw new TypeError(
        'converters must be a dictionary mapping columns to converter functions or a single callable.',
      );
    for (const [k, f] of Object.entries(convArg as Record<string, unknown>)) {
      if (typeof f !== 'function')
        throw new TypeError(
          `values of the converters dictionary must be callable, but the value associated with the key '${k}' is not`,
        );
      let c = Number(k);
      if (usecols) {
        const pos = usecols.indexOf(c);
        if (pos < 0) continue;
        c = pos;
      } else if (c < 0) c += ncols;
      if (c < 0 || c >= ncols) {
        if (nrows === 0) continue;
        throw new ValueError(
          `converter specified for column ${k}, which is invalid for the number of fields ${ncols}.`,
        );
      }
      convFor[c] = f as (s: string) => unknown;
    }
  }

  if (leafList) {
    const rec = NDArray.zeros([nrows], dt);
    fillRecords(rec, rows, cols, convFor, leafList);
    if (pending) throw pending;
    const arr = ensureNdmin(rec, ndmin);
    return a.unpack ? fieldArrays(arr) : arr;
  }
  // Flexible string dtypes take the longest field's length.
  if ((dt.kind === 'U' || dt.kind === 'S') && dt.itemsize === 0) {
    let longest = 1;
    for (let r = 0; r < nrows; r++) {
      for (let c = 0; c < ncols; c++) {
        const f = convFor[c] ? String(convFor[c]!(rows[r]![c]!)) : rows[r]![c]!;
        longest = Math.max(longest, dt.kind === 'U' ? [...f].length : f.length);
      }
    }
    dt = dt.kind === 'U' ? unicodeDType(longest) : bytesDType(longest);
  }
  const needsCast = dt.kind === 'f' && dt !== float64 && !convFor.some(Boolean);
  const readDt = needsCast ? float64 : dt;
  const out = NDArray.zeros([nrows, ncols], readDt);
  fillTable(out, rows, cols, convFor, dt.name);
  if (pending) throw pending;
  // float32/float16 round from the exact double, as NumPy's parser does.
  let arr = needsCast ? astype(out, dt) : out;
  arr = ensureNdmin(arr, ndmin);
  return a.unpack ? arr.T : arr;
}
