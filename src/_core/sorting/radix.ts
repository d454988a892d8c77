/**
 * Stable LSD radix argsort on 64-bit order-preserving keys (hi, lo as uint32 words),
 * and the key transforms that make every real numeric dtype's order (NumPy's: NaNs
 * last, -0.0 equal to 0.0) the unsigned order of its key.
 */

/**
 * Stable argsort of keys (hi, lo) of length n: the permutation as an Int32Array.
 * Long inputs: an adaptive MSD radix sort (each range split by the bits where its
 * keys differ, short ranges by insertion sort); short inputs: LSD radix.
 */
export function radixArgsort(hi: Uint32Array, lo: Uint32Array, n: number): Int32Array {
  if (n < 1 << 12) return lsdArgsort(hi, lo, n);
  const H = hi.slice();
  const L = lo.slice();
  const I = new Int32Array(n);
  for (let i = 0; i < n; i++) I[i] = i;
  msdRange(H, L, I, 0, n, new Uint32Array(n), new Uint32Array(n), new Int32Array(n));
  return I;
}

function insertionRange(
  H: Uint32Array,
  L: Uint32Array,
  I: Int32Array | null,
  s: number,
  e: number,
): void {
  for (let i = s + 1; i < e; i++) {
    const h = H[i]!;
    const l = L[i]!;
    const x = I === null ? 0 : I[i]!;
    let j = i - 1;
    while (j >= s && (H[j]! > h || (H[j]! === h && L[j]! > l))) {
      H[j + 1] = H[j]!;
      L[j + 1] = L[j]!;
      if (I !== null) I[j + 1] = I[j]!;
      j--;
    }
    H[j + 1] = h;
    L[j + 1] = l;
    if (I !== null) I[j + 1] = x;
  }
}

function msdRange(
  H: Uint32Array,
  L: Uint32Array,
  I: Int32Array | null,
  s: number,
  e: number,
  TH: Uint32Array,
  TL: Uint32Array,
  TI: Int32Array | null,
): void {
  const len = e - s;
  if (len <= 32) {
    insertionRange(H, L, I, s, e);
    return;
  }
  let minV = 0xffffffff;
  let maxV = 0;
  for (let i = s; i < e; i++) {
    const h = H[i]!;
    if (h < minV) minV = h;
    if (h > maxV) maxV = h;
  }
  let W = H;
  if (minV === maxV) {
    minV = 0xffffffff;
    maxV = 0;
    for (let i = s; i < e; i++) {
      const l = L[i]!;
      if (l < minV) minV = l;
      if (l > maxV) maxV = l;
    }
    if (minV === maxV) return;
    W = L;
  }
  let bits = 1;
  while (bits < 16 && 1 << bits < len >>> 1) bits++;
  const range = maxV - minV;
  let shift = 0;
  while (range / 2 ** shift >= 2 ** bits) shift++;
  const nb = 2 ** bits;
  const counts = new Int32Array(nb + 1);
  for (let i = s; i < e; i++) counts[((W[i]! - minV) >>> shift) + 1]++;
  for (let d = 0; d < nb; d++) counts[d + 1]! += counts[d]!;
  const pos = counts.slice(0, nb);
  if (I !== null && TI !== null) {
    for (let i = s; i < e; i++) {
      const at = s + pos[(W[i]! - minV) >>> shift]!++;
      TH[at] = H[i]!;
      TL[at] = L[i]!;
      TI[at] = I[i]!;
    }
    I.set(TI.subarray(s, e), s);
  } else {
    for (let i = s; i < e; i++) {
      const at = s + pos[(W[i]! - minV) >>> shift]!++;
      TH[at] = H[i]!;
      TL[at] = L[i]!;
    }
  }
  H.set(TH.subarray(s, e), s);
  L.set(TL.subarray(s, e), s);
  for (let d = 0; d < nb; d++) {
    const bs = s + counts[d]!;
    const be = s + counts[d + 1]!;
    if (be - bs > 1) msdRange(H, L, I, bs, be, TH, TL, TI);
  }
}

