/**
 * `a.field(name)` (NumPy's `a['name']` on a structured array): a view of one field,
 * with the field's dtype, the same shape and strides, the offset moved to the field.
 */
import type { DType } from '../dtype.js';
import { fromPython, writeElement } from '../elements.js';
import { IndexError, ValueError } from '../errors.js';
import type { NDArray } from '../ndarray.js';

/**
 * NumPy's `a[name]` for a structured array: a writable view of field `name`; a
 * sub-array field `(base, shape)` gives a view with `shape` appended to the array's.
 * @example np.zeros(2, {dtype: [['a', 'i4'], ['b', 'f8']]}).field('b') // array([0., 0.])
 */
export function field(a: NDArray, name: string): NDArray {
  if (!a.dtype.fields)
    throw new IndexError(
      'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices',
    );
  const f = a.dtype.fields[name];
  if (!f) throw new ValueError(`no field of name ${name}`);
  const dt: DType = f.dtype;
  if (dt.subdtype) {
    const [base, shape] = dt.subdtype;
    const inner: number[] = [];
    let s = base.itemsize;
    for (let i = shape.length - 1; i >= 0; i--) {
      inner.unshift(s);
      s *= shape[i]!;
    }
    return a.viewWith([...a.dims, ...shape], [...a.steps, ...inner], a.offset + f.offset, base);
  }
  return a.viewWith(a.dims, a.steps, a.offset + f.offset, dt);
}

/**
 * `a[i, j] = record` where every axis gets an integer and the record is a JS tuple:
 * writes the element and returns true; false leaves the assignment to indexing.
 * (Indexing treats a JS array given for one element as a sequence, an error for
 * plain dtypes; for a structured element it is the record.)
 */
export function setRecordElement(a: NDArray, index: readonly unknown[], value: unknown): boolean {
  if (!Array.isArray(value) || index.length !== a.ndim) return false;
  if (!index.every((i) => typeof i === 'number' && Number.isInteger(i))) return false;
  const off = a.offsetOf(index as number[]);
  writeElement(a.dataView, off, a.dtype, fromPython(value, a.dtype));
  return true;
}
