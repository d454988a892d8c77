/**
 * Polynomial arithmetic of numpy/lib/_polynomial_impl.py: polyadd, polysub, polymul,
 * polydiv, on coefficient sequences (highest power first), with NumPy's dtypes.
 */
import { allclose } from '../../_core/closeness.js';
import { float64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { concatenate } from '../../_core/multiarray/concatenate.js';
import { NDArray } from '../../_core/ndarray.js';
import { atleast_1d } from '../../_core/shape_base.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from '../numerical/_args.js';
import { scalarOp } from '../numerical/_scalar.js';
import { axisSlice } from '../numerical/_views.js';
import { convolveFull } from './_convolve.js';

/** Left-pad the shorter operand with zeros of its own dtype, then apply `op`. */
function padded(a1: NDArray, a2: NDArray, op: (x: NDArray, y: NDArray) => unknown): NDArray {
  const diff = a2.dims[0]! - a1.dims[0]!;
  if (diff === 0) return op(a1, a2) as NDArray;
  if (diff > 0) return op(concatenate([NDArray.zeros([diff], a1.dtype), a1]), a2) as NDArray;
  return op(a1, concatenate([NDArray.zeros([-diff], a2.dtype), a2])) as NDArray;
}

/**
 * `np.polyadd(a1, a2)`: the sum of two polynomials.
 *
 * @example np.polyadd([1, 2], [9, 5, 4]) // array([9, 6, 6])
 */
export function polyadd(a1: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('polyadd', ['a1', 'a2'], 2, [a1, ...rest]);
  return padded(atleast_1d(o.a1), atleast_1d(o.a2), (x, y) => um.add(x, y));
}

/**
 * `np.polysub(a1, a2)`: the difference of two polynomials.
 *
 * @example np.polysub([2, 10, -2], [3, 10, -4]) // array([-1,  0,  2])
 */
export function polysub(a1: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('polysub', ['a1', 'a2'], 2, [a1, ...rest]);
  return padded(atleast_1d(o.a1), atleast_1d(o.a2), (x, y) => um.subtract(x, y));
}

/** `poly1d(c).coeffs`: 1-D, leading zeros trimmed, `[0]` when nothing is left. */
export function poly1dCoeffs(c: unknown): NDArray {
  const a = atleast_1d(c);
  if (a.ndim > 1) throw new ValueError('Polynomial must be 1d only.');
  const n = a.dims[0]!;
  let first = 0;
  while (first < n && !truthy(a.get(first).item())) first++;
  if (first === n) return NDArray.zeros([1], a.dtype);
  return axisSlice(a, 0, first, n);
}

function truthy(v: unknown): boolean {
  if (typeof v === 'object' && v !== null && 're' in v) {
    const c = v as { re: number; im: number };
    return c.re !== 0 || c.im !== 0;
  }
  return Boolean(v) && v !== 0n;
}

/**
 * `np.polymul(a1, a2)`: the product of two polynomials (a convolution).
 *
 * @example np.polymul([1, 2, 3], [9, 5, 1]) // array([ 9, 23, 38, 17,  3])
 */
export function polymul(a1: unknown, ...rest: unknown[]): NDArray {
  const o = bindPy('polymul', ['a1', 'a2'], 2, [a1, ...rest]);
  return convolveFull(poly1dCoeffs(o.a1), poly1dCoeffs(o.a2));
}

/** `a + 0.0`: inexact arrays keep their dtype (and lose -0), others become float64. */
export function plusFloatZero(a: NDArray): NDArray {
  const k = a.dtype.kind;
  if (k === 'b' || k === 'i' || k === 'u') return a.astype(float64);
  return um.add(a, 0) as NDArray;
}

/**
 * `np.polydiv(u, v)`: quotient and remainder of polynomial division, as `[q, r]`.
 *
 * @example np.polydiv([3, 5, 2], [2, 1]) // [array([1.5 , 1.75]), array([0.25])]
 */
export function polydiv(u: unknown, ...rest: unknown[]): [NDArray, NDArray] {
  const o = bindPy('polydiv', ['u', 'v'], 2, [u, ...rest]);
  const ua = plusFloatZero(atleast_1d(o.u));
  const va = plusFloatZero(atleast_1d(o.v));
  const w = scalarOp('add', () => um.add(ua.get(0), va.get(0))) as NDArray;
  const m = ua.dims[0]! - 1;
  const n = va.dims[0]! - 1;
  const scale = scalarOp('divide', () => um.true_divide(1, va.get(0)));
  const q = NDArray.zeros([Math.max(m - n + 1, 1)], w.dtype);
  let r = ua.astype(w.dtype);
  for (let k = 0; k < m - n + 1; k++) {
    const d = scalarOp('multiply', () => um.multiply(scale, r.get(k)));
    q.set(k, d);
    const part = axisSlice(r, 0, k, k + n + 1);
    um.subtract(part, um.multiply(d, va), { out: part });
  }
  while (allclose(r.get(0), 0, { rtol: 1e-14 }) && r.dims[0]! > 1)
    r = axisSlice(r, 0, 1, r.dims[0]!);
  return [q, r];
}
