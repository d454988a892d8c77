/**
 * The WebAssembly SIMD backend: loads the kernel module (assembly/*.ts, embedded by
 * scripts/build-wasm.mjs) once, and streams the caller's arrays through it.
 *
 * Arrays stay in their own garbage-collected ArrayBuffers: wasm code cannot address them, so
 * each kernel call copies cache-sized blocks of the inputs into a fixed scratch region of the
 * module's linear memory (TypedArray.prototype.set, a memcpy), runs the kernel on the block
 * in place and copies the block's results out. The module's memory is fixed in size and never
 * grows, so the views made here never detach, nothing has to be freed, and array sizes are
 * limited only by what the JS engine allows for ArrayBuffers.
 *
 * Loading: `loadSync()` compiles with `new WebAssembly.Module` (fine in Node and workers;
 * Chrome refuses synchronous compiles of modules over 4 KB on the main thread, this one is
 * ~20 KB), `loadAsync()` with `WebAssembly.compile`. Both return null when the engine lacks
 * WebAssembly SIMD (feature-detected with `WebAssembly.validate` on a tiny SIMD module).
 */
import { WASM_BASE64 } from './wasm_bytes.generated.js';

/**
 * A kernel on scratch pointers: binary (a, b, o, n), with a scalar (a, s, o, n), unary (a, o, n).
 * The arithmetic kernels (assembly/arith.ts) return 1 when a result is NaN or ±inf, else 0,
 * which spares the streaming loop a scan of the block; the others return nothing (undefined)
 * and their float results are scanned.
 */
type Flag = number | undefined;
type BinFn = (a: number, b: number, o: number, n: number) => Flag;
type ScalarFn = (a: number, s: number, o: number, n: number) => Flag;
type RScalarFn = (s: number, a: number, o: number, n: number) => Flag;
type I64ScalarFn = (a: number, s: bigint, o: number, n: number) => Flag;
type I64RScalarFn = (s: bigint, a: number, o: number, n: number) => Flag;
type UnFn = (a: number, o: number, n: number) => Flag;
type SumFn = (p: number, n: number) => number;

