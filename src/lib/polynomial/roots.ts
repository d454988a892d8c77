/**
 * `np.poly` and `np.roots` (numpy/lib/_polynomial_impl.py): coefficients from roots (or
 * from a matrix's characteristic polynomial, through `eigvals`) and roots as the
 * eigenvalues of the companion matrix.
 */
import { complex128, type DType, float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import { atleast_1d, hstack } from '../../_core/shape_base.js';
import { sort } from '../../_core/sorting/sort.js';
import * as um from '../../_core/umath/defs/index.js';
import { eigvals } from '../../linalg/eig.js';
import { bindPy } from '../numerical/_args.js';
import { axisSlice } from '../numerical/_views.js';
import { convolveFull } from './_convolve.js';

/** NumPy's `mintypecode(char)` for one dtype: float32/64 and complex64/128 stay, else float64. */
function minType(dt: DType): DType {
  return 'fdFD'.includes(dt.char) ? dt : float64;
}

/**
 * NumPy's dispatchers of poly and roots return their argument itself as the "relevant
 * arguments", so a scalar (not iterable) fails before the function runs.
 */
function checkIterable(v: unknown): void {
  const scalar =
    v instanceof NDArray
      ? v.ndim === 0
      : !Array.isArray(v) && !ArrayBuffer.isView(v) && typeof v !== 'string';
  if (scalar) throw new TypeError('dispatcher for __array_function__ did not return an iterable');
}

/**
 * `np.poly(seq_of_zeros)`: the coefficients of the monic polynomial with the given roots,
 * or the characteristic polynomial of a square matrix. No roots give the number 1.
 *
 * @example np.poly([0, 0, 0]) // array([1., 0., 0., 0.])
 */
export function poly(seq_of_zeros: unknown, ...rest: unknown[]): NDArray | number {
  const o = bindPy('poly', ['seq_of_zeros'], 1, [seq_of_zeros, ...rest]);
  checkIterable(o.seq_of_zeros);
  let seq = atleast_1d(o.seq_of_zeros);
  const sh = seq.dims;
  if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0) seq = eigvals(seq);
  else if (sh.length === 1) seq = seq.astype(minType(seq.dtype) as never);
  else throw new ValueError('input must be 1d or non-empty square 2d array.');
  const n = seq.dims[0]!;
  if (n === 0) return 1.0;
  const dt = seq.dtype;
  let a: NDArray = NDArray.empty([1], dt);
  a.fill(1);
  for (let i = 0; i < n; i++) {
    const factor = NDArray.empty([2], dt);
    factor.set(0, 1);
    factor.set(1, um.negative(seq.get(i)));
    a = convolveFull(a, factor);
  }
  if (a.dtype.kind === 'c') {
    // Roots that all come in conjugate pairs give a real polynomial.
    const r = seq.astype(complex128);
    const same = um.equal(sort(r), sort(um.conjugate(r) as NDArray)) as NDArray;
    if (same.all()) a = a.real.copy();
  }
  return a;
}

/**
 * `np.roots(p)`: the roots of the polynomial with coefficients p (highest power first).
 *
 * @example np.roots([1, -3, 2]) // array([2., 1.])
 */
export function roots(p: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('roots', ['p'], 1, [p, ...rest]);
  checkIterable(o.p);
  let pa = atleast_1d(o.p);
  if (pa.ndim !== 1) throw new ValueError('Input must be a rank-1 array.');
  const len = pa.dims[0]!;
  const nz: number[] = [];
  const truth = um.not_equal(pa, 0) as NDArray;
  for (let i = 0; i < len; i++) if (truth.at(i)) nz.push(i);
  if (nz.length === 0) return NDArray.zeros([0], float64);
  const first = nz[0]!;
  const last = nz[nz.length - 1]!;
  const trailing = len - last - 1;
  pa = axisSlice(pa, 0, first, last + 1);
  const k = pa.dtype.kind;
  if (k !== 'f' && k !== 'c') pa = pa.astype(float64);
  const N = pa.dims[0]!;
  let r: NDArray;
  if (N > 1) {
    const A = NDArray.zeros([N - 1, N - 1], pa.dtype);
    for (let i = 1; i < N - 1; i++) A.set(i, i - 1, 1);
    A.set(0, '...', um.true_divide(um.negative(axisSlice(pa, 0, 1, N)), pa.get(0)));
    r = eigvals(A);
  } else r = NDArray.zeros([0], float64);
  return hstack([r, NDArray.zeros([trailing], r.dtype)]);
}
