/**
 * `np.interp` (numpy/lib/_function_base_impl.py over compiled_base.c `arr_interp` and
 * `arr_interp_complex`): piecewise-linear interpolation with NumPy's guessed binary
 * search, its slope table and its NaN fallbacks, on float64 typed arrays.
 */
import { Complex } from '../../_core/complex.js';
import type { DType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { toArray } from '../../_core/multiarray/array.js';
import { concatenate } from '../../_core/multiarray/concatenate.js';
import { NDArray } from '../../_core/ndarray.js';
import { argsort } from '../../_core/sorting/sort.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from './_args.js';
import { complex128, contiguousOf, f64View, float64 } from './_typed.js';
import { axisSlice } from './_views.js';

const LIKELY_IN_CACHE_SIZE = 8;

/** Index i with arr[i] <= key < arr[i+1] (-1 below, len above), as compiled_base.c finds it. */
function searchWithGuess(key: number, arr: Float64Array, len: number, guess: number): number {
  let imin = 0;
  let imax = len;
  if (key > arr[len - 1]!) return len;
  if (key < arr[0]!) return -1;
  if (len <= 4) {
    let i = 1;
    while (i < len && key >= arr[i]!) i++;
    return i - 1;
  }
  if (guess > len - 3) guess = len - 3;
  if (guess < 1) guess = 1;
  if (key < arr[guess]!) {
    if (key < arr[guess - 1]!) {
      imax = guess - 1;
      if (guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE]!)
        imin = guess - LIKELY_IN_CACHE_SIZE;
    } else return guess - 1;
  } else if (key < arr[guess + 1]!) return guess;
  else if (key < arr[guess + 2]!) return guess + 1;
  else {
    imin = guess + 2;
    if (guess < len - LIKELY_IN_CACHE_SIZE - 1 && key < arr[guess + LIKELY_IN_CACHE_SIZE]!)
      imax = guess + LIKELY_IN_CACHE_SIZE;
  }
  while (imin < imax) {
    const imid = imin + ((imax - imin) >> 1);
    if (key >= arr[imid]!) imin = imid + 1;
    else imax = imid;
  }
  return imin - 1;
}

/** A data-point array (`xp`/`fp`): exactly 1-D, as `PyArray_ContiguousFromAny(obj, t, 1, 1)`. */
function points(v: unknown, dt: DType): NDArray {
  const a = toArray(v);
  if (a.ndim > 1) throw new ValueError('object too deep for desired array');
  if (a.ndim < 1) throw new ValueError('object of too small depth for desired array');
  return contiguousOf(a, dt);
}

/** Python's `float(v)` for `left`/`right` (PyFloat_AsDouble). */
function realFill(v: unknown): number {
  let x = v;
  if (x instanceof NDArray) {
    if (x.size !== 1)
      throw new TypeError('only length-1 arrays can be converted to Python scalars');
    x = x.item();
  }
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  const t = x instanceof Complex ? 'complex' : typeof x === 'string' ? 'str' : typeof x;
  throw new TypeError(`must be real number, not ${t}`);
}

/** Python's `complex(v)` parts for `left`/`right` of complex interpolation. */
function complexFill(v: unknown): [number, number] {
  let x = v;
  if (x instanceof NDArray && x.size === 1) x = x.item();
  if (x instanceof Complex) return [x.re, x.im];
  return [realFill(x), 0];
}

/** The real kernel: `x` values into `out`, NumPy's arr_interp loop. */
function interpReal(
  z: Float64Array,
  dx: Float64Array,
  dy: Float64Array,
  lval: number,
  rval: number,
  res: Float64Array,
): void {
  const lenxp = dx.length;
  const lenx = z.length;
  if (lenxp === 1) {
    const xv = dx[0]!;
    const fv = dy[0]!;
    for (let i = 0; i < lenx; i++) {
      const x = z[i]!;
      res[i] = x < xv ? lval : x > xv ? rval : fv;
    }
    return;
  }
  let slopes: Float64Array | null = null;
  if (lenxp <= lenx) {
    slopes = new Float64Array(lenxp - 1);
    for (let i = 0; i < lenxp - 1; i++) slopes[i] = (dy[i + 1]! - dy[i]!) / (dx[i + 1]! - dx[i]!);
  }
  let j = 0;
  for (let i = 0; i < lenx; i++) {
    const x = z[i]!;
    if (Number.isNaN(x)) {
      res[i] = x;
      continue;
    }
    j = searchWithGuess(x, dx, lenxp, j);
    if (j === -1) res[i] = lval;
    else if (j === lenxp) res[i] = rval;
    else if (j === lenxp - 1) res[i] = dy[j]!;
    else if (dx[j] === x) res[i] = dy[j]!;
    else {
      const slope = slopes !== null ? slopes[j]! : (dy[j + 1]! - dy[j]!) / (dx[j + 1]! - dx[j]!);
      let r = slope * (x - dx[j]!) + dy[j]!;
      if (Number.isNaN(r)) {
        r = slope * (x - dx[j + 1]!) + dy[j + 1]!;
        if (Number.isNaN(r) && dy[j] === dy[j + 1]) r = dy[j]!;
      }
      res[i] = r;
    }
  }
}

