/**
 * |z| as NumPy's complex absolute loops compute it (loops_unary_complex, SIMD on every
 * x86-64 build): larger·sqrt(1 + (smaller/larger)²) with a fused multiply-add, which
 * cannot overflow before the result does; inf wins over NaN (C99 cabs). complex64 works
 * in float32 throughout. For arithmetic.ts's `absolute` (F->f, D->d loops).
 */
import { fma, fmaf } from './fma.js';

const fround = Math.fround;

export function cabs(re: number, im: number): number {
  const a = Math.abs(re);
  const b = Math.abs(im);
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  const larger = a > b ? a : b;
  const smaller = a > b ? b : a;
  const ratio = larger === 0 ? 0 : smaller / larger;
  return Math.sqrt(fma(ratio, ratio, 1.0)) * larger;
}

export function cabsf(re: number, im: number): number {
  const a = Math.abs(re);
  const b = Math.abs(im);
  if (a === Infinity || b === Infinity) return Infinity;
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  const larger = a > b ? a : b;
  const smaller = a > b ? b : a;
  const ratio = larger === 0 ? 0 : fround(smaller / larger);
  return fround(fround(Math.sqrt(fmaf(ratio, ratio, 1.0))) * larger);
}
