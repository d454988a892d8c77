/**
 * Complex add, subtract and negative as float loops over the interleaved (re, im) lanes:
 * NumPy's complex loops do exactly the float operation on each part, so the float SIMD
 * kernels (kernels/index.ts addF64 …) on 2n lanes give the same bits as the scalar loops,
 * and note for the engine whether a result was NaN or ±inf (no output scan afterwards).
 */
import { wasmKernels } from '../../kernels/index.js';
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

/**
 * Complex division (Smith's method) on the lanes: the SIMD kernel of assembly/complex.ts
 * computes both of Smith's branches with the scalar loop's operations and keeps the one it
 * picks, so every finite part has the scalar loop's bits (which NaN a NaN part is differs
 * as it does between JS engines' tiers). `plain` (the scalar loop) on the js backend and
 * for short blocks.
 */
export function cdivKernel(plain: Kernel, single: boolean): Kernel {
  return (n, ins, outs) => {
    const w = n < 16 ? null : wasmKernels();
    if (w === null) plain(n, ins, outs);
    else
      w.binary(
        single ? w.ex.c64_div : w.ex.c128_div,
        single ? w.f32 : w.f64,
        ins[0] as Arr,
        ins[1] as Arr,
        lanes(outs[0] as Arr, n),
      );
  };
}
