/**
 * Broadcasting of one array against a target shape, as views with zero strides.
 * The n-ary `broadcast_shapes`/`broadcast_arrays` of the ufunc engine build on this.
 */
import { ValueError } from './errors.js';
import { shapeReprCompact } from './iter.js';
import type { NDArray } from './ndarray.js';

/** Strides that make (shape, strides) read as `target`, or null when it can't broadcast. */
export function broadcastStridesTo(
  shape: readonly number[],
  strides: readonly number[],
  target: readonly number[],
): number[] | null {
  const nd = target.length;
  const off = nd - shape.length;
  if (off < 0) return null;
  const out = new Array<number>(nd).fill(0);
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i]!;
    const t = target[i + off]!;
    if (s === t) out[i + off] = strides[i]!;
    else if (s === 1) out[i + off] = 0;
    else return null;
  }
  return out;
}

/**
 * `a` seen with shape `target` (a read-only-in-spirit view with zero strides).
 * `message` builds the error NumPy raises in the caller's context.
 */
export function broadcastView<K extends NDArray>(
  a: K,
  target: readonly number[],
  message?: () => string,
): K {
  const st = broadcastStridesTo(a.shape, a.strides, target);
  if (!st) {
    throw new ValueError(
      message
        ? message()
        : `could not broadcast input array from shape ${shapeReprCompact(a.shape)} into shape ${shapeReprCompact(target)}`,
    );
  }
  return a.viewWith(target, st, a.offset) as K;
}
