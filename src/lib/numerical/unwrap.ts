/**
 * `np.unwrap` (numpy/lib/_function_base_impl.py): undo jumps larger than `discont` by
 * adding multiples of `period`, composed from the ufuncs exactly as NumPy does.
 */

import { float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { cumsum } from '../../_core/fromnumeric.js';
import { asarray } from '../../_core/multiarray/array.js';
import { copyto } from '../../_core/multiarray/copyto.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';
import { normalizeAxis } from '../../_core/shape/args.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from './_args.js';
import { unwrapF64 } from './_unwrap_f64.js';
import { axisSlice } from './_views.js';
import { diff } from './diff.js';

/** Python's `divmod(period, 2)` for an integer period (floored). */
function divmod2(p: number | bigint | NDArray): [unknown, boolean] {
  if (typeof p === 'bigint') return [p >= 0n ? p / 2n : -((-p + 1n) / 2n), p % 2n === 0n];
  if (typeof p === 'number') return [Math.floor(p / 2), ((p % 2) + 2) % 2 === 0];
  const q = um.floor_divide(p, 2);
  const r = um.remainder(p, 2) as NDArray;
  return [q, Number(r.item()) === 0];
}

/**
 * `np.unwrap(p, discont=None, axis=-1, *, period=2*pi)`: phase unwrapping along `axis`.
 *
 * @example np.unwrap([0, 1, 2, 3, 4], {period: 4}) // array([0, 1, 2, 3, 4])
 */
export function unwrap(p: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('unwrap', ['p', 'discont', 'axis'], 1, [p, ...rest], ['period']);
  const arr = asarray(o.p);
  const period: any = o.period ?? 2 * Math.PI;
  if (arr.ndim === 0) throw new ValueError('diff requires input that is at least one dimensional');
  const axis = normalizeAxis(o.axis === undefined ? -1 : o.axis, arr.ndim);
  const noDiscont = o.discont === undefined || o.discont === null;
  if (
    arr.dtype === float64 &&
    typeof period === 'number' &&
    (noDiscont || typeof o.discont === 'number')
  ) {
    const fast = unwrapF64(
      arr.flags.c_contiguous && arr.isAligned ? arr : arr.copy('C'),
      axis,
      period,
      noDiscont ? period / 2 : o.discont,
    );
    if (fast !== null) return fast;
  }
  const dd = diff(arr, { axis }) as NDArray;
  const discont: any = noDiscont ? um.true_divide(period, 2) : o.discont;
  const dtype = resultType(dd, period);
  let high: unknown;
  let ambiguous: boolean;
  if (dtype.isInteger) {
    [high, ambiguous] = divmod2(period);
  } else {
    high = um.true_divide(period, 2);
    ambiguous = true;
  }
  const low = um.negative(high);
  const ddmod = um.add(um.remainder(um.subtract(dd, low), period), low) as NDArray;
  if (ambiguous) {
    const where = um.logical_and(um.equal(ddmod, low), um.greater(dd, 0));
    copyto(ddmod, high, { where });
  }
  const phCorrect = um.subtract(ddmod, dd) as NDArray;
  copyto(phCorrect, 0, { where: um.less(um.absolute(dd), discont) });
  const up = NDArray.zeros(arr.dims, dtype);
  up.set('...', arr);
  const len = arr.dims[axis]!;
  const tail = axisSlice(arr, axis, Math.min(1, len), len);
  axisSlice(up, axis, Math.min(1, len), len).set('...', um.add(tail, cumsum(phCorrect, axis)));
  return up;
}
