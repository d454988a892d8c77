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
import { doubles } from './indices.js';
import { checkAxis, contiguous } from './take.js';
import { wordSize, wordsOf } from './words.js';

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
  const n = arr.shape[axis]!;
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
  const shape = arr.shape.slice();
  shape[axis] = total;
  const out = NDArray.empty(shape, arr.dtype) as NDArray<K>;
  if (out.size === 0 || arr.itemsize === 0) return out;
  const src = contiguous(arr);
  const outer = shapeSize(arr.shape.slice(0, axis));
  const chunkBytes = shapeSize(arr.shape.slice(axis + 1)) * arr.itemsize;
  const w = wordSize(arr.itemsize, src.offset);
  const s = wordsOf(src.buffer, w);
  const d = wordsOf(out.buffer, w);
  const chunk = chunkBytes / w;
  let si = src.offset / w;
  let di = 0;
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < n; j++, si += chunk) {
      const times = broadcast ? c[0]! : c[j]!;
      if (chunk === 1) {
        const v = s[si]!;
        // Long runs by the typed array's fill (np.repeat(x, 1000) of 1000 doubles: 2 -> ~0.3 ms).
        if (times > 16) {
          (d as Float64Array).fill(v as number, di, di + times);
          di += times;
        } else for (let t = 0; t < times; t++) d[di++] = v;
      } else if (chunk > 32 && times > 0) {
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
      } else {
        for (let t = 0; t < times; t++, di += chunk) {
          for (let k = 0; k < chunk; k++) d[di + k] = s[si + k]!;
        }
      }
    }
  }
  return out;
}

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
