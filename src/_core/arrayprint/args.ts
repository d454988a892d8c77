/**
 * Python-style argument binding for the printing functions (API.md §1): positional
 * arguments in NumPy's order, then optionally one plain options object keyed by NumPy's
 * parameter names. `undefined` and `null` both mean "not given" (Python's None).
 */
import { unexpectedKeyword } from '../errors.js';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Bind `args` to `positional` names (the first `required` of them required), then
 * keyword-only `kwOnly` names, as Python would, with Python's TypeError messages.
 * A trailing plain object is the options object, unless it sits in a positional slot
 * listed in `objectSlots` (such as set_printoptions' `formatter`).
 */
export function bindArgs(
  fn: string,
  positional: readonly string[],
  required: number,
  kwOnly: readonly string[],
  args: readonly unknown[],
  objectSlots: readonly string[] = [],
): Record<string, unknown> {
  let pos = args;
  let kw: Record<string, unknown> = {};
  const last = args[args.length - 1];
  if (args.length > 0 && isPlainObject(last)) {
    const slot = positional[args.length - 1];
    if (slot === undefined || !objectSlots.includes(slot)) {
      kw = last;
      pos = args.slice(0, -1);
    }
  }
  if (pos.length > positional.length) {
    const n = positional.length;
    const range = required === n ? `${n}` : `from ${required} to ${n}`;
    throw new TypeError(
      `${fn}() takes ${range} positional argument${n === 1 ? '' : 's'} but ${pos.length} were given`,
    );
  }
  const out: Record<string, unknown> = {};
  pos.forEach((v, i) => {
    out[positional[i]!] = v;
  });
  for (const [k, v] of Object.entries(kw)) {
    if (!positional.includes(k) && !kwOnly.includes(k)) throw unexpectedKeyword(fn, k);
    if (out[k] !== undefined && v !== undefined) {
      throw new TypeError(`${fn}() got multiple values for argument '${k}'`);
    }
    out[k] = v;
  }
  const missing = positional.slice(0, required).filter((k) => out[k] === undefined);
  if (missing.length === 1) {
    throw new TypeError(`${fn}() missing 1 required positional argument: '${missing[0]}'`);
  }
  for (const k of Object.keys(out)) if (out[k] === null) out[k] = undefined;
  return out;
}
