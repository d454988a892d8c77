/**
 * Streaming of the ≤32-bit integer kernels (assembly/int_ops.ts) through the wasm module's
 * scratch blocks, as WasmKernels.binary does for floats: each block of the inputs is copied
 * into scratch, the kernel runs on it in place, and the results are copied out. Every call
 * returns false (and does nothing) when the block is short (< SMALL_N elements, where a wasm
 * call with its copies costs more than a JS loop) or the wasm backend is not in force: the
 * caller then runs its JS loop, which gives the same results.
 */
import { SMALL_N, wasmKernels } from './index.js';
import type { WasmKernels } from './wasm.js';

/** The typed arrays of the int8 … uint32 dtypes. */
export type IntArr = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;
type Ctor = { new (b: ArrayBuffer): IntArr; BYTES_PER_ELEMENT: number };

/** The module's integer exports (assembly/int_ops.ts); t and op are that file's codes. */
interface IntExports {
  int_vv(t: number, op: number, a: number, b: number, o: number, n: number): void;
  int_vs(t: number, op: number, a: number, s: number, s2: number, o: number, n: number): void;
  int_unary(t: number, op: number, a: number, o: number, n: number): void;
  int_cmp(t: number, op: number, a: number, b: number, o: number, n: number): void;
  int_cmp_s(t: number, op: number, a: number, s: number, o: number, n: number): void;
  int_sum32(t: number, p: number, n: number): bigint;
}

// Operation codes of assembly/int_ops.ts.
export const ADD = 0;
export const SUB = 1;
export const MUL = 2;
export const AND = 3;
export const OR = 4;
export const XOR = 5;
export const MAX = 6;
export const MIN = 7;
export const RSUB = 8;
export const SHL = 9;
export const SHR = 10;
export const CLIP = 11;
export const NEG = 0;
export const ABS = 1;
export const NOT = 2;
export const CMP = { eq: 0, ne: 1, lt: 2, le: 3, gt: 4, ge: 5 } as const;
export type CmpName = keyof typeof CMP;
/** The same comparison with its operands swapped (s < a[i] is a[i] > s). */
export const SWAPPED: Record<CmpName, CmpName> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  le: 'ge',
  gt: 'lt',
  ge: 'le',
};

/** The int8 … uint32 loops by dtype character, with their bit width and signedness. */
export const INT_DTYPES: readonly [string, number, boolean][] = [
  ['b', 8, true],
  ['B', 8, false],
  ['h', 16, true],
  ['H', 16, false],
  ['i', 32, true],
  ['I', 32, false],
];

/** Element type code of a typed array (assembly/int_ops.ts's I8 … U32), -1 for others. */
export function typeCode(a: ArrayBufferView): number {
  if (a instanceof Int32Array) return 4;
  if (a instanceof Uint8Array) return 1;
  if (a instanceof Int8Array) return 0;
  if (a instanceof Int16Array) return 2;
  if (a instanceof Uint16Array) return 3;
  if (a instanceof Uint32Array) return 5;
  return -1;
}

/** Views of the module's memory per element type (it never grows: views never detach). */
let viewsOf: WasmKernels | null = null;
let views = new Map<Ctor, IntArr>();
function viewFor(w: WasmKernels, a: IntArr): IntArr {
  if (viewsOf !== w) {
    viewsOf = w;
    views = new Map();
  }
  const c = a.constructor as Ctor;
  let v = views.get(c);
  if (v === undefined) {
    v = new c(w.ex.memory.buffer as ArrayBuffer);
    views.set(c, v);
  }
  return v;
}

function kernels(n: number): WasmKernels | null {
  return n < SMALL_N ? null : wasmKernels();
}

const ex = (w: WasmKernels) => w.ex as unknown as IntExports;
/** The loaded module (streamOne's callers run only after kernels() found it). */
const W = () => wasmKernels()!;

/** a[i, i + m) (the array itself when it is exactly that), for the copy into scratch. */
function part(a: IntArr, i: number, m: number): IntArr {
  return i === 0 && m === a.length ? a : a.subarray(i, i + m);
}

