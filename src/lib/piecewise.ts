/**
 * `np.piecewise` (numpy/lib/_function_base_impl.py).
 */
import { Complex } from '../_core/complex.js';
import { bool } from '../_core/dtype.js';
import { IndexError, ValueError } from '../_core/errors.js';
import { any } from '../_core/fromnumeric.js';
import { array } from '../_core/multiarray/array.js';
import { concatenate } from '../_core/multiarray/concatenate.js';
import { zeros_like } from '../_core/multiarray/creation.js';
import { NDArray } from '../_core/ndarray.js';
import { logical_not } from '../_core/umath/defs/index.js';
import { bindPassThrough } from './_passthrough_args.js';

function isScalarLike(v: unknown): boolean {
  const t = typeof v;
  return (
    t === 'number' || t === 'bigint' || t === 'boolean' || t === 'string' || v instanceof Complex
  );
}

/**
 * `np.piecewise(x, condlist, funclist, *args, **kw)`: an array like `x` whose elements
 * where `condlist[i]` holds come from `funclist[i]` — a JS function called as
 * `f(x_selected, ...args)` (plus the `kw` object when a trailing options object is
 * given), or a constant. One extra function is the "otherwise" case.
 * @example np.piecewise(np.array([-1, 2]), [np.array([-1, 2]).lt(0)], [(v) => v.neg(), 10]) // array([ 1, 10])
 */
export function piecewise(...given: unknown[]): NDArray {
  const [named, extra] = bindPassThrough('piecewise', ['x', 'condlist', 'funclist'], given);
  const x = named[0] instanceof NDArray ? named[0] : array(named[0], { copy: null });
  // An NDArray funclist holds constants (NumPy iterates it into scalars).
  const funclist = (named[2] instanceof NDArray ? named[2].tolist() : named[2]) as unknown[];
  if (!Array.isArray(funclist)) {
    const t = typeof funclist === 'function' ? 'function' : typeof funclist;
    throw new TypeError(`object of type '${t}' has no len()`);
  }
  const n2 = funclist.length;
  let condIn = named[1];
  let wrap = isScalarLike(condIn);
  if (!wrap) {
    let first: unknown;
    if (Array.isArray(condIn)) {
      if (condIn.length === 0) throw new IndexError('list index out of range');
      first = condIn[0];
    } else if (condIn instanceof NDArray) {
      if (condIn.ndim === 0) {
        throw new IndexError(
          'too many indices for array: array is 0-dimensional, but 1 were indexed',
        );
      }
      first = condIn.ndim >= 2 ? condIn.get(0) : condIn.at(0);
    }
    wrap = !(Array.isArray(first) || first instanceof NDArray) && x.ndim !== 0;
  }
  if (wrap) condIn = [condIn];
  let condlist = array(condIn, { dtype: bool }) as NDArray;
  if (condlist.ndim === 0) throw new TypeError('len() of unsized object');
  let n = condlist.dims[0]!;
  if (n === n2 - 1) {
    const condelse = logical_not(any(condlist, { axis: 0, keepdims: true })) as NDArray;
    condlist = concatenate([condlist, condelse], { axis: 0 }) as NDArray;
    n += 1;
  } else if (n !== n2) {
    throw new ValueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
  }
  const y = zeros_like(x) as NDArray;
  for (let i = 0; i < n; i++) {
    const cond = condlist.get(i);
    const func = funclist[i];
    if (typeof func !== 'function') {
      y.set(cond, func);
    } else {
      const vals = x.get(cond);
      if (vals.size > 0) y.set(cond, func(vals, ...extra));
    }
  }
  return y;
}
