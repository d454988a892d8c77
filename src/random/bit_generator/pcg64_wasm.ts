/**
 * A tiny WebAssembly kernel for PCG64's bulk draws, assembled here at load time (no binary
 * blob, no build step): WebAssembly has exact 64-bit integer multiplies, so one step of the
 * 128-bit LCG plus the XSL-RR output costs a few nanoseconds, several times less than the
 * JavaScript limb arithmetic of pcg64.ts (which remains the fallback).
 *
 * Memory layout: bytes [0, 48) hold state.lo, state.hi, inc.lo, inc.hi and the two-step
 * increment inc * (M + 1) (lo, hi) (little-endian u64); draws are written from byte 64 on. Exports `raw(n)` (n uint64 outputs) and `dbl(n)` (n
 * doubles `(x >> 11) * 2**-53`), both for n <= CHUNK, and the memory.
 */

export const CHUNK = 16384;
const OUT = 64;

// --- a minimal WebAssembly binary writer ---

function uleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return out;
}

function sleb(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const str = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

const I32 = 0x7f;
const I64 = 0x7e;
// Opcodes used below.
const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i64: (v: bigint) => [0x42, ...sleb(BigInt.asIntN(64, v))],
  i32: (v: number) => [0x41, ...sleb(v)],
  load64: (off: number) => [0x29, 3, ...uleb(off)],
  store64: (off: number) => [0x37, 3, ...uleb(off)],
  storeF64: (off: number) => [0x39, 3, ...uleb(off)],
  mul: [0x7e],
  add: [0x7c],
  and: [0x83],
  or: [0x84],
  shl: [0x86],
  xor: [0x85],
  shrU: [0x88],
  rotr: [0x8a],
  ltU64: [0x54],
  extendU: [0xad],
  cvtS64: [0xb9],
  fmul: [0xa2],
  f64: (v: number) => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)],
  geU32: [0x4f],
  addI32: [0x6a],
  mulI32: [0x6c],
};

const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
const M32 = 0xffffffffn;

const MULT2 = (MULT * MULT) & ((1n << 128n) - 1n);

/**
 * The body of raw(n) / dbl(n). Two interleaved lanes step by M**2 (with increment
 * inc * (M + 1), kept at bytes 32..48) so that the CPU overlaps their multiply chains; a
 * last odd draw takes one ordinary step.
 */
