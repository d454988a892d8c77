/**
 * Static types of the everyday ufuncs (issue 9). The runtime objects are the ones in
 * defs/; this module only gives them call signatures that say what comes back:
 * a JS value when every input is a JS scalar (API.md §3), `out` when one is given,
 * otherwise an NDArray whose dtype key is stated where NumPy's rule makes it simple
 * (comparisons → bool, two arrays of one dtype → that dtype, an inexact array with a
 * JS number → its dtype under NEP 50) and the general key where the result dtype
 * depends on values (a JS number is int64 or float64 by value) or on promotion tables.
 */
import type { Complex } from '../complex.js';
import type { ComplexDTypeName, DType, DTypeKey, FloatDTypeName } from '../dtype.js';
import type { ArrayLike } from '../multiarray/array.js';
import type { NDArray } from '../ndarray.js';
import * as defs from './defs/index.js';
import type { Ufunc, UfuncOptions } from './ufunc.js';

/**
 * A ufunc's attributes and methods (reduce, accumulate, outer, nin …) without the
 * untyped call of `Ufunc`, so that only the typed call signatures below apply.
 */
export type UfuncMembers = Omit<Ufunc, never>;

/** A JS value taken as a Python scalar: a weak operand (API.md §2). */
export type JsScalar = number | bigint | boolean | Complex;

/** What a ufunc of JS scalars gives back (API.md §3). */
export type JsValue = number | boolean | Complex;

/** The ufunc keywords without `out` (NumPy's names). */
export type UfuncOptionsNoOut = Omit<UfuncOptions, 'out'> & { out?: null };

/** The ufunc keywords with `out` given: the call returns it. */
export type UfuncOptionsOut<O> = Omit<UfuncOptions, 'out'> & { out: O | [O] };

/** Whether K is a union of several keys. */
type IsUnion<K, A = K> = K extends unknown ? ([A] extends [K] ? false : true) : never;

/** K when it is one dtype key; the general key for a union (promotion may leave it). */
export type Single<K extends DTypeKey> = true extends IsUnion<K> ? DTypeKey : K;

type Inexact = FloatDTypeName | ComplexDTypeName;

/**
 * The dtype key of an operand that is an NDArray (read from its `dtype` property, which
 * keeps the check shallow), or never.
 */
type KeyOfArray<A> = A extends { readonly dtype: DType<infer K> } ? K : never;

/** Whether an operand is an NDArray (has a dtype). */
type IsArray<A> = [KeyOfArray<A>] extends [never] ? false : true;

/**
 * Result key of `op(a, b)` for arithmetic that keeps a common dtype: two arrays of
 * one key keep it (bool only where `BoolOk`), an inexact array with a JS number keeps
 * its key (NEP 50); anything else is the general key.
 */
export type ArithKey<A, B, BoolOk extends boolean = true> =
  IsArray<A> extends true
    ? ArithKeyOf<KeyOfArray<A>, B, BoolOk>
    : [A] extends [number]
      ? IsArray<B> extends true
        ? WeakKeep<KeyOfArray<B>>
        : DTypeKey
      : DTypeKey;

/** `ArithKey` with the first operand an array of key KA (the NDArray methods). */
export type ArithKeyOf<KA extends DTypeKey, B, BoolOk extends boolean = true> =
  IsArray<B> extends true
    ? SameKey<KA, KeyOfArray<B>, BoolOk>
    : [B] extends [number]
      ? WeakKeep<KA>
      : DTypeKey;

type SameKey<KA extends DTypeKey, KB extends DTypeKey, BoolOk extends boolean> = [KA] extends [KB]
  ? [KB] extends [KA]
    ? [KA] extends ['bool']
      ? BoolOk extends true
        ? 'bool'
        : DTypeKey
      : Single<KA>
    : DTypeKey
  : DTypeKey;

/** K when it is one inexact (float or complex) key, else the general key. */
export type InexactOnly<K extends DTypeKey> = [K] extends [Inexact] ? Single<K> : DTypeKey;

/**
 * The key of an array combined with a JS number: an inexact array keeps its dtype
 * (NEP 50 weak scalar), whichever of the keys in K it has; integers depend on the value.
 */
export type WeakKeep<K extends DTypeKey> = [K] extends [Inexact] ? K : DTypeKey;

/** Result key of true division and the other float-valued binary ufuncs. */
export type InexactKey<A, B> =
  IsArray<A> extends true
    ? InexactKeyOf<KeyOfArray<A>, B>
    : [A] extends [number]
      ? IsArray<B> extends true
        ? WeakKeep<KeyOfArray<B>>
        : DTypeKey
      : DTypeKey;

/** `InexactKey` with the first operand an array of key KA. */
export type InexactKeyOf<KA extends DTypeKey, B> =
  IsArray<B> extends true
    ? [KA] extends [KeyOfArray<B>]
      ? [KeyOfArray<B>] extends [KA]
        ? InexactOnly<KA>
        : DTypeKey
      : DTypeKey
    : [B] extends [number]
      ? WeakKeep<KA>
      : DTypeKey;

