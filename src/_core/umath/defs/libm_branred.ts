/**
 * glibc's branred (dbl-64/branred.c, built without FMA): Payne–Hanek reduction of a huge
 * double by π/2 with 2/π to 1200 bits, shared by the sin/cos and tan ports. The result is
 * the double-double BR[0] + BR[1] = x − n·π/2; the call returns n mod 4.
 */
import { hiWord } from './fpbits.js';
import { TOVERP } from './libm_sincos_data.js';

const T576 = 2 ** 576;
const TM600 = 2 ** -600;
const TM24 = 2 ** -24;
const BIG = 6755399441055744.0;
const BIG1 = 27021597764222976.0;
const SPLIT = 134217729.0;
const BR_HP0 = 1.5707963267948966;
const BR_HP1 = 6.123233995736766e-17;
const BR_MP1 = 1.5707963407039642;
const BR_MP2 = -1.3909067675399456e-8;

/** 2^(576 − 24k): branred's scale for the k-th 24-bit digit of 2/π (exact powers of two). */
const GOR = Float64Array.from({ length: 52 }, (_, k) => T576 * 2 ** (-24 * k));

/** BR[0] + BR[1]: branred's result; BR[2] + BR[3]: `turns`' fraction. */
export const BR = new Float64Array(4);
const R = new Float64Array(6);

/** Whole and fractional turns (fraction as BR[2] + BR[3]) of x·2/π for a 27-bit part x. */
function turns(x: number): number {
  let k = Math.trunc((((hiWord(x) >>> 20) & 2047) - 450) / 24);
  if (k < 0) k = 0;
  let gor = GOR[k]!;
  for (let i = 0; i < 6; i++) {
    R[i] = x * TOVERP[k + i]! * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = R[i]! + BIG - BIG;
    sum += s;
    R[i] = R[i]! - s;
  }
  let t = 0;
  for (let i = 5; i >= 0; i--) t += R[i]!;
  let bb = R[0]! - t + R[1]! + R[2]! + R[3]! + R[4]! + R[5]!;
  let s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  BR[2] = b;
  BR[3] = bb;
  return sum - s;
}

/** Payne–Hanek: BR[0] + BR[1] = x − n·π/2; returns n mod 4. */
export function branred(x: number): number {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const sum1 = turns(x1);
  const b1 = BR[2]!;
  const bb1 = BR[3]!;
  const sum2 = turns(x2);
  const b2 = BR[2]!;
  const bb2 = BR[3]!;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * BR_HP0;
  bb = t1 * BR_MP1 - b + t1 * BR_MP2 + t2 * BR_MP1 + (t2 * BR_MP2 + s * BR_HP1 + t * BR_HP0);
  s = b + bb;
  BR[0] = s;
  BR[1] = b - s + bb;
  return Math.trunc(sum) & 3;
}
