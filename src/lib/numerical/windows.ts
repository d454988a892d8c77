/**
 * The window functions of numpy/lib/_function_base_impl.py: bartlett, blackman, hamming,
 * hanning, kaiser. Each follows NumPy's formula operation by operation in float64
 * (n = arange(1 - M, M, 2), then the cosine series), taking `cos` and `sqrt`/`i0` from
 * the same ufunc loops NumPy uses, so the windows match bit for bit.
 */
import { float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from './_args.js';
import { i0 } from './special.js';

/**
 * `np.array([0.0, M, ...])[1]`: a window parameter as a float64; `count` is the length of
 * that list (2, or 3 for kaiser), which NumPy's message for a sequence names.
 */
function asFloat(v: unknown, count: number): number {
  let x = v;
  if ((x instanceof NDArray && x.ndim !== 0) || Array.isArray(x) || ArrayBuffer.isView(x)) {
    throw new ValueError(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (${count},) + inhomogeneous part.`,
    );
  }
  if (x instanceof NDArray) x = x.item();
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  // A complex M or beta (which NumPy would carry through as complex128) is not supported.
  throw new TypeError(`window parameters must be real numbers, not ${typeof x}`);
}

/** `arange(start, stop, step)` in float64 as NumPy fills it: start + i*((start+step) - start). */
function farange(start: number, stop: number, step: number): Float64Array {
  const len = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Float64Array(len);
  const delta = start + step - start;
  if (len > 0) out[0] = start;
  if (len > 1) out[1] = start + step;
  for (let i = 2; i < len; i++) out[i] = start + i * delta;
  return out;
}

/** The elements of a fresh C-contiguous float64 array. */
function f64Of(a: NDArray): Float64Array {
  return new Float64Array(a.buffer as ArrayBuffer, a.offset, a.size);
}

function vec(data: Float64Array): NDArray {
  const a = NDArray.empty([data.length], float64);
  f64Of(a).set(data);
  return a;
}

/** cos of every element, from the cos ufunc. */
function cosOf(v: Float64Array): Float64Array {
  return f64Of(um.cos(vec(v)) as NDArray);
}

/** The M < 1 and M == 1 cases shared by the cosine windows, or null to go on. */
function trivial(M: number): NDArray | null {
  if (M < 1) return NDArray.zeros([0], float64);
  if (M === 1) {
    const a = NDArray.empty([1], float64);
    a.fill(1);
    return a;
  }
  return null;
}

/** `0.5 + 0.5*cos(pi*n/(M-1))`-style windows: a + b*cos(pi*n/(M-1)). */
function cosineWindow(fn: string, args: unknown[], a: number, b: number): NDArray {
  const o = bindPy(fn, ['M'], 1, args);
  const M = asFloat(o.M, 2);
  const t = trivial(M);
  if (t) return t;
  const n = farange(1 - M, M, 2);
  const arg = n.map((v) => (Math.PI * v) / (M - 1));
  const c = cosOf(arg);
  return vec(c.map((v) => a + b * v));
}

/**
 * `np.hanning(M)`: the Hann window.
 *
 * @example np.hanning(5) // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function hanning(M: unknown, ...rest: unknown[]): NDArray {
  return cosineWindow('hanning', [M, ...rest], 0.5, 0.5);
}

/**
 * `np.hamming(M)`: the Hamming window.
 *
 * @example np.hamming(5) // array([0.08, 0.54, 1.  , 0.54, 0.08])
 */
export function hamming(M: unknown, ...rest: unknown[]): NDArray {
  return cosineWindow('hamming', [M, ...rest], 0.54, 0.46);
}

/**
 * `np.blackman(M)`: the Blackman window.
 *
 * @example np.blackman(3) // array([-1.38777878e-17,  1.00000000e+00, -1.38777878e-17])
 */
export function blackman(M: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('blackman', ['M'], 1, [M, ...rest]);
  const m = asFloat(o.M, 2);
  const t = trivial(m);
  if (t) return t;
  const n = farange(1 - m, m, 2);
  const c1 = cosOf(n.map((v) => (Math.PI * v) / (m - 1)));
  const c2 = cosOf(n.map((v) => (2.0 * Math.PI * v) / (m - 1)));
  return vec(c1.map((v, i) => 0.42 + 0.5 * v + 0.08 * c2[i]!));
}

/**
 * `np.bartlett(M)`: the Bartlett (triangular) window.
 *
 * @example np.bartlett(5) // array([0. , 0.5, 1. , 0.5, 0. ])
 */
export function bartlett(M: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('bartlett', ['M'], 1, [M, ...rest]);
  const m = asFloat(o.M, 2);
  const t = trivial(m);
  if (t) return t;
  const n = farange(1 - m, m, 2);
  return vec(n.map((v) => (v <= 0 ? 1 + v / (m - 1) : 1 - v / (m - 1))));
}

/**
 * `np.kaiser(M, beta)`: the Kaiser window, `i0(beta*sqrt(1 - ((n - alpha)/alpha)**2)) / i0(beta)`.
 *
 * @example np.kaiser(4, 5) // array([0.03671089, 0.77532210, 0.77532210, 0.03671089])
 */
export function kaiser(M: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('kaiser', ['M', 'beta'], 2, [M, ...rest]);
  const m = asFloat(o.M, 3);
  const beta = asFloat(o.beta, 3);
  if (m === 1) {
    const a = NDArray.empty([1], float64);
    a.fill(1);
    return a;
  }
  const n = farange(0, m, 1);
  const alpha = (m - 1) / 2.0;
  const inner = n.map((v) => {
    const q = (v - alpha) / alpha;
    return 1 - q * q;
  });
  // sqrt through the ufunc: NumPy warns when M is not an integer (negative radicands).
  const root = f64Of(um.sqrt(vec(inner)) as NDArray);
  return um.true_divide(i0(vec(root.map((v) => beta * v))), i0(beta)) as NDArray;
}
