/**
 * Arguments of NumPy functions that pass extra arguments on to a user function
 * (`piecewise(x, condlist, funclist, *args, **kw)`,
 * `apply_along_axis(func1d, axis, arr, *args, **kwargs)`).
 */
import { isOptions, missingPositional } from '../_core/multiarray/args.js';

/**
 * Bind `names` (required, positional or by name in a trailing options object) and
 * return [their values, the arguments for the user function]: the positional extras,
 * then the remaining options as one trailing object when there are any (a JS function's
 * spelling of `**kwargs`).
 */
export function bindPassThrough(
  fn: string,
  names: readonly string[],
  given: readonly unknown[],
): [unknown[], unknown[]] {
  let rest = given;
  let kw: Record<string, unknown> = {};
  if (rest.length > 0 && isOptions(rest[rest.length - 1])) {
    kw = { ...(rest[rest.length - 1] as Record<string, unknown>) };
    rest = rest.slice(0, -1);
  }
  const bound: Record<string, unknown> = {};
  names.forEach((k, i) => {
    if (k in kw) {
      if (i < rest.length) throw new TypeError(`${fn}() got multiple values for argument '${k}'`);
      bound[k] = kw[k];
      delete kw[k];
    } else if (rest[i] !== undefined) bound[k] = rest[i];
  });
  missingPositional(fn, bound, names);
  const extra = [...rest.slice(names.length), ...(Object.keys(kw).length > 0 ? [kw] : [])];
  return [names.map((k) => bound[k]), extra];
}
