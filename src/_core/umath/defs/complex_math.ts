/**
 * The complex scalar functions of both precisions: complex128 runs the double
 * algorithms, complex64 the same algorithms in emulated float arithmetic on glibc's own
 * float primitives (libm_single.ts, libm_float.ts) — what NumPy's complex64 loops
 * compute through cexpf, casinhf … and its own float formulas.
 */
import { makeExpLog, makeNpyFormulas } from './complex_exp_log.js';
import { makeInverse } from './complex_inverse.js';
import { makeTrig } from './complex_trig.js';
import { P32, P64 } from './fpmath.js';

function complexFunctions(P: typeof P64) {
  const expLog = makeExpLog(P);
  return {
    ...expLog,
    ...makeNpyFormulas(P, expLog.exp, expLog.log),
    ...makeTrig(P),
    ...makeInverse(P, expLog),
  };
}

export const C128 = complexFunctions(P64);
export const C64 = complexFunctions(P32);
