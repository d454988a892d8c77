/**
 * `np.vander` (numpy/lib/_twodim_base_impl.py): the Vandermonde matrix, built as NumPy
 * builds it — a column of ones, copies of x, then `multiply.accumulate` along the rows —
 * in `promote_types(x.dtype, int)`.
 */
import { ValueError } from '../../_core/errors.js';
import { toIndex } from '../../_core/multiarray/args.js';
import { asarray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { promoteTypes } from '../../_core/numerictypes/promotion.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from './_args.js';

/**
 * `np.vander(x, N=None, increasing=False)`: columns are powers of x, decreasing from
 * x**(N-1) unless `increasing`.
 *
 * @example np.vander([1, 2, 3], 3) // array([[1, 1, 1], [4, 2, 1], [9, 3, 1]])
 */
export function vander(x: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('vander', ['x', 'N', 'increasing'], 1, [x, ...rest]);
  const xa = asarray(o.x);
  if (xa.ndim !== 1) throw new ValueError('x must be a one-dimensional array or sequence.');
  const rows = xa.dims[0]!;
  const N = o.N === undefined || o.N === null ? rows : toIndex(o.N);
  if (N < 0) throw new ValueError('negative dimensions are not allowed');
  const v = NDArray.empty([rows, N], promoteTypes(xa.dtype, 'int64'));
  const [s0, s1] = v.steps as [number, number];
  // tmp = v[:, ::-1] unless increasing: column k of tmp holds x**k.
  const col = (k: number): NDArray => {
    const j = o.increasing ? k : N - 1 - k;
    return v.viewWith([rows], [s0], v.offset + j * s1);
  };
  if (N > 0) col(0).fill(1);
  if (N > 1) {
    // tmp[:, 1:] = x[:, None]; multiply.accumulate(tmp[:, 1:], out=tmp[:, 1:], axis=1):
    // NumPy's accumulate rounds differently from element-wise products (complex: no FMA).
    const step = o.increasing ? s1 : -s1;
    const rest = v.viewWith([rows, N - 1], [s0, step], col(1).offset);
    rest.set('...', xa.reshape(rows, 1));
    um.multiply.accumulate(rest, 1, null, rest);
  }
  return v;
}
