/**
 * exp and log for values that are only compared (rejection tests, wedge tests) or floored to
 * integers. There the engine's Math functions (within an ulp of glibc) change the outcome
 * only if the other side falls within ~1e-16 of the value, which never happens in practice,
 * and they are several times faster than the bit-exact ports used for sampled values.
 */
export const cmpExp = Math.exp;
export const cmpLog = Math.log;
