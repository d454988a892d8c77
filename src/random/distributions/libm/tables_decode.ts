/** Decoding of the base64 constant tables of tables.ts (once, on first use). */

function bytes(b64: string): ArrayBuffer {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

/** A table of doubles. */
export function f64Table(b64: string): Float64Array {
  return new Float64Array(bytes(b64));
}

/** A table of uint64 as uint32 words (little-endian: word 2i is the low half of entry i). */
export function u32Table(b64: string): Uint32Array {
  return new Uint32Array(bytes(b64));
}
