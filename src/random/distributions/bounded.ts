/**
 * Bounded integers, as NumPy's distributions.c: a value in [off, off + rng] (wrapping in the
 * dtype's width) by masked rejection (RandomState) or Lemire's multiply-shift rejection
 * (Generator). 8- and 16-bit draws are cut from a buffered 32-bit draw, 1-bit (bool) too.
 * 64-bit values are handled as (hi, lo) uint32 words, so no BigInt is made per draw.
 */
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { INV32, mulFull64, R } from '../bit_generator/u64.js';
import { boundedFillWasm, boundedKernel } from './bounded_wasm.js';

/** The 32-bit buffer of the 8/16/1-bit draws (`bcnt`, `buf` of the C code). */
export class BitBuffer {
  bcnt = 0;
  buf = 0;
}

/** Smallest all-ones mask >= max (max < 2**32). */
export function mask32(max: number): number {
  let m = max >>> 0;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

/** `random_interval(max)`: uniform in [0, max] by masked rejection (max < 2**53). */
export function randomInterval(bg: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = mask32(max);
    let v: number;
    while ((v = (bg.nextUint32() & mask) >>> 0) > max);
    return v;
  }
  const hiMax = Math.floor(max / 4294967296);
  const hiMask = mask32(hiMax);
  let v: number;
  do {
    bg.next64();
    v = ((bg.hi & hiMask) >>> 0) * 4294967296 + (bg.lo >>> 0);
  } while (v > max);
  return v;
}

// --- 32 bits ---

/** Lemire's rejection for rng < 2**32 - 1: the high word of next32 * (rng + 1). */
export function lemire32(bg: BitGenerator, rng: number): number {
  const excl = rng + 1;
  let x = bg.nextUint32();
  let leftover = Math.imul(x, excl) >>> 0;
  if (leftover < excl) {
    const threshold = (4294967296 - excl) % excl;
    while (leftover < threshold) {
      x = bg.nextUint32();
      leftover = Math.imul(x, excl) >>> 0;
    }
  }
  return Math.floor((x * excl - leftover) * INV32 + 0.5);
}

export function masked32(bg: BitGenerator, rng: number, mask: number): number {
  let v: number;
  while ((v = (bg.nextUint32() & mask) >>> 0) > rng);
  return v;
}

/** `random_buffered_bounded_uint32` (the buffer is unused at this width). */
export function bounded32(
  bg: BitGenerator,
  off: number,
  rng: number,
  mask: number,
  masked: boolean,
): number {
  if (rng === 0) return off;
  if (rng === 0xffffffff) return (off + bg.nextUint32()) >>> 0;
  return (off + (masked ? masked32(bg, rng, mask) : lemire32(bg, rng))) >>> 0;
}

/**
 * `random_bounded_uint32_fill` into uint32 words (signed dtypes store the same bits). The
 * draws come in bulk (`fillUint32`) into a small buffer; a refill asks for as many words as
 * values remain (each needs at least one), so the bit generator never runs ahead of NumPy's.
 */
