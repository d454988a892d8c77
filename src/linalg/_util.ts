/**
 * Shared plumbing of `np.linalg` (NumPy's numpy/linalg/_linalg.py helpers).
 *
 * - dtype rules (`linalgTypes`, NumPy's `_commonType`): bool/int inputs compute in float64,
 *   float32 stays float32, complex64/complex128 are kept, float16 is a TypeError. As NumPy
 *   does (its gufuncs are called with a double signature), every result is computed in
 *   float64 / complex128 and rounded to the result dtype when that is float32 / complex64.
 * - stacked operands (`matrixStack`): the leading (batch) dimensions of any strided input
 *   are walked in C order and each matrix is copied into a contiguous Float64Array in
 *   ROW-MAJOR (C) order: element (r, c) of a real matrix is `buf[r * cols + c]`; complex
 *   matrices are interleaved, re at `2 * (r * cols + c)` and im one after.
 * - results (`newStack`, `writeMatrix`): a new C-contiguous NDArray of the result dtype;
 *   matrix i of the batch occupies elements [i * len, (i + 1) * len).
 * - `namedTuple`: a JS array that also carries NumPy's named-tuple field names.
 */
export { namedTuple } from '../_core/named_tuple.js';

import { astype } from '../_core/casting.js';
import { complex64, complex128, type DType, float32, float64 } from '../_core/dtype.js';
import { LinAlgError } from '../_core/errors.js';
import { shapeSize } from '../_core/iter.js';
import { type ArrayLike, toArray } from '../_core/multiarray/array.js';
import { NDArray } from '../_core/ndarray.js';

/** The compute class and result dtype of a set of linalg operands. */
export interface LinalgTypes {
  /** Whether any operand is complex: compute in complex128, else float64. */
  complex: boolean;
  /** NumPy's result dtype: float32, float64, complex64 or complex128. */
  result: DType;
}

/**
 * NumPy's `_commonType`: complex if any operand is complex; single precision only when
 * every operand is float32/complex64; non-inexact operands (bool, ints) count as double.
 */
export function linalgTypes(...arrays: NDArray[]): LinalgTypes {
  let single = true;
  let complex = false;
  for (const a of arrays) {
    const d = a.dtype;
    if (d.kind === 'f' || d.kind === 'c') {
      if (d.kind === 'c') complex = true;
      if (d === float64 || d === complex128) single = false;
      else if (d !== float32 && d !== complex64) {
        throw new TypeError(`array type ${d.name} is unsupported in linalg`);
      }
    } else single = false;
  }
  const result = complex ? (single ? complex64 : complex128) : single ? float32 : float64;
  return { complex, result };
}

/** The real dtype matching a result dtype (float32 for complex64, float64 for complex128). */
export function realOf(d: DType): DType {
  return d === complex64 || d === float32 ? float32 : float64;
}

/** NumPy's `_assert_stacked_2d`. */
export function assertStacked2d(...arrays: NDArray[]): void {
  for (const a of arrays) {
    if (a.ndim < 2) {
      throw new LinAlgError(
        `${a.ndim}-dimensional array given. Array must be at least two-dimensional`,
      );
    }
  }
}

/** NumPy's `_assert_stacked_square` (also checks at least two dimensions). */
export function assertStackedSquare(...arrays: NDArray[]): void {
  assertStacked2d(...arrays);
  for (const a of arrays) {
    if (a.dims[a.ndim - 1] !== a.dims[a.ndim - 2]) {
      throw new LinAlgError('Last 2 dimensions of the array must be square');
    }
  }
}

/** `asarray` for linalg inputs (an NDArray is used as is). */
export function asLinalgArray(x: ArrayLike | NDArray): NDArray {
  return x instanceof NDArray ? x : toArray(x);
}

