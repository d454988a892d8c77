/**
 * `np.polyfit` (numpy/lib/_polynomial_impl.py): weighted least-squares polynomial fit on
 * the column-scaled Vandermonde matrix, through `np.linalg.lstsq`, with NumPy's `full`
 * diagnostics and (scaled or unscaled) covariance from `inv(lhs.T @ lhs)`.
 */

import { ValueError } from '../../_core/errors.js';
import { sum } from '../../_core/fromnumeric.js';
import { dot, outer } from '../../_core/linalg_products/products.js';
import { asarray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { finfo } from '../../_core/numerictypes/getlimits.js';
import { warn } from '../../_core/runtime_warning.js';
import * as um from '../../_core/umath/defs/index.js';
import { lstsq } from '../../linalg/lstsq.js';
import { inv } from '../../linalg/solve.js';
import { bindPy } from '../numerical/_args.js';
import { vander } from '../numerical/vander.js';
import { plusFloatZero } from './arithmetic.js';
import { pyInt } from './calculus.js';

/** `a[:, np.newaxis]` of a 1-D array. */
function column(a: NDArray): NDArray {
  return a.reshape([a.dims[0]!, 1]);
}

/** Python's `deg < 0` for the degree as given (a number, bool, bigint or 0-d array). */
function negative(deg: unknown): boolean {
  const d = deg instanceof NDArray ? deg.item() : deg;
  if (typeof d === 'bigint') return d < 0n;
  return Number(d) < 0;
}

/**
 * `np.polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)`: least-squares fit of
 * a polynomial of degree `deg`; coefficients highest power first (one column per column
 * of a 2-D y). `full` gives `[p, residuals, rank, singular_values, rcond]`; `cov` (true or
 * `'unscaled'`) gives `[p, V]`.
 *
 * @example np.polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1) // array([2., 1.])
 */
export function polyfit(x: unknown, ...rest: unknown[]): any {
  const o = bindPy('polyfit', ['x', 'y', 'deg', 'rcond', 'full', 'w', 'cov'], 3, [x, ...rest]);
  const order = pyInt(o.deg) + 1;
  const xa = plusFloatZero(asarray(o.x));
  const ya = plusFloatZero(asarray(o.y));
  if (negative(o.deg)) throw new ValueError('expected deg >= 0');
  if (xa.ndim !== 1) throw new TypeError('expected 1D vector for x');
  if (xa.size === 0) throw new TypeError('expected non-empty vector for x');
  if (ya.ndim < 1 || ya.ndim > 2) throw new TypeError('expected 1D or 2D array for y');
  if (xa.dims[0] !== ya.dims[0]) throw new TypeError('expected x and y to have same length');
  const m = xa.dims[0]!;
  const rcond: number =
    o.rcond === undefined || o.rcond === null
      ? m * (finfo(xa.dtype).eps as number)
      : (o.rcond as number);
  const lhs = vander(xa, order);
  const rhs = ya;
  if (o.w !== undefined && o.w !== null) {
    const w = plusFloatZero(asarray(o.w));
    if (w.ndim !== 1) throw new TypeError('expected a 1-d array for weights');
    if (w.dims[0] !== ya.dims[0]) throw new TypeError('expected w and y to have the same length');
    um.multiply(lhs, column(w), { out: lhs });
    um.multiply(rhs, rhs.ndim === 2 ? column(w) : w, { out: rhs });
  }
  const scale = um.sqrt(sum(um.multiply(lhs, lhs), { axis: 0 })) as NDArray;
  um.true_divide(lhs, scale, { out: lhs });
  const [c0, resids, rank, s] = lstsq(lhs, rhs, rcond);
  const c = (um.true_divide(c0.T, scale) as NDArray).T;
  if (rank !== order && !o.full) warn('Polyfit may be poorly conditioned', 'RankWarning');
  if (o.full) return [c, resids, rank, s, rcond];
  if (o.cov) {
    const vbase = inv(dot(lhs.T, lhs));
    um.true_divide(vbase, outer(scale, scale), { out: vbase });
    let fac: unknown;
    if (o.cov === 'unscaled') fac = 1;
    else {
      if (m <= order) {
        throw new ValueError(
          'the number of data points must exceed order to scale the covariance matrix',
        );
      }
      fac = um.true_divide(resids, m - order);
    }
    if (ya.ndim === 1) return [c, um.multiply(vbase, fac)];
    return [c, um.multiply(vbase.reshape([order, order, 1]), fac)];
  }
  return c;
}