export function fill32(
  bg: BitGenerator,
  off: number,
  rng: number,
  masked: boolean,
  out: Uint32Array | Int32Array,
  start: number,
  n: number,
): void {
  const end = start + n;
  if (rng === 0) {
    out.fill(off, start, end);
    return;
  }
  if (rng === 0xffffffff) {
    bg.fillUint32(out, start, n);
    if (off !== 0) for (let i = start; i < end; i++) out[i] = out[i]! + off;
    return;
  }
  const k = n >= 64 ? boundedKernel() : null;
  if (k) {
    const words = out instanceof Uint32Array ? out : new Uint32Array(out.buffer, out.byteOffset);
    const draw = (d: Uint32Array, c: number) => bg.fillUint32(d, 0, c);
    boundedFillWasm(k, draw, BigInt(off >>> 0), rng, masked, mask32(rng), false, words, start, n);
    return;
  }
  const buf = new Uint32Array(Math.min(n, 8192));
  let bp = 0;
  let bl = 0;
  if (masked) {
    const mask = mask32(rng);
    for (let i = start; i < end; i++) {
      let v: number;
      do {
        if (bp === bl) {
          bl = Math.min(buf.length, end - i);
          bg.fillUint32(buf, 0, bl);
          bp = 0;
        }
        v = (buf[bp++]! & mask) >>> 0;
      } while (v > rng);
      out[i] = off + v;
    }
    return;
  }
  const excl = rng + 1;
  const threshold = (4294967296 - excl) % excl;
  if (excl < 2097152) {
    // x * excl < 2**53 is exact: its high and low words come straight from the double.
    for (let i = start; i < end; i++) {
      let m: number;
      let hi: number;
      do {
        if (bp === bl) {
          bl = Math.min(buf.length, end - i);
          bg.fillUint32(buf, 0, bl);
          bp = 0;
        }
        m = buf[bp++]! * excl;
        hi = Math.floor(m * INV32);
      } while (m - hi * 4294967296 < threshold);
      out[i] = off + hi;
    }
    return;
  }
  for (let i = start; i < end; i++) {
    let x: number;
    let leftover: number;
    do {
      if (bp === bl) {
        bl = Math.min(buf.length, end - i);
        bg.fillUint32(buf, 0, bl);
        bp = 0;
      }
      x = buf[bp++]!;
      leftover = Math.imul(x, excl) >>> 0;
    } while (leftover < threshold);
    out[i] = off + Math.floor((x * excl - leftover) * INV32 + 0.5);
  }
}

/**
 * `random_bounded_uint64_fill` for rng < 2**32 - 1 (the 32-bit samplers), written as
 * (lo, hi) words of int64/uint64 starting at word 0 of `w`.
 */
export function fill64Small(
  bg: BitGenerator,
  offHi: number,
  offLo: number,
  rng: number,
  masked: boolean,
  w: Uint32Array,
  n: number,
): void {
  const excl = rng + 1;
  const k = n >= 64 && rng !== 0 && rng !== 0xffffffff ? boundedKernel() : null;
  if (k) {
    const off = (BigInt(offHi >>> 0) << 32n) | BigInt(offLo >>> 0);
    const draw = (d: Uint32Array, c: number) => bg.fillUint32(d, 0, c);
    boundedFillWasm(k, draw, off, rng, masked, mask32(rng), true, w, 0, n);
    return;
  }
  if (!masked && rng !== 0 && excl < 2097152) {
    fill64Lemire(bg, offHi, offLo, excl, w, n);
    return;
  }
  const tmp = new Uint32Array(Math.min(n, 65536));
  for (let done = 0; done < n; done += tmp.length) {
    const c = Math.min(tmp.length, n - done);
    fill32(bg, 0, rng, masked, tmp, 0, c);
    for (let i = 0; i < c; i++) {
      const s = offLo + tmp[i]!;
      const j = 2 * (done + i);
      w[j] = s;
      w[j + 1] = offHi + (s >= 4294967296 ? 1 : 0);
    }
  }
}

/**
 * The common case of `integers(lo, hi, size)`: Lemire on 32-bit draws with a range below
 * 2**21 (x * excl exact in a double), written straight into the int64 words. Draws come in
 * bulk, at most one per value still to make; a rejection (rare) takes the next draw.
 */
