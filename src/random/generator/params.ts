/**
 * The argument machinery shared by Generator and RandomState, after NumPy's _common.pyx:
 * keyword/positional parsing, `size`, parameter validation with NumPy's messages (scalar and
 * array wording differ), broadcasting of array parameters against each other and `size`,
 * and the fill loops of the continuous (`cont`) and discrete (`disc`) samplers.
 */

import { float64, int64 } from '../../_core/dtype.js';
import { OverflowError, unexpectedKeyword, ValueError } from '../../_core/errors.js';
import { storeInt64 } from '../../_core/int64_words.js';
import { shapeRepr } from '../../_core/iter.js';
import { array } from '../../_core/multiarray/array.js';
import { copyArray } from '../../_core/multiarray/copy.js';
import { NDArray } from '../../_core/ndarray.js';

export type Size = number | readonly number[] | null | undefined;

/** A JS plain object (the trailing options argument of API.md §1). */
export function isOptions(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x) || ArrayBuffer.isView(x))
    return false;
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

/**
 * Bind positional arguments and a trailing options object to NumPy's parameter names.
 * Missing ones take `defaults` (undefined means required).
 */
export function bind(
  fn: string,
  names: readonly string[],
  defaults: readonly unknown[],
  args: readonly unknown[],
): Record<string, any> {
  let pos = args;
  let opts: Record<string, unknown> = {};
  if (pos.length > 0 && isOptions(pos[pos.length - 1])) {
    opts = pos[pos.length - 1] as Record<string, unknown>;
    pos = pos.slice(0, -1);
  }
  if (pos.length > names.length) {
    throw new TypeError(
      `${fn}() takes at most ${names.length} positional arguments (${pos.length} given)`,
    );
  }
  const out: Record<string, any> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = i < pos.length ? pos[i] : defaults[i];
  for (const [k, v] of Object.entries(opts)) {
    const i = names.indexOf(k);
    if (i < 0) throw unexpectedKeyword(fn, k);
    if (i < pos.length) throw new TypeError(`${fn}() got multiple values for argument '${k}'`);
    out[k] = v;
  }
  for (let i = 0; i < names.length; i++) {
    if (out[names[i]!] === undefined && defaults[i] === undefined && i >= pos.length) {
      throw new TypeError(`${fn}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** `size` as a shape (NumPy's np.empty(size) rules and errors). */
export function shapeOf(size: Size): number[] {
  if (size === null || size === undefined) return [];
  const dims =
    typeof size === 'number' || typeof size === 'bigint'
      ? [size]
      : Array.from(size as ArrayLike<unknown>);
  const out: number[] = [];
  for (const d of dims) {
    const v = typeof d === 'bigint' ? Number(d) : (d as number);
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new TypeError(
        `expected a sequence of integers or a single integer, got '${String(d)}'`,
      );
    }
    if (v < 0) throw new ValueError('negative dimensions are not allowed');
    out.push(v);
  }
  return out;
}

/** A parameter converted to a C-ordered float64 (or integer-valued) array. */
export interface Param {
  shape: number[];
  data: Float64Array;
  /** The original argument, for the scalar path (PyFloat_AsDouble of it). */
  value: unknown;
}

/** NumPy's PyArray_FROM_OTF(x, NPY_DOUBLE): any array_like as float64 values. */
export function toParam(x: unknown, intValued = false): Param {
  let a: NDArray;
  if (x instanceof NDArray) a = x;
  else if (typeof x === 'number')
    return { shape: [], data: Float64Array.of(intValued ? Math.trunc(x) : x), value: x };
  else if (typeof x === 'boolean') return { shape: [], data: Float64Array.of(x ? 1 : 0), value: x };
  else if (typeof x === 'bigint') {
    if (intValued && (x > 9223372036854775807n || x < -9223372036854775808n)) {
      throw new OverflowError('Python int too large to convert to C long');
    }
    return { shape: [], data: Float64Array.of(Number(x)), value: x };
  } else a = array(x);
  if (a.dtype.kind === 'c')
    throw new TypeError('ufunc cast of complex values is not supported here');
  let f = a.dtype === float64 ? a : copyArray(a, 'C', float64);
  if (!f.flags.c_contiguous || !f.isAligned) f = copyArray(f, 'C');
  let data = new Float64Array(f.buffer as ArrayBuffer, f.offset, f.size);
  if (intValued) data = data.map(Math.trunc);
  return { shape: a.shape.slice(), data, value: x };
}

/** Broadcast shapes with NumPy's np.broadcast error (args numbered as given). */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = -1;
    for (let j = 0; j < shapes.length; j++) {
      const s = shapes[j]!;
      const k = i + s.length - nd;
      if (k < 0) continue;
      const d = s[k]!;
      if (d === 1) continue;
      if (src < 0) {
        out[i] = d;
        src = j;
      } else if (out[i] !== d) {
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${shapeRepr(shapes[src]!)} and arg ${j} with shape ${shapeRepr(s)}.`,
        );
      }
    }
  }
  return out;
}

