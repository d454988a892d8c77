// glibc's log2 (FMA build) and log10 (fdlibm's reduction around glibc's FMA log) for doubles:
// the same steps as src/_core/umath/defs/libm_log2.ts `log2` / `log10` and libm_double.ts
// `log` (whose comments explain them; their `log2Fast` / `logFast` give the same bits), with
// the CPU's fma in place of the emulated one.
import { fma, fromWords, hiWord, loWord } from './common';
import {
  LOG_A0,
  LOG_A1,
  LOG_A2,
  LOG_A3,
  LOG_A4,
  LOG_B0,
  LOG_B1,
  LOG_B10,
  LOG_B2,
  LOG_B3,
  LOG_B4,
  LOG_B5,
  LOG_B6,
  LOG_B7,
  LOG_B8,
  LOG_B9,
  LOG_LN2HI,
  LOG_LN2LO,
  LOG_TAB,
  LOG2_A0,
  LOG2_A1,
  LOG2_A2,
  LOG2_A3,
  LOG2_A4,
  LOG2_A5,
  LOG2_B0,
  LOG2_B1,
  LOG2_B2,
  LOG2_B3,
  LOG2_B4,
  LOG2_B5,
  LOG2_B6,
  LOG2_B7,
  LOG2_B8,
  LOG2_B9,
  LOG2_INVLN2HI,
  LOG2_INVLN2LO,
  LOG2_TAB,
} from './tables';

/** High word of the reduction offset 0x3fe6000000000000 (its low word is 0). */
const OFF_HI: u32 = 0x3fe60000;
const NEAR_LO: f64 = 1 - 0.04239702224731445;
const NEAR_HI: f64 = 1 + 0.044274330139160156;
const TWO52: f64 = 4503599627370496.0;

/** The value of log and log2 at a special input (set by `subnormal`). */
let SPECIAL: f64 = 0;

/**
 * For x below 2^-1022, ±0, inf or NaN (top: its high 16 bits): whether x is a positive
 * subnormal, which the caller normalises; otherwise SPECIAL holds log's (and log2's) value.
 */
function subnormal(x: f64, top: u32): bool {
  if (x == 0) SPECIAL = -Infinity;
  else if (x == Infinity) SPECIAL = x;
  else if (top & 0x8000 || (top & 0x7ff0) == 0x7ff0) SPECIAL = isNaN(x) ? x + x : NaN;
  else return true;
  return false;
}

/** The bits of a subnormal x·2^52 with 52 taken off the exponent field (which goes negative). */
// @ts-ignore: decorator
@inline
function normalised(x: f64): u64 {
  return reinterpret<u64>(x * TWO52) - (<u64>52 << 52);
}

function log2Near1(x: f64): f64 {
  if (x == 1) return 0;
  const r = x - 1.0;
  const hi = r * LOG2_INVLN2HI;
  const r2 = r * r;
  const r4 = r2 * r2;
  let lo = fma(r, LOG2_INVLN2LO, fma(LOG2_INVLN2HI, r, -hi));
  const b01 = fma(r, LOG2_B1, LOG2_B0);
  const y = fma(b01, r2, hi);
  lo += fma(b01, r2, hi - y);
  const q = fma(
    fma(fma(r, LOG2_B9, LOG2_B8), r2, fma(r, LOG2_B7, LOG2_B6)),
    r4,
    fma(fma(r, LOG2_B5, LOG2_B4), r2, fma(r, LOG2_B3, LOG2_B2)),
  );
  lo = fma(q, r4, lo);
  return y + lo;
}

// @ts-ignore: decorator
@inline
export function log2(x: f64): f64 {
  if (x >= NEAR_LO && x < NEAR_HI) return log2Near1(x);
  let ix = reinterpret<u64>(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7ff0 - 0x0010) {
    if (!subnormal(x, top)) return SPECIAL;
    ix = normalised(x);
  }
  const hi = <u32>(ix >> 32);
  const lo = <u32>ix;
  const tmpHi = <i32>(hi - OFF_HI);
  const i = (<u32>tmpHi >> 14) & 63;
  const k = tmpHi >> 20;
  const z = fromWords(hi - (<u32>tmpHi & 0xfff00000), lo);
  const e = LOG2_TAB + (<usize>i << 4);
  const invc = load<f64>(e);
  const logc = load<f64>(e, 8);
  const r = fma(z, invc, -1.0);
  const t1 = r * LOG2_INVLN2HI;
  const t2 = fma(r, LOG2_INVLN2LO, fma(LOG2_INVLN2HI, r, -t1));
  const t3 = <f64>k + logc;
  const h = t3 + t1;
  const l = t3 - h + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(
    fma(r, LOG2_A5, LOG2_A4),
    r4,
    fma(fma(r, LOG2_A3, LOG2_A2), r2, fma(r, LOG2_A1, LOG2_A0)),
  );
  return fma(r2, p, l) + h;
}

/** glibc's log (FMA build). */
export function log(x: f64): f64 {
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x == 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const P = fma(
      r3,
      fma(
        r3,
        fma(r3, LOG_B10, fma(r2, LOG_B9, fma(r, LOG_B8, LOG_B7))),
        fma(r2, LOG_B6, fma(r, LOG_B5, LOG_B4)),
      ),
      fma(r2, LOG_B3, fma(r, LOG_B2, LOG_B1)),
    );
    const w = r * 134217728.0;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const w2 = rhi * rhi * LOG_B0;
    const h = r + w2;
    let l = r - h + w2;
    l = fma(LOG_B0 * rlo, rhi + r, l);
    return fma(r3, P, l) + h;
  }
  let ix = reinterpret<u64>(x);
  const top = <u32>(ix >> 48);
  if (top - 0x0010 >= 0x7ff0 - 0x0010) {
    if (!subnormal(x, top)) return SPECIAL;
    ix = normalised(x);
  }
  const hi = <u32>(ix >> 32);
  const lo = <u32>ix;
  const tmpHi = <i32>(hi - OFF_HI);
  const i = (<u32>tmpHi >> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords(hi - (<u32>tmpHi & 0xfff00000), lo);
  const e = LOG_TAB + (<usize>i << 4);
  const invc = load<f64>(e);
  const logc = load<f64>(e, 8);
  const r = fma(z, invc, -1.0);
  const kd = <f64>k;
  const w = kd * LOG_LN2HI + logc;
  const h = w + r;
  const l = fma(kd, LOG_LN2LO, w - h + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, LOG_A4, LOG_A3), fma(r, LOG_A2, LOG_A1));
  return fma(r * r2, p, fma(r2, LOG_A0, l)) + h;
}

const TWO54: f64 = 18014398509481984.0;
const IVLN10: f64 = 0.4342944819032518;
const LOG10_2HI: f64 = 0.30102999566361177;
const LOG10_2LO: f64 = 3.694239077158931e-13;

/** glibc's __ieee754_log10 (built without FMA) around its FMA log. */
// @ts-ignore: decorator
@inline
export function log10(x: f64): f64 {
  let hx = <i32>hiWord(x);
  let lx = loWord(x);
  let k: i32 = 0;
  if (hx < 0x00100000) {
    if ((hx & 0x7fffffff) == 0 && lx == 0) return -Infinity;
    if (hx < 0) return isNaN(x) ? x + x : NaN;
    k = -54;
    const xs = x * TWO54;
    hx = <i32>hiWord(xs);
    lx = loWord(xs);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i: i32 = k < 0 ? 1 : 0;
  const y = <f64>(k + i);
  const m = fromWords(<u32>((hx & 0x000fffff) | ((0x3ff - i) << 20)), lx);
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