function fill64Lemire(
  bg: BitGenerator,
  offHi: number,
  offLo: number,
  excl: number,
  w: Uint32Array,
  n: number,
): void {
  const threshold = (4294967296 - excl) % excl;
  const buf = new Uint32Array(Math.min(n, 8192));
  let bp = 0;
  let bl = 0;
  let i = 0;
  if (excl <= 4096 && offHi < 0x40000000 && w.byteOffset % 8 === 0) {
    // Small range, values in [0, 2**62): the int64 results' bit patterns are positive finite
    // doubles, so each one is copied from a table by one 64-bit move (no float arithmetic
    // touches them) instead of two 32-bit stores.
    const tab = new Float64Array(excl);
    const tw = new Uint32Array(tab.buffer);
    for (let v = 0; v < excl; v++) {
      const s = offLo + v;
      tw[2 * v] = s;
      tw[2 * v + 1] = s >= 4294967296 ? offHi + 1 : offHi;
    }
    const o = new Float64Array(w.buffer, w.byteOffset, n);
    while (i < n) {
      if (bp === bl) {
        bl = Math.min(buf.length, n - i);
        bg.fillUint32(buf, 0, bl);
        bp = 0;
      }
      let lim = Math.min(bl - bp, n - i);
      for (; lim > 0; lim--) {
        const m = buf[bp]! * excl;
        const hi = Math.floor(m * INV32);
        if (m - hi * 4294967296 < threshold) break;
        bp++;
        o[i++] = tab[hi]!;
      }
      if (lim === 0) continue;
      bp++;
      let m: number;
      let hi: number;
      do {
        if (bp === bl) {
          bl = Math.min(buf.length, n - i);
          bg.fillUint32(buf, 0, bl);
          bp = 0;
        }
        m = buf[bp++]! * excl;
        hi = Math.floor(m * INV32);
      } while (m - hi * 4294967296 < threshold);
      o[i++] = tab[hi]!;
    }
    return;
  }
  while (i < n) {
    if (bp === bl) {
      bl = Math.min(buf.length, n - i);
      bg.fillUint32(buf, 0, bl);
      bp = 0;
    }
    let lim = Math.min(bl - bp, n - i);
    for (; lim > 0; lim--) {
      const m = buf[bp]! * excl;
      const hi = Math.floor(m * INV32);
      if (m - hi * 4294967296 < threshold) break;
      bp++;
      const s = offLo + hi;
      w[2 * i] = s;
      w[2 * i + 1] = s >= 4294967296 ? offHi + 1 : offHi;
      i++;
    }
    if (lim === 0) continue;
    // buf[bp] was rejected: draw again until accepted.
    bp++;
    let m: number;
    let hi: number;
    do {
      if (bp === bl) {
        bl = Math.min(buf.length, n - i);
        bg.fillUint32(buf, 0, bl);
        bp = 0;
      }
      m = buf[bp++]! * excl;
      hi = Math.floor(m * INV32);
    } while (m - hi * 4294967296 < threshold);
    const s = offLo + hi;
    w[2 * i] = s;
    w[2 * i + 1] = s >= 4294967296 ? offHi + 1 : offHi;
    i++;
  }
}

// --- 16 and 8 bits: draws cut from a buffered 32-bit word ---

function buffered16(bg: BitGenerator, b: BitBuffer): number {
  if (!b.bcnt) {
    b.buf = bg.nextUint32();
    b.bcnt = 1;
  } else {
    b.buf >>>= 16;
    b.bcnt -= 1;
  }
  return b.buf & 0xffff;
}

function buffered8(bg: BitGenerator, b: BitBuffer): number {
  if (!b.bcnt) {
    b.buf = bg.nextUint32();
    b.bcnt = 3;
  } else {
    b.buf >>>= 8;
    b.bcnt -= 1;
  }
  return b.buf & 0xff;
}

/** `random_buffered_bounded_uint16`. */
export function bounded16(
  bg: BitGenerator,
  off: number,
  rng: number,
  mask: number,
  masked: boolean,
  b: BitBuffer,
): number {
  if (rng === 0) return off;
  if (rng === 0xffff) return (off + buffered16(bg, b)) & 0xffff;
  let v: number;
  if (masked) {
    while ((v = buffered16(bg, b) & mask) > rng);
  } else {
    const excl = rng + 1;
    let m = buffered16(bg, b) * excl;
    let leftover = m & 0xffff;
    if (leftover < excl) {
      const threshold = (0xffff - rng) % excl;
      while (leftover < threshold) {
        m = buffered16(bg, b) * excl;
        leftover = m & 0xffff;
      }
    }
    v = m >>> 16;
  }
  return (off + v) & 0xffff;
}

