/**
 * NumPy 2 type promotion (NEP 50): `np.promote_types`, `np.result_type`.
 *
 * Promotion runs in NumPy's two steps. First on DType *classes* (every `U<n>` is one
 * class, as is every `S<n>`; a JS scalar is a weak Python-scalar class): each class's
 * `__common_dtype__` answers or declines, and NumPy's pairwise reduction decides the
 * winner. The reduction is reproduced step by step because its order decides which
 * classes an error message names. Then on instances: strings widen to fit every input.
 * Casting safety (`np.can_cast`) follows at the end: it shares the string-length rules.
 */
import { Complex } from '../complex.js';
import {
  bool,
  bytesDType,
  complex64,
  complex128,
  DType,
  type DTypeLike,
  dtype,
  float16,
  float32,
  float64,
  int8,
  int16,
  int32,
  int64,
  NUMERIC_DTYPES,
  uint64,
  unicodeDType,
} from '../dtype.js';
import { DTypePromotionError, OverflowError, unexpectedKeyword, ValueError } from '../errors.js';

/** Anything with a dtype and a shape is treated as an array (avoids importing NDArray). */
export interface ArrayWithDType {
  readonly dtype: DType;
  readonly shape: readonly number[];
}

export function isArrayWithDType(x: unknown): x is ArrayWithDType {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function') || x instanceof DType)
    return false;
  const o = x as { dtype?: unknown; shape?: unknown };
  return o.dtype instanceof DType && Array.isArray(o.shape);
}

/** A weak Python scalar class (NEP 50): how a JS number, bigint or Complex promotes. */
export type WeakKind = 'int' | 'float' | 'complex';

/**
 * The Python scalar a JS value stands for (API.md §2): a safe integer (not -0) or a bigint is
 * a Python int, any other number a float, a Complex a complex, a boolean a bool. Python bools
 * are not weak in NumPy (bool is the lowest dtype anyway): they promote as `np.bool`.
 */
export function weakScalarKind(x: unknown): WeakKind | 'bool' | null {
  if (typeof x === 'number') return Number.isSafeInteger(x) && !Object.is(x, -0) ? 'int' : 'float';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'boolean') return 'bool';
  if (x instanceof Complex) return 'complex';
  return null;
}

// ---- DType classes -------------------------------------------------------------------

/** A DType class: NumPy's type number for concrete dtypes, negative for Python scalars. */
type DClass = number;
const PY_INT = -1;
const PY_FLOAT = -2;
const PY_COMPLEX = -3;
const BOOL = 0;
const BYTES = 18;
const STR = 19;
const VOID = 20;
const HALF = 23;

const WEAK_CLASS: Record<WeakKind, DClass> = { int: PY_INT, float: PY_FLOAT, complex: PY_COMPLEX };

const CLASS_NAMES: Record<number, string> = {
  [PY_INT]: '_PyLongDType',
  [PY_FLOAT]: '_PyFloatDType',
  [PY_COMPLEX]: '_PyComplexDType',
  0: 'BoolDType',
  1: 'Int8DType',
  2: 'UInt8DType',
  3: 'Int16DType',
  4: 'UInt16DType',
  5: 'Int32DType',
  6: 'UInt32DType',
  7: 'Int64DType',
  8: 'UInt64DType',
  11: 'Float32DType',
  12: 'Float64DType',
  14: 'Complex64DType',
  15: 'Complex128DType',
  [BYTES]: 'BytesDType',
  [STR]: 'StrDType',
  [VOID]: 'VoidDType',
  [HALF]: 'Float16DType',
};

const className = (c: DClass): string => `<class 'numpy.dtypes.${CLASS_NAMES[c] ?? `DType${c}`}'>`;

const BY_NUM = new Map<number, DType>(NUMERIC_DTYPES.map((d) => [d.num, d]));

const isInteger = (c: DClass): boolean => c >= 1 && c <= 10;
const isFloat = (c: DClass): boolean => c === 11 || c === 12 || c === 13 || c === HALF;
const isComplexClass = (c: DClass): boolean => c >= 14 && c <= 16;
/** NumPy's PyTypeNum_ISNUMBER: bool counts as a number. */
const isNumber = (c: DClass): boolean => c >= 0 && (c <= 16 || c === HALF);
const isParametric = (c: DClass): boolean => c === BYTES || c === STR || c === VOID;

/** Component float size a complex or float needs to hold an integer of `size` bytes. */
const floatBytesFor = (intSize: number): number => (intSize === 1 ? 2 : intSize === 2 ? 4 : 8);

