/**
 * Arguments and return values shared by the reduction functions (fromnumeric, _methods,
 * nanfunctions): Python's positional-or-keyword binding with one trailing options object
 * (API.md §1), and API.md §3's rule for what comes back.
 */
import { toJS } from './elements.js';
import { bindArgs, isOptions } from './multiarray/args.js';
import { NDArray } from './ndarray.js';

/**
 * Bind `rest` (the arguments after the array) to `params`, with keyword-only `kwOnly`.
 * Too many positional arguments raise Python's message, counting the array.
 */
export function reductionArgs(
  fn: string,
  rest: readonly unknown[],
  params: readonly string[],
  kwOnly: readonly string[] = [],
): Record<string, any> {
  let n = rest.length;
  while (n > 0 && rest[n - 1] === undefined) n--;
  const positional = n > 0 && isOptions(rest[n - 1]) ? n - 1 : n;
  if (positional > params.length) {
    const total = params.length + 1;
    throw new TypeError(
      `${fn}() takes from 1 to ${total} positional arguments but ${positional + 1} were given`,
    );
  }
  return bindArgs(fn, params, rest, kwOnly);
}

/** Whether the caller asked for an array result: an axis (not null), keepdims or out (API.md §3). */
export function wantsArray(o: Record<string, any>): boolean {
  return (
    (o.axis !== undefined && o.axis !== null) ||
    o.keepdims === true ||
    (o.out !== undefined && o.out !== null)
  );
}

/** A 0-d result becomes a JS value unless the caller asked for an array. */
export function finish(r: unknown, o: Record<string, any>): any {
  if (r instanceof NDArray && r.ndim === 0 && !wantsArray(o))
    return toJS(r.readAt(r.offset), r.dtype);
  return r;
}
