/**
 * `np.linspace` (NumPy's _core/function_base.py), reproducing NumPy's operation order so
 * the floats match bit for bit: `step = (stop - start) / div`,
 * `y = arange(num) * step + start` (or `arange(num) / div * delta` when the step
 * underflows to zero), last sample set to `stop`, every operation rounded to the working
 * dtype (float32 stays float32, complex uses NumPy's complex division and product).
 */
import { broadcastView } from '../broadcast.js';
import { astype } from '../casting.js';
import { Complex } from '../complex.js';
import {
  type DType,
  type DTypeKey,
  type DTypeLike,
  float64,
  type KeyOf,
  dtype as toDType,
  type ValidDType,
} from '../dtype.js';
import { ValueError } from '../errors.js';
import { roundToHalf } from '../float16.js';
import { cStrides, shapeSize } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { resultType } from '../numerictypes/promotion.js';
import { moveaxis } from '../shape.js';
import { broadcastShapesOrNull } from '../umath/iterator.js';
import { allocate, bindArgs, missingPositional, toIndex } from './args.js';
import { asarray } from './array.js';
import { castInto } from './castloops.js';

/** A linspace bound: a JS scalar or anything array_like. */
export type SpaceValue = number | bigint | boolean | Complex | NDArray | readonly unknown[];

export interface LinspaceOptions<
  D extends DTypeLike | undefined = DTypeLike,
  R extends boolean = boolean,
> {
  num?: number;
  endpoint?: boolean;
  retstep?: R;
  dtype?: ValidDType<D> | null;
  axis?: number;
  device?: string | null;
}

export type SpaceResult<D> = NDArray<D extends DTypeLike ? KeyOf<D> : DTypeKey>;

// ---- values in a working dtype ---------------------------------------------------------

/** Rounding of float64 results to a float dtype's precision (each NumPy op rounds once). */
function rounder(dt: DType): (x: number) => number {
  const part = dt.kind === 'c' ? dt.itemsize / 2 : dt.itemsize;
  return part === 4 ? Math.fround : part === 2 ? roundToHalf : (x: number) => x;
}

/** Element values of `a` broadcast to `shape` and cast to `dt` (complex: re and im). */
interface Vals {
  re: Float64Array;
  im: Float64Array | null;
}

function valuesOf(a: NDArray, shape: readonly number[], dt: DType): Vals {
  const tmp = allocate(shape, dt, cStrides(shape, dt.itemsize));
  castInto(tmp, broadcastView(a, shape));
  return readVals(tmp);
}

function readVals(a: NDArray): Vals {
  const n = a.size;
  const re = new Float64Array(n);
  let im: Float64Array | null = null;
  if (a.dtype.kind === 'c') {
    im = new Float64Array(n);
    const d = a.data as Float64Array;
    const o = a.offset / (a.itemsize / 2);
    for (let i = 0; i < n; i++) {
      re[i] = d[o + 2 * i]!;
      im[i] = d[o + 2 * i + 1]!;
    }
    return { re, im };
  }
  const f64 = allocate(a.dims, float64, cStrides(a.dims, 8));
  castInto(f64, a);
  re.set(f64.ownData() as Float64Array);
  return { re, im };
}

/** A new C-ordered array of `dt` from values (already rounded to dt). */
function fromVals(shape: readonly number[], dt: DType, v: Vals): NDArray {
  if (dt.kind === 'c') {
    const out = allocate(shape, dt, cStrides(shape, dt.itemsize));
    const d = out.ownData() as Float64Array;
    for (let i = 0; i < v.re.length; i++) {
      d[2 * i] = v.re[i]!;
      d[2 * i + 1] = v.im ? v.im[i]! : 0;
    }
    return out;
  }
  const src = new NDArray(v.re.buffer as ArrayBuffer, float64, shape, cStrides(shape, 8));
  const out = allocate(shape, dt, cStrides(shape, dt.itemsize));
  castInto(out, src);
  return out;
}

/** NumPy's complex division loop (Smith's method), each operation rounded by `r`. */
function cdiv(
  ar: number,
  ai: number,
  br: number,
  bi: number,
  r: (x: number) => number,
): [number, number] {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return [r(ar / abr), r(ai / abr)];
    const rat = r(bi / br);
    const scl = r(1 / r(br + r(bi * rat)));
    return [r(r(ar + r(ai * rat)) * scl), r(r(ai - r(ar * rat)) * scl)];
  }
  const rat = r(br / bi);
  const scl = r(1 / r(bi + r(br * rat)));
  return [r(r(r(ar * rat) + ai) * scl), r(r(r(ai * rat) - ar) * scl)];
}

