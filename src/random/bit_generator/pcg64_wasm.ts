/**
 * A tiny WebAssembly kernel for PCG64's bulk draws, assembled at load time by wasm_asm.ts (no
 * binary blob, no build step): WebAssembly has exact 64-bit integer multiplies, so one step
 * of the 128-bit LCG plus the XSL-RR output costs a few nanoseconds, several times less than
 * the JavaScript limb arithmetic of pcg64.ts (which remains the fallback).
 *
 * Memory layout: bytes [0, 48) hold state.lo, state.hi, inc.lo, inc.hi and the increment
 * of LANES steps, laneIncrement(inc) (lo, hi) (little-endian u64); draws are written from byte OUT on
 * (OUT is 2064 mod 4096 so that copying them out does not hit 4 KiB aliasing with a
 * page-aligned destination). Exports `raw(n)` (n uint64 outputs) and `dbl(n)` (n doubles
 * `(x >> 11) * 2**-53`), both for n <= CHUNK, and the memory.
 */
import { funcBody, I32, I64, moduleBytes, op, wasmAllowed } from './wasm_asm.js';

export const CHUNK = 16384;
const OUT = 2064;

const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
const M32 = 0xffffffffn;
const MASK64 = 0xffffffffffffffffn;

/**
 * Interleaved LCG lanes in the kernel's loop, each stepping by M**LANES. Two measured
 * fastest: one lane is bound by the latency of its multiply chain, three or four run out of
 * registers.
 */
export const LANES = 2;
const MASK128 = (1n << 128n) - 1n;
let ml = 1n;
for (let j = 0; j < LANES; j++) ml = (ml * MULT) & MASK128;
/** M**LANES mod 2**128: one lane's step in the loop. */
const MULTL = ml;

/** The increment of LANES steps at once: inc * (1 + M + ... + M**(LANES-1)) mod 2**128. */
export function laneIncrement(inc: bigint): bigint {
  let sum = 0n;
  let pw = 1n;
  for (let j = 0; j < LANES; j++) {
    sum = (sum + pw) & MASK128;
    pw = (pw * MULT) & MASK128;
  }
  return (inc * sum) & MASK128;
}

// locals: 0 n, 1 p, 2 blocksEnd, 3 rem (i32); i64: 4 ilo, 5 ihi, 6 clo, 7 chi, 8 a0, 9 a1,
// 10 t, 11 u, 12 hi, 13 lo, then lane j's state (lo, hi) at 14 + 2j
const [N, P, BEND, REM, ILO, IHI, CLO, CHI] = [0, 1, 2, 3, 4, 5, 6, 7];
const [A0, A1, T, U, HI, LO] = [8, 9, 10, 11, 12, 13];
const laneLo = (j: number) => 14 + 2 * j;
const laneHi = (j: number) => 15 + 2 * j;

/**
 * (hiL:loL) = (hiL:loL) * mult + (incHi:incLo) mod 2**128. The high word of lo * mult.lo
 * comes from three 32x32-bit partial products and the fourth: t = a1*b0 + (a0*b0 >> 32) and
 * u = a0*b1 + (t & M32) cannot overflow, and the high word is a1*b1 + (t >> 32) + (u >> 32).
 * The loop is bound by instruction count, not by the multiplier: the low word is one more
 * multiply rather than the three shifts and masks that would rebuild it (measured faster).
 */
function step(loL: number, hiL: number, mult: bigint, incLo: number, incHi: number): number[] {
  const mlo = mult & MASK64;
  const mhi = mult >> 64n;
  const b0 = mlo & M32;
  const b1 = mlo >> 32n;
  return [
    ...[...op.get(loL), ...op.wrap, ...op.extendU, ...op.set(A0)],
    ...[...op.get(loL), ...op.i64(32n), ...op.shrU64, ...op.set(A1)],
    ...[...op.get(A1), ...op.i64(b0), ...op.mul64],
    ...[...op.get(A0), ...op.i64(b0), ...op.mul64, ...op.i64(32n), ...op.shrU64, ...op.add64],
    ...op.set(T),
    ...[...op.get(A0), ...op.i64(b1), ...op.mul64],
    ...[...op.get(T), ...op.wrap, ...op.extendU, ...op.add64, ...op.set(U)],
    ...[...op.get(A1), ...op.i64(b1), ...op.mul64],
    ...[...op.get(T), ...op.i64(32n), ...op.shrU64, ...op.add64],
    ...[...op.get(U), ...op.i64(32n), ...op.shrU64, ...op.add64],
    ...[...op.get(hiL), ...op.i64(mlo), ...op.mul64, ...op.add64],
    ...[...op.get(loL), ...op.i64(mhi), ...op.mul64, ...op.add64, ...op.set(HI)],
    ...[...op.get(loL), ...op.i64(mlo), ...op.mul64, ...op.set(LO)],
    ...[...op.get(LO), ...op.get(incLo), ...op.add64, ...op.set(loL)],
    ...[...op.get(HI), ...op.get(incHi), ...op.add64],
    ...[...op.get(loL), ...op.get(LO), ...op.ltU64, ...op.extendU, ...op.add64, ...op.set(hiL)],
  ];
}

