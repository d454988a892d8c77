/**
 * NumPy's named tuples (EighResult, SVDResult, UniqueAllResult, ...) as numtype returns them
 * (API.md §1): a JS array of the values that also carries the field names, not enumerable,
 * so `const [U, S, Vh] = np.linalg.svd(a)` and `res.eigenvalues` both work. Node's
 * console.log shows them as NumPy's repr does: `EighResult(eigenvalues=array([1., 3.]), ...)`.
 */
import { arrayRepr } from './arrayprint/arrayprint.js';
import { pyFloatRepr } from './complex.js';
import { NDArray } from './ndarray.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Python's repr of one field: arrays as NumPy's repr, JS numbers as Python floats. */
function fieldRepr(v: unknown): string {
  if (v instanceof NDArray) return arrayRepr(v);
  if (typeof v === 'number') return pyFloatRepr(v, false);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** `values` as the named tuple `typeName` with fields `names`. */
export function namedTuple<T extends readonly unknown[], N extends string>(
  typeName: string,
  values: T,
  names: readonly N[],
): T & { [K in N]: any } {
  const arr = [...values] as unknown as T & Record<string, unknown>;
  names.forEach((name, i) => {
    Object.defineProperty(arr, name, { value: values[i], enumerable: false });
  });
  Object.defineProperty(arr, INSPECT, {
    value: () => `${typeName}(${names.map((n, i) => `${n}=${fieldRepr(values[i])}`).join(', ')})`,
    enumerable: false,
  });
  return arr as T & { [K in N]: any };
}
