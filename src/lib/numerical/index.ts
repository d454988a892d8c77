/** Numerical routines of numpy/lib: differences, gradient, integration, interpolation, windows. */
export { diff, ediff1d } from './diff.js';
export { gradient } from './gradient.js';
export { interp } from './interp.js';
export { i0, sinc } from './special.js';
export { trapezoid } from './trapezoid.js';
export { unwrap } from './unwrap.js';
export { vander } from './vander.js';
export { bartlett, blackman, hamming, hanning, kaiser } from './windows.js';
