/**
 * NumPy's exception classes, under their NumPy names (API.md §7).
 *
 * Python's TypeError (and NumPy's private subclasses of it) map to JS `TypeError`,
 * so `instanceof TypeError` holds; every other class keeps its Python name in `name`.
 */

export class ValueError extends Error {
  override name = 'ValueError';
}

export class IndexError extends Error {
  override name = 'IndexError';
}

/** NumPy's AxisError is both a ValueError and an IndexError; JS allows one base, so ValueError. */
export class AxisError extends ValueError {
  override name = 'AxisError';
  constructor(
    message: string,
    readonly axis: number | null = null,
    readonly ndim: number | null = null,
  ) {
    super(message);
  }
}

/** Raised as `axis 2 is out of bounds for array of dimension 1`. */
export function axisError(axis: number, ndim: number): AxisError {
  return new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`, axis, ndim);
}

export class LinAlgError extends ValueError {
  override name = 'LinAlgError';
}

export class ArithmeticError extends Error {
  override name = 'ArithmeticError';
}

export class OverflowError extends ArithmeticError {
  override name = 'OverflowError';
}

export class ZeroDivisionError extends ArithmeticError {
  override name = 'ZeroDivisionError';
}

export class FloatingPointError extends ArithmeticError {
  override name = 'FloatingPointError';
}

/** Python's AttributeError (e.g. `a.shape = ...` when a copy would be needed). */
export class AttributeError extends Error {
  override name = 'AttributeError';
}

export class KeyError extends Error {
  override name = 'KeyError';
}

/** Python's RuntimeError (e.g. `np.cov` with weights of the wrong shape). */
export class RuntimeError extends Error {
  override name = 'RuntimeError';
}

/** Python's NotImplementedError, a RuntimeError. */
export class NotImplementedError extends RuntimeError {
  override name = 'NotImplementedError';
}

/** numpy.exceptions.DTypePromotionError, a TypeError subclass. */
export class DTypePromotionError extends TypeError {
  override name = 'DTypePromotionError';
}

/** NumPy's _UFuncOutputCastingError / UFuncTypeError family: TypeErrors with NumPy's name. */
export class UFuncTypeError extends TypeError {
  override name = 'UFuncTypeError';
}

/** Python's `got an unexpected keyword argument` for an unknown option (API.md §1). */
export function unexpectedKeyword(fn: string, key: string): TypeError {
  return new TypeError(`${fn}() got an unexpected keyword argument '${key}'`);
}
