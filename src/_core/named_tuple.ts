/**
 * NumPy's named tuples (EighResult, SVDResult, UniqueAllResult, ...) as numtype returns them
 * (API.md §1): a JS array of the values that also carries the field names, not enumerable,
 * so `const [U, S, Vh] = np.linalg.svd(a)` and `res.eigenvalues` both work. Node's
 * console.log shows them as NumPy's repr does: `EighResult(eigenvalues=array([1., 3.]), ...)`.
 */
import { arrayRepr } from './arrayprint/arrayprint.js';
import { scalarStr } from './arrayprint/scalarstr.js';
import { pyFloatRepr } from './complex.js';
import type { DType } from './dtype.js';
import type { Canonical } from './elements.js';
import { NDArray } from './ndarray.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Python's repr of one field: arrays as NumPy's repr, a NumPy scalar (a JS value with its
 * dtype `dt`) as `np.float64(…)`, other JS numbers as Python floats.
 */
function fieldRepr(v: unknown, dt?: DType): string {
  if (v instanceof NDArray) return arrayRepr(v);
  if (dt !== undefined) {
    const str = scalarStr(v as Canonical, dt, Number.POSITIVE_INFINITY);
    // a complex scalar's repr drops the parentheses of its str
    return `np.${dt.name}(${dt.kind === 'c' ? str.replace(/^\((.*)\)$/, '$1') : str})`;
  }
  if (typeof v === 'number') return pyFloatRepr(v, false);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/**
 * `values` as the named tuple `typeName` with fields `names`; `scalarTypes[i]` is the dtype
 * of a field that stands for a NumPy scalar (np.linalg.slogdet's of one matrix).
 */
export function namedTuple<T extends readonly unknown[], N extends string>(
  typeName: string,
  values: T,
  names: readonly N[],
  scalarTypes: readonly (DType | undefined)[] = [],
): T & { [K in N]: any } {
  const arr = [...values] as unknown as T & Record<string, unknown>;
  names.forEach((name, i) => {
    Object.defineProperty(arr, name, { value: values[i], enumerable: false });
  });
  Object.defineProperty(arr, INSPECT, {
    value: () =>
      `${typeName}(${names.map((n, i) => `${n}=${fieldRepr(values[i], scalarTypes[i])}`).join(', ')})`,
    enumerable: false,
  });
  return arr as T & { [K in N]: any };
}
