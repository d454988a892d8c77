/**
 * The line transforms of src/fft/lines.ts on the WebAssembly SIMD backend: the butterflies
 * of assembly/fft.ts run on buffers inside the kernel module's memory, so transformAxis
 * gathers lines straight into wasm memory and scatters results straight out of it.
 *
 * Memory: the kernel module's memory is fixed (scripts/build-wasm.mjs). Above its scratch
 * region (WasmKernels.scratchEnd) the twiddles of the last plan used are kept (no other
 * kernel writes there, so they stay valid between calls); the scratch region is the FFT's
 * data area for the duration of one transformAxis call (the element-wise and GEMM kernels
 * use the same bytes between calls, never during one).
 *
 * Lengths whose factors are all 2, 3, 5 up to MAX_PLAN take this path, the rest (generic
 * radix passes, Bluestein) stay in JS; both compute the same operations in the same order.
 *
 * With the strided passes (assembly/fft_strided.ts) a plan's first pass reads lines where
 * transformAxis staged them and its last pass writes them back there: rows need no
 * interleaving copies, and columns (lanes) are transformed in place a few at a time through
 * two small buffers, so that the staged block can take most of the data area (longer row
 * pieces per copy, as NumPy's pocketfft copies vlen columns into a small buffer).
 */
import { wasmKernels } from '../_core/kernels/index.js';
import type { KernelExports, WasmKernels } from '../_core/kernels/wasm.js';
import { factorize, sincos } from './cplan.js';
import { hermitianFull, type LineOp, realParts, realToComplex, twiddlesFor } from './lines.js';

/** Largest complex plan length: its twiddles (< n of them, 32 bytes each) fill TW_BYTES. */
const MAX_PLAN = 8192;
const TW_BYTES = 32 * MAX_PLAN;
/** exp(-2πi k/2h) for k ≤ h of the current real transform, 16 bytes each. */
const HALF_BYTES = 16 * (MAX_PLAN + 1);

/** The strided passes of assembly/fft_strided.ts (absent from modules built before them). */
interface StridedExports {
  fft_pass2s: StridedPass;
  fft_pass3s: StridedPass;
  fft_pass4s: StridedPass;
  fft_pass5s: StridedPass;
  fft_r2c_unpack_s: (
    z: number,
    x: number,
    w: number,
    h: number,
    lanes: number,
    oe: number,
    ol: number,
  ) => void;
}
type StridedPass = (
  ido: number,
  l1: number,
  lanes: number,
  cc: number,
  ch: number,
  tw: number,
  fwd: boolean,
  ie: number,
  il: number,
  oe: number,
  ol: number,
) => void;

interface Region {
  k: WasmKernels;
  ex: KernelExports;
  /** Byte addresses of the twiddle areas and of the data area [data, dataEnd). */
  tw: number;
  half: number;
  data: number;
  dataEnd: number;
  /** The strided passes, when the module has them. */
  sx: StridedExports | null;
}

let region: Region | null = null;
let loadedPlan: WasmPlan | null = null;
let loadedHalf = 0;

function getRegion(): Region | null {
  const k = wasmKernels();
  if (k === null) return null;
  if (region === null || region.k !== k) {
    // the persistent area above scratchEnd: twiddles at the very top, half-twiddles below
    const tw = k.ex.memory.buffer.byteLength - TW_BYTES;
    const half = (tw - HALF_BYTES) & ~63;
    if (half < k.scratchEnd) throw new Error('fft: the kernel memory has no room for twiddles');
    const sx = k.ex as unknown as Partial<StridedExports>;
    const strided =
      typeof sx.fft_pass5s === 'function' && typeof sx.fft_r2c_unpack_s === 'function';
    region = {
      k,
      ex: k.ex,
      tw,
      half,
      data: (k.base + 63) & ~63,
      dataEnd: k.scratchEnd,
      sx: strided ? (sx as StridedExports) : null,
    };
    loadedPlan = null;
    loadedHalf = 0;
  }
  return region;
}

