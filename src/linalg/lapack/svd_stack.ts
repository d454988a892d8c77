/**
 * Glue between `_util.ts`'s interleaved matrix stacks and the spectral kernels, which work
 * on split real / imaginary row-major Float64Arrays.
 */
import type { NDArray } from '../../_core/ndarray.js';
import type { MatrixStack } from '../_util.js';

/** Matrix `i` of `st` as split (re, im) row-major arrays (`im` null for real stacks). */
export function readSplit(
  st: MatrixStack,
  i: number,
  buf: Float64Array,
): { re: Float64Array; im: Float64Array | null } {
  const len = st.rows * st.cols;
  st.read(i, buf);
  if (!st.complex) return { re: buf.slice(0, len), im: null };
  const re = new Float64Array(len);
  const im = new Float64Array(len);
  for (let k = 0; k < len; k++) {
    re[k] = buf[2 * k];
    im[k] = buf[2 * k + 1];
  }
  return { re, im };
}

/**
 * Write `len` elements (re, im) as item block `i` of the C-contiguous `out`; complex `out`
 * with `im === null` gets zero imaginary parts, real `out` takes `re` only.
 */
export function writeSplit(
  out: NDArray,
  i: number,
  re: Float64Array,
  im: Float64Array | null,
  len: number,
): void {
  const data = out.data as Float64Array | Float32Array;
  if (out.dtype.kind !== 'c') {
    data.set(re.subarray(0, len), i * len);
    return;
  }
  const base = 2 * i * len;
  for (let k = 0; k < len; k++) {
    data[base + 2 * k] = re[k];
    data[base + 2 * k + 1] = im === null ? 0 : im[k];
  }
}