function cmul(
  ar: number,
  ai: number,
  br: number,
  bi: number,
  r: (x: number) => number,
): [number, number] {
  return [r(r(ar * br) - r(ai * bi)), r(r(ar * bi) + r(ai * br))];
}

// ---- linspace -------------------------------------------------------------------------

export const isJsScalar = (v: unknown): boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Complex;

interface Space {
  y: NDArray;
  step: number | Complex | NDArray;
}

/** The working dtype of linspace: result_type(start, stop), made inexact. */
function workingDType(start: unknown, stop: unknown, S: NDArray, T: NDArray): DType {
  const dt = resultType(
    (isJsScalar(start) ? start : S) as never,
    (isJsScalar(stop) ? stop : T) as never,
  );
  if (dt.kind === 'c' || dt.kind === 'f') return dt;
  if ('biu'.includes(dt.kind)) return float64;
  throw new TypeError(`linspace() does not support inputs of dtype ${dt}`);
}

/** linspace's samples in its working dtype, axis 0 first, before any dtype/axis change. */
function linspaceCore(
  start: unknown,
  stop: unknown,
  num: number,
  endpoint: boolean,
): Space & { dt: DType } {
  const S = start instanceof NDArray ? start : asarray(start);
  const T = stop instanceof NDArray ? stop : asarray(stop);
  const dt = workingDType(start, stop, S, T);
  const bshape = broadcastShapesOrNull([S.dims, T.dims]);
  if (!bshape) {
    throw new ValueError(
      `operands could not be broadcast together with shapes (${S.dims.join(',')}${S.ndim === 1 ? ',' : ''}) (${T.dims.join(',')}${T.ndim === 1 ? ',' : ''}) `,
    );
  }
  const f64 = dt.kind === 'f' && dt.itemsize === 8;
  if (f64 && typeof start === 'number' && typeof stop === 'number' && num > 1) {
    const fast = linspaceScalar64(start, stop, num, endpoint);
    if (fast !== null) return { ...fast, dt };
  }
  const r = rounder(dt);
  const s = valuesOf(S, bshape, dt);
  const t = valuesOf(T, bshape, dt);
  const B = shapeSize(bshape);
  const div = endpoint ? num - 1 : num;
  const yShape = [num, ...bshape];
  const yr = new Float64Array(num * B);
  const cplx = dt.kind === 'c';
  const yi = cplx ? new Float64Array(num * B) : null;
  const dr = new Float64Array(B);
  const di = new Float64Array(B);
  for (let j = 0; j < B; j++) {
    dr[j] = r(t.re[j]! - s.re[j]!);
    if (cplx) di[j] = r(t.im![j]! - s.im![j]!);
  }
  let stepR: Float64Array | null = null;
  let stepI: Float64Array | null = null;
  if (div > 0) {
    stepR = new Float64Array(B);
    stepI = new Float64Array(B);
    let anyZero = false;
    for (let j = 0; j < B; j++) {
      if (cplx) [stepR[j], stepI[j]] = cdiv(dr[j]!, di[j]!, div, 0, r);
      else stepR[j] = r(dr[j]! / div);
      if (stepR[j] === 0 && stepI[j] === 0) anyZero = true;
    }
    for (let i = 0; i < num; i++) {
      const fi = r(i);
      for (let j = 0; j < B; j++) {
        const o = i * B + j;
        if (!cplx) {
          // Underflowing step (denormal range): scale by delta after dividing, as NumPy does.
          yr[o] = anyZero ? r(r(fi / div) * dr[j]!) : r(fi * stepR[j]!);
        } else if (anyZero) {
          const [qr, qi] = cdiv(fi, 0, div, 0, r);
          [yr[o], yi![o]] = cmul(qr, qi, dr[j]!, di[j]!, r);
        } else [yr[o], yi![o]] = cmul(fi, 0, stepR[j]!, stepI[j]!, r);
      }
    }
  } else {
    for (let i = 0; i < num; i++) {
      const fi = r(i);
      for (let j = 0; j < B; j++) {
        const o = i * B + j;
        if (cplx) [yr[o], yi![o]] = cmul(fi, 0, dr[j]!, di[j]!, r);
        else yr[o] = r(fi * dr[j]!);
      }
    }
  }
  for (let i = 0; i < num; i++) {
    for (let j = 0; j < B; j++) {
      const o = i * B + j;
      yr[o] = r(yr[o]! + s.re[j]!);
      if (cplx) yi![o] = r(yi![o]! + s.im![j]!);
    }
  }
  if (endpoint && num > 1) {
    for (let j = 0; j < B; j++) {
      yr[(num - 1) * B + j] = t.re[j]!;
      if (cplx) yi![(num - 1) * B + j] = t.im![j]!;
    }
  }
  const y = fromVals(yShape, dt, { re: yr, im: yi });
  let step: number | Complex | NDArray;
  if (!stepR) step = Number.NaN;
  else if (bshape.length === 0) step = cplx ? new Complex(stepR[0]!, stepI![0]!) : stepR[0]!;
  else step = fromVals(bshape, dt, { re: stepR, im: cplx ? stepI : null });
  return { y, step, dt };
}

