/**
 * The fused-multiply-add kernel module (assembly/fma/*.ts, embedded by scripts/build-wasm.mjs):
 * the C library's and NumPy's functions whose steps are fused multiply-adds, on the CPU's FMA
 * instruction through relaxed SIMD's `madd`. In plain JS every such step is emulated exactly
 * (umath/defs/fma.ts), 20-40 times slower than NumPy; here they run at NumPy's pace.
 *
 * Relaxed SIMD lets an engine compute `madd` fused or not, so the module is used only after
 * `probe` shows it fused (an input where the two differ); otherwise, or where the engine lacks
 * relaxed SIMD, callers keep their exact JS ports, which give the same bits. Node 20 compiles
 * relaxed SIMD only behind V8's `--experimental-wasm-relaxed-simd`, which is turned on (for
 * this process) the first time the module is loaded there; Node 22 and Chrome 114 on have it
 * by default.
 *
 * Arrays are streamed through the module's one input and one output block, as in wasm.ts.
 */
import { decodeBase64 } from './wasm.js';
import { WASM_FMA_BASE64 } from './wasm_fma_bytes.generated.js';

type Kernel = (a: number, o: number, n: number) => void;
/** A binary kernel: o[i] = f(a[i], b[i]); returns flag bits (kernel-specific), ORed over i. */
type Kernel2 = (a: number, b: number, o: number, n: number) => number;

interface FmaExports {
  memory: WebAssembly.Memory;
  BLOCK: WebAssembly.Global;
  inPtr(): number;
  outPtr(): number;
  in2Ptr(): number;
  probe(a: number, b: number, c: number): number;
  tanhF64: Kernel;
  tanhF32: Kernel;
  log1pF64: Kernel;
  expm1F64: Kernel;
  atanF64: Kernel;
  asinF64: Kernel;
  acosF64: Kernel;
  tanF64: Kernel;
  atan2F64: Kernel2;
}

/** The float64 kernels by name (z[i] = f(x[i])). */
export type F64Kernel =
  | 'tanhF64'
  | 'log1pF64'
  | 'expm1F64'
  | 'atanF64'
  | 'asinF64'
  | 'acosF64'
  | 'tanF64';
/** The binary float64 kernels by name (z[i] = f(x[i], y[i])). atan2F64 returns no flags. */
export type F64BinaryKernel = 'atan2F64';
/** The float32 kernels by name. */
export type F32Kernel = 'tanhF32';

export class FmaKernels {
  private readonly inP: number;
  private readonly in2P: number;
  private readonly outP: number;
  private readonly block: number;
  private readonly in64: Float64Array;
  private readonly in2_64: Float64Array;
  private readonly out64: Float64Array;
  private readonly in32: Float32Array;
  private readonly out32: Float32Array;

  constructor(private readonly x: FmaExports) {
    this.inP = x.inPtr();
    this.outP = x.outPtr();
    this.in2P = x.in2Ptr();
    this.block = x.BLOCK.value as number;
    const buf = x.memory.buffer;
    this.in64 = new Float64Array(buf, this.inP, this.block);
    this.out64 = new Float64Array(buf, this.outP, this.block);
    this.in2_64 = new Float64Array(buf, this.in2P, this.block);
    this.in32 = new Float32Array(buf, this.inP, 2 * this.block);
    this.out32 = new Float32Array(buf, this.outP, 2 * this.block);
  }

