/**
 * `np.savetxt`: a 1-d or 2-d array as text, one row per line, each value through
 * Python's `%` formatting (per-column formats, complex as `(re+imj)`); a 1-d structured
 * array writes one record per line, one column per field.
 */
import { scalarStr } from '../../_core/arrayprint/scalarstr.js';
import type { Complex } from '../../_core/complex.js';
import { type DType, float32, float64 } from '../../_core/dtype.js';
import { type Canonical, readElement } from '../../_core/elements.js';
import { AttributeError, ValueError } from '../../_core/errors.js';
import { bindArgs, missingPositional } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import { writeFileAtomic } from './atomic_write.js';
import { nodeFs, toPath } from './nodefs.js';
import { PyFormat, type PyScalar, pyBytesStr } from './pyformat.js';
import { pyStrRepr } from './pyliteral.js';

/** Options of `np.savetxt`. */
export interface SavetxtOptions {
  fmt?: string | string[];
  delimiter?: string;
  newline?: string;
  header?: string;
  footer?: string;
  comments?: string;
  encoding?: string | null;
}

/**
 * A float element: its str/repr (NumPy's shortest repr, only '%s'/'%r' read them) are
 * computed on demand, as they cost more than the '%.18e' formatting itself.
 */
class FloatScalar implements PyScalar {
  readonly isFloat = true;
  constructor(
    readonly v: number,
    private readonly dt: DType,
  ) {}
  get str(): string {
    return scalarStr(this.v, this.dt, Number.POSITIVE_INFINITY);
  }
  get repr(): string {
    return `np.${this.dt.name}(${this.str})`;
  }
}

/** A stored element as the NumPy scalar `%` sees (its `str()` is NumPy's). */
function numpyScalar(v: Canonical, dt: DType): PyScalar {
  switch (dt.kind) {
    case 'f':
      return new FloatScalar(v as number, dt);
    case 'S': {
      const str = pyBytesStr(v as Uint8Array);
      return { v: v as Uint8Array, isFloat: false, str, repr: `np.bytes_(${str})` };
    }
    case 'U':
      return { v: v as string, isFloat: false, repr: `np.str_(${pyStrRepr(v as string)})` };
    case 'b':
      return {
        v: v as boolean,
        isFloat: false,
        str: v ? 'True' : 'False',
        repr: v ? 'np.True_' : 'np.False_',
      };
    default:
      return { v: v as PyScalar['v'], isFloat: false, repr: `np.${dt.name}(${String(v)})` };
  }
}

/**
 * `np.savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='', comments='# ', encoding=None)`.
 * @example np.savetxt('/tmp/a.txt', np.eye(2), {fmt: '%d', delimiter: ','})
 */
export function savetxt(fname: string | URL | number, X: unknown, opts?: SavetxtOptions): void;
export function savetxt(...args: unknown[]): void {
  const a = bindArgs(
    'savetxt',
    ['fname', 'X', 'fmt', 'delimiter', 'newline', 'header', 'footer', 'comments', 'encoding'],
    args,
  );
  missingPositional('savetxt', a, ['fname', 'X']);
  const fmtArg = a.fmt ?? '%.18e';
  const delimiter = String(a.delimiter ?? ' ');
  const newline = String(a.newline ?? '\n');
  const header = String(a.header ?? '');
  const footer = String(a.footer ?? '');
  const comments = String(a.comments ?? '# ');
  let X = toArray(a.X);
  if (X.ndim === 0 || X.ndim > 2)
    throw new ValueError(`Expected 1D or 2D array, got ${X.ndim}D array instead`);
  // A 1-d structured array: one row per record, one column per field (NumPy).
  const names = X.ndim === 1 ? X.dtype.names : null;
  if (X.ndim === 1 && !names) X = X.reshape([X.dims[0]!, 1]);
  const ncol = names ? names.length : X.dims[1]!;
  const isComplex = !names && X.dtype.kind === 'c';
  let format: string;
  if (Array.isArray(fmtArg)) {
    if (fmtArg.length !== ncol)
      throw new AttributeError(`fmt has wrong shape.  [${fmtArg.map((f) => `'${f}'`).join(', ')}]`);
    format = fmtArg.join(delimiter);
  } else if (typeof fmtArg === 'string') {
    const n = fmtArg.split('%').length - 1;
    const err = new ValueError(`fmt has wrong number of % formats:  ${fmtArg}`);
    if (n === 1)
      format = new Array(ncol).fill(isComplex ? ` (${fmtArg}+${fmtArg}j)` : fmtArg).join(delimiter);
    else if (isComplex && n !== 2 * ncol) throw err;
    else if (!isComplex && n !== ncol) throw err;
    else format = fmtArg;
  } else throw new ValueError(`invalid fmt: ${String(fmtArg)}`);
  const fmt = new PyFormat(format);
  const dt = X.dtype;
  const part = dt.itemsize === 16 ? float64 : float32;
  const view = X.dataView;
  const rowVals: PyScalar[] = [];
  const nrows = X.dims[0]!;
  const [s0, s1] = (names ? [X.steps[0]!, 0] : X.steps) as [number, number];
  // Record fields: scalars read in place; sub-arrays and nested records print as NumPy's str.
  const fieldCols = names?.map((n) => {
    const f = X.dtype.fields![n]!;
    return {
      dt: f.dtype,
      offset: f.offset,
      view: f.dtype.fields || f.dtype.subdtype ? X.field(n) : null,
    };
  });
  const enc = new TextEncoder();
  const produce = (write: (c: Uint8Array) => void) => {
    let chunk: string[] = [];
    const emit = (s: string) => {
      chunk.push(s);
      if (chunk.length >= 4096) {
        write(enc.encode(chunk.join('')));
        chunk = [];
      }
    };
    if (header.length > 0) emit(comments + header.replaceAll('\n', `\n${comments}`) + newline);
    for (let r = 0; r < nrows; r++) {
      rowVals.length = 0;
      if (fieldCols) {
        for (const f of fieldCols) {
          if (f.view) rowVals.push({ v: String(f.view.get(r)), isFloat: false });
          else
            rowVals.push(numpyScalar(readElement(view, X.offset + r * s0 + f.offset, f.dt), f.dt));
        }
      }
      for (let c = 0; c < (fieldCols ? 0 : ncol); c++) {
        const v = readElement(view, X.offset + r * s0 + c * s1, dt);
        if (isComplex) {
          const z = v as Complex;
          rowVals.push(numpyScalar(z.re, part), numpyScalar(z.im, part));
        } else rowVals.push(numpyScalar(v, dt));
      }
      let line: string;
      try {
        line = fmt.format(rowVals) + newline;
      } catch (e) {
        if (e instanceof TypeError)
          throw new TypeError(
            `Mismatch between array dtype ('${String(dt)}') and format specifier ('${format}')`,
          );
        throw e;
      }
      emit(isComplex ? line.replaceAll('+-', '-') : line);
    }
    if (footer.length > 0) emit(comments + footer.replaceAll('\n', `\n${comments}`) + newline);
    if (chunk.length) write(enc.encode(chunk.join('')));
  };
  if (typeof a.fname === 'number') {
    const fs = nodeFs();
    const fd = a.fname;
    produce((c) => {
      let off = 0;
      while (off < c.length) off += fs.writeSync(fd, c, off, c.length - off);
    });
    return;
  }
  writeFileAtomic(toPath(a.fname, 'savetxt'), produce);
}
