/**
 * `np.where(condition, x, y)`: elements of x where condition holds, else of y, broadcast
 * together; the dtype is NumPy's result_type with JS scalars weak (NEP 50), and scalars
 * are cast to it as C casts do (`where(c, int8_array, 1000)` wraps, as in NumPy).
 * `np.where(condition)` is `nonzero(condition)`.
 */
import { Complex } from '../complex.js';
import { bool } from '../dtype.js';
import { ValueError } from '../errors.js';
import { nonzeroOf } from '../item_selection/nonzero.js';
import { shapeRepr } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { resultType } from '../numerictypes/promotion.js';
import { broadcastShapesOrNull, stridesFor } from '../umath/iterator.js';
import { weakDefault } from '../umath/resolve.js';
import { toArray } from './array.js';
import { castInto } from './castloops.js';

function isScalar(v: unknown): v is number | bigint | boolean | Complex {
  return (
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Complex
  );
}

/** `np.where(condition, [x, y])`. */
export function where(condition: unknown, ...xy: unknown[]): any {
  if (xy.length === 0) return nonzeroOf(toArray(condition));
  if (xy.length !== 2) throw new ValueError('either both or neither of x and y should be given');
  const [x, y] = xy;
  const c = toArray(condition);
  const cb = c.dtype === bool ? c : c.astype(bool);
  // Scalars stay weak for the result dtype, then cast (unsafely) from their Python type.
  const asArr = (v: unknown) => (isScalar(v) ? toArray(v).astype(weakDefault(v)) : toArray(v));
  const xa = asArr(x);
  const ya = asArr(y);
  const dt = resultType((isScalar(x) ? x : xa) as never, (isScalar(y) ? y : ya) as never);
  const shape = broadcastShapesOrNull([cb.shape, xa.shape, ya.shape]);
  if (!shape) {
    throw new ValueError(
      `operands could not be broadcast together with shapes ${[cb, xa, ya].map((a) => shapeRepr(a.shape).replace(/ /g, '')).join(' ')} `,
    );
  }
  const xs = NDArray.zeros(shape, dt);
  castInto(xs, xa.viewWith(shape, stridesFor(xa, shape), xa.offset));
  const ys = NDArray.zeros(shape, dt);
  castInto(ys, ya.viewWith(shape, stridesFor(ya, shape), ya.offset));
  const cv = cb.viewWith(shape, stridesFor(cb, shape), cb.offset);
  // Pick per element: copy y's bytes where the condition is false.
  const item = dt.itemsize;
  const xb = new Uint8Array(xs.buffer as ArrayBuffer);
  const yb = new Uint8Array(ys.buffer as ArrayBuffer);
  const cd = cv.data as Uint8Array;
  let k = 0;
  cv.forEachOffset((off) => {
    if (!cd[off]) xb.set(yb.subarray(k * item, (k + 1) * item), k * item);
    k++;
  });
  return xs;
}
