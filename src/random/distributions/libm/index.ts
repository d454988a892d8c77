/**
 * The C math library functions NumPy's random C code calls, reproduced bit for bit as the
 * Linux x86-64 glibc (2.36, FMA builds) computes them: V8's Math.log/exp/pow differ from it
 * in the last bit for a few percent of arguments, which would change NumPy's streams.
 */
export { exp } from './exp.js';
export { expm1 } from './expm1.js';
export { expf, log1pf, logf, powf } from './float32.js';
export { log, logArray } from './log.js';
export { log1p } from './log1p.js';
export { pow } from './pow.js';
export { acos, cos } from './trig.js';
