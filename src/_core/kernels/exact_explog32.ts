/**
 * np.exp and np.log on contiguous float32 arrays through the WebAssembly SIMD kernels of
 * assembly/exact_explog32.ts, with exactly the bits (and underflow flags) of the scalar port of
 * NumPy's own AVX2 + FMA3 kernels (expSimd32 / logSimd32 in umath/defs/simd_f32.ts).
 *
 * A kernel evaluates the algorithm on f64x2 lanes and lists the elements it cannot vouch for
 * (NaN, ±inf, exp's overflow and underflow ranges and tiny inputs, log's non-positive and
 * subnormal inputs, and the rare elements where a fused step's double sum lands exactly on a
 * float32 midpoint); this driver streams blocks through scratch, recomputes only the listed
 * elements with the scalar function, and copies the block out. Every element's result depends
 * on its own value alone, so the backend, the block size and the array's length never change
 * a bit. Without wasm (or for short arrays) the scalar loops run.
 */
import { expBlock32, expSimd32, logBlock32, logSimd32 } from '../umath/defs/simd_f32.js';
import { streamExact } from './exact_stream.js';
import { fmaKernels, noteNonFinite } from './index.js';

/**
 * From this many elements on the SIMD path runs (when loaded): the scalar port costs ~50 ns
 * an element, a kernel call with its block copies ~150 ns. Both give the same bits.
 */
const MIN_WASM_N = 8;

const FLT_MIN = 2 ** -126;
/** NumPy's float32 exp kernel underflows scaling inputs with 0 < |x| up to this by log2 e. */
const EXP_TINY = 8.147905e-39;

/**
 * Whether input x with float32 result y raised underflow in NumPy's float32 exp loop: a tiny
 * nonzero input, a subnormal result, or zero from a finite nonzero input. Same rule as the
 * ufunc's scalar loop (math_kernels.ts `underflowedAt` with exp's spec in exp_log.ts).
 */
function underExp(x: number, y: number): boolean {
  if (x !== 0 && Math.abs(x) <= EXP_TINY) return true;
  return y !== 0 ? Math.abs(y) < FLT_MIN : x !== 0 && Number.isFinite(x);
}

/** The scalar exp loop (short arrays, JS backend): z[i] = exp(x[i]); whether it underflowed. */
function scalarExp(x: Float32Array, z: Float32Array, n: number): boolean {
  let under = false;
  if (x.buffer === z.buffer && x.byteOffset === z.byteOffset) {
    // In place: judge each input before its result overwrites it.
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      z[i] = expSimd32(v);
      if (!under && underExp(v, z[i]!)) under = true;
    }
    return under;
  }
  expBlock32(x, z, n);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    // Only tiny inputs and tiny results can underflow.
    if ((Math.abs(v) <= EXP_TINY || Math.abs(z[i]!) < FLT_MIN) && underExp(v, z[i]!)) {
      under = true;
      break;
    }
  }
  return under;
}

/** The SIMD path: whether any (recomputed) element underflowed; null without wasm. */
function wasmRun(x: Float32Array, z: Float32Array, n: number, isExp: boolean): boolean | null {
  // NumPy's algorithm on four float32 lanes with the CPU's fma, where the engine has it.
  const k = fmaKernels();
  if (k !== null) {
    const under = isExp
      ? k.listingF32('expF32x', x, z, n, expSimd32, underExp)
      : k.listingF32('logF32x', x, z, n, logSimd32, null);
    noteNonFinite(k.nonFinite);
    return under;
  }
  // Unlisted results are finite (and normal).
  return isExp
    ? streamExact(x, z, n, 'f32_exp_exact', expSimd32, underExp)
    : streamExact(x, z, n, 'f32_log_exact', logSimd32, null);
}

/**
 * np.exp's float32 loop over contiguous arrays: out[i] = exp(x[i]) with NumPy's bits
 * (`expF32(new Float32Array([1]), out)` sets out[0] = 2.7182817); returns whether it raised
 * underflow (the ufunc reports it through errstate; overflow comes from the output scan).
 */
export function expF32(x: Float32Array, out: Float32Array): boolean {
  const n = out.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N) {
    const r = wasmRun(x, out, n, true);
    if (r !== null) return r;
  }
  return scalarExp(x, out, n);
}

/**
 * np.log's float32 loop over contiguous arrays: out[i] = log(x[i]) with NumPy's bits
 * (`logF32(new Float32Array([2]), out)` sets out[0] = 0.6931472); never underflows (returns
 * false: divide and invalid come from the output scan).
 */
export function logF32(x: Float32Array, out: Float32Array): boolean {
  const n = out.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N && wasmRun(x, out, n, false) !== null) return false;
  // Each result depends on its own input only: in place is fine.
  logBlock32(x, out, n);
  return false;
}
