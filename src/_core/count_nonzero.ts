/**
 * `np.count_nonzero(a, axis, *, keepdims)` (numpy/_core/numeric.py): the number of truthy
 * elements — NaN counts, empty strings don't. Without axis or keepdims a JS number.
 */
import { bool, int64 } from './dtype.js';
import { countNonzeroBytes } from './item_selection/words.js';
import { toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { reductionArgs } from './reduction_args.js';
import * as um from './umath/defs/index.js';
import { reduceArray } from './umath/reduce.js';

/** Elements as bools: nonzero numbers (complex: either part), non-empty strings. */
function truth(a: NDArray): NDArray {
  if (a.dtype.kind === 'U' || a.dtype.kind === 'S') {
    const out = NDArray.zeros(a.dims, bool);
    const d = out.data as Uint8Array;
    a.forEachOffset((off, k) => {
      d[k] = (a.readAt(off) as string | Uint8Array).length > 0 ? 1 : 0;
    });
    return out;
  }
  return a.dtype === bool ? a : a.astype(bool);
}

/** `np.count_nonzero(a, axis=None, *, keepdims=False)`. */
export function count_nonzero(a: unknown, ...rest: unknown[]): any {
  const o = reductionArgs('count_nonzero', rest, ['axis'], ['keepdims']);
  const arr = toArray(a);
  // The whole of a contiguous bool array: count its nonzero bytes (a sum would count a byte
  // other than 0 or 1 by its value; 1e6 elements ~0.1 ms instead of ~1.7).
  if ((o.axis === undefined || o.axis === null) && !o.keepdims && arr.dtype === bool) {
    if (arr.flags.c_contiguous)
      return countNonzeroBytes(
        new Uint8Array(arr.buffer as ArrayBuffer, arr.offset, arr.size),
        0,
        arr.size,
      );
  }
  const t = truth(arr);
  const r = reduceArray(um.add, t, {
    axis: o.axis === undefined ? null : o.axis,
    dtype: int64,
    keepdims: !!o.keepdims,
  }).result;
  if ((o.axis === undefined || o.axis === null) && !o.keepdims) return Number(r.readAt(r.offset));
  return r;
}
