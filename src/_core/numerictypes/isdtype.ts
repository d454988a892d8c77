/**
 * NumPy's scalar-type hierarchy and the predicates over it: `np.isdtype`, `np.issubdtype`,
 * and the abstract types `np.generic`, `np.number`, `np.integer` … as marker objects.
 *
 * NumPy answers these questions with Python subclassing of scalar types; here every type
 * is a node with a parent. A concrete dtype's node is named after its scalar type, so all
 * `U<n>` share `str_` and all `S<n>` share `bytes_`, as in NumPy.
 */
import { Complex } from '../complex.js';
import { DType, type DTypeLike, dtype } from '../dtype.js';
import { ValueError } from '../errors.js';
import { isArrayWithDType } from './promotion.js';

/** An abstract NumPy scalar type (`np.integer` …): usable in `issubdtype` and `isdtype`. */
export class AbstractType {
  constructor(
    readonly name: string,
    readonly parent: AbstractType | null,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return `<class 'numpy.${this.name}'>`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

export const generic = new AbstractType('generic', null);
export const number = new AbstractType('number', generic);
export const integer = new AbstractType('integer', number);
export const signedinteger = new AbstractType('signedinteger', integer);
export const unsignedinteger = new AbstractType('unsignedinteger', integer);
export const inexact = new AbstractType('inexact', number);
export const floating = new AbstractType('floating', inexact);
export const complexfloating = new AbstractType('complexfloating', inexact);
export const flexible = new AbstractType('flexible', generic);
export const character = new AbstractType('character', flexible);

const PARENT: Record<DType['kind'], AbstractType> = {
  b: generic,
  i: signedinteger,
  u: unsignedinteger,
  f: floating,
  c: complexfloating,
  U: character,
  S: character,
  V: flexible,
};

/** The name of a dtype's NumPy scalar type: `int8`, `bool`, `str_`, `bytes_`, `void`. */
export function scalarTypeName(d: DType): string {
  if (d.kind === 'U') return 'str_';
  if (d.kind === 'S') return 'bytes_';
  if (d.kind === 'V') return 'void';
  return d.name;
}

interface TypeNode {
  readonly name: string;
  readonly parent: AbstractType | null;
}

const nodeOf = (d: DType): TypeNode => ({ name: scalarTypeName(d), parent: PARENT[d.kind] });

/** Python's `type(x)` as NumPy prints it in messages, for a JS value. */
export function pyTypeName(x: unknown, arrayName = 'list'): string {
  let n: string;
  if (typeof x === 'string') n = 'str';
  else if (typeof x === 'number')
    n = Number.isSafeInteger(x) && !Object.is(x, -0) ? 'int' : 'float';
  else if (typeof x === 'bigint') n = 'int';
  else if (typeof x === 'boolean') n = 'bool';
  else if (x === null || x === undefined) n = 'NoneType';
  else if (x instanceof Complex) n = 'complex';
  else if (isArrayWithDType(x)) n = 'numpy.ndarray';
  else if (Array.isArray(x)) n = arrayName;
  else if (typeof x === 'function') n = 'type';
  else n = 'dict';
  return `<class '${n}'>`;
}

const pyStr = (s: string): string =>
  s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/[\\']/g, '\\$&')}'`;

const NAMES = {
  signed: ['int8', 'int16', 'int32', 'int64'],
  unsigned: ['uint8', 'uint16', 'uint32', 'uint64'],
  float: ['float16', 'float32', 'float64'],
  complex: ['complex64', 'complex128'],
};

const KINDS: Record<string, readonly string[]> = {
  bool: ['bool'],
  'signed integer': NAMES.signed,
  'unsigned integer': NAMES.unsigned,
  integral: [...NAMES.signed, ...NAMES.unsigned],
  'real floating': NAMES.float,
  'complex floating': NAMES.complex,
  numeric: [...NAMES.signed, ...NAMES.unsigned, ...NAMES.float, ...NAMES.complex],
};

export type IsDTypeKind = string | DType | AbstractType;

/**
 * `np.isdtype(dtype, kind)`: whether `dtype` is one of `kind` (a kind name, a dtype, an
 * abstract type, or an array of those, NumPy's tuple). Dtypes match by scalar type, so
 * `isdtype(U3, U5)` holds, and abstract kinds match only themselves, as in NumPy.
 */
export function isdtype(
  dt: DType | AbstractType,
  kind: IsDTypeKind | readonly IsDTypeKind[],
): boolean {
  if (!(dt instanceof DType || dt instanceof AbstractType)) {
    throw new TypeError(`dtype argument must be a NumPy dtype, but it is a ${pyTypeName(dt)}.`);
  }
  const wanted = new Set<string>();
  for (const k of Array.isArray(kind) ? kind : [kind]) {
    if (typeof k === 'string') {
      const names = Object.hasOwn(KINDS, k) ? KINDS[k] : undefined;
      if (!names)
        throw new ValueError(
          `kind argument is a string, but ${pyStr(k)} is not a known kind name.`,
        );
      for (const n of names) wanted.add(n);
    } else if (k instanceof DType) wanted.add(scalarTypeName(k));
    else if (k instanceof AbstractType) wanted.add(k.name);
    else {
      throw new TypeError(
        `kind argument must be comprised of NumPy dtypes or strings only, but is a ${pyTypeName(k, 'tuple')}.`,
      );
    }
  }
  return wanted.has(dt instanceof DType ? scalarTypeName(dt) : dt.name);
}

/**
 * `np.issubdtype(arg1, arg2)`: whether arg1's type is arg2's type or below it in NumPy's
 * hierarchy. Each argument is an abstract type or anything `np.dtype` accepts, so
 * `issubdtype(float64, 'float')` holds (`'float'` is float64) and sizes never mix.
 */
export function issubdtype(
  arg1: DTypeLike | AbstractType,
  arg2: DTypeLike | AbstractType,
): boolean {
  const a: TypeNode = arg1 instanceof AbstractType ? arg1 : nodeOf(dtype(arg1));
  const b: TypeNode = arg2 instanceof AbstractType ? arg2 : nodeOf(dtype(arg2));
  for (let n: TypeNode | null = a; n; n = n.parent) if (n.name === b.name) return true;
  return false;
}
