/**
 * Comparison ufuncs (equal, not_equal, less, less_equal, greater, greater_equal):
 * boolean results; int64 vs uint64 compare exactly through the mixed `qQ`/`Qq` loops.
 */
import type { DType } from '../../dtype.js';
import { binaryKernel } from '../loops.js';
import type { LoopSig, Operand } from '../resolve.js';
import { makeUfunc } from '../ufunc.js';

const TYPES =
  '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qQ->? Qq->? ee->? ff->? dd->? FF->? DD->?';

/** Mixed signed/unsigned integers compare exactly (NumPy 2 uses int64 × uint64 loops). */
function mixedInts(ops: Operand[], _common: DType | null, loops: LoopSig[]): LoopSig | null {
  if (ops.length !== 2 || ops.some((o) => o.weak)) return null;
  const [a, b] = ops as [Operand, Operand];
  const sa = a.dtype.kind === 'i';
  const sb = b.dtype.kind === 'i';
  const ua = a.dtype.kind === 'u';
  const ub = b.dtype.kind === 'u';
  if (sa && ub && b.dtype.itemsize === 8) return loops.find((l) => l.types === 'lL->?')!;
  if (ua && sb && a.dtype.itemsize === 8) return loops.find((l) => l.types === 'Ll->?')!;
  return null;
}

type Cmp = (a: any, b: any) => boolean;

function comparison(name: string, cmp: Cmp, ccmp: (ar: number, ai: number, br: number, bi: number) => boolean) {
  return makeUfunc({
    name,
    nin: 2,
    nout: 1,
    identity: null,
    types: TYPES,
    homogeneous: true,
    special: mixedInts,
    kernel: binaryKernel(name, {
      int: cmp,
      // Mixed int64/uint64 loops hand one signed and one unsigned bigint: compare as bigints.
      big: cmp,
      float: cmp,
      complexToReal: ccmp,
    }),
  });
}

/** NumPy orders complex numbers lexicographically (real part first). */
function lexLess(ar: number, ai: number, br: number, bi: number): boolean {
  return ar < br || (ar === br && ai < bi);
}
function lexLessEq(ar: number, ai: number, br: number, bi: number): boolean {
  return ar < br || (ar === br && ai <= bi);
}

export const equal = comparison('equal', (a, b) => a === b, (ar, ai, br, bi) => ar === br && ai === bi);
export const not_equal = comparison('not_equal', (a, b) => a !== b, (ar, ai, br, bi) => ar !== br || ai !== bi);
export const less = comparison('less', (a, b) => a < b, lexLess);
export const less_equal = comparison('less_equal', (a, b) => a <= b, lexLessEq);
export const greater = comparison('greater', (a, b) => a > b, (ar, ai, br, bi) => lexLess(br, bi, ar, ai));
export const greater_equal = comparison('greater_equal', (a, b) => a >= b, (ar, ai, br, bi) => lexLessEq(br, bi, ar, ai));
