/**
 * gcd and lcm of integers. As in npy_gcd/npy_lcm, both work on the absolute values as
 * unsigned numbers (so gcd(MIN, 0) is MIN again after the cast back) and lcm wraps
 * around the type's width. Only integer inputs are accepted: bool and float operands raise
 * NumPy's "did not contain a loop" error instead of being cast.
 */

import type { DType } from '../../dtype.js';
import { UFuncTypeError } from '../../errors.js';
import type { LoopSig, Operand } from '../resolve.js';
import { mapKernel } from './kernel_util.js';
import { defineUfunc, dtypeClass } from './resolution.js';

const INTS = 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L';

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (a !== 0) {
    const c = a;
    a = b % a;
    b = c;
  }
  return b;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (a !== 0n) {
    const c = a;
    a = b % a;
    b = c;
  }
  return b;
}

/** Integer loops only: the promoted dtype must be an integer type. */
function integersOnly(name: string) {
  return (ops: Operand[], common: DType | null, loops: LoopSig[]): LoopSig | null => {
    if (common && (common.kind === 'i' || common.kind === 'u'))
      return loops.find((l) => l.ins[0] === common) ?? null;
    throw new UFuncTypeError(
      `ufunc '${name}' did not contain a loop with signature matching types (${ops.map((o) => `<class 'numpy.dtypes.${dtypeClass(o)}'>`).join(', ')}) -> None`,
    );
  };
}

export const gcd = defineUfunc({
  name: 'gcd',
  nin: 2,
  nout: 1,
  identity: 0,
  types: INTS,
  special: integersOnly('gcd'),
  kernel: mapKernel((loop) => (loop.ins[0]!.isBig ? gcdBig : gcdNum)),
});

export const lcm = defineUfunc({
  name: 'lcm',
  nin: 2,
  nout: 1,
  identity: null,
  types: INTS,
  special: integersOnly('lcm'),
  kernel: mapKernel((loop) => {
    if (loop.ins[0]!.isBig) {
      return (a: bigint, b: bigint) => {
        const g = gcdBig(a, b);
        if (g === 0n) return 0n;
        const aa = a < 0n ? -a : a;
        const bb = b < 0n ? -b : b;
        return BigInt.asUintN(64, (aa / g) * bb);
      };
    }
    // (|a| / g) * |b| in 32-bit unsigned arithmetic; the store truncates to the type.
    return (a: number, b: number) => {
      const g = gcdNum(a, b);
      return g === 0 ? 0 : Math.imul(Math.abs(a) / g, Math.abs(b));
    };
  }),
});
