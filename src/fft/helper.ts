/**
 * `np.fft` helpers (numpy/fft/_helper.py): fftfreq, rfftfreq, fftshift, ifftshift.
 */
import { Complex } from '../_core/complex.js';
import { complex128, float64 } from '../_core/dtype.js';
import { ValueError, ZeroDivisionError } from '../_core/errors.js';
import { roundToHalf } from '../_core/float16.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { roll } from '../_core/roll.js';
import { shapeAt } from './args.js';

/** `n` of fftfreq/rfftfreq: a Python integer (bools are ints in Python). */
function freqN(n: unknown): number | boolean {
  if (typeof n === 'number' && Number.isInteger(n)) return n;
  if (typeof n === 'bigint') return Number(n);
  if (typeof n === 'boolean') return n;
  if (n instanceof NDArray && n.ndim === 0 && 'iu'.includes(n.dtype.kind)) return Number(n.item());
  throw new ValueError('n should be an integer');
}

/** Python's complex division `1.0 / z` (CPython's algorithm). */
function complexReciprocal(br: number, bi: number): Complex {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) throw new ZeroDivisionError('complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new Complex(1 / denom, -ratio / denom);
  }
  const ratio = br / bi;
  const denom = br * ratio + bi;
  return new Complex(ratio / denom, -1 / denom);
}

/** `1.0 / (n * d)` as Python/NumPy evaluate it for a scalar d. */
function freqScale(n: number, d: unknown): number | Complex {
  if (d instanceof Complex) return complexReciprocal(n * d.re, n * d.im);
  if (d instanceof NDArray && d.ndim === 0) {
    const v = d.item() as unknown;
    if (v instanceof Complex) {
      // numpy complex scalar: no ZeroDivisionError, IEEE results
      const br = n * v.re;
      const bi = n * v.im;
      const den = br * br + bi * bi;
      return new Complex(br / den, -bi / den);
    }
    const x = Number(v);
    // NumPy scalars divide in their own precision, by IEEE rules.
    if (d.dtype.name === 'float32') return Math.fround(1 / Math.fround(n * x));
    if (d.dtype.name === 'float16') return roundToHalf(1 / roundToHalf(n * x));
    return 1 / (n * x);
  }
  const x = typeof d === 'boolean' ? Number(d) : typeof d === 'bigint' ? Number(d) : (d as number);
  if (typeof x !== 'number') {
    throw new TypeError(`unsupported operand type(s) for *: 'int' and '${typeof d}'`);
  }
  const p = n * x;
  if (p === 0) throw new ZeroDivisionError('float division by zero');
  return 1 / p;
}

function checkDevice(device: unknown): void {
  if (device !== undefined && device !== null && device !== 'cpu') {
    throw new ValueError(
      `Device not understood. Only "cpu" is allowed, but received: ${String(device)}`,
    );
  }
}

/** An array of the integers k (as float64 or complex128) times `val`. */
function scaled(
  ks: readonly number[] | ((i: number) => number),
  len: number,
  val: number | Complex,
): NDArray {
  const k = typeof ks === 'function' ? ks : (i: number) => ks[i]!;
  if (val instanceof Complex) {
    const out = NDArray.zeros([len], complex128);
    const d = out.data as Float64Array;
    for (let i = 0; i < len; i++) {
      const x = k(i);
      d[2 * i] = x * val.re - 0 * val.im;
      d[2 * i + 1] = x * val.im + 0 * val.re;
    }
    return out;
  }
  const out = NDArray.zeros([len], float64);
  const d = out.data as Float64Array;
  for (let i = 0; i < len; i++) d[i] = k(i) * val;
  return out;
}

type FreqOpts = { n?: number; d?: number | Complex | NDArray; device?: 'cpu' | null };

/**
 * `np.fft.fftfreq(n, d=1.0, device=None)`: the sample frequencies of an n-point DFT.
 * @example np.fft.fftfreq(4) // [0, 0.25, -0.5, -0.25]
 */
