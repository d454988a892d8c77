/**
 * The static types of np.random's samplers (type-only: nothing here exists at run time).
 *
 * Every sampler follows NumPy's rule: with scalar parameters and no `size` it returns one
 * JS value (a number: int64 results are numbers per API.md §3), and with a `size`
 * (positional, or in the trailing options object) an array of its dtype. Array parameters
 * without a size broadcast to an array, so calls that the overloads cannot place (array
 * parameters, a `size` only known at run time) get the honest union.
 */
import type { KeyOf } from '../_core/dtype.js';

/** NumPy's `size`: an int or a shape. */
export type SizeArg = number | bigint | readonly (number | bigint)[];

/** A JS scalar option value (what keeps a call scalar when given in the options object). */
type ScalarOption = number | bigint | boolean | string | null | undefined;

/** A trailing options object that gives a size: the result is an array. */
export interface Sized {
  size: SizeArg;
  [name: string]: unknown;
}

/** A trailing options object with only scalar values and no size: the result is a scalar. */
export interface Unsized {
  size?: null;
  [name: string]: ScalarOption;
}

/** The float dtypes of `random`, `standard_normal`, `standard_exponential`, `standard_gamma`. */
export type FloatKey = 'float64' | 'float32';

/** Options of the float-dtype samplers that give a size. */
export interface SizedFloat<D> {
  size: SizeArg;
  dtype?: D;
  out?: null;
  [name: string]: unknown;
}

/** Options of `integers` / `randint` that give a size. */
export interface SizedInt<D> {
  size: SizeArg;
  dtype?: D;
  [name: string]: unknown;
}

/** Options of `integers` / `randint` without a size. */
export interface UnsizedInt<D> {
  size?: null;
  dtype?: D;
  endpoint?: boolean;
}

/** The JS value of one draw of an integer dtype: `bool` draws are booleans. */
export type IntScalar<D> = KeyOf<D> extends 'bool' ? boolean : number;
