/**
 * NumPy's ufunc-like functions (numpy/lib/_ufunclike_impl.py): fix, isposinf, isneginf.
 * They are built from ufuncs, so JS scalars in give JS values out and `out=` works as for
 * the ufuncs.
 */
import { Complex } from '../_core/complex.js';
import { toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';
import * as um from '../_core/umath/defs/index.js';

/** `out` given positionally or as `{out}`. */
function outArg(fn: string, rest: unknown[]): NDArray | null | undefined {
  let out: unknown;
  const last = rest[rest.length - 1];
  if (
    last !== null &&
    typeof last === 'object' &&
    !(last instanceof NDArray) &&
    !(last instanceof Complex) &&
    !Array.isArray(last)
  ) {
    const opts = last as Record<string, unknown>;
    for (const k of Object.keys(opts))
      if (k !== 'out') throw new TypeError(`${fn}() got an unexpected keyword argument '${k}'`);
    out = opts.out;
    rest = rest.slice(0, -1);
  }
  if (rest.length > 1)
    throw new TypeError(
      `${fn}() takes from 1 to 2 positional arguments but ${rest.length + 1} were given`,
    );
  if (rest.length === 1) out = rest[0];
  return out as NDArray | null | undefined;
}

/** `np.fix(x, out=None)`: round towards zero (np.trunc, keeping integer dtypes). */
export function fix(x: unknown, ...rest: unknown[]): any {
  const out = outArg('fix', rest);
  return out ? um.trunc(x, { out }) : um.trunc(x);
}

function signbitOrAmbiguous(x: unknown): unknown {
  try {
    return um.signbit(x);
  } catch (e) {
    if (e instanceof TypeError) {
      const dt = x instanceof NDArray ? x.dtype : toArray(x).dtype;
      throw new TypeError(
        `This operation is not supported for ${dt} values because it would be ambiguous.`,
      );
    }
    throw e;
  }
}

/** `np.isposinf(x, out=None)`: +inf elements (complex input is a TypeError). */
export function isposinf(x: unknown, ...rest: unknown[]): any {
  const out = outArg('isposinf', rest);
  const isInf = um.isinf(x);
  const pos = um.invert(signbitOrAmbiguous(x));
  return out ? um.logical_and(isInf, pos, out) : um.logical_and(isInf, pos);
}

/** `np.isneginf(x, out=None)`: -inf elements (complex input is a TypeError). */
export function isneginf(x: unknown, ...rest: unknown[]): any {
  const out = outArg('isneginf', rest);
  const isInf = um.isinf(x);
  const neg = signbitOrAmbiguous(x);
  return out ? um.logical_and(isInf, neg, out) : um.logical_and(isInf, neg);
}
