/** Helpers for the kernel tests: fixture decoding, the generated sequence, ulp distances. */
import { loadFixture } from '../helpers.js';

export type Backend = 'wasm' | 'js';
export const BACKENDS: Backend[] = ['wasm', 'js'];

let fixture: any;
/** test/fixtures/kernels.json (scripts/fixtures/gen_kernels.py). */
export function kernelsFixture(): any {
  fixture ??= loadFixture('kernels');
  return fixture;
}

/** base64 of little-endian bytes to a fresh ArrayBuffer. */
export function bytes(b64: string): ArrayBuffer {
  const bin = Buffer.from(b64, 'base64');
  const out = new ArrayBuffer(bin.length);
  new Uint8Array(out).set(bin);
  return out;
}
export const f64s = (b64: string): Float64Array => new Float64Array(bytes(b64));
export const f32s = (b64: string): Float32Array => new Float32Array(bytes(b64));
export const i64s = (b64: string): BigInt64Array => new BigInt64Array(bytes(b64));

/** gen_kernels.py's `seq`: exact, deterministic data for large cases. */
export function seq(
  dtype: 'float64' | 'float32',
  start: number,
  n: number,
): Float64Array | Float32Array {
  const out = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const i = start + k;
    const h = Math.imul(i, 2654435761 | 0) >>> 0;
    const base = dtype === 'float32' ? (h >>> 8) / 2 ** 24 - 0.5 : h / 2 ** 32 - 0.5;
    out[k] = base * 2 ** (((i * 7) % 13) * 4 - 24);
  }
  return out;
}

/** Copy `src` into a fresh array at element offset `off` of a larger buffer (a misaligned view). */
export function at<T extends Float64Array | Float32Array | BigInt64Array>(src: T, off: number): T {
  const C = src.constructor as new (n: number) => T;
  const big = new C(src.length + off + 3);
  (big as unknown as Float64Array).set(src as unknown as Float64Array, off);
  return big.subarray(off, off + src.length) as T;
}

const f64buf = new Float64Array(1);
const i64buf = new BigInt64Array(f64buf.buffer);
const f32buf = new Float32Array(1);
const i32buf = new Int32Array(f32buf.buffer);

function ord64(x: number): bigint {
  f64buf[0] = x;
  const b = i64buf[0]!;
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}
function ord32(x: number): number {
  f32buf[0] = x;
  const b = i32buf[0]!;
  return b < 0 ? -(b & 0x7fffffff) : b;
}

/**
 * Distance in units in the last place between two values of a float type: the number of
 * representable values between them. Two NaNs are 0 apart; +0 and -0 are 0 apart (signs of
 * zeros are checked separately with Object.is).
 */
export function ulpDiff(x: number, y: number, dtype: 'float64' | 'float32'): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y) ? 0 : Infinity;
  if (dtype === 'float64') {
    const d = ord64(x) - ord64(y);
    return Number(d < 0n ? -d : d);
  }
  return Math.abs(ord32(x) - ord32(y));
}

/** Same value: equal bits for numbers except any NaN equals any NaN. */
export function same(x: number | bigint, y: number | bigint): boolean {
  if (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x)) return Number.isNaN(y);
  return Object.is(x, y);
}

/** Index of the first element where the arrays differ (by `same`), or -1. */
export function firstDiff(x: ArrayLike<number | bigint>, y: ArrayLike<number | bigint>): number {
  if (x.length !== y.length) return Math.min(x.length, y.length);
  for (let i = 0; i < x.length; i++) if (!same(x[i]!, y[i]!)) return i;
  return -1;
}
