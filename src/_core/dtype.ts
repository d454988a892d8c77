/**
 * dtypes: interned descriptors of an array's element type (API.md §2).
 *
 * Each dtype is a callable object: `np.float32(0.1)` makes NumPy's strong scalar
 * (a 0-d array), while `a.dtype === np.float32` compares identity. Storage is
 * always little-endian in an ArrayBuffer, accessed through the typed array named
 * by `storage`, `lanes` units per element (2 for complex, n for strings).
 */
import type { Complex } from './complex.js';
import { KeyError } from './errors.js';

/** The dtypes with fixed size, the generic parameter of most of the API. */
export type NumericDTypeName =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float16'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128';

/** Type-level key of a dtype: its name for numeric dtypes, the family for flexible ones. */
export type DTypeKey = NumericDTypeName | 'str' | 'bytes' | 'void';

export type IntegerDTypeName =
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64';
export type FloatDTypeName = 'float16' | 'float32' | 'float64';
export type ComplexDTypeName = 'complex64' | 'complex128';

/** The JS value an element of a dtype reads out as (API.md §3). */
export type ScalarOf<K extends DTypeKey> = K extends 'bool'
  ? boolean
  : K extends ComplexDTypeName
    ? Complex
    : K extends 'str'
      ? string
      : K extends 'bytes'
        ? Uint8Array
        : K extends 'void'
          ? Record<string, unknown>
          : number;

export type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

export type TypedArrayConstructor =
  | Int8ArrayConstructor
  | Uint8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor
  | BigInt64ArrayConstructor
  | BigUint64ArrayConstructor;

/** One field of a structured dtype. */
export interface Field {
  dtype: DType;
  offset: number;
}

export interface DTypeProps<K extends DTypeKey> {
  key: K;
  name: string;
  kind: 'b' | 'i' | 'u' | 'f' | 'c' | 'U' | 'S' | 'V';
  char: string;
  num: number;
  itemsize: number;
  alignment: number;
  storage: TypedArrayConstructor;
  lanes: number;
  fields?: Record<string, Field> | null;
  names?: string[] | null;
  subdtype?: [DType, number[]] | null;
  shape?: number[];
  isalignedstruct?: boolean;
}

/** String forms of structured/sub-array dtypes; installed by records/ (issue 7). */
export interface StructuredHooks {
  toString(d: DType): string;
  repr(d: DType): string;
  descr(d: DType): unknown[];
  equal(a: DType, b: DType): boolean;
  parse(spec: unknown, align: boolean): DType | null;
}
let hooks: StructuredHooks | null = null;
/** Installed by src/_core/records/index.ts. */
export function setStructuredHooks(h: StructuredHooks): void {
  hooks = h;
}

/** Makes the strong scalar `np.float32(x)`; installed by the creation module. */
let scalarFactory: ((dtype: DType, value: unknown) => unknown) | null = null;
export function setScalarFactory(f: (dtype: DType, value: unknown) => unknown): void {
  scalarFactory = f;
}

/**
 * A dtype. Instances are functions (so that `np.int64(5)` works) whose prototype is
 * `DType.prototype`; construct them only through this module.
 */
export interface DType<K extends DTypeKey = DTypeKey> {
  // biome-ignore lint/style/useShorthandFunctionType: a callable object with members
  (value?: unknown): import('./ndarray.js').NDArray<K>;
}
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the callable interface above describes instances
export class DType<K extends DTypeKey = DTypeKey> {
  declare readonly key: K;
  declare readonly kind: DTypeProps<K>['kind'];
  declare readonly char: string;
  declare readonly num: number;
  declare readonly itemsize: number;
  declare readonly alignment: number;
  declare readonly storage: TypedArrayConstructor;
  /**
   * `storage.BYTES_PER_ELEMENT` as a plain field: hot paths divide byte offsets by it, and a
   * property of the typed-array constructors is a megamorphic load once several are seen.
   */
  declare readonly storageBytes: number;
  declare readonly lanes: number;
  declare readonly fields: Record<string, Field> | null;
  declare readonly names: string[] | null;
  /** NumPy's `dtype.subdtype`: `[base, shape]` for sub-array dtypes, else null. */
  declare readonly subdtype: [DType, number[]] | null;
  /** NumPy's `dtype.shape`: the sub-array shape, `[]` otherwise. */
  declare readonly shape: number[];
  /** NumPy's `dtype.isalignedstruct` (built with `align=true`). */
  declare readonly isalignedstruct: boolean;

