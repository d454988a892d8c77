/**
 * `np.genfromtxt`: tables with missing or invalid values. Fields that fail to
 * convert take the column's filling value (NumPy's `loose=True`), rows with the
 * wrong number of columns are reported (or skipped), and `dtype=None` infers each
 * column's type (bool → int → float → complex → str) as NumPy's StringConverter does.
 *
 * `names=True` (a header line), `names=` lists and structured dtypes give a 1-d
 * structured result, as do mixed-type columns under `dtype=None`; `usemask=True` raises
 * (numtype has no masked arrays).
 */
import { Complex } from '../../_core/complex.js';
import {
  bool,
  bytesDType,
  complex128,
  type DType,
  type DTypeLike,
  float64,
  int64,
  unicodeDType,
} from '../../_core/dtype.js';
import { fromPython, writeElement } from '../../_core/elements.js';
import { IndexError, NotImplementedError, OverflowError, ValueError } from '../../_core/errors.js';
import { bindArgs, missingPositional } from '../../_core/multiarray/args.js';
import { NDArray } from '../../_core/ndarray.js';
import { parseList } from '../../_core/records/structured.js';
import { easyDtype, type NameOptions, nameValidator, pyIntFormat } from './gen_names.js';
import { fieldArrays, leaves } from './leaves.js';
import { checkNdmin, ensureNdmin } from './loadtxt.js';
import { parseComplexText, readLines, type TextSource } from './textio.js';

/** Options of `np.genfromtxt` (NumPy's names). */
export interface GenfromtxtOptions {
  dtype?: DTypeLike | null;
  comments?: string | null;
  delimiter?: string | number | number[] | null;
  skip_header?: number;
  skip_footer?: number;
  converters?: Record<number, (s: string) => unknown> | null;
  missing_values?: string | string[] | Record<number, string | string[]> | null;
  filling_values?: unknown;
  usecols?: number | number[] | null;
  names?: boolean | string | string[] | null;
  excludelist?: string[] | null;
  deletechars?: string;
  replace_space?: string;
  autostrip?: boolean;
  case_sensitive?: boolean | 'upper' | 'lower';
  defaultfmt?: string;
  unpack?: boolean | null;
  usemask?: boolean;
  loose?: boolean;
  invalid_raise?: boolean;
  max_rows?: number | null;
  encoding?: string | null;
  ndmin?: 0 | 1 | 2;
  like?: unknown;
}

const INT_RE = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const FLOAT_RE =
  /^\s*[+-]?(?:(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?|inf|infinity|nan)\s*$/i;

/** Python's `int(s)`, or undefined. */
function pyInt(s: string): bigint | undefined {
  return INT_RE.test(s) ? BigInt(s.trim().replace(/_/g, '')) : undefined;
}

/** Python's `float(s)`, or undefined. */
function pyFloat(s: string): number | undefined {
  if (!FLOAT_RE.test(s)) return undefined;
  const t = s.trim().toLowerCase().replace(/_/g, '');
  const body = t.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return t.startsWith('-') ? -Infinity : Infinity;
  if (body === 'nan') return Number.NaN;
  return Number(t);
}

/** NumPy's `str2bool`. */
function pyBool(s: string): boolean | undefined {
  const u = s.toUpperCase();
  return u === 'TRUE' ? true : u === 'FALSE' ? false : undefined;
}

/** The converter family of a dtype, in StringConverter's upgrade order. */
type Family = 'bool' | 'int' | 'float' | 'complex' | 'str' | 'bytes';
const ORDER: Family[] = ['bool', 'int', 'float', 'complex', 'str'];

function familyOf(dt: DType): Family {
  switch (dt.kind) {
    case 'b':
      return 'bool';
    case 'i':
    case 'u':
      return 'int';
    case 'f':
      return 'float';
    case 'c':
      return 'complex';
    case 'S':
      return 'bytes';
    default:
      return 'str';
  }
}

/** Parse with a family's function (NumPy's converter `func`); undefined on ValueError. */
function convert(s: string, fam: Family, dt: DType | null = null): unknown {
  switch (fam) {
    case 'bool':
      return pyBool(s);
    case 'int': {
      // NumPy's StringConverter uses int(float(x)) for integer dtypes other than (u)int64.
      if (dt && dt.itemsize < 8) {
        const f = pyFloat(s);
        if (f === undefined || Number.isNaN(f)) return undefined;
        if (!Number.isFinite(f))
          throw new OverflowError('cannot convert float infinity to integer');
        return Math.trunc(f);
      }
      const v = pyInt(s);
      return v === undefined ? undefined : Number.isSafeInteger(Number(v)) ? Number(v) : v;
    }
    case 'float':
      return pyFloat(s);
    case 'complex':
      return parseComplexText(s.replace(/_/g, ''));
    default:
      return s;
  }
}

/** StringConverter's default filling value per family. */
function defaultFill(fam: Family): unknown {
  switch (fam) {
    case 'bool':
      return false;
    case 'int':
      return -1;
    case 'float':
      return Number.NaN;
    case 'complex':
      return new Complex(Number.NaN, 0);
    default:
      return '???';
  }
}

/**
 * Per-column values of `missing_values` / `filling_values` / `converters`: one value for
 * all columns, a list by position, or an object keyed by column number or field name.
 */
function perColumn<T>(
  spec: unknown,
  ncols: number,
  colKey: (key: string) => number | null,
  split: (v: unknown) => T,
  dflt: T,
): T[] {
  const out: T[] = new Array(ncols).fill(dflt);
  if (spec === undefined || spec === null) return out;
  if (Array.isArray(spec)) {
    spec.forEach((v, i) => {
      if (i < ncols) out[i] = split(v);
    });
  } else if (typeof spec === 'object' && !(spec instanceof Complex)) {
    for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
      const c = colKey(k);
      if (c !== null) out[c] = split(v);
    }
  } else out.fill(split(spec));
  return out;
}

