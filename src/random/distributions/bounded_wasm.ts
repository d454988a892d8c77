/**
 * A WebAssembly kernel for the bounded-integer fills (`integers`, `randint`) over ranges
 * below 2**32 - 1: given a block of 32-bit draws, it keeps the accepted ones (Lemire's
 * multiply-shift rejection, or masked rejection) as offset values, int64 or 32-bit. Each
 * value consumes draws in order until one is accepted, exactly as NumPy's
 * `random_bounded_uint64_fill` / `random_bounded_uint32_fill`; the caller hands over at most
 * as many draws as values are still missing, so the bit generator is never ahead.
 *
 * Memory: the draws at IN (CHUNK words), the values from OUT (OUT is 2064 mod 4096, clear of
 * 4 KiB aliasing when copied to a page-aligned array). Exports lem64, lem32, mask64, mask32
 * with arguments (draws, a, b, off) -> values made, where (a, b) is (excl, threshold) for
 * Lemire and (mask, rng) for masked rejection.
 */
import { funcBody, I32, I64, moduleBytes, op, wasmAllowed } from '../bit_generator/wasm_asm.js';

export const BOUNDED_CHUNK = 8192;
const IN = 4096;
const OUT = 38928;

// params 0 nIn (i32), 1 a, 2 b, 3 off (i64); locals 4 ip, 5 iend, 6 op (i32), 7 m (i64)
const [NIN, A, B, OFF, IP, IEND, OP, M] = [0, 1, 2, 3, 4, 5, 6, 7];

function body(lemire: boolean, wide: boolean): number[] {
  const test = lemire
    ? // m = x * excl; reject when its low word is below the threshold
      [
        ...op.get(A),
        ...op.mul64,
        ...op.tee(M),
        ...op.i64(0xffffffffn),
        ...op.and64,
        ...op.get(B),
        ...op.ltU64,
      ]
    : // m = x & mask; reject when above rng
      [...op.get(A), ...op.and64, ...op.tee(M), ...op.get(B), ...op.gtU64];
  const value = lemire ? [...op.get(M), ...op.i64(32n), ...op.shrU64] : op.get(M);
  const store = wide ? op.store64(0) : [...op.wrap, ...op.store32(0)];
  const size = wide ? 8 : 4;
  const code = [
    ...[...op.i32(IN), ...op.set(IP)],
    ...[...op.get(NIN), ...op.i32(2), ...op.shl32, ...op.i32(IN), ...op.add32, ...op.set(IEND)],
    ...[...op.i32(OUT), ...op.set(OP)],
    ...op.block,
    ...op.loop,
    ...[...op.get(IP), ...op.get(IEND), ...op.geU32, ...op.brIf(1)],
    ...[...op.get(IP), ...op.load32U64(0), ...test],
    ...[...op.get(IP), ...op.i32(4), ...op.add32, ...op.set(IP)],
    ...op.brIf(0),
    ...[...op.get(OP), ...value, ...op.get(OFF), ...op.add64, ...store],
    ...[...op.get(OP), ...op.i32(size), ...op.add32, ...op.set(OP)],
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...[...op.get(OP), ...op.i32(OUT), ...op.sub32, ...op.i32(wide ? 3 : 2), ...op.shrU32],
  ];
  return funcBody(
    [
      [3, I32],
      [1, I64],
    ],
    code,
  );
}

type Fn = (nIn: number, a: bigint, b: bigint, off: bigint) => number;

export interface BoundedKernel {
  lem64: Fn;
  lem32: Fn;
  mask64: Fn;
  mask32: Fn;
  /** Where the caller puts the draws. */
  in32: Uint32Array;
  /** The values made (as uint32 words: int64 values take two, low first). */
  out32: Uint32Array;
}

let kernel: BoundedKernel | null = null;
try {
  if (wasmAllowed()) {
    const pages = Math.ceil((OUT + BOUNDED_CHUNK * 8) / 65536);
    const mod = new WebAssembly.Module(
      moduleBytes(
        [[[I32, I64, I64, I64], [I32]]],
        [
          [0, body(true, true), 'lem64'],
          [0, body(true, false), 'lem32'],
          [0, body(false, true), 'mask64'],
          [0, body(false, false), 'mask32'],
        ],
        pages,
      ),
    );
    const e = new WebAssembly.Instance(mod, {}).exports as unknown as Record<
      'lem64' | 'lem32' | 'mask64' | 'mask32',
      Fn
    > & { mem: WebAssembly.Memory };
    const buf = e.mem.buffer;
    kernel = {
      lem64: e.lem64,
      lem32: e.lem32,
      mask64: e.mask64,
      mask32: e.mask32,
      in32: new Uint32Array(buf, IN, BOUNDED_CHUNK),
      out32: new Uint32Array(buf, OUT, 2 * BOUNDED_CHUNK),
    };
  }
} catch {
  kernel = null;
}

let disabled = false;
/** Tests: use the plain JavaScript loops (or the kernel again). */
export function setBoundedKernelEnabled(on: boolean): void {
  disabled = !on;
}

/** The shared kernel, or null without WebAssembly. */
export function boundedKernel(): BoundedKernel | null {
  return disabled ? null : kernel;
}

/**
 * `n` values in [off, off + rng] (rng < 2**32 - 1; off a uint64, or a uint32 when `w` takes
 * one word per value) from the 32-bit draws `nextWords` makes, into `w` from word `wStart`:
 * masked rejection with `mask` (the smallest all-ones mask >= rng) when `masked`, else
 * Lemire's.
 */
export function boundedFillWasm(
  k: BoundedKernel,
  nextWords: (dst: Uint32Array, n: number) => void,
  off: bigint,
  rng: number,
  masked: boolean,
  mask: number,
  wide: boolean,
  w: Uint32Array,
  wStart: number,
  n: number,
): void {
  const excl = rng + 1;
  const a = BigInt(masked ? mask >>> 0 : excl);
  const b = BigInt(masked ? rng : (4294967296 - excl) % excl);
  const fn = masked ? (wide ? k.mask64 : k.mask32) : wide ? k.lem64 : k.lem32;
  const per = wide ? 2 : 1;
  let i = 0;
  while (i < n) {
    const bl = Math.min(BOUNDED_CHUNK, n - i);
    nextWords(k.in32, bl);
    const c = fn(bl, a, b, off);
    w.set(k.out32.subarray(0, per * c), wStart + per * i);
    i += c;
  }
}
