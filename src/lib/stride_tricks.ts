/**
 * Broadcasting as functions (numpy/lib/_stride_tricks_impl.py): `broadcast_shapes`,
 * `broadcast_to`, `broadcast_arrays`. Results are views with zero strides.
 */
import { broadcastView } from '../_core/broadcast.js';
import { ValueError } from '../_core/errors.js';
import { shapeRepr, shapeReprCompact } from '../_core/iter.js';
import { bindArgs } from '../_core/multiarray/args.js';
import { toArray } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';

type ShapeArg = number | readonly number[];

function asShape(s: ShapeArg): number[] {
  return typeof s === 'number' ? [s] : [...s];
}

/** `np.broadcast_shapes(*shapes)`, with NumPy's "Mismatch is between arg i … and arg j …" message. */
export function broadcast_shapes(...shapes: ShapeArg[]): number[] {
  const list = shapes.map(asShape);
  let nd = 0;
  for (const s of list) nd = Math.max(nd, s.length);
  const out = new Array<number>(nd).fill(1);
  const setter = new Array<number>(nd).fill(-1);
  list.forEach((s, j) => {
    const off = nd - s.length;
    s.forEach((d, i) => {
      const k = off + i;
      if (d === 1) return;
      if (out[k] === 1) {
        out[k] = d;
        setter[k] = j;
      } else if (out[k] !== d) {
        const i0 = setter[k]!;
        throw new ValueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${i0} with shape ${shapeRepr(list[i0]!)} and arg ${j} with shape ${shapeRepr(s)}.`,
        );
      }
    });
  });
  return out;
}

/** `np.broadcast_to(array, shape)`: a read-only view. */
export function broadcast_to(...args: unknown[]): NDArray {
  const { array, shape } = bindArgs('broadcast_to', ['array', 'shape', 'subok'], args);
  if (shape === undefined) {
    throw new TypeError("broadcast_to() missing 1 required positional argument: 'shape'");
  }
  const a = toArray(array);
  const target = asShape(shape as ShapeArg);
  if (target.some((d) => d < 0))
    throw new ValueError('all elements of broadcast shape must be non-negative');
  const v = broadcastView(a, target, () =>
    a.ndim > target.length
      ? 'input operand has more dimensions than allowed by the axis remapping'
      : `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeReprCompact(a.dims)}  and requested shape ${shapeReprCompact(target)}`,
  );
  v._writeable = false;
  return v;
}

/** `np.broadcast_arrays(*args)`: views of every argument with the common shape. */
export function broadcast_arrays(...args: unknown[]): NDArray[] {
  const arrs = args.map(toArray);
  const shape = broadcast_shapes(...arrs.map((a) => a.dims));
  return arrs.map((a) =>
    a.dims.length === shape.length && a.dims.every((d, i) => d === shape[i])
      ? a
      : broadcastView(a, shape),
  );
}
