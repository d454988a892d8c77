/**
 * Contiguous float64 loops ('d->d' fast loops) on the fused-multiply-add module's listing
 * kernels (assembly/fma: glibc's or NumPy's steps on f64x2 lanes). A listing kernel writes
 * every result and lists the inputs whose results may be NaN, ±inf or subnormal; those get
 * the scalar port here, which also judges their underflow. So the loop tells the engine
 * whether a result is non-finite and raises underflow itself, and the engine scans neither
 * inputs nor results afterwards (those scans cost about as much as a cheap kernel).
 */
import type { F64ListingKernel } from '../../kernels/fma_wasm.js';
import { fmaKernels, noteNonFinite } from '../../kernels/index.js';

const DBL_MIN = 2 ** -1022;

/** The C library's underflow for input x and result y: subnormal, or 0 from a finite x ≠ 0. */
export function underC(x: number, y: number): boolean {
  return y !== 0 ? Math.abs(y) < DBL_MIN : x !== 0 && Number.isFinite(x);
}

/** An underflow verdict for input v and stored result y, or null for a function without one. */
type Under = ((v: number, y: number) => boolean) | null;

/**
 * out[i] = f(x[i]) (out may be x) by the listing kernel `name`, or by the scalar port `f`
 * without the module; returns whether a result underflowed by `under` (never, when null).
 */
export function listingLoop64(
  name: F64ListingKernel,
  f: (x: number) => number,
  under: Under,
): (x: Float64Array, out: Float64Array) => boolean {
  return (x, out) => {
    const n = out.length;
    const k = fmaKernels();
    if (k !== null) {
      const u = k.listingF64(name, x, out, n, f, under);
      noteNonFinite(k.nonFinite);
      return u;
    }
    let u = false;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const y = f(v);
      out[i] = y;
      if (!u && under !== null && under(v, y)) u = true;
    }
    return u;
  };
}
