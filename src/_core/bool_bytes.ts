/**
 * Bool arrays whose bytes may be other than 0 and 1.
 *
 * numtype's own bool results always hold 0 or 1, and its kernels read bool storage as
 * numbers: a sum adds the bytes, a comparison compares them, argmax looks for the largest.
 * A bool view of foreign bytes — `a.view(np.bool)` of integers, `np.frombuffer`, a `.npy`
 * file, a memmap — may hold any byte, and NumPy reads every nonzero byte as True
 * (`np.uint8([2, 255]).view(bool).sum()` is 2). The buffers under such views are recorded
 * here, and the readers that treat bool bytes as numbers take `canonicalBool(a)`: the array
 * itself, unless its buffer is recorded and a byte other than 0 or 1 is really there, in
 * which case a copy holding 0 and 1. Arrays of numtype's own making never pay for the scan.
 * Copies carry the record to their buffers (copySame, take, concatenate, boolean selection).
 * Not tracked: bytes written straight into a bool array's `data` typed array, and copies by
 * routines outside those movers (they keep the bytes they were given, as NumPy's do, but a
 * later sum of them adds the bytes).
 *
 * @example canonicalBool(np.array([2, 0], { dtype: 'uint8' }).view('bool')) // array([ True, False])
 */
import { bool } from './dtype.js';
import { NDArray } from './ndarray.js';

/** Buffers that a view of another dtype, or a file, may have filled with any byte. */
const rawBuffers = new WeakSet<ArrayBufferLike>();

/** Record that bool arrays over `buffer` may hold bytes other than 0 and 1. */
export function markRawBytes(buffer: ArrayBufferLike): void {
  rawBuffers.add(buffer);
}

/** A copy's buffer holds whatever bytes its source's did: record it alike. */
export function carryRawBytes(from: NDArray | readonly NDArray[], to: NDArray): NDArray {
  const froms = Array.isArray(from) ? from : [from as NDArray];
  for (const f of froms) if (rawBuffers.has(f.buffer)) rawBuffers.add(to.buffer);
  return to;
}

/** Whether `a` is a bool array over a buffer that may hold other bytes (a quick test). */
export function mayHoldRawBool(a: NDArray): boolean {
  return a.dtype === bool && rawBuffers.has(a.buffer);
}

/** `a` if it is not bool or holds only 0 and 1; else a C-ordered copy holding 0 and 1. */
export function canonicalBool<T extends NDArray>(a: T): T {
  if (!mayHoldRawBool(a) || a.size === 0) return a;
  const bytes = new Uint8Array(a.buffer as ArrayBuffer);
  if (a.flags.c_contiguous) {
    if (onlyZeroOne(bytes, a.offset, a.offset + a.size)) return a;
  } else {
    let clean = true;
    a.forEachOffset((off) => {
      if (bytes[off]! > 1) clean = false;
    });
    if (clean) return a;
  }
  const out = NDArray.zeros(a.shape, bool);
  const d = out.data as Uint8Array;
  a.forEachOffset((off, k) => {
    d[k] = bytes[off] !== 0 ? 1 : 0;
  });
  return out as unknown as T;
}

/** Whether bytes[from, to) are all 0 or 1 (four at a time over the aligned middle). */
function onlyZeroOne(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  for (; i < to && (i & 3) !== 0; i++) if (bytes[i]! > 1) return false;
  const words = (to - i) >> 2;
  if (words > 0) {
    const w = new Int32Array(bytes.buffer, i, words);
    for (let j = 0; j < words; j++) if ((w[j]! & 0xfefefefe) !== 0) return false;
    i += words << 2;
  }
  for (; i < to; i++) if (bytes[i]! > 1) return false;
  return true;
}
