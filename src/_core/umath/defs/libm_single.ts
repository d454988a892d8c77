/**
 * expf, sinf and cosf as glibc 2.3x computes them (ARM optimized-routines' algorithms in
 * double arithmetic, FMA builds on x86-64-v3). NumPy's complex64 expm1 formula
 * (expm1f(x)·cosf(y) − 2·sinf²(y/2)) cancels; it reproduces only with the same
 * primitives. The fused steps were read off the machine code of those builds.
 */
import { fma, productError } from './fma.js';
import { DEFAULT_NAN, f32Bits, f32FromBits, fromWords, loWord } from './fpbits.js';
import { EXP2F_TAB } from './libm_data.js';
import { expm1f } from './libm_float.js';

const fround = Math.fround;

// expf: 2^(k/32) from the exp2f table, a cubic in the remainder (e_exp2f_data.c, scaled).
const INVLN2_SCALED = 46.16624130844683;
const SHIFT = 6755399441055744.0;
const C0 = 1.6938359250920212e-6;
const C1 = 0.00023459809789509004;
const C2 = 0.021660849396613134;

/** glibc expf. */
export function expf(x: number): number {
  x = fround(x);
  const abstop = (f32Bits(x) >>> 20) & 0x7ff;
  if (abstop >= 0x42b) {
    // |x| ≥ 88 or NaN.
    if (x === -Infinity) return 0;
    if (abstop >= 0x7f8) return x + x;
    if (x > 88.72283172607422) return Infinity;
    if (x < -103.97207641601562) return 0;
  }
  // z = InvLn2N·x is used by two additions: both fuse it.
  let kd = fma(INVLN2_SCALED, x, SHIFT);
  const ki = loWord(kd);
  kd -= SHIFT;
  const r = fma(INVLN2_SCALED, x, -kd);
  const i = ki & 31;
  const s = fromWords((EXP2F_TAB[2 * i + 1]! + ((ki << 15) >>> 0)) >>> 0, EXP2F_TAB[2 * i]!);
  const z = fma(C0, r, C1);
  const r2 = r * r;
  let y = fma(C2, r, 1);
  y = fma(z, r2, y);
  return fround(y * s);
}

interface SincosTable {
  sign: readonly number[];
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  s1: number;
  s2: number;
  s3: number;
}
const HPI_INV = 10680707.430881744; // 2/π · 2^24
const HPI = 1.5707963267948966;
const PI63 = 3.4061215800865545e-19;
const PIO4_TOP = 0x3f4; // abstop12(π/4 as float)
const TAB0: SincosTable = {
  sign: [1.0, -1.0, -1.0, 1.0],
  c0: 1.0,
  c1: -0.49999999725108224,
  c2: 0.041666623324344516,
  c3: -0.001388676379437604,
  c4: 2.4390450703564542e-5,
  s1: -0.16666654943701084,
  s2: 0.008332178146138854,
  s3: -0.00019517298981385725,
};
/** The second table negates the cosine polynomial (quadrants 2 and 3). */
const TAB1: SincosTable = {
  ...TAB0,
  c0: -1.0,
  c1: -TAB0.c1,
  c2: -TAB0.c2,
  c3: -TAB0.c3,
  c4: -TAB0.c4,
};

/** sin (n even) or cos (n odd) polynomial of the reduced x, rounded to float. */
function sinfPoly(x: number, x2: number, p: SincosTable, n: number): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = fma(x2, p.s3, p.s2);
    const x7 = x3 * x2;
    const s = fma(x3, p.s1, x);
    return fround(fma(x7, s1, s));
  }
  const x4 = x2 * x2;
  const c2 = fma(x2, p.c4, p.c3);
  const c1 = fma(x2, p.c1, p.c0);
  const x6 = x4 * x2;
  const c = fma(x4, p.c2, c1);
  return fround(fma(x6, c2, c));
}

let N_QUAD = 0;

/** The quadrant n (mod 4) of the last reduceLarge call. */
export function quadrant(): number {
  return N_QUAD;
}

/** x − n·π/2 for |x| < 120 with n from a scaled conversion (quadrant in N_QUAD). */
function reduceFast(x: number): number {
  const r = x * HPI_INV;
  const n = ((Math.trunc(r) | 0) + 0x800000) >> 24;
  N_QUAD = n;
  return fma(-n, HPI, x);
}

