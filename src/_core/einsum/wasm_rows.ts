/**
 * einsum's row loops on the wasm backend (assembly/einsum.ts): the float32 dot loop (NumPy's
 * contig_contig_outstride0_two, in its lane order) and the float32 / float64 muladd loop
 * (out = x * y + out with x fixed along the row). For each index of the slower dimensions,
 * the memory the two operands and the output cover over the two or three fastest dimensions
 * (the slowest of those cut into blocks that fit) is copied into the module's scratch
 * region, the kernel runs every row of the block, and the output span is copied back; blocks
 * go in iteration order, so every output element sees its updates in NumPy's order. False
 * (nothing done) when wasm is off or a block of one row does not fit.
 */
import { wasmKernels } from '../kernels/index.js';

type RowsKernel = (
  a: number,
  b: number,
  o: number,
  n: number,
  n1: number,
  sa1: number,
  sb1: number,
  so1: number,
  n2: number,
  sa2: number,
  sb2: number,
  so2: number,
) => void;

export type RowsName = 'einsum_dot_f32' | 'einsum_muladd_f32' | 'einsum_muladd_f64';

/** Below this many rows the JS loop is as fast as the copies. */
const MIN_ROWS = 16;

/** Elements from the row start to the lowest and the count covered over dims[0..w). */
function span(st: readonly number[], ext: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < ext.length; i++) {
    const x = st[i] * (ext[i] - 1);
    if (x < 0) lo += x;
    else hi += x;
  }
  return [lo, hi - lo + 1];
}

/**
 * Run kernel `name` over the iteration `dims` (fastest first; dimension 0 is the row) for
 * operands a, b and the output o at `starts` with `steps` (elements).
 */
export function wasmRows(
  name: RowsName,
  d: readonly (Float32Array | Float64Array)[],
  starts: readonly number[],
  dims: readonly number[],
  steps: readonly (readonly number[])[],
): boolean {
  const D = dims.length;
  if (D < 2) return false;
  const W = wasmKernels();
  if (W === null) return false;
  const size = d[2].BYTES_PER_ELEMENT;
  const view = size === 4 ? W.f32 : W.f64;
  const room = W.scratchEnd - W.base;
  const bytesFor = (ext: number[]) =>
    [0, 1, 2].reduce((t, k) => t + ((span(steps[k], ext)[1] * size + 15) & ~15), 0);
  // the slab: dims 0..w-1, the last of them cut into blocks of b
  let w = Math.min(D, 3);
  let b = 0;
  for (; w >= 2; w--) {
    const ext = dims.slice(0, w);
    for (b = dims[w - 1]; b >= 1; b = b > 1 ? Math.max(1, b >> 1) : 0) {
      ext[w - 1] = b;
      if (bytesFor(ext) <= room) break;
    }
    if (b >= 1) break;
  }
  if (w < 2 || b < 1) return false;
  let rows = 1;
  for (let i = 1; i < w; i++) rows *= dims[i];
  if (rows < MIN_ROWS) return false;
  const kern = (W.ex as unknown as Record<RowsName, RowsKernel>)[name];
  const s = (k: number, i: number) => (i < w ? size * steps[k][i] : 0);
  const ptr = starts.slice();
  let outer = 1;
  for (let i = w; i < D; i++) outer *= dims[i];
  const idx = new Array<number>(D).fill(0);
  const nb = dims[w - 1];
  const ext = dims.slice(0, w);
  const lo = [0, 0, 0];
  const at = [0, 0, 0];
  for (let t = 0; t < outer; t++) {
    for (let j0 = 0; j0 < nb; j0 += b) {
      ext[w - 1] = Math.min(b, nb - j0);
      let addr = W.base;
      for (let k = 0; k < 3; k++) {
        const [l, len] = span(steps[k], ext);
        const from = ptr[k] + j0 * steps[k][w - 1] + l;
        lo[k] = l;
        at[k] = addr;
        view.set(d[k].subarray(from, from + len) as any, addr / size);
        if (k === 2) {
          kern(
            at[0] - size * lo[0],
            at[1] - size * lo[1],
            addr - size * l,
            dims[0],
            w === 3 ? dims[1] : ext[1],
            s(0, 1),
            s(1, 1),
            s(2, 1),
            w === 3 ? ext[2] : 1,
            s(0, 2),
            s(1, 2),
            s(2, 2),
          );
          d[2].set(view.subarray(addr / size, addr / size + len) as any, from);
        }
        addr += (len * size + 15) & ~15;
      }
    }
    for (let i = w; i < D; i++) {
      if (++idx[i] < dims[i]) {
        for (let k = 0; k < 3; k++) ptr[k] += steps[k][i];
        break;
      }
      idx[i] = 0;
      for (let k = 0; k < 3; k++) ptr[k] -= steps[k][i] * (dims[i] - 1);
    }
  }
  return true;
}
