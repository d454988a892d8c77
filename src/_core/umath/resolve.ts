/**
 * Loop selection (NumPy's type resolution): from the operands' dtypes — JS scalars being
 * NEP 50 weak Python scalars — to one of the ufunc's typed loops.
 */

import { Complex } from '../complex.js';
import {
  bool,
  complex64,
  complex128,
  type DType,
  float16,
  float32,
  float64,
  int8,
  int16,
  int32,
  int64,
  uint8,
  uint16,
  uint32,
  uint64,
} from '../dtype.js';
import { UFuncTypeError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { canCastDType, resultType } from '../numerictypes/promotion.js';

export const TYPE_CHARS: Record<string, DType> = {
  '?': bool,
  b: int8,
  B: uint8,
  h: int16,
  H: uint16,
  i: int32,
  I: uint32,
  l: int64,
  q: int64,
  L: uint64,
  Q: uint64,
  e: float16,
  f: float32,
  d: float64,
  F: complex64,
  D: complex128,
};

/** One typed loop: `dd->d`. */
export interface LoopSig {
  ins: DType[];
  outs: DType[];
  /** NumPy's spelling, e.g. `dd->d`. */
  types: string;
  /** Whether an operand is float16 (computed in float32 blocks, never in place). */
  half: boolean;
  /** The inner loop, built on first use by the ufunc that owns this loop (`kernelFor`). */
  kernel?: import('./iterator.js').Kernel;
}

/** Parse NumPy's `ufunc.types` list (space separated), dropping duplicates (l/q are both int64). */
export function parseLoops(types: string): LoopSig[] {
  const seen = new Set<string>();
  const out: LoopSig[] = [];
  for (const t of types.split(/\s+/).filter(Boolean)) {
    const [i, o] = t.split('->') as [string, string];
    const ins = [...i].map((c) => TYPE_CHARS[c]!);
    const outs = [...o].map((c) => TYPE_CHARS[c]!);
    const key = [...ins, ...outs].map((d) => d.char).join('');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ins,
      outs,
      types: `${ins.map((d) => d.char).join('')}->${outs.map((d) => d.char).join('')}`,
      half: [...ins, ...outs].some((d) => d.kind === 'f' && d.itemsize === 2),
      kernel: undefined,
    });
  }
  return out;
}

/** A ufunc operand as type resolution sees it. */
export type Operand =
  | { weak: false; dtype: DType; array: NDArray }
  | { weak: true; value: number | bigint | boolean | Complex; dtype: DType };

/** The default (strong) dtype of a weak Python scalar. */
export function weakDefault(v: number | bigint | boolean | Complex): DType {
  if (typeof v === 'boolean') return bool;
  if (v instanceof Complex) return complex128;
  if (typeof v === 'bigint') return int64;
  return Number.isSafeInteger(v) && !Object.is(v, -0) ? int64 : float64;
}

export interface ResolveSpec {
  name: string;
  nin: number;
  loops: LoopSig[];
  /** All loops take one dtype for every input: promote first, then search (NumPy's default promoter). */
  homogeneous: boolean;
  /** Extra rule run before the search; may return the loop directly. */
  special?: (ops: Operand[], common: DType | null, loops: LoopSig[]) => LoopSig | null;
}

/** NumPy's legacy resolver raises a plain TypeError here. */
function noLoop(spec: ResolveSpec): TypeError {
  return new TypeError(
    `ufunc '${spec.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );
}

/** Choose the loop for these operands (and an optional requested output dtype). */
export function resolveLoop(spec: ResolveSpec, ops: Operand[], dtype: DType | null): LoopSig {
  const { loops } = spec;
  if (dtype) {
    // `dtype=` fixes the output; homogeneous loops then take it for every input too.
    const exact = loops.find((l) => l.outs[0] === dtype && l.ins.every((t) => t === dtype));
    if (exact && spec.homogeneous) return exact;
    const byOut = loops.find((l) => l.outs[0] === dtype && matches(l, ops));
    if (byOut) return byOut;
    if (exact) return exact;
    throw new UFuncTypeError(
      `No loop matching the specified signature and casting was found for ufunc ${spec.name}`,
    );
  }
  let common: DType | null = null;
  if (spec.homogeneous && ops.length > 1) {
    try {
      common = resultType(...ops.map((o) => (o.weak ? o.value : o.array)));
    } catch (e) {
      if (e instanceof TypeError) {
        throw new UFuncTypeError(
          `ufunc '${spec.name}' did not contain a loop with signature matching types (${ops.map((o) => `<class 'numpy.dtypes.${dtypeClassName(o.dtype)}'>`).join(', ')}) -> None`,
        );
      }
      throw e;
    }
  }
  const special = spec.special?.(ops, common, loops);
  if (special) return special;
  if (common) {
    const l = loops.find((lp) => lp.ins.every((t) => canCastDType(common!, t, 'safe')));
    if (l) return l;
    if (!common.isNumeric) {
      // Promotion worked but no loop takes the result: NumPy names the dtype instances
      // (its legacy loop search), except for structured dtypes, which fail before it.
      const name = (d: DType) =>
        d.kind === 'V' ? `<class 'numpy.dtypes.${dtypeClassName(d)}'>` : d.repr();
      throw new UFuncTypeError(
        `ufunc '${spec.name}' did not contain a loop with signature matching types (${ops.map((o) => name(o.dtype)).join(', ')}) -> None`,
      );
    }
    throw noLoop(spec);
  }
  const l = loops.find((lp) => matches(lp, ops));
  if (l) return l;
  throw noLoop(spec);
}

/** Every operand can be cast safely to the loop's input type (weak scalars by their default dtype). */
function matches(l: LoopSig, ops: Operand[]): boolean {
  return ops.every((o, i) => canCastDType(o.dtype, l.ins[i]!, 'safe'));
}

/** NumPy's DType class name, e.g. `Float64DType`, `StrDType`. */
export function dtypeClassName(d: DType): string {
  switch (d.kind) {
    case 'U':
      return 'StrDType';
    case 'S':
      return 'BytesDType';
    case 'V':
      return 'VoidDType';
    case 'b':
      return 'BoolDType';
    case 'u':
      return `UInt${d.itemsize * 8}DType`;
    default: {
      const n = d.name;
      return `${n[0]!.toUpperCase()}${n.slice(1)}DType`;
    }
  }
}