/** 4/π to 192 bits, 8 new bits per entry (s_sincosf_data.c). */
const INV_PIO4 = [
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e, 0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529, 0x441529fc,
  0x1529fc27, 0x29fc2757, 0xfc2757d1, 0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db,
  0xddc0db62, 0xc0db6295, 0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
];

/** High word of the last mul32: a·b = MUL_HI·2^32 + low word. */
let MUL_HI = 0;

/** a·b for a < 2^31, b < 2^32, as two 32-bit words (low returned, high in MUL_HI), exactly. */
function mul32(a: number, b: number): number {
  const p1 = a * (b >>> 16); // < 2^47: exact
  const p1l = p1 % 65536;
  const mid = p1l * 65536 + a * (b & 0xffff); // < 2^48: exact
  MUL_HI = (p1 - p1l) / 65536 + Math.floor(mid / 4294967296);
  return mid % 4294967296;
}

/**
 * Exact reduction of a float ≥ 120 by π/2 (s_sincosf.h, also tanf's): a 32×96-bit product of
 * the mantissa and 4/π in 64-bit words (here as pairs of 32-bit halves), returning
 * |x| − n·π/2 with n in quadrant().
 */
export function reduceLarge(xi: number): number {
  const off = (xi >>> 26) & 15;
  const m = (((xi & 0xffffff) | 0x800000) << ((xi >>> 23) & 7)) >>> 0;
  // res0 = (res2 >> 32) | (low32(m·arr[0]) << 32), then += res1 (mod 2^64).
  let hi = Math.imul(m, INV_PIO4[off]!) >>> 0;
  mul32(m, INV_PIO4[off + 8]!);
  let lo = MUL_HI;
  lo += mul32(m, INV_PIO4[off + 4]!);
  hi += MUL_HI;
  if (lo >= 4294967296) {
    lo -= 4294967296;
    hi += 1;
  }
  hi >>>= 0;
  // n = (res0 + 2^61) >> 62; res0 −= n << 62, read as int64: a hi word in [−2^29, 2^29).
  const n = ((hi + 0x20000000) >>> 0) >>> 30;
  N_QUAD = n;
  hi = (hi - n * 0x40000000) | 0;
  // (int64)res0 → double: hi·2^32 is exact, adding lo rounds once, as the conversion does.
  return (hi * 4294967296 + lo) * PI63;
}

function sincosf(y: number, cosine: boolean): number {
  y = fround(y);
  const x = y;
  const abstop = (f32Bits(y) >>> 20) & 0x7ff;
  const odd = cosine ? 1 : 0;
  if (abstop < PIO4_TOP) {
    if (abstop < 0x398) return cosine ? 1.0 : y; // |y| < 2^-12
    return sinfPoly(x, x * x, TAB0, odd);
  }
  if (abstop < 0x42f) {
    // |y| < 120
    const r = reduceFast(x);
    const n = N_QUAD;
    const s = TAB0.sign[n & 3]!;
    return sinfPoly(r * s, r * r, n & 2 ? TAB1 : TAB0, n ^ odd);
  }
  if (abstop < 0x7f8) {
    const xi = f32Bits(y);
    const sign = xi >>> 31;
    const r = reduceLarge(xi);
    const n = N_QUAD;
    const s = TAB0.sign[(n + sign) & 3]!;
    return sinfPoly(r * s, r * r, (n + sign) & 2 ? TAB1 : TAB0, n ^ odd);
  }
  // ±inf: the CPU's default NaN (glibc's x − x); a NaN comes back quieted.
  return Number.isNaN(x) ? x + x : DEFAULT_NAN;
}

/** glibc sinf. */
export function sinf(y: number): number {
  return sincosf(y, false);
}

/** glibc cosf. */
export function cosf(y: number): number {
  return sincosf(y, true);
}

// sinhf and coshf are fdlibm's in glibc 2.3x (plain float build) over expf and expm1f.

