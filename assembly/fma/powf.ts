// glibc's powf (ARM optimized-routines' algorithm, the FMA build NumPy's float32 power calls
// on x86-64-v3): log2 x in double from a 16-entry table and a polynomial, then 2^(y·log2 x)
// from a 32-entry table, rounded once to float32. The same steps as `powf` of
// src/_core/umath/defs/libm_pow.ts, with the CPU's fma.
import { fma, fromWords, hiWord, loWord } from './common';

/** Pairs (1/c, log2 c) (e_powf_log2_data.c). */
const LOG2_T = memory.data<f64>([
  1.3989071621465281, -0.48430022186289673, 1.3403141896637998, -0.42257122959194704,
  1.286432210124115, -0.36337543476735562, 1.2367150214269895, -0.30651309567405577,
  1.1906977166711752, -0.25180720160537634, 1.1479821020556429, -0.19910014943794563,
  1.1082251448272158, -0.14825100623281615, 1.0711297413057381, -0.099133238073183916,
  1.0364372789772831, -0.051632812977629436, 1.0, 0.0,
  0.9492859795739057, 0.075085319379430041, 0.89510494286090037, 0.15987125980713107,
  0.84768216203511026, 0.23840466643176811, 0.80503148516920009, 0.31288288605863257,
  0.7664671008843108, 0.38370422656453185, 0.73142860331632797, 0.45121104893581498,
]);
const P0: f64 = 0.28845758110921399;
const P1: f64 = -0.36092606229713164;
const P2: f64 = 0.48089848147257702;
const P3: f64 = -0.72134746750062906;
const P4: f64 = 1.4426950408774342;
/** 2^(j/32) as bits (e_exp2f_data.c). */
const EXP2_T = memory.data<u64>([
  0x3ff0000000000000, 0x3fefd9b0d3158574, 0x3fefb5586cf9890f, 0x3fef9301d0125b51,
  0x3fef72b83c7d517b, 0x3fef54873168b9aa, 0x3fef387a6e756238, 0x3fef1e9df51fdee1,
  0x3fef06fe0a31b715, 0x3feef1a7373aa9cb, 0x3feedea64c123422, 0x3feece086061892d,
  0x3feebfdad5362a27, 0x3feeb42b569d4f82, 0x3feeab07dd485429, 0x3feea47eb03a5585,
  0x3feea09e667f3bcd, 0x3fee9f75e8ec5f74, 0x3feea11473eb0187, 0x3feea589994cce13,
  0x3feeace5422aa0db, 0x3feeb737b0cdc5e5, 0x3feec49182a3f090, 0x3feed503b23e255d,
  0x3feee89f995ad3ad, 0x3feeff76f2fb5e47, 0x3fef199bdd85529c, 0x3fef3720dcef9069,
  0x3fef5818dcfba487, 0x3fef7c97337b9b5f, 0x3fefa4afa2a490da, 0x3fefd0765b6e4540,
]);
const E0: f64 = 0.055503615593415351;
const E1: f64 = 0.2402284522445722;
const E2: f64 = 0.69314718069162029;
const SHIFT: f64 = 211106232532992.0;
const SIGN_BIAS: u32 = 1 << 16;
const MIN_SUB: f32 = 1.401298464324817e-45;

@inline
function bits(x: f32): u32 {
  return reinterpret<u32>(x);
}

@inline
function zeroinfnan(v: f32): bool {
  return v == 0 || !isFinite(v);
}

/** 0: y is not an integer; 1: an odd integer; 2: an even one (y finite, nonzero). */
function checkint(y: f32): i32 {
  if (Mathf.floor(y) != y) return 0;
  if (Mathf.abs(y) >= 16777216.0) return 2;
  return Mathf.abs(y) % 2 == 1 ? 1 : 2;
}