  /** NumPy's `dtype.byteorder`: '|' where not applicable, '=' for native. */
  get byteorder(): '|' | '=' {
    return (this.itemsize === 1 && this.kind !== 'U') || this.kind === 'S' || this.kind === 'V'
      ? '|'
      : '=';
  }

  /** NumPy's `dtype.str`, e.g. `<f8`, `|b1`, `<U10`. */
  get str(): string {
    const order = this.byteorder === '|' ? '|' : '<';
    const size = this.kind === 'U' ? this.itemsize / 4 : this.itemsize;
    return `${order}${this.kind}${size}`;
  }

  /** NumPy's `str(dtype)`: the name for numeric dtypes, `<U3` for strings. */
  toString(): string {
    if ((this.fields || this.subdtype) && hooks) return hooks.toString(this);
    if (this.kind === 'U' || this.kind === 'S' || this.kind === 'V') return this.str;
    return this.name;
  }

  /** NumPy's `repr(dtype)`: `dtype('float64')`. */
  repr(): string {
    if ((this.fields || this.subdtype) && hooks) return hooks.repr(this);
    // Unsized flexible dtypes print without the 0: dtype('<U'), dtype('S').
    if (this.kind === 'S' || this.kind === 'V')
      return `dtype('${this.kind}${this.itemsize || ''}')`;
    if (this.kind === 'U' && this.itemsize === 0) return `dtype('<U')`;
    return `dtype('${this.toString()}')`;
  }

  get isNumeric(): boolean {
    return this.kind !== 'U' && this.kind !== 'S' && this.kind !== 'V';
  }

  get isInteger(): boolean {
    return this.kind === 'i' || this.kind === 'u';
  }

  get isFloat(): boolean {
    return this.kind === 'f';
  }

  get isComplex(): boolean {
    return this.kind === 'c';
  }

  /** int64/uint64: elements are bigints in storage. */
  get isBig(): boolean {
    return this.storage === BigInt64Array || this.storage === BigUint64Array;
  }

  /**
   * NumPy's `dtype.descr`: `[['', '<f8']]` for plain dtypes; for structured ones one
   * `[name, format]` or `[name, format, shape]` per field (nested lists for nested
   * structs) with `['', '|V{n}']` entries for padding.
   */
  get descr(): unknown[] {
    if (this.fields && hooks) return hooks.descr(this);
    return [['', this.str]];
  }

  /**
   * NumPy's `dtype == other` (other taken through `np.dtype`). Plain dtypes are
   * singletons, so this is identity for them; structured dtypes are interned per
   * layout and align flag, and equal here also when only the align flag differs.
   */
  equals(other: unknown): boolean {
    let o: DType;
    try {
      o = dtype(other as DTypeLike);
    } catch {
      return false;
    }
    if (o === this) return true;
    return hooks?.equal(this, o) ?? false;
  }

  /** `dtype[field]` for structured dtypes. */
  field(name: string): DType {
    const f = this.fields?.[name];
    if (!f) throw new KeyError(`"Field named '${name}' not found."`);
    return f.dtype;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.repr();
  }
}

// dtypes are functions: keep call/apply/bind reachable.
Object.setPrototypeOf(DType.prototype, Function.prototype);

