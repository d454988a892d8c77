/**
 * Which operands NumPy's inner loop sees with stride 0. A few NumPy loops take another code
 * path when an operand is constant along the inner loop (float power's x**0.5 → sqrt, clip's
 * constant bounds), which changes results in corner cases (signed zeros, ±inf).
 *
 * NumPy's buffered iterator (nditer_constr.c, npyiter_find_buffering_setup) first orders and
 * coalesces the axes, then may grow the inner loop over outer axes, copying operands that
 * are not single-strided there into contiguous buffers — e.g. a (2, 1) exponent against a
 * (2, 2) base is buffered (stride ≠ 0), a (1,) exponent is not. Its cost model is repeated
 * here: cost = 1 + buffered operands, an outer axis is taken when cost·size_before ≤
 * best_cost·min(size_after, 8192).
 */
import type { DType } from '../../dtype.js';
import type { NDArray } from '../../ndarray.js';
import { bestAxisOrder, broadcastShapesOrNull, coalesce, stridesFor } from '../iterator.js';
import type { Ufunc, UfuncOptions } from '../ufunc.js';

const NPY_BUFSIZE = 8192;

/**
 * Whether every operand in `ks` of `ins` (cast to `loopDTypes` for the loop) has inner
 * stride 0. A fresh output in the operands' order is assumed (it never needs buffering).
 */
export function innerStridesZero(
  ins: readonly NDArray[],
  loopDTypes: readonly DType[],
  ks: readonly number[],
): boolean {
  const shape = broadcastShapesOrNull(ins.map((a) => a.dims));
  if (!shape) return false;
  const strides = ins.map((a) => stridesFor(a, shape));
  const perm = bestAxisOrder(shape, strides);
  // Axis data innermost first, as NumPy's iterator keeps it.
  const c = coalesce(shape, strides, perm);
  const dims = c.shape.slice().reverse();
  const st = c.strides.map((s) => s.slice().reverse());
  const nop = ins.length;
  const cast = ins.map((a, i) => a.dtype !== loopDTypes[i]);
  const single = new Array<number>(nop).fill(1);
  let cost = 1 + cast.filter(Boolean).length;
  let size = dims[0]!;
  let bestDim = 0;
  let bestCost = cost;
  let bestSize = size;
  for (let d = 1; d < dims.length; d++) {
    if (size >= NPY_BUFSIZE && cost > 1) break;
    for (let k = 0; k < nop; k++) {
      if (single[k] !== d) continue;
      if (st[k]![d - 1]! * dims[d - 1]! === st[k]![d]!) single[k]! += 1;
      else if (!cast[k]) cost += 1;
    }
    size *= dims[d]!;
    if (size === 0) break;
    const bufsize = size > NPY_BUFSIZE && cost > 1 ? NPY_BUFSIZE : size;
    if (cost * bestSize <= bestCost * bufsize) {
      bestCost = cost;
      bestSize = size;
      bestDim = d;
    }
  }
  // Single-strided over the chosen core: iterated in place (or buffered keeping a 0 stride).
  return ks.every((k) => single[k]! > bestDim && st[k]![0] === 0);
}

/**
 * A flag for the call being made (e.g. "the exponent is constant along the inner loop"), set
 * by a ufunc's `validate` hook or by `setup` (which sees the raw arguments, `out` included)
 * and cleared when the call returns, so that kernels run by other paths (reductions,
 * ufunc.at) see it off.
 */
export function callScopedFlag(
  u: Ufunc,
  flag: { on: boolean },
  setup?: (args: unknown[], opts: UfuncOptions) => boolean,
): void {
  const prev = u._call;
  Object.defineProperty(u, '_call', {
    configurable: true,
    value(this: Ufunc, args: unknown[], opts: UfuncOptions = {}) {
      try {
        if (setup) flag.on = setup(args, opts);
        return prev.call(this, args, opts);
      } finally {
        flag.on = false;
      }
    },
  });
}

/** The byte strides of each array along the innermost loop axis, after NumPy's axis ordering and coalescing. */
export function innerStrides(arrays: readonly NDArray[]): number[] {
  const shape = broadcastShapesOrNull(arrays.map((a) => a.dims));
  if (!shape) return arrays.map(() => 0);
  const strides = arrays.map((a) => stridesFor(a, shape));
  const { strides: cst } = coalesce(shape, strides, bestAxisOrder(shape, strides));
  return cst.map((s) => s[s.length - 1]!);
}
