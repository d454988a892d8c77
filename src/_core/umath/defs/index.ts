/** Every ufunc numtype defines, by NumPy name. */
export * from './arithmetic.js';
export * from './bitwise.js';
export * from './classify.js';
export * from './comparison.js';
export * from './division.js';
export * from './extrema.js';
export * from './floatbits.js';
export * from './integer.js';
export * from './logical.js';
export * from './math.js';
export * from './power.js';
export * from './rounding.js';
export * from './sign.js';
