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
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import { DIVIDE, FLAGS, INVALID, OVER, UNDER, Z } from './complex_base.js';
import type { CFn } from './complex_exp_log.js';

type Real1 = (x: number) => number;
type Real2 = (x: number, y: number) => number;

/** Whether the loop that ran last was a complex one (then the output scan reports nothing). */
let complexRan = false;

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

/**
 * Underflow of a real result, reported as the C library would: `tiny(x, y)` says
 * whether y = f(x) raised it. Underflow is ignored by default, so this runs only
 * for the functions whose libm raises it.
 */
export type TinyCheck = (x: number, y: number) => boolean;

export interface UnaryMath {
  f64: Real1;
  /** float32/float16 loops; default `f64`, rounded once by the float32 store. */
  f32?: Real1;
  c128?: CFn;
  c64?: CFn;
  /** Underflow detection for the float64 and float32 loops. */
  under64?: TinyCheck;
  under32?: TinyCheck;
}

export function unaryMathKernel(spec: UnaryMath): (loop: LoopSig) => Kernel {
  return (loop) => {
    const t = loop.ins[0]!;
    if (t.kind === 'c') {
      const f = (t.itemsize === 16 ? spec.c128 : spec.c64)!;
      return (n, [a], [o]) => {
        complexRan = true;
        const x = a as Float64Array;
        const z = o as Float64Array;
        FLAGS.bits = 0;
        for (let j = 0; j < 2 * n; j += 2) {
          f(x[j]!, x[j + 1]!);
          z[j] = Z.re;
          z[j + 1] = Z.im;
        }
        flushFlags();
      };
    }
    const f64 = t.itemsize === 8;
    const f = f64 ? spec.f64 : (spec.f32 ?? spec.f64);
    const under = f64 ? spec.under64 : spec.under32;
    return (n, [a], [o]) => {
      complexRan = false;
      const x = a as Float64Array;
      const z = o as Float64Array;
      for (let i = 0; i < n; i++) z[i] = f(x[i]!);
      if (under) {
        // Read back the stored (rounded) result: float32 tininess is after rounding.
        for (let i = 0; i < n; i++) {
          if (under(x[i]!, z[i]!)) {
            raiseFlag('under');
            break;
          }
        }
      }
    };
  };
}

export function binaryMathKernel(f64: Real2, f32: Real2 = f64): (loop: LoopSig) => Kernel {
  return (loop) => {
    const f = loop.ins[0]!.itemsize === 8 ? f64 : f32;
    return (n, [a, b], [o]) => {
      complexRan = false;
      const x = a as Float64Array;
      const y = b as Float64Array;
      const z = o as Float64Array;
      for (let i = 0; i < n; i++) z[i] = f(x[i]!, y[i]!);
    };
  };
}

/**
 * The output scan for real loops: NaN from non-NaN inputs is invalid; ±inf from
 * finite inputs is `inf` ('over', or 'divide' for poles such as log(0), atanh(1)).
 */
export function realFpCheck(inf: 'over' | 'divide'): FpCheck {
  return (xs, out) => {
    if (complexRan) return null;
    if (out !== out) return xs.some((v) => v !== v) ? null : 'invalid';
    return xs.every(Number.isFinite) ? inf : null;
  };
}
