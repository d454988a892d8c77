/**
 * How NumPy's buffered iterator cuts einsum's iteration into inner-loop calls
 * (npyiter_find_buffering_setup, numpy/_core/src/multiarray/nditer_constr.c; einsum asks for
 * buffering without GROWINNER, so runs stop at the buffer size). It picks an "outer"
 * dimension `bestDim`; the dimensions before it form the core.
 * - Reduce mode (the output's stride turns between zero and non-zero at `bestDim`): one call
 *   per core (`coresize` elements).
 * - Otherwise: calls of up to `floor(8192 / coresize)` whole cores (8192 elements when the
 *   core is one element) over the core times `dims[bestDim]`.
 * An operand that cannot be walked with one stride over a call, or that needs a cast, is
 * copied into a contiguous buffer: the inner loop then sees it contiguous (or with stride 0
 * when it never moves), which also changes the loop NumPy picks for the call.
 */

/** NumPy's default buffer size (NPY_BUFSIZE), in elements. */
export const BUFSIZE = 8192;

export interface BufferSetup {
  reduce: boolean;
  bestDim: number;
  coresize: number;
  /** Per operand (output last): read through a contiguous buffer. */
  buffered: boolean[];
  /** Per buffered operand: the buffer's inner stride is 0 (the operand never moves). */
  zero: boolean[];
}

/**
 * The setup for coalesced `dims` (fastest first), operand strides `strides` (the output's
 * last), `cast[k]` when operand k needs a cast.
 */
export function bufferSetup(
  dims: readonly number[],
  strides: readonly (readonly number[])[],
  cast: readonly boolean[],
): BufferSetup {
  const nop = strides.length;
  const ndim = dims.length;
  const out = nop - 1;
  // the output is a reduction operand when it stays put along some dimension
  const isReduce = (k: number) => k === out && strides[k].some((x) => x === 0);
  let cost = 1;
  for (let k = 0; k < nop; k++) if (cast[k]) cost++;
  const single = new Array<number>(nop).fill(1);
  const reduceOuter = new Array<number>(nop).fill(0);
  let outerReduce = 0;
  let size = ndim ? dims[0] : 1;
  let bestDim = 0;
  let bestCost = cost;
  let bestSize = size;
  let bestCore = 1;
  for (let idim = 1; idim < ndim; idim++) {
    if (outerReduce) break;
    if (size >= BUFSIZE) break;
    for (let k = 0; k < nop; k++) {
      const prev = strides[k][idim - 1];
      const cur = strides[k][idim];
      if (single[k] === idim) {
        if (prev * dims[idim - 1] === cur) {
          single[k]++;
          continue;
        }
        if (!cast[k]) cost++;
      }
      if (isReduce(k) && (cur === 0 || prev === 0)) {
        reduceOuter[k] = idim;
        outerReduce = idim;
      }
    }
    const core = size;
    size *= dims[idim];
    if (size === 0) break;
    const bufsize = Math.min(size, BUFSIZE);
    if (cost * bestSize <= bestCost * bufsize) {
      bestCost = cost;
      bestCore = core;
      bestSize = size;
      bestDim = idim;
    }
  }
  const reduce = outerReduce !== 0 && bestDim === outerReduce;
  const buffered: boolean[] = [];
  const zero: boolean[] = [];
  for (let k = 0; k < nop; k++) {
    let buf = cast[k];
    let isRed = false;
    if (!reduce) isRed = false;
    else if (reduceOuter[k] === bestDim) isRed = true;
    else if (single[k] === bestDim && !buf) isRed = true;
    else if (strides[k][outerReduce] === 0 && single[k] <= bestDim) isRed = true;
    const singleStride = single[k] + (isRed ? 1 : 0) > bestDim;
    if (!singleStride) buf = true;
    buffered.push(buf);
    // a buffered operand that never moves along the fastest dimension keeps stride 0
    zero.push(
      buf &&
        (isRed
          ? strides[k][outerReduce] !== 0
          : singleStride && (ndim === 0 || strides[k][0] === 0)),
    );
  }
  return { reduce, bestDim, coresize: bestCore, buffered, zero };
}
