/**
 * `np.select(condlist, choicelist, default=0)` (numpy/lib/_function_base_impl.py):
 * the first matching choice per element, built with copyto(where=…) as NumPy does.
 */
import { Complex } from '../_core/complex.js';
import type { DType } from '../_core/dtype.js';
import { ValueError } from '../_core/errors.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import { copyto } from '../_core/multiarray/copyto.js';
import { NDArray } from '../_core/ndarray.js';
import { type ResultTypeArg, resultType } from '../_core/numerictypes/promotion.js';
import { broadcast_arrays, broadcast_shapes } from './stride_tricks.js';

/** Python int/float/complex stay weak scalars for the result type (NEP 50), as select keeps them. */
function weakOrArray(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof Complex ? v : toArray(v);
}

/** `np.select(condlist, choicelist, default=0)`: choicelist[i] where condlist[i] first holds, else default. */
export function select(
  condlist: readonly unknown[],
  choicelist: readonly unknown[],
  default_?: unknown | { default?: unknown },
  opts?: { default?: unknown },
): NDArray;
export function select(...args: unknown[]): NDArray {
  const o = bindArgs('select', ['condlist', 'choicelist', 'default'], args);
  missingPositional('select', o, ['condlist', 'choicelist']);
  const conds = o.condlist as unknown[];
  const choices = o.choicelist as unknown[];
  if (conds.length !== choices.length)
    throw new ValueError('list of cases must be same length as list of conditions');
  if (conds.length === 0)
    throw new ValueError('select with an empty condition list is not possible');
  const ops = [...choices, o.default === undefined ? 0 : o.default].map(weakOrArray);
  let dt: DType;
  try {
    dt = resultType(...(ops as ResultTypeArg[]));
  } catch (e) {
    if (e instanceof TypeError)
      throw new TypeError(`Choicelist and default value do not have a common dtype: ${e.message}`);
    throw e;
  }
  const cs = broadcast_arrays(...conds);
  const ch = broadcast_arrays(...ops);
  cs.forEach((c, i) => {
    if (c.dtype.kind !== 'b')
      throw new TypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const shape = ch[0]!.ndim === 0 ? cs[0]!.dims : broadcast_shapes(cs[0]!.dims, ch[0]!.dims);
  const result = NDArray.zeros(shape, dt);
  copyto(result, ch[ch.length - 1]!, { casting: 'unsafe' });
  // Reverse order, so that the first matching condition is written last and wins.
  for (let i = conds.length - 1; i >= 0; i--) copyto(result, ch[i]!, { where: cs[i]! });
  return result;
}
