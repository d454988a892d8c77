/**
 * Broadcasting of linalg operands the way NumPy's umath_linalg gufuncs do it: the batch
 * (leading) dimensions broadcast together, the core dimensions are checked, and errors use
 * the gufunc machinery's messages.
 */
import { broadcastStridesTo } from '../_core/broadcast.js';
import { ValueError } from '../_core/errors.js';
import type { NDArray } from '../_core/ndarray.js';

/** "fn: Input operand i does not have enough dimensions (...)". */
export function notEnoughDims(fn: string, sig: string, op: number, has: number, req: number) {
  return new ValueError(
    `${fn}: Input operand ${op} does not have enough dimensions (has ${has}, gufunc core with signature ${sig} requires ${req})`,
  );
}

/** "fn: Input operand i has a mismatch in its core dimension d, ...". */
export function coreMismatch(
  fn: string,
  sig: string,
  op: number,
  dim: number,
  got: number,
  want: number,
) {
  return new ValueError(
    `${fn}: Input operand ${op} has a mismatch in its core dimension ${dim}, with gufunc signature ${sig} (size ${got} is different from ${want})`,
  );
}

function tupleStr(xs: readonly (number | string)[]): string {
  return xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(',')})`;
}

/**
 * Broadcast the batch dimensions of `ops` (each with `core[i]` trailing core dimensions) and
 * return views of every operand with the common batch shape (zero strides where broadcast).
 * `outCore` is the output's core shape, for NumPy's error message.
 */
export function broadcastBatch(
  ops: readonly NDArray[],
  core: readonly number[],
  outCore: readonly number[],
): { batch: number[]; views: NDArray[] } {
  const shapes = ops.map((a, i) => a.dims.slice(0, a.ndim - core[i]));
  const nd = Math.max(...shapes.map((s) => s.length));
  const batch = new Array<number>(nd).fill(1);
  let ok = true;
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = nd - s.length + i;
      if (s[i] === batch[j] || s[i] === 1) continue;
      if (batch[j] === 1) batch[j] = s[i];
      else ok = false;
    }
  }
  if (!ok) {
    const parts = ops.map(
      (a, i) =>
        `${tupleStr(a.dims)}->${tupleStr([...shapes[i], ...new Array(core[i]).fill('newaxis')])}`,
    );
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')}  and requested shape ${tupleStr(outCore)}`,
    );
  }
  const views = ops.map((a, i) => {
    const coreShape = a.dims.slice(a.ndim - core[i]);
    const target = [...batch, ...coreShape];
    const st = broadcastStridesTo(a.dims, a.steps, target) as number[];
    return a.viewWith(target, st, a.offset);
  });
  return { batch, views };
}
