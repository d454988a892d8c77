/**
 * `np.apply_along_axis` (numpy/lib/_shape_base_impl.py).
 */
import { ValueError } from '../_core/errors.js';
import { array } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import { normalizeAxis } from '../_core/shape/args.js';
import { transpose } from '../_core/shape.js';
import { bindPassThrough } from './_passthrough_args.js';

/**
 * `np.apply_along_axis(func1d, axis, arr, *args, **kwargs)`: call
 * `func1d(lane, ...args)` on every 1-d lane of `arr` along `axis` and stack the results
 * (scalars or arrays, all of the first result's shape) where that axis was. A trailing
 * options object passes `kwargs` on as a last argument, without the names `func1d`,
 * `axis` and `arr`, which bind the parameters.
 * @example np.apply_along_axis((v) => v.sum(), 1, np.arange(6).reshape(2, 3)) // array([ 3, 12])
 */
export function apply_along_axis(...given: unknown[]): NDArray {
  const [bound, extra] = bindPassThrough('apply_along_axis', ['func1d', 'axis', 'arr'], given);
  const [func, axisArg, arrArg] = bound as [unknown, unknown, unknown];
  if (typeof func !== 'function') throw new TypeError(`'${typeof func}' object is not callable`);
  const arr = arrArg instanceof NDArray ? arrArg : array(arrArg, { copy: null });
  const nd = arr.ndim;
  const axis = normalizeAxis(axisArg, nd);
  const dims = [...Array(nd).keys()];
  const inView = transpose(arr, [...dims.slice(0, axis), ...dims.slice(axis + 1), axis]);
  const outer = inView.dims.slice(0, -1);
  const total = outer.reduce((p, d) => p * d, 1);
  if (total === 0) {
    throw new ValueError('Cannot apply_along_axis when any iteration dimensions are 0');
  }
  const call = (ind: number[]): NDArray => {
    const r = (func as (...a: unknown[]) => unknown)(inView.get(...ind, '...'), ...extra);
    return r instanceof NDArray ? r : array(r, { copy: null });
  };
  const ind = new Array<number>(outer.length).fill(0);
  const res0 = call(ind);
  const buff = NDArray.zeros([...outer, ...res0.dims], res0.dtype);
  buff.set(...ind, '...', res0);
  for (let k = 1; k < total; k++) {
    for (let j = outer.length - 1; j >= 0; j--) {
      ind[j]!++;
      if (ind[j]! < outer[j]!) break;
      ind[j] = 0;
    }
    buff.set(...ind, '...', call(ind));
  }
  const bd = [...Array(buff.ndim).keys()];
  const perm = [
    ...bd.slice(0, axis),
    ...bd.slice(buff.ndim - res0.ndim),
    ...bd.slice(axis, buff.ndim - res0.ndim),
  ];
  return transpose(buff, perm);
}