/**
 * linspaceCore for float64 scalar bounds: y[i] = i·step + start in one loop into the result
 * (the general path's closures and passes cost 10 ns an element), the same two roundings.
 * Null when the step underflows to zero (the general path's scaled formula).
 */
function linspaceScalar64(
  start: number,
  stop: number,
  num: number,
  endpoint: boolean,
): Space | null {
  const div = endpoint ? num - 1 : num;
  const step = (stop - start) / div;
  if (step === 0) return null;
  // Every element is written: uninitialised memory; four samples a step (1e6 samples
  // 1.0 -> 0.46 ms with both).
  const y = allocate([num], float64, [8], true);
  const d = y.ownData() as Float64Array;
  let i = 0;
  for (; i + 4 <= num; i += 4) {
    d[i] = i * step + start;
    d[i + 1] = (i + 1) * step + start;
    d[i + 2] = (i + 2) * step + start;
    d[i + 3] = (i + 3) * step + start;
  }
  for (; i < num; i++) d[i] = i * step + start;
  if (endpoint) d[num - 1] = stop;
  return { y, step };
}

export function numArg(v: unknown): number {
  const num = v === undefined ? 50 : toIndex(v);
  if (num < 0) throw new ValueError(`Number of samples, ${num}, must be non-negative.`);
  return num;
}

/** Floor in place (linspace with an integer dtype rounds toward -inf, NumPy ≥ 1.20). */
function floorInPlace(y: NDArray): void {
  if (y.dtype.kind === 'c') {
    throw new TypeError(
      "ufunc 'floor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  }
  const v = readVals(y);
  for (let i = 0; i < v.re.length; i++) v.re[i] = Math.floor(v.re[i]!);
  castInto(y, fromVals(y.dims, y.dtype, v));
}

/**
 * `np.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`.
 * With `retstep: true` the result is `[samples, step]`.
 */
export function linspace<R extends boolean = false>(
  start: number,
  stop: number,
  num?: number | LinspaceOptions<undefined, R>,
  endpoint?: boolean | LinspaceOptions<undefined, R>,
  retstep?: R | LinspaceOptions<undefined, R>,
  dtype?: null | LinspaceOptions<undefined, R>,
  axis?: number | LinspaceOptions<undefined, R>,
  opts?: LinspaceOptions<undefined, R>,
): R extends true ? [NDArray<'float64'>, number] : NDArray<'float64'>;
export function linspace<D extends DTypeLike | undefined = undefined, R extends boolean = false>(
  start: SpaceValue,
  stop: SpaceValue,
  num?: number | LinspaceOptions<D, R>,
  endpoint?: boolean | LinspaceOptions<D, R>,
  retstep?: R | LinspaceOptions<D, R>,
  dtype?: ValidDType<D> | null | LinspaceOptions<D, R>,
  axis?: number | LinspaceOptions<D, R>,
  opts?: LinspaceOptions<D, R>,
): R extends true ? [SpaceResult<D>, number | Complex | NDArray] : SpaceResult<D>;
export function linspace(...args: unknown[]): unknown {
  const a = bindArgs(
    'linspace',
    ['start', 'stop', 'num', 'endpoint', 'retstep', 'dtype', 'axis'],
    args,
    ['device'],
  );
  missingPositional('linspace', a, ['start', 'stop']);
  const num = numArg(a.num);
  const endpoint = a.endpoint === undefined ? true : Boolean(a.endpoint);
  const { y, step } = linspaceCore(a.start, a.stop, num, endpoint);
  const out = finish(y, a.dtype, a.axis, true);
  return a.retstep ? [out, step] : out;
}

/** Move the sample axis into place, floor for integer dtypes, then cast (copy=False). */
function finish(y: NDArray, dtype: unknown, axis: unknown, floorInts: boolean): NDArray {
  let out = y;
  const ax = axis === undefined ? 0 : toIndex(axis);
  if (ax !== 0) out = moveaxis(out, 0, ax);
  if (dtype === undefined || dtype === null) return out;
  const dt = toDType(dtype as DTypeLike);
  if (floorInts && dt.isInteger) floorInPlace(out);
  return astype(out, dt, { copy: false });
}