interface WasmPass {
  ip: number;
  l1: number;
  ido: number;
  /** Byte offset of this pass's twiddles from the twiddle area's start. */
  twOff: number;
}

/** A mixed-radix plan (factors 2, 3, 4, 5) whose twiddles live in the module's memory. */
class WasmPlan {
  readonly passes: WasmPass[] = [];
  /** (wr, wr, -wi, wi) per forward twiddle, all passes in order. */
  private readonly tw: Float64Array;

  constructor(readonly n: number) {
    let l1 = 1;
    let count = 0;
    const factors = factorize(n);
    for (const ip of factors) {
      const ido = n / (l1 * ip);
      this.passes.push({ ip, l1, ido, twOff: 32 * count });
      count += (ip - 1) * Math.max(ido - 1, 0);
      l1 *= ip;
    }
    this.tw = new Float64Array(4 * count);
    for (const p of this.passes) {
      let at = p.twOff / 8;
      for (let j = 1; j < p.ip; j++) {
        for (let i = 1; i < p.ido; i++, at += 4) {
          const [c, s] = sincos(j * p.l1 * i, n);
          // forward twiddle (c, -s): stored as (wr, wr, -wi, wi)
          this.tw[at] = c;
          this.tw[at + 1] = c;
          this.tw[at + 2] = s;
          this.tw[at + 3] = -s;
        }
      }
    }
  }

  /** Put this plan's twiddles in the twiddle area (once, until another plan replaces them). */
  load(r: Region): void {
    if (loadedPlan === this) return;
    r.k.f64.set(this.tw, r.tw / 8);
    loadedPlan = this;
  }

  /**
   * Transform `lanes` sequences read at byte address src (element e of lane l at
   * src + e·ie + l·il) through the interleaved buffers t1 and t2 (lanes·n complex each).
   * The last pass writes to dst (element e of lane l at dst + e·oe + l·ol) when dst ≥ 0,
   * which needs at least two passes when dst overlaps src; with dst < 0 the result stays
   * interleaved in t1 or t2, whose address is returned. load() must have run.
   */
  execStrided(
    r: Region,
    sx: StridedExports,
    lanes: number,
    fwd: boolean,
    src: number,
    ie: number,
    il: number,
    dst: number,
    oe: number,
    ol: number,
    t1: number,
    t2: number,
  ): number {
    const el = 16 * lanes;
    const last = this.passes.length - 1;
    let inp = src;
    let out = t1;
    for (let q = 0; q <= last; q++) {
      const p = this.passes[q]!;
      const tw = r.tw + p.twOff;
      const toDst = q === last && dst >= 0;
      if (toDst) out = dst;
      const e = toDst ? oe : el;
      const l = toDst ? ol : 16;
      switch (p.ip) {
        case 4:
          sx.fft_pass4s(p.ido, p.l1, lanes, inp, out, tw, fwd, ie, il, e, l);
          break;
        case 2:
          sx.fft_pass2s(p.ido, p.l1, lanes, inp, out, tw, fwd, ie, il, e, l);
          break;
        case 3:
          sx.fft_pass3s(p.ido, p.l1, lanes, inp, out, tw, fwd, ie, il, e, l);
          break;
        default:
          sx.fft_pass5s(p.ido, p.l1, lanes, inp, out, tw, fwd, ie, il, e, l);
      }
      ie = el;
      il = 16;
      inp = out;
      out = out === t1 ? t2 : t1;
    }
    return inp;
  }

  /**
   * Transform `lanes` interleaved sequences at byte address a (scratch b, same size);
   * returns the address holding the result. load() must have run.
   */
  exec(r: Region, a: number, b: number, lanes: number, fwd: boolean): number {
    const ex = r.ex;
    let p1 = a;
    let p2 = b;
    for (const p of this.passes) {
      const tw = r.tw + p.twOff;
      switch (p.ip) {
        case 4:
          ex.fft_pass4(p.ido, p.l1, lanes, p1, p2, tw, fwd);
          break;
        case 2:
          ex.fft_pass2(p.ido, p.l1, lanes, p1, p2, tw, fwd);
          break;
        case 3:
          ex.fft_pass3(p.ido, p.l1, lanes, p1, p2, tw, fwd);
          break;
        default:
          ex.fft_pass5(p.ido, p.l1, lanes, p1, p2, tw, fwd);
      }
      const t = p1;
      p1 = p2;
      p2 = t;
    }
    return p1;
  }
}

