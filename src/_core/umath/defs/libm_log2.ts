/**
 * log2 and log10 for doubles, step for step as Debian's glibc 2.36 computes them (NumPy's
 * float64 loops call these on Linux). V8's Math.log2 / Math.log10 differ in the last bit
 * for some inputs.
 *
 * log2 is glibc's FMA build (__log2_fma, chosen at run time on x86-64-v3; ARM
 * optimized-routines' algorithm with a 64-entry table): each fusion GCC made, read off
 * the machine code, is an exact `fma` here. log10 is fdlibm's reduction around glibc's
 * (FMA) log, built without FMA.
 */
import { fma, productError } from './fma.js';
import { fromWords, hiWord, loWord } from './fpbits.js';
import { logFast } from './libm_double.js';

// Tables of sysdeps/ieee754/dbl-64/e_log2_data.c (ARM optimized-routines, MIT OR
// Apache-2.0), converted from their hex-float literals (checked against the libm here).
/* biome-ignore-all format: generated tables */
const INVLN2HI = 1.4426950407214463;
const INVLN2LO = 1.6751713164886512e-10;
/** Polynomial B for log2(1 + r) near 1 (e_log2_data.c poly1). */
const B = new Float64Array([
  -0.7213475204444817, 0.48089834696298744, -0.360673760222145, 0.2885390081805197,
  -0.24044917405728863, 0.2060992861022954, -0.18033596705327856, 0.1603032746063156,
  -0.14483316576701266, 0.13046826811283835,
]);
/** Polynomial A for log2(1 + r) − r/ln2 after table reduction. */
const A = new Float64Array([
  -0.7213475204444882, 0.4808983469629985, -0.36067375954075914, 0.2885390073180969,
  -0.2404693555628422, 0.2061202382173603,
]);
/** Pairs (1/c, log2 c) for the 64 subintervals. */
const TAB = new Float64Array([
  1.4463276106642393, -0.5323943771486483, 1.4301675812282968, -0.516184206053822,
  1.4143648676229383, -0.5001543441974263, 1.3989068970611538, -0.4842999484799293,
  1.3837838957784339, -0.46861865624623533, 1.368983882697786, -0.4531054615783887,
  1.3544972916324536, -0.43775750882059583, 1.3403139676437443, -0.4225709906127122,
  1.3264249304188642, -0.40754302793970965, 1.3128203652112156, -0.3926695240384106,
  1.299492412370217, -0.3779482100565019, 1.28643198385998, -0.36337518101890964,
  1.2736319291846832, -0.3489484089425332, 1.2610838968062879, -0.33466425780738973,
  1.248780314313572, -0.3205197000629596, 1.2367150450059063, -0.3065131231801388,
  1.2248804968401878, -0.2926410022678283, 1.2132702353497795, -0.2789009220805383,
  1.2018780785715362, -0.2652905529862437, 1.190697765061355, -0.2518072602367738,
  1.1797235410550593, -0.23844881494437686, 1.1689498986205256, -0.22521309705462045,
  1.158371137408455, -0.21209756102439314, 1.1479820146386086, -0.1991000395789797,
  1.1377775576851088, -0.18621852970682085, 1.127753150630225, -0.17345131655361,
  1.1179037012282074, -0.16079591649577196, 1.1082251967632821, -0.14825107384353942,
  1.098712461056607, -0.13581387465410444, 1.0893619091634283, -0.12348332762257996,
  1.0801689912316736, -0.11125703807351783, 1.071129489697672, -0.09913289918449664,
  1.0622406576750423, -0.08711065531497297, 1.0534977607927976, -0.07518724771330199,
  1.044897877982342, -0.06336194888240243, 1.0364370289499079, -0.0516324649456692,
  1.0281122132034575, -0.039997735929773626, 1.0199202450036955, -0.028456341769015125,
  1.0118577522306755, -0.017006489068080555, 1.003921649236766, -0.005646678981520381,
  0.9922480467550775, 0.011227277611396858, 0.9770993366178549, 0.033422853921138085,
  0.9624059787315814, 0.05528248992573026, 0.9481480598286369, 0.07681573143713649,
  0.9343065931261065, 0.09803204623631245, 0.9208633936884979, 0.11894094059630334,
  0.9078013641840602, 0.13955143862290242, 0.8951048181512927, 0.15987146080919956,
  0.882758574260473, 0.17990916589428707, 0.8707481902241709, 0.19967252559081317,
  0.8590602881746972, 0.2191687127685782, 0.8476822044336688, 0.23840459427242422,
  0.8366013284053287, 0.25738780610663525, 0.8258064913621258, 0.27612433583180973,
  0.8152865101579193, 0.2946209507022104, 0.8050314363208223, 0.31288297359969874,
  0.7950310492640542, 0.33091689015759584, 0.7852760432487271, 0.3487282100279572,
  0.7757575660314712, 0.36632223233368677, 0.7664670566588946, 0.383704309808536,
  0.7573965608078645, 0.4008792246509074, 0.7485380168514022, 0.41785250494945103,
  0.7398844213755009, 0.4346281724315304, 0.7314286113178112, 0.45121103315341315,
]);

