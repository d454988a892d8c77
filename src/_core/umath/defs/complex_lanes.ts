/**
 * Complex add, subtract and negative as float loops over the interleaved (re, im) lanes:
 * NumPy's complex loops do exactly the float operation on each part, so the float SIMD
 * kernels (kernels/index.ts addF64 …) on 2n lanes give the same bits as the scalar loops,
 * and note for the engine whether a result was NaN or ±inf (no output scan afterwards).
 */
import type { Kernel } from '../iterator.js';

type Arr = Float64Array | Float32Array;
type Lanes2 = (a: any, b: any, out: any) => void;
type Lanes1 = (a: any, out: any) => void;

/** The first 2n lanes of a compute block (the general iterator's blocks may be longer). */
function lanes(o: Arr, n: number): Arr {
  return o.length === 2 * n ? o : o.subarray(0, 2 * n);
}

/** A binary complex loop running `f` (float64 kernel, or `f32` for complex64) on the lanes. */
export function laneBinary(f64: Lanes2, f32: Lanes2, single: boolean): Kernel {
  const f = single ? f32 : f64;
  return (n, ins, outs) => f(ins[0], ins[1], lanes(outs[0] as Arr, n));
}

/** A unary complex loop running `f` on the lanes. */
export function laneUnary(f64: Lanes1, f32: Lanes1, single: boolean): Kernel {
  const f = single ? f32 : f64;
  return (n, ins, outs) => f(ins[0], lanes(outs[0] as Arr, n));
}
