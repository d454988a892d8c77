/**
 * NumPy's order for complex maximum/minimum/fmax/fmin (CGE / CLE in loops.c.src):
 * lexicographic, real part first, except that a win on the real part counts only when neither
 * imaginary part is NaN — so np.maximum(1+1j, -1+nanj) is the NaN operand.
 * Used by the element-wise loops (defs/extrema.ts) and the reductions (reduce_loops.ts).
 */

/** x >= y in NumPy's complex order (`cge(1, 0, 1, -1)` is true). */
export const cge = (xr: number, xi: number, yr: number, yi: number): boolean =>
  (xr > yr && !Number.isNaN(xi) && !Number.isNaN(yi)) || (xr === yr && xi >= yi);

/** x <= y in NumPy's complex order (`cle(0, 5, 1, 0)` is true). */
export const cle = (xr: number, xi: number, yr: number, yi: number): boolean =>
  (xr < yr && !Number.isNaN(xi) && !Number.isNaN(yi)) || (xr === yr && xi <= yi);
