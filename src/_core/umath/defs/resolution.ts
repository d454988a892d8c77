/**
 * Type-resolution details of the ufuncs defined here that the engine's generic resolver
 * (resolve.ts) does not cover:
 * - NumPy's error when no loop accepts numeric operands is a plain TypeError ("ufunc 'x' not
 *   supported for the input types, …"), where resolve.ts raises UFuncTypeError;
 * - legacy float ufuncs (copysign, heaviside, nextafter) pick the first loop every array
 *   operand casts to safely, without promoting first: int8 with uint8 runs in float16;
 * - NumPy's DType class names in messages (`UInt64DType`, `_PyLongDType` for Python ints).
 */
import { Complex } from '../../complex.js';
import type { DType } from '../../dtype.js';
import { UFuncTypeError } from '../../errors.js';
import { canCast } from '../../numerictypes/promotion.js';
import { dtypeClassName, type LoopSig, type Operand } from '../resolve.js';
import { makeUfunc, Ufunc, type UfuncDef, type UfuncOptions } from '../ufunc.js';

export type Special = (ops: Operand[], common: DType | null, loops: LoopSig[]) => LoopSig | null;

/**
 * makeUfunc, with NumPy's TypeError for operands no loop accepts: the engine's
 * UFuncTypeError "not supported for the input types" is re-raised as the plain TypeError
 * NumPy raises (a `_call` wrapper rather than a `special` hook, so that the engine's quick
 * path for `f(array, 2)` stays available).
 */
export function defineUfunc(def: UfuncDef): Ufunc {
  const u = makeUfunc(def);
  const base = Ufunc.prototype._call;
  Object.defineProperty(u, '_call', {
    configurable: true,
    value(this: Ufunc, args: unknown[], opts?: UfuncOptions) {
      try {
        return base.call(this, args, opts);
      } catch (e) {
        if (
          e instanceof UFuncTypeError &&
          e.message.startsWith(`ufunc '${def.name}' not supported for the input types`)
        ) {
          throw new TypeError(e.message);
        }
        throw e;
      }
    },
  });
  return u;
}

/** Legacy linear loop search when every operand is an array (weak Python scalars still promote first). */
export const linearForArrays: Special = (ops, _common, loops) => {
  if (ops.some((o) => o.weak)) return null;
  return loops.find((l) => ops.every((o, i) => canCast(o.dtype, l.ins[i]!, 'safe'))) ?? null;
};

/** The operand's DType class as NumPy names it; Python scalars have their own (_PyLongDType …). */
export function dtypeClass(o: Operand): string {
  if (o.weak) {
    const v = o.value;
    if (typeof v === 'boolean') return 'BoolDType';
    if (v instanceof Complex) return '_PyComplexDType';
    return typeof v === 'bigint' || o.dtype.kind === 'i' ? '_PyLongDType' : '_PyFloatDType';
  }
  if (o.dtype.kind === 'u') return `UInt${o.dtype.itemsize * 8}DType`;
  return dtypeClassName(o.dtype);
}
