/**
 * Array memory. Fresh `ArrayBuffer`s are zero-filled, which costs more than the work of
 * most element-wise operations on large arrays (measured: 8 MB zeroed and written 4.7 ms,
 * uninitialised 0.8 ms). Outputs that will be fully overwritten take uninitialised memory
 * from Node's `Buffer.allocUnsafeSlow` (its own ArrayBuffer, never a shared pool slab);
 * browsers and small sizes use `new ArrayBuffer`. The garbage collector owns both.
 *
 * What is left of NumPy's edge on multi-megabyte outputs is not the allocation call (~2 us)
 * but where the memory was last touched: NumPy frees each result at once and malloc hands
 * the same, cache-hot block to the next one, while a dead ArrayBuffer is freed only at the
 * next scavenge (V8 runs one every ~32 MB of young ArrayBuffers), so our outputs rotate over
 * blocks written two or more calls ago. np.concatenate of 2x(1000x1000) float64 (16 MB):
 * NumPy 0.33-0.34 ms, and 0.53-0.58 ms when its last 1-4 results are kept alive; ours
 * 0.5-0.6 ms in a quiet process (bench/alloc_costs.mjs).
 */

/** Below this size zeroing is cheap and a plain ArrayBuffer is as fast. */
const UNSAFE_MIN_BYTES = 1 << 14;

type NodeBuffer = { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
const NodeBufferCtor = (globalThis as { Buffer?: { allocUnsafeSlow?: (n: number) => NodeBuffer } })
  .Buffer;

/**
 * glibc's malloc serves requests above its mmap threshold (128 KiB at start) with fresh
 * mappings and trims free memory above the top of its heap past a trim threshold; both rise
 * (to at most 32 MiB and twice that) the first time it frees a mapping larger than the
 * current threshold. NumPy's process reaches that state after its first large temporary and
 * then reuses resident heap memory for every new array. V8 frees dead ArrayBuffers in
 * batches at GC time, which without the raise returns them to the OS each time and makes
 * every new multi-megabyte output fault its pages in again (measured: a*2 on 1e6 float64
 * into a new array 5.6 ms before, 1.3 ms after). One untouched 32 MiB buffer, dropped at
 * once, makes that first free happen: it costs an mmap/munmap pair and no resident memory.
 * Elsewhere (musl, macOS, browsers) it is one short-lived allocation and changes nothing.
 */
function raiseMallocThresholds(): void {
  if (NodeBufferCtor?.allocUnsafeSlow) NodeBufferCtor.allocUnsafeSlow(GLIBC_MMAP_THRESHOLD_MAX);
}
/**
 * Just under DEFAULT_MMAP_THRESHOLD_MAX (32 MiB on 64-bit glibc): glibc compares the chunk's
 * size field with its flag bits to that limit, so the mapping (request + header, rounded up
 * to a page) must be a page short of 32 MiB.
 */
const GLIBC_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024 - 8192;
raiseMallocThresholds();

/** A buffer of `nbytes` whose contents are unspecified (NumPy's `np.empty`). */
export function allocUninitialized(nbytes: number): ArrayBuffer {
  if (nbytes >= UNSAFE_MIN_BYTES && NodeBufferCtor?.allocUnsafeSlow) {
    const b = NodeBufferCtor.allocUnsafeSlow(nbytes);
    // allocUnsafeSlow gives a Buffer that owns a whole ArrayBuffer of exactly this size.
    if (b.byteOffset === 0 && b.buffer.byteLength === nbytes) return b.buffer;
  }
  return new ArrayBuffer(nbytes);
}

/**
 * Small arrays share slabs, as Node's Buffer pool does: a new ArrayBuffer costs 0.8-1.2 us
 * here (backing store, external-memory accounting, sweeper registration; a 16 KiB one
 * ~2 us) where a ufunc on ten elements takes ~0.2 us in NumPy, and a view into a slab costs
 * ~20 ns. A slab is carved front to back and never reused, so its memory is zero; the
 * garbage collector frees it when every array in it is gone (a live small array keeps at
 * most one slab alive). Blocks up to 1 KiB cover a 10x10 float64 matrix (M.copy() 0.70 ->
 * 0.2 us) and leave at least 16 blocks a slab.
 */
const SLAB_BYTES = 1 << 14;
/** Requests up to this size come from a slab. */
export const SMALL_MAX_BYTES = 1024;
let slab = new ArrayBuffer(0);
let slabAt = 0;
/** Byte offset of the block the last `allocSmall` returned. */
export let smallOffset = 0;

/**
 * Zero-filled memory for `nbytes` ≤ SMALL_MAX_BYTES inside a shared slab: the slab is
 * returned and the block starts at `smallOffset` (16-byte aligned). Only for arrays whose
 * creator honours the offset.
 */
export function allocSmall(nbytes: number): ArrayBuffer {
  if (slabAt + nbytes > slab.byteLength || slab.byteLength === 0) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabAt = 0;
    slabViews.clear();
  }
  smallOffset = slabAt;
  slabAt += (nbytes + 15) & ~15;
  return slab;
}

