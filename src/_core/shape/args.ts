/**
 * Arguments of the shape functions: NumPy's positional order plus one trailing
 * options object (API.md §1), orders, and axis normalisation with NumPy's errors.
 */
import { AxisError, unexpectedKeyword, ValueError } from '../errors.js';
import { NDArray } from '../ndarray.js';

/** A plain `{...}` object (not an array, NDArray, typed array or class instance). */
export function isOptions(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof NDArray) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Bind positional `args` (after the array) and a trailing options object to
 * NumPy's parameter `names`, with Python's TypeErrors for mistakes.
 */
export function bindArgs(
  fn: string,
  names: readonly string[],
  given: readonly unknown[],
): Record<string, unknown> {
  // Trailing undefined arguments were simply not given.
  let end = given.length;
  while (end > 0 && given[end - 1] === undefined) end--;
  const args = given.slice(0, end);
  let pos = args;
  let opts: Record<string, unknown> = {};
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) {
    opts = last;
    pos = args.slice(0, -1);
  }
  if (pos.length > names.length) {
    throw new TypeError(
      `${fn}() takes at most ${names.length + 1} positional arguments (${pos.length + 1} given)`,
    );
  }
  const out: Record<string, unknown> = {};
  pos.forEach((v, i) => {
    if (v !== undefined) out[names[i]!] = v;
  });
  for (const [k, v] of Object.entries(opts)) {
    if (!names.includes(k)) throw unexpectedKeyword(fn, k);
    if (k in out) throw new TypeError(`${fn}() got multiple values for argument '${k}'`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export type Order = 'C' | 'F' | 'A' | 'K';

/** Validate an `order` argument (null/undefined give the default). */
export function checkOrder(order: unknown, dflt: Order = 'C'): Order {
  if (order === undefined || order === null) return dflt;
  if (typeof order === 'string') {
    const o = order.toUpperCase();
    if (o === 'C' || o === 'F' || o === 'A' || o === 'K') return o;
  }
  throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(order)}')`);
}

/** Python's `operator.index` on an axis or dimension. */
export function toInt(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && Number.isInteger(v)) return v === 0 ? 0 : v;
  const t =
    typeof v === 'number'
      ? 'float'
      : typeof v === 'string'
        ? 'str'
        : v === null
          ? 'NoneType'
          : typeof v;
  throw new TypeError(`'${t}' object cannot be interpreted as an integer`);
}

/** NumPy's normalize_axis_index; `prefix` is AxisError's msg_prefix (`axis1`, `source`). */
export function normalizeAxis(axis: unknown, ndim: number, prefix?: string): number {
  const ax = toInt(axis);
  if (ax < -ndim || ax >= ndim) {
    const msg = `axis ${ax} is out of bounds for array of dimension ${ndim}`;
    throw new AxisError(prefix ? `${prefix}: ${msg}` : msg, ax, ndim);
  }
  return ax < 0 ? ax + ndim : ax;
}

/** NumPy's normalize_axis_tuple: an int or a sequence of ints, no repeats. */
export function normalizeAxisTuple(axis: unknown, ndim: number, argname?: string): number[] {
  const list = Array.isArray(axis) ? axis : [axis];
  const out = list.map((a) => normalizeAxis(a, ndim, argname));
  if (new Set(out).size !== out.length) {
    throw new ValueError(argname ? `repeated axis in \`${argname}\` argument` : 'repeated axis');
  }
  return out;
}
