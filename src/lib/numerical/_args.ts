/**
 * Argument binding for the Python-level functions of numpy/lib (diff, interp, polyfit, …):
 * NumPy's positional order plus one trailing options object (API.md §1), with Python's
 * messages for too many, missing and repeated arguments.
 */
import { bindArgs, isOptions, missingPositional } from '../../_core/multiarray/args.js';

/**
 * Bind `args` to `params` (positional-or-keyword, the first `required` of them required)
 * and `kwOnly` (keyword-only). `undefined` counts as not given.
 */
export function bindPy(
  fn: string,
  params: readonly string[],
  required: number,
  args: readonly unknown[],
  kwOnly: readonly string[] = [],
): Record<string, any> {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const given = end > 0 && isOptions(args[end - 1]) ? end - 1 : end;
  if (given > params.length) {
    const takes =
      required === params.length ? `${required}` : `from ${required} to ${params.length}`;
    const plural = params.length === 1 && required === 1 ? '' : 's';
    const were = given === 1 ? 'was' : 'were';
    throw new TypeError(
      `${fn}() takes ${takes} positional argument${plural} but ${given} ${were} given`,
    );
  }
  const out = bindArgs(fn, params, args, kwOnly);
  missingPositional(fn, out, params.slice(0, required));
  return out;
}