  /** z[i] = f(x[i]) for i < n with a float64 kernel (z may be x). */
  unaryF64(name: F64Kernel, x: Float64Array, z: Float64Array, n: number): void {
    const k = this.x[name];
    const B = this.block;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      this.in64.set(s === 0 && m === x.length ? x : x.subarray(s, s + m));
      k(this.inP, this.outP, m);
      z.set(m === B ? this.out64 : this.out64.subarray(0, m), s);
    }
  }

  /**
   * z[i] = f(x[i], y[i]) for i < n with a binary float64 kernel; x or y may be a number (that
   * operand is the same for every i), z may be x or y. Returns the kernel's flag bits, ORed.
   */
  binaryF64(
    name: F64BinaryKernel,
    x: Float64Array | number,
    y: Float64Array | number,
    z: Float64Array,
    n: number,
  ): number {
    const k = this.x[name];
    const B = this.block;
    // A number fills its input block once: the kernels never write their inputs.
    if (typeof x === 'number') this.in64.fill(x, 0, Math.min(B, n));
    if (typeof y === 'number') this.in2_64.fill(y, 0, Math.min(B, n));
    let flags = 0;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      if (typeof x !== 'number') this.in64.set(x.subarray(s, s + m));
      if (typeof y !== 'number') this.in2_64.set(y.subarray(s, s + m));
      flags |= k(this.inP, this.in2P, this.outP, m);
      z.set(m === B ? this.out64 : this.out64.subarray(0, m), s);
    }
    return flags;
  }

  /** z[i] = f(x[i]) for i < n with a float32 kernel; x and z hold float32 values (either type). */
  unaryF32(
    name: F32Kernel,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
  ): void {
    const k = this.x[name];
    const B = 2 * this.block;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      this.in32.set(s === 0 && m === x.length ? x : x.subarray(s, s + m));
      k(this.inP, this.outP, m);
      z.set(m === B ? this.out32 : this.out32.subarray(0, m), s);
    }
  }
}

/** Whether the module's fma rounds once: 1 + 2^-30 and 1 − 2^-30 multiply to 1 − 2^-60. */
function fused(x: FmaExports): boolean {
  const e = 2 ** -30;
  return x.probe(1 + e, 1 - e, -1) === -(2 ** -60);
}

/** Node's `v8` module where `process.getBuiltinModule` exists (Node 20.16+), else undefined. */
function nodeV8(): { setFlagsFromString(flags: string): void } | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (n: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('v8') as { setFlagsFromString(flags: string): void } | undefined;
}

let bytes: Uint8Array | undefined;
function moduleBytes(): Uint8Array<ArrayBuffer> {
  bytes ??= decodeBase64(WASM_FMA_BASE64);
  return bytes as Uint8Array<ArrayBuffer>;
}

/** Whether the engine compiles the module; in Node 20, after enabling relaxed SIMD. */
function compiles(): boolean {
  if (WebAssembly.validate(moduleBytes())) return true;
  const v8 = nodeV8();
  if (v8 === undefined) return false;
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
  return WebAssembly.validate(moduleBytes());
}

let cached: FmaKernels | null | undefined;
/** A synchronous compile was refused (a browser's main thread): wait for loadFmaAsync. */
let syncRefused = false;

function accept(inst: WebAssembly.Instance): FmaKernels | null {
  const x = inst.exports as unknown as FmaExports;
  return fused(x) ? new FmaKernels(x) : null;
}

/**
 * The kernels, compiled synchronously on first call; null without relaxed SIMD, where the
 * madd is not fused, or where a synchronous compile is refused (then `loadFmaAsync`).
 */
export function loadFmaSync(): FmaKernels | null {
  if (cached !== undefined || syncRefused) return cached ?? null;
  try {
    if (typeof WebAssembly !== 'object' || !compiles()) return (cached = null);
    cached = accept(new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()), {}));
  } catch {
    syncRefused = true;
    return null;
  }
  return cached;
}

/** The kernels, compiled asynchronously (browsers' main thread). */
export async function loadFmaAsync(): Promise<FmaKernels | null> {
  if (cached !== undefined) return cached;
  try {
    if (typeof WebAssembly !== 'object' || !compiles()) return (cached = null);
    const mod = await WebAssembly.compile(moduleBytes());
    cached ??= accept(await WebAssembly.instantiate(mod, {}));
  } catch {
    cached = null;
  }
  return cached;
}
