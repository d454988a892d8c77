/**
 * np.round(a, decimals) of a C-contiguous float64/float32 array in one pass of the wasm
 * kernels (assembly/around.ts): rint(x * f) / f lane by lane, the same IEEE operations as
 * the three ufunc calls of around.ts, so the same bits. (round(a, 2) of 1e6 float64: three
 * passes over a zeroed output, ~2.7 ms; see the commit for the measured ratio.)
 */
import { wasmKernels } from './kernels/index.js';
import { NDArray } from './ndarray.js';

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
  if (n < 64 || !a.isCContig || !a.isAligned) return null;
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