/** The lines split into fields, as NumPy's LineSplitter does. */
function splitter(
  delimiter: unknown,
  comments: string | null,
  autostrip: boolean,
): (line: string) => string[] {
  const cut = (line: string) => (comments ? line.split(comments)[0]! : line);
  let split: (line: string) => string[];
  if (Array.isArray(delimiter)) {
    const widths = delimiter.map(Number);
    split = (line) => {
      const l = cut(line);
      if (!l) return [];
      const out: string[] = [];
      let p = 0;
      for (const w of widths) {
        out.push(l.slice(p, p + w));
        p += w;
      }
      return out;
    };
  } else if (typeof delimiter === 'number' && delimiter !== 0) {
    const w = delimiter;
    split = (line) => {
      const l = cut(line).replace(/^[\r\n]+|[\r\n]+$/g, '');
      if (!l) return [];
      const out: string[] = [];
      for (let p = 0; p < l.length; p += w) out.push(l.slice(p, p + w));
      return out;
    };
  } else {
    const d = typeof delimiter === 'string' && delimiter !== '' ? delimiter : null;
    split = (line) => {
      const l = cut(line).replace(/^[ \r\n]+|[ \r\n]+$/g, '');
      if (!l) return [];
      if (d === null) {
        const t = l.trim();
        return t === '' ? [] : t.split(/\s+/);
      }
      return l.split(d);
    };
  }
  return autostrip ? (line) => split(line).map((f) => f.trim()) : split;
}

/**
 * `np.genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0,
 * converters=None, missing_values=None, filling_values=None, usecols=None, names=None, …,
 * invalid_raise=True, max_rows=None, encoding=None, *, ndmin=0)`.
 * @example np.genfromtxt(['a b', '1 2.5'], {names: true, dtype: null})  // array((1, 2.5), dtype=[('a', '<i8'), ('b', '<f8')])
 */