/** Binary ufunc keeping the operands' common dtype (add, multiply, maximum …). */
export interface ArithmeticUfunc<BoolOk extends boolean = true> extends UfuncMembers {
  (x1: number, x2: number, opts?: UfuncOptionsNoOut): number;
  (x1: JsScalar, x2: JsScalar, opts?: UfuncOptionsNoOut): JsValue;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, opts: UfuncOptionsOut<O>): O;
  <A extends ArrayLike, B extends ArrayLike>(
    x1: A,
    x2: B,
    opts?: UfuncOptionsNoOut,
  ): NDArray<ArithKey<A, B, BoolOk>>;
}

/** Binary ufunc with a float (or complex) result (divide, arctan2, hypot …). */
export interface InexactBinaryUfunc extends UfuncMembers {
  (x1: number, x2: number, opts?: UfuncOptionsNoOut): number;
  (x1: JsScalar, x2: JsScalar, opts?: UfuncOptionsNoOut): number | Complex;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, opts: UfuncOptionsOut<O>): O;
  <A extends ArrayLike, B extends ArrayLike>(
    x1: A,
    x2: B,
    opts?: UfuncOptionsNoOut,
  ): NDArray<InexactKey<A, B>>;
}

/** Binary ufunc with a bool result (comparisons, logical_and/or/xor). */
export interface PredicateUfunc extends UfuncMembers {
  (x1: JsScalar | string, x2: JsScalar | string, opts?: UfuncOptionsNoOut): boolean;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x1: ArrayLike, x2: ArrayLike, opts: UfuncOptionsOut<O>): O;
  (x1: ArrayLike, x2: ArrayLike, opts?: UfuncOptionsNoOut): NDArray<'bool'>;
}

/** Unary ufunc with a bool result (isnan, isfinite, signbit, logical_not …). */
export interface UnaryPredicateUfunc extends UfuncMembers {
  (x: JsScalar, opts?: UfuncOptionsNoOut): boolean;
  <O extends NDArray>(x: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x: ArrayLike, opts: UfuncOptionsOut<O>): O;
  (x: ArrayLike, opts?: UfuncOptionsNoOut): NDArray<'bool'>;
}

/** Unary ufunc keeping the dtype (negative, positive, square, conjugate, sign …). */
export interface SameUnaryUfunc extends UfuncMembers {
  (x: number, opts?: UfuncOptionsNoOut): number;
  (x: Complex, opts?: UfuncOptionsNoOut): Complex;
  (x: JsScalar, opts?: UfuncOptionsNoOut): JsValue;
  <O extends NDArray>(x: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x: ArrayLike, opts: UfuncOptionsOut<O>): O;
  <K extends DTypeKey>(x: NDArray<K>, opts?: UfuncOptionsNoOut): NDArray<K>;
  (x: ArrayLike, opts?: UfuncOptionsNoOut): NDArray;
}

/** The key of `np.absolute`: complex gives its real part's float, the rest keeps. */
export type AbsKey<K extends DTypeKey> = K extends 'complex64'
  ? 'float32'
  : K extends 'complex128'
    ? 'float64'
    : K;

/** `np.absolute`: the magnitude, real for complex input. */
export interface AbsoluteUfunc extends UfuncMembers {
  (x: JsScalar, opts?: UfuncOptionsNoOut): number;
  <O extends NDArray>(x: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x: ArrayLike, opts: UfuncOptionsOut<O>): O;
  <K extends DTypeKey>(x: NDArray<K>, opts?: UfuncOptionsNoOut): NDArray<AbsKey<K>>;
  (x: ArrayLike, opts?: UfuncOptionsNoOut): NDArray;
}

/**
 * Unary float math (sqrt, exp, log, sin …): a float or complex array keeps its dtype;
 * integers and bools go to a float chosen by their size (general key).
 */
export interface InexactUnaryUfunc extends UfuncMembers {
  (x: number, opts?: UfuncOptionsNoOut): number;
  (x: Complex, opts?: UfuncOptionsNoOut): Complex;
  (x: JsScalar, opts?: UfuncOptionsNoOut): number | Complex;
  <O extends NDArray>(x: ArrayLike, out: O, opts?: UfuncOptionsNoOut): O;
  <O extends NDArray>(x: ArrayLike, opts: UfuncOptionsOut<O>): O;
  <K extends DTypeKey>(x: NDArray<K>, opts?: UfuncOptionsNoOut): NDArray<InexactOnly<K>>;
  (x: ArrayLike, opts?: UfuncOptionsNoOut): NDArray;
  /** Any one value (checked at run time), so the ufunc is a `(x: unknown) => unknown`. */
  (x: unknown): unknown;
}

