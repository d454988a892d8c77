/**
 * `np.linalg.solve`, `inv`, `det`, `slogdet`, `tensorsolve`, `tensorinv`: LU with partial
 * pivoting (lapack/lu.ts) on every matrix of the stack, computed in float64/complex128 and
 * rounded to float32/complex64 for single-precision input, as NumPy does.
 */

import { type DTypeKey, float64 } from '../_core/dtype.js';
import { LinAlgError, ValueError } from '../_core/errors.js';
import { shapeSize } from '../_core/iter.js';
import { bindArgs, missingPositional } from '../_core/multiarray/args.js';
import type { ArrayLike } from '../_core/multiarray/array.js';
import type { NDArray } from '../_core/ndarray.js';
import { reshape, transpose } from '../_core/shape.js';
import { exp, log } from '../_core/umath/defs/libm_double.js';
import { broadcastBatch, coreMismatch, notEnoughDims } from './_gufunc.js';
import type { LinalgOf, PerMatrix } from './_types.js';
import {
  asLinalgArray,
  assertStackedSquare,
  linalgTypes,
  matrixStack,
  namedTuple,
  newStack,
  realOf,
  scalarOrArray,
  writeMatrix,
} from './_util.js';
import { getrf, getrs, invFromLU } from './lapack/lu.js';
import { getrfComplex, getrsComplex } from './lapack/lu_complex.js';
import { workBuffer } from './lapack/work.js';

const SOLVE_SIG = '(m,m),(m,n)->(m,n)';
const SOLVE1_SIG = '(m,m),(m)->(m)';

/**
 * `np.linalg.solve(a, b)`: X with a @ X = b. A 1-D `b` is one vector (NumPy 2's rule:
 * `(m,m),(m)->(m)`); otherwise b is a stack of (m, n) matrices.
 * @example np.linalg.solve([[3, 1], [1, 2]], [9, 8]) // array([2., 3.])
 */
export function solve<A extends ArrayLike | NDArray, B extends ArrayLike | NDArray>(
  a: A,
  b: B,
): NDArray<[LinalgOf<A>] extends [LinalgOf<B>] ? LinalgOf<A> : DTypeKey>;
export function solve(
  a: ArrayLike | NDArray,
  b?: ArrayLike | NDArray | { b?: ArrayLike | NDArray },
  opts?: { a?: ArrayLike | NDArray; b?: ArrayLike | NDArray },
): NDArray;
export function solve(
  a: ArrayLike | NDArray,
  b?: ArrayLike | NDArray | object,
  opts?: { a?: ArrayLike; b?: ArrayLike },
): NDArray {
  const o = bindArgs('solve', ['a', 'b'], [a, b, opts]);
  missingPositional('solve', o, ['a', 'b']);
  const A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  const B = asLinalgArray(o.b as ArrayLike);
  const { complex, result } = linalgTypes(A, B);
  const n = A.dims[A.ndim - 1];
  const vec = B.ndim === 1;
  const fn = vec ? 'solve1' : 'solve';
  const sig = vec ? SOLVE1_SIG : SOLVE_SIG;
  if (!vec && B.ndim < 2) throw notEnoughDims(fn, sig, 1, B.ndim, 2);
  const bm = B.dims[vec ? 0 : B.ndim - 2];
  if (bm !== n) throw coreMismatch(fn, sig, 1, 0, bm, n);
  const nrhs = vec ? 1 : B.dims[B.ndim - 1];
  const outCore = vec ? [n] : [n, nrhs];
  const { batch, views } = broadcastBatch([A, B], [2, vec ? 1 : 2], outCore);
  const Bv = vec
    ? views[1].viewWith([...batch, n, 1], [...views[1].steps, 0], views[1].offset)
    : views[1];
  const sa = matrixStack(views[0], complex);
  const sb = matrixStack(Bv, complex);
  const out = newStack(batch, outCore, result);
  const lanes = complex ? 2 : 1;
  const abuf = workBuffer(n * n * lanes);
  // a float64 result is solved in place in the output (no copy out)
  const direct = result === float64;
  const len = n * nrhs * lanes;
  const bbuf = direct ? null : new Float64Array(len);
  const piv = new Int32Array(n);
  for (let i = 0; i < sa.count; i++) {
    sa.read(i, abuf);
    const info = complex ? getrfComplex(n, abuf, piv) : getrf(n, abuf, piv);
    if (info > 0) throw new LinAlgError('Singular matrix');
    const x = bbuf ?? (out.data as Float64Array).subarray(i * len, (i + 1) * len);
    sb.read(i, x);
    if (complex) getrsComplex(n, nrhs, abuf, piv, x);
    else getrs(n, nrhs, abuf, piv, x);
    if (bbuf) writeMatrix(out, i, bbuf, n * nrhs);
  }
  return out;
}

