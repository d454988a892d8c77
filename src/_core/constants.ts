/**
 * NumPy's constants (numpy/_core/umath: `np.pi`, `np.e`, `np.euler_gamma`, `np.inf`,
 * `np.nan`). NumPy's are Python floats, weak scalars under NEP 50, so here they are JS
 * numbers: `np.full(3, np.nan, {dtype: 'float32'})` stays float32 as in NumPy. `np.newaxis`
 * lives with indexing.
 *
 * @example
 * print(np.pi, np.e, np.euler_gamma);
 * // 3.141592653589793 2.718281828459045 0.5772156649015329
 * print(np.array([1, np.nan, np.inf, -np.inf]));
 * // [  1.  nan  inf -inf]
 */

/** π, `np.pi`. */
export const pi: number = Math.PI;
/** Euler's number, `np.e`. */
export const e: number = Math.E;
/** The Euler–Mascheroni constant γ, `np.euler_gamma` (NumPy's value). */
export const euler_gamma = 0.5772156649015329;
/** Positive infinity, `np.inf`. */
export const inf: number = Number.POSITIVE_INFINITY;
/** Not a number, `np.nan`. */
export const nan: number = Number.NaN;
