/**
 * Static result types of np.linalg (issue 9). NumPy's linalg computes in float32,
 * float64, complex64 or complex128 chosen from the input dtype alone (integers and
 * bools go to float64), so the result keys follow from the input key.
 */
import type { Complex } from '../_core/complex.js';
import type { DTypeKey, ScalarOf } from '../_core/dtype.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import type { KeyOfLike } from '../_core/reduction_types.js';

/** The dtype key linalg computes and returns in for an input key. */
export type LinalgKey<K extends DTypeKey> = K extends 'float32' | 'complex64' | 'complex128'
  ? K
  : K extends 'str' | 'bytes' | 'void'
    ? never
    : 'float64';

/** The real key of that (singular values, Hermitian eigenvalues, norms). */
export type LinalgRealKey<K extends DTypeKey> = K extends 'float32' | 'complex64'
  ? 'float32'
  : K extends 'str' | 'bytes' | 'void'
    ? never
    : 'float64';

/** Linalg key of an array_like argument. */
export type LinalgOf<A> = LinalgKey<KeyOfLike<A>>;

/** Real linalg key of an array_like argument. */
export type LinalgRealOf<A> = LinalgRealKey<KeyOfLike<A>>;

/** A matrix given as nested JS lists: its result is one JS value, not a stack. */
export type JsMatrix = readonly (readonly (number | bigint | boolean | Complex)[])[];

/**
 * What a function that reduces each matrix to one number gives back (det): a JS value
 * for a matrix of JS lists; for an NDArray either, as its number of axes decides.
 */
export type PerMatrix<A, K extends DTypeKey> = A extends JsMatrix
  ? ScalarOf<K>
  : ScalarOf<K> | NDArray<K>;

/** Anything linalg takes as a matrix (stack). */
export type MatrixLike = ArrayLike | NDArray;
