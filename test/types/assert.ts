/**
 * Compile-time assertion helpers for the type tests in this folder. `Equal` is the
 * exact (invariant) type equality: `any`, `unknown` and unions only equal themselves,
 * so `Expect<Equal<typeof x, NDArray<'float32'>>>` fails when `x` is `any` or `NDArray`.
 */

/** True exactly when X and Y are the same type. */
export type Equal<X, Y> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** Compiles only when `T` is `true`. */
export type Expect<T extends true> = T;

/** Whether a type is `any`. */
export type IsAny<T> = 0 extends 1 & T ? true : false;

/** Compiles only when `T` is `false`. */
export type ExpectFalse<T extends false> = T;