/** log2 of a float32 given by its normalised bits, in double. */
@inline
function log2f(ix: u32): f64 {
  const tmp = ix - 0x3f330000;
  const i = (tmp >>> 19) & 15;
  const top = tmp & 0xff800000;
  const iz = ix - top;
  const k = <f64>(<i32>top >> 23);
  const t = LOG2_T + (<usize>i << 4);
  const invc = load<f64>(t);
  const logc = load<f64>(t, 8);
  const z = <f64>reinterpret<f32>(iz);
  const r = fma(z, invc, -1.0);
  const y0 = logc + k;
  const r2 = r * r;
  const r4 = r2 * r2;
  const y = fma(P0, r, P1);
  const p = fma(P2, r, P3);
  let q = fma(P4, r, y0);
  q = fma(p, r2, q);
  return fma(y, r4, q);
}

/** 2^xd in double (|xd| < 128), with the sign bias in the scale's exponent field. */
@inline
function exp2d(xd: f64, signBias: u32): f64 {
  let kd = xd + SHIFT;
  const ki = loWord(kd);
  kd -= SHIFT;
  const r = xd - kd;
  const e = load<u64>(EXP2_T + (<usize>(ki & 31) << 3));
  const s = fromWords(<u32>(e >>> 32) + ((ki + signBias) << 15), <u32>e);
  const r2 = r * r;
  const z = fma(E0, r, E1);
  let y = fma(E2, r, 1.0);
  y = fma(z, r2, y);
  return y * s;
}

/** C powf(x, y). */
export function powf(x: f32, y: f32): f32 {
  let signBias: u32 = 0;
  let ix = bits(x);
  const iy = bits(y);
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || zeroinfnan(y)) {
    if (zeroinfnan(y)) {
      if (y == 0) return 1.0;
      if (x == 1) return 1.0;
      if (isNaN(x) || isNaN(y)) return x + y;
      if (Mathf.abs(x) == 1) return 1.0;
      if ((Mathf.abs(x) < 1) == !(iy >>> 31)) return 0.0;
      return y * y;
    }
    if (zeroinfnan(x)) {
      let x2 = x * x;
      let sb = false;
      if (ix >>> 31 && checkint(y) == 1) {
        x2 = -x2;
        sb = true;
      }
      if (x == 0 && iy >>> 31) return sb ? -Infinity : Infinity;
      return iy >>> 31 ? <f32>1.0 / x2 : x2;
    }
    if (ix >>> 31) {
      const yint = checkint(y);
      if (yint == 0) return NaN;
      if (yint == 1) signBias = SIGN_BIAS;
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      ix = bits(reinterpret<f32>(ix) * <f32>8388608.0) & 0x7fffffff;
      ix -= 23 << 23;
    }
  }
  const logx = log2f(ix);
  const ylogx = <f64>y * logx;
  if (((hiWord(ylogx) >>> 15) & 0xffff) >= 0x405f8000 >>> 15) {
    if (ylogx > 127.99999995700433) return signBias ? -Infinity : Infinity;
    if (ylogx <= -150.0) return signBias ? -0.0 : 0.0;
    if (ylogx < -149.0) return signBias ? -MIN_SUB : MIN_SUB;
  }
  return <f32>exp2d(ylogx, signBias);
}

/**
 * o[i] = powf(a[i], o[i]) for i < n (the exponents arrive in the output block); returns the
 * flags of NumPy's loop as index.ts powF64 does: 1 invalid, 2 divide-by-zero, 4 overflow.
 */
export function powF32(a: usize, o: usize, n: i32): i32 {
  let flags: i32 = 0;
  for (let i = 0; i < n; i++) {
    const p = <usize>i << 2;
    const x = load<f32>(a + p);
    const y = load<f32>(o + p);
    const r = powf(x, y);
    store<f32>(o + p, r);
    if (r - r != 0) {
      if (isNaN<f32>(r)) {
        if (!isNaN<f32>(x) && !isNaN<f32>(y)) flags |= 1;
      } else if (isFinite<f32>(x) && isFinite<f32>(y)) flags |= x == 0 ? 2 : 4;
    }
  }
  return flags;
}