/** The module's exports (assembly/index.ts). */
export interface KernelExports {
  memory: WebAssembly.Memory;
  scratchBase(): number;
  f64_add: BinFn;
  f64_to_f32: UnFn;
  // assembly/cast_int.ts
  f64_to_i8: UnFn;
  f64_to_i16: UnFn;
  f64_to_i32: UnFn;
  f64_to_u32: UnFn;
  f64_to_i64: UnFn;
  f64_to_u64: UnFn;
  f32_to_i8: UnFn;
  f32_to_i16: UnFn;
  f32_to_i32: UnFn;
  f32_to_u32: UnFn;
  f32_to_i64: UnFn;
  f32_to_u64: UnFn;
  i64_to_f64: UnFn;
  // assembly/bincount.ts
  i64_bincount: (a: number, n: number, t: number, cap: number) => number;
  i64_bincount_w: (a: number, w: number, n: number, t: number, cap: number) => number;
  // assembly/ranges.ts
  f64_arange: (o: number, i0: number, start: number, delta: number, n: number) => void;
  i64_arange: (o: number, first: bigint, delta: bigint, n: number) => void;
  // assembly/around.ts
  f64_round_dec: ScalarFn;
  f32_round_dec: ScalarFn;
  f64_sub: BinFn;
  f64_mul: BinFn;
  f64_div: BinFn;
  /** complex128 / complex128 over interleaved lanes (assembly/complex.ts). */
  c128_div: BinFn;
  c64_div: BinFn;
  f64_add_s: ScalarFn;
  f64_sub_s: ScalarFn;
  f64_mul_s: ScalarFn;
  f64_div_s: ScalarFn;
  f64_s_add: RScalarFn;
  f64_s_sub: RScalarFn;
  f64_s_mul: RScalarFn;
  f64_s_div: RScalarFn;
  f64_neg: UnFn;
  f64_conj: UnFn;
  f64_abs: UnFn;
  f64_sqrt: UnFn;
  f64_exp: UnFn;
  f64_log: UnFn;
  f64_sin: UnFn;
  f64_cos: UnFn;
  f64_pairwise: SumFn;
  f32_add: BinFn;
  f32_sub: BinFn;
  f32_mul: BinFn;
  f32_div: BinFn;
  f32_add_s: ScalarFn;
  f32_sub_s: ScalarFn;
  f32_mul_s: ScalarFn;
  f32_div_s: ScalarFn;
  f32_s_add: RScalarFn;
  f32_s_sub: RScalarFn;
  f32_s_mul: RScalarFn;
  f32_s_div: RScalarFn;
  f32_neg: UnFn;
  f32_conj: UnFn;
  f32_abs: UnFn;
  f32_sqrt: UnFn;
  f32_exp: UnFn;
  f32_log: UnFn;
  f32_sin: UnFn;
  f32_cos: UnFn;
  f32_pairwise: SumFn;
  i64_add: BinFn;
  i64_add_s: I64ScalarFn;
  i64_sub: BinFn;
  i64_sub_s: I64ScalarFn;
  i64_s_sub: I64RScalarFn;
  i64_mul: BinFn;
  i64_mul_s: I64ScalarFn;
  f64_nonfinite: (p: number, n: number) => number;
  /** NumPy's complex pairwise sum of n interleaved floats at p, (re, im) stored at o. */
  c128_pairwise: (p: number, n: number, o: number) => void;
  c64_pairwise: (p: number, n: number, o: number) => void;
  /** Pairwise sum of (x − mean)² over n doubles at p (np.var's second pass). */
  f64_pairwise_sqdev: (p: number, n: number, mean: number) => number;
  /** np.where on 8-byte elements (assembly/select.ts). */
  select64: (c: number, x: number, y: number, o: number, n: number) => void;
  select64s: (c: number, x: number, s: bigint, o: number, n: number) => void;
  select64sv: (c: number, s: bigint, y: number, o: number, n: number) => void;
  /** o[k] = s[k·step] for 8- and 4-byte elements (assembly/select.ts): (s, step, o, n). */
  gather64: (s: number, step: number, o: number, n: number) => void;
  gather32: (s: number, step: number, o: number, n: number) => void;
  /** acc[j] += x[r·n + j] over rows r (assembly/reduce.ts): (acc, x, rows, n). */
  f64_addrows: (acc: number, x: number, rows: number, n: number) => void;
  i64_addrows: (acc: number, x: number, rows: number, n: number) => void;
  f32_addrows: (acc: number, x: number, rows: number, n: number) => void;
  f64_maxrows: (acc: number, x: number, rows: number, n: number) => void;
  /** acc[j] &= x[r·n + j] (or |=) over rows r on bytes (np.all / np.any over an outer axis). */
  u8_androws: (acc: number, x: number, rows: number, n: number) => void;
  u8_orrows: (acc: number, x: number, rows: number, n: number) => void;
  f64_sqdevrows: (acc: number, x: number, m: number, rows: number, n: number) => void;
  nonzero_positions: (m: number, n: number, base: bigint, o: number) => number;
  f64_minrows: (acc: number, x: number, rows: number, n: number) => void;
  f32_maxrows: (acc: number, x: number, rows: number, n: number) => void;
  f32_minrows: (acc: number, x: number, rows: number, n: number) => void;
  f32_nonfinite: (p: number, n: number) => number;
  /** FFT pass of radix 2..5 (assembly/fft.ts): (ido, l1, lanes, cc, ch, tw, fwd). */
  fft_pass2: FftPassFn;
  fft_pass3: FftPassFn;
  fft_pass4: FftPassFn;
  fft_pass5: FftPassFn;
  fft_r2c_unpack: (z: number, x: number, w: number, h: number, lanes: number) => void;
  fft_interleave: (src: number, dst: number, lanes: number, m: number, stride: number) => void;
  fft_deinterleave: (src: number, dst: number, lanes: number, m: number, stride: number) => void;
  fft_c2r_pack: (a: number, b: number, w: number, h: number) => void;
}

/** Comparisons to 0/1 bytes (assembly/compare.ts): `f64_gt(a, b, o, n)`, `f64_gt_s(a, s, o, n)`, … */
type CompareExports = { [K in `${'f64' | 'f32'}_${CmpOp}`]: BinFn } & {
  [K in `${'f64' | 'f32'}_${CmpOp}_s`]: ScalarFn;
};

/** The comparison kernels' operations (NumPy's equal … greater_equal). */
/** The comparisons; 'alt' is |a| < b and 'aeq' is |a| == b (isfinite and isinf against inf). */
export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'alt' | 'aeq';

