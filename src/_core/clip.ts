/**
 * np.clip / ndarray.clip (NumPy 2, fromnumeric.clip → _methods._clip): limit values to
 * [min, max] through the clip ufunc; a missing bound uses np.minimum / np.maximum, no bound
 * np.positive. For integer arrays a Python int bound beyond the dtype's range is dropped
 * rather than raising (NEP 50). Ufunc keywords (where, casting, dtype, …) pass through.
 */
import { Complex } from './complex.js';
import { intBounds, toJS } from './elements.js';
import { ValueError } from './errors.js';
import { clipFloat } from './kernels/extrema.js';
import type { IntArr } from './kernels/int_wasm.js';
import { toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { clipUfunc } from './umath/defs/clip.js';
import * as um from './umath/defs/index.js';
import { clipIntScalar } from './umath/defs/int_fast.js';

type Opts = Record<string, unknown>;

function isPlainObject(x: unknown): x is Opts {
  return (
    x !== null &&
    typeof x === 'object' &&
    !Array.isArray(x) &&
    !(x instanceof NDArray) &&
    !(x instanceof Complex) &&
    !ArrayBuffer.isView(x)
  );
}

function isJsScalar(x: unknown): boolean {
  const t = typeof x;
  return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof Complex;
}

/** Python's `type(x) is int` for a JS value (API.md §2: safe integers and bigints). */
function isPyInt(x: unknown): x is number | bigint {
  return (
    typeof x === 'bigint' || (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0))
  );
}

/** ndarray.clip(min=None, max=None, out=None, **kwargs) — NumPy's _methods._clip. */
function clipArray(a: NDArray, min: unknown, max: unknown, out: unknown, kwargs: Opts = {}): any {
  if (a.dtype.kind === 'i' || a.dtype.kind === 'u') {
    const [lo, hi] = intBounds(a.dtype);
    if (isPyInt(min) && BigInt(min) <= lo) min = null;
    if (isPyInt(max) && BigInt(max) >= hi) max = null;
  }
  const opts = out === undefined || out === null ? kwargs : { ...kwargs, out };
  const none = (v: unknown) => v === null || v === undefined;
  if (none(min) && none(max)) return um.positive(a, opts);
  if (none(min)) return um.minimum(a, max, opts);
  if (none(max)) return um.maximum(a, min, opts);
  if (opts === kwargs && Object.keys(kwargs).length === 0) {
    const r = quickClip(a, min, max);
    if (r !== undefined) return r;
  }
  return clipUfunc(a, min, max, opts);
}

const F32_MAX = 3.4028234663852886e38;

/**
 * np.clip of a C-contiguous float32/float64 array by two JS numbers into a new array: the
 * SIMD constant-bounds loop straight on the array (the ufunc would fill a block with each
 * bound per call first), or its JS twin for short arrays and the JS backend. The same bits as
 * clipUfunc; undefined where that must run (NaN bounds, bounds float32 cannot hold, 0-d).
 */
function quickClip(a: NDArray, min: unknown, max: unknown): NDArray | undefined {
  if (typeof min !== 'number' || typeof max !== 'number') return undefined;
  const dt = a.dtype;
  if ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize <= 4) return quickClipInt(a, min, max);
  if (dt.kind !== 'f' || dt.itemsize < 4 || !a.isCContig || !a.isAligned) return undefined;
  const n = a.size;
  if (a.ndim === 0 || n === 0 || Number.isNaN(min) || Number.isNaN(max)) return undefined;
  const f32 = dt.itemsize === 4;
  // A float32 loop takes the bounds rounded to float32 (NEP 50); out of its range: general path.
  const beyond = (v: number) => Number.isFinite(v) && Math.abs(v) > F32_MAX;
  if (f32 && (beyond(min) || beyond(max))) return undefined;
  const lo = f32 ? Math.fround(min) : min;
  const hi = f32 ? Math.fround(max) : max;
  const out = NDArray.empty(a.dims, dt);
  const len = n * dt.lanes;
  const x = a.contigBlock(len) as Float64Array;
  const o = out.contigBlock(len) as Float64Array;
  if (!clipFloat(x, lo, hi, o)) {
    // Short arrays and the JS backend: the same loop (the ufunc's 3-operand general path
    // cost ~12 µs a call on 10 elements).
    for (let i = 0; i < len; i++) {
      let v = x[i]!;
      if (v < lo) v = lo;
      if (v > hi) v = hi;
      o[i] = v;
    }
  }
  return out;
}

/**
 * np.clip of a contiguous int8 … uint32 array to two Python ints within its range (the
 * 'bbb->b' … loops; other bounds promote or raise: the ufunc decides).
 */
function quickClipInt(a: NDArray, min: number, max: number): NDArray | undefined {
  const dt = a.dtype;
  if (a.ndim === 0 || !a.isCContig || !a.isAligned || a.size === 0) return undefined;
  const [lo, hi] = intBounds(dt);
  const fits = (v: number) =>
    Number.isSafeInteger(v) && !Object.is(v, -0) && v >= Number(lo) && v <= Number(hi);
  if (!fits(min) || !fits(max)) return undefined;
  const out = NDArray.empty(a.dims, dt);
  clipIntScalar(a.contigBlock(a.size) as IntArr, min, max, out.contigBlock(a.size) as IntArr);
  return out;
}

/**
 * `np.clip(a, a_min, a_max, out=None, *, min, max, **kwargs)`. Bounds may be given
 * positionally or as `{min, max}` (or `{a_min, a_max}`); null is Python's None.
 */
export function clip(a: unknown, ...rest: unknown[]): any {
  let kw: Opts = {};
  if (rest.length > 0 && isPlainObject(rest[rest.length - 1])) kw = { ...(rest.pop() as Opts) };
  if (rest.length > 3)
    throw new TypeError(
      `clip() takes from 1 to 4 positional arguments but ${rest.length + 1} were given`,
    );
  const take = (i: number, name: string): unknown => {
    if (rest[i] !== undefined && name in kw)
      throw new TypeError(`clip() got multiple values for argument '${name}'`);
    const v = rest[i] !== undefined ? rest[i] : kw[name];
    delete kw[name];
    return v;
  };
  let aMin = take(0, 'a_min');
  let aMax = take(1, 'a_max');
  const out = take(2, 'out');
  const hasMin = 'min' in kw;
  const hasMax = 'max' in kw;
  const min = kw.min;
  const max = kw.max;
  delete kw.min;
  delete kw.max;
  if (aMin === undefined && aMax === undefined) {
    aMin = hasMin ? min : null;
    aMax = hasMax ? max : null;
  } else if (aMin === undefined) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_min'");
  } else if (aMax === undefined) {
    throw new TypeError("clip() missing 1 required positional argument: 'a_max'");
  } else if (hasMin || hasMax) {
    throw new ValueError(
      'Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.',
    );
  }
  const arr = a instanceof NDArray ? a : toArray(a);
  const res = clipArray(arr, aMin, aMax, out, kw);
  // A JS scalar in gives a JS value out (API.md §3), as NumPy returns a scalar.
  if (isJsScalar(a) && (out === undefined || out === null) && res instanceof NDArray)
    return toJS(res.readAt(res.offset), res.dtype);
  return res;
}