const FLOATS: Record<number, DType> = { 2: float16, 4: float32, 8: float64 };
const COMPLEXES: Record<number, DType> = { 8: complex64, 16: complex128 };
const SIGNED: Record<number, DType> = { 1: int8, 2: int16, 4: int32, 8: int64 };
const CATEGORY: Record<string, number> = { b: 0, u: 1, i: 1, f: 2, c: 3 };

/** NumPy's promotion table for two numeric dtypes (`_npy_type_promotion_table`). */
export function promoteNumeric(a: DType, b: DType): DType {
  if (a === b || b.kind === 'b') return a;
  if (a.kind === 'b') return b;
  if (CATEGORY[a.kind]! > CATEGORY[b.kind]!) [a, b] = [b, a];
  if (a.kind === b.kind) return a.itemsize >= b.itemsize ? a : b;
  if (b.kind === 'i' || b.kind === 'u') {
    // Mixed signedness: a signed type strictly wider than the unsigned one, else the next
    // signed size up; uint64 has none, so float64 (NumPy's choice).
    const [s, u] = a.kind === 'i' ? [a, b] : [b, a];
    if (s.itemsize > u.itemsize) return s;
    return u.itemsize < 8 ? SIGNED[u.itemsize * 2]! : float64;
  }
  const need =
    a.kind === 'f' ? a.itemsize : a.kind === 'c' ? a.itemsize / 2 : floatBytesFor(a.itemsize);
  if (b.kind === 'f') return FLOATS[Math.max(need, b.itemsize)]!;
  return COMPLEXES[Math.max(need * 2, 8, b.itemsize)]!;
}

/** `__common_dtype__` of class `cls` with `other`: a class, or null for NotImplemented. */
function commonSlot(cls: DClass, other: DClass): DClass | null {
  if (cls === PY_INT) return other === BOOL ? int64.num : null;
  if (cls === PY_FLOAT) {
    if (other >= 0) return other === BOOL || isInteger(other) ? float64.num : null;
    return other === PY_INT ? PY_FLOAT : null;
  }
  if (cls === PY_COMPLEX) {
    if (other >= 0) return other === BOOL || isInteger(other) ? complex128.num : null;
    return other === PY_INT || other === PY_FLOAT ? PY_COMPLEX : null;
  }
  if (cls === BYTES || cls === STR) {
    // Strings absorb every number (and U absorbs S); everything else is declined.
    if (other < 0) return null;
    return isNumber(other) || (cls === STR && other === BYTES) ? cls : null;
  }
  // NumPy's default for builtin classes: Python scalars first, then the table, which
  // only the class with the larger type number consults.
  if (other < 0) {
    if (other === PY_COMPLEX) {
      if (isComplexClass(cls)) return cls;
      if (cls === HALF || cls === 11) return complex64.num;
      if (cls === 12) return complex128.num;
      return null;
    }
    if (other === PY_FLOAT) return isComplexClass(cls) || isFloat(cls) ? cls : null;
    return isComplexClass(cls) || isFloat(cls) || isInteger(cls) ? cls : null;
  }
  if (other > cls) return null;
  if (isNumber(cls) && isNumber(other))
    return promoteNumeric(BY_NUM.get(cls)!, BY_NUM.get(other)!).num;
  return cls === other ? cls : null;
}

/** NumPy's PyArray_CommonDType: ask both sides, else a DTypePromotionError. */
function commonClass(a: DClass, b: DClass): DClass {
  if (a === b) return a;
  const c = commonSlot(a, b) ?? commonSlot(b, a);
  if (c === null) {
    throw new DTypePromotionError(
      `The DTypes ${className(a)} and ${className(b)} do not have a common DType. ` +
        'For example they cannot be stored in a single array unless the dtype is `object`.',
    );
  }
  return c;
}

/**
 * Pairwise reduction to the "most knowledgeable" class (NumPy's
 * reduce_dtypes_to_most_knowledgeable): pairs from both ends; a declined pair swaps so the
 * other side leads, a pair won by the low side drops the high side (null).
 */
function reduceToMostKnowledgeable(d: (DClass | null)[], length: number): DClass | null {
  const half = Math.floor(length / 2);
  let res: DClass | null = null;
  for (let low = 0; low < half; low++) {
    const high = length - 1 - low;
    const lo = d[low]!;
    const hi = d[high]!;
    res = lo === hi ? lo : commonSlot(lo, hi);
    if (res === null) [d[low], d[high]] = [hi, lo];
    else if (res === lo) d[high] = null;
  }
  return length === 2 ? res : reduceToMostKnowledgeable(d, length - half);
}

