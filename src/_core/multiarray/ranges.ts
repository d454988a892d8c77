/**
 * `np.arange`: evenly spaced values by step, computed as NumPy computes them.
 *
 * NumPy works out the length with Python arithmetic on the arguments,
 * `ceil((stop - start) / step)`, stores `start` and `start + step` as the first two
 * elements, and fills the rest from those two stored values in the dtype's own
 * arithmetic: `x[i] = x[0] + i*(x[1] - x[0])` (float32 in float32, float16 through
 * float32, integers wrapping). The same order of operations is kept here so the
 * floats come out bit for bit.
 */

import { Complex } from '../complex.js';
import {
  bool,
  complex128,
  type DType,
  type DTypeKey,
  type DTypeLike,
  float64,
  int64,
  type KeyOf,
  dtype as toDType,
  uint64,
  type ValidDType,
} from '../dtype.js';
import { type Canonical, castElement, fromPython, writeElement } from '../elements.js';
import { ValueError, ZeroDivisionError } from '../errors.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { storeInt64 } from '../int64_words.js';
import { NDArray } from '../ndarray.js';
import { promoteTypes } from '../numerictypes/promotion.js';
import { allocate, bindArgs, pyType } from './args.js';
import { fillRangeWasm } from './ranges_wasm.js';

/** A range bound: a JS number/bigint/boolean/Complex (Python scalar) or a 0-d array (NumPy scalar). */
export type RangeValue = number | bigint | boolean | Complex | NDArray;

export interface ArangeOptions<D extends DTypeLike | undefined = DTypeLike> {
  start?: RangeValue;
  stop?: RangeValue | null;
  step?: RangeValue | null;
  dtype?: ValidDType<D> | null;
  device?: string | null;
  like?: unknown;
}

/** A Python number as arange's length arithmetic sees it. */
type PyNum =
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'complex'; re: number; im: number };

/** NumPy's class name of a dtype, for the "not supported" message. */
function dtypeClass(d: DType): string {
  const names: Record<string, string> = { U: 'StrDType', S: 'BytesDType', V: 'VoidDType' };
  return `<class 'numpy.dtypes.${names[d.kind] ?? `${d.name[0]!.toUpperCase()}${d.name.slice(1)}DType`}'>`;
}

function notSupported(d: DType): TypeError {
  return new TypeError(`arange() not supported for inputs with DType ${dtypeClass(d)}.`);
}

/** The value of a bound as a Python number, and the dtype NumPy discovers for it. */
function toPy(x: unknown, left: string, right: string): [PyNum, DType] {
  if (typeof x === 'number') {
    if (Number.isSafeInteger(x) && !Object.is(x, -0)) return [{ k: 'int', v: BigInt(x) }, int64];
    return [{ k: 'float', v: x }, float64];
  }
  if (typeof x === 'bigint') {
    if (x >= 2n ** 64n || x < -(2n ** 63n))
      throw new TypeError('arange() does not support Python integers beyond 64 bits');
    return [{ k: 'int', v: x }, x >= 2n ** 63n ? uint64 : int64];
  }
  if (typeof x === 'boolean') return [{ k: 'int', v: x ? 1n : 0n }, bool];
  if (x instanceof Complex) return [{ k: 'complex', re: x.re, im: x.im }, complex128];
  if (x instanceof NDArray) {
    if (x.size !== 1)
      throw new TypeError('only length-1 arrays can be converted to Python scalars');
    const d = x.dtype;
    if (!d.isNumeric) throw notSupported(d);
    const v = x.readAt(x.offsetOf(new Array(x.ndim).fill(0)));
    if (typeof v === 'boolean') return [{ k: 'int', v: v ? 1n : 0n }, d];
    if (typeof v === 'bigint') return [{ k: 'int', v }, d];
    if (v instanceof Complex) return [{ k: 'complex', re: v.re, im: v.im }, d];
    return [d.isInteger ? { k: 'int', v: BigInt(v as number) } : { k: 'float', v: v as number }, d];
  }
  if (typeof x === 'string') throw notSupported(toDType('U1'));
  throw new TypeError(`unsupported operand type(s) for -: '${left}' and '${right}'`);
}