/** High word of the reduction offset 0x3fe6000000000000 (its low word is 0). */
const OFF_HI = 0x3fe60000;
/** Bounds of glibc's close-to-1 interval [1 − 0x1.5b51p-5, 1 + 0x1.6ab2p-5). */
const NEAR_LO = 1 - 0.04239702224731445;
const NEAR_HI = 1 + 0.044274330139160156;

/** log2 close to 1: r/ln2 split in hi + lo, then a degree-11 polynomial. */
function log2Near1(x: number): number {
  if (x === 1) return 0;
  const r = x - 1.0;
  const hi = r * INVLN2HI;
  const r2 = r * r;
  const r4 = r2 * r2;
  let lo = fma(r, INVLN2LO, fma(INVLN2HI, r, -hi));
  const b01 = fma(r, B[1]!, B[0]!);
  // y = hi + r²·(B0 + r·B1) and its rounding error, both fused.
  const y = fma(b01, r2, hi);
  lo += fma(b01, r2, hi - y);
  const q = fma(
    fma(fma(r, B[9]!, B[8]!), r2, fma(r, B[7]!, B[6]!)),
    r4,
    fma(fma(r, B[5]!, B[4]!), r2, fma(r, B[3]!, B[2]!)),
  );
  lo = fma(q, r4, lo);
  return y + lo;
}

/**
 * Special inputs of log2 (x < 2^-1022, ±0, inf, NaN): the value, or for a subnormal x the
 * normalised words in SUB_HI/SUB_LO and `undefined`.
 */
let SUB_HI = 0;
let SUB_LO = 0;
function log2Special(x: number, top: number): number | undefined {
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return Number.isNaN(x) ? x + x : Number.NaN;
  const xn = x * 4503599627370496; // 2^52
  SUB_HI = (hiWord(xn) - (52 << 20)) >>> 0;
  SUB_LO = loWord(xn);
  return undefined;
}

/**
 * NumPy's np.log2 on float64 (glibc's log2, FMA build): x = 2^k·z, log2 x = k + log2 c +
 * log2(z/c), with a degree-7 polynomial in r = z/c − 1.
 *
 * @example log2(8) // 3
 */