/** NumPy's PyArray_PromoteDTypeSequence: one class for all inputs, order-independent. */
function promoteClassSequence(input: readonly DClass[]): DClass {
  if (input.length === 1) return input[0]!;
  const d: (DClass | null)[] = input.slice();
  let result = reduceToMostKnowledgeable(d, d.length);
  const main = d[0]!;
  // When the reduction settled on a result, d[0] and d[1] are already accounted for.
  const start = result === null ? 1 : 2;
  for (let i = start; i < d.length; i++) {
    const c = d[i];
    if (c === null || c === undefined) continue;
    const promotion = commonSlot(main, c);
    if (promotion === null) {
      throw new DTypePromotionError(
        `The DType ${className(c)} could not be promoted by ${className(main)}. This means that ` +
          'no common DType exists for the given inputs. For example they cannot be stored in a ' +
          `single array unless the dtype is \`object\`. The full list of DTypes is: (${input.map(className).join(', ')})`,
      );
    }
    result = result === null ? promotion : commonClass(result, promotion);
  }
  return result!;
}

// ---- instances -----------------------------------------------------------------------

/** Characters needed to print any value of a numeric dtype (NumPy's REQUIRED_STR_LEN). */
export function requiredStrLen(d: DType): number {
  switch (d.kind) {
    case 'b':
      return 5;
    case 'u':
      return { 1: 3, 2: 5, 4: 10, 8: 20 }[d.itemsize]!;
    case 'i':
      return { 1: 4, 2: 6, 4: 11, 8: 21 }[d.itemsize]!;
    case 'f':
      return 32;
    default:
      return 64;
  }
}

const chars = (d: DType): number => (d.kind === 'U' ? d.itemsize / 4 : d.itemsize);

/** The instance of class `cls` that `d` casts to (NumPy's PyArray_CastDescrToDType). */
function castDescrToClass(d: DType, cls: DClass): DType {
  if (d.num === cls) return d;
  const n = d.kind === 'U' || d.kind === 'S' ? chars(d) : requiredStrLen(d);
  if (cls === STR) return unicodeDType(n);
  if (cls === BYTES) return bytesDType(n);
  return defaultDescr(cls);
}

function defaultDescr(cls: DClass): DType {
  if (cls === PY_INT) return int64;
  if (cls === PY_FLOAT) return float64;
  if (cls === PY_COMPLEX) return complex128;
  if (cls === STR) return unicodeDType(0);
  if (cls === BYTES) return bytesDType(0);
  return BY_NUM.get(cls)!;
}

/** Python's repr of a tuple of names, for NumPy's field-mismatch message. */
function pyTuple(names: readonly string[] | null): string {
  if (!names) return 'None';
  const q = (s: string) =>
    s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/[\\']/g, '\\$&')}'`;
  return names.length === 1 ? `(${q(names[0]!)},)` : `(${names.map(q).join(', ')})`;
}

/** NumPy's void_common_instance: equal-size raw voids, or structs field by field. */
function voidCommonInstance(a: DType, b: DType): DType {
  if (a === b) return a;
  if (!a.fields && !b.fields) {
    if (a.itemsize !== b.itemsize) {
      throw new DTypePromotionError(
        'Invalid type promotion with void datatypes of different lengths. Use the `np.bytes_` ' +
          'datatype instead to pad the shorter value with trailing zero bytes.',
      );
    }
    return a;
  }
  if (a.fields && b.fields) {
    const na = a.names ?? [];
    const nb = b.names ?? [];
    if (na.length !== nb.length || na.some((n, i) => n !== nb[i])) {
      throw new DTypePromotionError(
        `field names \`${pyTuple(na)}\` and \`${pyTuple(nb)}\` mismatch.`,
      );
    }
    const spec = na.map((n): [string, unknown] => [
      n,
      promoteTypes(a.fields![n]!.dtype, b.fields![n]!.dtype),
    ]);
    return dtype(spec);
  }
  throw new DTypePromotionError('invalid type promotion with structured datatype(s).');
}

function commonInstance(cls: DClass, a: DType, b: DType): DType {
  if (cls === VOID) return voidCommonInstance(a, b);
  return a.itemsize >= b.itemsize ? a : b;
}

/** The one descriptor of class `cls` that holds every input (weak scalars have none). */
function resolveDescriptors(cls: DClass, descrs: readonly DType[]): DType {
  if (descrs.length === 0 || !isParametric(cls)) return defaultDescr(cls);
  let r = castDescrToClass(descrs[0]!, cls);
  for (let i = 1; i < descrs.length; i++)
    r = commonInstance(cls, r, castDescrToClass(descrs[i]!, cls));
  return r;
}

