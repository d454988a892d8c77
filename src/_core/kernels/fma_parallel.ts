/**
 * The fused-multiply-add kernels (fma_wasm.ts) on two threads. NumPy runs its ufuncs on one
 * core; its transcendental loops cost 1-30 ns an element, so on a long array the copies to
 * and from a worker (a fraction of a nanosecond an element) are cheap next to the work. A long
 * call's last part goes to an idle worker of the pool (threads.ts) while the caller computes
 * the first part; every element still goes through the same kernel (and the same scalar port
 * for the elements a listing kernel leaves to it), so the bits do not depend on the split.
 *
 * Protocol (as the threaded GEMM's): post the job first, then copy the worker's inputs into the
 * pool's SharedArrayBuffer and raise its `go` word, so the worker's wake-up overlaps the copy;
 * compute the caller's part; join; copy the worker's results out. A listing kernel's listed
 * elements come back as indices and get the scalar port here. A worker that fails leaves its
 * part to the caller (its inputs are intact in shared memory).
 */
import type { F32Kernel, F64BinaryKernel, F64Kernel } from './fma_wasm.js';
import { loadFmaSync } from './fma_wasm.js';
import { type Job, registerJob } from './jobs.js';
import {
  awaitGo,
  GO_READY,
  GO_REVOKED,
  GO_WAIT,
  getPool,
  join,
  type Pool,
  post,
  readyWorkers,
  revoke,
  sharedData,
} from './threads.js';

/**
 * Shortest calls split, in elements. A split costs a worker's wake-up (~50-150 µs) and, on
 * the caller, the copies of the worker's inputs in and results out (~0.9 ns a float64 element
 * from main memory, 0.45 float32); with a kernel of r ns an element the best case is a
 * speed-up of 2r / (r + copies).
 */
const SPLIT_MIN_F64 = 1 << 15;
const SPLIT_MIN_F32 = 1 << 16;
/**
 * Kernels too cheap to gain (r ≲ 3 ns; measured on 1e6 elements, quiet machine: split
 * float32 exp ran 0.93x, sin 1.0x, float64 exp 1.0x, exp2 0.89x, log 0.75x): always on the caller. The
 * others gained 1.15-1.7x (tanh float32 1.14x, tanh 1.5x, cosh 1.25-1.5x, sin 1.5-1.7x,
 * log1p 1.3-1.4x, arctan 1.65x, arctan2 1.54x, power 1.68x).
 */
const CHEAP = new Set([
  'expF64x',
  'exp2F64x',
  'logF64x',
  'expF32x',
  'logF32x',
  'sinF32x',
  'cosF32x',
]);

type Method = 'unaryF64' | 'unaryF32' | 'binaryF64' | 'listingF64' | 'listingF32';
type Arr = Float32Array | Float64Array;

/** The worker's part: elements [h, n) of the call, at byte offsets of the shared buffer. */
interface FmaJob extends Job {
  kind: 'fma';
  method: Method;
  name: string;
  n: number;
  sab: SharedArrayBuffer;
  /** Byte offsets of the part's x, y (binary kernels), z, listed indices and result words. */
  x: number;
  y: number;
  z: number;
  idx: number;
  res: number;
  /** A binary kernel's operand that is one number for every element (else null). */
  xNum: number | null;
  yNum: number | null;
  go: Int32Array;
  slot: number;
}

/** A part handed to a worker, as the caller sees it. */
export interface Share {
  pool: Pool;
  w: number;
  /** First element of the worker's part; it ends at `n`. */
  h: number;
  n: number;
  f32: boolean;
  /** The part's inputs and outputs as views of the shared buffer. */
  xs: Arr | null;
  ys: Arr | null;
  zs: Arr;
  idx: Int32Array;
  res: Int32Array;
  xNum: number | null;
  yNum: number | null;
}

/**
 * Start the worker on elements [h, n) of a call, or return null (too short, no idle worker).
 * x and y are arrays or, for binary kernels, numbers; float32 methods take float32 values in
 * either array type.
 */
