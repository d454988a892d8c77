/**
 * Machine limits: `np.finfo` and `np.iinfo`, with NumPy's attributes and printout.
 *
 * Values NumPy returns as NumPy scalars are JS values here (API.md §3): float limits are
 * numbers (exactly the float16/float32 value, widened), integer limits are numbers up to
 * 32 bits and bigints for int64/uint64, whose extremes a number cannot hold.
 */
import type { Complex } from '../complex.js';
import { type DType, type DTypeLike, dtype, float16, float32, float64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { roundToHalf } from '../float16.js';
import { scalarTypeName } from './isdtype.js';
import { type ArrayWithDType, isArrayWithDType, weakScalarKind } from './promotion.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** What finfo/iinfo take: a dtype or spec, an array, or a JS scalar. */
export type LimitsArg = DTypeLike | ArrayWithDType | number | bigint | boolean | Complex;

/** The dtype finfo/iinfo describe: dtypes and specs as given, arrays by dtype, JS scalars as Python's. */
function dtypeOfArg(x: LimitsArg): DType {
  const k = weakScalarKind(x);
  if (k !== null) return dtype(k === 'int' ? 'int64' : k);
  if (isArrayWithDType(x)) return x.dtype;
  return dtype(x as DTypeLike);
}

// ---- finfo ---------------------------------------------------------------------------

interface FloatFormat {
  nmant: number;
  iexp: number;
  round: (x: number) => number;
  /** NumPy prints a scalar of this type positionally from 1e-4 up to this bound. */
  sciFrom: number;
  /** printf format of NumPy's repr: digits after the point. */
  reprDigits: number;
}

const FORMATS = new Map<DType, FloatFormat>([
  [float16, { nmant: 10, iexp: 5, round: roundToHalf, sciFrom: 1e3, reprDigits: 5 }],
  [float32, { nmant: 23, iexp: 8, round: Math.fround, sciFrom: 1e6, reprDigits: 7 }],
  [float64, { nmant: 52, iexp: 11, round: (x) => x, sciFrom: 1e16, reprDigits: 16 }],
]);

/** Python-style exponent: sign and at least two digits. */
const exp2 = (e: number): string => `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;

/** `str()` of a NumPy float scalar: the shortest digits that round-trip in its type. */
function floatStr(x: number, f: FloatFormat): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  let s = x.toExponential(16);
  for (let p = 1; p <= 17; p++) {
    s = x.toExponential(p - 1);
    if (f.round(Number(s)) === x) break;
  }
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const e = Number(m[4]);
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < f.sciFrom) {
    if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    const int = digits.slice(0, e + 1).padEnd(e + 1, '0');
    return `${sign}${int}.${digits.slice(e + 1) || '0'}`;
  }
  return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exp2(e)}`;
}

/** C's `%.{n}e`, as NumPy's finfo repr uses it. */
function printfE(x: number, digits: number): string {
  const m = /^(.*)e([+-]\d+)$/.exec(x.toExponential(digits))!;
  return `${m[1]}e${exp2(Number(m[2]))}`;
}

/** `np.finfo` result: the limits of a float dtype (complex dtypes describe their component). */
export class FInfo {
  readonly bits: number;
  readonly eps: number;
  readonly epsneg: number;
  readonly max: number;
  readonly min: number;
  readonly smallest_normal: number;
  readonly smallest_subnormal: number;
  readonly resolution: number;
  readonly precision: number;
  readonly iexp: number;
  readonly maxexp: number;
  readonly minexp: number;
  readonly negep: number;
  readonly machep: number;
  readonly nexp: number;
  readonly nmant: number;
  readonly #fmt: FloatFormat;

  constructor(readonly dtype: DType) {
    const f = FORMATS.get(dtype)!;
    this.#fmt = f;
    this.bits = dtype.itemsize * 8;
    this.nmant = f.nmant;
    this.iexp = f.iexp;
    this.maxexp = 2 ** (f.iexp - 1);
    this.minexp = 2 - this.maxexp;
    this.machep = -f.nmant;
    this.negep = -f.nmant - 1;
    this.eps = 2 ** this.machep;
    this.epsneg = 2 ** this.negep;
    this.max = (2 - this.eps) * 2 ** (this.maxexp - 1);
    this.min = -this.max;
    this.smallest_normal = 2 ** this.minexp;
    this.smallest_subnormal = 2 ** (this.minexp - f.nmant);
    this.precision = Math.floor(-Math.log10(this.eps));
    this.resolution = f.round(10 ** -this.precision);
    // NumPy derives these from the exponent range: all-ones and all-zeros are reserved.
    this.nexp = Math.ceil(Math.log2(this.maxexp - this.minexp + 2));
    Object.freeze(this);
  }