/** LSD radix argsort (16-bit digits for long inputs, 8-bit otherwise), stable. */
function lsdArgsort(hi: Uint32Array, lo: Uint32Array, n: number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return idx;
  if (n <= 24) {
    for (let i = 1; i < n; i++) {
      const h = hi[i]!;
      const l = lo[i]!;
      let j = i - 1;
      while (j >= 0 && (hi[idx[j]!]! > h || (hi[idx[j]!]! === h && lo[idx[j]!]! > l))) {
        idx[j + 1] = idx[j]!;
        j--;
      }
      idx[j + 1] = i;
    }
    return idx;
  }
  const bits = n >= 1 << 16 ? 16 : 8;
  const radix = 1 << bits;
  const mask = radix - 1;
  const passes = Math.ceil(64 / bits);
  const counts = new Int32Array(radix * passes);
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    for (let p = 0; p < passes; p++) counts[p * radix + digit(h, l, p * bits, mask)]++;
  }
  let kHi: Uint32Array<ArrayBufferLike> = hi;
  let kLo: Uint32Array<ArrayBufferLike> = lo;
  let cur = idx;
  let tHi: Uint32Array<ArrayBufferLike> = new Uint32Array(n);
  let tLo: Uint32Array<ArrayBufferLike> = new Uint32Array(n);
  let tIdx = new Int32Array(n);
  let copied = false;
  for (let p = 0; p < passes; p++) {
    const base = p * radix;
    // A pass where every key has the same digit changes nothing.
    let trivial = false;
    for (let d = 0; d < radix; d++) {
      const c = counts[base + d]!;
      if (c === n) trivial = true;
      if (c !== 0) break;
    }
    if (trivial) continue;
    let sum = 0;
    for (let d = 0; d < radix; d++) {
      const c = counts[base + d]!;
      counts[base + d] = sum;
      sum += c;
    }
    const shift = p * bits;
    if (shift + bits <= 32) {
      for (let i = 0; i < n; i++) {
        const at = counts[base + ((kLo[i]! >>> shift) & mask)]!++;
        tHi[at] = kHi[i]!;
        tLo[at] = kLo[i]!;
        tIdx[at] = cur[i]!;
      }
    } else if (shift >= 32) {
      const sh = shift - 32;
      for (let i = 0; i < n; i++) {
        const at = counts[base + ((kHi[i]! >>> sh) & mask)]!++;
        tHi[at] = kHi[i]!;
        tLo[at] = kLo[i]!;
        tIdx[at] = cur[i]!;
      }
    } else {
      const up = 32 - shift;
      for (let i = 0; i < n; i++) {
        const at = counts[base + (((kLo[i]! >>> shift) | (kHi[i]! << up)) & mask)]!++;
        tHi[at] = kHi[i]!;
        tLo[at] = kLo[i]!;
        tIdx[at] = cur[i]!;
      }
    }
    const oh = kHi;
    const ol = kLo;
    const oi = cur;
    kHi = tHi;
    kLo = tLo;
    cur = tIdx;
    if (!copied) {
      // The caller's key arrays are never written: fresh scratch on the first swap.
      tHi = new Uint32Array(n);
      tLo = new Uint32Array(n);
      copied = true;
    } else {
      tHi = oh;
      tLo = ol;
    }
    tIdx = oi;
  }
  return cur;
}

/** Digit of `bits` width (mask) at bit `shift` of the 64-bit key (h, l). */
function digit(h: number, l: number, shift: number, mask: number): number {
  if (shift >= 32) return (h >>> (shift - 32)) & mask;
  if (shift === 0) return l & mask;
  return ((l >>> shift) | (h << (32 - shift))) & mask;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32f = new Uint32Array(f32.buffer);

/** Order key of a float64 (NaN greatest, -0 as +0) into hi[i], lo[i]. */
export function keyFloat64(x: number, hi: Uint32Array, lo: Uint32Array, i: number): void {
  if (Number.isNaN(x)) {
    hi[i] = 0xffffffff;
    lo[i] = 0xffffffff;
    return;
  }
  if (x === 0) {
    hi[i] = 0x80000000;
    lo[i] = 0;
    return;
  }
  f64[0] = x;
  const l = u32[0]!;
  const h = u32[1]!;
  if (h & 0x80000000) {
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  } else {
    hi[i] = (h | 0x80000000) >>> 0;
    lo[i] = l;
  }
}

/** Order key of a float64 array's n elements from `start` (bits read straight from memory). */
export function keysFloat64(
  src: Float64Array,
  start: number,
  n: number,
  hi: Uint32Array,
  lo: Uint32Array,
): void {
  const w = new Uint32Array(src.buffer, src.byteOffset + start * 8, n * 2);
  for (let i = 0; i < n; i++) {
    const x = src[start + i]!;
    if (Number.isNaN(x)) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
    } else if (x === 0) {
      hi[i] = 0x80000000;
      lo[i] = 0;
    } else {
      const h = w[2 * i + 1]!;
      const l = w[2 * i]!;
      if (h & 0x80000000) {
        hi[i] = ~h >>> 0;
        lo[i] = ~l >>> 0;
      } else {
        hi[i] = (h | 0x80000000) >>> 0;
        lo[i] = l;
      }
    }
  }
}

/** Order key of a float32 value (exactly representable) into lo; hi is 0. */
export function keyFloat32(x: number): number {
  if (Number.isNaN(x)) return 0xffffffff;
  if (x === 0) return 0x80000000;
  f32[0] = x;
  const u = u32f[0]!;
  return u & 0x80000000 ? ~u >>> 0 : (u | 0x80000000) >>> 0;
}

/** Order key of float16 bits. */
export function keyFloat16(h: number): number {
  if ((h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0) return 0xffff;
  if ((h & 0x7fff) === 0) return 0x8000;
  return h & 0x8000 ? ~h & 0xffff : h | 0x8000;
}
