/**
 * np.arctan's and np.arctan2's float64 loops (contiguous blocks) on the fused-multiply-add
 * module's lane kernels (assembly/fma/atan_f64x2.ts: glibc's steps on f64x2 lanes), with the
 * bits of the scalar ports in libm_atan.ts, which run where the module is unavailable. The
 * kernels also judge underflow and tell whether a result is NaN, so the engine scans neither
 * the inputs nor the results afterwards (those scans cost about as much as the kernels).
 */
import { fmaKernels, noteNonFinite } from '../../kernels/index.js';
import { raiseFlag } from '../errstate.js';
import { listingLoop64, underC } from './fma_lane_loops.js';
import { atan, atan2 } from './libm_atan.js';

const DBL_MIN = 2 ** -1022;

/**
 * np.arctan's float64 loop: out[i] = atan(x[i]) with glibc's bits (out may be x); returns
 * whether a result underflowed (subnormal inputs, where atan(x) = x). The kernel lists the NaN
 * and subnormal inputs: the only NaN or underflowing results.
 */
export const atanF64 = listingLoop64('atanF64x', atan, underC);

/**
 * Underflow of atan2(y, x) = z in NumPy's arctan2 loops (min: the loop type's smallest normal):
 * a tiny angle unless it is exactly 0 (y = 0 or x = +inf).
 */
export function underAtan2(y: number, x: number, z: number, min = DBL_MIN): boolean {
  return z !== 0 ? Math.abs(z) < min : y !== 0 && Number.isFinite(y) && Number.isFinite(x);
}

/**
 * np.arctan2's float64 loop: out[i] = atan2(y[i], x[i]) with glibc's bits, either operand
 * possibly one number for every element (out may be y or x); raises underflow as NumPy does.
 */
export function atan2F64(
  y: Float64Array | number,
  x: Float64Array | number,
  out: Float64Array,
): void {
  const n = out.length;
  const k = fmaKernels();
  if (k !== null) {
    const flags = k.binaryF64('atan2F64', y, x, out, n);
    if (flags & 1) raiseFlag('under');
    noteNonFinite((flags & 2) !== 0);
    return;
  }
  let under = false;
  for (let i = 0; i < n; i++) {
    const a = typeof y === 'number' ? y : y[i]!;
    const b = typeof x === 'number' ? x : x[i]!;
    const z = atan2(a, b);
    out[i] = z;
    if (!under && underAtan2(a, b, z)) under = true;
  }
  if (under) raiseFlag('under');
}