/**
 * Build a callable dtype object. Its attributes are set by plain named stores in one fixed
 * order and the object is then frozen: every dtype shares one fast hidden class, so reading
 * `dt.kind` or `dt.itemsize` in a kernel's setup costs a field load. (Object.defineProperty
 * past a dozen properties turns a function object into a dictionary, measured at ~10 ns a
 * read, several hundred ns of a small ufunc call.)
 */
export function makeDType<K extends DTypeKey>(props: DTypeProps<K>): DType<K> {
  // Named through the object literal, so `fn.name` needs no defineProperty (redefining a
  // function's own `name` alone turns it into a dictionary).
  const fn = {
    [props.name]: (value?: unknown) => {
      if (!scalarFactory) throw new Error('numtype: scalar factory not initialised');
      return scalarFactory(fn as unknown as DType, value === undefined ? 0 : value);
    },
  }[props.name]!;
  Object.setPrototypeOf(fn, DType.prototype);
  const d = fn as unknown as { -readonly [P in keyof DType<K>]: DType<K>[P] };
  d.fields = props.fields ?? null;
  d.names = props.names ?? null;
  d.subdtype = props.subdtype ?? null;
  d.shape = props.shape ?? NO_SHAPE;
  d.isalignedstruct = props.isalignedstruct ?? false;
  d.key = props.key;
  d.kind = props.kind;
  d.char = props.char;
  d.num = props.num;
  d.itemsize = props.itemsize;
  d.alignment = props.alignment;
  d.storage = props.storage;
  d.storageBytes = props.storage.BYTES_PER_ELEMENT;
  d.lanes = props.lanes;
  return Object.freeze(fn) as unknown as DType<K>;
}

/** The `shape` of every dtype that is not a sub-array: `[]`, shared. */
const NO_SHAPE = Object.freeze([]) as unknown as number[];

const mk = <K extends NumericDTypeName>(
  key: K,
  kind: DTypeProps<K>['kind'],
  char: string,
  num: number,
  itemsize: number,
  storage: TypedArrayConstructor,
  lanes = 1,
): DType<K> =>
  makeDType({
    key,
    name: key,
    kind,
    char,
    num,
    itemsize,
    alignment: lanes === 2 ? itemsize / 2 : itemsize,
    storage,
    lanes,
  });

export const bool = mk('bool', 'b', '?', 0, 1, Uint8Array);
export const int8 = mk('int8', 'i', 'b', 1, 1, Int8Array);
export const uint8 = mk('uint8', 'u', 'B', 2, 1, Uint8Array);
export const int16 = mk('int16', 'i', 'h', 3, 2, Int16Array);
export const uint16 = mk('uint16', 'u', 'H', 4, 2, Uint16Array);
export const int32 = mk('int32', 'i', 'i', 5, 4, Int32Array);
export const uint32 = mk('uint32', 'u', 'I', 6, 4, Uint32Array);
export const int64 = mk('int64', 'i', 'l', 7, 8, BigInt64Array);
export const uint64 = mk('uint64', 'u', 'L', 8, 8, BigUint64Array);
export const float16 = mk('float16', 'f', 'e', 23, 2, Uint16Array);
export const float32 = mk('float32', 'f', 'f', 11, 4, Float32Array);
export const float64 = mk('float64', 'f', 'd', 12, 8, Float64Array);
export const complex64 = mk('complex64', 'c', 'F', 14, 8, Float32Array, 2);
export const complex128 = mk('complex128', 'c', 'D', 15, 16, Float64Array, 2);

export const NUMERIC_DTYPES: readonly DType[] = [
  bool,
  int8,
  uint8,
  int16,
  uint16,
  int32,
  uint32,
  int64,
  uint64,
  float16,
  float32,
  float64,
  complex64,
  complex128,
];

