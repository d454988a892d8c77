/**
 * Bit-faithful ports of the C library routines whose rounding NumPy exposes on Linux:
 * glibc's cbrt (up to 4 ulp off, so fdlibm's would differ visibly) and the fdlibm-based
 * float log1pf and expm1f that glibc 2.3x ships. NumPy's float32 logaddexp and
 * complex64 log1p/expm1 formulas cancel, amplifying a 1-ulp primitive difference to
 * tens of ulps; with the same primitive the results agree exactly.
 * Float operations are emulated by rounding each double operation with Math.fround.
 */
import { DEFAULT_NAN } from './fpbits.js';
import { scalbn } from './fpmath.js';

const f = Math.fround;
const F32 = new Float32Array(1);
const U32 = new Int32Array(F32.buffer);
const F64 = new Float64Array(1);
/** F64's words, little-endian: [low, high]. */
const U64 = new Uint32Array(F64.buffer);

function bitsOf(x: number): number {
  F32[0] = x;
  return U32[0]!;
}
function fromBits(b: number): number {
  U32[0] = b;
  return F32[0]!;
}

const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt: a polynomial start on the mantissa in [0.5, 1), one Halley step. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp: |x| = xm·2^xe with xm in [0.5, 1), read from the exponent bits.
  F64[0] = Math.abs(x) < 2 ** -1022 ? Math.abs(x) * 2 ** 64 : Math.abs(x);
  const biased = (U64[1]! >>> 20) & 0x7ff;
  const xe = biased - 1022 - (Math.abs(x) < 2 ** -1022 ? 64 : 0);
  U64[1] = (U64[1]! & 0x800fffff) | (1022 << 20);
  const xm = F64[0]!;
  // glibc's coefficients (the same doubles as its decimal literals).
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  // C's xe / 3 truncates toward zero.
  return scalbn(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

const LN2_HI = f(6.9313812256e-1);
const LN2_LO = f(9.0580006145e-6);
const LP1 = f(6.6666668653e-1);
const LP2 = f(4.0000000596e-1);
const LP3 = f(2.8571429849e-1);
const LP4 = f(2.2222198546e-1);
const LP5 = f(1.818357259e-1);
const LP6 = f(1.5313838422e-1);
const LP7 = f(1.479819864e-1);
const TWO_THIRDS = f(0.6666666666666666);

/** glibc 2.3x log1pf (fdlibm): log(1 + x) from the reduced 1 + x = 2^k·(1 + f). */
export function log1pf(x: number): number {
  x = f(x);
  const hx = bitsOf(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let fr = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    if (ax >= 0x3f800000) {
      if (x === -1) return -Infinity;
      return Number.isNaN(x) ? x + x : DEFAULT_NAN; // x < -1: 0/0's NaN
    }
    if (ax < 0x31000000) {
      if (ax < 0x24800000) return x;
      return f(x - f(f(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      fr = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x);
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1));
      c = f(c / u);
    } else {
      u = x;
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = fromBits(hu | 0x3f800000);
    } else {
      k += 1;
      u = fromBits(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    fr = f(u - 1);
  }
  const hfsq = f(f(0.5 * fr) * fr);
  if (hu === 0) {
    if (fr === 0) {
      if (k === 0) return 0;
      c = f(c + f(k * LN2_LO));
      return f(f(k * LN2_HI) + c);
    }
    const R = f(hfsq * f(1 - f(TWO_THIRDS * fr)));
    if (k === 0) return f(fr - R);
    return f(f(k * LN2_HI) - f(f(R - f(f(k * LN2_LO) + c)) - fr));
  }
  const s = f(fr / f(2 + fr));
  const z = f(s * s);
  // Horner's scheme, one float rounding per operation, innermost first.
  let R = LP7;
  for (const coef of [LP6, LP5, LP4, LP3, LP2, LP1]) R = f(coef + f(z * R));
  R = f(z * R);
  if (k === 0) return f(fr - f(hfsq - f(s * f(hfsq + R))));
  return f(f(k * LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LN2_LO) + c))) - fr));
}

const O_THRESHOLD = f(8.8721679688e1);
const INVLN2 = f(1.4426950216);
const Q1 = f(-3.3333335072e-2);
const Q2 = f(1.5873016091e-3);
const Q3 = f(-7.936507609e-5);
const Q4 = f(4.0082177293e-6);
const Q5 = f(-2.0109921195e-7);

/** glibc 2.3x expm1f (fdlibm): exp(x) − 1 = 2^k·(1 + expm1(r)) − 1 with |r| ≤ ln2/2. */
export function expm1f(x: number): number {
  x = f(x);
  let hx = bitsOf(x);
  const neg = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4195b844) {
    if (hx >= 0x42b17218) {
      if (hx > 0x7f800000) return x + x;
      if (hx === 0x7f800000) return neg ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3eb17218) {
    let hi: number;
    let lo: number;
    if (hx < 0x3f851592) {
      if (!neg) {
        hi = f(x - LN2_HI);
        lo = LN2_LO;
        k = 1;
      } else {
        hi = f(x + LN2_HI);
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(f(f(INVLN2 * x) + (neg ? -0.5 : 0.5)));
      const t = k;
      hi = f(x - f(t * LN2_HI));
      lo = f(t * LN2_LO);
    }
    x = f(hi - lo);
    c = f(f(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  } else k = 0;
  const hfx = f(0.5 * x);
  const hxs = f(x * hfx);
  let r1 = Q5;
  for (const coef of [Q4, Q3, Q2, Q1]) r1 = f(coef + f(hxs * r1));
  r1 = f(1 + f(hxs * r1));
  let t = f(3 - f(r1 * hfx));
  let e = f(hxs * f(f(r1 - t) / f(6 - f(x * t))));
  if (k === 0) return f(x - f(f(x * e) - hxs));
  e = f(f(x * f(e - c)) - c);
  e = f(e - hxs);
  if (k === -1) return f(f(0.5 * f(x - e)) - 0.5);
  if (k === 1) {
    if (x < -0.25) return f(-2 * f(e - f(x + 0.5)));
    return f(1 + f(2 * f(x - e)));
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = f(1 - f(e - x));
    y = fromBits(bitsOf(y) + (k << 23));
    return f(y - 1);
  }
  if (k < 23) {
    t = fromBits(0x3f800000 - (0x1000000 >> k));
    y = f(t - f(e - x));
    y = fromBits(bitsOf(y) + (k << 23));
  } else {
    t = fromBits((0x7f - k) << 23);
    y = f(x - f(e + t));
    y = f(y + 1);
    y = fromBits(bitsOf(y) + (k << 23));
  }
  return y;
}