const asFloat = (a: PyNum): number => (a.k === 'int' ? Number(a.v) : a.k === 'float' ? a.v : a.re);
const asComplex = (a: PyNum): [number, number] =>
  a.k === 'complex' ? [a.re, a.im] : [asFloat(a), 0];

function pyAdd(a: PyNum, b: PyNum, sign: 1 | -1): PyNum {
  if (a.k === 'int' && b.k === 'int') return { k: 'int', v: sign === 1 ? a.v + b.v : a.v - b.v };
  if (a.k === 'complex' || b.k === 'complex') {
    const [ar, ai] = asComplex(a);
    const [br, bi] = asComplex(b);
    return { k: 'complex', re: sign === 1 ? ar + br : ar - br, im: sign === 1 ? ai + bi : ai - bi };
  }
  return { k: 'float', v: sign === 1 ? asFloat(a) + asFloat(b) : asFloat(a) - asFloat(b) };
}

/** Python's true division, with its ZeroDivisionError messages and complex algorithm. */
function pyDiv(a: PyNum, b: PyNum): PyNum {
  if (a.k === 'complex' || b.k === 'complex') {
    const [ar, ai] = asComplex(a);
    const [br, bi] = asComplex(b);
    const abr = Math.abs(br);
    const abi = Math.abs(bi);
    if (abr >= abi) {
      if (abr === 0) throw new ZeroDivisionError('complex division by zero');
      const ratio = bi / br;
      const denom = br + bi * ratio;
      return { k: 'complex', re: (ar + ai * ratio) / denom, im: (ai - ar * ratio) / denom };
    }
    if (abi >= abr) {
      const ratio = br / bi;
      const denom = br * ratio + bi;
      return { k: 'complex', re: (ar * ratio + ai) / denom, im: (ai * ratio - ar) / denom };
    }
    return { k: 'complex', re: Number.NaN, im: Number.NaN };
  }
  const y = asFloat(b);
  if (y === 0)
    throw new ZeroDivisionError(
      a.k === 'int' && b.k === 'int' ? 'division by zero' : 'float division by zero',
    );
  return { k: 'float', v: asFloat(a) / y };
}

const isZero = (a: PyNum): boolean =>
  a.k === 'int' ? a.v === 0n : a.k === 'float' ? a.v === 0 : a.re === 0 && a.im === 0;

/** NumPy's `_arange_safe_ceil_to_intp`. */
function ceilLength(x: number): number {
  const c = Math.ceil(x);
  if (Number.isNaN(c)) throw new ValueError('arange: cannot compute length');
  if (!(c >= -(2 ** 63) && c < 2 ** 63)) throw new ValueError('Maximum allowed size exceeded');
  return c;
}

/** arange's length: `ceil((stop - start) / step)`, NumPy's `_calc_length`. */
function arangeLength(start: PyNum, stop: PyNum, step: PyNum, complexOut: boolean): number {
  const diff = pyAdd(stop, start, -1);
  if (diff.k === 'float' && Number.isNaN(diff.v))
    throw new ValueError('arange: cannot compute length');
  const val = pyDiv(diff, step);
  if (complexOut && val.k === 'complex') return Math.min(ceilLength(val.re), ceilLength(val.im));
  if (val.k === 'complex')
    throw new TypeError("float() argument must be a string or a real number, not 'complex'");
  const v = asFloat(val);
  // Underflow, or a step of ±inf: one element when the direction is right.
  if (v === 0 && !isZero(diff)) return Object.is(v, -0) || v < 0 ? 0 : 1;
  return ceilLength(v);
}

/** A Python number stored into `dt` as `a[i] = x` does (NumPy's setitem); a 0-d array is cast. */
function store(x: PyNum, src: unknown, dt: DType): Canonical {
  if (src instanceof NDArray)
    return castElement(src.readAt(src.offsetOf(new Array(src.ndim).fill(0))), src.dtype, dt);
  if (x.k === 'int') return fromPython(x.v, dt);
  return fromPython(x.k === 'float' ? x.v : new Complex(x.re, x.im), dt);
}

const INT32_SPAN = 2 ** 31;