const plans = new Map<number, WasmPlan | null>();

/** The wasm plan for length n, or null when n has a factor above 5 or is too long. */
function planFor(n: number): WasmPlan | null {
  let p = plans.get(n);
  if (p !== undefined) return p;
  p = n <= MAX_PLAN && factorize(n).every((f) => f <= 5) ? new WasmPlan(n) : null;
  if (plans.size >= 32) plans.delete(plans.keys().next().value!);
  plans.set(n, p);
  return p;
}

/** exp(-2πi k/n) for k ≤ n/2 (lines.ts's table) into the half-twiddle area. */
function loadHalf(r: Region, n: number): void {
  if (loadedHalf === n) return;
  r.k.f64.set(twiddlesFor(n), r.half / 8);
  loadedHalf = n;
}

/**
 * Buffers inside the module's data area for one transformAxis call: `take(len)` hands
 * out 64-byte-aligned Float64Array views, `room()` says how many doubles are left.
 */
export class WasmArena {
  private next: number;
  constructor(readonly r: Region) {
    this.next = r.data;
  }
  room(): number {
    return Math.max(0, Math.floor((this.r.dataEnd - this.next) / 8) - 8);
  }
  take(len: number): Float64Array {
    const v = this.r.k.f64.subarray(this.next / 8, this.next / 8 + len);
    this.next = (this.next + 8 * len + 63) & ~63;
    return v;
  }
}

/** A line transform on the wasm backend, with the arena its buffers come from. */
export interface WasmLineOp extends LineOp {
  readonly arena: WasmArena;
  /** Run `lanes` c2c lines packed element-major at a (scratch b); returns the result view. */
  readonly lanes?: (a: Float64Array, b: Float64Array, lanes: number) => Float64Array;
  /**
   * Transform `count` lines stored one after another in `stage` (line stride rowStride
   * doubles, inputs zero-padded to inLen), side by side in a and b, and leave the results
   * in `stage` with the same stride. Set for c2c and even-length r2c.
   */
  readonly rows?: (stage: Float64Array, a: Float64Array, b: Float64Array, count: number) => void;
  /** Doubles per line in `stage`, and per line in each of a and b, for `rows`. */
  readonly rowStride?: number;
  /**
   * Transform in place the `count` c2c lines packed element-major in `stage` (element e of
   * line l at complex index e·count + l), blockLanes lines at a time through a and b
   * (blockLanes·inLen complex each), so that only the staged block needs to be large.
   * Set for c2c plans of two passes or more on modules that have the strided passes.
   */
  readonly lanesInPlace?: (
    stage: Float64Array,
    count: number,
    a: Float64Array,
    b: Float64Array,
  ) => void;
  readonly blockLanes?: number;
}

/**
 * Lines per block of lanesInPlace: the two block buffers (16·inLen bytes per line each) stay
 * within about half of a core's L2 cache.
 */
function blockLanesFor(n: number): number {
  return Math.max(2, Math.min(16, Math.floor(16384 / n)));
}

