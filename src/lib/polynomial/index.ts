/** The classic polynomial routines of numpy/lib/_polynomial_impl.py (np.poly*, np.roots). */
export { polyadd, polydiv, polymul, polysub } from './arithmetic.js';
export { polyder, polyint } from './calculus.js';
export { polyfit } from './polyfit.js';
export { polyval } from './polyval.js';
export { poly, roots } from './roots.js';