type FftPassFn = (
  ido: number,
  l1: number,
  lanes: number,
  cc: number,
  ch: number,
  tw: number,
  fwd: boolean,
) => void;

/** Typed arrays the streaming helpers handle. */
type Arr = Float64Array | Float32Array | BigInt64Array | Int32Array;
/** The element types a cast streams (`convert`). */
type CastArr = Arr | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

/**
 * Default block size in bytes: kernels stream blocks of this many bytes per operand (2048
 * float64 / 4096 float32). Measured on 1e6 elements (bench/experiments.mjs, "block size"):
 * 1-4 KiB blocks pay too much per-block overhead (subarray, set, call: ~100 ns each block),
 * 8-64 KiB are equal within noise, beyond that blocks fall out of L1/L2. 16 KiB: two operand
 * blocks in L1, and sums split into the fewest pieces.
 */
export const DEFAULT_BLOCK_BYTES = 16384;
/** Largest block size setBlockBytes accepts (two operand blocks must fit the scratch region). */
export const MAX_BLOCK_BYTES = 256 * 1024;

/** Bytes at the top of the module's memory that outlive a call (the FFT's twiddle tables). */
export const PERSISTENT_BYTES = 512 * 1024;

/** A loaded module plus the views and scratch layout the streaming helpers use. */
export class WasmKernels {
  readonly ex: KernelExports & CompareExports;
  readonly f64: Float64Array;
  readonly f32: Float32Array;
  readonly i64: BigInt64Array;
  /** The module's memory as int32 (cast results). */
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  /** Byte address of scratch block A (block B follows it). */
  readonly base: number;
  /**
   * End of the scratch region [base, scratchEnd) that kernels may use during a call. Above
   * it, the FFT keeps the twiddle tables of its last plan between calls (src/fft/wasm_plan.ts).
   */
  readonly scratchEnd: number;
  blockBytes = 0;
  /**
   * Since the last beginCall (kernels/index.ts): whether the float outputs of the streamed
   * calls held NaN or ±inf (scanned by SIMD while each block was still in scratch), or null
   * when no call streamed floats.
   * The ufunc engine reads it to skip its own floating-point-error scan.
   */
  sawNonFinite: boolean | null = null;
  /** Byte address of scratch block B. */
  pb = 0;
  /**
   * Bytes of one operand per pass of `binary` (two such pieces at base) and twice that for
   * `unary` and `scalar` (one piece): 2·blockBytes, capped by the scratch region. Fewer
   * passes spend less in calls and views; the copies through scratch dominate, so the gain
   * is small (16 MB in and out, CPU time: conj ~1.09 -> ~1.07 ms, a*3 ~1.12 -> ~1.04 ms).
   */
  private streamBytes = 0;
  private streamF64!: Float64Array;
  private streamF32!: Float32Array;
  private streamI64!: BigInt64Array;
  /** The first streamBytes of scratch (a whole operand piece of `binary`). */
  private halfF64!: Float64Array;
  private halfF32!: Float32Array;
  private halfI64!: BigInt64Array;

  constructor(instance: WebAssembly.Instance) {
    this.ex = instance.exports as unknown as KernelExports & CompareExports;
    const buf = this.ex.memory.buffer;
    this.f64 = new Float64Array(buf);
    this.f32 = new Float32Array(buf);
    this.i64 = new BigInt64Array(buf);
    this.i32 = new Int32Array(buf);
    this.u8 = new Uint8Array(buf);
    this.base = this.ex.scratchBase();
    this.scratchEnd = buf.byteLength - PERSISTENT_BYTES;
    this.setBlockBytes(DEFAULT_BLOCK_BYTES);
  }

  /** Change the streaming block size (a multiple of 64 bytes, at most MAX_BLOCK_BYTES). */
  setBlockBytes(bytes: number): void {
    if (!(bytes >= 128 * 8 && bytes <= MAX_BLOCK_BYTES && bytes % 64 === 0)) {
      throw new RangeError(`block size must be a multiple of 64 in [1024, ${MAX_BLOCK_BYTES}]`);
    }
    if (this.base + 2 * bytes + 64 > this.scratchEnd) {
      throw new RangeError('block size too large for the kernel module memory');
    }
    this.blockBytes = bytes;
    this.pb = this.base + bytes;
    const sb = Math.min(2 * bytes, ((this.scratchEnd - this.base - 64) >> 8) << 6);
    this.streamBytes = sb;
    this.streamF64 = this.f64.subarray(this.base / 8, (this.base + 2 * sb) / 8);
    this.streamF32 = this.f32.subarray(this.base / 4, (this.base + 2 * sb) / 4);
    this.streamI64 = this.i64.subarray(this.base / 8, (this.base + 2 * sb) / 8);
    this.halfF64 = this.streamF64.subarray(0, sb / 8);
    this.halfF32 = this.streamF32.subarray(0, sb / 4);
    this.halfI64 = this.streamI64.subarray(0, sb / 8);
  }

