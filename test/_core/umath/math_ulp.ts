/**
 * Helpers for comparing transcendental ufunc results with NumPy's: ulp distances per
 * float type, exactness of special values, and exact transfer of float64 arrays.
 */
import { doubleToHalfBits } from '../../../src/_core/float16.js';

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

export type FloatKind = 'float16' | 'float32' | 'float64';

/** Position of x on the number line of its type, so that ulp distance is a difference. */
function ordinal64(x: number): bigint {
  F64[0] = x;
  const b = I64[0]!;
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}

function ordinal(x: number, kind: 'float16' | 'float32'): number {
  if (kind === 'float32') {
    F32[0] = x;
    const b = I32[0]!;
    return b < 0 ? -(b & 0x7fffffff) : b;
  }
  const h = doubleToHalfBits(x);
  return h & 0x8000 ? -(h & 0x7fff) : h;
}

/** A value NumPy must be matched on exactly: NaN, ±inf, ±0. */
export function isSpecial(x: number): boolean {
  return !Number.isFinite(x) || x === 0;
}

/**
 * Distance in ulps of the type between got and expected; Infinity when a special
 * value (NaN, ±inf, ±0 with its sign) is not matched exactly.
 */
export function ulpDiff(got: number, expected: number, kind: FloatKind): number {
  if (isSpecial(expected) || isSpecial(got)) {
    if (Number.isNaN(expected)) return Number.isNaN(got) ? 0 : Infinity;
    if (Object.is(got, expected)) return 0;
    // A zero against a subnormal of the same sign is a rounding difference, not a special miss.
    if (expected === 0 || got === 0) {
      if (!Number.isFinite(got) || !Number.isFinite(expected) || Number.isNaN(got)) return Infinity;
      if (expected === 0 && got === 0) return Infinity; // ±0 sign mismatch
    } else return Infinity;
  }
  if (kind === 'float64') {
    const d = ordinal64(got) - ordinal64(expected);
    return Number(d < 0n ? -d : d);
  }
  return Math.abs(ordinal(got, kind) - ordinal(expected, kind));
}

/** Base64 of float64 values (exact, including NaN/inf/−0) for the Python side. */
export function toBase64(values: ArrayLike<number>): string {
  return Buffer.from(Float64Array.from(values).buffer).toString('base64');
}

export function fromBase64(b64: string): Float64Array {
  const buf = Buffer.from(b64, 'base64');
  return new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
}
