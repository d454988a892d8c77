/**
 * The complex scalar functions of both precisions. complex128 runs the double
 * algorithms. complex64: functions glibc implements (cexpf, csinf, casinhf …) run the
 * double algorithm on the float inputs and round once, which stays within glibc's own
 * error (≤ 3 ulp) of NumPy; NumPy's own formulas (exp2, expm1, log1p, log2, log10)
 * are emulated step by step in float, as their float rounding is part of the result.
 */
import { FLAGS, OVER, UNDER, Z } from './complex_base.js';
import { type CFn, makeExpLog, makeNpyFormulas } from './complex_exp_log.js';
import { makeInverse } from './complex_inverse.js';
import { makeTrig } from './complex_trig.js';
import { P32, P64 } from './fpmath.js';

const expLog128 = makeExpLog(P64);
export const C128 = {
  ...expLog128,
  ...makeNpyFormulas(P64, expLog128.exp, expLog128.log),
  ...makeTrig(P64),
  ...makeInverse(P64, expLog128),
};

const FLT_MIN = 2 ** -126;

/** A complex128 function used for complex64: result rounded to float, with float overflow/underflow. */
function viaDouble(fn: CFn): CFn {
  return (x, y) => {
    fn(x, y);
    const re = Math.fround(Z.re);
    const im = Math.fround(Z.im);
    if (
      (Number.isFinite(Z.re) && !Number.isFinite(re)) ||
      (Number.isFinite(Z.im) && !Number.isFinite(im))
    ) {
      FLAGS.bits |= OVER;
    }
    if ((Z.re !== 0 && Math.abs(re) < FLT_MIN) || (Z.im !== 0 && Math.abs(im) < FLT_MIN))
      FLAGS.bits |= UNDER;
    Z.re = re;
    Z.im = im;
  };
}

const exp64 = viaDouble(C128.exp);
const log64 = viaDouble(C128.log);
export const C64 = {
  exp: exp64,
  log: log64,
  sqrt: viaDouble(C128.sqrt),
  ...makeNpyFormulas(P32, exp64, log64),
  sin: viaDouble(C128.sin),
  cos: viaDouble(C128.cos),
  tan: viaDouble(C128.tan),
  sinh: viaDouble(C128.sinh),
  cosh: viaDouble(C128.cosh),
  tanh: viaDouble(C128.tanh),
  asin: viaDouble(C128.asin),
  acos: viaDouble(C128.acos),
  atan: viaDouble(C128.atan),
  asinh: viaDouble(C128.asinh),
  acosh: viaDouble(C128.acosh),
  atanh: viaDouble(C128.atanh),
};
