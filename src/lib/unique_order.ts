/**
 * The order in which NumPy 2.4 returns distinct values when it is not asked to sort them
 * (np.unique_values, np.unique(x, sorted=False)): integer, fixed-width string and complex
 * arrays go through a C++ std::unordered_set (numpy/_core/src/multiarray/unique.cpp), and
 * the values come out in the set's iteration order. That order is a property of libstdc++'s
 * hashtable, which is emulated here:
 * - hash: 64-bit FNV-1a over the element's bytes (complex: -0 read as +0; with equal_nan a
 *   NaN anywhere hashes to 0 and all such values are one);
 * - buckets: min(n, 1024) rounded up by the prime rehash policy (_M_next_bkt: a small table
 *   below 14, else the next prime of libstdc++'s list), max load factor 1, growth factor 2;
 * - a new node goes to the front of its bucket, or to the head of the single list when its
 *   bucket is empty (the old head's bucket then starts after it); a rehash walks the list in
 *   order and re-inserts each node the same way; iteration runs from the list head.
 * Other dtypes (floats, bool, …) are sorted by NumPy: null here.
 */
import type { NDArray } from '../_core/ndarray.js';

/** libstdc++'s __prime_list (the part below 2^32; larger tables do not occur here). */
const PRIMES = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
  103, 109, 113, 127, 137, 139, 149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313,
  337, 359, 383, 409, 439, 467, 503, 541, 577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1193,
  1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179, 2357, 2549, 2753, 2971, 3209, 3469, 3739, 4027,
  4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123, 8783, 9497, 10273, 11113, 12011, 12983,
  14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267, 28411, 30727, 33223, 35933, 38873,
  42043, 45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229, 92203, 99733, 107897,
  116731, 126271, 136607, 147793, 159871, 172933, 187091, 202409, 218971, 236897, 256279, 277261,
  299951, 324503, 351061, 379787, 410857, 444487, 480881, 520241, 562841, 608903, 658753, 712697,
  771049, 834181, 902483, 976369, 1056323, 1142821, 1236397, 1337629, 1447153, 1565659, 1693859,
  1832561, 1982627, 2144977, 2320627, 2510653, 2716249, 2938679, 3179303, 3439651, 3721303, 4026031,
  4355707, 4712381, 5098259, 5515729, 5967347, 6456007, 6984629, 7556579, 8175383, 8844859, 9569143,
  10352717, 11200489, 12117689, 13109983, 14183539, 15345007, 16601593, 17961079, 19431899,
  21023161, 22744717, 24607243, 26622317, 28802401, 31160981, 33712729, 36473443, 39460231,
  42691603, 46187573, 49969847, 54061849, 58488943, 63278561, 68460391, 74066549, 80131819,
  86693767, 93793069, 101473717, 109783337, 118773397, 128499677, 139022417, 150406843, 162723577,
  176048909, 190465427, 206062531, 222936881, 241193053, 260944219, 282312799, 305431229, 330442829,
  357502601, 386778277, 418451333, 452718089, 489790921, 529899637, 573292817, 620239453, 671030513,
  725980837, 785430967, 849749479, 919334987, 994618837, 1076067617, 1164186217, 1259520799,
  1362662261, 1474249943, 1594975441, 1725587117, 1866894511, 2019773507, 2185171673, 2364114217,
  2557710269, 2767159799, 2993761039, 3238918481, 3504151727, 3791104843, 4101556399, 4294967291,
];
/** _M_next_bkt's table for hints below 14. */
const FAST_BKT = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];

const FNV_INIT = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const M64 = (1n << 64n) - 1n;

/** 64-bit FNV-1a of bytes[from .. from + len). */
function fnv1a64(bytes: Uint8Array, from: number, len: number): bigint {
  let h = FNV_INIT;
  for (let i = from; i < from + len; i++) h = ((h ^ BigInt(bytes[i]!)) * FNV_PRIME) & M64;
  return h;
}

