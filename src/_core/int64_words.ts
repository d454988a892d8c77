/**
 * int64 storage written from JS numbers without a BigInt per element: element i of an int64
 * array is the (low, high) pair of int32 words 2i, 2i + 1 (little-endian).
 */
const TWO32 = 4294967296;

/** Store the safe integer `v` as int64 element `i` of `words`. */
export function storeInt64(words: Int32Array, i: number, v: number): void {
  const hi = Math.floor(v / TWO32);
  words[2 * i] = v - hi * TWO32;
  words[2 * i + 1] = hi;
}
