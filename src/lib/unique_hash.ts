/**
 * Hash-based distinct values, as NumPy 2.x's `np.unique` finds them when only the values
 * are asked for: one pass over the data into an open-addressing table, then a sort of the
 * (usually few) distinct values — far cheaper than sorting everything when values repeat.
 *
 * Equality is NumPy's `==`: -0.0 equals 0.0 and NaNs collapse into one when `equalNan`;
 * the value kept for a group is the first met in input order, as a stable sort keeps it.
 */

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

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** A 32-bit hash of a number's float64 bits (murmur3 finaliser on the two words). */
function hashOf(v: number): number {
  f64[0] = v;
  let h = (u32[0]! ^ Math.imul(u32[1]!, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

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
  let cap = 1024;
  while (cap < 2 * Math.min(n, 1 << 24)) cap *= 2;
  let keys = new Float64Array(cap);
  let used = new Uint8Array(cap);
  let count = 0;
  const out: number[] = [];
  let nanSeen = false;
  for (let i = 0; i < n; i++) {
    // After a sample of 32768 values, give up when half of them were new: sorting wins.
    if (i === 32768 && count * 2 > i) return null;
    const v = d[o + i]!;
    if (Number.isNaN(v)) {
      if (!equalNan || !nanSeen) out.push(v);
      nanSeen = true;
      continue;
    }
    // -0 and 0 are one key (v + 0 turns -0 into +0).
    const k = v + 0;
    let slot = hashOf(k) & (cap - 1);
    while (used[slot] && keys[slot] !== k) slot = (slot + 1) & (cap - 1);
    if (used[slot]) continue;
    used[slot] = 1;
    keys[slot] = k;
    out.push(v);
    if (++count * 2 > cap) {
      // Grow: rehash every key into a table twice the size.
      const oldKeys = keys;
      const oldUsed = used;
      cap *= 2;
      keys = new Float64Array(cap);
      used = new Uint8Array(cap);
      for (let s = 0; s < oldKeys.length; s++) {
        if (!oldUsed[s]) continue;
        const kk = oldKeys[s]!;
        let t = hashOf(kk) & (cap - 1);
        while (used[t]) t = (t + 1) & (cap - 1);
        used[t] = 1;
        keys[t] = kk;
      }
    }
  }
  return out;
}
