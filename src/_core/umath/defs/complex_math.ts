/**
 * The complex scalar functions of both precisions: complex128 in double arithmetic,
 * complex64 in emulated float arithmetic (what NumPy's complex64 loops compute).
 */
import { makeExpLog } from './complex_exp_log.js';
import { makeInverse } from './complex_inverse.js';
import { makeTrig } from './complex_trig.js';
import { P32, P64 } from './fpmath.js';

const expLog128 = makeExpLog(P64);
const expLog64 = makeExpLog(P32);

export const C128 = { ...expLog128, ...makeTrig(P64), ...makeInverse(P64, expLog128) };
export const C64 = { ...expLog64, ...makeTrig(P32), ...makeInverse(P32, expLog64) };