export function startShare(
  method: Method,
  name: string,
  x: Arr | number,
  y: Arr | number | null,
  n: number,
): Share | null {
  const f32 = method === 'unaryF32' || method === 'listingF32';
  if (n < (f32 ? SPLIT_MIN_F32 : SPLIT_MIN_F64) || CHEAP.has(name)) return null;
  const pool = getPool();
  if (pool === null) return null;
  const idle = readyWorkers(pool);
  if (idle.length === 0) return null;
  const w = idle[0]!;
  // Split at a multiple of 16 elements (whole vectors); the caller also copies, so it takes
  // the (slightly) larger half.
  const h = Math.ceil(n / 2 / 16) * 16;
  const m = n - h;
  const size = f32 ? 4 : 8;
  const part = (m * size + 15) & ~15;
  const res = 0;
  const xo = 16;
  const yo = xo + part;
  const zo = yo + (y === null ? 0 : part);
  const io = zo + part;
  const sab = sharedData(pool, io + m * 4);
  const job: FmaJob = {
    kind: 'fma',
    method,
    name,
    n: m,
    sab,
    x: xo,
    y: yo,
    z: zo,
    idx: io,
    res,
    xNum: typeof x === 'number' ? x : null,
    yNum: typeof y === 'number' ? y : null,
    go: pool.go,
    slot: w,
  };
  Atomics.store(pool.go, w, GO_WAIT);
  post(pool, w, job);
  const xs = typeof x === 'number' ? null : view(f32, sab, xo, m);
  const ys = y === null || typeof y === 'number' ? null : view(f32, sab, yo, m);
  let copied = false;
  try {
    if (xs !== null) xs.set((x as Arr).subarray(h, n));
    if (ys !== null) ys.set((y as Arr).subarray(h, n));
    copied = true;
  } finally {
    // never leave the worker waiting (after a throw its part is taken back unstarted)
    Atomics.store(pool.go, w, copied ? GO_READY : GO_REVOKED);
    Atomics.notify(pool.go, w);
  }
  return {
    pool,
    w,
    h,
    n,
    f32,
    xs,
    ys,
    zs: view(f32, sab, zo, m),
    idx: new Int32Array(sab, io, m),
    res: new Int32Array(sab, res, 4),
    xNum: job.xNum,
    yNum: job.yNum,
  };
}

/** m float32 or float64 elements of the shared buffer at byte offset `off`. */
function view(f32: boolean, sab: SharedArrayBuffer, off: number, m: number): Arr {
  return f32 ? new Float32Array(sab, off, m) : new Float64Array(sab, off, m);
}

/**
 * Wait for the worker, then store its part of the results into z[h, n). Returns false when
 * the worker had not started its part (taken back: it woke late or shares this CPU) or
 * failed: the caller then computes the part itself from `share.xs` / `share.ys`.
 */
export function joinShare(share: Share, z: Arr): boolean {
  if (revoke(share.pool, share.w) || !join(share.pool, share.w)) return false;
  z.set(share.zs, share.h);
  return true;
}

/** The worker's flag bits (binary kernels) and the count of elements it listed. */
export function shareFlags(share: Share): number {
  return share.res[0]!;
}
export function shareListed(share: Share): number {
  return share.res[1]!;
}

/** Run one part in a worker (registered with the pool below). */
function runFmaPart(job: FmaJob): void {
  if (!awaitGo(job.go, job.slot)) return; // the caller took the part back
  const k = loadFmaSync();
  if (k === null) throw new Error('numtype worker: no fused-multiply-add kernels');
  const f32 = job.method === 'unaryF32' || job.method === 'listingF32';
  const m = job.n;
  const x = view(f32, job.sab, job.x, m);
  const z = view(f32, job.sab, job.z, m);
  const res = new Int32Array(job.sab, job.res, 4);
  res[0] = 0;
  res[1] = 0;
  switch (job.method) {
    case 'unaryF64':
      k.unaryF64Here(job.name as F64Kernel, x as Float64Array, z as Float64Array, m);
      break;
    case 'unaryF32':
      k.unaryF32Here(job.name as F32Kernel, x, z, m);
      break;
    case 'binaryF64': {
      const xa = job.xNum ?? (x as Float64Array);
      const ya = job.yNum ?? new Float64Array(job.sab, job.y, m);
      res[0] = k.binaryF64Here(job.name as F64BinaryKernel, xa, ya, z as Float64Array, m);
      break;
    }
    case 'listingF64':
    case 'listingF32':
      res[1] = k.listRaw(job.name, f32, x, z, m, new Int32Array(job.sab, job.idx, m));
      break;
  }
}
registerJob('fma', runFmaPart as (job: Job) => void);

/** Load the kernels in a worker at boot, so that its first part does not compile them. */
export function preloadFma(): void {
  loadFmaSync();
}

/** The elements of a call that are still the caller's: [0, h). */
export function ownPart(share: Share | null, n: number): number {
  return share === null ? n : share.h;
}
