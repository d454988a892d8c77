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
 * by default. Set NUMTYPE_NO_FMA=1 in the environment to leave the module (and the flag) alone.
 *
 * Arrays are streamed through the module's one input and one output block, as in wasm.ts.
 */
import {
  joinShare,
  ownPart,
  type Share,
  shareFlags,
  shareListed,
  startShare,
} from './fma_parallel.js';
import { decodeBase64 } from './wasm.js';
import { WASM_FMA_BASE64 } from './wasm_fma_bytes.generated.js';

type Kernel = (a: number, o: number, n: number) => void;
/** A listing kernel: writes o, lists the elements left to the scalar port at idx, returns their count. */
type ListingKernel = (a: number, o: number, n: number, idx: number) => number;
/** A binary kernel: o[i] = f(a[i], b[i]); returns flag bits (kernel-specific), ORed over i. */
type Kernel2 = (a: number, b: number, o: number, n: number) => number;

interface FmaExports {
  memory: WebAssembly.Memory;
  BLOCK: WebAssembly.Global;
  inPtr(): number;
  outPtr(): number;
  idxPtr(): number;
  in2Ptr(): number;
  probe(a: number, b: number, c: number): number;
  tanhF64: Kernel;
  tanhF32: Kernel;
  expF32x: ListingKernel;
  powF32: (a: number, o: number, n: number) => number;
  logF32x: ListingKernel;
  sinF32x: ListingKernel;
  cosF32x: ListingKernel;
  expF64x: ListingKernel;
  exp2F64x: ListingKernel;
  logF64x: ListingKernel;
  sinF64x: ListingKernel;
  cosF64x: ListingKernel;
  log1pF64x: ListingKernel;
  expm1F64x: ListingKernel;
  tanhF64x: ListingKernel;
  expF64: Kernel;
  logF64: Kernel;
  sinhF64x: ListingKernel;
  coshF64x: ListingKernel;
  asinhF64x: ListingKernel;
  acoshF64x: ListingKernel;
  atanhF64x: ListingKernel;
  log2F64x: ListingKernel;
  log10F64x: ListingKernel;
  powF64: Kernel2;
  atanF64x: ListingKernel;
  asinF64: Kernel;
  acosF64: Kernel;
  tanF64: Kernel;
  atan2F64: Kernel2;
  cmulF64: Kernel2;
  cmulF32: Kernel2;
  cabsF64: (a: number, o: number, n: number) => number;
  cabsF32: (a: number, o: number, n: number) => number;
}

/** The float64 kernels by name (z[i] = f(x[i])). */
export type F64Kernel = 'tanhF64' | 'expF64' | 'logF64' | 'asinF64' | 'acosF64' | 'tanF64';
/**
 * The binary float64 kernels by name (z[i] = f(x[i], y[i])). powF64 returns the floating-point
 * flags of NumPy's loop (1 invalid, 2 divide-by-zero, 4 overflow); atan2F64 returns 1 if a
 * result underflowed (NumPy's rule: subnormal, or 0 from finite operands with y ≠ 0) and 2 if
 * one is NaN.
 */
export type F64BinaryKernel = 'powF64' | 'atan2F64';
/** The float32 kernels by name. */
export type F32Kernel = 'tanhF32';
/** The float32 listing kernels by name (NumPy's own float32 exp, log, sin, cos). */
export type F32ListingKernel = 'expF32x' | 'logF32x' | 'sinF32x' | 'cosF32x';
/**
 * The float64 listing kernels by name (glibc's exp, exp2, log, sin, cos, atan, log1p, expm1,
 * sinh, cosh, asinh, acosh, atanh, log2, log10 and NumPy's tanh).
 */
export type F64ListingKernel =
  | 'expF64x'
  | 'exp2F64x'
  | 'logF64x'
  | 'sinF64x'
  | 'cosF64x'
  | 'atanF64x'
  | 'log1pF64x'
  | 'expm1F64x'
  | 'sinhF64x'
  | 'coshF64x'
  | 'atanhF64x'
  | 'asinhF64x'
  | 'acoshF64x'
  | 'tanhF64x'
  | 'log2F64x'
  | 'log10F64x';

