/**
 * The NDArray methods of item selection (`a.take`, `a.put`, `a.repeat`, `a.choose`,
 * `a.compress`, `a.nonzero`, `a.diagonal`, `a.trace`, `a.resize`): argument binding
 * for each, sharing the bodies of the np.* functions.
 */
import type { DTypeKey } from '../dtype.js';
import { bindArgs, isOptions, missingPositional } from '../multiarray/args.js';
import type { NDArray } from '../ndarray.js';
import { resizeInPlace } from '../resize.js';
import { chooseImpl } from './choose.js';
import { compressImpl } from './compress.js';
import { diagonalImpl, traceImpl } from './diagonal.js';
import { nonzeroOf } from './nonzero.js';
import { putImpl } from './put.js';
import { repeatImpl } from './repeat.js';
import { takeImpl } from './take.js';

function bind(
  fn: string,
  names: string[],
  required: string[],
  args: unknown[],
): Record<string, unknown> {
  const o = bindArgs(fn, names, args);
  missingPositional(fn, o, required);
  return o;
}

export function take(a: NDArray, args: unknown[]): any {
  // a.take(idx), the everyday call, without the general binding (~0.1 us of a short take).
  if (args.length === 1 && args[0] !== undefined && !isOptions(args[0]))
    return takeImpl(a, { indices: args[0] });
  return takeImpl(a, bind('take', ['indices', 'axis', 'out', 'mode'], ['indices'], args));
}
export function put(a: NDArray, args: unknown[]): void {
  const o = bind('put', ['indices', 'values', 'mode'], ['indices', 'values'], args);
  putImpl(a, { ind: o.indices, v: o.values, mode: o.mode });
}
export function repeat<K extends DTypeKey>(a: NDArray<K>, args: unknown[]): NDArray<K> {
  return repeatImpl(a, bind('repeat', ['repeats', 'axis'], ['repeats'], args));
}
export function choose(a: NDArray, args: unknown[]): any {
  return chooseImpl(a, bind('choose', ['choices', 'out', 'mode'], ['choices'], args));
}
export function compress(a: NDArray, args: unknown[]): NDArray {
  return compressImpl(a, bind('compress', ['condition', 'axis', 'out'], ['condition'], args));
}
export function nonzero(a: NDArray): NDArray<'int64'>[] {
  return nonzeroOf(a);
}
export function diagonal<K extends DTypeKey>(a: NDArray<K>, args: unknown[]): NDArray<K> {
  return diagonalImpl(a, bind('diagonal', ['offset', 'axis1', 'axis2'], [], args));
}
export function trace(a: NDArray, args: unknown[]): any {
  return traceImpl(a, bind('trace', ['offset', 'axis1', 'axis2', 'dtype', 'out'], [], args));
}
export function resize(a: NDArray, args: unknown[]): void {
  resizeInPlace(a, args);
}
