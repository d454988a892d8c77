/**
 * Bitwise ufuncs on bool and integers: bitwise_and/or/xor, invert (bitwise_not,
 * bitwise_invert), left_shift/right_shift (bitwise_left_shift/right_shift), bitwise_count.
 *
 * Shifts follow npy_lshift/npy_rshift: a count outside [0, bit width) gives 0, or -1 for a
 * right shift of a negative number (C would leave it undefined).
 */
import type { DType } from '../../dtype.js';
import type { FastKernel } from '../ufunc.js';
import {
  andFast,
  invertIntFast,
  leftShiftFast,
  orFast,
  rightShiftFast,
  xorFast,
} from './int_fast.js';
import { bitsOf, mapKernel, wrapper } from './kernel_util.js';
import { andBytes, notBytes, orBytes, xorBytes } from './logical_bytes.js';
import { defineUfunc } from './resolution.js';

const INTS = 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L';

type Op = {
  small: (a: number, b: number) => number;
  big: (a: bigint, b: bigint) => bigint;
};

function bitwise(name: string, identity: number, op: Op, fast: Record<string, FastKernel>) {
  return defineUfunc({
    name,
    nin: 2,
    nout: 1,
    identity,
    types: `??->? ${INTS}`,
    kernel: mapKernel((loop) => (loop.ins[0]!.isBig ? op.big : op.small)),
    fast,
  });
}

export const bitwise_and = bitwise(
  'bitwise_and',
  -1,
  {
    small: (a, b) => a & b,
    big: (a, b) => a & b,
  },
  { ...andFast, '??->?': { aa: andBytes } },
);
export const bitwise_or = bitwise(
  'bitwise_or',
  0,
  {
    small: (a, b) => a | b,
    big: (a, b) => a | b,
  },
  { ...orFast, '??->?': { aa: orBytes } },
);
export const bitwise_xor = bitwise(
  'bitwise_xor',
  0,
  {
    small: (a, b) => a ^ b,
    big: (a, b) => a ^ b,
  },
  { ...xorFast, '??->?': { aa: xorBytes } },
);

/** ~x; for bool it is logical not. Stores wrap the complement into unsigned types. */
export const invert = defineUfunc({
  name: 'invert',
  nin: 1,
  nout: 1,
  identity: null,
  types: `?->? b->b B->B h->h H->H i->i I->I l->l L->L`,
  // bool: logical not, four bytes at a time (the generic loop's branch cost ~5 ns an element)
  fast: { ...invertIntFast, '?->?': { a: notBytes } },
  kernel: mapKernel((loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'b') return (a: number) => (a ? 0 : 1);
    if (t.isBig) return (a: bigint) => ~a;
    return (a: number) => ~a;
  }),
});
export const bitwise_not = invert;
export const bitwise_invert = invert;

function lshift(dt: DType): (a: any, b: any) => any {
  const w = bitsOf(dt);
  if (dt.isBig) {
    const wrap =
      dt.kind === 'i' ? (x: bigint) => BigInt.asIntN(64, x) : (x: bigint) => BigInt.asUintN(64, x);
    return (a: bigint, b: bigint) => (b >= 0n && b < 64n ? wrap(a << b) : 0n);
  }
  const wrap = wrapper(dt);
  return (a: number, b: number) => (b >= 0 && b < w ? wrap(a << b) : 0);
}

function rshift(dt: DType): (a: any, b: any) => any {
  const w = bitsOf(dt);
  const signed = dt.kind === 'i';
  if (dt.isBig)
    return (a: bigint, b: bigint) => (b >= 0n && b < 64n ? a >> b : signed && a < 0n ? -1n : 0n);
  if (signed) return (a: number, b: number) => (b >= 0 && b < w ? a >> b : a < 0 ? -1 : 0);
  return (a: number, b: number) => (b >= 0 && b < w ? a >>> b : 0);
}

export const left_shift = defineUfunc({
  name: 'left_shift',
  nin: 2,
  nout: 1,
  identity: null,
  types: INTS,
  kernel: mapKernel((loop) => lshift(loop.ins[0]!)),
  fast: leftShiftFast,
});
export const bitwise_left_shift = left_shift;

export const right_shift = defineUfunc({
  name: 'right_shift',
  nin: 2,
  nout: 1,
  identity: null,
  types: INTS,
  kernel: mapKernel((loop) => rshift(loop.ins[0]!)),
  fast: rightShiftFast,
});
export const bitwise_right_shift = right_shift;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of 1-bits in |x| (uint8 result). */
export const bitwise_count = defineUfunc({
  name: 'bitwise_count',
  nin: 1,
  nout: 1,
  identity: null,
  types: 'b->B B->B h->B H->B i->B I->B l->B L->B',
  kernel: mapKernel((loop) => {
    if (loop.ins[0]!.isBig) {
      return (a: bigint) => {
        const m = a < 0n ? -a : a;
        return popcount32(Number(m & 0xffffffffn) >>> 0) + popcount32(Number(m >> 32n) >>> 0);
      };
    }
    return (a: number) => popcount32(Math.abs(a) >>> 0);
  }),
});