/** Store the XSL-RR output of (hiL:loL) (or its double) at p + off. */
function out(loL: number, hiL: number, off: number, asDouble: boolean): number[] {
  const x = [
    ...op.get(P),
    ...op.get(hiL),
    ...op.get(loL),
    ...op.xor64,
    ...op.get(hiL),
    ...op.i64(58n),
    ...op.shrU64,
    ...op.rotr64,
  ];
  if (asDouble)
    return [
      ...x,
      ...op.i64(11n),
      ...op.shrU64,
      ...op.cvtS64,
      ...op.f64(2 ** -53),
      ...op.fmul,
      ...op.storeF64(off),
    ];
  return [...x, ...op.store64(off)];
}

/**
 * The body of raw(n) / dbl(n). LANES interleaved lanes step by M**LANES (with the increment
 * laneIncrement(inc), kept at bytes 32..48) so that the CPU overlaps their chains of
 * dependent operations; the last n % LANES draws take ordinary steps.
 */
function body(asDouble: boolean): number[] {
  const c: number[] = [];
  const emit = (...parts: number[][]) => {
    for (const part of parts) c.push(...part);
  };
  const [S, SH] = [laneLo(0), laneHi(0)];
  emit(op.i32(0), op.load64(0), op.set(S));
  emit(op.i32(0), op.load64(8), op.set(SH));
  emit(op.i32(0), op.load64(16), op.set(ILO));
  emit(op.i32(0), op.load64(24), op.set(IHI));
  emit(op.i32(0), op.load64(32), op.set(CLO));
  emit(op.i32(0), op.load64(40), op.set(CHI));
  emit(op.i32(OUT), op.set(P));
  // blocksEnd = OUT + 8 * (n - n % LANES); rem = n % LANES
  emit(op.get(N), op.i32(LANES - 1), op.and32, op.set(REM));
  emit(op.get(N), op.get(REM), op.sub32, op.i32(3), op.shl32, op.i32(OUT), op.add32);
  emit(op.set(BEND));
  // if n >= LANES: lane j = the state after j + 1 steps; loop; then the state is the last lane
  emit(op.block, op.get(N), op.i32(LANES), op.ltU32, op.brIf(0));
  emit(step(S, SH, MULT, ILO, IHI));
  for (let j = 1; j < LANES; j++) {
    emit(op.get(laneLo(j - 1)), op.set(laneLo(j)), op.get(laneHi(j - 1)), op.set(laneHi(j)));
    emit(step(laneLo(j), laneHi(j), MULT, ILO, IHI));
  }
  emit(op.loop);
  for (let j = 0; j < LANES; j++) emit(out(laneLo(j), laneHi(j), 8 * j, asDouble));
  emit(op.get(P), op.i32(8 * LANES), op.add32, op.set(P));
  emit(op.block, op.get(P), op.get(BEND), op.geU32, op.brIf(0));
  for (let j = 0; j < LANES; j++) emit(step(laneLo(j), laneHi(j), MULTL, CLO, CHI));
  emit(op.br(1), op.end, op.end); // continue; end block; end loop
  emit(op.get(laneLo(LANES - 1)), op.set(S), op.get(laneHi(LANES - 1)), op.set(SH));
  emit(op.end);
  // The last n % LANES draws: ordinary steps.
  for (let t = 0; t < LANES - 1; t++) {
    emit(op.get(REM), op.i32(t), op.gtU32, op.if);
    emit(step(S, SH, MULT, ILO, IHI));
    emit(out(S, SH, 8 * t, asDouble));
    emit(op.end);
  }
  emit(op.i32(0), op.get(S), op.store64(0));
  emit(op.i32(0), op.get(SH), op.store64(8));
  return funcBody(
    [
      [3, I32],
      [10 + 2 * LANES, I64],
    ],
    c,
  );
}

function pcgModule(): Uint8Array<ArrayBuffer> {
  const pages = Math.ceil((OUT + CHUNK * 8) / 65536);
  return moduleBytes(
    [[[I32], []]],
    [
      [0, body(false), 'raw'],
      [0, body(true), 'dbl'],
    ],
    pages,
  );
}

export interface PcgKernel {
  raw(n: number): void;
  dbl(n: number): void;
  /** State and increment words (8 x uint32) at the start of memory, then the two-step increment (4). */
  words: Uint32Array;
  /** Draws as uint32 pairs (low word first) / doubles, from OUT. */
  out32: Uint32Array;
  outF64: Float64Array;
}

let disabled = false;
/** Tests: make new PCG64 objects use the plain JavaScript steps (or the kernel again). */
export function setKernelEnabled(on: boolean): void {
  disabled = !on;
}

/** A fresh kernel instance (one per PCG64 object), or null when WebAssembly is unavailable. */
export function makeKernel(): PcgKernel | null {
  if (!compiled || disabled) return null;
  const inst = new WebAssembly.Instance(compiled, {});
  const e = inst.exports as {
    raw: (n: number) => void;
    dbl: (n: number) => void;
    mem: WebAssembly.Memory;
  };
  const buf = e.mem.buffer;
  return {
    raw: e.raw,
    dbl: e.dbl,
    words: new Uint32Array(buf, 0, 12),
    out32: new Uint32Array(buf, OUT, CHUNK * 2),
    outF64: new Float64Array(buf, OUT, CHUNK),
  };
}

let compiled: WebAssembly.Module | null = null;
try {
  if (wasmAllowed()) compiled = new WebAssembly.Module(pcgModule());
} catch {
  compiled = null;
}