const byName = new Map<string, DType>();
for (const d of NUMERIC_DTYPES) byName.set(d.name, d);
const aliases: Record<string, DType> = {
  bool_: bool,
  '?': bool,
  b1: bool,
  i1: int8,
  b: int8,
  byte: int8,
  u1: uint8,
  B: uint8,
  ubyte: uint8,
  i2: int16,
  h: int16,
  short: int16,
  u2: uint16,
  H: uint16,
  ushort: uint16,
  i4: int32,
  i: int32,
  intc: int32,
  u4: uint32,
  I: uint32,
  uintc: uint32,
  i8: int64,
  l: int64,
  q: int64,
  long: int64,
  longlong: int64,
  int: int64,
  int_: int64,
  intp: int64,
  p: int64,
  u8: uint64,
  L: uint64,
  Q: uint64,
  ulong: uint64,
  ulonglong: uint64,
  uint: uint64,
  uintp: uint64,
  P: uint64,
  f2: float16,
  e: float16,
  half: float16,
  f4: float32,
  f: float32,
  single: float32,
  f8: float64,
  d: float64,
  double: float64,
  float: float64,
  c8: complex64,
  F: complex64,
  csingle: complex64,
  c16: complex128,
  D: complex128,
  cdouble: complex128,
  complex: complex128,
};
for (const [k, v] of Object.entries(aliases)) byName.set(k, v);

const strCache = new Map<string, DType>();

/** The interned `<U{n}` dtype (n characters, UTF-32). */
export function unicodeDType(n: number): DType<'str'> {
  const key = `U${n}`;
  let d = strCache.get(key);
  if (!d) {
    d = makeDType({
      key: 'str',
      name: n === 0 ? 'str' : `str${n * 32}`,
      kind: 'U',
      char: 'U',
      num: 19,
      itemsize: 4 * n,
      alignment: 4,
      storage: Uint32Array,
      lanes: n,
    });
    strCache.set(key, d);
  }
  return d as DType<'str'>;
}

/** The interned `S{n}` dtype (n bytes). */
export function bytesDType(n: number): DType<'bytes'> {
  const key = `S${n}`;
  let d = strCache.get(key);
  if (!d) {
    d = makeDType({
      key: 'bytes',
      name: n === 0 ? 'bytes' : `bytes${n * 8}`,
      kind: 'S',
      char: 'S',
      num: 18,
      itemsize: n,
      alignment: 1,
      storage: Uint8Array,
      lanes: n,
    });
    strCache.set(key, d);
  }
  return d as DType<'bytes'>;
}

/** Anything `np.dtype()` accepts. */
export type DTypeLike =
  | DType
  | NumericDTypeName
  | string
  | NumberConstructor
  | BooleanConstructor
  | BigIntConstructor
  | StringConstructor
  | TypedArrayConstructor
  // A structured spec: [name, format] or [name, format, shape] entries (records/).
  | readonly (readonly unknown[])[]
  | {
      names: string[];
      formats: unknown[];
      offsets?: number[];
      itemsize?: number;
      aligned?: boolean;
    };

/** The numeric dtype each alias and type code of `np.dtype()` names. */
interface AliasKeys {
  bool_: 'bool';
  '?': 'bool';
  b1: 'bool';
  i1: 'int8';
  b: 'int8';
  byte: 'int8';
  u1: 'uint8';
  B: 'uint8';
  ubyte: 'uint8';
  i2: 'int16';
  h: 'int16';
  short: 'int16';
  u2: 'uint16';
  H: 'uint16';
  ushort: 'uint16';
  i4: 'int32';
  i: 'int32';
  intc: 'int32';
  u4: 'uint32';
  I: 'uint32';
  uintc: 'uint32';
  i8: 'int64';
  l: 'int64';
  q: 'int64';
  long: 'int64';
  longlong: 'int64';
  int: 'int64';
  int_: 'int64';
  intp: 'int64';
  p: 'int64';
  u8: 'uint64';
  L: 'uint64';
  Q: 'uint64';
  ulong: 'uint64';
  ulonglong: 'uint64';
  uint: 'uint64';
  uintp: 'uint64';
  P: 'uint64';
  f2: 'float16';
  e: 'float16';
  half: 'float16';
  f4: 'float32';
  f: 'float32';
  single: 'float32';
  f8: 'float64';
  d: 'float64';
  double: 'float64';
  float: 'float64';
  c8: 'complex64';
  F: 'complex64';
  csingle: 'complex64';
  c16: 'complex128';
  D: 'complex128';
  cdouble: 'complex128';
  complex: 'complex128';
}

