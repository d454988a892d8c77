/** `np.linalg`: NumPy's numpy/linalg namespace. */
export * from './cholesky.js';
export * from './eig.js';
export * from './eigh.js';
export * from './lstsq.js';
export * from './matrix_power.js';
export * from './multi_dot.js';
export * from './norms.js';
export * from './products.js';
export * from './qr.js';
export * from './solve.js';
export * from './svd.js';