/**
 * `arange(stop)`, `arange(start, stop)`, `arange(start, stop, step)` of JS integers within
 * ±2^31 (the everyday call; Python ints, so int64): the int64 words written directly, without
 * the general path's argument binding and per-element stores, for up to 1024 values.
 * Anything else (floats, -0, step 0, dtype, options) returns null for the general path.
 */
function smallIntRange(args: unknown[]): NDArray | null {
  const m = args.length;
  if (m === 0 || m > 3) return null;
  for (let i = 0; i < m; i++) {
    const v = args[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || Object.is(v, -0)) return null;
    if (v >= INT32_SPAN || v < -INT32_SPAN) return null;
  }
  const start = m === 1 ? 0 : (args[0] as number);
  const stop = (m === 1 ? args[0] : args[1]) as number;
  const step = m === 3 ? (args[2] as number) : 1;
  if (step === 0) return null;
  const n = Math.max(Math.ceil((stop - start) / step), 0);
  // Long ranges: the general path's fill (wasm) is faster than this loop.
  if (n > 1024) return null;
  const out = allocate([n], int64, [8], true);
  const words = new Int32Array(out.buffer as ArrayBuffer, out.offset, 2 * n);
  for (let i = 0, v = start; i < n; i++, v += step) storeInt64(words, i, v);
  return out;
}

/**
 * `np.arange([start,] stop[, step], dtype=None)`. From JS numbers alone the result is
 * int64 or float64 depending on their values (API.md §11), hence the union key.
 */
export function arange(
  start: number,
  stop?: number | null,
  step?: number | null,
): NDArray<'int64' | 'float64'>;
export function arange<D extends DTypeLike | undefined = undefined>(
  start: RangeValue | ArangeOptions<D>,
  stop?: RangeValue | null | ArangeOptions<D>,
  step?: RangeValue | null | ArangeOptions<D>,
  dtype?: ValidDType<D> | null | ArangeOptions<D>,
  opts?: ArangeOptions<D>,
): NDArray<D extends DTypeLike ? KeyOf<D> : DTypeKey>;
export function arange(...args: unknown[]): NDArray {
  const quick = smallIntRange(args);
  if (quick !== null) return quick;
  const a = bindArgs('arange', ['start', 'stop', 'step', 'dtype'], args, ['device', 'like']);
  const positionalStart =
    args.length > 0 &&
    !(
      args[0] !== null &&
      typeof args[0] === 'object' &&
      !(args[0] instanceof NDArray) &&
      !(args[0] instanceof Complex)
    );
  let startArg: unknown = a.start;
  let stopArg: unknown = a.stop;
  if (stopArg === undefined || stopArg === null) {
    if (!positionalStart || startArg === undefined)
      throw new TypeError('arange() requires stop to be specified.');
    stopArg = startArg;
    startArg = 0;
  }
  if (a.device !== undefined && a.device !== null && a.device !== 'cpu') {
    throw new ValueError(
      `Device not understood. Only "cpu" is allowed, but received: ${String(a.device)}`,
    );
  }
  const stepArg = a.step === undefined || a.step === null ? 1 : a.step;
  // A bad bound fails in NumPy's first arithmetic, `stop - start`.
  const [start, dStart] = toPy(startArg, pyType(stopArg), pyType(startArg));
  const [stop, dStop] = toPy(stopArg, pyType(stopArg), pyType(startArg));
  const [step, dStep] = toPy(stepArg, pyType(stopArg), pyType(stepArg));
  let dt: DType;
  if (a.dtype === undefined || a.dtype === null) {
    dt = [dStart, dStop, dStep].reduce((acc, d) => promoteTypes(acc, d), int64 as DType);
  } else dt = toDType(a.dtype as DTypeLike);
  if (!dt.isNumeric) throw notSupported(dt);
  const n = Math.max(arangeLength(start, stop, step, dt.kind === 'c'), 0);
  if (dt.kind === 'b' && n > 2) {
    throw new TypeError(
      'arange() is only supported for booleans when the result has at most length 2.',
    );
  }
  // Every element is written below: uninitialised memory (no zeroing pass).
  const out = allocate([n], dt, [dt.itemsize], true);
  if (n === 0) return out;
  const view = out.dataView;
  writeFirst(out, view, out.offset, store(start, startArg, dt));
  if (n === 1) return out;
  const next = pyAdd(start, step, 1);
  writeFirst(out, view, out.offset + dt.itemsize, store(next, null, dt));
  if (n > 2) fillRange(out, n);
  return out;
}

