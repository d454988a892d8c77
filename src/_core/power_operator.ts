/**
 * Python's `a ** b` for arrays (NumPy's array_power → fast_scalar_power): a Python int
 * exponent 2 squares any array (np.square, so `bool_array ** 2` is int8), and for float
 * or complex arrays an int exponent -1 is np.reciprocal and a float 0.5 np.sqrt. Other
 * exponents go to np.power. JS numbers count as Python ints when they are safe integers.
 */
import type { NDArray } from './ndarray.js';
import * as um from './umath/defs/index.js';
import type { Ufunc } from './umath/ufunc.js';

/** The unary ufunc NumPy substitutes for `a ** b`, or null. */
export function powerShortcut(a: NDArray, b: unknown): Ufunc | null {
  const inexact = a.dtype.kind === 'f' || a.dtype.kind === 'c';
  const isInt =
    typeof b === 'bigint' ||
    (typeof b === 'number' && Number.isSafeInteger(b) && !Object.is(b, -0));
  if (isInt) {
    const e = Number(b);
    if (e === 2) return um.square;
    if (e === -1 && inexact) return um.reciprocal;
    return null;
  }
  if (typeof b === 'number' && b === 0.5 && inexact) return um.sqrt;
  return null;
}
