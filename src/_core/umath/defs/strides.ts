/**
 * Which operands the inner loop will see with stride 0. A few NumPy loops take a different
 * code path when an operand is constant along the inner loop (float power's x**0.5 → sqrt,
 * clip's constant bounds), which changes results in corner cases (signed zeros, ±inf). This
 * repeats the iterator's axis ordering and coalescing (iterator.ts) on the inputs.
 */
import type { NDArray } from '../../ndarray.js';
import { bestAxisOrder, broadcastShapesOrNull, coalesce, stridesFor } from '../iterator.js';

/** Whether operand k of `ins` has a zero stride along the loop's innermost axis. */
export function innerStrideZero(ins: readonly NDArray[], k: number, extra: readonly NDArray[] = []): boolean {
  const all = [...ins, ...extra];
  const shape = broadcastShapesOrNull(all.map((a) => a.shape));
  if (!shape) return false;
  const strides = all.map((a) => stridesFor(a, shape));
  const perm = bestAxisOrder(shape, strides);
  const { strides: cst } = coalesce(shape, strides, perm);
  const inner = cst[k]!;
  return inner[inner.length - 1] === 0;
}
