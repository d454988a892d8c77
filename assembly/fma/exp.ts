// glibc's exp for doubles (ARM optimized-routines' algorithm) with the fused steps of its FMA
// build: the same steps as `exp` of src/_core/umath/defs/libm_double.ts, whose comments explain
// them, on the CPU's fma. Used by sinh and cosh (glibc's fdlibm code on top of exp, expm1, log
// and log1p), and its edge ranges by simd_f64.ts; glibc's log is in log2.ts, pow's exp in pow.ts.
import { fma, hiWord } from './common';
import {
  EXP_C0,
  EXP_C1,
  EXP_C2,
  EXP_C3,
  EXP_INVLN2N,
  EXP_NEGLN2HIN,
  EXP_NEGLN2LON,
  EXP_SHIFT,
  EXP_TAB,
} from './tables';

const TWO1009: f64 = reinterpret<f64>(0x7f00000000000000); // 2^1009
const TWOM1022: f64 = reinterpret<f64>(0x0010000000000000); // 2^-1022

/**
 * scale·(1 + tmp) when 2^(k/N) leaves the normal range (glibc's specialcase, FMA build; exp's
 * and pow's, whose scale may carry a sign): scale taken 2^1009 down for large k, fused; for
 * small k not fused, and rounded to the final precision once.
 */
export function specialcase(tmp: f64, sbits: u64, kNeg: bool): f64 {
  if (!kNeg) {
    const scale = reinterpret<f64>(sbits - (<u64>1009 << 52));
    return TWO1009 * fma(scale, tmp, scale);
  }
  sbits += <u64>1022 << 52;
  const scale = reinterpret<f64>(sbits);
  const st = scale * tmp;
  let y = scale + st;
  if (abs<f64>(y) < 1.0) {
    const one: f64 = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y == 0) y = sbits >> 63 ? -0.0 : 0.0;
  }
  return TWOM1022 * y;
}

/** glibc exp: x = k·ln2/128 + r, exp(x) = 2^(k/128)·exp(r) with a degree-5 polynomial. */
export function exp(x: f64): f64 {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9) {
    if (abstop - 0x3c9 >= 0x80000000) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      if (x == -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // |x| ≥ 512: the result may leave the normal range
  }
  let kd = fma(EXP_INVLN2N, x, EXP_SHIFT);
  const ki = reinterpret<u64>(kd);
  kd -= EXP_SHIFT;
  const r = fma(kd, EXP_NEGLN2LON, x + kd * EXP_NEGLN2HIN);
  const e = EXP_TAB + (<usize>(ki & 127) << 4);
  const tail = reinterpret<f64>(load<u64>(e));
  const sbits = load<u64>(e, 8) + (ki << 45);
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_C3, EXP_C2), fma(r2, fma(r, EXP_C1, EXP_C0), tail + r));
  if (abstop == 0) return specialcase(tmp, sbits, (ki & 0x80000000) != 0);
  const scale = reinterpret<f64>(sbits);
  return fma(scale, tmp, scale);
}
