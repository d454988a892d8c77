/**
 * Strided gathers into a contiguous run in plain TypeScript: dst[di + k] = src[si + k·step],
 * bits unchanged (4-byte elements move as int32 words, 8-byte ones as float64 words, which
 * V8 copies without touching NaN payloads). Unrolled by eight: one loop iteration per eight
 * elements lets V8 keep the indices in registers and drop most bounds checks.
 *
 * Measured against the wasm span gather (kernels/index.ts gatherStrided: a memcpy of the
 * span into scratch, the gather, a memcpy out), single-thread CPU time, one process: float64
 * steps 3 and 4 0.45-0.76x its time at every length (it copies the whole span, three or four
 * times the output); int32 steps 4 and 8 0.56-0.98x; step 2, where its SIMD shuffle runs, it
 * wins while the span stays in cache (float64 1e4-2.5e5 elements 1.2-1.7x faster) and loses
 * once the span streams from memory (float64 1e6: this loop 0.77-0.89x its time).
 */

/** The typed arrays gathered here (4- and 8-byte elements). */
export type WordArray =
  | Float64Array
  | Float32Array
  | BigInt64Array
  | BigUint64Array
  | Int32Array
  | Uint32Array;

/** `a` as float64 words (itself when it is a Float64Array). */
function f64Words(a: WordArray): Float64Array {
  return a instanceof Float64Array ? a : new Float64Array(a.buffer, a.byteOffset, a.length);
}

/** `a` as int32 words (itself when it is an Int32Array). */
function i32Words(a: WordArray): Int32Array {
  return a instanceof Int32Array ? a : new Int32Array(a.buffer, a.byteOffset, a.length);
}

/** dst[di + k] = src[si + k·step] for k < n; src and dst of one element size. */
export function gatherWords(
  src: WordArray,
  si: number,
  step: number,
  n: number,
  dst: WordArray,
  di: number,
): void {
  if (src.BYTES_PER_ELEMENT === 8) gatherF64(f64Words(src), si, step, f64Words(dst), di, n);
  else gatherI32(i32Words(src), si, step, i32Words(dst), di, n);
}

// One function per word type: a loop that saw both would be compiled for the generic case.
function gatherF64(
  s: Float64Array,
  si: number,
  ss: number,
  d: Float64Array,
  di: number,
  n: number,
): void {
  const end = di + n;
  for (; di + 8 <= end; di += 8, si += 8 * ss) {
    d[di] = s[si]!;
    d[di + 1] = s[si + ss]!;
    d[di + 2] = s[si + 2 * ss]!;
    d[di + 3] = s[si + 3 * ss]!;
    d[di + 4] = s[si + 4 * ss]!;
    d[di + 5] = s[si + 5 * ss]!;
    d[di + 6] = s[si + 6 * ss]!;
    d[di + 7] = s[si + 7 * ss]!;
  }
  for (; di < end; di++, si += ss) d[di] = s[si]!;
}

function gatherI32(
  s: Int32Array,
  si: number,
  ss: number,
  d: Int32Array,
  di: number,
  n: number,
): void {
  const end = di + n;
  for (; di + 8 <= end; di += 8, si += 8 * ss) {
    d[di] = s[si]!;
    d[di + 1] = s[si + ss]!;
    d[di + 2] = s[si + 2 * ss]!;
    d[di + 3] = s[si + 3 * ss]!;
    d[di + 4] = s[si + 4 * ss]!;
    d[di + 5] = s[si + 5 * ss]!;
    d[di + 6] = s[si + 6 * ss]!;
    d[di + 7] = s[si + 7 * ss]!;
  }
  for (; di < end; di++, si += ss) d[di] = s[si]!;
}
