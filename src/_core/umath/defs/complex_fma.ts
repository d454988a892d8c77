/**
 * Complex multiply, square and absolute on the fused-multiply-add module's SIMD kernels
 * (kernels/fma_wasm.ts `cmul`, `cabs`): NumPy's own loops use the CPU's FMA, which plain JS
 * emulates at ~25 ns a step (z*z of 1e6 complex128: ~18 ms, NumPy ~0.4). Without the module
 * (js backend, NUMTYPE_NO_FMA, no relaxed SIMD) and for short blocks the scalar ports run;
 * both give the same bits, and NaN results always come from the scalar port (which NaN a
 * product returns depends on the instruction's operand order).
 */
import { fmaKernels, noteNonFinite } from '../../kernels/index.js';
import type { Kernel } from '../iterator.js';
import type { CBinary } from '../loops.js';

/** Below this many elements the scalar loop is cheaper than a kernel call with its copies. */
const MIN_N = 16;

type Arr = Float64Array | Float32Array;

/** The complex product kernel: `f` is the scalar port, `plain` its loop (short blocks, no module). */
export function cmulKernel(plain: Kernel, f: CBinary, f32: boolean): Kernel {
  return (n, ins, outs) => {
    const k = n < MIN_N ? null : fmaKernels();
    if (k === null) {
      plain(n, ins, outs);
      return;
    }
    const x = ins[0] as Arr;
    const y = ins[1] as Arr;
    noteNonFinite(
      k.cmul(f32, x, y, outs[0] as Arr, n, (e, o, j) =>
        f(x[2 * e]!, x[2 * e + 1]!, y[2 * e]!, y[2 * e + 1]!, o, j),
      ),
    );
  };
}

/** The complex square kernel: the product x·x (NumPy's FMA loop, simd_csquare = simd_cmul(x, x)). */
export function csquareKernel(plain: Kernel, f: CBinary, f32: boolean): Kernel {
  const k = cmulKernel(plain, f, f32);
  return (n, ins, outs) => k(n, [ins[0]!, ins[0]!], outs);
}

/** |z| (complex to real), NumPy's FMA loop. */
export function cabsKernel(plain: Kernel, f32: boolean): Kernel {
  return (n, ins, outs) => {
    const k = n < MIN_N ? null : fmaKernels();
    if (k === null) plain(n, ins, outs);
    else noteNonFinite(k.cabs(f32, ins[0] as Arr, outs[0] as Arr, n));
  };
}
