/**
 * `np.trapezoid` (numpy/lib/_function_base_impl.py): the composite trapezoidal rule,
 * `(d * (y[1:] + y[:-1]) / 2.0).sum(axis)`, through the ufuncs and NumPy's pairwise sum.
 */
import { float64 } from '../../_core/dtype.js';
import { IndexError } from '../../_core/errors.js';
import { sum } from '../../_core/fromnumeric.js';
import { toIndex } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';
import { finish } from '../../_core/reduction_args.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from './_args.js';
import { axisSlice } from './_views.js';
import { diff } from './diff.js';

/**
 * `np.trapezoid(y, x=None, dx=1.0, axis=-1)`: integral of y along `axis` by the trapezoidal
 * rule, with sample points `x` or uniform spacing `dx`.
 *
 * @example np.trapezoid([1, 2, 3]) // 4
 */
export function trapezoid(y: unknown, ...rest: unknown[]): any {
  const o = bindPy('trapezoid', ['y', 'x', 'dx', 'axis'], 1, [y, ...rest]);
  const ya = toArray(o.y);
  const nd = ya.ndim;
  if (o.axis === null) throw new TypeError('list indices must be integers or slices, not NoneType');
  const axisArg = toIndex(o.axis ?? -1);
  // NumPy indexes a Python list of length ndim with `axis`.
  if (axisArg < -nd || axisArg >= nd) throw new IndexError('list assignment index out of range');
  const axis = axisArg < 0 ? axisArg + nd : axisArg;
  let d: unknown = null;
  if (o.x !== undefined && o.x !== null) {
    const x = toArray(o.x);
    if (x.ndim === 1) {
      const dx = diff(x) as NDArray;
      const shape = new Array<number>(nd).fill(1);
      shape[axis] = dx.dims[0]!;
      d = dx.reshape(shape);
    } else d = diff(x, { axis: axisArg });
  } else if (o.dx !== undefined) d = o.dx;
  const len = ya.dims[axis]!;
  const hi = axisSlice(ya, axis, Math.min(1, len), len);
  const lo = axisSlice(ya, axis, 0, Math.max(len - 1, 0));
  let s = um.add(hi, lo) as NDArray;
  // The default dx is the Python float 1.0: multiplying by it only makes the sum inexact.
  if (d === null) {
    const k = s.dtype.kind;
    if (k !== 'f' && k !== 'c') s = s.astype(float64);
  } else s = um.multiply(d, s) as NDArray;
  const ret = um.true_divide(s, 2) as NDArray;
  return finish(sum(ret, axis), {});
}