/** Flat index into each parameter for every element of `shape` (C order), or null for size-1 parameters. */
export function broadcastIndex(shape: readonly number[], p: Param): Int32Array | null {
  if (p.data.length === 1) return null;
  const nd = shape.length;
  const n = shape.reduce((a, b) => a * b, 1);
  const strides = new Array<number>(nd).fill(0);
  let acc = 1;
  for (let d = p.shape.length - 1; d >= 0; d--) {
    const od = d + nd - p.shape.length;
    strides[od] = p.shape[d] === 1 ? 0 : acc;
    acc *= p.shape[d]!;
  }
  const idx = new Int32Array(n);
  const counter = new Array<number>(nd).fill(0);
  let off = 0;
  for (let i = 0; i < n; i++) {
    idx[i] = off;
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]!++;
      off += strides[d]!;
      if (counter[d]! < shape[d]!) break;
      off -= strides[d]! * shape[d]!;
      counter[d] = 0;
    }
  }
  return idx;
}

/** Constraint kinds of _common.pyx. */
export enum Cons {
  NONE,
  NON_NEGATIVE,
  POSITIVE,
  POSITIVE_NOT_NAN,
  BOUNDED_0_1,
  BOUNDED_GT_0_1,
  BOUNDED_LT_0_1,
  GT_1,
  GTE_1,
  POISSON,
  LEGACY_POISSON,
  LEGACY_NON_NEGATIVE_INBOUNDS_LONG,
}

const INT64_MAX_D = 2 ** 63; // INT64_MAX as a double (rounds up to 2**63)
export const POISSON_LAM_MAX = INT64_MAX_D - Math.sqrt(INT64_MAX_D) * 10;
const signbit = (v: number) => v < 0 || Object.is(v, -0);

