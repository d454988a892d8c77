/** The ufunc engine's public face: ufunc objects, FP error state, broadcasting helpers. */
export * from './defs/index.js';
export type { ErrMode, ErrState } from './errstate.js';
export { errstate, geterr, geterrcall, seterr, seterrcall } from './errstate.js';
export { Ufunc } from './ufunc.js';
