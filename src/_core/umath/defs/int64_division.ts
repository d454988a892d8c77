/**
 * int64 floor_divide and remainder on their 32-bit words: while both operands are below 2^52
 * in magnitude the quotient comes from doubles exactly (Math.floor(x / y) is the true floor
 * or one more, which the remainder's sign shows), so BigInts are made only for larger values
 * and for division by zero (the BigInt path raises NumPy's flags). ai // 7 on 1e6 int64:
 * the BigInt loop took ~15 ms. A constant int32 divisor over data that fits int32 runs on
 * SIMD lanes (kernels/int_wasm.ts i64FloorDivScalar).
 */
import { i64FloorDivScalar } from '../../kernels/int_wasm.js';

type Big = (a: bigint, b: bigint) => bigint;

const TWO32 = 4294967296;
const INV32 = 1 / TWO32;
/** High words of the int64 values below 2^52 in magnitude. */
const HI = 0x100000;

function words(x: BigInt64Array): Int32Array {
  return new Int32Array(x.buffer, x.byteOffset, 2 * x.length);
}

/** q, r of the floor division of a by b (|a|, |b| < 2^52, b != 0) from a quotient estimate
 * within one of the truth, written as the int64 words of q (rem false) or r at o[2i]. */
function store(o: Int32Array, i: number, a: number, b: number, est: number, rem: boolean): void {
  let q = Math.floor(est);
  let r = a - q * b;
  // Python's floor: r takes b's sign (or is 0) and |r| < |b|; one step fixes the estimate.
  // (a / b and a·(1/b) err by less than 1/|b| below 2^52, the least distance from a/b to
  // another integer: they can fall just short of an exact quotient, never pass the next one;
  // both directions are checked all the same.)
  if (b > 0 ? r < 0 : r > 0) {
    q -= 1;
    r += b;
  } else if (b > 0 ? r >= b : r <= b) {
    q += 1;
    r -= b;
  }
  const v = rem ? r : q;
  const hi = Math.floor(v * INV32);
  o[2 * i] = (v - hi * TWO32) | 0;
  o[2 * i + 1] = hi;
}

/** out[i] = x[i] // y[i] or x[i] % y[i] (rem), Python's signs; `big` is the exact BigInt rule. */
function divideArrays(
  x: BigInt64Array,
  y: BigInt64Array,
  out: BigInt64Array,
  rem: boolean,
  big: Big,
): void {
  const o = words(out);
  const xw = words(x);
  const yw = words(y);
  for (let i = 0, n = out.length; i < n; i++) {
    const xh = xw[2 * i + 1]!;
    const yh = yw[2 * i + 1]!;
    const a = xh * TWO32 + (xw[2 * i]! >>> 0);
    const b = yh * TWO32 + (yw[2 * i]! >>> 0);
    if (xh < -HI || xh >= HI || yh < -HI || yh >= HI || b === 0) out[i] = big(x[i]!, y[i]!);
    else store(o, i, a, b, a / b, rem);
  }
}

/** divideArrays with one divisor s: the estimate by s's reciprocal (corrected like a quotient). */
function divideByScalar(
  x: BigInt64Array,
  s: bigint,
  out: BigInt64Array,
  rem: boolean,
  big: Big,
): void {
  const n = out.length;
  if (s === 0n || s <= -(2n ** 52n) || s >= 2n ** 52n) {
    for (let i = 0; i < n; i++) out[i] = big(x[i]!, s);
    return;
  }
  const b = Number(s);
  const inv = 1 / b;
  const o = words(out);
  const xw = words(x);
  for (let i = 0; i < n; i++) {
    const xh = xw[2 * i + 1]!;
    const a = xh * TWO32 + (xw[2 * i]! >>> 0);
    if (xh < -HI || xh >= HI) out[i] = big(x[i]!, s);
    else store(o, i, a, b, a * inv, rem);
  }
}

/** The engine's fast kernels (aa, as, sa) of one of the two, over the exact BigInt function. */
export function int64DivKernels(rem: boolean, big: Big) {
  return {
    aa: (a: BigInt64Array, b: BigInt64Array, out: BigInt64Array) =>
      divideArrays(a, b, out, rem, big),
    as: (a: BigInt64Array, s: bigint, out: BigInt64Array) => {
      // int32-range data and divisor: the SIMD magic-number kernel, block by block.
      const fallback = (from: number, to: number) =>
        divideByScalar(a.subarray(from, to), BigInt(s), out.subarray(from, to), rem, big);
      if (!i64FloorDivScalar(a, Number(s), rem, out, fallback))
        divideByScalar(a, BigInt(s), out, rem, big);
    },
    sa: (s: bigint, a: BigInt64Array, out: BigInt64Array) => {
      const v = BigInt(s);
      for (let i = 0; i < out.length; i++) out[i] = big(v, a[i]!);
    },
  };
}
