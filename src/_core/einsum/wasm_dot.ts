/**
 * The float32 einsum dot loop (NumPy's contig_contig_outstride0_two) on the wasm backend:
 * for each index of the iteration's slower dimensions beyond the second and third, the
 * memory spans the two operands and the output cover over the three fastest dimensions are
 * copied into the module's scratch region, `einsum_dot_f32` (assembly/einsum.ts) computes
 * every dot of that slab in NumPy's lane order, and the output span is copied back. Same bits
 * as `dotF32` in float_loops.ts; false (nothing done) when wasm is off or a slab does not fit.
 */
import { wasmKernels } from '../kernels/index.js';

type DotRows = (
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

/** Below this many dots per slab the JS loop is as fast as the copies. */
const MIN_DOTS = 16;

/**
 * o[po] += dot(a[pa..], b[pb..]) over `dims` (fastest first: the dot length, then the rows),
 * positions and `steps` in elements for a, b, o (dimension 0 steps 1, 1 and 0).
 */
export function dotRowsF32(
  d: readonly Float32Array[],
  starts: readonly number[],
  dims: readonly number[],
  steps: readonly (readonly number[])[],
): boolean {
  const D = dims.length;
  if (D < 2) return false;
  const W = wasmKernels();
  if (W === null) return false;
  const w = Math.min(D, 3);
  const n1 = dims[1];
  const n2 = w === 3 ? dims[2] : 1;
  if (n1 * n2 < MIN_DOTS) return false;
  // each operand's span over the slab's dimensions: [lo, hi] relative to its row start
  const lo = [0, 0, 0];
  const len = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    let l = 0;
    let h = 0;
    for (let i = 0; i < w; i++) {
      const x = steps[k][i] * (dims[i] - 1);
      if (x < 0) l += x;
      else h += x;
    }
    lo[k] = l;
    len[k] = h - l + 1;
  }
  const round = (x: number) => (x + 3) & ~3;
  const pa = W.base;
  const pb = pa + 4 * round(len[0]);
  const po = pb + 4 * round(len[1]);
  if (po + 4 * len[2] > W.scratchEnd) return false;
  const view = W.f32;
  const kern = (W.ex as unknown as { einsum_dot_f32: DotRows }).einsum_dot_f32;
  const s = (k: number, i: number) => (i < w ? 4 * steps[k][i] : 0);
  const ptr = starts.slice();
  let outer = 1;
  for (let i = w; i < D; i++) outer *= dims[i];
  const idx = new Array<number>(D).fill(0);
  const bases = [pa, pb, po];
  for (let t = 0; t < outer; t++) {
    for (let k = 0; k < 3; k++) {
      const from = ptr[k] + lo[k];
      view.set(d[k].subarray(from, from + len[k]), bases[k] / 4);
    }
    kern(
      pa - 4 * lo[0],
      pb - 4 * lo[1],
      po - 4 * lo[2],
      dims[0],
      n1,
      s(0, 1),
      s(1, 1),
      s(2, 1),
      n2,
      s(0, 2),
      s(1, 2),
      s(2, 2),
    );
    const from = ptr[2] + lo[2];
    d[2].set(view.subarray(po / 4, po / 4 + len[2]), from);
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
