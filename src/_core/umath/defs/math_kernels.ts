/**
 * Inner loops and floating-point error reporting of the transcendental ufuncs.
 *
 * Each loop picks its scalar function once per dtype: float64; float32 (which also
 * serves float16, computed in float32 as NumPy's half loops do); complex128/complex64.
 *
 * Errors: real loops are classified from their outputs after the call (the engine's
 * `fpcheck` scan, which sees only elements `where=` selected). Complex loops raise the
 * flags their C99 algorithms record (complex_base.ts), since outputs alone can't tell
 * them; the output scan is then told to stay quiet for that call.
 */
import type { FpCheck } from '../errstate.js';
import { raiseFlag } from '../errstate.js';
import { cmap1z, map1, map2 } from '../fresh_loops.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import { DIVIDE, FLAGS, INVALID, OVER, UNDER, Z } from './complex_base.js';
import type { CFn } from './complex_exp_log.js';

type Real1 = (x: number) => number;
type Real2 = (x: number, y: number) => number;
/** A unary function over n elements of a block (float32 storage or a float64 compute block). */
export type Block1 = (
  x: Float32Array | Float64Array,
  z: Float32Array | Float64Array,
  n: number,
) => void;

/** Whether the loop that ran last was a complex one (then the output scan reports nothing). */
let complexRan = false;

/** A real loop outside this module (a SIMD fast kernel) ran: the output scan applies again. */
export function realLoopRan(): void {
  complexRan = false;
}

/** Hand the flags recorded by the complex functions to errstate. */
function flushFlags(): void {
  const b = FLAGS.bits;
  if (b === 0) return;
  FLAGS.bits = 0;
  if (b & DIVIDE) raiseFlag('divide');
  if (b & OVER) raiseFlag('over');
  if (b & UNDER) raiseFlag('under');
  if (b & INVALID) raiseFlag('invalid');
}

export interface UnaryMath {
  f64: Real1;
  /** float32/float16 loops; default `f64`, rounded once by the float32 store. */
  f32?: Real1;
  /**
   * float32 loops only (not float16): a faster function whose float32 rounding is always
   * that of `f32 ?? f64` (see float32Via).
   */
  f32only?: Real1;
  /**
   * float32 loops only: `f32only` over a whole block (z[i] = f32only(x[i]) for i < n), a
   * monomorphic loop into which V8 can inline the function (NumPy's SIMD kernels, simd_f32.ts).
   */
  f32block?: Block1;
  /** float64 loops: `f64` over a whole block (the fused-multiply-add kernels, fma_blocks.ts). */
  f64block?: Block1;
  c128?: CFn;
  c64?: CFn;
  /** complex128 loops: `c128` over a whole interleaved block, flags into FLAGS (complex_exp_block.ts). */
  c128block?: (x: Float64Array, z: Float64Array, n: number) => void;
  /**
   * Whether a tiny result raises underflow, as the C library's function does: a
   * subnormal result, or zero from a finite nonzero input (exp(−1000), sin(5e-324)).
   */
  under?: boolean;
  /** float32/float16 loops: inputs whose tiny result is exact, so no underflow (exp2f of integers). */
  exact32?: (x: number) => boolean;
  /**
   * float32 loops only: NumPy's SIMD kernels also underflow internally for inputs with
   * 0 < |x| ≤ this (sin/cos square x, exp scales x by log2 e); half loops call libm instead.
   */
  tinyInput32?: number;
}

const DBL_MIN = 2 ** -1022;
const FLT_MIN = 2 ** -126;
const HALF_MIN = 2 ** -14;
const HALF_TINY = 2 ** -24;

interface UnderRule {
  rule: boolean;
  min: number;
  half: boolean;
  exact?: ((x: number) => boolean) | undefined;
  tinyInput: number;
}

/** Any element underflowed: per the function's rule, or in NumPy's float → half conversion. */
function underflowed(n: number, x: Float64Array, z: Float64Array, u: UnderRule): boolean {
  if (u.rule && !u.half && u.tinyInput === 0 && u.exact === undefined) {
    // The common case (the function's rule alone) in one cheap test per element.
    const min = u.min;
    for (let i = 0; i < n; i++) {
      const y = z[i]!;
      if (Math.abs(y) < min && (y !== 0 || (x[i] !== 0 && Number.isFinite(x[i]!)))) return true;
    }
    return false;
  }
  for (let i = 0; i < n; i++) if (underflowedAt(x[i]!, z[i]!, u)) return true;
  return false;
}

/** Whether input v with stored result y underflowed. */
function underflowedAt(v: number, y: number, u: UnderRule): boolean {
  const { rule, min, half, exact, tinyInput } = u;
  if (rule && (y !== 0 ? Math.abs(y) < min : v !== 0 && Number.isFinite(v)) && !exact?.(v))
    return true;
  if (v !== 0 && Math.abs(v) <= tinyInput) return true;
  // A half subnormal that isn't exact (not a multiple of 2^-24), or a nonzero flushed to zero.
  return half && y !== 0 && Math.abs(y) < HALF_MIN && y % HALF_TINY !== 0;
}

/** Whether a result block is written over an input block (in-place calls). */
function sameBlock(a: Float64Array, b: Float64Array): boolean {
  return a.buffer === b.buffer && a.byteOffset === b.byteOffset;
}

