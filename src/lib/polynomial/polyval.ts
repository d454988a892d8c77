/**
 * `np.polyval` (numpy/lib/_polynomial_impl.py): Horner's scheme `y = y * x + pv` over
 * the coefficients, starting from `zeros_like(x)`. Each coefficient is a strong NumPy
 * scalar (or a row, for 2-D p), so the ufuncs give NumPy's dtypes; float64 data runs a
 * typed loop doing the very same two roundings per step.
 */
import { float64 } from '../../_core/dtype.js';
import { toArray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import * as um from '../../_core/umath/defs/index.js';
import { bindPy } from '../numerical/_args.js';

/**
 * The float64 Horner loop over a C-contiguous copy of x; null when a value is not finite
 * (the ufunc path then recomputes it with NumPy's floating-point warnings).
 */
function hornerF64(p: Float64Array, x: NDArray): NDArray | null {
  const xs = x.flags.c_contiguous && x.isAligned ? x : x.copy('C');
  const n = xs.size;
  const xv = new Float64Array(xs.buffer as ArrayBuffer, xs.offset, n);
  const out = NDArray.zeros(x.dims, float64);
  const y = new Float64Array(out.buffer as ArrayBuffer, out.offset, n);
  let finite = true;
  for (let i = 0; i < n; i++) {
    const xi = xv[i]!;
    let acc = 0;
    for (let k = 0; k < p.length; k++) acc = acc * xi + p[k]!;
    y[i] = acc;
    finite &&= Number.isFinite(acc);
  }
  return finite ? out : null;
}

/**
 * `np.polyval(p, x)`: the polynomial with coefficients `p` (highest power first) at `x`.
 *
 * @example np.polyval([3, 0, 1], 5) // 76
 */
export function polyval(p: unknown, ...rest: unknown[]): any {
  const o = bindPy('polyval', ['p', 'x'], 2, [p, ...rest]);
  const pa = toArray(o.p);
  const x = toArray(o.x);
  if (pa.ndim === 0) throw new TypeError('iteration over a 0-d array');
  let y: NDArray | null = null;
  if (pa.ndim === 1 && pa.dtype === float64 && x.dtype === float64)
    y = hornerF64(pa.toTypedArray() as Float64Array, x);
  if (y === null) {
    y = NDArray.zeros(x.dims, x.dtype);
    for (let k = 0; k < pa.dims[0]!; k++) y = um.add(um.multiply(y, x), pa.get(k)) as NDArray;
  }
  // Horner's steps on 0-d arrays give NumPy scalars; with no coefficient y stays an array.
  return y.ndim === 0 && pa.dims[0]! > 0 ? y.item() : y;
}
