/**
 * np.bincount of a C-contiguous int64 array on the wasm kernels (assembly/bincount.ts): the
 * elements stream through scratch in blocks and count into tables there (weights: summed in
 * element order, NumPy's bits). Only bins below CAP fit the tables; a larger or negative bin
 * sends the call back to the JS path, which also reports the errors.
 */
import { float64, int64 } from '../_core/dtype.js';
import { wasmKernels } from '../_core/kernels/index.js';
import { NDArray } from '../_core/ndarray.js';

/** Bins per table: four u32 count tables (256 KiB) or one f64 sum table (128 KiB). */
const CAP = 16384;

/** The result, or null where this path does not apply (see the file's comment). */
export function bincountWasm(
  a: NDArray,
  weights: Float64Array | null,
  minlength: number,
): NDArray | null {
  const n = a.size;
  if (a.dtype !== int64 || n < 4096 || !a.isCContig || !a.isAligned) return null;
  const w = wasmKernels();
  if (w === null) return null;
  const src = new BigInt64Array(a.buffer as ArrayBuffer, a.offset, n);
  const blk = (4 * w.blockBytes) / 8;
  const pa = w.base;
  const pw = pa + blk * 8;
  const pt = pw + blk * 8;
  w.u8.fill(0, pt, pt + (weights ? CAP * 8 : 4 * CAP * 4));
  let max = -1;
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(blk, n - i);
    w.i64.set(src.subarray(i, i + m), pa / 8);
    let r: number;
    if (weights) {
      w.f64.set(weights.subarray(i, i + m), pw / 8);
      r = w.ex.i64_bincount_w(pa, pw, m, pt, CAP);
    } else r = w.ex.i64_bincount(pa, m, pt, CAP);
    if (r === -2) return null;
    if (r > max) max = r;
  }
  const len = Math.max(max + 1, minlength);
  const used = Math.min(len, CAP);
  if (weights) {
    const out = NDArray.zeros([len], float64);
    (out.contigBlock(len) as Float64Array).set(w.f64.subarray(pt / 8, pt / 8 + used));
    return out;
  }
  // The four tables' counts added up, in the low words of the int64 result.
  const out = NDArray.zeros([len], int64);
  const words = new Int32Array(out.buffer as ArrayBuffer, out.offset, 2 * len);
  const t = w.i32;
  const b = pt / 4;
  for (let k = 0; k < used; k++) {
    words[2 * k] = t[b + k]! + t[b + CAP + k]! + t[b + 2 * CAP + k]! + t[b + 3 * CAP + k]!;
  }
  return out;
}
