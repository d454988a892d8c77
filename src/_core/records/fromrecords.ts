/**
 * `np.array(records, {dtype})` for a structured dtype: JS arrays nest as axes until a
 * value that fits the dtype as one record is met — a JS tuple whose items fit the
 * fields in order (`['Alice', 25, 55.5]`, sub-array fields as nested arrays of their
 * shape) or a plain object keyed by field names (`{name: 'Alice', age: 25, weight:
 * 55.5}`). A scalar in a record's place fills every field, as in NumPy.
 */
import type { DType } from '../dtype.js';
import { fromPython, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { shapeRepr } from '../iter.js';
import { NDArray } from '../ndarray.js';

const isScalarLike = (v: unknown): boolean =>
  v === null ||
  typeof v !== 'object' ||
  v instanceof Uint8Array ||
  (v as object).constructor?.name === 'Complex' ||
  (v instanceof NDArray && v.ndim === 0);

const isRecordObject = (v: unknown): boolean =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  !isScalarLike(v) &&
  !(v instanceof NDArray);

/**
 * Whether `v` can be one element of `dt`: a scalar for a plain field, a tuple whose
 * items fit the fields (or an object keyed by field) for a structure, nested arrays
 * of the sub-array's shape (or a scalar, which fills it) for a sub-array.
 */
function fits(v: unknown, dt: DType): boolean {
  if (dt.fields) {
    if (isRecordObject(v) || (v instanceof NDArray && v.ndim === 0)) return true;
    const names = dt.names!;
    return (
      Array.isArray(v) &&
      v.length === names.length &&
      names.every((n, i) => fits(v[i], dt.fields![n]!.dtype))
    );
  }
  if (dt.subdtype) {
    const [base, shape] = dt.subdtype;
    if (isScalarLike(v)) return !base.fields;
    const rec = (x: unknown, ax: number): boolean => {
      if (ax === shape.length) return fits(x, base);
      return Array.isArray(x) && x.length === shape[ax] && x.every((y) => rec(y, ax + 1));
    };
    return rec(v, 0);
  }
  return isScalarLike(v);
}

/**
 * The array of `dt` (structured) holding the records nested in `obj`.
 * @example np.array([['Alice', 25], ['Bob', 30]], {dtype: [['name', 'U10'], ['age', 'i4']]})
 */
export function arrayFromRecords(obj: unknown, dt: DType, order: 'C' | 'F'): NDArray {
  const shape: number[] = [];
  let cur = obj;
  while (!fits(cur, dt)) {
    if (cur instanceof NDArray) {
      shape.push(...cur.dims);
      break;
    }
    if (!Array.isArray(cur)) break;
    const a = cur as unknown[];
    shape.push(a.length);
    if (a.length === 0) break;
    cur = a[0];
  }
  const out = NDArray.zeros(shape, dt);
  const view = out.dataView;
  let pos = 0;
  const walk = (v: unknown, d: number): void => {
    if (d === shape.length) {
      // A scalar fills every field of its record, as in NumPy.
      if (!fits(v, dt) && !isScalarLike(v))
        throw new ValueError(
          `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${d} dimensions. The detected shape was ${shapeRepr(shape)} + inhomogeneous part.`,
        );
      writeElement(view, pos, dt, fromPython(v, dt));
      pos += dt.itemsize;
      return;
    }
    const seq: unknown[] | null =
      v instanceof NDArray ? (v.ndim > 0 ? [...v] : null) : Array.isArray(v) ? v : null;
    if (!seq || seq.length !== shape[d])
      throw new ValueError(
        `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${d} dimensions. The detected shape was ${shapeRepr(shape.slice(0, d))} + inhomogeneous part.`,
      );
    for (const x of seq) walk(x, d + 1);
  };
  walk(obj, 0);
  if (order === 'F' && out.ndim > 1) return out.copy('F');
  return out;
}