/** The complex kernel (interleaved re/im `dy` and `res`), NumPy's arr_interp_complex loop. */
function interpComplex(
  z: Float64Array,
  dx: Float64Array,
  dy: Float64Array,
  lval: [number, number],
  rval: [number, number],
  res: Float64Array,
): void {
  const lenxp = dx.length;
  const lenx = z.length;
  const put = (i: number, re: number, im: number): void => {
    res[2 * i] = re;
    res[2 * i + 1] = im;
  };
  if (lenxp === 1) {
    const xv = dx[0]!;
    for (let i = 0; i < lenx; i++) {
      const x = z[i]!;
      if (x < xv) put(i, lval[0], lval[1]);
      else if (x > xv) put(i, rval[0], rval[1]);
      else put(i, dy[0]!, dy[1]!);
    }
    return;
  }
  let slopes: Float64Array | null = null;
  if (lenxp <= lenx) {
    slopes = new Float64Array(2 * (lenxp - 1));
    for (let i = 0; i < lenxp - 1; i++) {
      const inv = 1.0 / (dx[i + 1]! - dx[i]!);
      slopes[2 * i] = (dy[2 * i + 2]! - dy[2 * i]!) * inv;
      slopes[2 * i + 1] = (dy[2 * i + 3]! - dy[2 * i + 1]!) * inv;
    }
  }
  let j = 0;
  for (let i = 0; i < lenx; i++) {
    const x = z[i]!;
    if (Number.isNaN(x)) {
      put(i, x, 0);
      continue;
    }
    j = searchWithGuess(x, dx, lenxp, j);
    if (j === -1) put(i, lval[0], lval[1]);
    else if (j === lenxp) put(i, rval[0], rval[1]);
    else if (j === lenxp - 1 || dx[j] === x) put(i, dy[2 * j]!, dy[2 * j + 1]!);
    else {
      let sr: number;
      let si: number;
      if (slopes !== null) {
        sr = slopes[2 * j]!;
        si = slopes[2 * j + 1]!;
      } else {
        const inv = 1.0 / (dx[j + 1]! - dx[j]!);
        sr = (dy[2 * j + 2]! - dy[2 * j]!) * inv;
        si = (dy[2 * j + 3]! - dy[2 * j + 1]!) * inv;
      }
      const part = (s: number, y0: number, y1: number): number => {
        let r = s * (x - dx[j]!) + y0;
        if (Number.isNaN(r)) {
          r = s * (x - dx[j + 1]!) + y1;
          if (Number.isNaN(r) && y0 === y1) r = y0;
        }
        return r;
      };
      put(i, part(sr, dy[2 * j]!, dy[2 * j + 2]!), part(si, dy[2 * j + 1]!, dy[2 * j + 3]!));
    }
  }
}

/** The `period` preparation: wrap into [0, period), sort, and pad one point each side. */
function periodic(
  x: unknown,
  xp: unknown,
  fp: NDArray,
  period: number,
  dt: DType,
): [NDArray, NDArray, NDArray] {
  const xa = toArray(x).astype('float64');
  const xpa = toArray(xp).astype('float64');
  const fpa = fp.astype(dt as never);
  if (xpa.ndim !== 1 || fpa.ndim !== 1) throw new ValueError('Data points must be 1-D sequences');
  if (xpa.dims[0] !== fpa.dims[0]) throw new ValueError('fp and xp are not of the same length');
  const xm = um.remainder(xa, period) as NDArray;
  const xpm = um.remainder(xpa, period) as NDArray;
  const order = argsort(xpm);
  const xs = xpm.get(order as never);
  const fs = fpa.get(order as never);
  const n = xs.dims[0]!;
  const xpad = concatenate([
    um.subtract(axisSlice(xs, 0, Math.max(n - 1, 0), n), period) as NDArray,
    xs,
    um.add(axisSlice(xs, 0, 0, Math.min(1, n)), period) as NDArray,
  ]);
  const fpad = concatenate([
    axisSlice(fs, 0, Math.max(n - 1, 0), n),
    fs,
    axisSlice(fs, 0, 0, Math.min(1, n)),
  ]);
  return [xm, xpad, fpad];
}

/**
 * `np.interp(x, xp, fp, left=None, right=None, period=None)`: one-dimensional linear
 * interpolation of the points (xp, fp) at x (float64, or complex128 for complex fp).
 *
 * @example np.interp(2.5, [1, 2, 3], [3, 2, 0]) // 1
 */
export function interp(x: unknown, ...rest: unknown[]): any {
  const o = bindPy('interp', ['x', 'xp', 'fp', 'left', 'right', 'period'], 3, [x, ...rest]);
  const fp0 = toArray(o.fp);
  const isComplex = fp0.dtype.kind === 'c';
  const dt = isComplex ? complex128 : float64;
  let xv: unknown = o.x;
  let xpv: unknown = o.xp;
  let fpv: unknown = fp0;
  let left = o.left ?? null;
  let right = o.right ?? null;
  if (o.period !== undefined && o.period !== null) {
    const p = realFill(o.period);
    if (p === 0) throw new ValueError('period must be a non-zero value');
    left = null;
    right = null;
    [xv, xpv, fpv] = periodic(o.x, o.xp, fp0, Math.abs(p), dt);
  }
  const afp = points(fpv, dt);
  const axp = points(xpv, float64);
  const ax = contiguousOf(xv, float64);
  const lenxp = axp.size;
  if (lenxp === 0) throw new ValueError('array of sample points is empty');
  if (afp.size !== lenxp) throw new ValueError('fp and xp are not of the same length.');
  const out = NDArray.empty(ax.dims, dt);
  const dy = f64View(afp);
  const res = f64View(out);
  if (isComplex) {
    const lval: [number, number] = left === null ? [dy[0]!, dy[1]!] : complexFill(left);
    const rval: [number, number] =
      right === null ? [dy[2 * lenxp - 2]!, dy[2 * lenxp - 1]!] : complexFill(right);
    interpComplex(f64View(ax), f64View(axp), dy, lval, rval, res);
  } else {
    const lval = left === null ? dy[0]! : realFill(left);
    const rval = right === null ? dy[lenxp - 1]! : realFill(right);
    interpReal(f64View(ax), f64View(axp), dy, lval, rval, res);
  }
  if (out.ndim === 0) return out.item();
  return out;
}
