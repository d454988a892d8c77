/**
 * np.sin and np.cos on contiguous float32 and float64 arrays through the WebAssembly SIMD
 * kernels of assembly/exact_trig.ts, with exactly the bits (and underflow flags) of the scalar
 * ports: NumPy's own float32 kernel (simd_f32.ts) and glibc's sin/cos (libm_trig.ts).
 *
 * A kernel evaluates the algorithm on f64x2 lanes and lists the elements it cannot vouch for
 * (NaN, ±inf, the ranges the scalar code reduces differently, tiny inputs, and the rare
 * elements whose last rounding its unfused arithmetic cannot decide); this driver streams
 * blocks through scratch, recomputes only the listed elements with the scalar function, and
 * copies the block out. Every element's result depends on its own value alone, so the
 * backend, the block size and the array's length never change a bit.
 */
import { cos as cos64, sin as sin64 } from '../umath/defs/libm_trig.js';
import { cosBlock32, cosSimd32, sinBlock32, sinSimd32 } from '../umath/defs/simd_f32.js';
import { streamExact } from './exact_stream.js';
import { fmaKernels, noteNonFinite } from './index.js';

const DBL_MIN = 2 ** -1022;

/**
 * From this many elements on the SIMD path runs (when loaded): the scalar ports cost 50 ns
 * (float32) to 250 ns (float64) an element, a kernel call with its block copies ~150 ns.
 * Both give the same bits, so the threshold only moves time.
 */
const MIN_WASM_N = 8;

const FLT_MIN = 2 ** -126;
/** NumPy's float32 sin/cos kernels underflow computing x² for 0 < |x| up to this. */
const SINCOS_TINY = 2.655742e-19;

/**
 * Whether input x with float32 result y raised underflow in NumPy's float32 sin (sine) or
 * cos loop: the kernels square tiny inputs; sin also underflows like the C library (a
 * subnormal result, or zero from a finite nonzero input). Same rule as the ufunc's scalar
 * loop (math_kernels.ts, `under` and `tinyInput32` of trig.ts).
 */
function under32(x: number, y: number, sine: boolean): boolean {
  if (x !== 0 && Math.abs(x) <= SINCOS_TINY) return true;
  return sine && (y !== 0 ? Math.abs(y) < FLT_MIN : x !== 0 && Number.isFinite(x));
}

/** The scalar loop (short arrays, JS backend): z[i] = f(x[i]); whether anything underflowed. */
function scalarF32(x: Float32Array, z: Float32Array, n: number, sine: boolean): boolean {
  const f = sine ? sinSimd32 : cosSimd32;
  let under = false;
  if (x.buffer === z.buffer && x.byteOffset === z.byteOffset) {
    // In place: judge each input before its result overwrites it.
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      z[i] = f(v);
      if (!under && under32(v, z[i]!, sine)) under = true;
    }
    return under;
  }
  (sine ? sinBlock32 : cosBlock32)(x, z, n);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    // Only tiny or non-finite inputs and tiny results can underflow.
    if ((Math.abs(v) <= SINCOS_TINY || Math.abs(z[i]!) < FLT_MIN) && under32(v, z[i]!, sine)) {
      under = true;
      break;
    }
  }
  return under;
}

/** The SIMD path: whether any (recomputed) element underflowed; null without wasm. */
function wasmF32(x: Float32Array, z: Float32Array, n: number, sine: boolean): boolean | null {
  // NumPy's algorithm on four float32 lanes with the CPU's fma, where the engine has it.
  const k = fmaKernels();
  if (k !== null) {
    const under = sine
      ? k.listingF32('sinF32x', x, z, n, sinSimd32, (v, y) => under32(v, y, true))
      : k.listingF32('cosF32x', x, z, n, cosSimd32, (v, y) => under32(v, y, false));
    noteNonFinite(k.nonFinite);
    return under;
  }
  // Unlisted results are finite (|x| ≤ 117435.992 gives |y| ≤ 1).
  return sine
    ? streamExact(x, z, n, 'f32_sin_exact', sinSimd32, (v, y) => under32(v, y, true))
    : streamExact(x, z, n, 'f32_cos_exact', cosSimd32, (v, y) => under32(v, y, false));
}

function runF32(x: Float32Array, z: Float32Array, sine: boolean): boolean {
  const n = z.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N) {
    const r = wasmF32(x, z, n, sine);
    if (r !== null) return r;
  }
  return scalarF32(x, z, n, sine);
}

/**
 * np.sin's float32 loop over contiguous arrays: out[i] = sin(x[i]) with NumPy's bits
 * (`sinF32(new Float32Array([1]), out)` sets out[0] = 0.84147096); returns whether it raised
 * underflow (the ufunc reports it through errstate).
 */
export function sinF32(x: Float32Array, out: Float32Array): boolean {
  return runF32(x, out, true);
}

/**
 * np.cos's float32 loop over contiguous arrays: out[i] = cos(x[i]) with NumPy's bits
 * (`cosF32(new Float32Array([1]), out)` sets out[0] = 0.5403023); returns whether it raised
 * underflow.
 */
export function cosF32(x: Float32Array, out: Float32Array): boolean {
  return runF32(x, out, false);
}

/** Whether glibc's sin raised underflow for x with result y (cos never does). */
function under64(x: number, y: number): boolean {
  return y !== 0 ? Math.abs(y) < DBL_MIN : x !== 0 && Number.isFinite(x);
}

/** The SIMD path for float64: whether any (recomputed) element underflowed; null without wasm. */
function wasmF64(x: Float64Array, z: Float64Array, n: number, sine: boolean): boolean | null {
  // glibc's fused steps on f64x2 lanes with the CPU's fma, where the engine has it.
  const k = fmaKernels();
  if (k !== null) {
    const under = sine
      ? k.listingF64('sinF64x', x, z, n, sin64, under64)
      : k.listingF64('cosF64x', x, z, n, cos64, null);
    noteNonFinite(k.nonFinite);
    return under;
  }
  // Unlisted results are finite and normal (|x| < 105414336, not subnormal).
  return sine
    ? streamExact(x, z, n, 'f64_sin_exact', sin64, under64)
    : streamExact(x, z, n, 'f64_cos_exact', cos64, null);
}

/** The scalar loop for float64 (short arrays, JS backend). */
function scalarF64(x: Float64Array, z: Float64Array, n: number, sine: boolean): boolean {
  let under = false;
  if (sine) {
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const y = sin64(v);
      z[i] = y;
      if (!under && under64(v, y)) under = true;
    }
  } else for (let i = 0; i < n; i++) z[i] = cos64(x[i]!);
  return under;
}

function runF64(x: Float64Array, z: Float64Array, sine: boolean): boolean {
  const n = z.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N) {
    const r = wasmF64(x, z, n, sine);
    if (r !== null) return r;
  }
  return scalarF64(x, z, n, sine);
}

/**
 * np.sin's float64 loop over contiguous arrays: out[i] = sin(x[i]) with glibc's bits
 * (`sinF64(new Float64Array([1]), out)` sets out[0] = 0.8414709848078965); returns whether
 * it raised underflow.
 */
export function sinF64(x: Float64Array, out: Float64Array): boolean {
  return runF64(x, out, true);
}

/**
 * np.cos's float64 loop over contiguous arrays: out[i] = cos(x[i]) with glibc's bits
 * (`cosF64(new Float64Array([1]), out)` sets out[0] = 0.5403023058681398); never underflows
 * (returns false).
 */
export function cosF64(x: Float64Array, out: Float64Array): boolean {
  return runF64(x, out, false);
}