  /**
   * A streaming call starts: float results will be scanned (a NaN or ±inf seen by an earlier
   * call since beginCall stays seen, so a caller may run many calls and ask once), integer
   * results are not.
   */
  private noteCall(view: Arr): void {
    if (view === this.i64) this.sawNonFinite = null;
    else if (this.sawNonFinite === null) this.sawNonFinite = false;
  }

  /**
   * Account for the m results at pa (float views only) in sawNonFinite: from the kernel's
   * returned flag when it gives one, else by scanning them.
   */
  private scan(view: Arr, pa: number, m: number, flag: Flag = undefined): void {
    if (flag !== undefined) {
      if (flag !== 0 && view !== this.i64) this.sawNonFinite = true;
    } else if (view === this.f64) {
      if (this.ex.f64_nonfinite(pa, m)) this.sawNonFinite = true;
    } else if (view === this.f32) {
      if (this.ex.f32_nonfinite(pa, m)) this.sawNonFinite = true;
    }
  }

  /** The first 2·streamBytes of scratch as `view`'s type (a whole pass of `unary`). */
  private stream(view: Arr): Arr {
    return view === this.f64 ? this.streamF64 : view === this.f32 ? this.streamF32 : this.streamI64;
  }

  /**
   * Whether the float64 / float32 `a` holds a NaN or ±inf, streamed through scratch and
   * scanned by SIMD (a JS loop took 0.65 ms on 1e6 doubles); stops at the first block with
   * one. Leaves sawNonFinite alone.
   */
  anyNonFinite(view: Float64Array | Float32Array, a: Float64Array | Float32Array): boolean {
    const size = view.BYTES_PER_ELEMENT;
    const blk = this.stream(view).length;
    const pa = this.base;
    const scan = view === this.f64 ? this.ex.f64_nonfinite : this.ex.f32_nonfinite;
    for (let i = 0; i < a.length; i += blk) {
      const m = Math.min(a.length - i, blk);
      (view as Float64Array).set(a.subarray(i, i + m) as Float64Array, pa / size);
      if (scan(pa, m)) return true;
    }
    return false;
  }

