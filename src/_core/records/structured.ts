/**
 * Structured dtypes (kind 'V' with fields) and sub-array dtypes, as NumPy builds them
 * from a list of `[name, format, shape?]` entries, a `{names, formats, offsets?,
 * itemsize?}` dict, or a comma string `'i4,(2,3)f8'`.
 *
 * Identity: structured dtypes are interned by their layout (field names, field dtypes,
 * offsets, itemsize, and the align flag), so two specs NumPy finds equal with the same
 * `align` give the *same* object and `a.dtype === b.dtype` works as for the numeric
 * singletons; every raw-byte path (copies, concatenate, take) that compares dtypes by
 * identity treats them as one dtype. `structuredEqual(a, b)` (also `dtype.equals(b)`)
 * is NumPy's `==`, which ignores the align flag.
 */
import { type DType, type Field, isDType, makeDType, dtype as toDType } from '../dtype.js';
import { ValueError } from '../errors.js';

const ids = new WeakMap<DType, number>();
let nextId = 1;
function idOf(d: DType): number {
  let id = ids.get(d);
  if (id === undefined) {
    id = nextId++;
    ids.set(d, id);
  }
  return id;
}

const structCache = new Map<string, DType>();
const subCache = new Map<string, DType>();

/**
 * The interned sub-array dtype `(base, shape)`: NumPy's `np.dtype(('<f8', (3,)))`.
 * @example subarrayDType(np.float64, [3]).repr() // "dtype(('<f8', (3,)))"
 */
export function subarrayDType(base: DType, shape: readonly number[]): DType {
  // A sub-array of sub-arrays flattens into one (NumPy does the same).
  if (base.subdtype) {
    const [b, s] = base.subdtype;
    return subarrayDType(b, [...shape, ...s]);
  }
  const key = `${idOf(base)}:${shape.join(',')}`;
  let d = subCache.get(key);
  if (!d) {
    const n = shape.reduce((a, b) => a * b, 1);
    d = makeDType({
      key: 'void',
      name: `void${base.itemsize * n * 8}`,
      kind: 'V',
      char: 'V',
      num: 20,
      itemsize: base.itemsize * n,
      alignment: base.alignment,
      storage: Uint8Array,
      lanes: base.itemsize * n,
      subdtype: [base, Object.freeze(shape.slice()) as number[]],
      shape: Object.freeze(shape.slice()) as number[],
    });
    subCache.set(key, d);
  }
  return d;
}

const voidCache = new Map<number, DType>();

/**
 * The interned raw void dtype `V<n>` (NumPy's `np.dtype('V8')`: n opaque bytes, no fields).
 * Arrays of it move as raw bytes (files, copies, views).
 * @example voidDType(8).str // '|V8'
 */
export function voidDType(n: number): DType {
  let d = voidCache.get(n);
  if (!d) {
    d = makeDType({
      key: 'void',
      name: n === 0 ? 'void' : `void${n * 8}`,
      kind: 'V',
      char: 'V',
      num: 20,
      itemsize: n,
      alignment: 1,
      storage: Uint8Array,
      lanes: n,
    });
    voidCache.set(n, d);
  }
  return d;
}

/** One field of a layout being built (`title`: NumPy's optional field title). */
export interface FieldSpec {
  name: string;
  dtype: DType;
  offset: number;
  title?: string | null;
}

/** A field of a structured dtype as stored: NumPy's `(dtype, offset[, title])`. */
export interface TitledField extends Field {
  readonly title?: string;
}

/**
 * A field's title, or null (NumPy's third entry of `dtype.fields[name]`).
 * @example fieldTitle(np.dtype([[['t', 'a'], 'i4']]), 'a') // 't'
 */
export function fieldTitle(dt: DType, name: string): string | null {
  return (dt.fields?.[name] as TitledField | undefined)?.title ?? null;
}

/**
 * The interned structured dtype with these fields (in order), itemsize and align flag
 * (NumPy's `np.dtype({names, formats, offsets, itemsize})`). Offsets must already be
 * final; `aligned` marks NumPy's `isalignedstruct`.
 * @example structuredDType([{name: 'a', dtype: np.int32, offset: 0}], 8, false).itemsize // 8
 */
