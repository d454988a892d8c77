/**
 * Full-mode 1-D convolution for the polynomial routines, as `np.convolve(a, v)` computes it
 * (numpy/_core/numeric.py over multiarraymodule.c `_pyarray_correlate`): both operands in
 * their common dtype, each output a dot product summed in increasing index of the longer
 * operand, in that dtype's arithmetic (wrap-around for integers, OR of ANDs for bool).
 */
import { Complex } from '../../_core/complex.js';
import type { DType } from '../../_core/dtype.js';
import { type Canonical, writeElement } from '../../_core/elements.js';
import { ValueError } from '../../_core/errors.js';
import { roundToHalf } from '../../_core/float16.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';

/** The canonical values of a 1-D array, in order. */
function values(a: NDArray): unknown[] {
  const out: unknown[] = [];
  a.forEachOffset((off) => {
    out.push(a.readAt(off));
  });
  return out;
}

/** `np.convolve(a, v, mode='full')` of two 1-D arrays. */
export function convolveFull(a0: NDArray, v0: NDArray): NDArray {
  let a = a0;
  let v = v0;
  if (v.dims[0]! > a.dims[0]!) [a, v] = [v, a];
  if (a.dims[0] === 0) throw new ValueError('a cannot be empty');
  if (v.dims[0] === 0) throw new ValueError('v cannot be empty');
  const dt: DType = resultType(a, v);
  const A = values(a.dtype === dt ? a : a.astype(dt as never));
  const V = values(v.dtype === dt ? v : v.astype(dt as never));
  const n1 = A.length;
  const n2 = V.length;
  const out = NDArray.zeros([n1 + n2 - 1], dt);
  const res: unknown[] = new Array(n1 + n2 - 1);
  const kind = dt.kind;
  for (let i = 0; i < n1 + n2 - 1; i++) {
    const lo = Math.max(0, i - n2 + 1);
    const hi = Math.min(n1 - 1, i);
    if (kind === 'b') {
      let s = false;
      for (let j = lo; j <= hi; j++) if (A[j] && V[i - j]) s = true;
      res[i] = s;
    } else if (kind === 'c') {
      let re = 0;
      let im = 0;
      const r = dt.itemsize === 8 ? Math.fround : (x: number) => x;
      for (let j = lo; j <= hi; j++) {
        const x = A[j] as Complex;
        const y = V[i - j] as Complex;
        re = r(re + r(r(x.re * y.re) - r(x.im * y.im)));
        im = r(im + r(r(x.re * y.im) + r(x.im * y.re)));
      }
      res[i] = new Complex(re, im);
    } else if (kind === 'f') {
      const r =
        dt.itemsize === 4 ? Math.fround : dt.itemsize === 2 ? roundToHalf : (x: number) => x;
      let s = 0;
      for (let j = lo; j <= hi; j++) s = r(s + r((A[j] as number) * (V[i - j] as number)));
      res[i] = s;
    } else if (kind === 'i' || kind === 'u') {
      const bits = dt.itemsize * 8;
      let s = 0n;
      for (let j = lo; j <= hi; j++)
        s += BigInt(A[j] as number | bigint) * BigInt(V[i - j] as number | bigint);
      const w = kind === 'i' ? BigInt.asIntN(bits, s) : BigInt.asUintN(bits, s);
      res[i] = bits === 64 ? w : Number(w);
    } else {
      throw new TypeError(`convolve of ${String(dt)} arrays is not supported`);
    }
  }
  const view = out.dataView;
  let k = 0;
  out.forEachOffset((off) => {
    writeElement(view, off, dt, res[k++] as Canonical);
  });
  return out;
}
