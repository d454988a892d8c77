/**
 * `np.cross` (numpy/_core/numeric.py): the cross product of 2- or 3-vectors along an
 * axis, with NumPy's sequence of ufunc calls so dtypes, casting and errors match.
 */

import { broadcast_shapes } from '../lib/stride_tricks.js';
import type { DTypeLike } from './dtype.js';
import { ValueError } from './errors.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { array } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { promoteTypes } from './numerictypes/promotion.js';
import { warn } from './runtime_warning.js';
import { normalizeAxis } from './shape/args.js';
import { moveaxis } from './shape.js';
import { multiply, negative, subtract } from './umath/defs/arithmetic.js';

const INCOMPATIBLE = 'incompatible dimensions for cross product\n(dimension must be 2 or 3)';

/**
 * `np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`: the cross product of the
 * vectors of `a` and `b` (along axisa / axisb, broadcast against each other), placed
 * along axisc; `axis` sets all three. 2-vectors give the z component only (a 0-d array
 * for two single vectors) and, as in NumPy 2, a DeprecationWarning.
 * @example np.cross([1, 0, 0], [0, 1, 0]) // array([0, 0, 1])
 */
export function cross(...given: unknown[]): NDArray {
  const args = bindArgs('cross', ['a', 'b', 'axisa', 'axisb', 'axisc', 'axis'], given);
  missingPositional('cross', args, ['a', 'b']);
  let axisa = args.axisa ?? -1;
  let axisb = args.axisb ?? -1;
  let axisc = args.axisc ?? -1;
  if (args.axis !== undefined && args.axis !== null) axisa = axisb = axisc = args.axis;
  let a = args.a instanceof NDArray ? args.a : array(args.a, { copy: null });
  let b = args.b instanceof NDArray ? args.b : array(args.b, { copy: null });
  if (a.ndim < 1 || b.ndim < 1) throw new ValueError('At least one array has zero dimension');
  const axA = normalizeAxis(axisa, a.ndim, 'axisa');
  const axB = normalizeAxis(axisb, b.ndim, 'axisb');
  a = moveaxis(a, axA, -1);
  b = moveaxis(b, axB, -1);
  const na = a.shape[a.ndim - 1]!;
  const nb = b.shape[b.ndim - 1]!;
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3)) throw new ValueError(INCOMPATIBLE);
  if (na === 2 || nb === 2) {
    warn(
      'Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)',
      'DeprecationWarning',
    );
  }
  const comp = (x: NDArray, i: number): NDArray => x.get('...', i);
  const shape = broadcast_shapes(comp(a, 0).shape, comp(b, 0).shape);
  let axC = 0;
  if (na === 3 || nb === 3) {
    shape.push(3);
    axC = normalizeAxis(axisc, shape.length, 'axisc');
  }
  const dtype = promoteTypes(a.dtype, b.dtype);
  const cp = NDArray.zeros(shape, dtype);
  a = a.astype(dtype as DTypeLike);
  b = b.astype(dtype as DTypeLike);
  const [a0, a1, b0, b1] = [comp(a, 0), comp(a, 1), comp(b, 0), comp(b, 1)];
  const mul = (x: NDArray, y: NDArray, out: NDArray): void => {
    multiply(x, y, { out });
  };
  // Products into a scratch array of the result dtype (NumPy's strong intermediates).
  const tmp = NDArray.zeros(shape.slice(0, na === 3 || nb === 3 ? -1 : undefined), dtype);
  // cp -= x * y, as NumPy's in-place subtract (bool raises NumPy's TypeError here).
  const subMul = (out: NDArray, x: NDArray, y: NDArray): void => {
    multiply(x, y, { out: tmp });
    subtract(out, tmp, { out });
  };
  if (na === 2 && nb === 2) {
    mul(a0, b1, cp);
    subMul(cp, a1, b0);
    return cp;
  }
  const [c0, c1, c2] = [comp(cp, 0), comp(cp, 1), comp(cp, 2)];
  if (na === 2) {
    const b2 = comp(b, 2);
    mul(a1, b2, c0);
    mul(a0, b2, c1);
    negative(c1, { out: c1 });
    mul(a0, b1, c2);
    subMul(c2, a1, b0);
  } else if (nb === 3) {
    const [a2, b2] = [comp(a, 2), comp(b, 2)];
    mul(a1, b2, c0);
    multiply(a2, b1, { out: tmp });
    subtract(c0, tmp, { out: c0 });
    mul(a2, b0, c1);
    multiply(a0, b2, { out: tmp });
    subtract(c1, tmp, { out: c1 });
    mul(a0, b1, c2);
    multiply(a1, b0, { out: tmp });
    subtract(c2, tmp, { out: c2 });
  } else {
    const a2 = comp(a, 2);
    mul(a2, b1, c0);
    negative(c0, { out: c0 });
    mul(a2, b0, c1);
    mul(a0, b1, c2);
    subMul(c2, a1, b0);
  }
  return moveaxis(cp, -1, axC);
}
