/** NumPy's `_weights_are_valid` for quantiles: weights shaped like `a`, or like `a` along `axis`. */
import { ValueError } from '../../_core/errors.js';
import { toArray } from '../../_core/multiarray/array.js';
import type { NDArray } from '../../_core/ndarray.js';

/** Weights broadcastable against `a` (reshaped when given along the axes only). */
export function validWeights(weights: unknown, a: NDArray, axis: number[] | null): NDArray {
  const w = toArray(weights);
  if (w.ndim === a.ndim && w.dims.every((n, i) => n === a.dims[i])) return w;
  if (axis === null)
    throw new TypeError('Axis must be specified when shapes of a and weights differ.');
  if (w.ndim !== axis.length || w.dims.some((n, i) => n !== a.dims[axis[i]!])) {
    throw new ValueError(
      'Shape of weights must be consistent with shape of a along specified axis.',
    );
  }
  // wgt.transpose(argsort(axis)).reshape(a's shape with 1 off the axes).
  const order = axis.map((_, i) => i).sort((i, j) => axis[i]! - axis[j]!);
  return w.transpose(order).reshape(a.dims.map((n, i) => (axis.includes(i) ? n : 1)));
}
