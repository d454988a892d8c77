/** Constructors of the transcendental ufuncs from their scalar functions. */
import type { DType } from '../../dtype.js';
import { canCast, resultType } from '../../numerictypes/promotion.js';
import { raiseFlag } from '../errstate.js';
import type { LoopSig, Operand } from '../resolve.js';
import { makeUfunc, type Ufunc, type UfuncDef } from '../ufunc.js';
import {
  type BinaryUnder,
  binaryMathKernel,
  realFpCheck,
  realLoopRan,
  type UnaryMath,
  unaryMathKernel,
} from './math_kernels.js';

/** NumPy's loop tables (`np.<name>.types` without longdouble and object loops). */
export const REAL = 'e->e f->f d->d';
export const REAL_COMPLEX = 'e->e f->f d->d F->F D->D';
export const REAL2 = 'ee->e ff->f dd->d';

/**
 * A contiguous fast loop from a kernel that returns whether it underflowed (the exact SIMD
 * kernels of kernels/exact_trig.ts and exact_explog*.ts: the scalar loop's bits and flags).
 */
export function underflowingLoop<T>(k: (x: T, out: T) => boolean): {
  a: (x: T, out: T) => void;
} {
  return {
    a: (x, out) => {
      if (k(x, out)) raiseFlag('under');
    },
  };
}

/**
 * A unary ufunc; `inf` names what ±inf from a finite input means ('divide' at poles),
 * null for functions that raise no FP errors (fabs).
 */
export function unaryMath(
  name: string,
  types: string,
  spec: UnaryMath,
  inf: 'over' | 'divide' | null = 'over',
  fast?: UfuncDef['fast'],
): Ufunc {
  return makeUfunc({
    name,
    nin: 1,
    nout: 1,
    identity: null,
    types,
    kernel: unaryMathKernel(spec),
    ...(fast ? { fast: asRealLoops(fast) } : {}),
    ...(inf ? { fpcheck: realFpCheck(inf) } : {}),
  });
}

/**
 * Fast (SIMD) kernels of real loops, each first telling the output scan that a real loop
 * ran: after a complex call of the same function the scan would otherwise stay silent.
 */
function asRealLoops(fast: NonNullable<UfuncDef['fast']>): NonNullable<UfuncDef['fast']> {
  const out: NonNullable<UfuncDef['fast']> = {};
  for (const [types, fk] of Object.entries(fast)) {
    const { a, aa, as, sa } = fk;
    const w: (typeof out)[string] = {};
    if (a)
      w.a = (x, o) => {
        realLoopRan();
        a(x, o);
      };
    if (aa)
      w.aa = (x, y, o) => {
        realLoopRan();
        aa(x, y, o);
      };
    if (as)
      w.as = (x, s, o) => {
        realLoopRan();
        as(x, s, o);
      };
    if (sa)
      w.sa = (s, x, o) => {
        realLoopRan();
        sa(s, x, o);
      };
    out[types] = w;
  }
  return out;
}

/**
 * Loop search of NumPy's legacy resolver for float-only binary loops: each operand
 * casts safely on its own (int8, uint8 → 'ee', where promoting first would give
 * int16 → 'ff'); a JS scalar first takes the dtype it promotes to with the arrays
 * (int8 with 1 → int8, with 1.5 → float64), as NumPy 2 does for Python scalars.
 */
function linearSearch(ops: Operand[], _common: DType | null, loops: LoopSig[]): LoopSig | null {
  if (!ops.every((o) => 'biufc'.includes(o.dtype.kind))) return null;
  const strong = ops.flatMap((o) => (o.weak ? [] : [o.array]));
  const eff = ops.map((o) => (o.weak ? resultType(o.value, ...strong) : o.dtype));
  // None found: neither can the promoted type, and the engine raises NumPy's TypeError.
  return loops.find((l) => eff.every((d, i) => canCast(d, l.ins[i]!, 'safe'))) ?? null;
}

/**
 * A binary float ufunc from its scalar functions; `fast` as unaryMath's (contiguous loops that
 * raise their own underflow, e.g. arctan2's 'dd->d' on the FMA module).
 */
export function binaryMath(
  name: string,
  identity: number | null,
  f64: (x: number, y: number) => number,
  f32?: (x: number, y: number) => number,
  opts: { nanInvalid?: boolean; under?: BinaryUnder; fast?: UfuncDef['fast'] } = {},
): Ufunc {
  return makeUfunc({
    name,
    nin: 2,
    nout: 1,
    identity,
    types: REAL2,
    kernel: binaryMathKernel(f64, f32, opts.under),
    ...(opts.fast ? { fast: asRealLoops(opts.fast) } : {}),
    special: linearSearch,
    fpcheck: realFpCheck('over', opts.nanInvalid),
  });
}
