/**
 * The index-routine and joining/splitting functions under test, imported from their
 * modules (src/index.ts re-exports them as np.*).
 */

export { indices } from '../src/_core/indices.js';
export * from '../src/_core/item_selection/index.js';
export { concat, concatenate } from '../src/_core/multiarray/concatenate.js';
export { copyto } from '../src/_core/multiarray/copyto.js';
export { matrix_transpose, permute_dims } from '../src/_core/permute.js';
export { resize } from '../src/_core/resize.js';
export { roll, rollaxis } from '../src/_core/roll.js';
export {
  atleast_1d,
  atleast_2d,
  atleast_3d,
  block,
  hstack,
  stack,
  unstack,
  vstack,
} from '../src/_core/shape_base.js';
export { type PadFunction, type PadMode, pad } from '../src/lib/arraypad.js';
export { flip, fliplr, flipud, rot90 } from '../src/lib/flip.js';
export { append, delete, insert } from '../src/lib/function_base.js';
export {
  diag_indices,
  diag_indices_from,
  fill_diagonal,
  ix_,
  ravel_multi_index,
  unravel_index,
} from '../src/lib/index_tricks.js';
export { meshgrid } from '../src/lib/meshgrid.js';
export { select } from '../src/lib/select.js';
export {
  array_split,
  column_stack,
  dsplit,
  dstack,
  hsplit,
  put_along_axis,
  split,
  take_along_axis,
  tile,
  vsplit,
} from '../src/lib/shape_base.js';
export { trim_zeros } from '../src/lib/trim_zeros.js';
export {
  mask_indices,
  tril_indices,
  tril_indices_from,
  triu_indices,
  triu_indices_from,
} from '../src/lib/twodim_indices.js';
