/**
 * cos and acos for the von Mises sampler: the glibc ports the float64 np.cos and np.arccos
 * loops use (src/_core/umath/defs/libm_trig.ts, libm_asin.ts), so their bits are glibc's —
 * NumPy's sampler calls the C library's cos and acos.
 */
export { acos } from '../../../_core/umath/defs/libm_asin.js';
export { cos } from '../../../_core/umath/defs/libm_trig.js';
