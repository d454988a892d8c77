/**
 * The memory layout NumPy gives the result of an advanced-indexing get without a subspace to
 * iterate (a[idx] on a 1-d a, M[rows, cols], M[idx, 1], take_along_axis): its iterator
 * allocates the result in the index arrays' K order (index_order.ts kAxes), so a transposed
 * or Fortran-ordered index gives a Fortran-ordered result. numtype's gathers write C order;
 * this copies such a result into NumPy's layout, which only non-C-ordered indices need.
 */
import { allocUninitialized } from '../alloc.js';
import { carryRawBytes } from '../bool_bytes.js';
import { kAxes, type Operand } from '../item_selection/index_order.js';
import { assignArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';

/**
 * `r` (C-ordered) with its first `lead` axes laid out in the K order of `ops` (broadcast to
 * them) and the rest innermost in order; `r` itself when that is C order.
 */
export function inKLayout(r: NDArray, ops: readonly Operand[], lead: number): NDArray {
  if (lead < 2 || r.size === 0) return r;
  const shape = r.dims;
  const perm = kAxes(ops, shape.slice(0, lead));
  let identity = true;
  for (let i = 0; i < lead; i++) if (perm[i] !== i) identity = false;
  if (identity) return r;
  for (let i = lead; i < shape.length; i++) perm.push(i);
  const strides = new Array<number>(shape.length);
  let acc = r.itemsize;
  for (let i = perm.length - 1; i >= 0; i--) {
    strides[perm[i]!] = acc;
    acc *= shape[perm[i]!]!;
  }
  const out = new NDArray(allocUninitialized(r.size * r.itemsize), r.dtype, shape, strides, 0);
  assignArray(out, r);
  return carryRawBytes(r, out);
}
