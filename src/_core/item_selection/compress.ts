/**
 * Boolean selection along an axis: `np.compress` / `a.compress` (NumPy's
 * PyArray_Compress: take of the condition's nonzero positions), `np.extract`, and the
 * fast `a[mask]` for a full-shape mask over contiguous memory.
 */

import { allocArray, arrayOffset } from '../alloc.js';
import { carryRawBytes } from '../bool_bytes.js';
import type { DTypeKey } from '../dtype.js';
import { IndexError, ValueError } from '../errors.js';
import { bindArgs, missingPositional } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { truePositions, truthBytes } from './nonzero.js';
import { checkAxis, contiguous, intoOut, takeAdjusted } from './take.js';
import { compressWords, countNonzeroBytes, wordSize, wordsOf } from './words.js';

/**
 * The elements of `a` (C order) whose mask byte is non-zero, as a new 1-d array.
 * `mask` has one byte per element of `a`.
 */
export function selectByMask<K extends DTypeKey>(
  a: NDArray<K>,
  mask: Uint8Array,
  maskStart = 0,
): NDArray<K> {
  const n = a.size;
  const count = countNonzeroBytes(mask, maskStart, n);
  const item = a.itemsize;
  // One spare element: the branch-free loop writes every element, selected or not. A short
  // result takes a block of the shared slab, as small ufunc outputs do (a fresh ArrayBuffer
  // cost ~150 ns of a[mask]'s ~360 on ten elements).
  const buffer = allocArray((count + 1) * item, true);
  const out = new NDArray(buffer, a.dtype, [count], [item], arrayOffset, null);
  carryRawBytes(a, out);
  if (count === 0 || item === 0) return out;
  const src = contiguous(a);
  const w = wordSize(item, src.offset);
  compressWords(
    wordsOf(src.buffer, w),
    src.offset / w,
    mask,
    maskStart,
    n,
    wordsOf(buffer, w),
    out.offset / w,
    item / w,
  );
  return out;
}

/** The shared body of `np.compress` and `a.compress`. */
export function compressImpl(a: NDArray, args: Record<string, unknown>): NDArray {
  const cond = toArray(args.condition);
  if (cond.ndim !== 1) throw new ValueError('condition must be a 1-d array');
  const [arr, axis] = checkAxis(a, args.axis);
  const truth = truthBytes(cond);
  const n = arr.dims[axis]!;
  let r: NDArray;
  if (arr.ndim === 1 && truth.length === n) r = selectByMask(arr, truth);
  else {
    const pos = truePositions(truth);
    for (const p of pos) if (p >= n) throw outOfBounds(p, axis, n);
    r = takeAdjusted(arr, axis, pos, [pos.length]);
  }
  if (args.out !== undefined && args.out !== null) {
    return intoOut(
      args.out as NDArray,
      r,
      'output array does not match result of ndarray.take',
      ValueError,
    );
  }
  return r;
}

/** take's IndexError for a true entry of the condition past the end of the axis. */
function outOfBounds(i: number, axis: number, n: number): IndexError {
  return new IndexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
}

/** `np.compress(condition, a, axis=None, out=None)`: the slices of `a` where `condition` is true. */
export function compress(
  condition: unknown,
  a?: unknown,
  axis?: number | null | { axis?: number | null; out?: NDArray | null },
  out?: NDArray | null | { out?: NDArray | null },
  opts?: { axis?: number | null; out?: NDArray | null },
): NDArray;
export function compress(...args: unknown[]): NDArray {
  const o = bindArgs('compress', ['condition', 'a', 'axis', 'out'], args);
  missingPositional('compress', o, ['condition', 'a']);
  return compressImpl(toArray(o.a), o);
}

/** `np.extract(condition, arr)`: the elements of `arr` where `condition` is true, flattened. */
export function extract(condition: unknown, arr?: unknown, opts?: Record<string, unknown>): NDArray;
export function extract(...args: unknown[]): NDArray {
  const o = bindArgs('extract', ['condition', 'arr'], args);
  missingPositional('extract', o, ['condition', 'arr']);
  const [a] = checkAxis(toArray(o.arr), null);
  const truth = truthBytes(toArray(o.condition));
  if (truth.length === a.size) return selectByMask(a, truth);
  // NumPy's take(ravel(arr), nonzero(ravel(condition))[0]).
  const pos = truePositions(truth);
  for (const p of pos) if (p >= a.size) throw outOfBounds(p, 0, a.size);
  return takeAdjusted(a, 0, pos, [pos.length]);
}