function writeFirst(out: NDArray, view: DataView, off: number, v: Canonical): void {
  writeElement(view, off, out.dtype, v);
}

const TWO32 = 4294967296;

/** NumPy's per-dtype `fill`: x[i] = x[0] + i*(x[1] - x[0]) in the dtype's arithmetic. */
export function fillRange(out: NDArray, n: number): void {
  if (fillRangeWasm(out, n)) return;
  const dt = out.dtype;
  switch (dt.kind) {
    case 'i':
    case 'u': {
      if (dt.itemsize === 8) {
        fillWide(out, n);
        return;
      }
      const d = out.ownData() as Int32Array;
      const start = d[0]!;
      const delta = (d[1]! - start) | 0;
      // 32-bit wrapping arithmetic; the store wraps further to the dtype's width.
      for (let i = 2; i < n; i++) d[i] = (start + Math.imul(i, delta)) | 0;
      return;
    }
    case 'f': {
      if (dt.itemsize === 8) {
        const d = out.ownData() as Float64Array;
        const start = d[0]!;
        const delta = d[1]! - start;
        for (let i = 2; i < n; i++) d[i] = start + i * delta;
      } else if (dt.itemsize === 4) {
        const d = out.ownData() as Float32Array;
        const start = d[0]!;
        const delta = Math.fround(d[1]! - start);
        for (let i = 2; i < n; i++) d[i] = start + Math.fround(Math.fround(i) * delta);
      } else {
        // float16 computes in float32 and rounds each value to half.
        const d = out.ownData() as Uint16Array;
        const start = halfBitsToDouble(d[0]!);
        const delta = Math.fround(halfBitsToDouble(d[1]!) - start);
        for (let i = 2; i < n; i++)
          d[i] = doubleToHalfBits(Math.fround(start + Math.fround(Math.fround(i) * delta)));
      }
      return;
    }
    case 'c': {
      const d = out.ownData() as Float64Array | Float32Array;
      const r = dt.itemsize === 16 ? (x: number) => x : Math.fround;
      const sr = d[0]!;
      const si = d[1]!;
      const dr = r(d[2]! - sr);
      const di = r(d[3]! - si);
      for (let i = 2; i < n; i++) {
        const fi = r(i);
        d[2 * i] = sr + r(fi * dr);
        d[2 * i + 1] = si + r(fi * di);
      }
      return;
    }
    default:
      return;
  }
}

/** int64/uint64 ranges: halves from exact doubles while values stay below 2^53, BigInt beyond. */
function fillWide(out: NDArray, n: number): void {
  const big = out.ownData() as BigInt64Array | BigUint64Array;
  const b0 = big[0]!;
  const delta = BigInt.asIntN(64, big[1]! - b0);
  const signed0 = BigInt.asIntN(64, b0);
  const limit = 2n ** 53n;
  const lastExact = signed0 + BigInt(n - 1) * delta;
  const absMax = (x: bigint) => (x < 0n ? -x : x);
  if (absMax(signed0) < limit && absMax(lastExact) < limit) {
    const i32 = new Int32Array(out.buffer as ArrayBuffer, out.offset, 2 * n);
    const s = Number(signed0);
    const dd = Number(delta);
    const last = Number(lastExact);
    if (Math.abs(s) < 2 ** 31 && Math.abs(last) < 2 ** 31) {
      // Every value fits 32 bits (np.arange(n) up to 2^31): the high word is the sign.
      for (let i = 2; i < n; i++) {
        const v = s + i * dd;
        i32[2 * i] = v;
        i32[2 * i + 1] = v >> 31;
      }
      return;
    }
    for (let i = 2; i < n; i++) {
      const v = s + i * dd;
      const hi = Math.floor(v / TWO32);
      i32[2 * i] = v - hi * TWO32;
      i32[2 * i + 1] = hi;
    }
    return;
  }
  const wrap = out.dtype.kind === 'i' ? BigInt.asIntN : BigInt.asUintN;
  for (let i = 2; i < n; i++) big[i] = wrap(64, b0 + BigInt(i) * delta);
}
