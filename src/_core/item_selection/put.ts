/**
 * In-place writes by position: `np.put` / `a.put` (flat indices), `np.putmask` and
 * `np.place` (boolean masks), with NumPy's value cycling and messages. Positions are
 * C-order element numbers of the target, whatever its memory layout.
 */
import { IndexError, ValueError } from '../errors.js';
import { elementOffsets } from '../iter.js';
import { bindArgs, missingPositional } from '../multiarray/args.js';
import { array } from '../multiarray/array.js';
import { copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { pyTypeName } from '../numerictypes/isdtype.js';
import { canCast } from '../numerictypes/promotion.js';
import { type ClipMode, clipMode, doubles, readyIndices, toIndexArray } from './indices.js';
import { storeMasked } from './masked_store.js';
import { truthBytes } from './nonzero.js';
import { hasScalarSlot, scalarValue } from './scalar_slot.js';
import { type Indices, wordSize, wordsOf } from './words.js';

/** Byte offset of every element of `a` in C order. */
function flatOffsets(a: NDArray): Float64Array | null {
  return a.flags.c_contiguous ? null : elementOffsets(a.dims, a.steps, a.offset);
}

/**
 * The values as a C-contiguous array of `a`'s dtype. `force`: any NDArray casts
 * (put's FORCECAST); otherwise an NDArray must cast safely (putmask, place).
 */
function valuesFor(a: NDArray, values: unknown, force: boolean): NDArray {
  if (values instanceof NDArray) {
    if (!force && !canCast(values.dtype, a.dtype, 'safe')) {
      throw new TypeError(
        `Cannot cast array data from ${values.dtype.repr()} to ${a.dtype.repr()} according to the rule 'safe'`,
      );
    }
    return copyArray(values, 'C', a.dtype);
  }
  const t = typeof values;
  if ((t === 'number' || t === 'boolean' || t === 'bigint') && hasScalarSlot(a.dtype))
    return scalarValue(a.dtype, values);
  // np.array's result is new memory already: copied again only if not C-ordered.
  const v = array(values, { dtype: a.dtype });
  return v.isCContig ? v : copyArray(v, 'C');
}

/** Copy element `vi` of the contiguous `v` to byte offset `off` of `a`'s buffer. */
function writer(a: NDArray, v: NDArray): (off: number, vi: number) => void {
  const dst = new Uint8Array(a.buffer as ArrayBuffer);
  const src = new Uint8Array(v.buffer as ArrayBuffer);
  const item = a.itemsize;
  return (off, vi) => {
    const from = v.offset + vi * item;
    for (let b = 0; b < item; b++) dst[off + b] = src[from + b]!;
  };
}

/** The indices before the first one out of [-n, n), made non-negative. */
function validPrefix(vals: Float64Array, n: number): Indices {
  const out: number[] = [];
  for (const x of vals) {
    const k = x < 0 ? x + n : x;
    if (!(k >= 0 && k < n)) break;
    out.push(k);
  }
  return { words: Int32Array.from(out), start: 0, step: 1, count: out.length };
}

/**
 * a.flat[idx[i]] = v[i % v.size] on a C-contiguous aligned `a`, a word at a time (the byte
 * loop of `writer` cost ~30 ns an element: np.put of 1e6 random indices ~40 ms).
 */
function putWords(a: NDArray, ix: Indices, v: NDArray): void {
  const item = a.itemsize;
  const w = wordSize(item, a.offset, v.offset);
  const e = item / w;
  const D = wordsOf(a.buffer, w) as Float64Array;
  const S = wordsOf(v.buffer, w) as Float64Array;
  const d0 = a.offset / w;
  const s0 = v.offset / w;
  const nv = v.size;
  const { words: idx, start, step, count } = ix;
  if (e === 1) {
    if (nv === 1) {
      const x = S[s0]!;
      for (let i = 0, k = start; i < count; i++, k += step) D[d0 + idx[k]!] = x;
    } else {
      for (let i = 0, k = start; i < count; i++, k += step) D[d0 + idx[k]!] = S[s0 + (i % nv)]!;
    }
    return;
  }
  for (let i = 0, k = start; i < count; i++, k += step) {
    const to = d0 + idx[k]! * e;
    const from = s0 + (i % nv) * e;
    for (let l = 0; l < e; l++) D[to + l] = S[from + l]!;
  }
}

function checkWriteable(a: NDArray, what: string): void {
  if (!a.flags.writeable) throw new ValueError(`${what}: output array is read-only`);
}

/** The shared body of `np.put` and `a.put`. */
export function putImpl(a: NDArray, args: Record<string, unknown>): void {
  const mode = clipMode(args.mode);
  checkWriteable(a, 'put');
  const ind = toIndexArray(args.ind, 'safe');
  const size = a.size;
  if (ind.size > 0 && size === 0) throw new IndexError('cannot replace elements of an empty array');
  const v = valuesFor(a, args.v, true);
  const nv = v.size;
  if (nv === 0 || ind.size === 0) return;
  // NumPy writes straight into a C-contiguous aligned target, so under 'raise' the elements
  // before a bad index are stored when the IndexError comes; any other target is written
  // through a copy that an error discards (nothing stored).
  const direct = a.flags.c_contiguous && a.isAligned;
  let ix: Indices;
  try {
    // Indices in `a`'s own memory are copied before the stores change them (NumPy reads
    // them as it writes; the copy keeps the values they had, as before).
    ix = readyIndices(ind, size, mode, 0, a);
  } catch (e) {
    if (direct && e instanceof IndexError) putWords(a, validPrefix(doubles(ind), size), v);
    throw e;
  }
  if (direct) {
    putWords(a, ix, v);
    return;
  }
  const offs = flatOffsets(a);
  const write = writer(a, v);
  const { words: idx, start, step, count } = ix;
  for (let i = 0, j = start; i < count; i++, j += step) {
    const k = idx[j]!;
    write(offs === null ? a.offset + k * a.itemsize : offs[k]!, i % nv);
  }
}

/**
 * `np.put(a, ind, v, mode='raise')`: `a.flat[ind] = v`, values repeated as needed.
 * `a` must be an NDArray (it is changed in place).
 */
export function put(
  a: NDArray,
  ind?: unknown,
  v?: unknown,
  mode?: ClipMode | { mode?: ClipMode },
  opts?: { mode?: ClipMode },
): void;
export function put(...args: unknown[]): void {
  const o = bindArgs('put', ['a', 'ind', 'v', 'mode'], args);
  missingPositional('put', o, ['a', 'ind', 'v']);
  if (!(o.a instanceof NDArray))
    throw new TypeError(`argument 1 must be numpy.ndarray, not ${pyTypeName(o.a)}`);
  putImpl(o.a, o);
}

/** The mask as C-order truth bytes, checked against the array's size. */
function maskFor(a: NDArray, mask: unknown, what: string): Uint8Array {
  const m = truthBytes(mask instanceof NDArray ? mask : array(mask));
  if (m.length !== a.size) throw new ValueError(`${what}: mask and data must be the same size`);
  return m;
}

/**
 * `np.putmask(a, mask, values)`: `a.flat[i] = values[i % len(values)]` wherever
 * `mask.flat[i]` is true (mask and a must have the same size).
 */
export function putmask(
  a: NDArray,
  mask?: unknown,
  values?: unknown,
  opts?: Record<string, unknown>,
): void;
export function putmask(...args: unknown[]): void {
  const o = bindArgs('putmask', ['a', 'mask', 'values'], args);
  missingPositional('putmask', o, ['a', 'mask', 'values']);
  const a = o.a;
  if (!(a instanceof NDArray)) throw new TypeError('putmask: first argument must be an array');
  checkWriteable(a, 'putmask');
  const m = maskFor(a, o.mask, 'putmask');
  const v = valuesFor(a, o.values, false);
  const nv = v.size;
  if (nv === 0) return;
  if (storeMasked(a, m, v, 'cycle')) return;
  const offs = flatOffsets(a);
  const write = writer(a, v);
  for (let i = 0; i < m.length; i++) {
    if (m[i] !== 0) write(offs === null ? a.offset + i * a.itemsize : offs[i]!, i % nv);
  }
}

/**
 * `np.place(arr, mask, vals)`: the true positions of `mask` take `vals` in turn
 * (cycling), unlike putmask, which pairs positions and values by number.
 */
export function place(
  arr: NDArray,
  mask?: unknown,
  vals?: unknown,
  opts?: Record<string, unknown>,
): void;
export function place(...args: unknown[]): void {
  const o = bindArgs('place', ['arr', 'mask', 'vals'], args);
  missingPositional('place', o, ['arr', 'mask', 'vals']);
  const a = o.arr;
  if (!(a instanceof NDArray)) {
    throw new TypeError(
      `place() argument 1 must be numpy.ndarray, not ${pyTypeName(a).slice(8, -2)}`,
    );
  }
  if (!a.flags.writeable) throw new ValueError('WRITEBACKIFCOPY base is read-only');
  const m = maskFor(a, o.mask, 'place');
  const v = valuesFor(a, o.vals, false);
  const nv = v.size;
  if (nv === 0) {
    if (m.some((x) => x !== 0)) throw new ValueError('Cannot insert from an empty array!');
    return;
  }
  const offs = flatOffsets(a);
  const write = writer(a, v);
  let j = 0;
  for (let i = 0; i < m.length; i++) {
    if (m[i] === 0) continue;
    write(offs === null ? a.offset + i * a.itemsize : offs[i]!, j);
    j = j + 1 === nv ? 0 : j + 1;
  }
}
