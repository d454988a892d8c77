/**
 * Hash-based distinct values, as NumPy 2.x's `np.unique` finds them when only the values
 * are asked for: one pass over the data into an open-addressing table, then a sort of the
 * (usually few) distinct values — far cheaper than sorting everything when values repeat.
 *
 * Equality is NumPy's `==`: -0.0 equals 0.0 and NaNs collapse into one when `equalNan`;
 * the value kept for a group is the first met in input order, as a stable sort keeps it.
 * With the wasm kernels the same scan runs in wasm (src/_core/sorting/wasm_sort.ts).
 */
import { wasmDistinct, wasmSortActive } from '../_core/sorting/wasm_sort.js';

/** Typed arrays whose elements are plain JS numbers. */
type NumArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

/**
 * The distinct values of `d[o .. o+n)` in first-seen order, or null when the first 32768
 * values show most values distinct (then sorting everything is cheaper). Float NaNs: one when
 * `equalNan`, else every NaN kept.
 */
export function distinctValues(
  d: NumArray,
  o: number,
  n: number,
  equalNan: boolean,
): number[] | null {
  if (d instanceof Float64Array) return distinctF64(d, o, n, equalNan);
  // Every other element type is exactly a double: hash a float64 copy.
  return distinctF64(Float64Array.from(d.subarray(o, o + n)), 0, n, equalNan);
}

/**
 * Murmur3's finaliser on the two words of a double: every input bit reaches the low
 * bits that pick the slot (integer-valued doubles differ only in their high word).
 */
function mix(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The float64 case: an open-addressing table of the values themselves, NaN marking an
 * empty slot (NaNs are handled apart), grown by doubling so that it stays about the
 * size of the distinct values (a table sized for n would spread over many pages).
 * The bits hashed are read through a word view of the data (-0 hashes as 0).
 */
function distinctF64(d: Float64Array, o: number, n: number, equalNan: boolean): number[] | null {
  if (equalNan && wasmSortActive()) {
    const vals = wasmDistinct(d, o, n);
    if (vals !== undefined) return vals;
  }
  // Int32 words: V8 keeps them untagged (Uint32 words above 2**31 would be doubles).
  const w = new Int32Array(d.buffer, d.byteOffset, d.length * 2);
  let cap = 4096;
  let mask = cap - 1;
  let keys = new Float64Array(cap).fill(Number.NaN);
  let count = 0;
  const out: number[] = [];
  let nanSeen = false;
  let prev = Number.NaN;
  for (let i = 0; i < n; i++) {
    // After a sample of 32768 values, give up when half of them were new: sorting wins.
    if (i === 32768 && count * 2 > i) return null;
    const v = d[o + i]!;
    if (v === prev) continue;
    if (Number.isNaN(v)) {
      if (!equalNan || !nanSeen) out.push(v);
      nanSeen = true;
      continue;
    }
    prev = v;
    const j = 2 * (o + i);
    let slot = (v === 0 ? mix(0, 0) : mix(w[j]!, w[j + 1]!)) & mask;
    let k = keys[slot]!;
    while (k !== v && !Number.isNaN(k)) {
      slot = (slot + 1) & mask;
      k = keys[slot]!;
    }
    if (!Number.isNaN(k)) continue;
    // -0 and 0 are one key (v + 0 turns -0 into +0); the value kept is the first met.
    keys[slot] = v + 0;
    out.push(v);
    if (++count * 2 > cap) {
      cap *= 2;
      mask = cap - 1;
      keys = rehash(keys, cap);
    }
  }
  return out;
}

/** The keys of a table re-inserted into a fresh one of `cap` slots. */
function rehash(old: Float64Array, cap: number): Float64Array<ArrayBuffer> {
  const keys = new Float64Array(cap).fill(Number.NaN);
  const ow = new Int32Array(old.buffer);
  const mask = cap - 1;
  for (let s = 0; s < old.length; s++) {
    const k = old[s]!;
    if (Number.isNaN(k)) continue;
    let t = (k === 0 ? mix(0, 0) : mix(ow[2 * s]!, ow[2 * s + 1]!)) & mask;
    while (!Number.isNaN(keys[t]!)) t = (t + 1) & mask;
    keys[t] = k;
  }
  return keys;
}