/** A stack of matrices (the last two axes) read one by one into contiguous buffers. */
export interface MatrixStack {
  /** The batch (leading) shape. */
  batch: number[];
  /** Number of matrices (product of `batch`). */
  count: number;
  rows: number;
  cols: number;
  /** Whether `read` writes interleaved complex values. */
  complex: boolean;
  /** Copy matrix `i` (C order over the batch) into `buf`, row-major; see the file comment. */
  read(i: number, buf: Float64Array, bufOff?: number): void;
}

/**
 * A reader over the matrices in the last two axes of `a`, as float64 (or complex128 when
 * `complex`): any dtype, strides (negative, zero) and offset. `a` must be at least 2-D
 * and, when `complex` is false, not complex.
 */
export function matrixStack(a: NDArray, complex: boolean): MatrixStack {
  const nd = a.ndim;
  const rows = a.dims[nd - 2];
  const cols = a.dims[nd - 1];
  const batch = a.dims.slice(0, nd - 2);
  const count = shapeSize(batch);
  // typed-array access needs a float storage of the right kind and aligned strides
  let src = a;
  const d = a.dtype;
  const direct = complex ? d === complex128 || d === complex64 : d === float64 || d === float32;
  if (!direct || !a.isAligned) src = astype(a, complex ? complex128 : float64);
  const data = src.data as Float64Array | Float32Array;
  const unit = data.BYTES_PER_ELEMENT;
  const rs = src.steps[nd - 2] / unit;
  const cs = src.steps[nd - 1] / unit;
  // element offsets (storage units) of each matrix, C order over the batch
  const starts = new Float64Array(count);
  const bstr = src.steps.slice(0, nd - 2).map((s) => s / unit);
  const idx = new Array<number>(batch.length).fill(0);
  let off = src.offset / unit;
  for (let i = 0; i < count; i++) {
    starts[i] = off;
    for (let ax = batch.length - 1; ax >= 0; ax--) {
      if (++idx[ax] < batch[ax]) {
        off += bstr[ax];
        break;
      }
      off -= bstr[ax] * (batch[ax] - 1);
      idx[ax] = 0;
    }
  }
  const read = (i: number, buf: Float64Array, bufOff = 0): void => {
    const s0 = starts[i];
    let k = bufOff;
    // unit-stride rows (the common C-contiguous case): typed-array copies, whole rows at once
    const lanes = complex ? 2 : 1;
    if (cs === lanes) {
      const w = cols * lanes;
      if (rs === w || rows <= 1) buf.set(data.subarray(s0, s0 + rows * w), k);
      else
        for (let r = 0; r < rows; r++, k += w)
          buf.set(data.subarray(s0 + r * rs, s0 + r * rs + w), k);
      return;
    }
    if (complex) {
      for (let r = 0; r < rows; r++) {
        let p = s0 + r * rs;
        for (let c = 0; c < cols; c++, p += cs) {
          buf[k++] = data[p];
          buf[k++] = data[p + 1];
        }
      }
    } else {
      for (let r = 0; r < rows; r++) {
        let p = s0 + r * rs;
        for (let c = 0; c < cols; c++, p += cs) buf[k++] = data[p];
      }
    }
  };
  return { batch, count, rows, cols, complex, read };
}

/** A new C-contiguous result array of shape `[...batch, ...core]` and dtype `dtype`. */
export function newStack(batch: readonly number[], core: readonly number[], dtype: DType): NDArray {
  return NDArray.empty([...batch, ...core], dtype);
}

/**
 * Write `len` elements from `buf` (interleaved for complex `out`) as item block `i` of the
 * C-contiguous `out` (created by `newStack`); float32/complex64 results are rounded here.
 */
export function writeMatrix(
  out: NDArray,
  i: number,
  buf: Float64Array,
  len: number,
  bufOff = 0,
): void {
  const lanes = out.dtype.kind === 'c' ? 2 : 1;
  const n = len * lanes;
  (out.data as Float64Array | Float32Array).set(buf.subarray(bufOff, bufOff + n), i * n);
}

/** The JS value of a 0-d result (API.md §3), or the array itself. */
export function scalarOrArray(a: NDArray): any {
  return a.ndim === 0 ? a.item() : a;
}