/** out[i] = a[i] op b[i] (t: the type code of out's element type). */
export function intBinary(op: number, a: IntArr, b: IntArr, out: IntArr): boolean {
  const n = out.length;
  const w = kernels(n);
  if (w === null) return false;
  const v = viewFor(w, out);
  const size = v.BYTES_PER_ELEMENT;
  const blk = w.blockBytes / size;
  const ia = w.base / size;
  const ib = w.pb / size;
  const t = typeCode(out);
  const k = ex(w);
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    v.set(part(a, i, m), ia);
    v.set(part(b, i, m), ib);
    k.int_vv(t, op, w.base, w.pb, w.base, m);
    out.set(v.subarray(ia, ia + m), i);
  }
  return true;
}

/**
 * out[i] = f(a[i]) over blocks of a streamed through scratch A and B (one operand may take
 * both: fewer calls and copies); `kern(t, p, m)` runs the kernel in place on m elements at p.
 */
function streamOne(
  a: IntArr,
  out: IntArr,
  kern: (t: number, p: number, m: number) => void,
): boolean {
  const n = out.length;
  const w = kernels(n);
  if (w === null) return false;
  const v = viewFor(w, out);
  const blk = (2 * w.blockBytes) / v.BYTES_PER_ELEMENT;
  const ia = w.base / v.BYTES_PER_ELEMENT;
  const t = typeCode(out);
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    v.set(part(a, i, m), ia);
    kern(t, w.base, m);
    out.set(v.subarray(ia, ia + m), i);
  }
  return true;
}

/** out[i] = a[i] op s (RSUB: s − a[i]; SHL/SHR: count s; CLIP: bounds s, s2), s and s2 in a's type. */
export function intScalar(op: number, a: IntArr, s: number, s2: number, out: IntArr): boolean {
  return streamOne(a, out, (t, p, m) => ex(W()).int_vs(t, op, p, s | 0, s2 | 0, p, m));
}

/** out[i] = op(a[i]) */
export function intUnary(op: number, a: IntArr, out: IntArr): boolean {
  return streamOne(a, out, (t, p, m) => ex(W()).int_unary(t, op, p, p, m));
}

/** out[i] = a[i] op b[i] (or a[i] op b for a number b) as 0/1 bytes. */
export function intCompare(op: CmpName, a: IntArr, b: IntArr | number, out: Uint8Array): boolean {
  const n = out.length;
  const w = kernels(n);
  if (w === null) return false;
  const v = viewFor(w, a);
  const size = v.BYTES_PER_ELEMENT;
  const blk = w.blockBytes / size;
  const ia = w.base / size;
  const ib = w.pb / size;
  const t = typeCode(a);
  const c = CMP[op];
  const k = ex(w);
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    v.set(part(a, i, m), ia);
    if (typeof b === 'number') k.int_cmp_s(t, c, w.base, b | 0, w.base, m);
    else {
      v.set(part(b, i, m), ib);
      k.int_cmp(t, c, w.base, w.pb, w.base, m);
    }
    out.set(w.u8.subarray(w.base, w.base + m), i);
  }
  return true;
}

/**
 * The sum of a[lo .. lo + n) (int32 or uint32) as a bigint, or null (short, or no wasm):
 * np.sum's int64 / uint64 accumulator. Integer sums are exact, so any order is NumPy's.
 */
export function intSum32(a: Int32Array | Uint32Array, lo: number, n: number): bigint | null {
  const w = n < 1024 ? null : wasmKernels();
  if (w === null) return null;
  const v = viewFor(w, a);
  const blk = (2 * w.blockBytes) / 4;
  const ia = w.base / 4;
  const t = typeCode(a);
  let s = 0n;
  for (let i = 0; i < n; i += blk) {
    const m = Math.min(n - i, blk);
    v.set(a.subarray(lo + i, lo + i + m), ia);
    s += ex(w).int_sum32(t, w.base, m);
  }
  return s;
}

/**
 * The number of nonzero bytes in m[from .. from + n), or null (short, or no wasm): a bool
 * array's count of True (any nonzero byte). 1e6 bytes: ~0.35 ms in the JS word loop.
 */
