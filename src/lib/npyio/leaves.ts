/**
 * The scalar leaves of a structured dtype in memory order, which is how the text readers
 * map columns to fields (NumPy's `flatten_dtype(dt, flatten_base=True)`): nested
 * structures are walked field by field and a sub-array field gives one leaf per element.
 */
import type { DType } from '../../_core/dtype.js';
import type { NDArray } from '../../_core/ndarray.js';

/** One scalar leaf: its dtype and its byte offset within a record. */
export interface Leaf {
  dtype: DType;
  offset: number;
}

/**
 * The leaves of `dt` (a plain dtype is its own single leaf).
 * @example leaves(np.dtype([['a', 'i4'], ['b', 'f8', [2]]])).length // 3
 */
export function leaves(dt: DType, base = 0, out: Leaf[] = []): Leaf[] {
  if (dt.fields) {
    for (const n of dt.names!) {
      const f = dt.fields[n]!;
      leaves(f.dtype, base + f.offset, out);
    }
  } else if (dt.subdtype) {
    const [b, shape] = dt.subdtype;
    const n = shape.reduce((x, y) => x * y, 1);
    for (let i = 0; i < n; i++) leaves(b, base + i * b.itemsize, out);
  } else out.push({ dtype: dt, offset: base });
  return out;
}

/** NumPy's `[arr[field] for field in arr.dtype.names]` (unpack of a structured result). */
export function fieldArrays(a: NDArray, names: readonly string[] = a.dtype.names!): NDArray[] {
  return names.map((n) => a.field(n));
}
