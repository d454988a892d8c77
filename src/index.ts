/**
 * numtype: NumPy for TypeScript. `import * as np from 'numtype'`.
 * Each area re-exports its public names from its own module, mirroring NumPy's tree.
 */
export * from './_core/errors.js';
export { Complex } from './_core/complex.js';
export {
  DType,
  dtype,
  bool,
  bool as bool_,
  int8,
  int16,
  int32,
  int64,
  uint8,
  uint16,
  uint32,
  uint64,
  float16,
  float32,
  float64,
  complex64,
  complex128,
} from './_core/dtype.js';
export type { DTypeKey, DTypeLike, NumericDTypeName, ScalarOf } from './_core/dtype.js';
export { NDArray, Flags } from './_core/ndarray.js';
export { array, asarray } from './_core/multiarray/array.js';
export * from './_core/multiarray/creation.js';
export * from './_core/casting.js';
export * from './_core/shape.js';
export * from './_core/indexing.js';
export * from './_core/arrayprint/index.js';
export * from './_core/numerictypes/index.js';
export * from './_core/umath/index.js';
export * from './_core/fromnumeric.js';
export * from './lib/stride_tricks.js';
