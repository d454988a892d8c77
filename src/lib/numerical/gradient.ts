/**
 * `np.gradient` (numpy/lib/_function_base_impl.py): second-order central differences
 * inside, first- or second-order one-sided differences at the edges, for uniform
 * (scalar) or coordinate-array spacings. float64 data with Python-float or float64
 * coordinate spacings run a typed loop doing NumPy's exact operations in NumPy's order
 * (_gradient_f64.ts); every other case, and any non-finite result, composes the ufuncs
 * exactly as NumPy does, so dtypes, rounding and floating-point warnings match.
 */
import { float64 } from '../../_core/dtype.js';
import { unexpectedKeyword, ValueError, ZeroDivisionError } from '../../_core/errors.js';
import { isOptions } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { normalizeAxisTuple } from '../../_core/shape/args.js';
import * as um from '../../_core/umath/defs/index.js';
import { gradientF64 } from './_gradient_f64.js';
import { scalarOp } from './_scalar.js';
import { axisIndex, axisSlice, isScalarLike } from './_views.js';
import { diffOnce } from './diff.js';

/** A spacing: a Python scalar (JS number, weak), a 0-d array (strong) or 1-D differences. */
type Spacing = number | NDArray;

/** The spacing of one axis from a vararg: scalars kept, coordinates reduced to differences. */
function axisSpacing(v: unknown, len: number): Spacing {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  let d = toArray(v);
  if (d.ndim === 0) return scalarArray(d);
  if (d.ndim !== 1) throw new ValueError('distances must be either scalars or 1d');
  if (d.dims[0] !== len) {
    throw new ValueError('when 1d, distances must match the length of the corresponding dimension');
  }
  if (d.dtype.isInteger) d = d.astype('float64');
  const dd = diffOnce(d, 0);
  // Constant differences collapse to the scalar case (a strong 0-d value, as NumPy's diffx[0]).
  if (dd.size > 0) {
    const first = dd.get(0);
    const same = um.equal(dd, first) as NDArray;
    if (same.all()) return scalarArray(first);
  } else {
    // NumPy's `diffx[0]` on an empty difference raises IndexError.
    dd.get(0);
  }
  return dd;
}

/** A strong 0-d spacing; integer and bool ones act as float64 under Python-float arithmetic. */
function scalarArray(d: NDArray): NDArray {
  if (d.dtype.isInteger || d.dtype.kind === 'b') return d.astype('float64');
  return d;
}

const mul = (x: unknown, y: unknown): any => um.multiply(x, y);
const add = (x: unknown, y: unknown): any => um.add(x, y);
const sub = (x: unknown, y: unknown): any => um.subtract(x, y);
const div = (x: unknown, y: unknown): any => um.true_divide(x, y);
const neg = (x: unknown): any => um.negative(x);
// The same on NumPy scalars (0-d spacings): warnings say "scalar divide" and so on.
const smul = (x: unknown, y: unknown): any => scalarOp('multiply', () => um.multiply(x, y));
const sadd = (x: unknown, y: unknown): any => scalarOp('add', () => um.add(x, y));
const sdiv = (x: unknown, y: unknown): any => scalarOp('divide', () => um.true_divide(x, y));
const sneg = (x: unknown): any => scalarOp('negative', () => um.negative(x));

/** out[sel] = value, with `out`'s casting (NumPy's `out[tuple(slice1)] = …`). */
function assign(target: NDArray, value: unknown): void {
  target.set('...', value);
}

/** One axis of the gradient by ufunc composition (every dtype and spacing kind). */
function gradientAxis(f: NDArray, out: NDArray, axis: number, dx: Spacing, edge: number): void {
  const n = f.dims[axis]!;
  const uniform = !(dx instanceof NDArray) || dx.ndim === 0;
  const interior = axisSlice(out, axis, 1, n - 1);
  const f2 = axisSlice(f, axis, 0, n - 2);
  const f3 = axisSlice(f, axis, 1, n - 1);
  const f4 = axisSlice(f, axis, 2, n);
  const N = f.ndim;
  if (uniform) {
    assign(interior, div(sub(f4, f2), smul(2, dx)));
  } else {
    const d = dx as NDArray;
    const dx1 = axisSlice(d, 0, 0, n - 2);
    const dx2 = axisSlice(d, 0, 1, n - 1);
    const shape = new Array<number>(N).fill(1);
    shape[axis] = -1;
    const a = div(neg(dx2), mul(dx1, add(dx1, dx2))).reshape(shape);
    const b = div(sub(dx2, dx1), mul(dx1, dx2)).reshape(shape);
    const c = div(dx1, mul(dx2, add(dx1, dx2))).reshape(shape);
    assign(interior, add(add(mul(a, f2), mul(b, f3)), mul(c, f4)));
  }
  if (edge === 1) {
    const d0 = uniform ? dx : (dx as NDArray).get(0);
    const dn = uniform ? dx : (dx as NDArray).get(-1);
    assign(axisIndex(out, axis, 0), div(sub(axisIndex(f, axis, 1), axisIndex(f, axis, 0)), d0));
    assign(
      axisIndex(out, axis, n - 1),
      div(sub(axisIndex(f, axis, n - 1), axisIndex(f, axis, n - 2)), dn),
    );
    return;
  }
  let a: unknown;
  let b: unknown;
  let c: unknown;
  if (uniform) {
    a = sdiv(-1.5, dx);
    b = sdiv(2, dx);
    c = sdiv(-0.5, dx);
  } else {
    const dx1 = (dx as NDArray).get(0);
    const dx2 = (dx as NDArray).get(1);
    a = sdiv(sneg(sadd(smul(2, dx1), dx2)), smul(dx1, sadd(dx1, dx2)));
    b = sdiv(sadd(dx1, dx2), smul(dx1, dx2));
    c = sdiv(sneg(dx1), smul(dx2, sadd(dx1, dx2)));
  }
  assign(
    axisIndex(out, axis, 0),
    add(
      add(mul(a, axisIndex(f, axis, 0)), mul(b, axisIndex(f, axis, 1))),
      mul(c, axisIndex(f, axis, 2)),
    ),
  );
  if (uniform) {
    a = sdiv(0.5, dx);
    b = sdiv(-2, dx);
    c = sdiv(1.5, dx);
  } else {
    const dx1 = (dx as NDArray).get(-2);
    const dx2 = (dx as NDArray).get(-1);
    a = sdiv(dx2, smul(dx1, sadd(dx1, dx2)));
    b = sdiv(sneg(sadd(dx2, dx1)), smul(dx1, dx2));
    c = sdiv(sadd(smul(2, dx2), dx1), smul(dx2, sadd(dx1, dx2)));
  }
  assign(
    axisIndex(out, axis, n - 1),
    add(
      add(mul(a, axisIndex(f, axis, n - 3)), mul(b, axisIndex(f, axis, n - 2))),
      mul(c, axisIndex(f, axis, n - 1)),
    ),
  );
}

