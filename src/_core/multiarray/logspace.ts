/**
 * `np.logspace` and `np.geomspace`, following NumPy's function_base.py step by step on
 * numtype's ufuncs (power, log10, sign, divide, multiply), so they inherit their
 * C-library-exact results.
 */

import { astype } from '../casting.js';
import type { Complex } from '../complex.js';
import {
  type DType,
  type DTypeLike,
  float64,
  dtype as toDType,
  type ValidDType,
} from '../dtype.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { resultType } from '../numerictypes/promotion.js';
import { moveaxis } from '../shape.js';
import { divide, multiply } from '../umath/defs/arithmetic.js';
import { log10 } from '../umath/defs/exp_log.js';
import { power } from '../umath/defs/power.js';
import { sign } from '../umath/defs/sign.js';
import { bindArgs, missingPositional, toIndex } from './args.js';
import { asarray } from './array.js';
import { isJsScalar, linspace, numArg, type SpaceResult, type SpaceValue } from './spaces.js';

export interface LogspaceOptions<D extends DTypeLike | undefined = DTypeLike> {
  num?: number;
  endpoint?: boolean;
  base?: SpaceValue;
  dtype?: ValidDType<D> | null;
  axis?: number;
}

export interface GeomspaceOptions<D extends DTypeLike | undefined = DTypeLike> {
  num?: number;
  endpoint?: boolean;
  dtype?: ValidDType<D> | null;
  axis?: number;
}

const arr = (x: unknown): NDArray => (x instanceof NDArray ? x : asarray(x));

/** `a` with length-1 axes prepended up to `nd` (NumPy's `array(a, ndmin=nd)`, as a view). */
function lift(a: NDArray, nd: number): NDArray {
  const k = nd - a.ndim;
  return a.viewWith(
    [...new Array(k).fill(1), ...a.dims],
    [...new Array(k).fill(0), ...a.steps],
    a.offset,
  );
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
  dtype?: ValidDType<D> | null | LogspaceOptions<D>,
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
  const endpoint = a.endpoint === undefined ? true : Boolean(a.endpoint);
  return logspaceOf(a.start, a.stop, numArg(a.num), endpoint, a.base ?? 10, a.dtype, a.axis);
}

function logspaceOf(
  start: unknown,
  stop: unknown,
  num: number,
  endpoint: boolean,
  base: unknown,
  dtype: unknown,
  axis: unknown,
): NDArray {
  const ax = axis === undefined ? 0 : toIndex(axis);
  let b: unknown = base;
  if (!isJsScalar(base) && arr(base).ndim > 0) {
    // An array base broadcasts with the bounds and gets the sample axis inserted.
    const B = arr(base);
    const nd = Math.max(arr(start).ndim, arr(stop).ndim, B.ndim);
    start = lift(arr(start), nd);
    stop = lift(arr(stop), nd);
    const lb = lift(B, nd);
    const pos = ax < 0 ? ax + nd + 1 : ax;
    b = lb.viewWith(
      [...lb.dims.slice(0, pos), 1, ...lb.dims.slice(pos)],
      [...lb.steps.slice(0, pos), 0, ...lb.steps.slice(pos)],
      lb.offset,
    );
  }
  const y = linspace(start as SpaceValue, stop as SpaceValue, num, { endpoint, axis: ax });
  const out = power(b, y) as NDArray;
  if (dtype === undefined || dtype === null) return out;
  return astype(out, toDType(dtype as DTypeLike), { copy: false });
}

/** Whether any element of `a` is zero. */
function anyZero(a: NDArray): boolean {
  return (a.ravel().tolist({ bigint: true }) as unknown[]).some((v) => {
    if (typeof v === 'object' && v !== null)
      return (v as Complex).re === 0 && (v as Complex).im === 0;
    return v === 0 || v === 0n || v === false;
  });
}

/** `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`: a geometric progression. */
export function geomspace<D extends DTypeLike | undefined = undefined>(
  start: SpaceValue,
  stop: SpaceValue,
  num?: number | GeomspaceOptions<D>,
  endpoint?: boolean | GeomspaceOptions<D>,
  dtype?: ValidDType<D> | null | GeomspaceOptions<D>,
  axis?: number | GeomspaceOptions<D>,
  opts?: GeomspaceOptions<D>,
): SpaceResult<D>;
export function geomspace(...args: unknown[]): NDArray {
  const a = bindArgs('geomspace', ['start', 'stop', 'num', 'endpoint', 'dtype', 'axis'], args);
  missingPositional('geomspace', a, ['start', 'stop']);
  const num = numArg(a.num);
  const endpoint = a.endpoint === undefined ? true : Boolean(a.endpoint);
  const S = arr(a.start);
  const T = arr(a.stop);
  if (anyZero(S) || anyZero(T)) throw new ValueError('Geometric sequence cannot include zero');
  const requested =
    a.dtype === undefined || a.dtype === null ? null : toDType(a.dtype as DTypeLike);
  // result_type(start, stop, float(num), zeros((), dtype)): the weak float makes it inexact.
  const dt: DType = resultType(S, T, 0.5, requested ?? float64);
  // Work on the magnitude (a unit complex number's worth of phase divided out), exactly
  // as NumPy does, and put the sign back at the end.
  const outSign = sign(astype(S, dt)) as NDArray;
  const s = divide(astype(S, dt), outSign) as NDArray;
  const t = divide(astype(T, dt), outSign) as NDArray;
  let result = logspaceOf(log10(s), log10(t), num, endpoint, 10, dt, 0);
  if (num > 0) {
    result.set(0, s);
    if (num > 1 && endpoint) result.set(-1, t);
  }
  result = multiply(result, outSign) as NDArray;
  const ax = a.axis === undefined ? 0 : toIndex(a.axis);
  if (ax !== 0) result = moveaxis(result, 0, ax);
  return requested ? astype(result, requested, { copy: false }) : result;
}
