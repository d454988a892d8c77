/**
 * `np.fromiter` (numpy/_core/src/multiarray/ctors.c, PyArray_FromIter) for JS iterables.
 */
import { type DTypeLike, float64, dtype as toDType } from '../dtype.js';
import { fromPython, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';
import { bindArgs, isOptions, missing, pyType, toIndex } from './args.js';

/**
 * `np.fromiter(iter, dtype, count=-1, *, like=None)`: a new 1-d array from the values of
 * any JS iterable (array, generator, Set, typed array, string …), each converted as
 * NumPy's `a[i] = value` does; `count` >= 0 reads only that many values (an iterable
 * that ends first is a ValueError). For a structured or subarray dtype each value is a
 * record / sequence.
 * @example np.fromiter((function* () { for (let i = 0; i < 4; i++) yield i * i; })(), 'float64') // array([0., 1., 4., 9.])
 */
export function fromiter(...given: unknown[]): NDArray {
  const last = given[given.length - 1];
  if (isOptions(last)) {
    // A C function's message for an unknown keyword.
    for (const k of Object.keys(last)) {
      if (!['iter', 'dtype', 'count', 'like'].includes(k)) {
        throw new TypeError(`'${k}' is an invalid keyword argument for fromiter()`);
      }
    }
  }
  const args = bindArgs('fromiter', ['iter', 'dtype', 'count'], given, ['like']);
  if (!('iter' in args)) throw missing('fromiter', 'iter', 1);
  if (!('dtype' in args)) throw missing('fromiter', 'dtype', 2);
  const dt = args.dtype === null ? float64 : toDType(args.dtype as DTypeLike);
  const count = args.count === undefined ? -1 : toIndex(args.count);
  if (dt.itemsize === 0) {
    throw new ValueError('Must specify length when using variable-size data-type.');
  }
  const it = args.iter as { [Symbol.iterator]?: () => Iterator<unknown> } | null;
  if (it === null || it === undefined || typeof it[Symbol.iterator] !== 'function') {
    throw new TypeError(`'${pyType(it)}' object is not iterable`);
  }
  const values: unknown[] = [];
  if (count !== 0) {
    for (const v of it as Iterable<unknown>) {
      values.push(v);
      if (values.length === count) break;
    }
  }
  if (count >= 0 && values.length < count) {
    throw new ValueError(
      `iterator too short: Expected ${count} but iterator had only ${values.length} items.`,
    );
  }
  const target = dt;
  const out = NDArray.zeros([values.length], target);
  if (target.fields) {
    values.forEach((v, i) => {
      out.set(i, v);
    });
    return out;
  }
  const view = out.dataView;
  const isz = target.itemsize;
  values.forEach((v, i) => {
    if (
      Array.isArray(v) ||
      v instanceof NDArray ||
      (ArrayBuffer.isView(v) && !(v instanceof Uint8Array))
    ) {
      throw new ValueError('setting an array element with a sequence.');
    }
    writeElement(view, i * isz, target, fromPython(v, target));
  });
  return out;
}
