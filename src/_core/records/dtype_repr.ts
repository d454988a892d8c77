/**
 * `str`, `repr` and `descr` of structured and sub-array dtypes, following NumPy's
 * numpy/_core/_dtype.py (`_struct_str`, `_is_packed`, `_construction_repr`) and
 * numpy/_core/_internal.py (`_array_descr`).
 */
import type { DType } from '../dtype.js';
import { ValueError } from '../errors.js';
import { fieldTitle } from './structured.js';

const pyStrRepr = (s: string): string =>
  s.includes("'") && !s.includes('"')
    ? `"${s}"`
    : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Python's repr of a shape tuple, as NumPy's dtype reprs print it.
 * @example shapeTuple([3]) // '(3,)'
 */
export function shapeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** NumPy's `_construction_repr(dt, short=True)` for a field format. */
function constructionRepr(dt: DType): string {
  if (dt.fields) return structStr(dt, false);
  if (dt.subdtype) return subarrayStr(dt);
  return scalarShort(dt);
}

/** NumPy's `_scalar_str(dt, short=True)`: `'<i4'`, `'u1'`, `'?'`, `'<U10'`, `'S5'`, `'V8'`. */
function scalarShort(dt: DType): string {
  switch (dt.kind) {
    case 'b':
      return "'?'";
    case 'S':
      return dt.itemsize === 0 ? "'S'" : `'S${dt.itemsize}'`;
    case 'U':
      return dt.itemsize === 0 ? "'<U'" : `'<U${dt.itemsize / 4}'`;
    case 'V':
      return dt.itemsize === 0 ? "'V'" : `'V${dt.itemsize}'`;
    default:
      return `'${dt.itemsize === 1 ? '' : '<'}${dt.kind}${dt.itemsize}'`;
  }
}

function subarrayStr(dt: DType): string {
  const [base, shape] = dt.subdtype!;
  return `(${constructionRepr(base)}, ${shapeTuple(shape)})`;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** NumPy's `_is_packed`: fields in order with only the padding `align` implies. */
function isPacked(dt: DType): boolean {
  const align = dt.isalignedstruct;
  let maxAlign = 1;
  let total = 0;
  for (const n of dt.names!) {
    const f = dt.fields![n]!;
    if (align) {
      total = roundUp(total, f.dtype.alignment);
      maxAlign = Math.max(maxAlign, f.dtype.alignment);
    }
    if (f.offset !== total) return false;
    total += f.dtype.itemsize;
  }
  if (align) total = roundUp(total, maxAlign);
  return total === dt.itemsize;
}

/** A field's name as NumPy prints it: `'a'`, or `('title', 'a')` for a titled field. */
function nameRepr(dt: DType, n: string): string {
  const t = fieldTitle(dt, n);
  return t === null ? pyStrRepr(n) : `(${pyStrRepr(t)}, ${pyStrRepr(n)})`;
}

function structListStr(dt: DType): string {
  const items = dt.names!.map((n) => {
    const fd = dt.fields![n]!.dtype;
    if (fd.subdtype) {
      const [base, shape] = fd.subdtype;
      return `(${nameRepr(dt, n)}, ${constructionRepr(base)}, ${shapeTuple(shape)})`;
    }
    return `(${nameRepr(dt, n)}, ${constructionRepr(fd)})`;
  });
  return `[${items.join(', ')}]`;
}

function structDictStr(dt: DType, includeAligned: boolean): string {
  const names = dt.names!;
  const fs = names.map((n) => dt.fields![n]!);
  let s = `{'names': [${names.map(pyStrRepr).join(', ')}], 'formats': [${fs
    .map((f) => constructionRepr(f.dtype))
    .join(', ')}], 'offsets': [${fs.map((f) => f.offset).join(', ')}]`;
  if (names.some((n) => fieldTitle(dt, n) !== null))
    s += `, 'titles': [${names
      .map((n) => {
        const t = fieldTitle(dt, n);
        return t === null ? 'None' : pyStrRepr(t);
      })
      .join(', ')}]`;
  s += `, 'itemsize': ${dt.itemsize}`;
  s += includeAligned && dt.isalignedstruct ? ", 'aligned': True}" : '}';
  return s;
}

/** NumPy's `_struct_str`. */
function structStr(dt: DType, includeAlign: boolean): string {
  if (!(includeAlign && dt.isalignedstruct) && isPacked(dt)) return structListStr(dt);
  return structDictStr(dt, includeAlign);
}

/**
 * NumPy's `str(dtype)` for a structured or sub-array dtype (`dtype.__str__`).
 * @example structuredToString(np.dtype('i4,f8')) // "[('f0', '<i4'), ('f1', '<f8')]"
 */
export function structuredToString(dt: DType): string {
  if (dt.fields) return structStr(dt, true);
  return subarrayStr(dt);
}

/**
 * NumPy's `repr(dtype)` for a structured or sub-array dtype (`dtype.__repr__`).
 * @example structuredRepr(np.dtype('i4,f8')) // "dtype([('f0', '<i4'), ('f1', '<f8')])"
 */
export function structuredRepr(dt: DType): string {
  const arg = dt.fields ? structStr(dt, false) : subarrayStr(dt);
  return `dtype(${arg}${dt.isalignedstruct ? ', align=True' : ''})`;
}

/**
 * One entry of `dtype.descr`: `[name, format]` or `[name, format, shape]`; a titled
 * field's name is `[title, name]` (NumPy's `('title', 'name')`).
 */
export type DescrName = string | [string, string];
export type DescrEntry =
  | [DescrName, string | DescrEntry[]]
  | [DescrName, string | DescrEntry[], number[]];

/** NumPy's `_array_descr`: a string for plain dtypes, a list for structured ones. */
function arrayDescr(dt: DType): string | DescrEntry[] {
  if (!dt.fields) return dt.subdtype ? arrayDescr(dt.subdtype[0]) : dt.str;
  const out: DescrEntry[] = [];
  let offset = 0;
  for (const n of dt.names!) {
    const f = dt.fields[n]!;
    if (f.offset > offset) {
      out.push(['', `|V${f.offset - offset}`]);
      offset = f.offset;
    } else if (f.offset < offset) {
      throw new ValueError(
        'dtype.descr is not defined for types with overlapping or out-of-order fields',
      );
    }
    const t = fieldTitle(dt, n);
    const name: DescrName = t === null ? n : [t, n];
    if (f.dtype.subdtype) {
      const [base, shape] = f.dtype.subdtype;
      out.push([name, arrayDescr(base), shape.slice()]);
    } else out.push([name, arrayDescr(f.dtype)]);
    offset += f.dtype.itemsize;
  }
  if (dt.itemsize > offset) out.push(['', `|V${dt.itemsize - offset}`]);
  return out;
}

/**
 * NumPy's `dtype.descr` of any dtype (`numpy._core._internal._array_descr`).
 * @example descrOf(np.dtype({names: ['a'], formats: ['i4'], itemsize: 8})) // [['a', '<i4'], ['', '|V4']]
 */
export function descrOf(dt: DType): DescrEntry[] {
  const d = arrayDescr(dt);
  return typeof d === 'string' || dt.subdtype ? [['', dt.str]] : d;
}
