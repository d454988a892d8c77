/** Python's positional-argument count check for the functions of this folder. */
import { isOptions } from '../../_core/multiarray/args.js';

/**
 * Python's TypeError when more than `max` positional arguments are given to `fn` (which
 * requires `min`); `args` are all of them, a trailing options object aside.
 */
export function checkPositional(fn: string, max: number, args: readonly unknown[], min = 1): void {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const pos = n > 0 && isOptions(args[n - 1]) ? n - 1 : n;
  if (pos > max)
    throw new TypeError(
      `${fn}() takes from ${min} to ${max} positional arguments but ${pos} were given`,
    );
}
