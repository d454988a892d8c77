/**
 * np.round / np.around / ndarray.round (NumPy's PyArray_Round): x * 10**d, rint (half to
 * even), / 10**d — in the array's own float type, so results agree with NumPy bit for bit,
 * including its surprises (np.round(2.675, 2) is 2.68, Python's round gives 2.67). Negative decimals divide
 * first; integers are copied for decimals >= 0 and rounded through float64 otherwise;
 * complex arrays round both parts.
 */

import { roundFused } from './around_fast.js';
import { Complex } from './complex.js';
import { type DType, float64 } from './dtype.js';
import { toJS } from './elements.js';
import { OverflowError, unexpectedKeyword, ValueError } from './errors.js';
import { toArray } from './multiarray/array.js';
import { assignArray } from './multiarray/copy.js';
import { NDArray } from './ndarray.js';
import { canCast } from './numerictypes/promotion.js';
import * as um from './umath/defs/index.js';

/** decimals as C's `int` argument ("|i"): Python's errors for floats and out-of-range ints. */
function cInt(d: unknown): number {
  if (typeof d === 'boolean') return d ? 1 : 0;
  if (
    d instanceof NDArray &&
    d.ndim === 0 &&
    (d.dtype.kind === 'i' || d.dtype.kind === 'u' || d.dtype.kind === 'b')
  )
    return cInt(d.item());
  if (typeof d === 'number' && Number.isInteger(d) && !Object.is(d, -0)) {
    if (d > 2147483647) throw new OverflowError('signed integer is greater than maximum');
    if (d < -2147483648) throw new OverflowError('signed integer is less than minimum');
    return d;
  }
  if (typeof d === 'bigint') {
    if (d > 2n ** 63n - 1n || d < -(2n ** 63n))
      throw new OverflowError('Python int too large to convert to C long');
    return cInt(Number(d));
  }
  const t =
    d === null
      ? 'NoneType'
      : typeof d === 'number'
        ? 'float'
        : typeof d === 'string'
          ? 'str'
          : typeof d;
  throw new TypeError(`'${t}' object cannot be interpreted as an integer`);
}

/** NumPy's power_of_ten: a table below 1e9, then repeated multiplication by 10 (not always 10**n exactly). */
function powerOfTen(n: number): number {
  if (n < 9) return 10 ** n;
  let ret = 1e9;
  while (n-- > 9 && ret !== Infinity) ret *= 10;
  return ret;
}

/**
 * NumPy passes 10**d as a Python float, which takes the other operand's float type (NEP 50).
 * A JS number like 100 would be a Python int, so a 0-d array of that float type (float64
 * for other operands, as a Python float promotes them) stands in for it.
 */
function pyFloat(f: number, dt: DType): NDArray {
  const z = NDArray.zeros([], dt.kind === 'f' ? dt : float64);
  z.fill(f as never);
  return z;
}

function isFortran(a: NDArray): boolean {
  return a.ndim > 1 && a.flags.f_contiguous && !a.flags.c_contiguous;
}

/** PyArray_Round(a, decimals, out). */
function roundArray(a: NDArray, decimals: number, out: NDArray | null): NDArray {
  if (out && out.size !== a.size) throw new ValueError('invalid output shape');
  if (a.dtype.kind === 'c') {
    const arr = out ?? a.copy('K');
    assignArray(arr.real, roundArray(a.real, decimals, null));
    assignArray(arr.imag, roundArray(a.imag, decimals, null));
    return arr;
  }
  const isInt = a.dtype.kind === 'i' || a.dtype.kind === 'u';
  let op1 = um.multiply;
  let op2 = um.true_divide;
  if (decimals >= 0) {
    if (isInt) {
      if (out) {
        // PyArray_AssignArray with same_kind casting.
        if (!canCast(a.dtype, out.dtype, 'same_kind')) {
          throw new TypeError(
            `Cannot cast array data from dtype('${a.dtype}') to dtype('${out.dtype}') according to the rule 'same_kind'`,
          );
        }
        assignArray(out, a);
        return out;
      }
      return a.copy('K');
    }
    if (decimals === 0) return out ? um.rint(a, out) : um.rint(a);
    const fused = out || isInt ? null : roundFused(a, decimals, powerOfTen(decimals));
    if (fused) return fused;
  } else {
    op1 = um.true_divide;
    op2 = um.multiply;
    decimals = decimals === -2147483648 ? 2147483647 : -decimals;
  }
  const res = out ?? NDArray.zeros(a.dims, isInt ? float64 : a.dtype, isFortran(a) ? 'F' : 'C');
  const f = powerOfTen(decimals);
  op1(a, pyFloat(f, isInt ? float64 : a.dtype), res);
  um.rint(res, res);
  op2(res, pyFloat(f, res.dtype), res);
  if (isInt && !out) return res.astype(a.dtype, { order: isFortran(a) ? 'F' : 'K' });
  return res;
}

function parse(fn: string, rest: unknown[]): { decimals: number; out: NDArray | null } {
  let opts: Record<string, unknown> = {};
  const last = rest[rest.length - 1];
  if (
    last !== null &&
    typeof last === 'object' &&
    !(last instanceof NDArray) &&
    !(last instanceof Complex) &&
    !Array.isArray(last)
  ) {
    opts = last as Record<string, unknown>;
    rest = rest.slice(0, -1);
  }
  for (const k of Object.keys(opts))
    if (k !== 'decimals' && k !== 'out') throw unexpectedKeyword(fn, k);
  if (rest.length > 2)
    throw new TypeError(
      `${fn}() takes from 1 to 3 positional arguments but ${rest.length + 1} were given`,
    );
  const d = rest[0] !== undefined ? rest[0] : (opts.decimals ?? 0);
  const o = rest[1] !== undefined ? rest[1] : (opts.out ?? null);
  if (o !== null && !(o instanceof NDArray))
    throw new TypeError('return arrays must be of ArrayType');
  return { decimals: cInt(d), out: o as NDArray | null };
}

/** `np.round(a, decimals=0, out=None)`. */
export function round(a: unknown, ...rest: unknown[]): any {
  const { decimals, out } = parse('round', rest);
  const arr = a instanceof NDArray ? a : toArray(a);
  const res = roundArray(arr, decimals, out);
  const scalarIn =
    typeof a === 'number' ||
    typeof a === 'bigint' ||
    typeof a === 'boolean' ||
    a instanceof Complex;
  return scalarIn && !out ? toJS(res.readAt(res.offset), res.dtype) : res;
}

/** `np.around(a, decimals=0, out=None)`: the same as np.round. */
export function around(a: unknown, ...rest: unknown[]): any {
  const { decimals, out } = parse('around', rest);
  return round(a, decimals, out);
}
