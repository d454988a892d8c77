/**
 * numtype: NumPy for TypeScript. `import * as np from 'numtype'`.
 * Each area re-exports its public names from its own module, mirroring NumPy's tree.
 */

export * from './_core/around.js';
export * from './_core/arrayprint/index.js';
export * from './_core/casting.js';
export * from './_core/clip.js';
export * from './_core/closeness.js';
export { Complex } from './_core/complex.js';
export * from './_core/constants.js';
export * from './_core/count_nonzero.js';
export { cross } from './_core/cross.js';
export type { DTypeKey, DTypeLike, NumericDTypeName, ScalarOf } from './_core/dtype.js';
export {
  bool,
  bool as bool_,
  complex64,
  complex128,
  DType,
  dtype,
  float16,
  float32,
  float64,
  int8,
  int16,
  int32,
  int64,
  uint8,
  uint16,
  uint32,
  uint64,
} from './_core/dtype.js';
export * from './_core/einsum/index.js';
export * from './_core/errors.js';
export * from './_core/fromnumeric.js';
export * from './_core/indexing.js';
export { indices } from './_core/indices.js';
export { isscalar } from './_core/isscalar.js';
export * from './_core/item_selection/index.js';
/** numtype-specific: `await np.ready()` compiles the WebAssembly kernels where a page's main thread can't do it synchronously. */
export { init as ready } from './_core/kernels/index.js';
export {
  dot,
  inner,
  kron,
  matmul,
  matvec,
  outer,
  tensordot,
  vdot,
  vecdot,
  vecmat,
} from './_core/linalg_products/products.js';
export { may_share_memory, shares_memory, TooHardError } from './_core/memory_overlap.js';
export { array, asarray } from './_core/multiarray/array.js';
export { concat, concatenate } from './_core/multiarray/concatenate.js';
export { copyto } from './_core/multiarray/copyto.js';
export * from './_core/multiarray/creation.js';
export { fromiter } from './_core/multiarray/fromiter.js';
export * from './_core/multiarray/where.js';
export { Flags, NDArray, type NestedList } from './_core/ndarray.js';
export { base_repr, binary_repr } from './_core/numeric_repr.js';
export * from './_core/numerictypes/index.js';
export { packbits, unpackbits } from './_core/packbits.js';
export { matrix_transpose, permute_dims } from './_core/permute.js';
export { resize } from './_core/resize.js';
export { roll, rollaxis } from './_core/roll.js';
export * from './_core/shape.js';
export {
  atleast_1d,
  atleast_2d,
  atleast_3d,
  block,
  hstack,
  stack,
  unstack,
  vstack,
} from './_core/shape_base.js';
export { searchsorted } from './_core/sorting/searchsorted.js';
export {
  argpartition,
  argsort,
  lexsort,
  partition,
  sort,
  sort_complex,
} from './_core/sorting/sort.js';
export * from './_core/umath/index.js';
export { show_config } from './config.js';
export * as fft from './fft/index.js';
export * from './lib/angle.js';
export { apply_along_axis } from './lib/apply_along_axis.js';
export { type PadFunction, type PadMode, pad } from './lib/arraypad.js';
export {
  intersect1d,
  isin,
  setdiff1d,
  setxor1d,
  union1d,
  unique,
  unique_all,
  unique_counts,
  unique_inverse,
  unique_values,
} from './lib/arraysetops.js';
export { asarray_chkfinite } from './lib/asarray_chkfinite.js';
export * from './lib/average.js';
export { bincount, digitize } from './lib/bincount.js';
export { flip, fliplr, flipud, rot90 } from './lib/flip.js';
export { append, delete, insert } from './lib/function_base.js';
export {
  diag_indices,
  diag_indices_from,
  fill_diagonal,
  ix_,
  ravel_multi_index,
  unravel_index,
} from './lib/index_tricks.js';
export { meshgrid } from './lib/meshgrid.js';
export * from './lib/nanfunctions.js';
export * from './lib/npyio/index.js';
export * from './lib/numerical/index.js';
export { piecewise } from './lib/piecewise.js';
export * from './lib/polynomial/index.js';
export { select } from './lib/select.js';
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
} from './lib/shape_base.js';
export * from './lib/statistics/index.js';
export * from './lib/stride_tricks.js';
export { trim_zeros } from './lib/trim_zeros.js';
export {
  mask_indices,
  tril_indices,
  tril_indices_from,
  triu_indices,
  triu_indices_from,
} from './lib/twodim_indices.js';
export * from './lib/type_check.js';
export * from './lib/ufunclike.js';
export { vectorize } from './lib/vectorize.js';
export * as linalg from './linalg/index.js';
export * as random from './random/index.js';
export { __version__ } from './version.js';