export function structuredDType(fields: FieldSpec[], itemsize: number, aligned: boolean): DType {
  const key = `${aligned ? 'A' : 'P'}${itemsize}|${fields
    .map(
      (f) =>
        `${JSON.stringify(f.name)}${f.title == null ? '' : `/${JSON.stringify(f.title)}`}:${idOf(f.dtype)}@${f.offset}`,
    )
    .join(',')}`;
  let d = structCache.get(key);
  if (!d) {
    const record: Record<string, Field> = Object.create(null);
    for (const f of fields)
      record[f.name] = Object.freeze(
        f.title == null
          ? { dtype: f.dtype, offset: f.offset }
          : { dtype: f.dtype, offset: f.offset, title: f.title },
      );
    const alignment = aligned ? Math.max(1, ...fields.map((f) => f.dtype.alignment)) : 1;
    d = makeDType({
      key: 'void',
      name: `void${itemsize * 8}`,
      kind: 'V',
      char: 'V',
      num: 20,
      itemsize,
      alignment,
      storage: Uint8Array,
      lanes: itemsize,
      fields: Object.freeze(record),
      names: Object.freeze(fields.map((f) => f.name)) as string[],
      isalignedstruct: aligned,
    });
    structCache.set(key, d);
  }
  return d;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Lay fields out one after the other (C-struct padding when `align`). */
function layout(
  entries: { name: string; dtype: DType; title?: string | null }[],
  align: boolean,
  form: 'list' | 'dict' = 'list',
): DType {
  const fields: FieldSpec[] = [];
  let off = 0;
  let maxAlign = 1;
  for (const e of entries) {
    if (align) {
      off = roundUp(off, e.dtype.alignment);
      maxAlign = Math.max(maxAlign, e.dtype.alignment);
    }
    fields.push({ name: e.name, dtype: e.dtype, offset: off, title: e.title ?? null });
    off += e.dtype.itemsize;
  }
  checkFieldNames(fields, form);
  return structuredDType(fields, align ? roundUp(off, maxAlign) : off, align);
}

/**
 * NumPy's checks that names and titles are unique, with the messages of the list form
 * (`np.dtype([...])`) or of the dict form (`np.dtype({names, formats, titles})`, which
 * `descr_to_dtype` also uses).
 * @example checkFieldNames([{name: 'a', dtype: np.int32, offset: 0}], 'list') // ok
 */
export function checkFieldNames(fields: readonly FieldSpec[], form: 'list' | 'dict'): void {
  const used = new Set<string>();
  for (const f of fields) {
    const title = f.title ?? null;
    if (form === 'list') {
      if (used.has(f.name) || (title !== null && used.has(title)))
        throw new ValueError(`field '${f.name}' occurs more than once`);
    } else {
      if (used.has(f.name)) throw new ValueError('name already used as a name or title');
      if (title !== null && (used.has(title) || title === f.name))
        throw new ValueError('title already used as a name or title.');
    }
    used.add(f.name);
    if (title !== null) used.add(title);
  }
}

function pyTupleRepr(v: unknown): string {
  if (Array.isArray(v)) {
    const parts = v.map(pyTupleRepr);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  return typeof v === 'string' ? `'${v}'` : String(v);
}

/** A field's shape argument: an int or a list of ints (NumPy's `('a', 'i4', 2)`). */
function toShape(s: unknown): number[] {
  const shape = typeof s === 'number' ? [s] : Array.isArray(s) ? (s as number[]) : null;
  if (!shape?.every((n) => Number.isInteger(n) && n >= 0))
    throw new ValueError('invalid shape in fixed-type tuple.');
  return shape;
}

/** A field format: any dtype-like, or a string with a repeat prefix such as `'3f8'`, `'(2,3)i4'`. */
function fieldDType(format: unknown, align: boolean): DType {
  if (typeof format === 'string') {
    const m = /^\s*(\(\s*\d*(?:\s*,\s*\d+)*\s*,?\s*\)|\d+)\s*(.+)$/.exec(format);
    if (m && !/^[<>=|]?[a-zA-Z]/.test(format.trim()) && !format.includes(',', m[1]!.length)) {
      const shape = (m[1]!.match(/\d+/g) ?? []).map(Number);
      return shapedField(fieldDType(m[2]!, align), shape);
    }
    if (format.includes(',')) return commaString(format, align);
  }
  if (Array.isArray(format)) return parseList(format as unknown[], align);
  if (isDictSpec(format)) return parseDict(format as DictSpec, align);
  return toDType(format as string);
}

/** A field's dtype with a shape: `()` is the base itself (NumPy drops it). */
function shapedField(base: DType, shape: number[]): DType {
  return shape.length === 0 ? base : subarrayDType(base, shape);
}

/**
 * NumPy's `np.dtype([(name, format, shape?), ...], align=...)` for the JS list spec.
 * @example parseList([['a', 'u1'], ['b', 'f8']], true).itemsize // 16
 */
export function parseList(spec: unknown[], align: boolean): DType {
  const entries = spec.map((e, i) => {
    if (!Array.isArray(e) || e.length < 2 || e.length > 3) {
      if (Array.isArray(e) && e.length > 3)
        throw new TypeError(
          `Field elements must be tuples with at most 3 elements, got '${pyTupleRepr(e)}'`,
        );
      throw new TypeError(`data type '${String(spec)}' not understood`);
    }
    const [nameSpec, format, shape] = e as [unknown, unknown, unknown];
    // A name may be [title, name] (NumPy's `(('title', 'name'), format)`).
    let name = nameSpec;
    let title: string | null = null;
    if (Array.isArray(nameSpec)) {
      if (nameSpec.length !== 2)
        throw new TypeError('Title must be a tuple of (title, name) of length 2');
      [title, name] = nameSpec as [string, unknown];
      if (typeof name !== 'string') throw new TypeError('Field name must be a str');
    } else if (typeof name !== 'string')
      throw new TypeError('First element of field tuple is neither a tuple nor str');
    let dt = fieldDType(format, align);
    if (e.length === 3) dt = shapedField(dt, toShape(shape));
    return { name: name === '' ? `f${i}` : (name as string), dtype: dt, title };
  });
  return layout(entries, align);
}

/** The dict spec `{names, formats, offsets?, itemsize?, aligned?, titles?}`. */
export interface DictSpec {
  names: string[];
  formats: unknown[];
  offsets?: number[];
  itemsize?: number;
  aligned?: boolean;
  titles?: (string | null)[];
}

/**
 * Whether `x` is NumPy's dict spec for `np.dtype` (a plain object with `names` and `formats`).
 * @example isDictSpec({names: ['a'], formats: ['i4']}) // true
 */
export function isDictSpec(x: unknown): x is DictSpec {
  return (
    x !== null &&
    typeof x === 'object' &&
    !Array.isArray(x) &&
    !isDType(x) &&
    'names' in (x as object) &&
    'formats' in (x as object)
  );
}

/**
 * NumPy's `np.dtype({'names': ..., 'formats': ..., 'offsets': ..., 'itemsize': ...}, align=...)`.
 * @example parseDict({names: ['a'], formats: ['i4'], itemsize: 8}, false).itemsize // 8
 */
export function parseDict(spec: DictSpec, alignArg: boolean): DType {
  const align = alignArg || spec.aligned === true;
  const { names, formats, offsets, titles } = spec;
  const n = names.length;
  if (
    formats.length !== n ||
    (offsets && offsets.length !== n) ||
    (titles && titles.length !== n)
  ) {
    throw new ValueError(
      "'names', 'formats', 'offsets', and 'titles' dict entries must have the same length",
    );
  }
  const titleOf = (i: number): string | null => titles?.[i] ?? null;
  for (const nm of names) {
    if (typeof nm !== 'string') throw new ValueError('field names must be strings');
  }
  if (!offsets) {
    const dt = layout(
      names.map((name, i) => ({ name, dtype: fieldDType(formats[i], align), title: titleOf(i) })),
      align,
      'dict',
    );
    if (spec.itemsize === undefined) return dt;
    return withItemsize(
      dt.names!.map((nm) => ({ name: nm, ...dt.fields![nm]! })),
      dt.itemsize,
      spec.itemsize,
      align,
      dt.alignment,
    );
  }
  const fields: FieldSpec[] = names.map((name, i) => ({
    name,
    dtype: fieldDType(formats[i], align),
    offset: offsets[i]!,
    title: titleOf(i),
  }));
  checkFieldNames(fields, 'dict');
  let maxAlign = 1;
  let end = 0;
  for (const f of fields) {
    if (align) {
      if (f.offset % f.dtype.alignment !== 0)
        throw new ValueError(
          `offset ${f.offset} for NumPy dtype with fields is not divisible by the field alignment ${f.dtype.alignment} with align=True`,
        );
      maxAlign = Math.max(maxAlign, f.dtype.alignment);
    }
    end = Math.max(end, f.offset + f.dtype.itemsize);
  }
  if (align) end = roundUp(end, maxAlign);
  return withItemsize(fields, end, spec.itemsize ?? end, align, maxAlign);
}

function withItemsize(
  fields: FieldSpec[],
  needed: number,
  itemsize: number,
  align: boolean,
  alignment: number,
): DType {
  if (itemsize < needed)
    throw new ValueError(
      `NumPy dtype descriptor requires ${needed} bytes, cannot override to smaller itemsize of ${itemsize}`,
    );
  if (align && itemsize % alignment !== 0)
    throw new ValueError(
      `NumPy dtype descriptor requires alignment of ${alignment} bytes, which is not divisible into the specified itemsize ${itemsize}`,
    );
  return structuredDType(fields, itemsize, align);
}

/**
 * NumPy's `np.dtype('i4,(2,3)f8,U3')`: fields f0, f1, … (NumPy's `_commastring`).
 * @example commaString('i4,f8', false).names // ['f0', 'f1']
 */
export function commaString(spec: string, align: boolean): DType {
  const parts = spec.split(',');
  // Commas inside a repeat prefix `(2,3)` belong to the shape: rejoin them.
  const formats: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let p = parts[i]!;
    while (p.includes('(') && !p.includes(')') && i + 1 < parts.length) p += `,${parts[++i]}`;
    formats.push(p.trim());
  }
  // 'i4,' (a trailing comma) is a one-field structure; '(2,3)f8' alone is a sub-array
  // dtype, which numtype has only as a field's type.
  if (formats.length === 1)
    throw new TypeError(
      `data type '${spec}' not understood (numtype has sub-array dtypes only as fields of a structured dtype)`,
    );
  if (formats[formats.length - 1] === '') formats.pop();
  const entries = formats.map((f, i) => ({ name: `f${i}`, dtype: fieldDType(f, align) }));
  return layout(entries, align);
}

/**
 * NumPy's `dtype == other` for structured and sub-array dtypes (the align flag is ignored).
 * @example structuredEqual(np.dtype('i4,f8'), np.dtype([['f0', 'i4'], ['f1', 'f8']])) // true
 */
export function structuredEqual(a: DType, b: DType): boolean {
  if (a === b) return true;
  if (a.subdtype || b.subdtype) {
    if (!a.subdtype || !b.subdtype) return false;
    const [ba, sa] = a.subdtype;
    const [bb, sb] = b.subdtype;
    return sa.length === sb.length && sa.every((n, i) => n === sb[i]) && structuredEqual(ba, bb);
  }
  if (!a.fields || !b.fields) return false;
  if (a.itemsize !== b.itemsize || a.names!.length !== b.names!.length) return false;
  return a.names!.every((n, i) => {
    if (b.names![i] !== n) return false;
    const fa = a.fields![n]! as TitledField;
    const fb = b.fields![n]! as TitledField;
    return (
      fa.offset === fb.offset &&
      (fa.title ?? null) === (fb.title ?? null) &&
      structuredEqual(fa.dtype, fb.dtype)
    );
  });
}
