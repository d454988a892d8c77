/**
 * argmax / argmin (NumPy's PyArray_ArgMax/ArgMin and the typed `argfunc` loops): the index
 * of the first maximum (minimum) along an axis; a NaN counts as the extreme, so the first
 * NaN wins. Complex values order lexicographically; strings by code point.
 */

import { canonicalBool } from './bool_bytes.js';
import type { Complex } from './complex.js';
import type { DType } from './dtype.js';
import { int64 } from './dtype.js';
import { axisError, ValueError } from './errors.js';
import { halfBitsToDouble } from './float16.js';
import { storeInt64 } from './int64_words.js';
import { shapeSize } from './iter.js';
import { toIndex } from './multiarray/args.js';
import { toArray } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { extremumFrom, extremumWasm, reduceWasm, WASM_MIN_EXTREMUM } from './umath/reduce_wasm.js';

type Kind = 'argmax' | 'argmin';

/** Compare a candidate with the current extreme: true when the candidate replaces it. */
type Better = (x: any, m: any) => boolean;

function floatBetter(kind: Kind): Better {
  return kind === 'argmax' ? (x, m) => !(x <= m) : (x, m) => !(x >= m);
}

function cnan(c: Complex): boolean {
  return Number.isNaN(c.re) || Number.isNaN(c.im);
}

function complexBetter(kind: Kind): Better {
  return kind === 'argmax'
    ? (x: Complex, m: Complex) => x.re > m.re || (x.re === m.re && x.im > m.im) || cnan(x)
    : (x: Complex, m: Complex) => x.re < m.re || (x.re === m.re && x.im < m.im) || cnan(x);
}

/** Code-point order for 'U' (strings) and byte order for 'S' (Uint8Array). */
function textCompare(x: string | Uint8Array, y: string | Uint8Array): number {
  if (typeof x === 'string' && typeof y === 'string') {
    const a = [...x];
    const b = [...y];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = a[i]!.codePointAt(0)! - b[i]!.codePointAt(0)!;
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }
  const a = x as Uint8Array;
  const b = y as Uint8Array;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function betterFor(
  dt: DType,
  kind: Kind,
): { better: Better; nanTest: ((v: any) => boolean) | null } {
  switch (dt.kind) {
    case 'f':
      return { better: floatBetter(kind), nanTest: (v: number) => Number.isNaN(v) };
    case 'c':
      return { better: complexBetter(kind), nanTest: cnan };
    case 'U':
    case 'S':
      return {
        better:
          kind === 'argmax' ? (x, m) => textCompare(x, m) > 0 : (x, m) => textCompare(x, m) < 0,
        nanTest: null,
      };
    default:
      return { better: kind === 'argmax' ? (x, m) => x > m : (x, m) => x < m, nanTest: null };
  }
}

/** A reader of element i of a line starting at byte offset `off` with byte stride `st`. */
function lineReader(a: NDArray): (off: number) => any {
  const dt = a.dtype;
  if (dt.kind === 'f' || dt.kind === 'i' || dt.kind === 'u' || dt.kind === 'b') {
    if (a.isAligned) {
      const data = a.data as unknown as ArrayLike<number | bigint>;
      const unit = dt.storageBytes;
      if (dt.kind === 'f' && dt.itemsize === 2)
        return (off) => halfBitsToDouble(data[off / unit] as number);
      return (off) => data[off / unit];
    }
  }
  return (off) => a.readAt(off);
}

/**
 * Typed scan of one line for float32/64 and ≤32-bit integers (the common case), with the
 * same rules: first extreme wins, the first NaN wins.
 */
function fastLine(a: NDArray, kind: Kind): ((off: number, st: number, n: number) => number) | null {
  const dt = a.dtype;
  const num =
    (dt.kind === 'f' && dt.itemsize >= 4) ||
    ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize <= 4);
  if (!num || !a.isAligned) return null;
  const d = a.data as Float64Array;
  const unit = dt.storageBytes;
  const max = kind === 'argmax';
  return (off, st, n) => {
    let p = off / unit;
    const s = st / unit;
    // Long contiguous lines: the SIMD max/min, then the first element equal to it (±0 are
    // equal, as NumPy compares); a NaN line (null) takes the loop, which finds the first NaN.
    if (s === 1 && n >= WASM_MIN_EXTREMUM) {
      const w = reduceWasm();
      const m = w === null ? null : extremumWasm(w, d, p, n, max, true);
      // The first piece attaining m holds its first occurrence (±0 compare equal, as in
      // NumPy): searching from there, not from p, saved ~0.4 ms of 1e6 random doubles.
      if (m !== null) return d.indexOf(m, p + extremumFrom) - p;
    }
    let m = d[p]!;
    if (Number.isNaN(m)) return 0;
    let best = 0;
    for (let i = 1; i < n; i++) {
      p += s;
      const x = d[p]!;
      if (max ? !(x <= m) : !(x >= m)) {
        m = x;
        best = i;
        if (Number.isNaN(x)) break;
      }
    }
    return best;
  };
}

