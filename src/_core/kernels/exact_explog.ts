/**
 * np.exp and np.log on contiguous float64 arrays through the WebAssembly SIMD kernels of
 * assembly/exact_explog.ts, with exactly the bits (and underflow flags) of the scalar ports of
 * glibc's exp and log (umath/defs/libm_double.ts), which NumPy's float64 loops call on x86-64
 * machines without AVX512F.
 *
 * A kernel evaluates the algorithm on f64x2 lanes and lists the elements it cannot vouch for
 * (NaN, ±inf, exp's |x| ≥ 512 and tiny inputs and doubtful rounding of k, log's non-positive,
 * subnormal and near-1 inputs and the rare doubtful final roundings); this driver streams
 * blocks through scratch, recomputes only the listed elements with the scalar function, and
 * copies the block out. Every element's result depends on its own value alone, so the
 * backend, the block size and the array's length never change a bit. Without wasm (or for
 * short arrays) the scalar loops run.
 */
import { expFast, logFast } from '../umath/defs/libm_double.js';
import { streamExact } from './exact_stream.js';
import { fmaKernels, noteNonFinite } from './index.js';

/**
 * From this many elements on the SIMD path runs (when loaded): the scalar ports cost
 * ~50-100 ns an element, a kernel call with its block copies ~150 ns. Both give the same bits.
 */
const MIN_WASM_N = 8;

const DBL_MIN = 2 ** -1022;

/**
 * Whether glibc's exp raised underflow for input x with result y: a subnormal result, or zero
 * from a finite input. Same rule as the ufunc's scalar loop (math_kernels.ts `underflowedAt`
 * with exp's `under: true`).
 */
function underExp(x: number, y: number): boolean {
  return y !== 0 ? Math.abs(y) < DBL_MIN : x !== 0 && Number.isFinite(x);
}

/** The scalar exp loop (short arrays, JS backend): z[i] = exp(x[i]); whether it underflowed. */
function scalarExp(x: Float64Array, z: Float64Array, n: number): boolean {
  let under = false;
  for (let i = 0; i < n; i++) {
    // Read before the store: z may be x (in place).
    const v = x[i]!;
    const y = expFast(v);
    z[i] = y;
    // Only |x| ≥ 708 can underflow (results below 2^-1022).
    if (v < -708 && !under && underExp(v, y)) under = true;
  }
  return under;
}

/** The SIMD path: whether any (recomputed) element underflowed; null without wasm. */
function wasmRun(x: Float64Array, z: Float64Array, n: number, isExp: boolean): boolean | null {
  // glibc's fused steps on f64x2 lanes with the CPU's fma, where the engine has it.
  const k = fmaKernels();
  if (k !== null) {
    const under = isExp
      ? k.listingF64('expF64x', x, z, n, expFast, underExp)
      : k.listingF64('logF64x', x, z, n, logFast, null);
    noteNonFinite(k.nonFinite);
    return under;
  }
  // Unlisted results are finite (and normal).
  return isExp
    ? streamExact(x, z, n, 'f64_exp_exact', expFast, underExp)
    : streamExact(x, z, n, 'f64_log_exact', logFast, null);
}

/**
 * np.exp's float64 loop over contiguous arrays: out[i] = exp(x[i]) with glibc's bits
 * (`expF64(new Float64Array([1]), out)` sets out[0] = 2.718281828459045); returns whether it
 * raised underflow (the ufunc reports it through errstate; overflow comes from the output scan).
 */
export function expF64(x: Float64Array, out: Float64Array): boolean {
  const n = out.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N) {
    const r = wasmRun(x, out, n, true);
    if (r !== null) return r;
  }
  return scalarExp(x, out, n);
}

/**
 * np.log's float64 loop over contiguous arrays: out[i] = log(x[i]) with glibc's bits
 * (`logF64(new Float64Array([2]), out)` sets out[0] = 0.6931471805599453); never underflows
 * (returns false: divide and invalid come from the output scan).
 */
export function logF64(x: Float64Array, out: Float64Array): boolean {
  const n = out.length;
  if (x.length < n) throw new RangeError('numtype kernels: an input is shorter than the output');
  if (n >= MIN_WASM_N && wasmRun(x, out, n, false) !== null) return false;
  // Each result depends on its own input only: in place is fine.
  for (let i = 0; i < n; i++) out[i] = logFast(x[i]!);
  return false;
}
