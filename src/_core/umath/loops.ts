/**
 * Inner-loop factories: turn a scalar definition of an operation into the typed kernel of
 * one loop. A kernel sees contiguous compute blocks (see compute.ts): numbers for bool,
 * ≤32-bit integers and floats (float16 computed as float32), bigints for int64/uint64,
 * interleaved (re, im) pairs for complex.
 */
import type { DType } from '../dtype.js';
import { cmap1, cmap1r, cmap2, cmap2r, map1t, map2t, map2tScalar } from './fresh_loops.js';
import type { Kernel } from './iterator.js';
import type { LoopSig } from './resolve.js';

/** Which scalar implementation a loop's inputs call for. */
export type Family = 'bool' | 'int' | 'int32' | 'big' | 'float' | 'complex';

export function familyOf(dt: DType): Family {
  switch (dt.kind) {
    case 'b':
      return 'bool';
    case 'c':
      return 'complex';
    case 'f':
      return 'float';
    default:
      if (dt.isBig) return 'big';
      return dt.itemsize === 4 ? 'int32' : 'int';
  }
}

type N = number;
/** Complex scalar op writing its result to out[o], out[o + 1]. */
export type CUnary = (re: N, im: N, out: Float64Array | Float32Array, o: N) => void;
export type CBinary = (ar: N, ai: N, br: N, bi: N, out: Float64Array | Float32Array, o: N) => void;
/** Complex → real (abs, comparisons, isnan …). */
export type CUnaryToReal = (re: N, im: N) => N | boolean;
export type CBinaryToReal = (ar: N, ai: N, br: N, bi: N) => N | boolean;

/** Scalar implementations of a binary operation per family; `int` also serves `int32` unless given. */
export interface BinaryImpl {
  bool?: (a: N, b: N) => N | boolean;
  int?: (a: N, b: N, dt: DType) => N | boolean;
  int32?: (a: N, b: N, dt: DType) => N | boolean;
  big?: (a: bigint, b: bigint, dt: DType) => bigint | boolean | N;
  float?: (a: N, b: N, dt: DType) => N | boolean;
  complex?: CBinary;
  /** complex64's own operation where it rounds differently from `complex` computed in double. */
  complex64?: CBinary;
  complexToReal?: CBinaryToReal;
}

export interface UnaryImpl {
  bool?: (a: N) => N | boolean;
  int?: (a: N, dt: DType) => N | boolean;
  int32?: (a: N, dt: DType) => N | boolean;
  big?: (a: bigint, dt: DType) => bigint | boolean | N;
  float?: (a: N, dt: DType) => N | boolean;
  complex?: CUnary;
  complexToReal?: CUnaryToReal;
}

function pick<T>(
  impl: Record<string, T | undefined>,
  fam: Family | 'complexToReal',
  name: string,
  loop: LoopSig,
): T {
  const f =
    impl[fam] ??
    (fam === 'int32' ? impl['int'] : undefined) ??
    (fam === 'bool' ? impl['int'] : undefined);
  if (!f)
    throw new Error(`numtype: ufunc ${name} has no ${fam} implementation for loop ${loop.types}`);
  return f;
}

/** Kernel factory for a binary ufunc with one output. */
export function binaryKernel(name: string, impl: BinaryImpl): (loop: LoopSig) => Kernel {
  return (loop) => {
    const t = loop.ins[0]!;
    const fam = familyOf(t);
    const outComplex = loop.outs[0]!.kind === 'c';
    if (fam === 'complex') {
      if (outComplex) {
        const f =
          (t.itemsize === 8 ? impl.complex64 : undefined) ??
          pick(impl as Record<string, CBinary>, 'complex', name, loop);
        // Loops of their own (fresh_loops.ts): a loop shared by every complex ufunc calls f
        // megamorphically (z + z of 1e6 complex128: ~25 ms instead of ~3).
        return cmap2(f) as Kernel;
      }
      const f = pick(impl as Record<string, CBinaryToReal>, 'complexToReal', name, loop);
      return cmap2r(f) as Kernel;
    }
    const f = pick(impl as Record<string, (a: any, b: any, dt: DType) => any>, fam, name, loop);
    // Loops of their own per typed loop (fresh_loops.ts): V8 then inlines f.
    const k: Kernel = map2t(f, t) as Kernel;
    // One operand broadcast along the run: pass it as a value rather than a filled block.
    k.scalar = map2tScalar(f, t) as Kernel['scalar'];
    return k;
  };
}

/** Kernel factory for a unary ufunc with one output. */
export function unaryKernel(name: string, impl: UnaryImpl): (loop: LoopSig) => Kernel {
  return (loop) => {
    const t = loop.ins[0]!;
    const fam = familyOf(t);
    if (fam === 'complex') {
      if (loop.outs[0]!.kind === 'c') {
        const f = pick(impl as Record<string, CUnary>, 'complex', name, loop);
        return cmap1(f) as Kernel;
      }
      const f = pick(impl as Record<string, CUnaryToReal>, 'complexToReal', name, loop);
      return cmap1r(f) as Kernel;
    }
    const f = pick(impl as Record<string, (a: any, dt: DType) => any>, fam, name, loop);
    return map1t(f, t) as Kernel;
  };
}