/**
 * `np.linalg.inv(a)`: the inverse of each matrix in the stack (LU, then U^-1 L^-1 P).
 * @example np.linalg.inv([[1, 2], [3, 4]]) // array([[-2. ,  1. ], [ 1.5, -0.5]])
 */
export function inv<A extends ArrayLike | NDArray>(a: A): NDArray<LinalgOf<A>>;
export function inv(a: ArrayLike | NDArray, opts?: { a?: ArrayLike }): NDArray;
export function inv(a: ArrayLike | NDArray, opts?: { a?: ArrayLike }): NDArray {
  const o = bindArgs('inv', ['a'], [a, opts]);
  missingPositional('inv', o, ['a']);
  const A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  const { complex, result } = linalgTypes(A);
  const n = A.dims[A.ndim - 1];
  const sa = matrixStack(A, complex);
  const out = newStack(sa.batch, [n, n], result);
  const lanes = complex ? 2 : 1;
  const abuf = workBuffer(n * n * lanes);
  // a float64 result is computed in place in the output (no copy out)
  const direct = result === float64;
  const len = n * n * lanes;
  const bbuf = direct ? null : new Float64Array(len);
  const piv = new Int32Array(n);
  for (let i = 0; i < sa.count; i++) {
    sa.read(i, abuf);
    const info = complex ? getrfComplex(n, abuf, piv) : getrf(n, abuf, piv);
    if (info > 0) throw new LinAlgError('Singular matrix');
    const x = bbuf ?? (out.data as Float64Array).subarray(i * len, (i + 1) * len);
    if (complex) {
      x.fill(0);
      for (let k = 0; k < n; k++) x[2 * (k * n + k)] = 1;
      getrsComplex(n, n, abuf, piv, x);
    } else invFromLU(n, abuf, piv, x);
    if (bbuf) writeMatrix(out, i, bbuf, n * n);
  }
  return out;
}

/**
 * sign and log|det| of every matrix of `A` (NumPy's umath_linalg slogdet): from the LU
 * diagonal, sign = permutation parity times the product of u_ii/|u_ii|.
 * Returns [signRe, signIm, logdet] arrays of length count.
 */
function slogdetCore(A: NDArray, complex: boolean): [Float64Array, Float64Array, Float64Array] {
  const n = A.dims[A.ndim - 1];
  const sa = matrixStack(A, complex);
  const lanes = complex ? 2 : 1;
  const abuf = workBuffer(n * n * lanes);
  const piv = new Int32Array(n);
  const sr = new Float64Array(sa.count);
  const si = new Float64Array(sa.count);
  const ld = new Float64Array(sa.count);
  for (let i = 0; i < sa.count; i++) {
    sa.read(i, abuf);
    const info = complex ? getrfComplex(n, abuf, piv) : getrf(n, abuf, piv);
    if (info > 0) {
      sr[i] = 0;
      si[i] = 0;
      ld[i] = -Infinity;
      continue;
    }
    let swaps = 0;
    for (let k = 0; k < n; k++) if (piv[k] !== k) swaps++;
    let accR = swaps % 2 === 1 ? -1 : 1;
    let accI = 0;
    let logdet = 0;
    for (let k = 0; k < n; k++) {
      if (complex) {
        const re = abuf[2 * (k * n + k)];
        const im = abuf[2 * (k * n + k) + 1];
        const abs = Math.hypot(re, im);
        const ur = re / abs;
        const ui = im / abs;
        const t = accR * ur - accI * ui;
        accI = accR * ui + accI * ur;
        accR = t;
        logdet += log(abs);
      } else {
        let d = abuf[k * n + k];
        if (d < 0) {
          accR = -accR;
          d = -d;
        }
        logdet += log(d);
      }
    }
    sr[i] = accR;
    si[i] = accI;
    ld[i] = logdet;
  }
  return [sr, si, ld];
}

/**
 * `np.linalg.slogdet(a)`: named result (sign, logabsdet); JS values for one matrix.
 * @example np.linalg.slogdet([[1, 2], [3, 4]]).logabsdet // 0.6931471805599455
 */
