/**
 * `np.cross` (numpy/_core/numeric.py): the cross product of 2- or 3-vectors along an
 * axis, with NumPy's sequence of ufunc calls so dtypes, casting and errors match.
 */

import { broadcast_shapes } from '../lib/stride_tricks.js';
import type { DTypeLike } from './dtype.js';
import { ValueError } from './errors.js';
import { bindArgs, missingPositional } from './multiarray/args.js';
import { array } from './multiarray/array.js';
import { NDArray } from './ndarray.js';
import { promoteTypes } from './numerictypes/promotion.js';
import { warn } from './runtime_warning.js';
import { normalizeAxis } from './shape/args.js';
import { moveaxis } from './shape.js';
import { multiply, negative, subtract } from './umath/defs/arithmetic.js';

/**
 * The 3-vector products of C-contiguous float64/float32 `a` and `b` of one shape (…, 3)
 * into `cp` in one pass: c0 = a1 b2 - a2 b1 and so on, each product and difference
 * rounded as NumPy's separate multiply and subtract calls round them (no fused
 * multiply-add), so the same bits. The ufunc sequence on the strided components cost
 * ~20 ms for 1e5 vectors (a gather per operand per call). False, with cp to be rewritten,
 * for other layouts and dtypes and when a result is not finite (the ufuncs then report
 * NumPy's floating-point warnings).
 */
function crossRows(a: NDArray, b: NDArray, cp: NDArray): boolean {
  const dt = a.dtype;
  if (dt !== b.dtype || dt !== cp.dtype || dt.kind !== 'f' || dt.itemsize < 4) return false;
  if (a.ndim !== b.ndim || a.dims.some((n, i) => n !== b.dims[i])) return false;
  if (!a.isCContig || !b.isCContig || !a.isAligned || !b.isAligned || !cp.isCContig) return false;
  if (cp.size !== a.size) return false;
  const n = a.size;
  const x = (a.data as Float64Array).subarray(a.offset / dt.itemsize, a.offset / dt.itemsize + n);
  const y = (b.data as Float64Array).subarray(b.offset / dt.itemsize, b.offset / dt.itemsize + n);
  const z = cp.contigBlock(n) as Float64Array;
  const r = dt.itemsize === 4 ? Math.fround : (v: number) => v;
  let finite = true;
  for (let i = 0; i < n; i += 3) {
    const a0 = x[i]!;
    const a1 = x[i + 1]!;
    const a2 = x[i + 2]!;
    const b0 = y[i]!;
    const b1 = y[i + 1]!;
    const b2 = y[i + 2]!;
    const c0 = r(r(a1 * b2) - r(a2 * b1));
    const c1 = r(r(a2 * b0) - r(a0 * b2));
    const c2 = r(r(a0 * b1) - r(a1 * b0));
    z[i] = c0;
    z[i + 1] = c1;
    z[i + 2] = c2;
    if (c0 - c0 !== 0 || c1 - c1 !== 0 || c2 - c2 !== 0) finite = false;
  }
  return finite;
}

const INCOMPATIBLE = 'incompatible dimensions for cross product\n(dimension must be 2 or 3)';

/**
 * `np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)`: the cross product of the
 * vectors of `a` and `b` (along axisa / axisb, broadcast against each other), placed
 * along axisc; `axis` sets all three. 2-vectors give the z component only (a 0-d array
 * for two single vectors) and, as in NumPy 2, a DeprecationWarning.
 * @example np.cross([1, 0, 0], [0, 1, 0]) // array([0, 0, 1])
 */
export function cross(...given: unknown[]): NDArray {
  const args = bindArgs('cross', ['a', 'b', 'axisa', 'axisb', 'axisc', 'axis'], given);
  missingPositional('cross', args, ['a', 'b']);
  let axisa = args.axisa ?? -1;
  let axisb = args.axisb ?? -1;
  let axisc = args.axisc ?? -1;
  if (args.axis !== undefined && args.axis !== null) axisa = axisb = axisc = args.axis;
  let a = args.a instanceof NDArray ? args.a : array(args.a, { copy: null });
  let b = args.b instanceof NDArray ? args.b : array(args.b, { copy: null });
  if (a.ndim < 1 || b.ndim < 1) throw new ValueError('At least one array has zero dimension');
  const axA = normalizeAxis(axisa, a.ndim, 'axisa');
  const axB = normalizeAxis(axisb, b.ndim, 'axisb');
  a = moveaxis(a, axA, -1);
  b = moveaxis(b, axB, -1);
  const na = a.dims[a.ndim - 1]!;
  const nb = b.dims[b.ndim - 1]!;
  if ((na !== 2 && na !== 3) || (nb !== 2 && nb !== 3)) throw new ValueError(INCOMPATIBLE);
  if (na === 2 || nb === 2) {
    warn(
      'Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)',
      'DeprecationWarning',
    );
  }
  const comp = (x: NDArray, i: number): NDArray => x.get('...', i);
  const shape = broadcast_shapes(comp(a, 0).dims, comp(b, 0).dims);
  let axC = 0;
  if (na === 3 || nb === 3) {
    shape.push(3);
    axC = normalizeAxis(axisc, shape.length, 'axisc');
  }
  const dtype = promoteTypes(a.dtype, b.dtype);
  const cp = NDArray.zeros(shape, dtype);
  // NumPy's astype copies; the values are the same without (cp is fresh, nothing overlaps).
  if (a.dtype !== dtype) a = a.astype(dtype as DTypeLike);
  if (b.dtype !== dtype) b = b.astype(dtype as DTypeLike);
  const [a0, a1, b0, b1] = [comp(a, 0), comp(a, 1), comp(b, 0), comp(b, 1)];
  const mul = (x: NDArray, y: NDArray, out: NDArray): void => {
    multiply(x, y, { out });
  };
  // Products into a scratch array of the result dtype (NumPy's strong intermediates).
  const tmp = NDArray.zeros(shape.slice(0, na === 3 || nb === 3 ? -1 : undefined), dtype);
  // cp -= x * y, as NumPy's in-place subtract (bool raises NumPy's TypeError here).
  const subMul = (out: NDArray, x: NDArray, y: NDArray): void => {
    multiply(x, y, { out: tmp });
    subtract(out, tmp, { out });
  };
  if (na === 2 && nb === 2) {
    mul(a0, b1, cp);
    subMul(cp, a1, b0);
    return cp;
  }
  if (na === 3 && nb === 3 && crossRows(a, b, cp)) return moveaxis(cp, -1, axC);
  const [c0, c1, c2] = [comp(cp, 0), comp(cp, 1), comp(cp, 2)];
  if (na === 2) {
    const b2 = comp(b, 2);
    mul(a1, b2, c0);
    mul(a0, b2, c1);
    negative(c1, { out: c1 });
    mul(a0, b1, c2);
    subMul(c2, a1, b0);
  } else if (nb === 3) {
    const [a2, b2] = [comp(a, 2), comp(b, 2)];
    mul(a1, b2, c0);
    multiply(a2, b1, { out: tmp });
    subtract(c0, tmp, { out: c0 });
    mul(a2, b0, c1);
    multiply(a0, b2, { out: tmp });
    subtract(c1, tmp, { out: c1 });
    mul(a0, b1, c2);
    multiply(a1, b0, { out: tmp });
    subtract(c2, tmp, { out: c2 });
  } else {
    const a2 = comp(a, 2);
    mul(a2, b1, c0);
    negative(c0, { out: c0 });
    mul(a2, b0, c1);
    mul(a0, b1, c2);
    subMul(c2, a1, b0);
  }
  return moveaxis(cp, -1, axC);
}