// ---- public API ----------------------------------------------------------------------

const toDType = (x: unknown): DType => (x instanceof DType ? x : dtype(x as DTypeLike));

/** `np.promote_types(type1, type2)`: the smallest dtype both cast to safely. */
export function promoteTypes(type1: DTypeLike, type2: DTypeLike): DType {
  const a = toDType(type1);
  const b = toDType(type2);
  if (a === b && a.kind !== 'V') return a;
  const cls = commonClass(a.num, b.num);
  if (!isParametric(cls)) return defaultDescr(cls);
  return commonInstance(cls, castDescrToClass(a, cls), castDescrToClass(b, cls));
}

/** Promote dtypes and weak kinds, in the order NumPy lists them (dtypes, then operands). */
function promoteOperands(all: readonly (DType | WeakKind)[]): DType {
  if (all.length === 1 && typeof all[0] !== 'string') return all[0]!;
  const cls = promoteClassSequence(all.map((x) => (typeof x === 'string' ? WEAK_CLASS[x] : x.num)));
  return resolveDescriptors(
    cls,
    all.filter((x): x is DType => typeof x !== 'string'),
  );
}

/**
 * Promotion of strong dtypes with weak Python-scalar kinds, listed strong first as NumPy
 * does for arrays then scalars: the core of `resultType`, for the ufunc machinery.
 */
export function promoteWithWeak(strong: readonly DType[], weak: readonly WeakKind[] = []): DType {
  if (strong.length + weak.length === 0) throw new ValueError(NOTHING_TO_PROMOTE);
  return promoteOperands([...strong, ...weak]);
}

/** The common dtype of dtypes, as `np.result_type(*dtypes)`. */
export function commonDType(dtypes: readonly DType[]): DType {
  return promoteWithWeak(dtypes);
}

const NOTHING_TO_PROMOTE = 'at least one array or dtype is required';

/** A lone Python int is its own array: int64, uint64 below 2**64, beyond that (NumPy: object) an error. */
function lonePythonIntDType(v: number | bigint): DType {
  if (typeof v === 'number' || (v >= -(2n ** 63n) && v < 2n ** 63n)) return int64;
  if (v >= 0n && v < 2n ** 64n) return uint64;
  throw new OverflowError('Python int too large to convert to C long');
}

export type ResultTypeArg = DTypeLike | ArrayWithDType | number | bigint | boolean | Complex;

/**
 * `np.result_type(*arrays_and_dtypes)` under NEP 50. JS numbers, bigints and Complex are
 * weak Python scalars; arrays (any ndim, 0-d included) and dtypes are strong; strings are
 * dtype specs. A weak int that does not fit an integer dtype is not an error here.
 */
export function resultType(...args: ResultTypeArg[]): DType {
  if (args.length === 0) throw new ValueError(NOTHING_TO_PROMOTE);
  const dtypes: DType[] = [];
  // Arrays and Python scalars keep their relative order, after all dtypes (NumPy's order).
  const operands: (DType | WeakKind)[] = [];
  for (const a of args) {
    const k = weakScalarKind(a);
    if (k === 'bool') operands.push(bool);
    else if (k !== null) operands.push(k);
    else if (isArrayWithDType(a)) operands.push(a.dtype);
    else dtypes.push(toDType(a));
  }
  const lone = args.length === 1 ? operands[0] : undefined;
  if (lone === 'int') return lonePythonIntDType(args[0] as number | bigint);
  if (lone === 'float') return float64;
  if (lone === 'complex') return complex128;
  return promoteOperands([...dtypes, ...operands]);
}

// ---- casting safety ------------------------------------------------------------------

export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';
export const CASTING_MODES: readonly Casting[] = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
const NO = 0;
const EQUIV = 1;
const SAFE = 2;
const SAME_KIND = 3;
const UNSAFE = 4;

/** An unsized U/S/V target (`'U'`, `'S0'`) adapts to the source, as in NumPy. */
const isUnsized = (d: DType): boolean => d.itemsize === 0 && !d.fields;

/**
 * The least permissive casting mode under which `from` casts to `to` (index into
 * CASTING_MODES), or null when no cast exists at all.
 */
