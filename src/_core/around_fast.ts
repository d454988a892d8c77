/**
 * np.round(a, decimals) of a C-contiguous float64/float32 array in one pass of the wasm
 * kernels (assembly/around.ts): rint(x * f) / f lane by lane, the same IEEE operations as
 * the three ufunc calls of around.ts, so the same bits. (round(a, 2) of 1e6 float64: three
 * passes over a zeroed output, ~2.7 ms; see the commit for the measured ratio.)
 */
import { wasmKernels } from './kernels/index.js';
import { NDArray } from './ndarray.js';
import { rint } from './umath/defs/fpbits.js';

/**
 * The rounded copy of `a` with f = 10**decimals, or null where this path does not apply:
 * decimals outside 1..22 (f not an exact power of ten, or a quotient that may underflow),
 * other dtypes or layouts, short arrays, the js backend, or a product that is not finite or
 * is subnormal (where NumPy's separate calls may raise floating-point errors: the caller
 * runs them).
 */
export function roundFused(a: NDArray, decimals: number, f: number): NDArray | null {
  const dt = a.dtype;
  const n = a.size;
  if (decimals < 1 || decimals > 22 || dt.kind !== 'f' || dt.itemsize < 4) return null;
  if (!a.isCContig || !a.isAligned) return null;
  if (n < 64) return roundShort(a, f);
  const w = wasmKernels();
  if (w === null) return null;
  const wide = dt.itemsize === 8;
  const view = wide ? w.f64 : w.f32;
  const kern = wide ? w.ex.f64_round_dec : w.ex.f32_round_dec;
  const res = NDArray.empty(a.dims, dt);
  const x = a.contigBlock(n) as Float64Array;
  const out = res.contigBlock(n) as Float64Array;
  const blk = (4 * w.blockBytes) / view.BYTES_PER_ELEMENT;
  const ia = w.base / view.BYTES_PER_ELEMENT;
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(blk, n - i);
    view.set(x.subarray(i, i + m), ia);
    // In place in scratch; a float32 f is rounded to float32 on the way in, as NumPy casts it.
    if (kern(w.base, f, w.base, m)) return null;
    out.set(view.subarray(ia, ia + m), i);
  }
  return res;
}

/**
 * Short arrays (np.round(a, 2) of ten values): the same three IEEE operations in a JS loop,
 * float32 results rounded with Math.fround after each (exact: a double holds a float32
 * product or quotient closely enough to round it once). Null (the caller's ufunc calls,
 * with their FP errors) when an input or a product is not finite or a product is subnormal.
 */
function roundShort(a: NDArray, f: number): NDArray | null {
  const n = a.size;
  const single = a.dtype.itemsize === 4;
  const ff = single ? Math.fround(f) : f;
  const x = a.contigBlock(n) as Float64Array | Float32Array;
  const res = NDArray.empty(a.dims, a.dtype);
  const out = res.contigBlock(n) as Float64Array | Float32Array;
  for (let i = 0; i < n; i++) {
    const p = single ? Math.fround(x[i]! * ff) : x[i]! * ff;
    if (!Number.isFinite(p) || (p !== 0 && Math.abs(p) < MIN_NORMAL)) return null;
    out[i] = rint(p) / ff;
  }
  return res;
}

/** The smallest normal float32: products below it leave this path (for float64 too, to keep one bound). */
const MIN_NORMAL = 1.1754943508222875e-38;