export function genfromtxt(
  fname: TextSource,
  opts: GenfromtxtOptions & { unpack: true },
): NDArray | NDArray[];
export function genfromtxt(fname: TextSource, opts?: GenfromtxtOptions): NDArray;
export function genfromtxt(
  fname: TextSource,
  dtype?: DTypeLike | null,
  opts?: GenfromtxtOptions,
): NDArray;
export function genfromtxt(...args: unknown[]): NDArray | NDArray[] {
  const a = bindArgs(
    'genfromtxt',
    [
      'fname',
      'dtype',
      'comments',
      'delimiter',
      'skip_header',
      'skip_footer',
      'converters',
      'missing_values',
      'filling_values',
      'usecols',
      'names',
      'excludelist',
      'deletechars',
      'replace_space',
      'autostrip',
      'case_sensitive',
      'defaultfmt',
      'unpack',
      'usemask',
      'loose',
      'invalid_raise',
      'max_rows',
      'encoding',
    ],
    args,
    ['ndmin', 'like'],
  );
  missingPositional('genfromtxt', a, ['fname']);
  const ndmin = checkNdmin(a.ndmin);
  if (a.max_rows !== undefined && a.max_rows !== null) {
    if (a.skip_footer)
      throw new ValueError(
        "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.",
      );
    if ((a.max_rows as number) < 1) throw new ValueError("'max_rows' must be at least 1.");
  }
  if (a.usemask)
    throw new NotImplementedError(
      'genfromtxt(usemask=True) makes a masked array, which numtype does not have',
    );
  const inferDtype = 'dtype' in a && a.dtype === null;
  const comments = a.comments === undefined ? '#' : (a.comments as string | null);
  const skipHeader = Number(a.skip_header ?? 0);
  const skipFooter = Number(a.skip_footer ?? 0);
  const maxRows = a.max_rows === undefined || a.max_rows === null ? -1 : Number(a.max_rows);
  const loose = a.loose === undefined ? true : Boolean(a.loose);
  const invalidRaise = a.invalid_raise === undefined ? true : Boolean(a.invalid_raise);
  const split = splitter(a.delimiter, comments, Boolean(a.autostrip));
  const defaultfmt = a.defaultfmt === undefined ? 'f%i' : String(a.defaultfmt);
  const nameOpts: NameOptions = {
    excludelist: a.excludelist as string[] | null | undefined,
    deletechars: a.deletechars as string | null | undefined,
    case_sensitive: a.case_sensitive as boolean | string | null | undefined,
    replace_space: a.replace_space as string | null | undefined,
  };
  const validate = nameValidator(nameOpts);
  const namesArg = a.names === undefined || a.names === false ? null : a.names;
  const bytesMode = a.encoding === 'bytes';

  const lines = readLines(a.fname, a.encoding, 'genfromtxt');
  let li = skipHeader;
  let first: string[] = [];
  for (; li < lines.length; li++) {
    let line = lines[li]!;
    // A header line may be commented out: its names follow the comment marker.
    if (namesArg === true && comments !== null && line.includes(comments))
      line = line.split(comments).slice(1).join('');
    first = split(line);
    if (first.length) break;
  }
  if (namesArg === true) {
    if (first.length === 0) throw new IndexError('list index out of range');
    if (comments?.includes(first[0]!.trim())) first.shift();
  }
  // usecols: ints, names, or a comma-separated string of names.
  let usecols: (number | string)[] | null = null;
  if (a.usecols !== undefined && a.usecols !== null)
    usecols =
      typeof a.usecols === 'string'
        ? a.usecols.split(',').map((x) => x.trim())
        : typeof a.usecols === 'number'
          ? [a.usecols]
          : (a.usecols as (number | string)[]).slice();
  const nbcols = usecols?.length || first.length;

  let names: string[] | null = null;
  let firstIsData = true;
  if (namesArg === true) {
    names = validate(first.map((x) => String(x.trim())));
    firstIsData = false;
  } else if (typeof namesArg === 'string')
    names = validate(namesArg.split(',').map((x) => x.trim()));
  else if (namesArg) names = validate(namesArg as string[]);
  let dt: DType | null = inferDtype
    ? null
    : easyDtype(a.dtype === undefined ? float64 : a.dtype, names, defaultfmt, nameOpts);
  let cols: number[] | null = null;
  if (usecols) {
    cols = usecols.map((c) => {
      if (typeof c === 'string') {
        const k = names ? names.indexOf(c) : -1;
        if (k < 0) throw new ValueError(`'${c}' is not in list`);
        return k;
      }
      return c < 0 ? c + first.length : c;
    });
    if (dt?.fields && dt.names!.length > nbcols) {
      const src = dt;
      dt = parseList(
        cols.map((c) => {
          const n = src.names![c]!;
          return [n, src.fields![n]!.dtype];
        }),
        false,
      );
      names = dt.names!.slice();
    } else if (names && names.length > nbcols) names = cols.map((c) => names![c]!);
  } else if (names && dt?.fields) names = dt.names!.slice();
  const ncols = nbcols;
  if (first.length === 0 && firstIsData) {
    const empty = NDArray.zeros([0], dt ?? float64);
    return ensureNdmin(empty, ndmin);
  }

  const rows: string[][] = [];
  const invalid: [number, number][] = [];
  // NumPy numbers lines from the first data line, as if it directly followed skip_header.
  const firstLine = firstIsData ? li : li + 1;
  const lineNo = (k: number) => k - firstLine + skipHeader + (firstIsData ? 1 : 2);
  for (li = firstLine; li < lines.length; li++) {
    const values = split(lines[li]!);
    const nv = values.length;
    if (nv === 0) continue;
    let row: string[];
    if (cols) {
      if (cols.some((c) => c < 0 || c >= nv)) {
        invalid.push([lineNo(li), nv]);
        continue;
      }
      row = cols.map((c) => values[c]!);
    } else if (nv !== ncols) {
      invalid.push([lineNo(li), nv]);
      continue;
    } else row = values;
    rows.push(row);
    if (maxRows >= 0 && rows.length === maxRows) break;
  }
  if (skipFooter > 0) rows.splice(Math.max(0, rows.length - skipFooter));
  if (invalid.length && invalidRaise) {
    const limit =
      skipFooter > 0 ? invalid.filter(([ln]) => ln <= lines.length - skipFooter) : invalid;
    if (limit.length) {
      const msgs = limit.map(([ln, n]) => `    Line #${ln} (got ${n} columns instead of ${ncols})`);
      throw new ValueError(`Some errors were detected !\n${msgs.join('\n')}`);
    }
  }

  const colKey = (key: string): number | null => {
    // Keys are column numbers or (with names) field names; with usecols, file columns.
    let k: number;
    if (/^-?\d+$/.test(key)) k = Number(key);
    else {
      k = names ? names.indexOf(key) : -1;
      if (k < 0) return null;
    }
    if (cols) {
      const pos = cols.indexOf(k);
      if (pos >= 0) k = pos;
    } else if (k < 0) k += ncols;
    return k >= 0 && k < ncols ? k : null;
  };
  const missing = perColumn<string[]>(
    a.missing_values,
    ncols,
    colKey,
    (v) => (Array.isArray(v) ? v.map(String) : String(v).split(',')),
    [],
  ).map((m) => [...m, '']);
  const converters = perColumn<((s: string) => unknown) | null>(
    a.converters,
    ncols,
    colKey,
    (v) => v as (s: string) => unknown,
    null,
  );
  const isMissing = (s: string, c: number) => missing[c]!.includes(s.trim());

  // The dtype of each column: a structured dtype's leaves, the one dtype, or inferred.
  const leafList = dt?.fields ? leaves(dt) : null;
  const tupleError = (fields: number) =>
    new ValueError(`could not assign tuple of length ${nconv} to structure with ${fields} fields.`);
  // NumPy makes one converter per leaf (zipped with the columns): extra columns are
  // dropped, and records with more leaves than columns cannot be filled.
  const nconv = leafList ? Math.min(ncols, leafList.length) : ncols;
  if (leafList && leafList.length > ncols && rows.length) throw tupleError(leafList.length);
  const colDt: (DType | null)[] = new Array(ncols)
    .fill(null)
    .map((_, c) => (leafList ? (leafList[c]?.dtype ?? null) : dt));
  const fams: Family[] = new Array(ncols);
  for (let c = 0; c < ncols; c++) {
    const conv = converters[c];
    if (conv) {
      // A user converter's column takes the type of what it returns (NumPy tests it once).
      const sample = rows.length ? conv(rows[0]![c]!) : 0;
      fams[c] = familyOfValue(sample);
      continue;
    }
    const cdt = colDt[c];
    if (cdt) {
      fams[c] = familyOf(cdt);
      continue;
    }
    let k = 0;
    for (const r of rows) {
      const s = r[c]!;
      if (isMissing(s, c)) continue;
      while (k < ORDER.length - 1 && convert(s, ORDER[k]!) === undefined) k++;
    }
    fams[c] = ORDER[k]!;
  }
  const fills = perColumn<unknown>(a.filling_values, ncols, colKey, (v) => v, undefined).map(
    (v, c) => (v === undefined ? defaultFill(fams[c]!) : v),
  );

  // Convert every field: failures (and missing fields) take the filling value.
  const values: unknown[][] = rows.map((r) =>
    (nconv < r.length ? r.slice(0, nconv) : r).map((s, c) => {
      const conv = converters[c];
      if (conv) return conv(s);
      const fam = fams[c]!;
      if (!loose && isMissing(s, c)) return fills[c];
      const v = convert(s, fam, colDt[c]);
      if (v !== undefined) return v;
      if (!loose) throw new ValueError(`Cannot convert string '${s}'`);
      return fills[c];
    }),
  );
  const longest = (c: number) => {
    let n = 0;
    for (const r of values) n = Math.max(n, [...String(r[c])].length);
    return n;
  };
  const strDt = (fam: Family, c: number, min: number): DType =>
    fam === 'bytes' || (fam === 'str' && bytesMode)
      ? bytesDType(Math.max(min, longest(c)))
      : unicodeDType(Math.max(min, longest(c)));

  let out: NDArray;
  if (dt && !dt.fields) {
    // One dtype for every column, unless a converter returned another type (then NumPy
    // makes a structure with one field per column).
    const base = dt;
    const same = fams.every((f, c) => !converters[c] || f === familyOf(base));
    if (same) {
      let d = base;
      if ((d.kind === 'U' || d.kind === 'S') && d.itemsize === 0) {
        let n = 1;
        for (let c = 0; c < ncols; c++) n = Math.max(n, longest(c));
        d = d.kind === 'U' ? unicodeDType(n) : bytesDType(n);
      }
      out = plainTable(values, ncols, d);
    } else {
      const fieldDts = fams.map((f, c) =>
        converters[c] ? familyDType(f, () => strDt(f, c, 1)) : base,
      );
      out = recordTable(
        values,
        parseList(
          fieldDts.map((d, c) => [`f${c}`, d]),
          false,
        ),
      );
    }
  } else if (dt) out = recordTable(values, dt);
  else {
    // dtype=None: one dtype per column; uniform columns without names stay a plain table.
    const fieldDts = fams.map((f, c) => familyDType(f, () => strDt(f, c, 0)));
    const uniform = fams.every((f) => f === fams[0]);
    if (names === null && uniform) {
      const f = fams[0] ?? 'float';
      let d = familyDType(f, () => unicodeDType(1));
      if (d.kind === 'U' || d.kind === 'S') {
        let n = 1;
        for (let c = 0; c < ncols; c++) n = Math.max(n, longest(c));
        d = f === 'bytes' || (f === 'str' && bytesMode) ? bytesDType(n) : unicodeDType(n);
      }
      out = plainTable(values, ncols, d);
    } else {
      const nm = names ?? fieldDts.map((_, c) => pyIntFormat(defaultfmt, c));
      if (nm.length < ncols && rows.length) throw tupleError(nm.length);
      const n = Math.min(nm.length, ncols);
      out = recordTable(
        values,
        parseList(
          fieldDts.slice(0, n).map((d, c) => [nm[c], d]),
          false,
        ),
      );
    }
  }
  const arr = ensureNdmin(out, ndmin);
  if (!a.unpack) return arr;
  const outNames = arr.dtype.names;
  if (!outNames) return arr.T;
  return outNames.length === 1 ? arr.field(outNames[0]!) : fieldArrays(arr);
}

