/**
 * Block loops on the fused-multiply-add kernels (kernels/fma_wasm.ts): the wasm kernel where
 * the engine has it (same bits as the scalar port, several times faster), else the scalar
 * port's own loop.
 */
import type { F32Kernel, F64Kernel, F64ListingKernel } from '../../kernels/fma_wasm.js';
import { fmaKernels } from '../../kernels/index.js';
import { map1 } from '../fresh_loops.js';
import type { Block1 } from './math_kernels.js';

/** z[i] = f(x[i]) over a float64 block by the kernel `name`, or by `f` without it. */
export function fmaBlock64(name: F64Kernel, f: (x: number) => number): Block1 {
  const loop = map1(f);
  return (x, z, n) => {
    const k = fmaKernels();
    if (k !== null) k.unaryF64(name, x as Float64Array, z as Float64Array, n);
    else loop(n, [x], [z]);
  };
}

/** The same for float32 blocks (float32 values in either array type); `f` is the fallback block. */
export function fmaBlock32(name: F32Kernel, f: Block1): Block1 {
  return (x, z, n) => {
    const k = fmaKernels();
    if (k !== null) k.unaryF32(name, x, z, n);
    else f(x, z, n);
  };
}

/**
 * z[i] = f(x[i]) over a float64 block by the listing kernel `name` (the elements it lists get
 * `f`), or by `f` alone without the module. Flags come from the caller's output scans.
 */
export function fmaListingBlock64(name: F64ListingKernel, f: (x: number) => number): Block1 {
  const loop = map1(f);
  return (x, z, n) => {
    const k = fmaKernels();
    if (k !== null) k.listingF64(name, x as Float64Array, z as Float64Array, n, f, null);
    else loop(n, [x], [z]);
  };
}