// The ufuncs with these signatures (the same objects as in defs/).
export const add = defs.add as ArithmeticUfunc;
export const multiply = defs.multiply as ArithmeticUfunc;
export const maximum = defs.maximum as ArithmeticUfunc;
export const minimum = defs.minimum as ArithmeticUfunc;
export const fmax = defs.fmax as ArithmeticUfunc;
export const fmin = defs.fmin as ArithmeticUfunc;
export const bitwise_and = defs.bitwise_and as ArithmeticUfunc;
export const bitwise_or = defs.bitwise_or as ArithmeticUfunc;
export const bitwise_xor = defs.bitwise_xor as ArithmeticUfunc;
// bool operands give int8 (or raise) here, so bool is not kept.
export const subtract = defs.subtract as ArithmeticUfunc<false>;
export const floor_divide = defs.floor_divide as ArithmeticUfunc<false>;
export const remainder = defs.remainder as ArithmeticUfunc<false>;
export const mod = defs.mod as ArithmeticUfunc<false>;
export const fmod = defs.fmod as ArithmeticUfunc<false>;
export const power = defs.power as ArithmeticUfunc<false>;
export const pow = defs.pow as ArithmeticUfunc<false>;
export const divide = defs.divide as InexactBinaryUfunc;
export const true_divide = defs.true_divide as InexactBinaryUfunc;
export const arctan2 = defs.arctan2 as InexactBinaryUfunc;
export const hypot = defs.hypot as InexactBinaryUfunc;
export const logaddexp = defs.logaddexp as InexactBinaryUfunc;
export const logaddexp2 = defs.logaddexp2 as InexactBinaryUfunc;
export const equal = defs.equal as PredicateUfunc;
export const not_equal = defs.not_equal as PredicateUfunc;
export const less = defs.less as PredicateUfunc;
export const less_equal = defs.less_equal as PredicateUfunc;
export const greater = defs.greater as PredicateUfunc;
export const greater_equal = defs.greater_equal as PredicateUfunc;
export const logical_and = defs.logical_and as PredicateUfunc;
export const logical_or = defs.logical_or as PredicateUfunc;
export const logical_xor = defs.logical_xor as PredicateUfunc;
export const logical_not = defs.logical_not as UnaryPredicateUfunc;
export const isnan = defs.isnan as UnaryPredicateUfunc;
export const isinf = defs.isinf as UnaryPredicateUfunc;
export const isfinite = defs.isfinite as UnaryPredicateUfunc;
export const signbit = defs.signbit as UnaryPredicateUfunc;
export const negative = defs.negative as SameUnaryUfunc;
export const positive = defs.positive as SameUnaryUfunc;
export const square = defs.square as SameUnaryUfunc;
export const conjugate = defs.conjugate as SameUnaryUfunc;
export const conj = defs.conj as SameUnaryUfunc;
export const absolute = defs.absolute as AbsoluteUfunc;
export const abs = defs.abs as AbsoluteUfunc;
export const sqrt = defs.sqrt as InexactUnaryUfunc;
export const exp = defs.exp as InexactUnaryUfunc;
export const exp2 = defs.exp2 as InexactUnaryUfunc;
export const expm1 = defs.expm1 as InexactUnaryUfunc;
export const log = defs.log as InexactUnaryUfunc;
export const log2 = defs.log2 as InexactUnaryUfunc;
export const log10 = defs.log10 as InexactUnaryUfunc;
export const log1p = defs.log1p as InexactUnaryUfunc;
export const sin = defs.sin as InexactUnaryUfunc;
export const cos = defs.cos as InexactUnaryUfunc;
export const tan = defs.tan as InexactUnaryUfunc;
export const arcsin = defs.arcsin as InexactUnaryUfunc;
export const arccos = defs.arccos as InexactUnaryUfunc;
export const arctan = defs.arctan as InexactUnaryUfunc;
export const sinh = defs.sinh as InexactUnaryUfunc;
export const cosh = defs.cosh as InexactUnaryUfunc;
export const tanh = defs.tanh as InexactUnaryUfunc;
export const arcsinh = defs.arcsinh as InexactUnaryUfunc;
export const arccosh = defs.arccosh as InexactUnaryUfunc;
export const arctanh = defs.arctanh as InexactUnaryUfunc;
export const floor = defs.floor as SameUnaryUfunc;
export const ceil = defs.ceil as SameUnaryUfunc;
export const trunc = defs.trunc as SameUnaryUfunc;
export const sign = defs.sign as SameUnaryUfunc;
export const reciprocal = defs.reciprocal as SameUnaryUfunc;
export const rint = defs.rint as InexactUnaryUfunc;
export const fabs = defs.fabs as InexactUnaryUfunc;
export const cbrt = defs.cbrt as InexactUnaryUfunc;
export const deg2rad = defs.deg2rad as InexactUnaryUfunc;
export const rad2deg = defs.rad2deg as InexactUnaryUfunc;
export const degrees = defs.degrees as InexactUnaryUfunc;
export const radians = defs.radians as InexactUnaryUfunc;