/** glibc sinhf. */
export function sinhf(x: number): number {
  x = fround(x);
  const jx = f32Bits(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    if (ix < 0x31800000) return x;
    const t = expm1f(ax);
    if (ix < 0x3f800000)
      return fround(h * fround(fround(2.0 * t) - fround(fround(t * t) / fround(t + 1))));
    return fround(h * fround(t + fround(t / fround(t + 1))));
  }
  if (ix < 0x42b17180) return fround(h * expf(ax));
  if (ix <= 0x42b2d4fc) {
    const w = expf(fround(0.5 * ax));
    const t = fround(h * w);
    return fround(t * w);
  }
  return fround(x * 1.0e37);
}

/** glibc coshf. */
export function coshf(x: number): number {
  x = fround(x);
  const ix = f32Bits(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x41b00000) {
    if (ix < 0x3eb17218) {
      if (ix < 0x24000000) return 1.0;
      const t = expm1f(ax);
      const w = fround(1 + t);
      return fround(1 + fround(fround(t * t) / fround(w + w)));
    }
    const t = expf(ax);
    return fround(fround(0.5 * t) + fround(0.5 / t));
  }
  if (ix < 0x42b17180) return fround(0.5 * expf(ax));
  if (ix <= 0x42b2d4fc) {
    const w = expf(fround(0.5 * ax));
    const t = fround(0.5 * w);
    return fround(t * w);
  }
  if (ix >= 0x7f800000) return x * x;
  return Infinity;
}

// logf: log c from a 16-entry table, a cubic in r = z/c − 1 (e_logf_data.c).
const LOGF_TAB = [
  1.398907162146528, -0.33569133332882284, 1.3403141896637998, -0.2929040563774074,
  1.286432210124115, -0.2518726580937369, 1.2367150214269895, -0.21245868807117255,
  1.1906977166711752, -0.17453945183745634, 1.1479821020556429, -0.1380057072319758,
  1.1082251448272158, -0.10275976698545139, 1.0711297413057381, -0.06871392447020525,
  1.036437278977283, -0.0357891387398228, 1.0, 0.0, 0.9492859795739057, 0.05204517742929496,
  0.8951049428609004, 0.11081431298787942, 0.8476821620351103, 0.1652495223695143,
  0.8050314851692001, 0.21687389031699977, 0.7664671008843108, 0.2659635028121397,
  0.731428603316328, 0.3127556664073557,
];
const LOGF_A0 = -0.25089342214237154;
const LOGF_A1 = 0.333456765744066;
const LOGF_A2 = -0.4999997485802103;

/** glibc logf (FMA build). */
export function logf(x: number): number {
  x = fround(x);
  let ix = f32Bits(x);
  if (ix === 0x3f800000) return 0;
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000) {
    if ((ix << 1) >>> 0 === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || (ix << 1) >>> 0 >= 0xff000000)
      return Number.isNaN(x) ? x + x : DEFAULT_NAN;
    ix = (f32Bits(fround(x * 8388608)) - (23 << 23)) >>> 0; // subnormal: scale by 2^23
  }
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23;
  const z = f32FromBits((ix - (tmp & (0x1ff << 23))) >>> 0);
  const invc = LOGF_TAB[2 * i]!;
  const logc = LOGF_TAB[2 * i + 1]!;
  const r = fma(z, invc, -1);
  const y0 = fma(k, Math.LN2, logc);
  const r2 = r * r;
  let y = fma(LOGF_A1, r, LOGF_A2);
  y = fma(LOGF_A0, r2, y);
  return fround(fma(y, r2, y0 + r));
}

/** Bound on logfFast's unfused result vs glibc's fused one, relative to |v| + |y0| + |r|. */
const LOGF_ERR = 2 ** -48;

/**
 * logf with glibc's exact result, mostly without emulated FMAs: r = z/c − 1 is formed
 * exactly (Dekker), the rest with plain operations, and the float rounding taken when the
 * whole error interval rounds alike (each of the four other fusions moves the double result
 * by at most an ulp of a term bounded by |v| + |y0| + |r|); otherwise the exact logf runs.
 *
 * @example logfFast(1) // 0
 */
