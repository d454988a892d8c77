/**
 * `np.angle(z, deg=False)` (numpy/lib/_function_base_impl.py): arctan2(imag, real) — for
 * real input arctan2(0, x), so integers follow arctan2's loop choice (int8 → float16).
 */
import { Complex } from '../_core/complex.js';
import { toJS } from '../_core/elements.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import * as um from '../_core/umath/defs/index.js';

export function angle(z: unknown, ...rest: unknown[]): any {
  let deg: unknown = false;
  const last = rest[rest.length - 1];
  if (last !== null && typeof last === 'object') {
    const opts = last as Record<string, unknown>;
    for (const k of Object.keys(opts))
      if (k !== 'deg') throw new TypeError(`angle() got an unexpected keyword argument '${k}'`);
    deg = opts.deg ?? false;
    rest = rest.slice(0, -1);
  }
  if (rest.length > 1)
    throw new TypeError(
      `angle() takes from 1 to 2 positional arguments but ${rest.length + 1} were given`,
    );
  if (rest.length === 1) deg = rest[0];
  const arr = z instanceof NDArray ? z : toArray(z);
  const a: NDArray = arr.dtype.kind === 'c' ? um.arctan2(arr.imag, arr.real) : um.arctan2(0, arr);
  if (deg) um.multiply(a, 180 / Math.PI, { out: a });
  const scalarIn =
    typeof z === 'number' ||
    typeof z === 'bigint' ||
    typeof z === 'boolean' ||
    z instanceof Complex;
  return scalarIn ? toJS(a.readAt(a.offset), a.dtype) : a;
}