  /** Alias of `smallest_normal`. */
  get tiny(): number {
    return this.smallest_normal;
  }

  /** NumPy's `str(finfo)`. */
  toString(): string {
    const s = (x: number) => floatStr(x, this.#fmt);
    const rule = '---------------------------------------------------------------\n';
    return (
      `Machine parameters for ${this.dtype.name}\n${rule}` +
      `precision = ${this.precision}   resolution = ${s(this.resolution)}\n` +
      `machep = ${this.machep}   eps =        ${s(this.eps)}\n` +
      `negep =  ${this.negep}   epsneg =     ${s(this.epsneg)}\n` +
      `minexp = ${this.minexp}   tiny =       ${s(this.tiny)}\n` +
      `maxexp = ${this.maxexp}   max =        ${s(this.max)}\n` +
      `nexp =   ${this.nexp}   min =        ${-this.min === this.max ? '-max' : s(this.min)}\n` +
      `smallest_normal = ${s(this.smallest_normal)}   smallest_subnormal = ${s(this.smallest_subnormal)}\n` +
      rule
    );
  }

  /** NumPy's `repr(finfo)`. */
  repr(): string {
    const d = this.#fmt.reprDigits;
    return (
      `finfo(resolution=${floatStr(this.resolution, this.#fmt)}, min=${printfE(this.min, d)}, ` +
      `max=${printfE(this.max, d)}, dtype=${this.dtype.name})`
    );
  }

  [INSPECT](): string {
    return this.repr();
  }
}

const finfoCache = new Map<DType, FInfo>();

/**
 * `np.finfo(dtype)`: limits of a float or complex dtype (complex64 gives float32's, and the
 * very same object, as NumPy's cache does). Accepts a dtype, a spec, an array (its dtype:
 * a 0-d array is NumPy's scalar) or a JS scalar (a Python float or complex is float64).
 */
export function finfo(x: LimitsArg): FInfo {
  let d = dtypeOfArg(x);
  if (d.kind === 'c') d = d.itemsize === 8 ? float32 : float64;
  if (d.kind !== 'f')
    throw new ValueError(`data type <class 'numpy.${scalarTypeName(d)}'> not inexact`);
  let info = finfoCache.get(d);
  if (!info) finfoCache.set(d, (info = new FInfo(d)));
  return info;
}

// ---- iinfo ---------------------------------------------------------------------------

/** `np.iinfo` result. `min`/`max` are numbers up to 32 bits, bigints for int64/uint64. */
export class IInfo {
  readonly kind: 'i' | 'u';
  readonly bits: number;
  readonly key: string;
  readonly min: number | bigint;
  readonly max: number | bigint;

  constructor(readonly dtype: DType) {
    this.kind = dtype.kind as 'i' | 'u';
    this.bits = dtype.itemsize * 8;
    this.key = `${this.kind}${this.bits}`;
    const b = BigInt(this.bits);
    const min = this.kind === 'u' ? 0n : -(1n << (b - 1n));
    const max = this.kind === 'u' ? (1n << b) - 1n : (1n << (b - 1n)) - 1n;
    const big = this.bits === 64;
    this.min = big ? min : Number(min);
    this.max = big ? max : Number(max);
    Object.freeze(this);
  }

  /** NumPy's `str(iinfo)`. */
  toString(): string {
    const rule = '---------------------------------------------------------------\n';
    return `Machine parameters for ${this.dtype.name}\n${rule}min = ${this.min}\nmax = ${this.max}\n${rule}`;
  }

  /** NumPy's `repr(iinfo)`. */
  repr(): string {
    return `iinfo(min=${this.min}, max=${this.max}, dtype=${this.dtype.name})`;
  }

  [INSPECT](): string {
    return this.repr();
  }
}

/**
 * `np.iinfo(int_type)`: limits of an integer dtype. Accepts a dtype, a spec, an array (its
 * dtype) or a JS scalar (a Python int is int64).
 */
export function iinfo(x: LimitsArg): IInfo {
  const d = dtypeOfArg(x);
  if (d.kind !== 'i' && d.kind !== 'u')
    throw new ValueError(`Invalid integer data type '${d.kind}'.`);
  return new IInfo(d);
}
