/**
 * `np.sinc` and `np.i0` (numpy/lib/_function_base_impl.py). i0 evaluates NumPy's Cephes
 * Chebyshev series (`_chbevl`) in the array's own float type, rounding after every
 * operation as NumPy's float16/float32/float64 ufunc loops do, and takes `exp` from the
 * exp ufunc, so results are NumPy's bit for bit.
 */
import { float64 } from '../../_core/dtype.js';
import { doubleToHalfBits, halfBitsToDouble, roundToHalf } from '../../_core/float16.js';
import { toArray } from '../../_core/multiarray/array.js';
import { where } from '../../_core/multiarray/where.js';
import { NDArray } from '../../_core/ndarray.js';
import { finfo } from '../../_core/numerictypes/getlimits.js';
import * as um from '../../_core/umath/defs/index.js';
import { reportFpError } from '../../_core/umath/errstate.js';
import { bindPy } from './_args.js';

/**
 * `np.sinc(x)`: the normalized sinc function sin(pi x) / (pi x), 1 at 0.
 *
 * @example np.sinc([0, 0.5]) // array([1.        , 0.63661977])
 */
export function sinc(x: unknown, ...rest: unknown[]): any {
  const o = bindPy('sinc', ['x'], 1, [x, ...rest]);
  const px = um.multiply(Math.PI, toArray(o.x)) as NDArray;
  const eps = px.dtype.kind === 'f' ? (finfo(px.dtype).eps as number) : 1e-20;
  const y = where(px, px, eps) as NDArray;
  const r = um.true_divide(um.sin(y), y) as NDArray;
  return r.ndim === 0 ? r.item() : r;
}

// Cephes' Chebyshev coefficients for exp(-x) I0(x) on [0, 8] (A) and for
// exp(-x) sqrt(x) I0(x) on (8, inf] in terms of 32/x - 2 (B), as NumPy lists them.
const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15,
  -1.1685332877993451e-14, 7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12,
  -1.726826291441556e-11, 9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-9,
  -1.300025009986248e-8, 6.046995022541919e-8, -2.670793853940612e-7, 1.1173875391201037e-6,
  -4.4167383584587505e-6, 1.6448448070728896e-5, -5.754195010082104e-5, 0.00018850288509584165,
  -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998,
  -0.02373741480589947, 0.04930528423967071, -0.09490109704804764, 0.17162090152220877,
  -0.3046826723431984, 0.6767952744094761,
];
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17,
  -2.8276239805165836e-16, -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15,
  -9.554846698828307e-15, -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13,
  7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
  1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-9, 2.266668990498178e-8,
  2.0489185894690638e-7, 2.8913705208347567e-6, 6.889758346916825e-5, 0.0033691164782556943,
  0.8044904110141088,
];

/** NumPy's `_chbevl` in a float type whose rounding is `r`. */
function chbevl(x: number, vals: readonly number[], r: (v: number) => number): number {
  let b0 = r(vals[0]!);
  let b1 = 0;
  let b2 = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = r(r(r(x * b1) - b2) + r(vals[i]!));
  }
  return r(0.5 * r(b0 - b2));
}

/** Read / write one element of a C-contiguous float array as a double. */
function accessors(a: NDArray): [(i: number) => number, (i: number, v: number) => void] {
  const d = a.data as Float64Array | Float32Array | Uint16Array;
  const base = a.offset / a.dtype.itemsize;
  if (a.dtype.itemsize === 2)
    return [(i) => halfBitsToDouble(d[base + i]!), (i, v) => (d[base + i] = doubleToHalfBits(v))];
  return [(i) => d[base + i]!, (i, v) => (d[base + i] = v)];
}

/**
 * `np.i0(x)`: the modified Bessel function of the first kind, order 0, elementwise
 * (float input keeps its type, other real input is float64; a 0-d input gives a 0-d array).
 *
 * @example np.i0([0, 1, 2]) // array([1.        , 1.26606588, 2.2795853 ])
 */
export function i0(x: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('i0', ['x'], 1, [x, ...rest]);
  let xa = toArray(o.x);
  if (xa.dtype.kind === 'c') throw new TypeError('i0 not supported for complex values');
  if (xa.dtype.kind !== 'f') xa = xa.astype(float64);
  const ax = (um.absolute(xa) as NDArray).copy('C');
  const ex = (um.exp(ax) as NDArray).copy('C');
  const out = NDArray.zeros(ax.dims, ax.dtype);
  const size = ax.dtype.itemsize;
  const r: (v: number) => number = size === 8 ? (v) => v : size === 4 ? Math.fround : roundToHalf;
  const [getX] = accessors(ax);
  const [getE] = accessors(ex);
  const [, put] = accessors(out);
  const n = ax.size;
  // NumPy's multiply and divide ufuncs flag inf*0 and inf/inf as invalid.
  let badMul = false;
  let badDiv = false;
  for (let i = 0; i < n; i++) {
    const v = getX(i);
    const e = getE(i);
    if (v <= 8.0) {
      const c = chbevl(r(r(v / 2) - 2), I0A, r);
      const y = r(e * c);
      if (Number.isNaN(y) && !Number.isNaN(e) && !Number.isNaN(c)) badMul = true;
      put(i, y);
    } else {
      const c = chbevl(r(r(32 / v) - 2), I0B, r);
      const p = r(e * c);
      const s = r(Math.sqrt(v));
      const y = r(p / s);
      if (Number.isNaN(p) && !Number.isNaN(e) && !Number.isNaN(c)) badMul = true;
      if (Number.isNaN(y) && !Number.isNaN(p) && !Number.isNaN(s)) badDiv = true;
      put(i, y);
    }
  }
  if (badMul) reportFpError('invalid', 'multiply');
  if (badDiv) reportFpError('invalid', 'divide');
  return out;
}
