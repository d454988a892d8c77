/**
 * `np.fft` transforms (numpy/fft/_pocketfft.py): fft, ifft, rfft, irfft, hfft, ihfft
 * and their n-D forms. The 1-D core `rawFFT` follows NumPy's `_raw_fft`: checks in
 * NumPy's order, the normalization factor rounded to the input's real precision,
 * then the pocketfft-like engine (src/fft/cplan.ts) along one axis. As in NumPy 2
 * (whose ufunc resolution picks the double-precision loop for every input, the
 * output array being allocated beforehand), the transform runs in float64 and the
 * result is rounded to the output dtype: complex64 for float16/float32/complex64
 * input, float16/float32 for irfft/hfft of those.
 */
import { complex64, complex128, type DType, float16, float32, float64 } from '../_core/dtype.js';
import { axisError, IndexError, UFuncTypeError, ValueError } from '../_core/errors.js';
import { roundToHalf } from '../_core/float16.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { canCastDType } from '../_core/numerictypes/promotion.js';
import { conjugate } from '../_core/umath/defs/index.js';
import {
  axisInt,
  checkN,
  checkNorm,
  cookNdArgs,
  type Norm,
  realDType,
  shapeAt,
  swapDirection,
} from './args.js';
import { transformAxis } from './axis.js';
import { c2c, c2r, r2c } from './lines.js';
import { rfftPlane } from './plane.js';

export type { Norm } from './args.js';

/** Options of the 1-D transforms. */
export interface FFTOptions {
  n?: number | null;
  axis?: number;
  norm?: Norm | null;
  out?: NDArray | null;
}

/** Options of the n-D transforms. */
export interface FFTNOptions {
  s?: readonly (number | null)[] | null;
  axes?: readonly number[] | null;
  norm?: Norm | null;
  out?: NDArray | null;
}

/** The factor 1/sqrt(n) or 1/n rounded as NumPy computes it in the input's real dtype. */
function normFactor(norm: Norm, n: number, real: 'float16' | 'float32' | 'float64'): number {
  if (norm === 'backward') return 1;
  if (real === 'float64') return norm === 'ortho' ? 1 / Math.sqrt(n) : 1 / n;
  const r = real === 'float32' ? Math.fround : (x: number) => roundToHalf(Math.fround(x));
  const d = norm === 'ortho' ? r(Math.sqrt(r(n))) : r(n);
  return r(1 / d);
}

type Kind = 'c2c' | 'r2c' | 'c2r';

function shapeStr(dims: readonly (number | string)[]): string {
  return `(${dims.join(',')})`;
}

/** The gufunc's broadcasting of the loop dimensions of `a` against those of `out`. */
function checkOutBroadcast(a: NDArray, out: NDArray, axis: number, nOut: number): void {
  const inLoop = a.dims.filter((_, d) => d !== axis);
  const outLoop = out.dims.filter((_, d) => d !== axis);
  const ok = inLoop.every((d, i) => d === outLoop[i] || d === 1 || outLoop[i] === 1);
  if (!ok) {
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(a.dims)}->${shapeStr([...inLoop, 'newaxis'])} ()->() ${shapeStr(out.dims)}->${shapeStr([...outLoop, nOut])}  and requested shape (${nOut})`,
    );
  }
  if (inLoop.some((d, i) => d !== outLoop[i] && outLoop[i] === 1)) {
    const bshape = inLoop.map((d, i) => Math.max(d, outLoop[i]!));
    throw new ValueError(
      `non-broadcastable output operand with shape ${shapeStr(out.dims)} [remapped to ${shapeStr([...outLoop, nOut].reverse())}] doesn't match the broadcast shape ${shapeStr([...bshape, nOut])}`,
    );
  }
}

