/** `np.linalg`: NumPy's numpy/linalg namespace. */
export * from './eig.js';
export * from './eigh.js';
export * from './lstsq.js';
export * from './svd.js';