export function unaryMathKernel(spec: UnaryMath): (loop: LoopSig) => Kernel {
  return (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') {
      const f = (t.itemsize === 16 ? spec.c128 : spec.c64)!;
      // A loop of its own for f (fresh_loops.ts): one shared by every complex function calls
      // f megamorphically.
      const loopF = cmap1z(f, Z);
      const block = t.itemsize === 16 ? spec.c128block : undefined;
      return (n, [a], [o]) => {
        complexRan = true;
        FLAGS.bits = 0;
        if (block !== undefined && n >= 16) block(a as Float64Array, o as Float64Array, n);
        else loopF(n, [a], [o]);
        flushFlags();
      };
    }
    const f64 = t.itemsize === 8;
    const half = loop.outs[0]!.kind === 'f' && loop.outs[0]!.itemsize === 2;
    const f = f64 ? spec.f64 : (!half && spec.f32only) || (spec.f32 ?? spec.f64);
    const block = half ? undefined : f64 ? spec.f64block : spec.f32block;
    const u: UnderRule = {
      rule: spec.under ?? false,
      min: f64 ? DBL_MIN : FLT_MIN,
      half,
      exact: f64 ? undefined : spec.exact32,
      tinyInput: f64 || half ? 0 : (spec.tinyInput32 ?? 0),
    };
    const check = u.rule || half || u.tinyInput > 0;
    // A loop of its own for f (fresh_loops.ts): V8 then inlines it.
    const mapF = map1(f);
    return (n, [a], [o]) => {
      complexRan = false;
      const x = a as Float64Array;
      const z = o as Float64Array;
      if (check && sameBlock(x, z) && block) {
        // In place with a block kernel: keep the inputs for the underflow test.
        const xs = x.slice(0, n);
        block(xs, z, n);
        if (underflowed(n, xs, z, u)) raiseFlag('under');
        return;
      }
      if (check && sameBlock(x, z)) {
        // In place: judge each input before its result overwrites it.
        let under = false;
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          z[i] = f(v);
          if (!under && underflowedAt(v, z[i]!, u)) under = true;
        }
        if (under) raiseFlag('under');
        return;
      }
      if (block) block(x, z, n);
      else mapF(n, [x], [z]);
      // z holds the stored result (float32 loops: already rounded), so tininess is after rounding.
      if (check && underflowed(n, x, z, u)) raiseFlag('under');
    };
  };
}

/**
 * Underflow of a binary function: inputs x, y, the stored result z, and the smallest
 * normal of the precision the loop computes in.
 */
export type BinaryUnder = (x: number, y: number, z: number, min: number) => boolean;

export function binaryMathKernel(
  f64: Real2,
  f32: Real2 = f64,
  under?: BinaryUnder,
): (loop: LoopSig) => Kernel {
  return (loop) => {
    const is64 = loop.ins[0]!.itemsize === 8;
    const f = is64 ? f64 : f32;
    const half = loop.outs[0]!.kind === 'f' && loop.outs[0]!.itemsize === 2;
    const min = is64 ? DBL_MIN : FLT_MIN;
    const mapF = map2(f);
    return (n, [a, b], [o]) => {
      complexRan = false;
      const x = a as Float64Array;
      const y = b as Float64Array;
      const z = o as Float64Array;
      const tiny = (xi: number, yi: number, v: number) =>
        (under?.(xi, yi, v, min) ?? false) ||
        (half && v !== 0 && Math.abs(v) < HALF_MIN && v % HALF_TINY !== 0);
      if ((under || half) && (sameBlock(x, z) || sameBlock(y, z))) {
        // In place: judge each pair of inputs before the result overwrites one of them.
        let flag = false;
        for (let i = 0; i < n; i++) {
          const xi = x[i]!;
          const yi = y[i]!;
          z[i] = f(xi, yi);
          if (!flag && tiny(xi, yi, z[i]!)) flag = true;
        }
        if (flag) raiseFlag('under');
        return;
      }
      mapF(n, [x, y], [z]);
      if (under || half) {
        for (let i = 0; i < n; i++) {
          if (tiny(x[i]!, y[i]!, z[i]!)) {
            // Reductions run this kernel without an FP check afterwards; underflow is
            // ignored by default, so a pending flag there is harmless unless enabled.
            raiseFlag('under');
            break;
          }
        }
      }
    };
  };
}

/**
 * The output scan for real loops: NaN from non-NaN inputs is invalid; ±inf from
 * finite inputs is `inf` ('over', or 'divide' for poles such as log(0), atanh(1)).
 * `nanInvalid`: any NaN result is invalid, also from NaN inputs (logaddexp compares
 * x − y > 0, an ordered comparison that signals on NaN).
 */
export function realFpCheck(inf: 'over' | 'divide', nanInvalid = false): FpCheck {
  return (xs, out) => {
    if (complexRan) return null;
    if (Number.isNaN(out)) return nanInvalid || !xs.some((v) => Number.isNaN(v)) ? 'invalid' : null;
    return xs.every(Number.isFinite) ? inf : null;
  };
}

/**
 * A float32 loop function for `exact`, a bit-exact (and slow) float64 port whose result
 * the float32 store rounds once. V8's `Math` version is within an ulp of the true value,
 * as glibc's is, so the two doubles are within 2^-51 relative of each other: whenever the
 * interval ±2^-50 around the fast value rounds to one float32, the exact value rounds there
 * too. Otherwise (about one input in 2^21) the exact port runs.
 */
export function float32Via(fast: Real1, exact: Real1): Real1 {
  return (x) => {
    const y = fast(x);
    const e = Math.abs(y) * 2 ** -50 + 2 ** -1070;
    return Math.fround(y - e) === Math.fround(y + e) ? y : exact(x);
  };
}
