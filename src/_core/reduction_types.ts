/**
 * Static types of the reductions (np.sum, a.mean(), np.argmax …; issue 9): NumPy's
 * keyword names per function, and API.md §3's rule for what comes back — a JS value
 * without `axis`, `keepdims` and `out`, an NDArray otherwise (`out` itself when given).
 * Result dtypes are stated where NumPy fixes them from the input dtype alone (sum of
 * int8 is int64, mean of an integer array float64, var of complex64 float32).
 */

import type {
  ComplexDTypeName,
  DTypeKey,
  DTypeLike,
  FloatDTypeName,
  KeyOf,
  ScalarOf,
  ValidDType,
} from './dtype.js';
import type { ArrayLike } from './multiarray/array.js';
import type { NDArray } from './ndarray.js';

/** An axis argument: one axis or several, negative counting from the end. */
export type Axis = number | readonly number[];

/** `where=` of the reductions: a bool mask broadcast against the array. */
export type WhereLike = boolean | ArrayLike;

/** np.sum / np.prod keywords. */
export interface SumOptions<D extends DTypeLike = DTypeLike> {
  axis?: Axis | null;
  dtype?: ValidDType<D> | null;
  out?: NDArray | null;
  keepdims?: boolean;
  initial?: number | bigint | boolean | import('./complex.js').Complex;
  where?: WhereLike;
}

/** np.max / np.min keywords. */
export interface MaxOptions {
  axis?: Axis | null;
  out?: NDArray | null;
  keepdims?: boolean;
  initial?: number | bigint | boolean | import('./complex.js').Complex;
  where?: WhereLike;
}

/** np.all / np.any keywords. */
export interface AllOptions {
  axis?: Axis | null;
  out?: NDArray | null;
  keepdims?: boolean;
  where?: WhereLike;
}

/** np.mean keywords. */
export interface MeanOptions<D extends DTypeLike = DTypeLike> {
  axis?: Axis | null;
  dtype?: ValidDType<D> | null;
  out?: NDArray | null;
  keepdims?: boolean;
  where?: WhereLike;
}

/** np.var / np.std keywords. */
export interface VarOptions<D extends DTypeLike = DTypeLike> extends MeanOptions<D> {
  ddof?: number;
  mean?: ArrayLike;
  correction?: number | null;
}

/** np.argmax / np.argmin keywords. */
export interface ArgOptions {
  axis?: number | null;
  out?: NDArray | null;
  keepdims?: boolean;
}

/** np.cumsum / np.cumprod keywords. */
export interface CumOptions<D extends DTypeLike = DTypeLike> {
  axis?: number | null;
  dtype?: ValidDType<D> | null;
  out?: NDArray | null;
}

/** `O` itself when it has no key outside `Allowed` (a misspelled keyword is an error). */
export type Exact<O, Allowed> = O & Record<Exclude<keyof O, keyof Allowed>, never>;

/** The key NumPy's sum/prod/cumsum give an input key: small integers widen to 64 bits. */
export type SumKey<K extends DTypeKey> = K extends 'str' | 'bytes' | 'void'
  ? never
  : K extends 'bool' | 'int8' | 'int16' | 'int32' | 'int64'
    ? 'int64'
    : K extends 'uint8' | 'uint16' | 'uint32' | 'uint64'
      ? 'uint64'
      : K;

/** The key of mean: integers and bools average in float64, inexact keys are kept. */
export type MeanKey<K extends DTypeKey> = K extends FloatDTypeName | ComplexDTypeName
  ? K
  : K extends 'str' | 'bytes' | 'void'
    ? never
    : 'float64';

/** The key of var/std: as mean, but complex gives its real float. */
export type VarKey<K extends DTypeKey> = K extends 'complex64'
  ? 'float32'
  : K extends 'complex128'
    ? 'float64'
    : MeanKey<K>;

/** Whether one keyword of `O` asks for an array result: 'yes', 'no', or 'maybe' when its type does not tell. */
type Flag<O, Name extends string, Yes> = O extends { [P in Name]: infer V }
  ? [V] extends [null | undefined | false]
    ? 'no'
    : [V] extends [Yes]
      ? 'yes'
      : 'maybe'
  : O extends { [P in Name]?: infer V }
    ? [V] extends [null | undefined | false]
      ? 'no'
      : 'maybe'
    : 'no';

type Flags<O> = Flag<O, 'axis', Axis> | Flag<O, 'keepdims', true> | Flag<O, 'out', NDArray>;

/**
 * What a reduction called with options `O` returns: `out` when given, an NDArray of
 * key `R` when `axis` or `keepdims` asks for one, the JS value otherwise (both when
 * the options' types do not tell).
 */
export type Reduced<O, R extends DTypeKey, K extends DTypeKey = never> = O extends {
  out: infer X extends NDArray;
}
  ? X
  : 'yes' extends Flags<O>
    ? NDArray<R>
    : [Flags<O>] extends ['no']
      ? ValueOf<K, R>
      : ValueOf<K, R> | NDArray<R>;

/**
 * The JS value a reduction of an array of key K gives, of key R. When K is the general
 * key (the dtype is not known statically: an untyped `NDArray`), it is `any`, as
 * NumPy's own stubs give `Any` for `NDArray[Any]`: a union of every JS value type
 * would make `a.max().toFixed(2)` need a cast for no gain.
 */
export type ValueOf<K extends DTypeKey, R extends DTypeKey> = [DTypeKey] extends [K]
  ? any
  : ScalarOf<R>;

/** The key a reduction with a `dtype` keyword gives: that dtype's, else `R`. */
export type WithDType<O, R extends DTypeKey> = O extends { dtype: infer D extends DTypeLike }
  ? KeyOf<D>
  : R;

/** A dtype argument whose literal spellings are checked (for the catch-all signatures). */
export type StaticDTypeLike = Exclude<DTypeLike, string> | import('./dtype.js').DTypeString;

/** Options `O` checked: no unknown keyword, and a `dtype` that is one. */
export type Opts<O, Allowed> = Exact<O, Allowed> &
  (O extends { dtype: infer D } ? { dtype: ValidDType<D> | null | undefined } : unknown);

/** The dtype key of an array_like: an NDArray's key, or what `np.array` infers. */
export type KeyOfLike<A> =
  A extends NDArray<infer K> ? K : import('./multiarray/array.js').InferKey<A>;