export function slogdet(a: ArrayLike | NDArray, opts?: { a?: ArrayLike }): any {
  const o = bindArgs('slogdet', ['a'], [a, opts]);
  missingPositional('slogdet', o, ['a']);
  const A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  const { complex, result } = linalgTypes(A);
  const [sr, si, ld] = slogdetCore(A, complex);
  const batch = A.dims.slice(0, -2);
  const sign = newStack(batch, [], result);
  const logabs = newStack(batch, [], realOf(result));
  if (complex) {
    const buf = new Float64Array(2 * sr.length);
    for (let i = 0; i < sr.length; i++) {
      buf[2 * i] = sr[i];
      buf[2 * i + 1] = si[i];
    }
    writeMatrix(sign, 0, buf, sr.length);
  } else writeMatrix(sign, 0, sr, sr.length);
  writeMatrix(logabs, 0, ld, ld.length);
  // one matrix: JS values that print as the NumPy scalars NumPy returns
  const scalars = batch.length === 0 ? [sign.dtype, logabs.dtype] : [];
  return namedTuple(
    'SlogdetResult',
    [scalarOrArray(sign), scalarOrArray(logabs)],
    ['sign', 'logabsdet'],
    scalars,
  );
}

/**
 * `np.linalg.det(a)`: sign * exp(logabsdet) as NumPy computes it; a JS value for one matrix.
 * @example np.linalg.det([[1, 2], [3, 4]]) // -2.0000000000000004
 */
export function det<A extends ArrayLike | NDArray>(a: A): PerMatrix<A, LinalgOf<A>>;
export function det(a: ArrayLike | NDArray, opts?: { a?: ArrayLike }): any;
export function det(a: ArrayLike | NDArray, opts?: { a?: ArrayLike }): any {
  const o = bindArgs('det', ['a'], [a, opts]);
  missingPositional('det', o, ['a']);
  const A = asLinalgArray(o.a as ArrayLike);
  assertStackedSquare(A);
  const { complex, result } = linalgTypes(A);
  const [sr, si, ld] = slogdetCore(A, complex);
  const out = newStack(A.dims.slice(0, -2), [], result);
  const lanes = complex ? 2 : 1;
  const buf = new Float64Array(sr.length * lanes);
  for (let i = 0; i < sr.length; i++) {
    const e = exp(ld[i]);
    if (complex) {
      buf[2 * i] = sr[i] * e;
      buf[2 * i + 1] = si[i] * e;
    } else buf[i] = sr[i] * e;
  }
  writeMatrix(out, 0, buf, sr.length);
  return scalarOrArray(out);
}

/**
 * `np.linalg.tensorsolve(a, b, axes=None)`: x with tensordot(a, x, x.ndim) = b.
 * @example np.linalg.tensorsolve(np.eye(6).reshape(6, 2, 3), np.ones(6)).shape // [2, 3]
 */
export function tensorsolve(
  a: ArrayLike | NDArray,
  b?: ArrayLike | NDArray | object,
  axes?: readonly number[] | null | object,
  opts?: { axes?: readonly number[] | null },
): NDArray {
  const o = bindArgs('tensorsolve', ['a', 'b', 'axes'], [a, b, axes, opts]);
  missingPositional('tensorsolve', o, ['a', 'b']);
  let A = asLinalgArray(o.a as ArrayLike);
  const B = asLinalgArray(o.b as ArrayLike);
  const an = A.ndim;
  if (o.axes != null) {
    const all = Array.from({ length: an }, (_, i) => i);
    for (const k of o.axes as number[]) {
      const pos = all.indexOf(k);
      if (pos < 0) throw new ValueError('list.remove(x): x not in list');
      all.splice(pos, 1);
      all.push(k);
    }
    A = transpose(A, all);
  }
  // Python's a.shape[-(an - b.ndim):]: a zero count slices the whole shape
  const cut = an - B.ndim;
  const oldshape = cut === 0 ? A.dims.slice() : A.dims.slice(-cut);
  const prod = shapeSize(oldshape);
  if (A.size !== prod * prod) {
    throw new LinAlgError(
      'Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])',
    );
  }
  const res = solve(reshape(A, [prod, prod]), reshape(B, [B.size]));
  return reshape(res, oldshape);
}

/**
 * `np.linalg.tensorinv(a, ind=2)`: the inverse with respect to tensordot over `ind` axes.
 * @example np.linalg.tensorinv(np.eye(4).reshape(4, 2, 2), {ind: 1}).shape // [2, 2, 4]
 */
export function tensorinv(
  a: ArrayLike | NDArray,
  ind?: number | object,
  opts?: { ind?: number },
): NDArray {
  const o = bindArgs('tensorinv', ['a', 'ind'], [a, ind, opts]);
  missingPositional('tensorinv', o, ['a']);
  const A = asLinalgArray(o.a as ArrayLike);
  const k = (o.ind ?? 2) as number;
  if (!(k > 0)) throw new ValueError('Invalid ind argument.');
  const invshape = [...A.dims.slice(k), ...A.dims.slice(0, k)];
  const prod = shapeSize(A.dims.slice(k));
  const cols = prod === 0 ? 0 : A.size / prod;
  if (prod === 0 && A.size !== 0) throw new ValueError('cannot reshape array');
  const ia = inv(reshape(A, [prod, cols]));
  return reshape(ia, invshape);
}
