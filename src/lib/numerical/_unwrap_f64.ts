/**
 * The float64 loop behind `np.unwrap` for Python-float `period` and `discont`: NumPy's
 * steps per element (difference, floored `mod` into [-period/2, period/2), the boundary
 * fix, the `discont` mask, a sequential `cumsum` of the corrections) in NumPy's order.
 */
import { float64 } from '../../_core/dtype.js';
import { NDArray } from '../../_core/ndarray.js';
import { axisLayout } from './_views.js';

/** NumPy's float `remainder` (npy_divmod): fmod, then moved to the divisor's sign. */
function remainder(a: number, b: number): number {
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/**
 * Unwrap C-contiguous float64 `p` along `axis`, or return null when a value on the way is
 * not finite (the ufunc path then raises NumPy's floating-point warnings).
 */
export function unwrapF64(
  p: NDArray,
  axis: number,
  period: number,
  discont: number,
): NDArray | null {
  const [before, n, inner] = axisLayout(p.dims, axis);
  const up = NDArray.empty(p.dims, float64);
  const src = new Float64Array(p.buffer as ArrayBuffer, p.offset, p.size);
  const dst = new Float64Array(up.buffer as ArrayBuffer, up.offset, up.size);
  const high = period / 2;
  const low = -high;
  let bad = 0;
  for (let b = 0; b < before; b++) {
    const base = b * n * inner;
    for (let j = 0; j < inner; j++) {
      let k = base + j;
      dst[k] = src[k]!;
      let acc = 0;
      for (let i = 1; i < n; i++) {
        const prev = src[k]!;
        k += inner;
        const d = src[k]! - prev;
        const t = d - low;
        let dm = remainder(t, period) + low;
        if (dm === low && d > 0) dm = high;
        let ph = dm - d;
        if (Math.abs(d) < discont) ph = 0;
        // cumsum starts from the first correction itself (so -0 stays -0).
        acc = i === 1 ? ph : acc + ph;
        const v = src[k]! + acc;
        dst[k] = v;
        bad += d - d + (t - t) + (dm - dm) + (acc - acc) + (v - v);
      }
    }
  }
  return bad === 0 ? up : null;
}
