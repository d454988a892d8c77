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

/** Elements per pass of withPairScalar (its pattern block: 32 KiB of complex128). */
const PAIR_CHUNK = 2048;

/**
 * `k` with a pairScalar: a binary complex kernel run over passes of PAIR_CHUNK elements with
 * the broadcast (re, im) pair repeated in a pattern block, so that `z * 1j` takes the
 * contiguous path (the general iterator gathered the pair element by element: ~6-8 ms for
 * 1e6). `outLanes`: 2 for complex outputs, 1 for real or boolean ones.
 */
export function withPairScalar(k: Kernel, outLanes: number): Kernel {
  k.pairScalar = (n, ins, outs) => {
    const si = ins[0]!.length === 2 ? 0 : 1;
    const pair = ins[si] as Arr;
    const other = ins[1 - si] as Arr;
    const o = outs[0] as Arr;
    const m0 = Math.min(n, PAIR_CHUNK);
    const pat = new (pair.constructor as new (len: number) => Arr)(2 * m0);
    for (let j = 0; j < 2 * m0; j += 2) {
      pat[j] = pair[0]!;
      pat[j + 1] = pair[1]!;
    }
    for (let s = 0; s < n; s += PAIR_CHUNK) {
      const m = Math.min(PAIR_CHUNK, n - s);
      const x = other.subarray(2 * s, 2 * (s + m));
      const p = m === m0 ? pat : pat.subarray(0, 2 * m);
      k(m, si === 0 ? [p, x] : [x, p], [o.subarray(outLanes * s, outLanes * (s + m))]);
    }
  };
  return k;
}