/** The short names and type codes `np.dtype()` knows for the numeric dtypes. */
export type DTypeAlias = keyof AliasKeys;

/** Type codes that may carry a byte-order prefix (`'<f8'`, `'|b1'`). */
type OrderedCode =
  | 'b1'
  | '?'
  | 'i1'
  | 'b'
  | 'u1'
  | 'B'
  | 'i2'
  | 'h'
  | 'u2'
  | 'H'
  | 'i4'
  | 'i'
  | 'u4'
  | 'I'
  | 'i8'
  | 'l'
  | 'q'
  | 'p'
  | 'u8'
  | 'L'
  | 'Q'
  | 'P'
  | 'f2'
  | 'e'
  | 'f4'
  | 'f'
  | 'f8'
  | 'd'
  | 'c8'
  | 'F'
  | 'c16'
  | 'D';

type ByteOrder = '<' | '>' | '=' | '|';

/**
 * Every string `np.dtype()` accepts, spelled out so that a misspelled dtype
 * (`{dtype: 'flaot32'}`) is a compile-time error: names, aliases, type codes with a
 * byte order, sized strings/bytes (`'U10'`, `'<U3'`, `'S5'`), comma-separated
 * structured specs (`'i4,f8'`).
 */
export type DTypeString =
  | NumericDTypeName
  | DTypeAlias
  | `${ByteOrder}${OrderedCode}`
  | `${'' | ByteOrder}${'U' | 'S' | 'a' | 'V'}${number | ''}`
  | 'str'
  | 'str_'
  | 'unicode'
  | 'bytes'
  | 'bytes_'
  | `${string},${string}`;

/**
 * `D` when it is a dtype `np.dtype()` accepts. A literal string that is not a dtype
 * name or code makes the parameter `never` (a compile-time error); a `string` only
 * known at run time passes and is checked then.
 */
export type ValidDType<D> = D &
  (D extends string
    ? string extends D
      ? unknown
      : D extends DTypeString
        ? unknown
        : never
    : unknown);

/** Maps a DTypeLike to its key at the type level, so `{dtype: 'float32'}` types the result. */
export type KeyOf<D> =
  D extends DType<infer K>
    ? K
    : D extends NumericDTypeName
      ? D
      : D extends DTypeAlias
        ? AliasKeys[D]
        : D extends `${ByteOrder}${infer C extends OrderedCode}`
          ? KeyOf<C>
          : D extends `${'' | ByteOrder}${'U'}${number | ''}` | 'str' | 'str_' | 'unicode'
            ? 'str'
            : D extends `${'' | ByteOrder}${'S' | 'a'}${number | ''}` | 'bytes' | 'bytes_'
              ? 'bytes'
              : D extends NumberConstructor | Float64ArrayConstructor
                ? 'float64'
                : D extends BooleanConstructor
                  ? 'bool'
                  : D extends BigIntConstructor | BigInt64ArrayConstructor
                    ? 'int64'
                    : D extends StringConstructor
                      ? 'str'
                      : D extends Float32ArrayConstructor
                        ? 'float32'
                        : D extends Int8ArrayConstructor
                          ? 'int8'
                          : D extends Uint8ArrayConstructor | Uint8ClampedArrayConstructor
                            ? 'uint8'
                            : D extends Int16ArrayConstructor
                              ? 'int16'
                              : D extends Uint16ArrayConstructor
                                ? 'uint16'
                                : D extends Int32ArrayConstructor
                                  ? 'int32'
                                  : D extends Uint32ArrayConstructor
                                    ? 'uint32'
                                    : D extends BigUint64ArrayConstructor
                                      ? 'uint64'
                                      : DTypeKey;

