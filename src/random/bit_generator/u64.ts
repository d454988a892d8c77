/**
 * Exact 64-bit unsigned arithmetic on pairs of uint32 words, without BigInt, for the bit
 * generators' hot loops.
 *
 * The high word of a 32x32-bit product comes from the double product: `a*b` as a double is
 * within 2**11 of the exact product, so `((a*b) - lo) / 2**32` is within 2**-20 of the exact
 * high word, and rounding it gives that word exactly (`lo` is `Math.imul(a, b) >>> 0`).
 */

export const TWO32 = 4294967296;
export const INV32 = 2.3283064365386963e-10;

/** High 32 bits of the 64-bit product of two uint32 numbers. */
export function mulhi32(a: number, b: number): number {
  return Math.floor((a * b - (Math.imul(a, b) >>> 0)) * INV32 + 0.5);
}

/** Scratch result of the multi-word helpers below (avoids allocating per call). */
export const R = { hi: 0, lo: 0, hi2: 0, lo2: 0 };

/** Low 64 bits of (ah:al) * (bh:bl) into R.hi/R.lo. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  const lo = Math.imul(al, bl) >>> 0;
  const carry = Math.floor((al * bl - lo) * INV32 + 0.5);
  R.lo = lo;
  R.hi = (carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** Full 128-bit product of (ah:al) * (bh:bl): high 64 in R.hi2/R.lo2, low 64 in R.hi/R.lo. */
export function mulFull64(ah: number, al: number, bh: number, bl: number): void {
  // Four 32x32 partial products, each split into exact (hi, lo) words.
  const ll = al * bl;
  const llLo = Math.imul(al, bl) >>> 0;
  const llHi = Math.floor((ll - llLo) * INV32 + 0.5);
  const lh = al * bh;
  const lhLo = Math.imul(al, bh) >>> 0;
  const lhHi = Math.floor((lh - lhLo) * INV32 + 0.5);
  const hl = ah * bl;
  const hlLo = Math.imul(ah, bl) >>> 0;
  const hlHi = Math.floor((hl - hlLo) * INV32 + 0.5);
  const hh = ah * bh;
  const hhLo = Math.imul(ah, bh) >>> 0;
  const hhHi = Math.floor((hh - hhLo) * INV32 + 0.5);
  // Column sums (exact in doubles: each < 2**35).
  const c1 = llHi + lhLo + hlLo;
  const w1 = c1 >>> 0;
  const c2 = (c1 - w1) * INV32 + lhHi + hlHi + hhLo;
  const w2 = c2 >>> 0;
  const w3 = ((c2 - w2) * INV32 + hhHi) >>> 0;
  R.lo = llLo;
  R.hi = w1;
  R.lo2 = w2;
  R.hi2 = w3;
}

/** (hi:lo) as a bigint. */
export function toBig(hi: number, lo: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Split a bigint (taken mod 2**64) into [hi, lo] uint32 words. */
export function fromBig(v: bigint): [number, number] {
  v = BigInt.asUintN(64, v);
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

/** A Python int (number or bigint) as a bigint, rejecting non-integers. */
export function asBigInt(v: unknown, what = 'value'): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw new TypeError(`${what} must be an integer`);
}