export function countNonzeroU8(m: Uint8Array, from: number, n: number): number | null {
  const w = n < 4096 ? null : wasmKernels();
  if (w === null) return null;
  const k = w.ex as unknown as { count_nonzero_u8(p: number, n: number): number };
  const blk = 2 * w.blockBytes;
  let c = 0;
  for (let i = 0; i < n; i += blk) {
    const len = Math.min(n - i, blk);
    w.u8.set(m.subarray(from + i, from + i + len), w.base);
    c += k.count_nonzero_u8(w.base, len);
  }
  return c;
}

/** A constant-divisor kernel's arguments: (a, o, n, d, m, s, fix, rem) as assembly/int_ops.ts. */
type DivKernel = (
  ...args: [number, number, number, number, number, number, number, number]
) => number;
const divExports = (w: WasmKernels) =>
  w.ex as unknown as { i32_floordiv_s: DivKernel; i64_floordiv_s: DivKernel };

/**
 * The magic number, shift and add/subtract fix for signed 32-bit division by the constant d
 * (|d| ≥ 2; Hacker's Delight, "signed division by divisors ≥ 2"): the smallest p ≥ 32 with
 * 2^p > anc · (|d| − 2^p mod |d|), M = ⌊2^p / |d|⌋ + 1 as int32 (negated for d < 0), s = p − 32.
 */
export function magic32(d: number): [m: number, s: number, fix: number] {
  const ad = BigInt(Math.abs(d));
  const t = (1n << 31n) + (d < 0 ? 1n : 0n);
  const anc = t - 1n - (t % ad);
  let p = 31n;
  for (;;) {
    p++;
    const tp = 1n << p;
    if (tp > anc * (ad - (tp % ad))) break;
  }
  let m = BigInt.asIntN(32, (1n << p) / ad + 1n);
  if (d < 0) m = BigInt.asIntN(32, -m);
  const fix = d > 0 && m < 0n ? 1 : d < 0 && m > 0n ? -1 : 0;
  return [Number(m), Number(p) - 32, fix];
}

/**
 * out = a // d (or NumPy's remainder a % d when `rem`) for int32 and a constant |d| ≥ 2, by
 * multiplication (magic32) on SIMD lanes; false (nothing done) for other divisors, short
 * arrays or without wasm. Exact: the same results as the division.
 */
export function i32FloorDivScalar(
  a: Int32Array,
  d: number,
  rem: boolean,
  out: Int32Array,
): boolean {
  if (!(d >= 2 || d <= -2)) return false;
  const [m, s, fix] = magic32(d);
  return streamOne(a, out, (_t, p, len) =>
    divExports(W()).i32_floordiv_s(p, p, len, d, m, s, fix, rem ? 1 : 0),
  );
}

/**
 * out = a // d (or remainder) for int64 data and a constant int32 divisor (|d| ≥ 2) on the
 * int32 kernel: blocks whose values all fit int32 are narrowed, divided and widened in wasm;
 * any other block goes to `fallback(from, to)`. False (nothing done) for other divisors,
 * short arrays or without wasm.
 */
export function i64FloorDivScalar(
  a: BigInt64Array,
  d: number,
  rem: boolean,
  out: BigInt64Array,
  fallback: (from: number, to: number) => void,
): boolean {
  const n = out.length;
  if (!(Number.isInteger(d) && d >= -(2 ** 31) && d < 2 ** 31 && (d >= 2 || d <= -2))) return false;
  const w = n < SMALL_N ? null : wasmKernels();
  if (w === null) return false;
  const [m, s, fix] = magic32(d);
  const k = divExports(w);
  const v = viewFor64(w);
  const blk = w.blockBytes / 8;
  const ia = w.base / 8;
  const ib = w.pb / 8;
  for (let i = 0; i < n; i += blk) {
    const len = Math.min(n - i, blk);
    v.set(a.subarray(i, i + len), ia);
    if (k.i64_floordiv_s(w.base, w.pb, len, d, m, s, fix, rem ? 1 : 0) === 1)
      out.set(v.subarray(ib, ib + len), i);
    else fallback(i, i + len);
  }
  return true;
}

let view64Of: WasmKernels | null = null;
let view64 = new BigInt64Array(0);
function viewFor64(w: WasmKernels): BigInt64Array {
  if (view64Of !== w) {
    view64Of = w;
    view64 = new BigInt64Array(w.ex.memory.buffer as ArrayBuffer);
  }
  return view64;
}