export function fftfreq(
  n: number | FreqOpts,
  d?: number | Complex | NDArray | FreqOpts,
  device?: 'cpu' | null | FreqOpts,
): NDArray;
export function fftfreq(...args: unknown[]): NDArray {
  const o = bindArgs('fftfreq', ['n', 'd', 'device'], args);
  missingPositional('fftfreq', o, ['n']);
  const nv = freqN(o.n);
  const n = Number(nv);
  const val = freqScale(n, o.d ?? 1.0);
  checkDevice(o.device);
  if (typeof nv === 'boolean') {
    throw new TypeError(
      `expected a sequence of integers or a single integer, got '${nv ? 'True' : 'False'}'`,
    );
  }
  if (n < 0) throw new ValueError('negative dimensions are not allowed');
  const N = Math.floor((n - 1) / 2) + 1;
  const neg = Math.floor(n / 2);
  return scaled((i) => (i < N ? i : i - N - neg), n, val);
}

/**
 * `np.fft.rfftfreq(n, d=1.0, device=None)`: the sample frequencies of rfft's output.
 * @example np.fft.rfftfreq(4) // [0, 0.25, 0.5]
 */
export function rfftfreq(
  n: number | FreqOpts,
  d?: number | Complex | NDArray | FreqOpts,
  device?: 'cpu' | null | FreqOpts,
): NDArray;
export function rfftfreq(...args: unknown[]): NDArray {
  const o = bindArgs('rfftfreq', ['n', 'd', 'device'], args);
  missingPositional('rfftfreq', o, ['n']);
  const n = Number(freqN(o.n));
  const val = freqScale(n, o.d ?? 1.0);
  checkDevice(o.device);
  const N = Math.floor(n / 2) + 1;
  return scaled((i) => i, Math.max(N, 0), val);
}

type ShiftAxes = number | readonly number[] | null;

function shiftArgs(fn: string, args: unknown[]): { x: NDArray; axes: unknown } {
  const o = bindArgs(fn, ['x', 'axes'], args);
  missingPositional(fn, o, ['x']);
  return { x: toArray(o.x), axes: o.axes };
}

/** np.roll with empty shift and axis sequences fails unpacking nothing (NumPy's message). */
function noAxes(): ValueError {
  return new ValueError('not enough values to unpack (expected 2, got 0)');
}

function doShift(x: NDArray, axes: unknown, sign: 1 | -1): NDArray {
  const half = (d: number) => sign * Math.floor(d / 2);
  if (axes === undefined || axes === null) {
    if (x.ndim === 0) throw noAxes();
    const all = x.dims.map((_, i) => i);
    return roll(x, x.dims.map(half), all);
  }
  if (typeof axes === 'number' || typeof axes === 'bigint') {
    return roll(x, half(shapeAt(x.dims, axes)), Number(axes));
  }
  const list = axes instanceof NDArray ? (axes.tolist() as unknown[]) : (axes as unknown[]);
  if (list.length === 0) throw noAxes();
  return roll(
    x,
    list.map((ax) => half(shapeAt(x.dims, ax))),
    list.map((ax) => Number(ax)),
  );
}

/**
 * `np.fft.fftshift(x, axes=None)`: the zero-frequency term moved to the centre.
 * @example np.fft.fftshift(np.fft.fftfreq(4)) // [-0.5, -0.25, 0, 0.25]
 */
export function fftshift(x: unknown, axes?: ShiftAxes | { axes?: ShiftAxes }): NDArray;
export function fftshift(...args: unknown[]): NDArray {
  const o = shiftArgs('fftshift', args);
  return doShift(o.x, o.axes, 1);
}

/**
 * `np.fft.ifftshift(x, axes=None)`: the inverse of fftshift.
 * @example np.fft.ifftshift([-0.5, -0.25, 0, 0.25]) // [0, 0.25, -0.5, -0.25]
 */
export function ifftshift(x: unknown, axes?: ShiftAxes | { axes?: ShiftAxes }): NDArray;
export function ifftshift(...args: unknown[]): NDArray {
  const o = shiftArgs('ifftshift', args);
  return doShift(o.x, o.axes, -1);
}
