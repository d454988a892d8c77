/**
 * The streaming driver shared by the bit-exact transcendental kernels (exact_trig.ts,
 * exact_explog.ts, exact_explog32.ts). Their wasm kernels evaluate a function on SIMD lanes
 * and list the elements they cannot vouch for (NaN, ±inf, overflow and underflow ranges, rare
 * rounding ties); this driver copies cache-sized blocks of the input into scratch, runs the
 * kernel in place there, recomputes only the listed elements with the scalar port, and copies
 * the block out. Every result depends on its own input alone, so the backend and the block
 * size never change a bit.
 */
import { wasmKernels } from './index.js';

/** An exact kernel: (a, o, n, idx) writes results to o, listed indices (i32) to idx. */
type ExactKernel = (a: number, o: number, n: number, idx: number) => number;

/**
 * Runs the kernel exported as `name` over x[0..n) into z (z may be x): the listed elements
 * get `f`, and `under(v, y)` (if given) tells whether a recomputed input v with stored result
 * y underflowed. Returns whether any did, or null when wasm is not loaded.
 * Unlisted results are finite and normal (the kernels' contract), so the ufunc's NaN/inf
 * output scan is answered here.
 */
export function streamExact(
  x: Float32Array | Float64Array,
  z: Float32Array | Float64Array,
  n: number,
  name: string,
  f: (v: number) => number,
  under: ((v: number, y: number) => boolean) | null,
): boolean | null {
  const w = wasmKernels();
  if (w === null) return null;
  const kern = (w.ex as unknown as Record<string, ExactKernel>)[name]!;
  const S = x.BYTES_PER_ELEMENT === 4 ? w.f32 : w.f64;
  const blk = w.blockBytes / S.BYTES_PER_ELEMENT;
  const pa = w.base;
  const ia = pa / S.BYTES_PER_ELEMENT;
  const ii = w.pb / 4;
  const I = new Int32Array(S.buffer, 0, S.byteLength / 4);
  const full = S.subarray(ia, ia + blk);
  let underflowed = false;
  let nonFinite = false;
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    S.set(i === 0 && m === x.length ? x : x.subarray(i, i + m), ia);
    const cnt = kern(pa, pa, m, w.pb);
    // The listed elements: x is still intact here, also when z is x (in place).
    for (let t = 0; t < cnt; t++) {
      const j = I[ii + t]!;
      const v = x[i + j]!;
      const y = f(v);
      S[ia + j] = y;
      if (y - y !== 0) nonFinite = true;
      // The stored value: float32 results are judged after their rounding.
      if (under !== null && !underflowed && under(v, S[ia + j]!)) underflowed = true;
    }
    z.set(m === blk ? full : S.subarray(ia, ia + m), i);
  }
  if (nonFinite) w.sawNonFinite = true;
  else if (w.sawNonFinite === null) w.sawNonFinite = false;
  return underflowed;
}