/** The rehash policy's state: bucket count for a hint, and the size that triggers growth. */
class Policy {
  nextResize = 0;
  nextBkt(n: number): number {
    if (n < FAST_BKT.length) {
      if (n === 0) return 1;
      this.nextResize = FAST_BKT[n]!;
      return FAST_BKT[n]!;
    }
    let lo = 6;
    let hi = PRIMES.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (PRIMES[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    this.nextResize = PRIMES[lo]!;
    return PRIMES[lo]!;
  }
  /** _M_need_rehash: the new bucket count, or 0 to keep the current one. */
  needRehash(nBkt: number, nElt: number, nIns: number): number {
    if (nElt + nIns <= this.nextResize) return 0;
    const minBkts = Math.max(nElt + nIns, this.nextResize ? 0 : 11);
    if (minBkts >= nBkt) return this.nextBkt(Math.max(Math.floor(minBkts) + 1, nBkt * 2));
    this.nextResize = nBkt;
    return 0;
  }
}

/**
 * Iteration order of an unordered_set after inserting distinct keys with these hashes in
 * this order, starting from a bucket-count hint: indices into `hashes`.
 */
export function unorderedSetOrder(hashes: readonly bigint[], hint: number): number[] {
  const policy = new Policy();
  let nb = Math.max(1, policy.nextBkt(hint));
  // Node k's successor in the single list (-1: none); HEAD is the before-begin node.
  const HEAD = -2;
  const next = new Int32Array(hashes.length).fill(-1);
  let headNext = -1;
  // buckets[b]: the node before bucket b's first node (HEAD or a node), -1 when empty.
  let buckets = new Int32Array(nb).fill(-1);
  const bucketOf = (k: number) => Number(hashes[k]! % BigInt(nb));
  const setNext = (before: number, k: number) => {
    if (before === HEAD) headNext = k;
    else next[before] = k;
  };
  const getNext = (before: number) => (before === HEAD ? headNext : next[before]!);
  const insertFront = (bs: Int32Array, b: number, k: number) => {
    const before = bs[b]!;
    if (before !== -1) {
      next[k] = getNext(before);
      setNext(before, k);
    } else {
      next[k] = headNext;
      headNext = k;
      if (next[k] !== -1) bs[bucketOf(next[k]!)] = k;
      bs[b] = HEAD;
    }
  };
  for (let k = 0; k < hashes.length; k++) {
    const grow = policy.needRehash(nb, k, 1);
    if (grow) {
      // _M_rehash_aux for unique keys: walk the list, re-inserting each node.
      const old = headNext;
      nb = grow;
      const nbs = new Int32Array(nb).fill(-1);
      headNext = -1;
      let bbeginBkt = 0;
      let p = old;
      while (p !== -1) {
        const nx = next[p]!;
        const b = bucketOf(p);
        if (nbs[b] === -1) {
          next[p] = headNext;
          headNext = p;
          nbs[b] = HEAD;
          if (next[p] !== -1) nbs[bbeginBkt] = p;
          bbeginBkt = b;
        } else {
          const before = nbs[b]!;
          next[p] = getNext(before);
          setNext(before, p);
        }
        p = nx;
      }
      buckets = nbs;
    }
    insertFront(buckets, bucketOf(k), k);
  }
  const order: number[] = [];
  for (let p = headNext; p !== -1; p = next[p]!) order.push(p);
  return order;
}

/**
 * Positions of the distinct elements of the 1-D array `a` (first occurrences) in NumPy 2.4's
 * hash order, or null for dtypes NumPy sorts. `equalNan` as np.unique's.
 */
export function hashOrderPositions(a: NDArray, equalNan: boolean): number[] | null {
  const dt = a.dtype;
  const kind = dt.kind;
  if (!(kind === 'i' || kind === 'u' || kind === 'S' || kind === 'U' || kind === 'c')) return null;
  const item = dt.itemsize;
  const bytes = new Uint8Array(a.buffer as ArrayBuffer);
  const n = a.size;
  const st = n > 0 ? a.steps[0]! : 0;
  const keys = new Map<string, number>();
  const firsts: number[] = [];
  const hashes: bigint[] = [];
  const half = item / 2;
  const scratch = new Uint8Array(item);
  const part = new DataView(scratch.buffer);
  for (let i = 0, off = a.offset; i < n; i++, off += st) {
    let key: string;
    let hashBytes: Uint8Array = bytes;
    let hashFrom = off;
    let nanAll = false;
    if (kind === 'c') {
      // Equality is the complex ==; -0 hashes as +0; NaNs per equal_nan.
      scratch.set(bytes.subarray(off, off + item));
      const f32 = item === 8;
      const re = f32 ? part.getFloat32(0, true) : part.getFloat64(0, true);
      const im = f32 ? part.getFloat32(half, true) : part.getFloat64(half, true);
      if (Number.isNaN(re) || Number.isNaN(im)) {
        if (!equalNan) {
          firsts.push(i);
          hashes.push(fnv1a64(bytes, off, item));
          continue;
        }
        nanAll = true;
        key = 'nan';
      } else {
        if (f32) {
          part.setFloat32(0, re + 0, true);
          part.setFloat32(half, im + 0, true);
        } else {
          part.setFloat64(0, re + 0, true);
          part.setFloat64(half, im + 0, true);
        }
        key = String.fromCharCode(...scratch);
        hashBytes = scratch;
        hashFrom = 0;
      }
    } else {
      key = String.fromCharCode(...bytes.subarray(off, off + item));
    }
    if (keys.has(key)) continue;
    keys.set(key, i);
    firsts.push(i);
    hashes.push(nanAll ? 0n : fnv1a64(hashBytes, hashFrom, item));
  }
  const order = unorderedSetOrder(hashes, Math.min(n, 1024));
  return order.map((k) => firsts[k]!);
}
