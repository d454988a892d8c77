/**
 * `np.genfromtxt`: tables with missing or invalid values. Fields that fail to
 * convert take the column's filling value (NumPy's `loose=True`), rows with the
 * wrong number of columns are reported (or skipped), and `dtype=None` infers each
 * column's type (bool → int → float → complex → str) as NumPy's StringConverter does.
 *
 * numtype has no structured dtypes yet, so results NumPy would make structured
 * (`names=`, mixed-type columns under `dtype=None`) and `usemask=True` raise.
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
  dtype as toDType,
  unicodeDType,
} from '../../_core/dtype.js';
import { fromPython, writeElement } from '../../_core/elements.js';
import { NotImplementedError, OverflowError, ValueError } from '../../_core/errors.js';
import { bindArgs, missingPositional } from '../../_core/multiarray/args.js';
import { NDArray } from '../../_core/ndarray.js';
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

/** Per-column values of `missing_values` / `filling_values` (str, list, or object by column). */
function perColumn<T>(
  spec: unknown,
  ncols: number,
  usecols: number[] | null,
  split: (v: unknown) => T,
  dflt: T,
): T[] {
  const out: T[] = new Array(ncols).fill(dflt);
  if (spec === undefined || spec === null) return out;
  const colOf = (k: number): number => {
    if (usecols) {
      const pos = usecols.indexOf(k);
      return pos;
    }
    return k < 0 ? k + ncols : k;
  };
  if (Array.isArray(spec)) {
    spec.forEach((v, i) => {
      if (i < ncols) out[i] = split(v);
    });
  } else if (typeof spec === 'object' && !(spec instanceof Complex)) {
    for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
      const c = colOf(Number(k));
      if (c >= 0 && c < ncols) out[c] = split(v);
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
 * @example np.genfromtxt('/tmp/data.csv', {delimiter: ',', filling_values: 0})
 */
export function genfromtxt(fname: TextSource, opts?: GenfromtxtOptions): NDArray;
export function genfromtxt(
  fname: TextSource,
  dtype?: DTypeLike | null,
  opts?: GenfromtxtOptions,
): NDArray;
export function genfromtxt(...args: unknown[]): NDArray {
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
  if (a.names !== undefined && a.names !== null && a.names !== false)
    throw new NotImplementedError(
      'genfromtxt(names=...) makes a structured array, and numtype has no structured dtypes yet',
    );
  if (a.usemask)
    throw new NotImplementedError(
      'genfromtxt(usemask=True) makes a masked array, which numtype does not have',
    );
  const inferDtype = 'dtype' in a && a.dtype === null;
  let dt: DType | null = inferDtype
    ? null
    : a.dtype === undefined
      ? float64
      : toDType(a.dtype as DTypeLike);
  if (dt?.fields)
    throw new NotImplementedError('structured dtypes are not supported by numtype yet');
  const comments = a.comments === undefined ? '#' : (a.comments as string | null);
  const skipHeader = Number(a.skip_header ?? 0);
  const skipFooter = Number(a.skip_footer ?? 0);
  const maxRows = a.max_rows === undefined || a.max_rows === null ? -1 : Number(a.max_rows);
  const loose = a.loose === undefined ? true : Boolean(a.loose);
  const invalidRaise = a.invalid_raise === undefined ? true : Boolean(a.invalid_raise);
  const split = splitter(a.delimiter, comments, Boolean(a.autostrip));
  let usecols: number[] | null = null;
  if (a.usecols !== undefined && a.usecols !== null)
    usecols = typeof a.usecols === 'number' ? [a.usecols] : (a.usecols as number[]).slice();

  const lines = readLines(a.fname, a.encoding, 'genfromtxt');
  let li = skipHeader;
  let first: string[] = [];
  for (; li < lines.length; li++) {
    first = split(lines[li]!);
    if (first.length) break;
  }
  if (first.length === 0) return ensureNdmin(NDArray.zeros([0], dt ?? float64), ndmin);
  const nfirst = first.length;
  if (usecols) usecols = usecols.map((c) => (c < 0 ? c + nfirst : c));
  const ncols = usecols ? usecols.length : nfirst;

  const rows: string[][] = [];
  const invalid: [number, number][] = [];
  // NumPy numbers lines from the first data line, as if it directly followed skip_header.
  const lineNo = (k: number) => k - firstLine + skipHeader + 1;
  const firstLine = li;
  for (; li < lines.length; li++) {
    const values = split(lines[li]!);
    const nv = values.length;
    if (nv === 0) continue;
    let row: string[];
    if (usecols) {
      if (usecols.some((c) => c < 0 || c >= nv)) {
        invalid.push([lineNo(li), nv]);
        continue;
      }
      row = usecols.map((c) => values[c]!);
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

  const missing = perColumn<string[]>(
    a.missing_values,
    ncols,
    usecols,
    (v) => (Array.isArray(v) ? v.map(String) : String(v).split(',')),
    [],
  ).map((m) => [...m, '']);
  const converters = perColumn<((s: string) => unknown) | null>(
    a.converters,
    ncols,
    usecols,
    (v) => v as (s: string) => unknown,
    null,
  );
  const isMissing = (s: string, c: number) => missing[c]!.includes(s.trim());

  // dtype=None: infer each column's family from its non-missing values.
  const fams: Family[] = new Array(ncols);
  for (let c = 0; c < ncols; c++) {
    if (dt) {
      fams[c] = familyOf(dt);
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
  if (!dt) {
    if (converters.some(Boolean) || fams.some((f) => f !== fams[0]))
      throw new NotImplementedError(
        `genfromtxt(dtype=None) found columns of different types (${fams.join(', ')}): NumPy returns a structured array, and numtype has no structured dtypes yet`,
      );
    const f = fams[0] ?? 'float';
    dt =
      f === 'bool'
        ? bool
        : f === 'int'
          ? int64
          : f === 'float'
            ? float64
            : f === 'complex'
              ? complex128
              : unicodeDType(1);
  }
  const fills = perColumn<unknown>(a.filling_values, ncols, usecols, (v) => v, undefined).map(
    (v, c) => (v === undefined ? defaultFill(fams[c]!) : v),
  );

  // Convert every field: failures (and missing fields) take the filling value.
  const values: unknown[][] = rows.map((r, ri) =>
    r.map((s, c) => {
      const conv = converters[c];
      if (conv) return conv(s);
      const fam = fams[c]!;
      if (!loose && isMissing(s, c)) return fills[c];
      const v = convert(s, fam, dt);
      if (v !== undefined) return v;
      if (!loose) throw new ValueError(`Cannot convert string '${s}'`);
      void ri;
      return fills[c];
    }),
  );
  if ((dt.kind === 'U' || dt.kind === 'S') && (dt.itemsize === 0 || inferDtype)) {
    let longest = 1;
    for (const r of values) for (const v of r) longest = Math.max(longest, [...String(v)].length);
    dt = dt.kind === 'U' ? unicodeDType(longest) : bytesDType(longest);
  }
  const out = NDArray.zeros([values.length, ncols], dt);
  const view = out.dataView;
  const size = dt.itemsize;
  values.forEach((r, ri) => {
    r.forEach((v, c) => {
      let val = v;
      if (dt!.kind === 'S' && typeof v === 'string') val = latin1(v);
      writeElement(view, (ri * ncols + c) * size, dt!, fromPython(val, dt!));
    });
  });
  const arr = ensureNdmin(out, ndmin);
  return a.unpack ? arr.T : arr;
}

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
