/**
 * `np.repeat` / `a.repeat` (NumPy's PyArray_Repeat): each slice along the axis copied
 * `repeats[i]` times, on C-contiguous memory in whole chunks.
 */
import { type DTypeKey, int64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { shapeSize } from '../iter.js';
import { bindArgs, missingPositional } from '../multiarray/args.js';
import { array, toArray } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { canCast } from '../numerictypes/promotion.js';
import { fresh } from '../umath/fresh_loops.js';
import { doubles } from './indices.js';
import { checkAxis, contiguous } from './take.js';
import { type Words, wordSize, wordsOf } from './words.js';

/** The repeat counts as NumPy's PyArray_ContiguousFromAny(repeats, intp, 0, 1) reads them. */
function counts(repeats: unknown): Float64Array {
  let r: NDArray;
  if (repeats instanceof NDArray) {
    if (!canCast(repeats.dtype, int64, 'safe')) {
      const what = repeats.ndim === 0 ? 'scalar' : 'array data';
      throw new TypeError(
        `Cannot cast ${what} from ${repeats.dtype.repr()} to dtype('int64') according to the rule 'safe'`,
      );
    }
    if (repeats.ndim > 1) throw new ValueError('object too deep for desired array');
    r = repeats;
  } else {
    r = array(repeats, { dtype: int64 });
    if (r.ndim > 1) {
      throw new ValueError(
        'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
      );
    }
  }
  return doubles(r);
}

/** The shared body of `np.repeat` and `a.repeat`. */
export function repeatImpl<K extends DTypeKey>(
  a: NDArray<K>,
  args: Record<string, unknown>,
): NDArray<K> {
  const c = counts(args.repeats);
  const [arr, axis] = checkAxis(a, args.axis);
  const n = arr.dims[axis]!;
  const broadcast = c.length === 1;
  let total = 0;
  if (broadcast) total = n === 0 ? 0 : c[0]! * n;
  else {
    if (c.length !== n)
      throw new ValueError(
        `operands could not be broadcast together with shape (${n},) (${c.length},)`,
      );
    for (let i = 0; i < n; i++) {
      if (c[i]! < 0) throw new ValueError('repeats may not contain negative values.');
      total += c[i]!;
    }
  }
  if (total < 0) throw new ValueError('negative dimensions are not allowed');
  const shape = arr.dims.slice();
  shape[axis] = total;
  const out = NDArray.fresh(shape, arr.dtype) as NDArray<K>;
  if (out.size === 0 || arr.itemsize === 0) return out;
  const src = contiguous(arr);
  const outer = shapeSize(arr.dims.slice(0, axis));
  const chunkBytes = shapeSize(arr.dims.slice(axis + 1)) * arr.itemsize;
  const w = wordSize(arr.itemsize, src.offset);
  const s = wordsOf(src.buffer, w);
  const d = wordsOf(out.buffer, w);
  const chunk = chunkBytes / w;
  let si = src.offset / w;
  let di = out.offset / w;
  const per = broadcast ? null : c;
  const t = broadcast ? c[0]! : 0;
  for (let o = 0; o < outer; o++) {
    if (chunk === 1) {
      // One-word elements in a loop of their own word type (a loop over the Words union
      // is polymorphic: np.repeat(a, 2) of 1e6 float64 2.8 -> 1.0 ms).
      const loop =
        s instanceof Float64Array
          ? repeat1F64
          : s instanceof Int32Array
            ? repeat1I32
            : repeat1Narrow;
      di = loop(s, si, d, di, n, per, t);
      si += n;
      continue;
    }
    if (chunk <= 32) {
      // Short elements (complex, strings, records, short rows): the same, by word type.
      const loop =
        s instanceof Float64Array
          ? repeatNF64
          : s instanceof Int32Array
            ? repeatNI32
            : repeatNNarrow;
      di = loop(s, si, d, di, n, chunk, per, t);
      si += n * chunk;
      continue;
    }
    for (let j = 0; j < n; j++, si += chunk) {
      const times = broadcast ? t : c[j]!;
      if (times > 0) {
        // One copy, then the filled run doubled in place (np.tile(x[:1000], 1000): 1000
        // subarray copies -> 11 memmoves).
        const run = chunk * times;
        d.set(s.subarray(si, si + chunk) as Float64Array, di);
        for (let filled = chunk; filled < run; ) {
          const m = Math.min(filled, run - filled);
          d.copyWithin(di + filled, di, di + m);
          filled += m;
        }
        di += run;
      }
    }
  }
  return out;
}

/**
 * The one-word loop: `n` elements from s[si], each `counts[j]` times (or `t` times when
 * counts is null) to d[di]; returns the next d index. Repeating by 2 is unrolled four
 * elements a step (0.8 ns -> 0.5 ns an output word in V8); long runs take the typed
 * array's fill (np.repeat(x, 1000) of 1000 doubles: 2 -> ~0.3 ms). Each word type runs its
 * own copy (`fresh`), so that every copy sees one typed-array type.
 */
function repeatWords(
  s: Words,
  si: number,
  d: Words,
  di: number,
  n: number,
  counts: Float64Array | null,
  t: number,
): number {
  if (counts === null && t === 2) {
    let j = 0;
    for (; j + 4 <= n; j += 4, si += 4, di += 8) {
      const v0 = s[si]!;
      const v1 = s[si + 1]!;
      const v2 = s[si + 2]!;
      const v3 = s[si + 3]!;
      d[di] = v0;
      d[di + 1] = v0;
      d[di + 2] = v1;
      d[di + 3] = v1;
      d[di + 4] = v2;
      d[di + 5] = v2;
      d[di + 6] = v3;
      d[di + 7] = v3;
    }
    n -= j;
  }
  for (let j = 0; j < n; j++) {
    const v = s[si + j]!;
    const times = counts === null ? t : counts[j]!;
    if (times > 16) {
      (d as Uint8Array).fill(v, di, di + times);
      di += times;
    } else for (let k = 0; k < times; k++) d[di++] = v;
  }
  return di;
}
/**
 * `n` elements of `chunk` (2..32) words from s[si], each repeated as in repeatWords;
 * two-word elements (complex128, pairs of float32) are moved as two loads and two stores
 * (np.repeat of 5e5 complex128 by 2: ~3.5x the time of 1e6 float64 before, as a loop over
 * the Words union).
 */
function repeatChunks(
  s: Words,
  si: number,
  d: Words,
  di: number,
  n: number,
  chunk: number,
  counts: Float64Array | null,
  t: number,
): number {
  if (chunk === 2 && counts === null && t === 2) {
    for (let j = 0; j < n; j++, si += 2, di += 4) {
      const v0 = s[si]!;
      const v1 = s[si + 1]!;
      d[di] = v0;
      d[di + 1] = v1;
      d[di + 2] = v0;
      d[di + 3] = v1;
    }
    return di;
  }
  for (let j = 0; j < n; j++, si += chunk) {
    const times = counts === null ? t : counts[j]!;
    if (chunk === 2) {
      const v0 = s[si]!;
      const v1 = s[si + 1]!;
      for (let k = 0; k < times; k++, di += 2) {
        d[di] = v0;
        d[di + 1] = v1;
      }
    } else {
      for (let k = 0; k < times; k++, di += chunk) {
        for (let q = 0; q < chunk; q++) d[di + q] = s[si + q]!;
      }
    }
  }
  return di;
}
const repeatNF64 = fresh(repeatChunks);
const repeatNI32 = fresh(repeatChunks);
const repeatNNarrow = fresh(repeatChunks);
const repeat1F64 = fresh(repeatWords);
const repeat1I32 = fresh(repeatWords);
const repeat1Narrow = fresh(repeatWords);

/** `np.repeat(a, repeats, axis=None)`: each element (or slice along `axis`) repeated. */
export function repeat<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  repeats?: unknown,
  axis?: number | null | { axis?: number | null },
  opts?: { axis?: number | null },
): NDArray<K>;
export function repeat(...args: unknown[]): NDArray {
  const o = bindArgs('repeat', ['a', 'repeats', 'axis'], args);
  missingPositional('repeat', o, ['a', 'repeats']);
  return repeatImpl(toArray(o.a), o);
}