  /** out = kern(a, b) over out.length elements, streamed through scratch blocks A and B. */
  binary(kern: BinFn, view: Arr, a: Arr, b: Arr, out: Arr): void {
    this.noteCall(view);
    const n = out.length;
    const size = view.BYTES_PER_ELEMENT;
    const blk = this.streamBytes / size;
    const pa = this.base;
    const pb = this.base + this.streamBytes;
    const ia = pa / size;
    const ib = pb / size;
    const full = view === this.f64 ? this.halfF64 : view === this.f32 ? this.halfF32 : this.halfI64;
    // x op x (a + a, a * a): one copy in, both operands read from block A.
    const same = sameStart(a, b);
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      (view as Float64Array).set(
        (i === 0 && m === a.length ? a : a.subarray(i, i + m)) as Float64Array,
        ia,
      );
      if (!same)
        (view as Float64Array).set(
          (i === 0 && m === b.length ? b : b.subarray(i, i + m)) as Float64Array,
          ib,
        );
      this.scan(view, pa, m, kern(pa, same ? pa : pb, pa, m));
      (out as Float64Array).set((m === blk ? full : view.subarray(ia, ia + m)) as Float64Array, i);
    }
  }

  /** out = kern(a, s) (or kern(s, a) for the reflected kernels) over out.length elements. */
  scalar(
    kern: ScalarFn | RScalarFn | I64ScalarFn | I64RScalarFn,
    reflected: boolean,
    view: Arr,
    a: Arr,
    s: number | bigint,
    out: Arr,
  ): void {
    this.noteCall(view);
    const n = out.length;
    const size = view.BYTES_PER_ELEMENT;
    const full = this.stream(view);
    const blk = full.length;
    const pa = this.base;
    const ia = pa / size;
    const k = kern as (x: unknown, y: unknown, o: number, n: number) => Flag;
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      (view as Float64Array).set(
        (i === 0 && m === a.length ? a : a.subarray(i, i + m)) as Float64Array,
        ia,
      );
      this.scan(view, pa, m, reflected ? k(s, pa, pa, m) : k(pa, s, pa, m));
      (out as Float64Array).set((m === blk ? full : view.subarray(ia, ia + m)) as Float64Array, i);
    }
  }

  /** out = kern(a) over out.length elements. */
  unary(kern: UnFn, view: Arr, a: Arr, out: Arr): void {
    this.noteCall(view);
    const n = out.length;
    const size = view.BYTES_PER_ELEMENT;
    const full = this.stream(view);
    const blk = full.length;
    const pa = this.base;
    const ia = pa / size;
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      (view as Float64Array).set(
        (i === 0 && m === a.length ? a : a.subarray(i, i + m)) as Float64Array,
        ia,
      );
      this.scan(view, pa, m, kern(pa, pa, m));
      (out as Float64Array).set((m === blk ? full : view.subarray(ia, ia + m)) as Float64Array, i);
    }
  }

  /**
   * out = kern(a) for a conversion between element types (assembly/cast.ts): a streamed
   * through scratch as `inView`'s type, the kernel's results after it as `outView`'s.
   * Returns whether any block's kernel reported an invalid input.
   */
  convert<I extends CastArr, O extends CastArr>(
    kern: UnFn,
    inView: I,
    outView: O,
    a: I,
    out: O,
  ): boolean {
    const n = out.length;
    // Pieces of four blocks (input at A, output after it): a cast is cheap per element, so
    // the per-piece calls and views weigh (f64 → f32 of 1e6: 565 -> ~300 µs with 4x pieces).
    const piece = Math.min(4 * this.blockBytes, ((this.scratchEnd - this.base) >> 7) << 6);
    const blk = piece / Math.max(inView.BYTES_PER_ELEMENT, outView.BYTES_PER_ELEMENT);
    const ia = this.base / inView.BYTES_PER_ELEMENT;
    const ob = (this.base + piece) / outView.BYTES_PER_ELEMENT;
    const po = this.base + piece;
    let invalid = false;
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      (inView as Float64Array).set(
        (i === 0 && m === a.length ? a : a.subarray(i, i + m)) as Float64Array,
        ia,
      );
      if (kern(this.base, po, m)) invalid = true;
      (out as Float64Array).set(outView.subarray(ob, ob + m) as Float64Array, i);
    }
    return invalid;
  }

  /**
   * out[i] = a[i] op b[i] as 0/1 bytes (b a number: a[i] op b), streamed like `binary`; the
   * kernel writes the bytes over block A. Comparisons raise no floating-point errors.
   */
  compare(
    op: CmpOp,
    view: Float64Array | Float32Array,
    a: Float64Array | Float32Array,
    b: Float64Array | Float32Array | number,
    out: Uint8Array,
  ): void {
    const t = view === this.f64 ? 'f64' : 'f32';
    const n = out.length;
    const size = view.BYTES_PER_ELEMENT;
    const blk = this.blockBytes / size;
    const pa = this.base;
    const pb = this.pb;
    const ia = pa / size;
    const ib = pb / size;
    const vv = typeof b !== 'number';
    const kern = vv ? this.ex[`${t}_${op}`] : this.ex[`${t}_${op}_s`];
    const same = vv && sameStart(a, b as Arr);
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      (view as Float64Array).set(
        (i === 0 && m === a.length ? a : a.subarray(i, i + m)) as Float64Array,
        ia,
      );
      if (vv) {
        if (!same)
          (view as Float64Array).set(
            (i === 0 && m === b.length ? b : b.subarray(i, i + m)) as Float64Array,
            ib,
          );
        kern(pa, same ? pa : pb, pa, m);
      } else (kern as unknown as ScalarFn)(pa, b, pa, m);
      out.set(this.u8.subarray(pa, pa + m), i);
    }
  }

  /**
   * dst[di + k] = src[si + k·step] for k < n (step ≠ 0; 8- or 4-byte elements, bits copied):
   * a strided read as one memcpy of the span the elements lie in plus a wasm gather, where a
   * JS loop costs ~4 ns an element. `view` is a view of this module's memory of src's type.
   */
  gatherStrided(
    view: Arr | Int32Array | Uint32Array | BigUint64Array,
    src: Arr | Int32Array | Uint32Array | BigUint64Array,
    si: number,
    step: number,
    n: number,
    dst: Arr | Int32Array | Uint32Array | BigUint64Array,
    di: number,
  ): void {
    const size = view.BYTES_PER_ELEMENT;
    const kern = size === 8 ? this.ex.gather64 : this.ex.gather32;
    const ia = this.base / size;
    const ps = this.pb;
    const is = ps / size;
    const abs = Math.abs(step);
    // Elements per chunk: the output fits block A, the span the rest of the scratch region.
    const per = Math.max(
      1,
      Math.min(this.blockBytes / size, Math.floor(((this.scratchEnd - ps) / size - 1) / abs) + 1),
    );
    const v = view as Float64Array;
    for (let k = 0; k < n; k += per) {
      const m = Math.min(per, n - k);
      const first = si + k * step;
      const last = first + (m - 1) * step;
      const lo = step > 0 ? first : last;
      v.set((src as Float64Array).subarray(lo, lo + (m - 1) * abs + 1), is);
      kern(ps + (first - lo) * size, step, this.base, m);
      (dst as Float64Array).set(v.subarray(ia, ia + m), di + k);
    }
  }

  /**
   * NumPy's complex pairwise sum of the n floats a[lo .. lo + n) (n/2 interleaved complex
   * numbers, n even) into `sum`, split as the complex loop splits (assembly/reduce_complex.ts)
   * so that a piece handed to the kernel is one of NumPy's subtrees.
   */
  cpairwise(
    a: Float64Array | Float32Array,
    lo: number,
    n: number,
    sum: { re: number; im: number },
  ): void {
    const f32 = a instanceof Float32Array;
    const view = f32 ? this.f32 : this.f64;
    if (n * view.BYTES_PER_ELEMENT <= 4 * this.blockBytes) {
      const i = this.base / view.BYTES_PER_ELEMENT;
      (view as Float64Array).set(
        (lo === 0 && n === a.length ? a : a.subarray(lo, lo + n)) as Float64Array,
        i,
      );
      (f32 ? this.ex.c64_pairwise : this.ex.c128_pairwise)(this.base, n, this.base);
      sum.re = view[i]!;
      sum.im = view[i + 1]!;
      return;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    this.cpairwise(a, lo, n2, sum);
    const re = sum.re;
    const im = sum.im;
    this.cpairwise(a, lo + n2, n - n2, sum);
    sum.re = f32 ? Math.fround(re + sum.re) : re + sum.re;
    sum.im = f32 ? Math.fround(im + sum.im) : im + sum.im;
  }

  /** NumPy's pairwise sum of (a[i] − mean)² over a[lo .. lo + n), split as `pairwise` splits. */
  pairwiseSqDev(a: Float64Array, lo: number, n: number, mean: number): number {
    if (n * 8 <= this.blockBytes) {
      this.f64.set(lo === 0 && n === a.length ? a : a.subarray(lo, lo + n), this.base / 8);
      return this.ex.f64_pairwise_sqdev(this.base, n, mean);
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return this.pairwiseSqDev(a, lo, n2, mean) + this.pairwiseSqDev(a, lo + n2, n - n2, mean);
  }

  /**
   * out[i] = c[i] ? x[i] : y[i] for 8-byte elements given as BigInt64Array views (bits are
   * copied, never converted); x or y may be one element's bits instead (a broadcast scalar).
   */
  select64(
    c: Uint8Array,
    x: BigInt64Array | bigint,
    y: BigInt64Array | bigint,
    out: BigInt64Array,
  ): void {
    const n = out.length;
    const blk = this.blockBytes / 8;
    const pa = this.base;
    const pb = this.pb;
    const pc = this.pb + this.blockBytes;
    const v = this.i64;
    for (let i = 0; i < n; i += blk) {
      const m = Math.min(n - i, blk);
      this.u8.set(c.subarray(i, i + m), pc);
      if (typeof x !== 'bigint') v.set(x.subarray(i, i + m), pa / 8);
      if (typeof y !== 'bigint') v.set(y.subarray(i, i + m), pb / 8);
      if (typeof x === 'bigint') {
        if (typeof y === 'bigint') throw new RangeError('select64: one operand must be an array');
        this.ex.select64sv(pc, x, pb, pa, m);
      } else if (typeof y === 'bigint') this.ex.select64s(pc, pa, y, pa, m);
      else this.ex.select64(pc, pa, pb, pa, m);
      out.set(v.subarray(pa / 8, pa / 8 + m), i);
    }
  }

  /**
   * acc[ao + j] += x[xo + r·rs + j] for the rows r < rows in order, j < n (np.sum over an outer
   * axis; float32: rounded at each step; int64 / uint64 through the i64 view: wrapping;
   * op 'and' / 'or' on 0/1 bool bytes through the u8 view: np.all / np.any). A
   * float32 x with a float64 view and acc is widened as it is copied. Columns go in tiles of
   * one block whose accumulator stays in scratch while batches of rows (8 blocks, so that a
   * batch stays in L2 while the kernel reads it) stream past it.
   */
  addRows(
    view: Arr | Uint8Array,
    acc: Arr | BigUint64Array | Uint8Array,
    ao: number,
    x: Arr | BigUint64Array | Uint8Array,
    xo: number,
    rs: number,
    n: number,
    rows: number,
    op: 'add' | 'max' | 'min' | 'and' | 'or' = 'add',
  ): void {
    const big = view === this.i64;
    const size = view.BYTES_PER_ELEMENT;
    const f64 = view === this.f64;
    const kern =
      op === 'and'
        ? this.ex.u8_androws
        : op === 'or'
          ? this.ex.u8_orrows
          : big
            ? this.ex.i64_addrows
            : op === 'max'
              ? f64
                ? this.ex.f64_maxrows
                : this.ex.f32_maxrows
              : op === 'min'
                ? f64
                  ? this.ex.f64_minrows
                  : this.ex.f32_minrows
                : f64
                  ? this.ex.f64_addrows
                  : this.ex.f32_addrows;
    // Typed as one array type for the copies; int64 and uint64 share the same bits.
    const v = view as Float64Array;
    const src = (big ? asI64(x as BigInt64Array) : x) as Float64Array;
    const dst = (big ? asI64(acc as BigInt64Array) : acc) as Float64Array;
    const tile = Math.min(n, this.blockBytes / size);
    // The kernel's last vector may spill one vector past a row.
    const stage = this.base + ((tile * size + 64 + 63) & ~63);
    const per = Math.max(1, Math.floor((8 * this.blockBytes) / (tile * size)));
    const ia = this.base / size;
    const is = stage / size;
    for (let c0 = 0; c0 < n; c0 += tile) {
      const w = Math.min(tile, n - c0);
      v.set(dst.subarray(ao + c0, ao + c0 + w), ia);
      for (let r0 = 0; r0 < rows; r0 += per) {
        const k = Math.min(per, rows - r0);
        const p = xo + r0 * rs + c0;
        // Whole rows back to back are one copy; otherwise one copy per row piece.
        if (rs === w) v.set(src.subarray(p, p + k * w), is);
        else
          for (let r = 0; r < k; r++) v.set(src.subarray(p + r * rs, p + r * rs + w), is + r * w);
        kern(this.base, stage, k, w);
      }
      dst.set(v.subarray(ia, ia + w), ao + c0);
    }
  }

  /**
   * The positions of mask's nonzero bytes as int64 into out (which has room for them all):
   * blocks of the mask streamed through scratch, the kernel writing each block's positions
   * after it. Returns their count.
   */
  nonzeroPositions(mask: Uint8Array, out: BigInt64Array): number {
    const blk = this.blockBytes;
    const po = this.base + blk;
    let k = 0;
    for (let s = 0; s < mask.length; s += blk) {
      const m = Math.min(blk, mask.length - s);
      this.u8.set(mask.subarray(s, s + m), this.base);
      const c = this.ex.nonzero_positions(this.base, m, BigInt(s), po);
      out.set(this.i64.subarray(po / 8, po / 8 + c), k);
      k += c;
    }
    return k;
  }

  /**
   * acc[ao + j] += (x[xo + r·rs + j] − mean[mo + j])² for r < rows, j < n (float64), each
   * step rounded (np.var over axis 0): acc and mean tiles staged in scratch, rows streamed
   * through in chunks as in addRows.
   */
  sqDevRows(
    acc: Float64Array,
    ao: number,
    x: Float64Array,
    xo: number,
    rs: number,
    n: number,
    rows: number,
    mean: Float64Array,
    mo: number,
  ): void {
    const v = this.f64;
    const tile = Math.min(n, this.blockBytes / 8);
    // acc tile, mean tile (each with a padding vector), then the rows
    const pm = this.base + ((tile * 8 + 64 + 63) & ~63);
    const stage = pm + ((tile * 8 + 64 + 63) & ~63);
    const per = Math.max(1, Math.floor((8 * this.blockBytes) / (tile * 8)));
    const ia = this.base / 8;
    const im = pm / 8;
    const is = stage / 8;
    for (let c0 = 0; c0 < n; c0 += tile) {
      const w = Math.min(tile, n - c0);
      v.set(acc.subarray(ao + c0, ao + c0 + w), ia);
      v.set(mean.subarray(mo + c0, mo + c0 + w), im);
      for (let r0 = 0; r0 < rows; r0 += per) {
        const k = Math.min(per, rows - r0);
        const p = xo + r0 * rs + c0;
        if (rs === w) v.set(x.subarray(p, p + k * w), is);
        else for (let r = 0; r < k; r++) v.set(x.subarray(p + r * rs, p + r * rs + w), is + r * w);
        this.ex.f64_sqdevrows(this.base, stage, pm, k, w);
      }
      acc.set(v.subarray(ia, ia + w), ao + c0);
    }
  }

  /**
   * NumPy's pairwise sum of a[lo .. lo + n). The pairwise recursion is split here, exactly as
   * NumPy splits it, until a piece fits four blocks (64 KiB by default: such copies ran ~15%
   * faster than 16 KiB ones); the module sums each piece with the same recursion. A float32 a
   * with the float64 view is widened as it is copied (NumPy's cast buffer). Pieces are combined
   * with float64 (f32 = false) or float32 additions.
   */
  pairwise(
    view: Float64Array | Float32Array,
    a: Float64Array | Float32Array,
    lo: number,
    n: number,
    f32: boolean,
  ): number {
    const size = view.BYTES_PER_ELEMENT;
    if (n * size <= 4 * this.blockBytes) {
      (view as Float64Array).set(
        (lo === 0 && n === a.length ? a : a.subarray(lo, lo + n)) as Float64Array,
        this.base / size,
      );
      return view === this.f32
        ? this.ex.f32_pairwise(this.base, n)
        : this.ex.f64_pairwise(this.base, n);
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    const s = this.pairwise(view, a, lo, n2, f32) + this.pairwise(view, a, lo + n2, n - n2, f32);
    return f32 ? Math.fround(s) : s;
  }
}

/** The same 64-bit integers seen as int64 (uint64 sums have the same bits). */
export function asI64(x: BigInt64Array | BigUint64Array): BigInt64Array {
  return x instanceof BigInt64Array ? x : new BigInt64Array(x.buffer, x.byteOffset, x.length);
}

/** Whether two views of one element type start at the same byte (their first elements coincide). */
function sameStart(a: Arr, b: Arr): boolean {
  return a === b || (a.buffer === b.buffer && a.byteOffset === b.byteOffset);
}

/** A minimal module using a v128 instruction: (func (result v128) v128.const 0). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
]);

/** Whether this engine supports WebAssembly with fixed-width SIMD. */
export function simdSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** base64 to bytes without Buffer (atob is in browsers and Node >= 16). */
export function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let moduleCache: WebAssembly.Module | undefined;
let instanceCache: WasmKernels | undefined;

/**
 * The kernels, compiled and instantiated synchronously on first call (one instance per
 * process); null without SIMD or where a synchronous compile is refused.
 */
export function loadSync(): WasmKernels | null {
  if (instanceCache !== undefined) return instanceCache;
  if (!simdSupported()) return null;
  try {
    moduleCache ??= new WebAssembly.Module(decodeBase64(WASM_BASE64) as Uint8Array<ArrayBuffer>);
    instanceCache = new WasmKernels(new WebAssembly.Instance(moduleCache, {}));
    return instanceCache;
  } catch {
    return null;
  }
}

/** The kernels, compiled and instantiated asynchronously (browsers' main thread); null without SIMD. */
export async function loadAsync(): Promise<WasmKernels | null> {
  if (instanceCache !== undefined) return instanceCache;
  if (!simdSupported()) return null;
  moduleCache ??= await WebAssembly.compile(decodeBase64(WASM_BASE64) as Uint8Array<ArrayBuffer>);
  instanceCache ??= new WasmKernels(await WebAssembly.instantiate(moduleCache, {}));
  return instanceCache;
}
