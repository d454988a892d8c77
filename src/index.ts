/**
 * numtype: NumPy for TypeScript. `import * as np from 'numtype'`.
 * Each area re-exports its public names from its own module, mirroring NumPy's tree.
 */

export * from './_core/arrayprint/index.js';
export * from './_core/casting.js';
export { Complex } from './_core/complex.js';
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
export * from './_core/errors.js';
export * from './_core/fromnumeric.js';
export * from './_core/indexing.js';
export { array, asarray } from './_core/multiarray/array.js';
export * from './_core/multiarray/creation.js';
export { Flags, NDArray } from './_core/ndarray.js';
export * from './_core/numerictypes/index.js';
export * from './_core/shape.js';
export * from './_core/umath/index.js';
export * from './lib/stride_tricks.js';
export * as random from './random/index.js';
export * from './_core/around.js';
export * from './_core/clip.js';
export * from './lib/angle.js';
export * from './lib/type_check.js';
export * from './lib/ufunclike.js';