export function castLevel(from: DType, to: DType): number | null {
  if (from === to) return NO;
  if (from.fields || to.fields) return structLevel(from, to);
  if (to.kind === 'V') {
    if (from.kind !== 'V') return isUnsized(to) || to.itemsize >= from.itemsize ? SAFE : UNSAFE;
    if (isUnsized(to) || to.itemsize === from.itemsize) return NO;
    return to.itemsize > from.itemsize ? SAFE : SAME_KIND;
  }
  if (from.kind === 'V') return UNSAFE;
  if (to.kind === 'U' || to.kind === 'S') {
    if (from.kind === 'U' && to.kind === 'S') return UNSAFE;
    const need = from.kind === 'U' || from.kind === 'S' ? chars(from) : requiredStrLen(from);
    const same = from.kind === to.kind;
    if (isUnsized(to)) return same ? NO : SAFE;
    if (chars(to) === need) return same ? NO : SAFE;
    return chars(to) > need ? SAFE : SAME_KIND;
  }
  if (from.kind === 'U' || from.kind === 'S') return UNSAFE;
  // numeric to numeric: safe when promotion lands on the target, same_kind along b < u,i < f < c
  // except that signed never casts same-kind to unsigned.
  if (from.kind === 'b' || promoteNumeric(from, to) === to) return SAFE;
  const rank = { b: 0, u: 1, i: 2, f: 3, c: 4 } as Record<string, number>;
  return rank[from.kind]! <= rank[to.kind]! ? SAME_KIND : UNSAFE;
}

/** Structured casts: field by position; renaming costs "safe", a new layout "equiv". */
function structLevel(from: DType, to: DType): number | null {
  if (from.fields && to.fields) {
    const nf = from.names ?? [];
    const nt = to.names ?? [];
    if (nf.length !== nt.length) return null;
    let level = NO;
    for (let i = 0; i < nf.length; i++) {
      const a = from.fields[nf[i]!]!;
      const b = to.fields[nt[i]!]!;
      const l = castLevel(a.dtype, b.dtype);
      if (l === null) return null;
      level = Math.max(level, l);
      if (nf[i] !== nt[i]) level = Math.max(level, SAFE);
      if (a.offset !== b.offset) level = Math.max(level, EQUIV);
    }
    return from.itemsize === to.itemsize ? level : Math.max(level, EQUIV);
  }
  if (from.fields) {
    if (to.kind === 'V' && isUnsized(to)) return NO;
    return (from.names ?? []).length === 1 ? UNSAFE : null;
  }
  return UNSAFE;
}

const NEP50_CAN_CAST =
  'can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\n' +
  'This change was part of adopting NEP 50, we may explicitly allow them again in the future.';
const NOT_UNDERSTOOD = "did not understand one of the types; 'None' not accepted";

function parseCasting(casting: Casting | { casting?: Casting }): Casting {
  if (typeof casting === 'object' && casting !== null) {
    for (const k of Object.keys(casting))
      if (k !== 'casting') throw unexpectedKeyword('can_cast', k);
    casting = casting.casting ?? 'safe';
  }
  if (!CASTING_MODES.includes(casting)) {
    throw new ValueError(
      `casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`,
    );
  }
  return casting;
}

/**
 * `np.can_cast(from_, to, casting='safe')`. `from` is a dtype, dtype spec or array (its dtype,
 * never its values); JS numbers, bigints, booleans and Complex are Python scalars, which
 * NumPy 2 rejects. `casting` may also be given as `{casting}`.
 */
export function canCast(
  from: DTypeLike | ArrayWithDType | number | bigint | boolean | Complex,
  to: DTypeLike,
  casting: Casting | { casting?: Casting } = 'safe',
): boolean {
  const mode = parseCasting(casting);
  if (weakScalarKind(from) !== null) throw new TypeError(NEP50_CAN_CAST);
  if (from === null || from === undefined || to === null || to === undefined)
    throw new TypeError(NOT_UNDERSTOOD);
  let f: DType;
  if (isArrayWithDType(from)) f = from.dtype;
  else {
    try {
      f = toDType(from);
    } catch {
      throw new TypeError(NOT_UNDERSTOOD);
    }
  }
  const level = castLevel(f, toDType(to));
  return level !== null && level <= CASTING_MODES.indexOf(mode);
}

const castMemo = new WeakMap<DType, Map<DType, number | null>>();

/**
 * `canCast` for two dtypes with the level memoised: the ufunc engine asks this on every
 * call, and dtypes are interned, so identity keys are exact.
 */
export function canCastDType(from: DType, to: DType, casting: Casting): boolean {
  if (from === to) return true;
  let row = castMemo.get(from);
  if (!row) castMemo.set(from, (row = new Map()));
  let level = row.get(to);
  if (level === undefined) {
    level = castLevel(from, to);
    row.set(to, level);
  }
  return level !== null && level <= CASTING_MODES.indexOf(casting);
}