export function log2(x: number): number {
  if (x >= NEAR_LO && x < NEAR_HI) return log2Near1(x);
  let hi = hiWord(x);
  let lo = loWord(x);
  const top = hi >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    const s = log2Special(x, top);
    if (s !== undefined) return s;
    hi = SUB_HI;
    lo = SUB_LO;
  }
  const tmpHi = (hi - OFF_HI) | 0;
  const i = (tmpHi >>> 14) & 63;
  const k = tmpHi >> 20;
  const z = fromWords((hi - (tmpHi & 0xfff00000)) >>> 0, lo);
  const invc = TAB[2 * i]!;
  const logc = TAB[2 * i + 1]!;
  const r = fma(z, invc, -1.0);
  const t1 = r * INVLN2HI;
  const t2 = fma(r, INVLN2LO, fma(INVLN2HI, r, -t1));
  const t3 = k + logc; // exact by the table's construction
  const h = t3 + t1;
  const l = t3 - h + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(r, A[5]!, A[4]!), r4, fma(fma(r, A[3]!, A[2]!), r2, fma(r, A[1]!, A[0]!)));
  return fma(r2, p, l) + h;
}

/**
 * Bound on |S' − S| for log2Fast's small part S = lo + r²·p (|r| < 2^-7): glibc's fusions in
 * p and in the final r²·p + lo each move S by at most half an ulp of a value below 2^-14
 * (≤ 2^-67), those in t2 far less: ≈2^-65 in all, taken as 2^-62.
 */
const LOG2_S_ERR = 2 ** -62;

/**
 * np.log2 on float64 with glibc's exact result, mostly without emulated FMAs (as logFast in
 * libm_double.ts): r = fma(z, invc, −1) and t2 are formed exactly, the small part with plain
 * operations, and the final S + hi — where glibc does not fuse — is taken when every value
 * within LOG2_S_ERR of S rounds to the same double; otherwise (rarely), near 1 and for
 * special or subnormal inputs, the exact `log2` runs.
 *
 * @example log2Fast(0.125) // -3
 */
export function log2Fast(x: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity) || (x >= NEAR_LO && x < NEAR_HI)) {
    return log2(x);
  }
  const hx = hiWord(x);
  const tmpHi = (hx - OFF_HI) | 0;
  const i = (tmpHi >>> 14) & 63;
  const k = tmpHi >> 20;
  const z = fromWords((hx - (tmpHi & 0xfff00000)) >>> 0, loWord(x));
  const invc = TAB[2 * i]!;
  const logc = TAB[2 * i + 1]!;
  // r = RN(z·invc − 1): the exact product pz + pe, then one rounding of (pz − 1) + pe.
  const pz = z * invc;
  const r = pz - 1.0 + productError(z, invc, pz);
  const t1 = r * INVLN2HI;
  const t2 = r * INVLN2LO + productError(INVLN2HI, r, t1);
  const t3 = k + logc;
  const h = t3 + t1;
  const l = t3 - h + t1 + t2;
  const r2 = r * r;
  const p = A[0]! + r * A[1]! + r2 * (A[2]! + r * A[3]!) + r2 * r2 * (A[4]! + r * A[5]!);
  const S = l + r2 * p;
  const res = S + h;
  if (h + (S + LOG2_S_ERR) !== res || h + (S - LOG2_S_ERR) !== res) return log2(x);
  return res;
}

const TWO54 = 18014398509481984;
const IVLN10 = Math.LOG10E; // glibc ivln10, 0x3FDBCB7B1526E50E
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;

/**
 * NumPy's np.log10 on float64 (glibc's __ieee754_log10): x = 2^n·m with m in [1, 2) (or
 * [½, 1) for n < 0), log10 x = n·log10(2) + log(m)/ln 10, the log being glibc's (FMA) log.
 *
 * @example log10(1000) // 3
 */
export function log10(x: number): number {
  let hx = hiWord(x) | 0;
  let lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022, ±0 or negative (including negative NaNs): hx is signed.
    if ((hx & 0x7fffffff) === 0 && lx === 0) return -Infinity;
    if (hx < 0) return Number.isNaN(x) ? x + x : Number.NaN;
    k = -54;
    const xs = x * TWO54; // subnormal: scale up
    hx = hiWord(xs) | 0;
    lx = loWord(xs);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const m = fromWords((hx & 0x000fffff) | ((0x3ff - i) << 20), lx);
  const z = y * LOG10_2LO + IVLN10 * logFast(m);
  return z + y * LOG10_2HI;
}
