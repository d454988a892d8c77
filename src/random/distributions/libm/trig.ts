/**
 * cos and acos for the von Mises sampler. cos is the glibc port the float64 np.cos loop uses
 * (src/_core/umath/defs/libm_trig.ts), so its bits are glibc's; acos is the engine's
 * Math.acos, which can differ from glibc in the last bit (no glibc acos port exists yet), so
 * `vonmises` may still differ from NumPy by an ulp now and then.
 */
export { cos } from '../../../_core/umath/defs/libm_trig.js';
export const acos = Math.acos;