/**
 * How `allocArray` places new arrays: 'slab' (the default: small ones in shared slabs),
 * 'plain' (each in a buffer of its own at offset 0, as before slabs) or 'audit'
 * (`NUMTYPE_AUDIT_OFFSETS=1`, for tests only: each 64 bytes into a buffer of its own between
 * two 64-byte runs of 0xA5, so that code reading a new array's storage from index 0 instead
 * of from its offset gets poison and fails its tests).
 */
export type AllocMode = 'slab' | 'plain' | 'audit';
let allocMode: AllocMode =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.NUMTYPE_AUDIT_OFFSETS === '1'
    ? 'audit'
    : 'slab';
const AUDIT_PAD = 64;

/** @internal Set how new arrays are placed (tests); returns the previous mode. */
export function setAllocMode(mode: AllocMode): AllocMode {
  const was = allocMode;
  allocMode = mode;
  return was;
}

/** Byte offset, in the buffer the last `allocArray` returned, of the new array's first byte. */
export let arrayOffset = 0;

/**
 * Memory for a new array of `nbytes`: a zeroed slab block up to SMALL_MAX_BYTES (a fresh
 * ArrayBuffer costs ~0.8 us here, NumPy's whole np.zeros(10) 0.09 us), else a buffer of its
 * own, zero-filled unless `uninitialized`. The array starts at `arrayOffset`.
 */
export function allocArray(nbytes: number, uninitialized = false): ArrayBuffer {
  if (allocMode === 'audit') {
    const buf = new ArrayBuffer(nbytes + 2 * AUDIT_PAD);
    const u8 = new Uint8Array(buf);
    u8.fill(0xa5, 0, AUDIT_PAD);
    u8.fill(0xa5, AUDIT_PAD + nbytes);
    arrayOffset = AUDIT_PAD;
    return buf;
  }
  if (nbytes <= SMALL_MAX_BYTES && allocMode === 'slab') {
    const buf = allocSmall(nbytes);
    arrayOffset = smallOffset;
    return buf;
  }
  arrayOffset = 0;
  return uninitialized ? allocUninitialized(nbytes) : new ArrayBuffer(nbytes);
}

type StorageCtor = new (b: ArrayBuffer, off: number, len: number) => unknown;
/** Whole-slab typed arrays of the current slab, one per storage type. */
const slabViews = new Map<unknown, unknown>();
/**
 * The whole-buffer typed array of storage type `C` over `buf` when `buf` is the current
 * slab, shared by every array in it (each small result made its own: ~0.1 us with its
 * garbage); null for any other buffer.
 */
export function slabStorage<T>(
  buf: ArrayBufferLike,
  C: StorageCtor & { BYTES_PER_ELEMENT: number },
): T | null {
  if (buf !== slab) return null;
  let v = slabViews.get(C);
  if (v === undefined) {
    v = new C(slab, 0, Math.floor(slab.byteLength / C.BYTES_PER_ELEMENT));
    slabViews.set(C, v);
  }
  return v as T;
}

let viewOf: ArrayBuffer | null = null;
let slabView: DataView | null = null;
/** A DataView of a slab `allocSmall` returned (cached for the current slab). */
export function smallDataView(buf: ArrayBuffer): DataView {
  if (viewOf !== buf) {
    viewOf = buf;
    slabView = new DataView(buf);
  }
  return slabView!;
}
