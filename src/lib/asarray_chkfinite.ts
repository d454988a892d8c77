/**
 * `np.asarray_chkfinite` (numpy/lib/_function_base_impl.py).
 */
import type { DTypeLike } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { asarray } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { checkOrder } from '../_core/shape/args.js';
import { isfinite } from '../_core/umath/defs/classify.js';

/**
 * `np.asarray_chkfinite(a, dtype=None, order=None)`: `np.asarray(a, dtype, order)`, but a
 * float or complex result with an infinity or NaN is a ValueError.
 * @example np.asarray_chkfinite([1, 2]) // array([1, 2]); [1, Infinity] throws
 */
export function asarray_chkfinite(...given: unknown[]): NDArray {
  const args = bindArgs('asarray_chkfinite', ['a', 'dtype', 'order'], given);
  missingPositional('asarray_chkfinite', args, ['a']);
  const order = args.order === undefined || args.order === null ? 'K' : checkOrder(args.order);
  const a = asarray(args.a, {
    dtype: (args.dtype ?? undefined) as DTypeLike | undefined,
    order,
  }) as NDArray;
  if (a.dtype.kind === 'f' || a.dtype.kind === 'c') {
    const fin = isfinite(a) as NDArray;
    let ok = true;
    fin.forEachOffset((off) => {
      if (ok && fin.readAt(off) !== true) ok = false;
    });
    if (!ok) throw new ValueError('array must not contain infs or NaNs');
  }
  return a;
}