function notUnderstood(spec: unknown): TypeError {
  return new TypeError(`data type '${String(spec)}' not understood`);
}

const typedArrayDTypes = new Map<unknown, DType>([
  [Int8Array, int8],
  [Uint8Array, uint8],
  [Uint8ClampedArray, uint8],
  [Int16Array, int16],
  [Uint16Array, uint16],
  [Int32Array, int32],
  [Uint32Array, uint32],
  [Float32Array, float32],
  [Float64Array, float64],
  [BigInt64Array, int64],
  [BigUint64Array, uint64],
]);

/** The dtype of a typed array (`Float32Array` → float32 …), or null. */
export function dtypeOfTypedArray(a: unknown): DType | null {
  if (!ArrayBuffer.isView(a) || a instanceof DataView) return null;
  return typedArrayDTypes.get(a.constructor) ?? null;
}

/** `np.dtype(spec)`: the interned dtype for a name, code, DType or constructor. */
export function dtype<D extends DTypeLike>(
  spec: ValidDType<D>,
  opts?: { align?: boolean },
): DType<KeyOf<D>>;
export function dtype(spec: unknown, opts: { align?: boolean } = {}): DType {
  if (spec instanceof DType) return spec;
  if (spec === undefined || spec === null) return float64;
  if (spec === Number) return float64;
  if (spec === Boolean) return bool;
  if (spec === BigInt) return int64;
  if (spec === String) return unicodeDType(0);
  const ta = typedArrayDTypes.get(spec);
  if (ta) return ta;
  // Structured specs: a list of fields, a {names, formats} dict, a comma string 'i4,f8'.
  if (
    hooks &&
    (Array.isArray(spec) ||
      typeof spec === 'object' ||
      (typeof spec === 'string' && spec.includes(',')))
  ) {
    const d = hooks.parse(spec, opts.align ?? false);
    if (d) return d;
  }
  if (Array.isArray(spec)) throw notUnderstood(spec);
  if (typeof spec === 'function' && (spec as { name?: string }).name === 'Complex')
    return complex128;
  if (typeof spec !== 'string')
    throw new TypeError(`Cannot interpret '${String(spec)}' as a data type`);
  const direct = byName.get(spec);
  if (direct) return direct;
  let s = spec;
  let order = '';
  if (s.length > 1 && '<>=|'.includes(s[0]!)) {
    order = s[0]!;
    s = s.slice(1);
  }
  const m = /^([USaV])(\d*)$/.exec(s);
  if (m) {
    const n = m[2] === '' ? 0 : Number(m[2]);
    if (m[1] === 'U') {
      if (order === '>') throw bigEndian(spec);
      return unicodeDType(n);
    }
    if (m[1] === 'V') {
      // Raw void `V<n>`: built by records/ (which owns every kind-'V' dtype).
      const d = hooks?.parse(`V${n}`, false);
      if (d) return d;
      throw notUnderstood(spec);
    }
    return bytesDType(n);
  }
  if (s === 'str' || s === 'str_' || s === 'unicode') return unicodeDType(0);
  if (s === 'bytes' || s === 'bytes_') return bytesDType(0);
  const d = byName.get(s);
  if (!d) throw notUnderstood(spec);
  if (order === '>' && d.itemsize > 1 && d.kind !== 'b') throw bigEndian(spec);
  // A name with a byte order must be a type code ('<f8'), not a word ('<float64').
  if (order !== '' && !/^[a-zA-Z?]\d*$/.test(s)) throw notUnderstood(spec);
  return d;
}

function bigEndian(spec: string): TypeError {
  return new TypeError(
    `data type '${spec}' is big-endian; numtype keeps arrays in native (little-endian) order: ` +
      'load big-endian files through np.load/np.frombuffer, which convert them',
  );
}

export function isDType(x: unknown): x is DType {
  return x instanceof DType;
}
