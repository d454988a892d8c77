/**
 * take / a[idx] with int64 indices on the wasm backend: blocks of indices are copied into
 * the kernel module's scratch, range-checked and packed to int32 there by SIMD
 * (assembly/gather.ts `idx64_pack`), and the TypeScript gather then reads the packed words
 * with no check of its own. In V8 the fused check of `gatherChecked` (two words loaded and
 * four integer operations per index) costs about a third of the whole gather; the copy and
 * the SIMD pass cost far less. Both paths give the same result, and the same `false` for an
 * out-of-range index (the caller then adjusts or raises), so results never depend on the backend.
 */
import { wasmKernels } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';
import { gather, type Indices, type Words } from './words.js';

type PackFn = (p: number, o: number, n: number, lim: number) => number;

/** Indices per block: 32 KiB of int64 in scratch, packed in place to 16 KiB (stays in L1). */
const BLOCK = 4096;
/** Shorter index arrays stay on the TypeScript checked gather (a block costs two calls). */
const WASM_MIN = 1024;

interface Layout {
  k: WasmKernels;
  pack: PackFn;
  i32: Int32Array;
  /** Byte address of the block in scratch. */
  base: number;
}

let cached: Layout | null = null;

/** The scratch layout over the active kernels, or null (JS backend, or no idx64_pack). */
function layout(): Layout | null {
  const k = wasmKernels();
  if (k === null) return null;
  if (cached !== null && cached.k === k) return cached;
  const pack = (k.ex as unknown as { idx64_pack?: PackFn }).idx64_pack;
  if (typeof pack !== 'function') return null;
  const base = (k.base + 63) & ~63;
  if (base + 8 * BLOCK > k.scratchEnd) return null;
  cached = { k, pack, i32: new Int32Array(k.f64.buffer), base };
  return cached;
}

/**
 * `gatherChecked` (words.ts) for unchecked int64 indices (`ix.step` 2) through the wasm
 * index check: true when gathered, false when some index is outside [0, n) (`d` then
 * holds garbage), null when this path does not apply (JS backend, short index array).
 */
export function gatherCheckedWasm(
  s: Words,
  si: number,
  d: Words,
  di: number,
  outer: number,
  n: number,
  chunk: number,
  ix: Indices,
): boolean | null {
  if (ix.step !== 2 || ix.count < WASM_MIN) return null;
  const L = layout();
  if (L === null) return null;
  const { words, start, count } = ix;
  const at = L.base >> 2;
  for (let j = 0; j < count; j += BLOCK) {
    const m = Math.min(BLOCK, count - j);
    L.i32.set(words.subarray(start + 2 * j, start + 2 * (j + m)), at);
    if (L.pack(L.base, L.base, m, n - 1) === 0) return false;
    const packed: Indices = { words: L.i32, start: at, step: 1, count: m };
    // Each block's indices serve every outer row before the next block is copied in.
    for (let o = 0; o < outer; o++) {
      gather(s, si + o * n * chunk, d, di + (o * count + j) * chunk, 1, n, chunk, packed);
    }
  }
  return true;
}