/** NumPy's `_raw_fft(a, n, axis, is_real, is_forward, norm, out)`. */
function rawFFT(
  a: NDArray,
  nArg: unknown,
  axisArg: unknown,
  isReal: boolean,
  isForward: boolean,
  normArg: unknown,
  out: unknown,
  scratch = false,
): NDArray {
  const n = checkN(nArg);
  const norm = checkNorm(isForward ? normArg : swapDirection(normArg));
  const real = realDType(a.dtype);
  const fct = normFactor(norm, n, real);
  const kind: Kind = !isReal ? 'c2c' : isForward ? 'r2c' : 'c2r';
  const nOut = kind === 'r2c' ? (n >> 1) + 1 : n;
  const ax = axisInt(axisArg);
  if (ax < -a.ndim || ax >= a.ndim) throw axisError(ax, a.ndim);
  const axis = ax < 0 ? ax + a.ndim : ax;
  const name =
    kind === 'c2c'
      ? isForward
        ? 'fft'
        : 'ifft'
      : kind === 'c2r'
        ? 'irfft'
        : `rfft_n_${n % 2 ? 'odd' : 'even'}`;
  if (kind === 'r2c' && a.dtype.kind === 'c') {
    throw new TypeError(
      `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
    );
  }
  // NumPy allocates out as result_type(a, 1j) (c2r: the real dtype); the loop is double.
  const loopOut: DType = kind === 'c2r' ? float64 : complex128;
  const outDType: DType =
    kind === 'c2r'
      ? real === 'float16'
        ? float16
        : real === 'float32'
          ? float32
          : float64
      : real === 'float64'
        ? complex128
        : complex64;
  let dst: NDArray | null = null;
  if (out !== undefined && out !== null) {
    if (!(out instanceof NDArray)) throw new TypeError('return arrays must be of ArrayType');
    if (out.ndim !== a.ndim || out.dims[axis] !== nOut)
      throw new ValueError('output array has wrong shape.');
    if (!canCastDType(loopOut, out.dtype, 'same_kind')) {
      throw new UFuncTypeError(
        `Cannot cast ufunc '${name}' output from dtype('${loopOut.name}') to dtype('${out.dtype.name}') with casting rule 'same_kind'`,
      );
    }
    checkOutBroadcast(a, out, axis, nOut);
    dst = out;
  }
  // Inputs the engine reads directly: aligned float32/float64/complex64/complex128.
  let src = a;
  const direct = ['float32', 'float64', 'complex64', 'complex128'];
  if (!direct.includes(a.dtype.name) || !a.isAligned) {
    src = a.astype(a.dtype.kind === 'c' ? complex128 : float64);
  }
  const op = kind === 'c2c' ? c2c(n, isForward) : kind === 'r2c' ? r2c(n) : c2r(n);
  const target = dst !== null ? loopOut : outDType === float16 ? float64 : outDType;
  // An intermediate of an n-D transform that keeps its shape and dtype is reused.
  const reuse =
    scratch && src === a && a.dtype === target && a.dims[axis] === op.outLen && dst === null;
  const res = transformAxis(src, axis, op, fct, target, reuse ? a : undefined);
  if (dst === null) return outDType === float16 ? res.astype(float16) : res;
  dst.set('...', res);
  return dst;
}

/** A 1-D transform step; `own` says `a` is an intermediate this module allocated. */
type OneD = (
  a: NDArray,
  n: unknown,
  axis: unknown,
  norm: unknown,
  out: unknown,
  own: boolean,
) => NDArray;

const fft1: OneD = (a, n, axis, norm, out, own) =>
  rawFFT(a, n ?? shapeAt(a.dims, axis), axis, false, true, norm, out, own);
const ifft1: OneD = (a, n, axis, norm, out, own) =>
  rawFFT(a, n ?? shapeAt(a.dims, axis), axis, false, false, norm, out, own);
const rfft1: OneD = (a, n, axis, norm, out) =>
  rawFFT(a, n ?? shapeAt(a.dims, axis), axis, true, true, norm, out);
const irfft1: OneD = (a, n, axis, norm, out) =>
  rawFFT(a, n ?? (shapeAt(a.dims, axis) - 1) * 2, axis, true, false, norm, out);

interface Bound1 {
  a: NDArray;
  n: unknown;
  axis: unknown;
  norm: unknown;
  out: unknown;
}

function bind1(fn: string, args: unknown[]): Bound1 {
  const o = bindArgs(fn, ['a', 'n', 'axis', 'norm', 'out'], args);
  missingPositional(fn, o, ['a']);
  return { a: toArray(o.a), n: o.n, axis: 'axis' in o ? o.axis : -1, norm: o.norm, out: o.out };
}

type NArg = number | null | FFTOptions;
type AxisArg = number | FFTOptions;
type NormArg = Norm | null | FFTOptions;
type OutArg = NDArray | null | FFTOptions;

/**
 * `np.fft.fft(a, n=None, axis=-1, norm=None, out=None)`: the 1-D discrete Fourier transform.
 * @example np.fft.fft([1, 2, 3, 4]) // [10+0j, -2+2j, -2+0j, -2-2j]
 */
export function fft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function fft(...args: unknown[]): NDArray {
  const o = bind1('fft', args);
  return fft1(o.a, o.n, o.axis, o.norm, o.out, false);
}

/**
 * `np.fft.ifft(a, n=None, axis=-1, norm=None, out=None)`: the 1-D inverse DFT.
 * @example np.fft.ifft([10, -2, -2, -2]) // [1+0j, 3+0j, 3+0j, 3+0j]
 */
export function ifft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function ifft(...args: unknown[]): NDArray {
  const o = bind1('ifft', args);
  return ifft1(o.a, o.n, o.axis, o.norm, o.out, false);
}

/**
 * `np.fft.rfft(a, n=None, axis=-1, norm=None, out=None)`: the DFT of real input,
 * terms 0..n/2.
 * @example np.fft.rfft([1, 2, 3, 4]) // [10+0j, -2+2j, -2+0j]
 */
export function rfft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function rfft(...args: unknown[]): NDArray {
  const o = bind1('rfft', args);
  return rfft1(o.a, o.n, o.axis, o.norm, o.out, false);
}

/**
 * `np.fft.irfft(a, n=None, axis=-1, norm=None, out=None)`: the inverse of rfft; n
 * defaults to 2*(m-1) for m input points.
 * @example np.fft.irfft([10, -2, -2]) // [1, 3, 3, 3]
 */
export function irfft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function irfft(...args: unknown[]): NDArray {
  const o = bind1('irfft', args);
  return irfft1(o.a, o.n, o.axis, o.norm, o.out, false);
}

/**
 * `np.fft.hfft(a, n=None, axis=-1, norm=None, out=None)`: the FFT of a signal with
 * Hermitian symmetry (real spectrum). As in NumPy, `out` is accepted but not used.
 * @example np.fft.hfft([1, 2, 3]) // [8, -2, 0, -2]
 */
export function hfft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function hfft(...args: unknown[]): NDArray {
  const o = bind1('hfft', args);
  const n = o.n ?? (shapeAt(o.a.dims, o.axis) - 1) * 2;
  const newNorm = swapDirection(o.norm);
  const conj = o.a.dtype.kind === 'c' ? (conjugate(o.a) as NDArray) : o.a;
  return rawFFT(conj, n, o.axis, true, false, newNorm, null);
}

/**
 * `np.fft.ihfft(a, n=None, axis=-1, norm=None, out=None)`: the inverse of hfft, for
 * real input.
 * @example np.fft.ihfft([8, -2, 0, -2]) // [1-0j, 2-0j, 3-0j]
 */
export function ihfft(a: unknown, n?: NArg, axis?: AxisArg, norm?: NormArg, out?: OutArg): NDArray;
export function ihfft(...args: unknown[]): NDArray {
  const o = bind1('ihfft', args);
  const n = o.n ?? shapeAt(o.a.dims, o.axis);
  const newNorm = swapDirection(o.norm);
  const res = rawFFT(o.a, n, o.axis, true, true, newNorm, o.out);
  conjugate(res, { out: res });
  return res;
}

interface BoundN {
  a: NDArray;
  s: unknown;
  axes: unknown;
  norm: unknown;
  out: unknown;
}

function bindN(fn: string, args: unknown[], defaultAxes: unknown): BoundN {
  const o = bindArgs(fn, ['a', 's', 'axes', 'norm', 'out'], args);
  missingPositional(fn, o, ['a']);
  const axes = 'axes' in o ? o.axes : defaultAxes;
  return { a: toArray(o.a), s: o.s, axes, norm: o.norm, out: o.out };
}

/** NumPy's `_raw_fftnd`: the 1-D transform along each axis, last axis first. */
function rawFFTnd(o: BoundN, fn: OneD, out: unknown): NDArray {
  const { s, axes } = cookNdArgs(o.a.dims, o.s, o.axes, false);
  let a = o.a;
  for (let ii = axes.length - 1; ii >= 0; ii--) {
    a = fn(a, s[ii], axes[ii], o.norm, out, a !== o.a);
  }
  return a;
}

function rfftnImpl(o: BoundN): NDArray {
  const { s, axes } = cookNdArgs(o.a.dims, o.s, o.axes, false);
  if (s.length === 0) throw new IndexError('list index out of range');
  const plane = rfft2Plane(o, s, axes);
  if (plane !== null) return plane;
  let a = rfft1(o.a, s[s.length - 1], axes[axes.length - 1], o.norm, o.out, false);
  for (let ii = axes.length - 2; ii >= 0; ii--) {
    a = fft1(a, s[ii], axes[ii], o.norm, o.out, a !== o.a);
  }
  return a;
}

/**
 * rfft2 over both axes of a whole float64 matrix, in their own shape, with no `out`: the
 * fused two-sweep path of plane.ts (null when it does not apply).
 */
function rfft2Plane(o: BoundN, s: unknown[], axes: unknown[]): NDArray | null {
  const a = o.a;
  if (a.ndim !== 2 || axes.length !== 2 || (o.out !== undefined && o.out !== null)) return null;
  if (axes[0] !== 0 && axes[0] !== -2) return null;
  if (axes[1] !== 1 && axes[1] !== -1) return null;
  if (s[0] !== a.dims[0] || s[1] !== a.dims[1]) return null;
  const nm = o.norm;
  if (!(nm === undefined || nm === null || nm === 'backward' || nm === 'ortho' || nm === 'forward'))
    return null;
  const norm = checkNorm(nm);
  const [m, n] = a.dims as [number, number];
  return rfftPlane(a, normFactor(norm, n, 'float64'), normFactor(norm, m, 'float64'));
}

function irfftnImpl(o: BoundN, out: unknown): NDArray {
  const { s, axes } = cookNdArgs(o.a.dims, o.s, o.axes, true);
  let a = o.a;
  for (let ii = 0; ii < axes.length - 1; ii++) {
    a = ifft1(a, s[ii], axes[ii], o.norm, null, a !== o.a);
  }
  return irfft1(a, s[s.length - 1], axes[axes.length - 1], o.norm, out, false);
}

type SArg = readonly (number | null)[] | null | FFTNOptions;
type AxesArg = readonly number[] | null | FFTNOptions;
type NormNArg = Norm | null | FFTNOptions;
type OutNArg = NDArray | null | FFTNOptions;

/**
 * `np.fft.fftn(a, s=None, axes=None, norm=None, out=None)`: the n-D DFT.
 * @example np.fft.fftn([[1, 2], [3, 4]]) // [[10+0j, -2+0j], [-4+0j, 0+0j]]
 */
export function fftn(a: unknown, s?: SArg, axes?: AxesArg, norm?: NormNArg, out?: OutNArg): NDArray;
export function fftn(...args: unknown[]): NDArray {
  const o = bindN('fftn', args, null);
  return rawFFTnd(o, fft1, o.out);
}

/**
 * `np.fft.ifftn(a, s=None, axes=None, norm=None, out=None)`: the n-D inverse DFT.
 * @example np.fft.ifftn([[10, -2], [-4, 0]]) // [[1+0j, 2+0j], [3+0j, 4+0j]]
 */
export function ifftn(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function ifftn(...args: unknown[]): NDArray {
  const o = bindN('ifftn', args, null);
  return rawFFTnd(o, ifft1, o.out);
}

/**
 * `np.fft.fft2(a, s=None, axes=(-2, -1), norm=None, out=None)`: the 2-D DFT.
 * @example np.fft.fft2([[1, 2], [3, 4]]) // [[10+0j, -2+0j], [-4+0j, 0+0j]]
 */
export function fft2(a: unknown, s?: SArg, axes?: AxesArg, norm?: NormNArg, out?: OutNArg): NDArray;
export function fft2(...args: unknown[]): NDArray {
  const o = bindN('fft2', args, [-2, -1]);
  return rawFFTnd(o, fft1, o.out);
}

/**
 * `np.fft.ifft2(a, s=None, axes=(-2, -1), norm=None, out=None)`: the 2-D inverse DFT
 * (as in NumPy, `out` is accepted but not used).
 * @example np.fft.ifft2([[10, -2], [-4, 0]]) // [[1+0j, 2+0j], [3+0j, 4+0j]]
 */
export function ifft2(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function ifft2(...args: unknown[]): NDArray {
  const o = bindN('ifft2', args, [-2, -1]);
  return rawFFTnd(o, ifft1, null);
}

/**
 * `np.fft.rfftn(a, s=None, axes=None, norm=None, out=None)`: the n-D DFT of real input
 * (the last axis halved).
 * @example np.fft.rfftn([[1, 2], [3, 4]]) // [[10+0j, -2+0j], [-4+0j, 0+0j]]
 */
export function rfftn(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function rfftn(...args: unknown[]): NDArray {
  return rfftnImpl(bindN('rfftn', args, null));
}

/**
 * `np.fft.rfft2(a, s=None, axes=(-2, -1), norm=None, out=None)`: the 2-D DFT of real input.
 * @example np.fft.rfft2([[1, 2], [3, 4]]) // [[10+0j, -2+0j], [-4+0j, 0+0j]]
 */
export function rfft2(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function rfft2(...args: unknown[]): NDArray {
  return rfftnImpl(bindN('rfft2', args, [-2, -1]));
}

/**
 * `np.fft.irfftn(a, s=None, axes=None, norm=None, out=None)`: the inverse of rfftn.
 * @example np.fft.irfftn([[10, -2], [-4, 0]]) // [[1, 2], [3, 4]]
 */
export function irfftn(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function irfftn(...args: unknown[]): NDArray {
  const o = bindN('irfftn', args, null);
  return irfftnImpl(o, o.out);
}

/**
 * `np.fft.irfft2(a, s=None, axes=(-2, -1), norm=None, out=None)`: the inverse of rfft2
 * (as in NumPy, `out` is accepted but not used).
 * @example np.fft.irfft2([[10, -2], [-4, 0]]) // [[1, 2], [3, 4]]
 */
export function irfft2(
  a: unknown,
  s?: SArg,
  axes?: AxesArg,
  norm?: NormNArg,
  out?: OutNArg,
): NDArray;
export function irfft2(...args: unknown[]): NDArray {
  return irfftnImpl(bindN('irfft2', args, [-2, -1]), null);
}