/** `check_constraint` for one scalar. */
export function checkScalar(v: number, name: string, c: Cons): void {
  switch (c) {
    case Cons.NON_NEGATIVE:
      if (!Number.isNaN(v) && signbit(v)) throw new ValueError(`${name} < 0`);
      return;
    case Cons.POSITIVE:
    case Cons.POSITIVE_NOT_NAN:
      if (c === Cons.POSITIVE_NOT_NAN && Number.isNaN(v))
        throw new ValueError(`${name} must not be NaN`);
      if (v <= 0) throw new ValueError(`${name} <= 0`);
      return;
    case Cons.BOUNDED_0_1:
      if (!(v >= 0) || !(v <= 1))
        throw new ValueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case Cons.BOUNDED_GT_0_1:
      if (!(v > 0) || !(v <= 1))
        throw new ValueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BOUNDED_LT_0_1:
      if (!(v >= 0) || !(v < 1))
        throw new ValueError(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case Cons.GT_1:
      if (!(v > 1)) throw new ValueError(`${name} <= 1 or ${name} is NaN`);
      return;
    case Cons.GTE_1:
      if (!(v >= 1)) throw new ValueError(`${name} < 1 or ${name} is NaN`);
      return;
    case Cons.POISSON:
    case Cons.LEGACY_POISSON:
      if (!(v >= 0)) throw new ValueError(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      return;
    case Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
      if (v < 0) throw new ValueError(`${name} < 0`);
      if (v > INT64_MAX_D) throw longError(name);
      return;
  }
}

function longError(name: string): ValueError {
  return new ValueError(
    `${name} is out of bounds for long, consider using the new generator API for 64bit integers.`,
  );
}

/** `check_array_constraint` for a whole array. */
export function checkArray(d: Float64Array, name: string, c: Cons): void {
  const all = (f: (v: number) => boolean) => d.every(f);
  const any = (f: (v: number) => boolean) => d.some(f);
  switch (c) {
    case Cons.NON_NEGATIVE:
      if (any((v) => !Number.isNaN(v) && signbit(v))) throw new ValueError(`${name} < 0`);
      return;
    case Cons.POSITIVE:
    case Cons.POSITIVE_NOT_NAN:
      if (c === Cons.POSITIVE_NOT_NAN && any(Number.isNaN))
        throw new ValueError(`${name} must not be NaN`);
      if (any((v) => v <= 0)) throw new ValueError(`${name} <= 0`);
      return;
    case Cons.BOUNDED_0_1:
      if (!all((v) => v >= 0 && v <= 1))
        throw new ValueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BOUNDED_GT_0_1:
      if (!all((v) => v > 0) || !all((v) => v <= 1))
        throw new ValueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case Cons.BOUNDED_LT_0_1:
      if (!all((v) => v >= 0) || !all((v) => v < 1))
        throw new ValueError(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case Cons.GT_1:
      if (!all((v) => v > 1)) throw new ValueError(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case Cons.GTE_1:
      if (!all((v) => v >= 1)) throw new ValueError(`${name} < 1 or ${name} contains NaNs`);
      return;
    case Cons.POISSON:
    case Cons.LEGACY_POISSON:
      if (!all((v) => v <= POISSON_LAM_MAX)) throw new ValueError(`${name} value too large`);
      if (!all((v) => v >= 0.0)) throw new ValueError(`${name} < 0 or ${name} contains NaNs`);
      return;
    case Cons.LEGACY_NON_NEGATIVE_INBOUNDS_LONG:
      if (!all((v) => v >= 0)) throw new ValueError(`${name} < 0`);
      if (!all((v) => v <= INT64_MAX_D)) throw longError(name);
      return;
  }
}

export type ParamSpec = [value: unknown, name: string, cons: Cons];
type Sampler = (bg: any, a: number, b: number, c: number) => number;
/**
 * A sampler's whole-array form for scalar parameters: `n` draws into o[0..n), the same
 * values from the same stream as n calls of the sampler (normal: the ziggurat's bulk fill).
 */
export type BulkSampler = (bg: any, o: Float64Array, n: number, a: number, b: number) => void;

/** A fresh C-ordered output array of `shape` (every element gets written). */
function outputArray(shape: number[], dtype: typeof float64 | typeof int64): NDArray {
  return NDArray.empty(shape, dtype);
}

/** Write an integer-valued double into int64 storage (as two 32-bit words). */
export function putInt64(words: Int32Array, i: number, v: number): void {
  if (v >= 2 ** 63) {
    // INT64_MAX (geometric's cap), which a double cannot hold.
    words[2 * i] = -1;
    words[2 * i + 1] = 0x7fffffff;
    return;
  }
  storeInt64(words, i, v);
}

/** `validate_output_shape`: the broadcast of the output with the inputs must be the output. */
function validateOutput(outShape: number[], paramShapes: number[][]): void {
  const b = broadcastShapes([outShape, ...paramShapes]);
  if (b.length !== outShape.length || b.some((d, i) => d !== outShape[i])) {
    throw new ValueError(
      `Output size ${shapeRepr(outShape)} is not compatible with broadcast dimensions of inputs ${shapeRepr(b)}.`,
    );
  }
}

/**
 * The continuous (`cont`, float64 results) and discrete (`disc`, int64 results) drivers: scalar
 * parameters with size=None give one JS number; otherwise an array of `size` (or of the
 * parameters' broadcast shape) filled in C order. `state` is what the sampler takes first.
 */
export function run(
  state: unknown,
  fn: Sampler,
  size: Size,
  specs: readonly ParamSpec[],
  discrete: boolean,
  intParams: readonly boolean[] = [],
  out?: NDArray | null,
  bulk?: BulkSampler,
): number | NDArray {
  // Plain JS numbers (the everyday call) are scalar parameters without the Param wrapping.
  let numbers = true;
  for (let i = 0; i < specs.length; i++) if (typeof specs[i]![0] !== 'number') numbers = false;
  if (numbers) return runScalar(state, fn, size, specs, discrete, intParams, out, bulk);
  const params = specs.map(([v], i) => toParam(v, intParams[i] ?? false));
  const scalar = params.every((p) => p.shape.length === 0);
  const dtype = discrete ? int64 : float64;
  if (!scalar) {
    specs.forEach(([, name, c], i) => {
      if (c !== Cons.NONE) checkArray(params[i]!.data, name, c);
    });
    let res: NDArray;
    if (out) res = out;
    else if (size !== null && size !== undefined) res = outputArray(shapeOf(size), dtype);
    else res = outputArray(broadcastShapes(params.map((p) => p.shape)), dtype);
    const shape = res.shape;
    // NumPy's MultiIter of (out, params...): incompatible shapes fail here.
    broadcastShapes([shape, ...params.map((p) => p.shape)]);
    validateOutput(
      shape,
      params.map((p) => p.shape),
    );
    const idx = params.map((p) => broadcastIndex(shape, p));
    const n = res.size;
    const d = params.map((p) => p.data);
    const get = (j: number, i: number) => {
      const ix = idx[j];
      return d[j]![ix ? ix[i]! : 0]!;
    };
    if (discrete) {
      const w = new Int32Array(res.buffer as ArrayBuffer, res.offset, 2 * n);
      for (let i = 0; i < n; i++)
        putInt64(
          w,
          i,
          fn(
            state,
            get(0, i),
            params.length > 1 ? get(1, i) : 0,
            params.length > 2 ? get(2, i) : 0,
          ),
        );
    } else {
      const o = new Float64Array(res.buffer as ArrayBuffer, res.offset, n);
      for (let i = 0; i < n; i++)
        o[i] = fn(
          state,
          get(0, i),
          params.length > 1 ? get(1, i) : 0,
          params.length > 2 ? get(2, i) : 0,
        );
    }
    return res;
  }
  const v = params.map((p) => p.data[0]!);
  return runScalar(
    state,
    fn,
    size,
    v.map((x, i) => [x, specs[i]![1], specs[i]![2]]),
    discrete,
    [],
    out,
    bulk,
  );
}

/**
 * `run` for scalar parameters: each spec's value a number (toParam's value for it; int-valued
 * ones are truncated here), checked with NumPy's scalar messages, then one draw or a filled
 * array of `size`.
 */
function runScalar(
  state: unknown,
  fn: Sampler,
  size: Size,
  specs: readonly ParamSpec[],
  discrete: boolean,
  intParams: readonly boolean[],
  out: NDArray | null | undefined,
  bulk: BulkSampler | undefined,
): number | NDArray {
  const k = specs.length;
  const v0 = k > 0 ? (specs[0]![0] as number) : 0;
  const v1 = k > 1 ? (specs[1]![0] as number) : 0;
  const v2 = k > 2 ? (specs[2]![0] as number) : 0;
  const a = intParams[0] ? Math.trunc(v0) : v0;
  const b = intParams[1] ? Math.trunc(v1) : v1;
  const c = intParams[2] ? Math.trunc(v2) : v2;
  for (let i = 0; i < k; i++) {
    const cons = specs[i]![2];
    if (cons !== Cons.NONE) checkScalar(i === 0 ? a : i === 1 ? b : c, specs[i]![1], cons);
  }
  if ((size === null || size === undefined) && !out) return fn(state, a, b, c);
  const res = out ?? outputArray(shapeOf(size), discrete ? int64 : float64);
  const n = res.size;
  if (discrete) {
    const w = new Int32Array(res.buffer as ArrayBuffer, res.offset, 2 * n);
    for (let i = 0; i < n; i++) putInt64(w, i, fn(state, a, b, c));
  } else {
    const o = new Float64Array(res.buffer as ArrayBuffer, res.offset, n);
    if (bulk) bulk(state, o, n, a, b);
    else for (let i = 0; i < n; i++) o[i] = fn(state, a, b, c);
  }
  return res;
}

/** `check_output`: `out` must be a contiguous float array of the right dtype matching size. */
export function checkOut(
  out: unknown,
  dtype: typeof float64 | NDArray['dtype'],
  size: Size,
  requireC: boolean,
): NDArray | null {
  if (out === null || out === undefined) return null;
  if (!(out instanceof NDArray)) throw new TypeError('out must be a numpy array');
  const f = out.flags;
  if (
    !(
      (f.c_contiguous && f.writeable && out.isAligned) ||
      (!requireC && f.f_contiguous && f.writeable && out.isAligned)
    )
  ) {
    const req = requireC ? 'C-' : '';
    throw new ValueError(
      `Supplied output array must be ${req}contiguous, writable, aligned, and in machine byte-order.`,
    );
  }
  if (out.dtype !== dtype) {
    throw new TypeError(
      `Supplied output array has the wrong type. Expected ${dtype}, got ${out.dtype}`,
    );
  }
  if (size !== null && size !== undefined) {
    const s = shapeOf(size);
    if (s.length !== out.ndim || s.some((d, i) => d !== out.dims[i])) {
      throw new ValueError('size must match out.shape when used together');
    }
  }
  return out;
}

/** A float view over the elements of a contiguous `out` (memory order). */
export function outData(out: NDArray): Float64Array | Float32Array {
  const n = out.size;
  return out.dtype === float64
    ? new Float64Array(out.buffer as ArrayBuffer, out.offset, n)
    : new Float32Array(out.buffer as ArrayBuffer, out.offset, n);
}

/** A parameter's values broadcast to `shape` (C order). */
export function broadcastTo(p: Param, shape: number[]): Float64Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const idx = broadcastIndex(shape, p);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = p.data[idx ? idx[i]! : 0]!;
  return out;
}

/** Elementwise f over parameters broadcast together, with NumPy's broadcast error. */
export function zipParams(ps: Param[], f: (...v: number[]) => boolean): boolean {
  const shape = broadcastShapes(ps.map((p) => p.shape));
  const arrs = ps.map((p) => broadcastTo(p, shape));
  const n = shape.reduce((a, b) => a * b, 1);
  for (let i = 0; i < n; i++) if (f(...arrs.map((a) => a[i]!))) return true;
  return false;
}
