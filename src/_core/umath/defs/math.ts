/**
 * Transcendental ufuncs (exp/log, trigonometric, hyperbolic families) and fabs.
 * Integer inputs reach the float loops through the loop search (int8 → float16,
 * int16 → float32, int32/int64 → float64), as in NumPy.
 */
import * as K from '../../kernels/index.js';
import { REAL, unaryMath } from './ufunc_math.js';

export * from './exp_log.js';
export * from './hyperbolic.js';
export * from './trig.js';

/** |x| for real floats only (complex input is a TypeError, as in NumPy); raises no FP errors. */
export const fabs = unaryMath('fabs', REAL, { f64: Math.abs }, null, {
  'd->d': { a: K.absF64 },
  'f->f': { a: K.absF32 },
});