/** `edge_order` as NumPy uses it: compared with 2, then 1 means first order, else second. */
function edgeOrder(v: unknown): number {
  if (v === undefined) return 1;
  const e = v instanceof NDArray ? Number(v.item()) : Number(v);
  if (e > 2) throw new ValueError("'edge_order' greater than 2 not supported");
  return e;
}

/**
 * `np.gradient(f, *varargs, axis=None, edge_order=1)`: the gradient of an N-d array, one
 * array per axis (a single array when one axis is asked for). Spacings are given
 * positionally (one scalar for all axes, or one scalar / coordinate array per axis);
 * `axis` and `edge_order` go in the trailing options object.
 *
 * @example np.gradient([1, 2, 4, 7, 11]) // array([1. , 1.5, 2.5, 3.5, 4. ])
 */
export function gradient(f: unknown, ...rest: unknown[]): any {
  let varargs = rest;
  let opts: Record<string, unknown> = {};
  while (varargs.length > 0 && varargs[varargs.length - 1] === undefined)
    varargs = varargs.slice(0, -1);
  if (varargs.length > 0 && isOptions(varargs[varargs.length - 1])) {
    opts = varargs[varargs.length - 1] as Record<string, unknown>;
    varargs = varargs.slice(0, -1);
  }
  for (const k of Object.keys(opts))
    if (k !== 'axis' && k !== 'edge_order') throw unexpectedKeyword('gradient', k);
  if (f === undefined)
    throw new TypeError("gradient() missing 1 required positional argument: 'f'");
  let arr = toArray(f);
  const N = arr.ndim;
  const axes =
    opts.axis === undefined || opts.axis === null
      ? Array.from({ length: N }, (_, i) => i)
      : normalizeAxisTuple(opts.axis, N);
  const n = varargs.length;
  let dx: Spacing[];
  if (n === 0) dx = axes.map(() => 1.0);
  else if (n === 1 && isScalarLike(varargs[0])) {
    const s = axisSpacing(varargs[0], 0);
    dx = axes.map(() => s);
  } else if (n === axes.length) {
    dx = varargs.map((v, i) => axisSpacing(v, arr.dims[axes[i]!]!));
  } else throw new TypeError('invalid number of arguments');
  const edge = edgeOrder(opts.edge_order);
  // Inexact arrays keep their dtype; integers are differenced in float64
  // (no modular arithmetic); anything else (bool) stays as is with a float64 result.
  const kind = arr.dtype.kind;
  const inexact = kind === 'f' || kind === 'c';
  if (!inexact && arr.dtype.isInteger) arr = arr.astype('float64');
  const outType = inexact ? arr.dtype : float64;
  const outs: NDArray[] = [];
  let fc: NDArray | undefined;
  for (let i = 0; i < axes.length; i++) {
    const axis = axes[i]!;
    if (arr.dims[axis]! < edge + 1) {
      throw new ValueError(
        'Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.',
      );
    }
    const out = NDArray.empty(arr.dims, outType);
    let d = dx[i]!;
    // Python-float spacing: `-1.5 / ax_dx` is Python's own division.
    if (typeof d === 'number' && d === 0 && edge !== 1)
      throw new ZeroDivisionError('float division by zero');
    // A float64 0-d spacing acts exactly as the same JS number on float64 data.
    if (d instanceof NDArray && d.ndim === 0 && d.dtype === float64 && arr.dtype === float64)
      d = d.item() as number;
    let fast = false;
    if (arr.dtype === float64 && (edge === 1 || edge === 2)) {
      const spacing =
        typeof d === 'number'
          ? d
          : d.dtype === float64 && d.ndim === 1
            ? (d.toTypedArray() as Float64Array)
            : null;
      if (spacing !== null) {
        fc ??= arr.flags.c_contiguous && arr.isAligned ? arr : arr.copy('C');
        fast = gradientF64(fc, out, axis, spacing, edge);
      }
    }
    if (!fast) gradientAxis(arr, out, axis, d, edge);
    outs.push(out);
  }
  return axes.length === 1 ? outs[0] : outs;
}
