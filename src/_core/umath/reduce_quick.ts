/**
 * np.add.reduce over one axis of a small C-contiguous float64/float32 matrix (`M.sum(0)`,
 * `M.mean(1)`, …) without the general planning: NumPy's iterator, for such an input, walks
 * the rows with the result starting at 0 and either adds each row into the outputs
 * (axis 0: `combineRows`) or folds each row pairwise into its own output (axis 1:
 * `foldRows`) — the calls reduce_run.ts makes for this plan, here made directly. The
 * planning, its closures and arrays cost ~1.5 us of a 10x10 sum's ~1.8 us.
 *
 * Only where the plan is certain: two axes longer than 1 (unit axes coalesce), at most one
 * buffer of elements (no chunked runs), no cast, no `out`, `where` or `initial`.
 */
import { allocArray, arrayOffset } from '../alloc.js';
import { NDArray } from '../ndarray.js';
import { reduceLoops } from './reduce_loops.js';
import { BUFSIZE } from './reduce_plan.js';
import type { LoopSig } from './resolve.js';
import type { Ufunc } from './ufunc.js';

/**
 * The reduction's result, or null where this path does not apply. The caller has checked
 * the arguments (no out, where or initial) and resolved `loop`.
 */
export function quickAddReduce2d(
  u: Ufunc,
  a: NDArray,
  axis: number,
  keepdims: boolean,
  loop: LoopSig,
): NDArray | null {
  const dt = a.dtype;
  if (u.__name__ !== 'add' || dt.kind !== 'f' || (dt.itemsize !== 8 && dt.itemsize !== 4)) {
    return null;
  }
  if (loop.ins[1] !== dt || loop.outs[0] !== dt || a.ndim !== 2) return null;
  const n0 = a.dims[0]!;
  const n1 = a.dims[1]!;
  if (n0 < 2 || n1 < 2 || n0 * n1 > BUFSIZE || !a.isCContig || !a.isAligned) return null;
  const loops = reduceLoops(u, loop, null, false);
  const combine = loops.combineRows;
  const fold = loops.foldRows;
  if (axis === 0 ? combine === undefined : fold === undefined) return null;
  const n = axis === 0 ? n1 : n0;
  const nbytes = n * dt.itemsize;
  // A fresh (zeroed) result: the identity 0 needs no fill.
  const buf = allocArray(nbytes);
  const off = arrayOffset;
  const shape = keepdims ? (axis === 0 ? [1, n1] : [n0, 1]) : [n];
  // NumPy's strides for the result it allocates in iteration order (allocStrides)
  const item = dt.itemsize;
  const strides = keepdims ? (axis === 0 ? [n1 * item, item] : [item, item]) : [item];
  const r = new NDArray(buf, dt, shape, strides, off, null);
  const o = r.data;
  const oi = off / dt.itemsize;
  const x = a.data;
  const xi = a.offset / dt.itemsize;
  if (axis === 0) combine!(o, oi, x, xi, n1, n1, n0);
  else fold!(o, oi, 1, x, xi, 1, n1, n1, n0);
  return r;
}