export function logfFast(x: number): number {
  x = fround(x);
  const ix = f32Bits(x);
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000 || ix === 0x3f800000) return logf(x);
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) & 15;
  const z = f32FromBits((ix - (tmp & (0x1ff << 23))) >>> 0);
  const invc = LOGF_TAB[2 * i]!;
  const pz = z * invc;
  const r = pz - 1 + productError(z, invc, pz);
  const y0 = ((tmp | 0) >> 23) * Math.LN2 + LOGF_TAB[2 * i + 1]!;
  const r2 = r * r;
  const v = (LOGF_A0 * r2 + (LOGF_A1 * r + LOGF_A2)) * r2 + (y0 + r);
  const res = fround(v);
  const e = (Math.abs(v) + Math.abs(y0) + Math.abs(r)) * LOGF_ERR;
  if (fround(v + e) !== res || fround(v - e) !== res) return logf(x);
  return res;
}

// atanf and atan2f: fdlibm's float versions in glibc 2.3x (plain float build).
const ATANHI = [4.6364760399e-1, 7.8539812565e-1, 9.8279368877e-1, 1.5707962513].map(fround);
const ATANLO = [5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8].map(fround);
const AT = [
  3.3333334327e-1, -2.0000000298e-1, 1.4285714924e-1, -1.1111110449e-1, 9.0908870101e-2,
  -7.6918758452e-2, 6.6610731184e-2, -5.8335702866e-2, 4.9768779427e-2, -3.6531571299e-2,
  1.6285819933e-2,
].map(fround);

/** glibc atanf: reduction to |x| < 7/16 around atan(0.5), atan(1), atan(1.5), atan(∞). */
export function atanf(x: number): number {
  x = fround(x);
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x + x;
    return hx > 0 ? fround(ATANHI[3]! + ATANLO[3]!) : fround(-ATANHI[3]! - ATANLO[3]!);
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = fround(fround(fround(2 * x) - 1) / fround(2 + x));
      } else {
        id = 1;
        x = fround(fround(x - 1) / fround(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = fround(fround(x - 1.5) / fround(1 + fround(1.5 * x)));
    } else {
      id = 3;
      x = fround(-1 / x);
    }
  }
  const z = fround(x * x);
  const w = fround(z * z);
  let p = AT[10]!;
  for (const j of [8, 6, 4, 2, 0]) p = fround(AT[j]! + fround(w * p));
  const s1 = fround(z * p);
  let q = AT[9]!;
  for (const j of [7, 5, 3, 1]) q = fround(AT[j]! + fround(w * q));
  const s2 = fround(w * q);
  if (id < 0) return fround(x - fround(x * fround(s1 + s2)));
  const r = fround(ATANHI[id]! - fround(fround(fround(x * fround(s1 + s2)) - ATANLO[id]!) - x));
  return hx < 0 ? -r : r;
}

const PI_O_4 = fround(7.8539818525e-1);
const PI_O_2 = fround(1.5707963705);
const PI_F = fround(3.141592741);
const PI_LO = fround(-8.7422776573e-8);

/** glibc atan2f. */
export function atan2f(y: number, x: number): number {
  x = fround(x);
  y = fround(y);
  const hx = f32Bits(x) | 0;
  const ix = hx & 0x7fffffff;
  const hy = f32Bits(y) | 0;
  const iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return x + y;
  if (hx === 0x3f800000) return atanf(y);
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2);
  if (iy === 0) return m < 2 ? y : m === 2 ? PI_F : -PI_F;
  if (ix === 0) return hy < 0 ? -PI_O_2 : PI_O_2;
  if (ix === 0x7f800000) {
    if (iy === 0x7f800000) {
      const q = [PI_O_4, -PI_O_4, fround(3 * PI_O_4), fround(-3 * PI_O_4)];
      return q[m]!;
    }
    return [0, -0, PI_F, -PI_F][m]!;
  }
  if (iy === 0x7f800000) return hy < 0 ? -PI_O_2 : PI_O_2;
  const k = (iy - ix) >> 23;
  let z: number;
  if (k > 60) z = fround(PI_O_2 + fround(0.5 * PI_LO));
  else if (hx < 0 && k < -60) z = 0;
  else z = atanf(Math.abs(fround(y / x)));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return fround(PI_F - fround(z - PI_LO));
    default:
      return fround(fround(z - PI_LO) - PI_F);
  }
}
