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

/** A buffer of `nbytes` whose contents are unspecified (NumPy's `np.empty`). */
export function allocUninitialized(nbytes: number): ArrayBuffer {
  if (nbytes >= UNSAFE_MIN_BYTES && NodeBufferCtor?.allocUnsafeSlow) {
    const b = NodeBufferCtor.allocUnsafeSlow(nbytes);
    // allocUnsafeSlow gives a Buffer that owns a whole ArrayBuffer of exactly this size.
    if (b.byteOffset === 0 && b.buffer.byteLength === nbytes) return b.buffer;
  }
  return new ArrayBuffer(nbytes);
}