/** `random_buffered_bounded_uint8`. */
export function bounded8(
  bg: BitGenerator,
  off: number,
  rng: number,
  mask: number,
  masked: boolean,
  b: BitBuffer,
): number {
  if (rng === 0) return off;
  if (rng === 0xff) return (off + buffered8(bg, b)) & 0xff;
  let v: number;
  if (masked) {
    while ((v = buffered8(bg, b) & mask) > rng);
  } else {
    const excl = rng + 1;
    let m = buffered8(bg, b) * excl;
    let leftover = m & 0xff;
    if (leftover < excl) {
      const threshold = (0xff - rng) % excl;
      while (leftover < threshold) {
        m = buffered8(bg, b) * excl;
        leftover = m & 0xff;
      }
    }
    v = m >>> 8;
  }
  return (off + v) & 0xff;
}

/** `random_buffered_bounded_bool`: one bit of a buffered word (off when rng == 0). */
export function boundedBool(bg: BitGenerator, off: number, rng: number, b: BitBuffer): number {
  if (rng === 0) return off;
  if (!b.bcnt) {
    b.buf = bg.nextUint32();
    b.bcnt = 31;
  } else {
    b.buf >>>= 1;
    b.bcnt -= 1;
  }
  return b.buf & 1;
}

// --- 64 bits, as (hi, lo) words ---

/** Scratch output of bounded64: the result words. */
export const OUT64 = { hi: 0, lo: 0 };

/**
 * `random_bounded_uint64(off, rng)` into OUT64. `threshold` must be (2**64 - rng - 1) % (rng + 1)
 * as words (thrHi, thrLo) when Lemire's method is used with rng >= 2**32 (precompute with
 * lemire64Threshold).
 */
export function bounded64(
  bg: BitGenerator,
  offHi: number,
  offLo: number,
  rngHi: number,
  rngLo: number,
  masked: boolean,
  thrHi: number,
  thrLo: number,
): void {
  let vHi = 0;
  let vLo: number;
  if (rngHi === 0 && rngLo === 0) {
    vLo = 0;
  } else if (rngHi === 0) {
    // Ranges within 32 bits use the 32-bit generators.
    if (rngLo === 0xffffffff) vLo = bg.nextUint32();
    else vLo = masked ? masked32(bg, rngLo, mask32(rngLo)) : lemire32(bg, rngLo);
  } else if (rngHi === 0xffffffff && rngLo === 0xffffffff) {
    bg.next64();
    vHi = bg.hi >>> 0;
    vLo = bg.lo >>> 0;
  } else if (masked) {
    const mHi = mask32(rngHi);
    for (;;) {
      bg.next64();
      vHi = (bg.hi & mHi) >>> 0;
      vLo = bg.lo >>> 0;
      if (vHi < rngHi || (vHi === rngHi && vLo <= rngLo)) break;
    }
  } else {
    // Lemire: the high 64 bits of next64 * (rng + 1), rejecting low parts below threshold.
    const eLo = (rngLo + 1) >>> 0;
    const eHi = (rngHi + (eLo === 0 ? 1 : 0)) >>> 0;
    for (;;) {
      bg.next64();
      mulFull64(bg.hi >>> 0, bg.lo >>> 0, eHi, eLo);
      // leftover = low 64 bits (R.hi:R.lo); accept unless leftover < threshold.
      if (R.hi > thrHi || (R.hi === thrHi && R.lo >= thrLo)) break;
    }
    vHi = R.hi2;
    vLo = R.lo2;
  }
  const s = offLo + vLo;
  OUT64.lo = s >>> 0;
  OUT64.hi = (offHi + vHi + (s >= 4294967296 ? 1 : 0)) >>> 0;
}

/** Lemire's 64-bit rejection threshold (2**64 - rng - 1) % (rng + 1), as [hi, lo] words. */
export function lemire64Threshold(rng: bigint): [number, number] {
  if (rng >= 0xffffffffffffffffn || rng < 0x100000000n) return [0, 0];
  const t = (0xffffffffffffffffn - rng) % (rng + 1n);
  return [Number(t >> 32n), Number(t & 0xffffffffn)];
}