export class FmaKernels {
  private readonly inP: number;
  private readonly in2P: number;
  private readonly outP: number;
  private readonly block: number;
  private readonly in64: Float64Array;
  private readonly in2_64: Float64Array;
  private readonly out64: Float64Array;
  private readonly in32: Float32Array;
  private readonly in2_32: Float32Array;
  private readonly out32: Float32Array;
  private readonly idxP: number;
  private readonly idx: Int32Array;

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
    this.in2_32 = new Float32Array(buf, this.in2P, 2 * this.block);
    this.out32 = new Float32Array(buf, this.outP, 2 * this.block);
    this.idxP = x.idxPtr();
    this.idx = new Int32Array(buf, this.idxP, 2 * this.block);
  }

  /**
   * The complex product z = x·y over n interleaved complex elements (complex64: f32, float32
   * values in either array type; y may be x, z may be x or y), NumPy's fused-multiply-add
   * loop. A result with a NaN part is rewritten by `fix(k, o, j)` (the scalar port for
   * element k into o[j], o[j + 1]) while x and y still hold that element's inputs.
   * Returns whether a result has a NaN or infinite part.
   */
  cmul(
    f32: boolean,
    x: Float64Array | Float32Array,
    y: Float64Array | Float32Array,
    z: Float64Array | Float32Array,
    n: number,
    fix: (k: number, o: Float64Array | Float32Array, j: number) => void,
  ): boolean {
    const k = f32 ? this.x.cmulF32 : this.x.cmulF64;
    const inA = f32 ? this.in32 : this.in64;
    const inB = f32 ? this.in2_32 : this.in2_64;
    const o = f32 ? this.out32 : this.out64;
    const same = x.buffer === y.buffer && x.byteOffset === y.byteOffset;
    const B = o.length >> 1;
    let nonFinite = false;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      inA.set(x.subarray(2 * s, 2 * (s + m)));
      if (!same) inB.set(y.subarray(2 * s, 2 * (s + m)));
      const bits = k(this.inP, same ? this.inP : this.in2P, this.outP, m);
      if (bits & 2) nonFinite = true;
      if (bits & 1) {
        for (let j = 0; j < 2 * m; j += 2) {
          const re = o[j]!;
          const im = o[j + 1]!;
          if (Number.isNaN(re) || Number.isNaN(im)) fix(s + (j >> 1), o, j);
        }
      }
      z.set(m === B ? o : o.subarray(0, 2 * m), 2 * s);
    }
    return nonFinite;
  }

  /**
   * z[k] = |x[k]| over n interleaved complex elements (NumPy's loop; complex64: f32); whether
   * a result is NaN or inf.
   */
  cabs(
    f32: boolean,
    x: Float64Array | Float32Array,
    z: Float64Array | Float32Array,
    n: number,
  ): boolean {
    let nonFinite = false;
    const k = f32 ? this.x.cabsF32 : this.x.cabsF64;
    const inA = f32 ? this.in32 : this.in64;
    const o = f32 ? this.out32 : this.out64;
    const B = inA.length >> 1;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      inA.set(x.subarray(2 * s, 2 * (s + m)));
      if (k(this.inP, this.outP, m) !== 0) nonFinite = true;
      z.set(o.subarray(0, m), s);
    }
    return nonFinite;
  }

  /**
   * z[i] = f(x[i], y[i]) for i < n with a binary float32 kernel that reads its second operand
   * from the output block (powF32); x, y and z hold float32 values (z may be x or y).
   * Returns the kernel's flag bits ORed over the blocks.
   */
  binaryF32(
    name: 'powF32',
    x: Float32Array | Float64Array,
    y: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
  ): number {
    const k = this.x[name];
    const B = 2 * this.block;
    let flags = 0;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      this.in32.set(s === 0 && m === x.length ? x : x.subarray(s, s + m));
      this.out32.set(s === 0 && m === y.length ? y : y.subarray(s, s + m));
      flags |= k(this.inP, this.outP, m);
      z.set(m === B ? this.out32 : this.out32.subarray(0, m), s);
    }
    return flags;
  }

  /**
   * z[i] = f(x[i]) for i < n over float32 arrays (z may be x) by a listing kernel; the listed
   * elements get the scalar port `f`, and `under(v, y)` judges whether such an input v with
   * stored result y underflowed (the unlisted never do). Returns whether any did, and sets
   * `nonFinite` to whether any result is NaN or ±inf (only listed ones can be).
   */
  listingF32(
    name: F32ListingKernel,
    x: Float32Array,
    z: Float32Array,
    n: number,
    f: (v: number) => number,
    under: ((v: number, y: number) => boolean) | null,
  ): boolean {
    return this.listingChunks(true, name, x, z, n, f, under);
  }

  /** listingF32 for the float64 listing kernels. */
  listingF64(
    name: F64ListingKernel,
    x: Float64Array,
    z: Float64Array,
    n: number,
    f: (v: number) => number,
    under: ((v: number, y: number) => boolean) | null,
  ): boolean {
    return this.listingChunks(false, name, x, z, n, f, under);
  }

  /** listingSplit over chunks of SPLIT_CHUNK elements (flags ORed). */
  private listingChunks(
    f32: boolean,
    name: F32ListingKernel | F64ListingKernel,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
    f: (v: number) => number,
    under: ((v: number, y: number) => boolean) | null,
  ): boolean {
    let underflowed = false;
    let nonFinite = false;
    for (let s = 0; s < n; s += SPLIT_CHUNK) {
      const m = Math.min(SPLIT_CHUNK, n - s);
      if (this.listingSplit(f32, name, part(x, s, m, n), part(z, s, m, n), m, f, under))
        underflowed = true;
      if (this.nonFinite) nonFinite = true;
    }
    this.nonFinite = nonFinite;
    return underflowed;
  }

  /**
   * `listing` with a long call's last part on a worker (fma_parallel.ts): its listed
   * elements come back as indices and get `f` here, as the caller's own do.
   */
  private listingSplit(
    f32: boolean,
    name: F32ListingKernel | F64ListingKernel,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
    f: (v: number) => number,
    under: ((v: number, y: number) => boolean) | null,
  ): boolean {
    const k = this.x[name];
    const inB = f32 ? this.in32 : this.in64;
    const o = f32 ? this.out32 : this.out64;
    const sh = startShare(f32 ? 'listingF32' : 'listingF64', name, x, null, n);
    let underflowed = this.listing(k, inB, o, x, z, ownPart(sh, n), f, under);
    let nonFinite = this.nonFinite;
    if (sh !== null) {
      const xs = sh.xs!;
      if (joinShare(sh, z)) {
        for (let t = 0, cnt = shareListed(sh); t < cnt; t++) {
          const i = sh.h + sh.idx[t]!;
          const v = xs[i - sh.h]!;
          const y = f(v);
          z[i] = y;
          if (y - y !== 0) nonFinite = true;
          if (under !== null && !underflowed && under(v, z[i]!)) underflowed = true;
        }
      } else {
        const part = z.subarray(sh.h, n);
        if (this.listing(k, inB, o, xs, part, n - sh.h, f, under)) underflowed = true;
        if (this.nonFinite) nonFinite = true;
      }
    }
    this.nonFinite = nonFinite;
    return underflowed;
  }

  /**
   * A listing kernel over x[0, n) into z without the scalar port: the listed elements' indices
   * go to `listed` (a worker's part; the caller finishes them). Returns their count.
   */
  listRaw(
    name: string,
    f32: boolean,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
    listed: Int32Array,
  ): number {
    const k = this.x[name as F32ListingKernel | F64ListingKernel];
    const inB = f32 ? this.in32 : this.in64;
    const o = f32 ? this.out32 : this.out64;
    const B = o.length;
    let total = 0;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      inB.set(x.subarray(s, s + m));
      const cnt = k(this.inP, this.outP, m, this.idxP);
      for (let t = 0; t < cnt; t++) listed[total + t] = this.idx[t]! + s;
      total += cnt;
      z.set(m === B ? o : o.subarray(0, m), s);
    }
    return total;
  }

  private listing<T extends Float32Array | Float64Array>(
    k: ListingKernel,
    inB: T,
    o: T,
    x: T,
    z: T,
    n: number,
    f: (v: number) => number,
    under: ((v: number, y: number) => boolean) | null,
  ): boolean {
    const B = o.length;
    let underflowed = false;
    let nonFinite = false;
    for (let s = 0; s < n; s += B) {
      const m = Math.min(B, n - s);
      inB.set(s === 0 && m === x.length ? x : x.subarray(s, s + m));
      const cnt = k(this.inP, this.outP, m, this.idxP);
      // The listed elements: x is still intact here, also when z is x (in place).
      for (let t = 0; t < cnt; t++) {
        const j = this.idx[t]!;
        const v = x[s + j]!;
        const y = f(v);
        o[j] = y;
        if (y - y !== 0) nonFinite = true;
        if (under !== null && !underflowed && under(v, o[j]!)) underflowed = true;
      }
      z.set(m === B ? o : o.subarray(0, m), s);
    }
    this.nonFinite = nonFinite;
    return underflowed;
  }

  /** Whether the last listing call produced NaN or ±inf. */
  nonFinite = false;

  /** z[i] = f(x[i]) for i < n with a float64 kernel (z may be x); long calls on two threads. */
  unaryF64(name: F64Kernel, x: Float64Array, z: Float64Array, n: number): void {
    for (let s = 0; s < n; s += SPLIT_CHUNK) {
      const m = Math.min(SPLIT_CHUNK, n - s);
      this.unaryF64Split(name, part(x, s, m, n), part(z, s, m, n), m);
    }
  }

  private unaryF64Split(name: F64Kernel, x: Float64Array, z: Float64Array, n: number): void {
    const sh = startShare('unaryF64', name, x, null, n);
    this.unaryF64Here(name, x, z, ownPart(sh, n));
    if (sh !== null && !joinShare(sh, z))
      this.unaryF64Here(name, sh.xs as Float64Array, z.subarray(sh.h, n), n - sh.h);
  }

  /** unaryF64 on this thread. */
  unaryF64Here(name: F64Kernel, x: Float64Array, z: Float64Array, n: number): void {
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
    let flags = 0;
    for (let s = 0; s < n; s += SPLIT_CHUNK) {
      const m = Math.min(SPLIT_CHUNK, n - s);
      const xs = typeof x === 'number' ? x : part(x, s, m, n);
      const ys = typeof y === 'number' ? y : part(y, s, m, n);
      flags |= this.binaryF64Split(name, xs, ys, part(z, s, m, n), m);
    }
    return flags;
  }

  private binaryF64Split(
    name: F64BinaryKernel,
    x: Float64Array | number,
    y: Float64Array | number,
    z: Float64Array,
    n: number,
  ): number {
    const sh = startShare('binaryF64', name, x, y, n);
    let flags = this.binaryF64Here(name, x, y, z, ownPart(sh, n));
    if (sh !== null) {
      if (joinShare(sh, z)) flags |= shareFlags(sh);
      else flags |= this.binaryF64Here(name, ...partOperands(sh), z.subarray(sh.h, n), n - sh.h);
    }
    return flags;
  }

  /** binaryF64 on this thread. */
  binaryF64Here(
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

  /**
   * z[i] = f(x[i]) for i < n with a float32 kernel; x and z hold float32 values (either type).
   * Long calls on two threads.
   */
  unaryF32(
    name: F32Kernel,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
  ): void {
    for (let s = 0; s < n; s += SPLIT_CHUNK) {
      const m = Math.min(SPLIT_CHUNK, n - s);
      this.unaryF32Split(name, part(x, s, m, n), part(z, s, m, n), m);
    }
  }

  private unaryF32Split(
    name: F32Kernel,
    x: Float32Array | Float64Array,
    z: Float32Array | Float64Array,
    n: number,
  ): void {
    const sh = startShare('unaryF32', name, x, null, n);
    this.unaryF32Here(name, x, z, ownPart(sh, n));
    if (sh !== null && !joinShare(sh, z))
      this.unaryF32Here(name, sh.xs as Float32Array, z.subarray(sh.h, n), n - sh.h);
  }

  /** unaryF32 on this thread. */
  unaryF32Here(
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

/**
 * Elements per hand-off to a worker: the pool's shared buffer grows to hold the largest part
 * and stays, so long calls go in chunks (a worker's part then needs at most ~40 MB).
 */
const SPLIT_CHUNK = 1 << 22;

/** Elements [s, s + m) of a (all of it when that is the whole call). */
function part<T extends Float32Array | Float64Array>(a: T, s: number, m: number, n: number): T {
  return s === 0 && m === n ? a : (a.subarray(s, s + m) as T);
}

/** A worker's part's binary operands (numbers, or its inputs in shared memory). */
function partOperands(sh: Share): [Float64Array | number, Float64Array | number] {
  return [sh.xNum ?? (sh.xs as Float64Array), sh.yNum ?? (sh.ys as Float64Array)];
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

/** NUMTYPE_NO_FMA=1: never load the module (the other kernels and the JS ports run). */
function envNoFma(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const v = env?.NUMTYPE_NO_FMA;
  return v !== undefined && v !== '' && v !== '0';
}

/** Whether the engine compiles the module; in Node 20, after enabling relaxed SIMD. */
function compiles(): boolean {
  if (envNoFma()) return false;
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
