/**
 * Array memory. Fresh `ArrayBuffer`s are zero-filled, which costs more than the work of
 * most element-wise operations on large arrays (measured: 8 MB zeroed and written 4.7 ms,
 * uninitialised 0.8 ms). Outputs that will be fully overwritten take uninitialised memory
 * from Node's `Buffer.allocUnsafeSlow` (its own ArrayBuffer, never a shared pool slab);
 * browsers and small sizes use `new ArrayBuffer`. The garbage collector owns both.
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
