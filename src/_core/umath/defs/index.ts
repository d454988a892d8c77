/** Every ufunc numtype defines, by NumPy name. */
export * from './arithmetic.js';
export * from './comparison.js';
export * from './math.js';
export * from './extrema.js';
export * from './logical.js';