function body(asDouble: boolean): number[] {
  // locals: 0 n, 1 i, 2 pairs (i32); i64: 3 slo, 4 shi, 5 blo, 6 bhi, 7 ilo, 8 ihi, 9 c2lo, 10 c2hi,
  // 11 a0, 12 a1, 13 p01, 14 p10, 15 mid, 16 hi, 17 lo, 18 x, 19 p00
  const [N, I, PAIRS, SLO, SHI, BLO, BHI, ILO, IHI, C2LO, C2HI] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
  ];
  const [A0, A1, P01, P10, MID, HI, LO, X, P00] = [11, 12, 13, 14, 15, 16, 17, 18, 19];
  const c: number[] = [];
  const emit = (...parts: number[][]) => {
    for (const p of parts) c.push(...p);
  };
  /** (hiL:loL) = (hiL:loL) * mult + (incHi:incLo), mod 2**128. */
  const step = (loL: number, hiL: number, mult: bigint, incLo: number, incHi: number) => {
    const mlo = mult & 0xffffffffffffffffn;
    const mhi = mult >> 64n;
    const b0 = mlo & M32;
    const b1 = mlo >> 32n;
    emit(op.get(loL), op.i64(M32), op.and, op.set(A0));
    emit(op.get(loL), op.i64(32n), op.shrU, op.set(A1));
    emit(op.get(A0), op.i64(b1), op.mul, op.set(P01));
    emit(op.get(A1), op.i64(b0), op.mul, op.set(P10));
    emit(op.get(A0), op.i64(b0), op.mul, op.set(P00));
    emit(op.get(P00), op.i64(32n), op.shrU);
    emit(op.get(P01), op.i64(M32), op.and, op.add);
    emit(op.get(P10), op.i64(M32), op.and, op.add, op.set(MID));
    emit(op.get(A1), op.i64(b1), op.mul);
    emit(op.get(P01), op.i64(32n), op.shrU, op.add);
    emit(op.get(P10), op.i64(32n), op.shrU, op.add);
    emit(op.get(MID), op.i64(32n), op.shrU, op.add);
    emit(op.get(hiL), op.i64(mlo), op.mul, op.add);
    emit(op.get(loL), op.i64(mhi), op.mul, op.add, op.set(HI));
    // lo * mlo mod 2**64 from the partial products (one multiply fewer).
    emit(op.get(MID), op.i64(32n), op.shl, op.get(P00), op.i64(M32), op.and, op.or, op.set(LO));
    emit(op.get(LO), op.get(incLo), op.add, op.set(loL));
    emit(
      op.get(HI),
      op.get(incHi),
      op.add,
      op.get(loL),
      op.get(LO),
      op.ltU64,
      op.extendU,
      op.add,
      op.set(hiL),
    );
  };
  /** Store the XSL-RR output of (hiL:loL) at draw index (given as i32 on the stack). */
  const out = (loL: number, hiL: number, index: () => void) => {
    index();
    emit(op.i32(8), op.mulI32);
    emit(op.get(hiL), op.get(loL), op.xor, op.get(hiL), op.i64(58n), op.shrU, op.rotr, op.set(X));
    if (asDouble)
      emit(op.get(X), op.i64(11n), op.shrU, op.cvtS64, op.f64(2 ** -53), op.fmul, op.storeF64(OUT));
    else emit(op.get(X), op.store64(OUT));
  };
  emit(op.i32(0), op.load64(0), op.set(SLO));
  emit(op.i32(0), op.load64(8), op.set(SHI));
  emit(op.i32(0), op.load64(16), op.set(ILO));
  emit(op.i32(0), op.load64(24), op.set(IHI));
  emit(op.i32(0), op.load64(32), op.set(C2LO));
  emit(op.i32(0), op.load64(40), op.set(C2HI));
  emit(op.get(N), op.i32(1), [0x76], op.set(PAIRS)); // pairs = n >>> 1
  // if pairs > 0: lanes A = s1 (in SLO/SHI), B = s2; loop; then s = B.
  emit([0x02, 0x40], op.get(PAIRS), [0x45], [0x0d, 0]); // block; br_if pairs == 0
  step(SLO, SHI, MULT, ILO, IHI);
  emit(op.get(SLO), op.set(BLO), op.get(SHI), op.set(BHI));
  step(BLO, BHI, MULT, ILO, IHI);
  emit([0x02, 0x40], [0x03, 0x40]); // block, loop
  out(SLO, SHI, () => emit(op.get(I), op.i32(1), [0x74])); // index 2i
  out(BLO, BHI, () => emit(op.get(I), op.i32(1), [0x74], op.i32(1), op.addI32)); // index 2i+1
  emit(op.get(I), op.i32(1), op.addI32, op.set(I));
  emit(op.get(I), op.get(PAIRS), op.geU32, [0x0d, 1]); // done: leave the loop
  step(SLO, SHI, MULT2, C2LO, C2HI);
  step(BLO, BHI, MULT2, C2LO, C2HI);
  emit([0x0c, 0], [0x0b, 0x0b]); // br loop; end loop; end block
  emit(op.get(BLO), op.set(SLO), op.get(BHI), op.set(SHI));
  emit([0x0b]); // end (pairs > 0)
  // An odd last draw: one ordinary step.
  emit([0x02, 0x40], op.get(N), op.i32(1), [0x71], [0x45], [0x0d, 0]); // block; br_if (n & 1) == 0
  step(SLO, SHI, MULT, ILO, IHI);
  out(SLO, SHI, () => emit(op.get(N), op.i32(1), [0x6b])); // index n - 1
  emit([0x0b]);
  emit(op.i32(0), op.get(SLO), op.store64(0));
  emit(op.i32(0), op.get(SHI), op.store64(8));
  const locals = vec([
    [2, I32],
    [17, I64],
  ]);
  const code = [...locals, ...c, 0x0b];
  return [...uleb(code.length), ...code];
}

function moduleBytes(): Uint8Array {
  const pages = Math.ceil((OUT + CHUNK * 8) / 65536);
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec([[0x60, ...vec([[I32]]), ...vec([])]])), // type 0: (i32) -> ()
    ...section(3, vec([[0], [0]])),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(
      7,
      vec([
        [...str('raw'), 0x00, 0],
        [...str('dbl'), 0x00, 1],
        [...str('mem'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([body(false), body(true)])),
  ];
  return new Uint8Array(bytes);
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
  const env = (globalThis as { process?: { env?: Record<string, string> } }).process?.env;
  if (typeof WebAssembly !== 'undefined' && env?.NUMTYPE_NO_WASM !== '1')
    compiled = new WebAssembly.Module(moduleBytes() as Uint8Array<ArrayBuffer>);
} catch {
  compiled = null;
}
