/**
 * Comparison ufuncs (equal, not_equal, less, less_equal, greater, greater_equal):
 * boolean results; int64 vs uint64 compare exactly through the mixed `qQ`/`Qq` loops.
 */
import type { DType } from '../../dtype.js';
import { intBounds } from '../../elements.js';
import * as K from '../../kernels/index.js';
import { SWAPPED } from '../../kernels/int_wasm.js';
import { raiseFlag } from '../errstate.js';
import { binaryKernel } from '../loops.js';
import type { LoopSig, Operand } from '../resolve.js';
import { makeUfunc } from '../ufunc.js';
import { compareIntFast } from './int_fast.js';

const TYPES =
  '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? qQ->? Qq->? ee->? ff->? dd->? FF->? DD->?';

/** Whether a weak Python int fits an integer dtype. */
function fits(v: number | bigint, dt: DType): boolean {
  const [lo, hi] = intBounds(dt);
  const b = BigInt(v);
  return b >= lo && b <= hi;
}

/**
 * Mixed signed/unsigned integers compare exactly (NumPy 2 uses int64 × uint64 loops), and
 * so do Python ints outside the array's integer range (`uint8_arr < -1` is all False).
 */
function mixedInts(ops: Operand[], _common: DType | null, loops: LoopSig[]): LoopSig | null {
  if (ops.length !== 2) return null;
  const weakIdx = ops.findIndex((o) => o.weak);
  if (weakIdx >= 0) {
    const w = ops[weakIdx]!;
    const other = ops[1 - weakIdx]!;
    if (other.weak || (other.dtype.kind !== 'i' && other.dtype.kind !== 'u')) return null;
    const v = w.weak ? w.value : 0;
    if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isSafeInteger(v))) return null;
    if (fits(v as number | bigint, other.dtype)) return null;
    // The array side goes to int64/uint64, the scalar to the other signedness.
    const arraySigned = other.dtype.kind === 'i';
    const types =
      weakIdx === 1 ? (arraySigned ? 'lL->?' : 'Ll->?') : arraySigned ? 'Ll->?' : 'lL->?';
    return loops.find((l) => l.types === types)!;
  }
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

/** The six comparison ufuncs' operations (the kernels also have |a| < b and |a| == b). */
type Op = Exclude<K.CmpOp, 'alt' | 'aeq'>;

/** SIMD kernels for the float64 and float32 loops (contiguous blocks, bytes out). */
function floatKernels(op: Op) {
  const fk = {
    aa: (a: Float64Array, b: Float64Array, o: Uint8Array) => K.compare(op, a, b, o),
    as: (a: Float64Array, s: number, o: Uint8Array) => K.compare(op, a, s, o),
    sa: (s: number, a: Float64Array, o: Uint8Array) => K.compare(SWAPPED[op], a, s, o),
  };
  return { 'dd->?': fk, 'ff->?': fk };
}

function comparison(
  name: string,
  op: Op,
  cmp: Cmp,
  ccmp: (ar: number, ai: number, br: number, bi: number) => boolean,
) {
  return makeUfunc({
    name,
    nin: 2,
    nout: 1,
    identity: null,
    types: TYPES,
    homogeneous: true,
    special: mixedInts,
    // mixedInts looks at a weak scalar only beside an integer array.
    weakSafeKinds: 'bfc',
    // Only the complex loops raise (invalid, through raiseFlag); the outputs are booleans.
    fpcheck: 'generic',
    fast: { ...compareIntFast(op), ...floatKernels(op) },
    kernel: binaryKernel(name, {
      int: cmp,
      // Mixed int64/uint64 loops hand one signed and one unsigned bigint: compare as bigints.
      big: cmp,
      float: cmp,
      complexToReal: ccmp,
    }),
  });
}

/**
 * NumPy's complex ordering (CLT/CLE in loops.c.src): lexicographic, real part first, except
 * that a NaN imaginary part on either side makes a win on the real part false. The ordered
 * C comparisons `<`/`<=` raise 'invalid' when they meet a NaN; NumPy evaluates the real
 * parts first and the imaginary parts only when the real parts are equal, and so do we.
 */
function complexLess(ar: number, ai: number, br: number, bi: number, orEqual: boolean): boolean {
  if (Number.isNaN(ar) || Number.isNaN(br)) {
    raiseFlag('invalid');
    return false;
  }
  if (ar < br) return !Number.isNaN(ai) && !Number.isNaN(bi);
  if (ar !== br) return false;
  if (Number.isNaN(ai) || Number.isNaN(bi)) {
    raiseFlag('invalid');
    return false;
  }
  return orEqual ? ai <= bi : ai < bi;
}
function lexLess(ar: number, ai: number, br: number, bi: number): boolean {
  return complexLess(ar, ai, br, bi, false);
}
function lexLessEq(ar: number, ai: number, br: number, bi: number): boolean {
  return complexLess(ar, ai, br, bi, true);
}

export const equal = comparison(
  'equal',
  'eq',
  (a, b) => a === b,
  (ar, ai, br, bi) => ar === br && ai === bi,
);
export const not_equal = comparison(
  'not_equal',
  'ne',
  (a, b) => a !== b,
  (ar, ai, br, bi) => ar !== br || ai !== bi,
);
export const less = comparison('less', 'lt', (a, b) => a < b, lexLess);
export const less_equal = comparison('less_equal', 'le', (a, b) => a <= b, lexLessEq);
export const greater = comparison(
  'greater',
  'gt',
  (a, b) => a > b,
  (ar, ai, br, bi) => lexLess(br, bi, ar, ai),
);
export const greater_equal = comparison(
  'greater_equal',
  'ge',
  (a, b) => a >= b,
  (ar, ai, br, bi) => lexLessEq(br, bi, ar, ai),
);
