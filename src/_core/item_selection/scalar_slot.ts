/**
 * A JS scalar as a 0-d array of a numeric dtype, for stores that only read their value
 * (a[idx] = x, a[mask] = x, np.put(a, idx, x)): one reused array per dtype, because a fresh
 * one (its buffer, then the DataView and typed array the fill makes) cost ~0.3 us of a
 * ~0.5 us store, and np.array(x) ~0.25 us. The array never reaches the user, and no store
 * writes another value while it reads this one.
 */
import type { DType } from '../dtype.js';
import { fillArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';

const slots = new Map<DType, NDArray>();

/** `value` converted as `a.fill(value)` converts it, in the reused 0-d array of `dtype`. */
export function scalarValue(dtype: DType, value: unknown): NDArray {
  let s = slots.get(dtype);
  if (s === undefined) {
    s = NDArray.zeros([], dtype);
    slots.set(dtype, s);
  }
  fillArray(s, value);
  return s;
}

/** Whether scalarValue serves `dtype` (numeric, not structured). */
export function hasScalarSlot(dtype: DType): boolean {
  return dtype.isNumeric && !dtype.fields;
}
