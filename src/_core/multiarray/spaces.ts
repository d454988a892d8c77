/**
 * `np.linspace`, `np.logspace`, `np.geomspace` (NumPy's _core/function_base.py).
 *
 * linspace reproduces NumPy's operation order so the floats match bit for bit:
 * `step = (stop - start) / div`, `y = arange(num) * step + start` (or
 * `arange(num) / div * delta` when the step underflows to zero), last sample set to
 * `stop`, every operation rounded to the working dtype (float32 stays float32).
 * logspace/geomspace add `power`/`log10`/`sign`, computed here with JavaScript's Math
 * library: those can differ from NumPy's C library in the last bit.
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
  dtype?: D | null;
  axis?: number;
  device?: string | null;
}

export interface LogspaceOptions<D extends DTypeLike | undefined = DTypeLike> {
  num?: number;
  endpoint?: boolean;
  base?: SpaceValue;
  dtype?: D | null;
  axis?: number;
}

export interface GeomspaceOptions<D extends DTypeLike | undefined = DTypeLike> {
  num?: number;
  endpoint?: boolean;
  dtype?: D | null;
  axis?: number;
}

type SpaceResult<D> = NDArray<D extends DTypeLike ? KeyOf<D> : DTypeKey>;

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
  const f64 = allocate(a.shape, float64, cStrides(a.shape, 8));
  castInto(f64, a);
  re.set(f64.data as Float64Array);
  return { re, im };
}

/** A new C-ordered array of `dt` from values (already rounded to dt). */
function fromVals(shape: readonly number[], dt: DType, v: Vals): NDArray {
  if (dt.kind === 'c') {
    const out = allocate(shape, dt, cStrides(shape, dt.itemsize));
    const d = out.data as Float64Array;
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

const isJsScalar = (v: unknown): boolean =>
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
  const bshape = broadcastShapesOrNull([S.shape, T.shape]);
  if (!bshape) {
    throw new ValueError(
      `operands could not be broadcast together with shapes (${S.shape.join(',')}${S.ndim === 1 ? ',' : ''}) (${T.shape.join(',')}${T.ndim === 1 ? ',' : ''}) `,
    );
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

function numArg(v: unknown): number {
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
  castInto(y, fromVals(y.shape, y.dtype, v));
}

/**
 * `np.linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`.
 * With `retstep: true` the result is `[samples, step]`.
 */
export function linspace<D extends DTypeLike | undefined = undefined, R extends boolean = false>(
  start: SpaceValue,
  stop: SpaceValue,
  num?: number | LinspaceOptions<D, R>,
  endpoint?: boolean | LinspaceOptions<D, R>,
  retstep?: R | LinspaceOptions<D, R>,
  dtype?: D | null | LinspaceOptions<D, R>,
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

// ---- power, log10, sign ---------------------------------------------------------------

/** NumPy's npy_cpow: exact repeated products for small integer exponents, else exp(b·log a). */
function cpow(
  ar: number,
  ai: number,
  br: number,
  bi: number,
  r: (x: number) => number,
): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) return br > 0 ? [0, 0] : [Number.NaN, Number.NaN];
  const n = Math.trunc(br);
  if (bi === 0 && n === br && Math.abs(n) < 100) {
    if (n === 1) return [ar, ai];
    if (n === 2) return cmul(ar, ai, ar, ai, r);
    if (n === 3) {
      const [sr, si] = cmul(ar, ai, ar, ai, r);
      return cmul(ar, ai, sr, si, r);
    }
    let m = Math.abs(n);
    let accR = 1;
    let accI = 0;
    let pr = ar;
    let pi = ai;
    for (;;) {
      if (m & 1) [accR, accI] = cmul(accR, accI, pr, pi, r);
      m >>>= 1;
      if (m === 0) break;
      [pr, pi] = cmul(pr, pi, pr, pi, r);
    }
    return br < 0 ? cdiv(1, 0, accR, accI, r) : [accR, accI];
  }
  const logAbs = Math.log(Math.hypot(ar, ai));
  const arg = Math.atan2(ai, ar);
  const wr = br * logAbs - bi * arg;
  const wi = br * arg + bi * logAbs;
  const e = Math.exp(wr);
  return [r(e * Math.cos(wi)), r(e * Math.sin(wi))];
}

/** `power(base, y)` elementwise over the broadcast shape, in dtype `dt`. */
function power(base: NDArray, y: NDArray, dt: DType): NDArray {
  const shape = broadcastShapesOrNull([base.shape, y.shape]);
  if (!shape) throw new ValueError('operands could not be broadcast together');
  const r = rounder(dt);
  const b = valuesOf(base, shape, dt);
  const e = valuesOf(y, shape, dt);
  const n = b.re.length;
  const re = new Float64Array(n);
  const im = dt.kind === 'c' ? new Float64Array(n) : null;
  for (let i = 0; i < n; i++) {
    if (im) [re[i], im[i]] = cpow(b.re[i]!, b.im![i]!, e.re[i]!, e.im![i]!, r);
    else re[i] = r(Math.pow(b.re[i]!, e.re[i]!));
  }
  return fromVals(shape, dt, { re, im });
}

/**
 * `np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
 * `base ** linspace(start, stop, ...)`.
 */
export function logspace<D extends DTypeLike | undefined = undefined>(
  start: SpaceValue,
  stop: SpaceValue,
  num?: number | LogspaceOptions<D>,
  endpoint?: boolean | LogspaceOptions<D>,
  base?: SpaceValue | LogspaceOptions<D>,
  dtype?: D | null | LogspaceOptions<D>,
  axis?: number | LogspaceOptions<D>,
  opts?: LogspaceOptions<D>,
): SpaceResult<D>;
export function logspace(...args: unknown[]): NDArray {
  const a = bindArgs(
    'logspace',
    ['start', 'stop', 'num', 'endpoint', 'base', 'dtype', 'axis'],
    args,
  );
  missingPositional('logspace', a, ['start', 'stop']);
  return logspaceImpl(
    a.start,
    a.stop,
    numArg(a.num),
    a.endpoint === undefined ? true : Boolean(a.endpoint),
    a.base ?? 10,
    a.dtype,
    a.axis,
  );
}

function logspaceImpl(
  start: unknown,
  stop: unknown,
  num: number,
  endpoint: boolean,
  base: unknown,
  dtype: unknown,
  axis: unknown,
): NDArray {
  const ax = axis === undefined ? 0 : toIndex(axis);
  let b: NDArray;
  if (!isJsScalar(base) && (base instanceof NDArray ? base.ndim : asarray(base).ndim) > 0) {
    // An array base broadcasts with the bounds and gets the sample axis inserted.
    const B = base instanceof NDArray ? base : asarray(base);
    const S0 = start instanceof NDArray ? start : asarray(start);
    const T0 = stop instanceof NDArray ? stop : asarray(stop);
    const nd = Math.max(S0.ndim, T0.ndim, B.ndim);
    const lift = (x: NDArray) =>
      x.viewWith(
        [...new Array(nd - x.ndim).fill(1), ...x.shape],
        [...new Array(nd - x.ndim).fill(0), ...x.strides],
        x.offset,
      );
    start = lift(S0);
    stop = lift(T0);
    const lb = lift(B);
    const pos = ax < 0 ? ax + nd + 1 : ax;
    b = lb.viewWith(
      [...lb.shape.slice(0, pos), 1, ...lb.shape.slice(pos)],
      [...lb.strides.slice(0, pos), 0, ...lb.strides.slice(pos)],
      lb.offset,
    );
  } else b = base instanceof NDArray ? base : asarray(base);
  const { y } = linspaceCore(start, stop, num, endpoint);
  const ym = ax !== 0 ? moveaxis(y, 0, ax) : y;
  const dt = resultType((isJsScalar(base) ? base : b) as never, ym);
  const out = power(b, ym, dt);
  if (dtype === undefined || dtype === null) return out;
  return astype(out, toDType(dtype as DTypeLike), { copy: false });
}

/** `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`: a geometric progression. */
export function geomspace<D extends DTypeLike | undefined = undefined>(
  start: SpaceValue,
  stop: SpaceValue,
  num?: number | GeomspaceOptions<D>,
  endpoint?: boolean | GeomspaceOptions<D>,
  dtype?: D | null | GeomspaceOptions<D>,
  axis?: number | GeomspaceOptions<D>,
  opts?: GeomspaceOptions<D>,
): SpaceResult<D>;
export function geomspace(...args: unknown[]): NDArray {
  const a = bindArgs('geomspace', ['start', 'stop', 'num', 'endpoint', 'dtype', 'axis'], args);
  missingPositional('geomspace', a, ['start', 'stop']);
  const num = numArg(a.num);
  const endpoint = a.endpoint === undefined ? true : Boolean(a.endpoint);
  const S = a.start instanceof NDArray ? a.start : asarray(a.start);
  const T = a.stop instanceof NDArray ? a.stop : asarray(a.stop);
  const requested =
    a.dtype === undefined || a.dtype === null ? null : toDType(a.dtype as DTypeLike);
  const dt = resultType(S, T, 0.5, requested ?? float64);
  const shape = broadcastShapesOrNull([S.shape, T.shape]);
  if (!shape) throw new ValueError('operands could not be broadcast together');
  const r = rounder(dt);
  const s = valuesOf(S, S.shape, dt);
  const t = valuesOf(T, T.shape, dt);
  const zero = (v: Vals) => v.re.some((x, i) => x === 0 && (!v.im || v.im[i] === 0));
  if (zero(s) || zero(t)) throw new ValueError('Geometric sequence cannot include zero');
  // Divide out the sign of start (a unit complex number for complex input).
  const sb = valuesOf(S, shape, dt);
  const tb = valuesOf(T, shape, dt);
  const n = sb.re.length;
  const cplx = dt.kind === 'c';
  const sign = { re: new Float64Array(n), im: cplx ? new Float64Array(n) : null };
  const logS = { re: new Float64Array(n), im: cplx ? new Float64Array(n) : null };
  const logT = { re: new Float64Array(n), im: cplx ? new Float64Array(n) : null };
  for (let i = 0; i < n; i++) {
    if (!cplx) {
      const x = sb.re[i]!;
      const sg = x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN;
      sign.re[i] = sg;
      sb.re[i] = r(x / sg);
      tb.re[i] = r(tb.re[i]! / sg);
      logS.re[i] = r(Math.log10(sb.re[i]!));
      logT.re[i] = r(Math.log10(tb.re[i]!));
    } else {
      const [gr, gi] = complexSign(sb.re[i]!, sb.im![i]!, r);
      sign.re[i] = gr;
      sign.im![i] = gi;
      [sb.re[i], sb.im![i]] = cdiv(sb.re[i]!, sb.im![i]!, gr, gi, r);
      [tb.re[i], tb.im![i]] = cdiv(tb.re[i]!, tb.im![i]!, gr, gi, r);
      [logS.re[i], logS.im![i]] = clog10(sb.re[i]!, sb.im![i]!, r);
      [logT.re[i], logT.im![i]] = clog10(tb.re[i]!, tb.im![i]!, r);
    }
  }
  const res = logspaceImpl(
    fromVals(shape, dt, logS),
    fromVals(shape, dt, logT),
    num,
    endpoint,
    10,
    dt,
    0,
  );
  // Exact end points, then the sign back on.
  const v = readVals(res);
  const B = n;
  if (num > 0) {
    for (let j = 0; j < B; j++) {
      v.re[j] = sb.re[j]!;
      if (cplx) v.im![j] = sb.im![j]!;
      if (num > 1 && endpoint) {
        v.re[(num - 1) * B + j] = tb.re[j]!;
        if (cplx) v.im![(num - 1) * B + j] = tb.im![j]!;
      }
    }
  }
  for (let i = 0; i < num; i++) {
    for (let j = 0; j < B; j++) {
      const o = i * B + j;
      if (cplx) [v.re[o], v.im![o]] = cmul(v.re[o]!, v.im![o]!, sign.re[j]!, sign.im![j]!, r);
      else v.re[o] = r(v.re[o]! * sign.re[j]!);
    }
  }
  let out = fromVals(res.shape, dt, v);
  const ax = a.axis === undefined ? 0 : toIndex(a.axis);
  if (ax !== 0) out = moveaxis(out, 0, ax);
  return requested ? astype(out, requested, { copy: false }) : out;
}

/** NumPy 2's complex sign: z/|z| (0 for 0, special cases for inf and nan). */
function complexSign(re: number, im: number, r: (x: number) => number): [number, number] {
  const abs = r(Math.hypot(re, im));
  if (Number.isNaN(abs)) return [Number.NaN, Number.NaN];
  if (abs === Infinity) {
    if (!Number.isFinite(re))
      return Number.isFinite(im) ? [re > 0 ? 1 : -1, 0] : [Number.NaN, Number.NaN];
    return [0, im > 0 ? 1 : -1];
  }
  if (abs === 0) return [0, 0];
  return [r(re / abs), r(im / abs)];
}

/** Complex log10 as NumPy computes it: clog(z) scaled by log10(e). */
function clog10(re: number, im: number, r: (x: number) => number): [number, number] {
  return [r(r(Math.log(Math.hypot(re, im))) * Math.LOG10E), r(r(Math.atan2(im, re)) * Math.LOG10E)];
}