/** The family of a converter's result (what `np.array(value).dtype` would be). */
function familyOfValue(v: unknown): Family {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (v instanceof Complex) return 'complex';
  if (v instanceof Uint8Array) return 'bytes';
  return 'str';
}

/** The dtype of a family (strings sized by `str`). */
function familyDType(f: Family, str: () => DType): DType {
  switch (f) {
    case 'bool':
      return bool;
    case 'int':
      return int64;
    case 'float':
      return float64;
    case 'complex':
      return complex128;
    default:
      return str();
  }
}

/** A JS value as an element of `dt` (strings as latin1 bytes for 'S'). */
function element(v: unknown, dt: DType): ReturnType<typeof fromPython> {
  return fromPython(dt.kind === 'S' && typeof v === 'string' ? latin1(v) : v, dt);
}

/** The (rows × ncols) array of one dtype. */
function plainTable(values: unknown[][], ncols: number, dt: DType): NDArray {
  const out = NDArray.zeros([values.length, ncols], dt);
  const view = out.dataView;
  const size = dt.itemsize;
  values.forEach((r, ri) => {
    r.forEach((v, c) => {
      writeElement(view, (ri * ncols + c) * size, dt, element(v, dt));
    });
  });
  return out;
}

/** The 1-d structured array with one record per row (column c is leaf c). */
function recordTable(values: unknown[][], dt: DType): NDArray {
  const ls = leaves(dt);
  const out = NDArray.zeros([values.length], dt);
  const view = out.dataView;
  const size = dt.itemsize;
  values.forEach((r, ri) => {
    r.forEach((v, c) => {
      const leaf = ls[c]!;
      writeElement(view, ri * size + leaf.offset, leaf.dtype, element(v, leaf.dtype));
    });
  });
  return out;
}

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
