/**
 * The float64 loop behind `np.gradient`: NumPy's exact operations in NumPy's order
 * (interior `(f[i+1] - f[i-1]) / (2*dx)` or `a*f[i-1] + b*f[i] + c*f[i+1]`, one- or two-
 * sided edges), walking the array as [before, axis, inner] so the inner loop is contiguous.
 */
import type { NDArray } from '../../_core/ndarray.js';
import { axisLayout } from './_views.js';

/** Coefficient table of NumPy's non-uniform formulas; null when any step is not finite. */
function coefficients(dx: Float64Array): [Float64Array, Float64Array, Float64Array] | null {
  const m = dx.length - 1;
  const a = new Float64Array(m);
  const b = new Float64Array(m);
  const c = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const d1 = dx[i]!;
    const d2 = dx[i + 1]!;
    const s = d1 + d2;
    const p1 = d1 * s;
    const p2 = d1 * d2;
    const p3 = d2 * s;
    a[i] = -d2 / p1;
    b[i] = (d2 - d1) / p2;
    c[i] = d1 / p3;
    const ok =
      Number.isFinite(s) &&
      Number.isFinite(p1) &&
      Number.isFinite(p2) &&
      Number.isFinite(p3) &&
      Number.isFinite(a[i]!) &&
      Number.isFinite(b[i]!) &&
      Number.isFinite(c[i]!);
    if (!ok) return null;
  }
  return [a, b, c];
}

/** NumPy's second-order edge coefficients [first edge, last edge], or null if not finite. */
function edgeCoefficients(dx: number | Float64Array): number[] | null {
  let r: number[];
  if (typeof dx === 'number') {
    r = [-1.5 / dx, 2 / dx, -0.5 / dx, 0.5 / dx, -2 / dx, 1.5 / dx];
  } else {
    const n = dx.length;
    let d1 = dx[0]!;
    let d2 = dx[1]!;
    const first = [
      -(2 * d1 + d2) / (d1 * (d1 + d2)),
      (d1 + d2) / (d1 * d2),
      -d1 / (d2 * (d1 + d2)),
    ];
    const mid = [2 * d1 + d2, d1 * (d1 + d2), d1 + d2, d1 * d2, d2 * (d1 + d2)];
    d1 = dx[n - 2]!;
    d2 = dx[n - 1]!;
    const last = [d2 / (d1 * (d1 + d2)), -(d2 + d1) / (d1 * d2), (2 * d2 + d1) / (d2 * (d1 + d2))];
    const mid2 = [2 * d2 + d1, d1 * (d1 + d2), d1 + d2, d1 * d2, d2 * (d1 + d2)];
    if (![...mid, ...mid2].every(Number.isFinite)) return null;
    r = [...first, ...last];
  }
  return r.every(Number.isFinite) ? r : null;
}

/**
 * Fill `out` (fresh, C-contiguous) with the gradient of C-contiguous float64 `f` along
 * `axis`; `dx` a Python-float spacing or the 1-D differences of the coordinates. Returns
 * false when a value is not finite (the caller redoes the axis with the ufuncs, which
 * raise NumPy's floating-point warnings).
 */
export function gradientF64(
  f: NDArray,
  out: NDArray,
  axis: number,
  dx: number | Float64Array,
  edge: number,
): boolean {
  const [before, n, I] = axisLayout(f.dims, axis);
  const fs = new Float64Array(f.buffer as ArrayBuffer, f.offset, f.size);
  const os = new Float64Array(out.buffer as ArrayBuffer, out.offset, out.size);
  const uniform = typeof dx === 'number';
  const two = uniform ? 2 * dx : 0;
  if (uniform && !Number.isFinite(two)) return false;
  const coef = uniform ? null : coefficients(dx);
  if (!uniform && coef === null) return false;
  const e2 = edge === 1 ? null : edgeCoefficients(dx);
  if (edge !== 1 && e2 === null) return false;
  const d0 = uniform ? dx : dx[0]!;
  const dn = uniform ? dx : dx[dx.length - 1]!;
  let finite = true;
  for (let b = 0; b < before; b++) {
    const base = b * n * I;
    for (let i = 1; i < n - 1; i++) {
      const row = base + i * I;
      if (coef === null) {
        for (let j = 0; j < I; j++) {
          const v = (fs[row + I + j]! - fs[row - I + j]!) / two;
          os[row + j] = v;
          finite &&= Number.isFinite(v);
        }
      } else {
        const a = coef[0][i - 1]!;
        const bb = coef[1][i - 1]!;
        const c = coef[2][i - 1]!;
        for (let j = 0; j < I; j++) {
          const v = a * fs[row - I + j]! + bb * fs[row + j]! + c * fs[row + I + j]!;
          os[row + j] = v;
          finite &&= Number.isFinite(v);
        }
      }
    }
    const last = base + (n - 1) * I;
    for (let j = 0; j < I; j++) {
      let v0: number;
      let vn: number;
      if (e2 === null) {
        v0 = (fs[base + I + j]! - fs[base + j]!) / d0;
        vn = (fs[last + j]! - fs[last - I + j]!) / dn;
      } else {
        v0 = e2[0]! * fs[base + j]! + e2[1]! * fs[base + I + j]! + e2[2]! * fs[base + 2 * I + j]!;
        vn = e2[3]! * fs[last - 2 * I + j]! + e2[4]! * fs[last - I + j]! + e2[5]! * fs[last + j]!;
      }
      os[base + j] = v0;
      os[last + j] = vn;
      finite &&= Number.isFinite(v0) && Number.isFinite(vn);
    }
  }
  return finite;
}