/** The wasm twin of `op` (c2c, r2c, c2r of lines.ts), or null when only JS can run it. */
export function wasmLineOp(op: LineOp): WasmLineOp | null {
  const spec = op.spec;
  if (!spec) return null;
  const even = spec.kind !== 'c2c' && spec.n % 2 === 0;
  const plan = planFor(even ? spec.n >> 1 : spec.n);
  if (plan === null) return null;
  const r = getRegion();
  if (r === null) return null;
  plan.load(r);
  const arena = new WasmArena(r);
  const view = (addr: number, a: Float64Array, b: Float64Array) => (addr === a.byteOffset ? a : b);
  const { n } = spec;
  switch (spec.kind) {
    case 'c2c': {
      const fwd = spec.fwd;
      const base: WasmLineOp = {
        ...op,
        arena,
        run: (a, b) => view(plan.exec(r, a.byteOffset, b.byteOffset, 1, fwd), a, b),
        lanes: (a, b, lanes) => view(plan.exec(r, a.byteOffset, b.byteOffset, lanes, fwd), a, b),
        rowStride: 2 * n,
        rows(stage, a, b, count) {
          r.ex.fft_interleave(stage.byteOffset, a.byteOffset, count, n, n);
          const z = plan.exec(r, a.byteOffset, b.byteOffset, count, fwd);
          r.ex.fft_deinterleave(z, stage.byteOffset, count, n, n);
        },
      };
      const sx = r.sx;
      // In place needs a pass that reads the stage and a later one that writes it.
      if (sx === null || plan.passes.length < 2) return base;
      const V = blockLanesFor(n);
      return {
        ...base,
        // the first pass reads each line where it lies, the last writes it back there
        rows(stage, a, b, count) {
          const s = stage.byteOffset;
          const ls = 16 * n;
          plan.execStrided(r, sx, count, fwd, s, 16, ls, s, 16, ls, a.byteOffset, b.byteOffset);
        },
        blockLanes: V,
        lanesInPlace(stage, count, a, b) {
          const e = 16 * count;
          for (let l0 = 0; l0 < count; l0 += V) {
            const p = stage.byteOffset + 16 * l0;
            const v = Math.min(V, count - l0);
            plan.execStrided(r, sx, v, fwd, p, e, 16, p, e, 16, a.byteOffset, b.byteOffset);
          }
        },
      };
    }
    case 'r2c':
      if (even) {
        loadHalf(r, n);
        const h = n >> 1;
        const sx = r.sx;
        const ls = 16 * (h + 1);
        return {
          ...op,
          arena,
          run(a, b, out) {
            const z = plan.exec(r, a.byteOffset, b.byteOffset, 1, true);
            r.ex.fft_r2c_unpack(z, out.byteOffset, r.half, h, 1);
            return out;
          },
          rowStride: 2 * (h + 1),
          rows:
            sx !== null && plan.passes.length > 0
              ? (stage, a, b, count) => {
                  // each line's n reals read as h complex where they lie; the h+1 results
                  // of each line written back over it
                  const s = stage.byteOffset;
                  const [pa, pb] = [a.byteOffset, b.byteOffset];
                  const z = plan.execStrided(r, sx, count, true, s, 16, ls, -1, 0, 0, pa, pb);
                  sx.fft_r2c_unpack_s(z, s, r.half, h, count, 16, ls);
                }
              : (stage, a, b, count) => {
                  r.ex.fft_interleave(stage.byteOffset, a.byteOffset, count, h, h + 1);
                  const z = plan.exec(r, a.byteOffset, b.byteOffset, count, true);
                  const other = z === a.byteOffset ? b.byteOffset : a.byteOffset;
                  r.ex.fft_r2c_unpack(z, other, r.half, h, count);
                  r.ex.fft_deinterleave(other, stage.byteOffset, count, h + 1, h + 1);
                },
        };
      }
      return {
        ...op,
        arena,
        run(a, b, out) {
          realToComplex(a, b, n);
          return view(plan.exec(r, b.byteOffset, out.byteOffset, 1, true), b, out);
        },
      };
    default:
      if (even) {
        loadHalf(r, n);
        const h = n >> 1;
        return {
          ...op,
          arena,
          run(a, b) {
            r.ex.fft_c2r_pack(a.byteOffset, b.byteOffset, r.half, h);
            return view(plan.exec(r, b.byteOffset, a.byteOffset, 1, false), b, a);
          },
        };
      }
      return {
        ...op,
        arena,
        run(a, b, out) {
          hermitianFull(a, b, n);
          realParts(view(plan.exec(r, b.byteOffset, a.byteOffset, 1, false), b, a), out, n);
          return out;
        },
      };
  }
}