/** The index of a line's extreme for any dtype, by its element reader and comparer. */
function genericLine(a: NDArray, kind: Kind): (off: number, st: number, n: number) => number {
  const { better, nanTest } = betterFor(a.dtype, kind);
  const read = lineReader(a);
  return (base, st, n) => {
    let m = read(base);
    let best = 0;
    if (nanTest?.(m)) return 0;
    for (let i = 1, off = base + st; i < n; i++, off += st) {
      const x = read(off);
      if (better(x, m)) {
        m = x;
        best = i;
        if (nanTest?.(m)) break;
      }
    }
    return best;
  };
}

/** The axis argument of argmax/argmin: one integer (a 0-d array counts as 1-d). */
function argAxis(axis: unknown, ndim: number): number {
  if (Array.isArray(axis))
    throw new TypeError("'tuple' object cannot be interpreted as an integer");
  if (typeof axis === 'number' && !Number.isInteger(axis))
    throw new TypeError("'float' object cannot be interpreted as an integer");
  const v = toIndex(axis);
  const nd = Math.max(ndim, 1);
  if (v < -nd || v >= nd) throw axisError(v, nd);
  return v < 0 ? v + nd : v;
}

/**
 * `np.argmax` / `np.argmin` core: returns the intp result array (0-d when axis is None
 * and keepdims is false) or writes into `out`.
 */
export function argExtreme(
  kind: Kind,
  a: unknown,
  axis: unknown,
  out: NDArray | null,
  keepdims: boolean,
): NDArray {
  const arr0 = canonicalBool(toArray(a));
  let arr = arr0;
  let ax: number;
  if (axis === undefined || axis === null) {
    arr = arr0.ndim === 1 ? arr0 : arr0.reshape(-1);
    ax = 0;
  } else {
    ax = argAxis(axis, arr0.ndim);
    if (arr0.ndim === 0) arr = arr0.reshape(1);
  }
  const n = arr.dims[ax]!;
  if (n === 0) throw new ValueError(`attempt to get ${kind} of an empty sequence`);
  // Result shape: the array's shape without the axis (keepdims: ones, on the original rank).
  const lineShape = arr.dims.filter((_, i) => i !== ax);
  let resShape: number[];
  if (!keepdims) resShape = lineShape;
  else if (axis === undefined || axis === null) resShape = arr0.dims.map(() => 1);
  else resShape = arr.dims.map((m, i) => (i === ax ? 1 : m));
  if (out) {
    if (out.dtype.kind !== 'i' && out.dtype.kind !== 'u') {
      throw new TypeError(
        `Cannot cast array data from dtype('${out.dtype}') to dtype('int64') according to the rule 'safe'`,
      );
    }
    if (out.ndim !== resShape.length || out.dims.some((m, i) => m !== resShape[i])) {
      throw new ValueError(`output array does not match result of np.${kind}.`);
    }
  }
  const res = NDArray.fresh(lineShape, int64);
  // Indices as (low, high) int32 words of the int64s (a BigInt a line cost ~30 ns).
  const rd = new Int32Array(res.buffer as ArrayBuffer, res.offset, 2 * res.size);
  const line = fastLine(arr, kind) ?? genericLine(arr, kind);
  const st = arr.steps[ax]!;
  // Walk every line along `ax` in C order of the other axes.
  const otherStrides = arr.steps.filter((_, i) => i !== ax);
  const size = shapeSize(lineShape);
  const idx = new Array<number>(lineShape.length).fill(0);
  let base = arr.offset;
  for (let c = 0; c < size; c++) {
    storeInt64(rd, c, line(base, st, n));
    for (let d = lineShape.length - 1; d >= 0; d--) {
      idx[d]!++;
      base += otherStrides[d]!;
      if (idx[d]! < lineShape[d]!) break;
      base -= otherStrides[d]! * lineShape[d]!;
      idx[d] = 0;
    }
  }
  const result = resShape === lineShape ? res : res.reshape(resShape);
  if (out) {
    out.set('...', result);
    return out;
  }
  return result;
}
