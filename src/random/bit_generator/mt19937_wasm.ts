/**
 * A WebAssembly SIMD kernel for MT19937's bulk draws (RandomState's rand/randn/randint and
 * every MT19937 fill): the twist four words at a time, and the tempering plus the pairing of
 * words into doubles four words (two doubles) at a time. The JavaScript of mt19937.ts does
 * the same one word at a time and remains the fallback.
 *
 * Memory: the 624 key words at byte 0, the read position at POS, output from OUT (CHUNK
 * doubles or 2 * CHUNK words). Exports `dbl(n)` (n doubles, `(a >> 5) * 2**26 + (b >> 6)`
 * scaled by 2**-53, as mt19937_next_double) and `u32(n)` (n tempered words), n <= CHUNK.
 * Both twist exactly when NumPy's generator would, so key and position stay NumPy's.
 */
import { funcBody, I32, moduleBytes, op, V128, wasmAllowed } from './wasm_asm.js';

export const MT_CHUNK = 8192;
const POS = 2560;
const OUT = 6160;
const N = 624;
const M = 397;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df | 0;
const TB = 0x9d2c5680 | 0;
const TC = 0xefc60000 | 0;

type Code = number[];
const cat = (...parts: Code[]): Code => parts.flat();

/** key[i] = key[src] ^ twist(key[i], key[nxt]) for constant word indices. */
function scalarTwist(i: number, nxt: number, src: number, y: number): Code {
  return cat(
    op.i32(4 * i),
    op.i32(0),
    op.load32(4 * src),
    op.i32(0),
    op.load32(4 * i),
    op.i32(UPPER),
    op.and32,
    op.i32(0),
    op.load32(4 * nxt),
    op.i32(LOWER),
    op.and32,
    op.or32,
    op.tee(y),
    op.i32(1),
    op.shrU32,
    op.xor32,
    op.i32(0),
    op.get(y),
    op.i32(1),
    op.and32,
    op.sub32,
    op.i32(MATRIX_A),
    op.and32,
    op.xor32,
    op.store32(0),
  );
}

/** Words [A/4, A/4 + 4) twisted at once; the source words start `srcDelta` bytes from A. */
function vectorTwist(a: number, y: number, srcDelta: number): Code {
  const src =
    srcDelta >= 0
      ? cat(op.get(a), op.vload(srcDelta))
      : cat(op.get(a), op.i32(-srcDelta), op.sub32, op.vload(0));
  return cat(
    op.get(a),
    src,
    op.get(a),
    op.vload(0),
    op.vconstI32(UPPER),
    op.vand,
    op.get(a),
    op.vload(4),
    op.vconstI32(LOWER),
    op.vand,
    op.vor,
    op.tee(y),
    op.i32(1),
    op.i32x4ShrU,
    op.vxor,
    op.get(y),
    op.i32(31),
    op.i32x4Shl,
    op.i32(31),
    op.i32x4ShrS,
    op.vconstI32(MATRIX_A),
    op.vand,
    op.vxor,
    op.vstore(0),
  );
}

/** A do-while loop over A += 16 from `from` while A < `to` (byte addresses). */
function vectorLoop(a: number, from: number, to: number, bodyCode: Code): Code {
  return cat(
    op.i32(from),
    op.set(a),
    op.loop,
    bodyCode,
    op.get(a),
    op.i32(16),
    op.add32,
    op.tee(a),
    op.i32(to),
    op.ltU32,
    op.brIf(0),
    op.end,
  );
}

/** The reference twist of all 624 words (function 0). */
function twistBody(): number[] {
  const A = 0;
  const Y = 1;
  const YS = 2;
  const code = cat(
    // words 0..223 from key[i + M] (not yet twisted), then 224..226 one by one
    vectorLoop(A, 0, 4 * 224, vectorTwist(A, Y, 4 * M)),
    scalarTwist(224, 225, 224 + M, YS),
    scalarTwist(225, 226, 225 + M, YS),
    scalarTwist(226, 227, 226 + M, YS),
    // words 227..622 from key[i + M - N] (already twisted), then the last one
    vectorLoop(A, 4 * 227, 4 * 623, vectorTwist(A, Y, 4 * (M - N))),
    scalarTwist(N - 1, 0, M - 1, YS),
  );
  return funcBody(
    [
      [1, I32],
      [1, V128],
      [1, I32],
    ],
    code,
  );
}

/** Temper the i32 on the stack (T a scratch local). */
function temper32(t: number): Code {
  return cat(
    op.tee(t),
    op.get(t),
    op.i32(11),
    op.shrU32,
    op.xor32,
    op.tee(t),
    op.get(t),
    op.i32(7),
    op.shl32,
    op.i32(TB),
    op.and32,
    op.xor32,
    op.tee(t),
    op.get(t),
    op.i32(15),
    op.shl32,
    op.i32(TC),
    op.and32,
    op.xor32,
    op.tee(t),
    op.get(t),
    op.i32(18),
    op.shrU32,
    op.xor32,
  );
}

/** Temper the four words of local V in place (the masks in locals CB, CC). */
function temperV(v: number): Code {
  return cat(
    op.get(v),
    op.get(v),
    op.i32(11),
    op.i32x4ShrU,
    op.vxor,
    op.set(v),
    op.get(v),
    op.get(v),
    op.i32(7),
    op.i32x4Shl,
    op.get(CB),
    op.vand,
    op.vxor,
    op.set(v),
    op.get(v),
    op.get(v),
    op.i32(15),
    op.i32x4Shl,
    op.get(CC),
    op.vand,
    op.vxor,
    op.set(v),
    op.get(v),
    op.get(v),
    op.i32(18),
    op.i32x4ShrU,
    op.vxor,
    op.set(v),
  );
}

/** The double of the tempered words in locals a, b. */
function pairDouble(a: number, b: number): Code {
  return cat(
    op.get(a),
    op.i32(5),
    op.shrU32,
    op.cvtU32,
    op.f64(67108864),
    op.fmul,
    op.get(b),
    op.i32(6),
    op.shrU32,
    op.cvtU32,
    op.fadd,
    op.f64(2 ** -53),
    op.fmul,
  );
}

// locals shared by dbl and u32: 0 n, 1 p, 2 end, 3 pos, 4 a, 5 b, 6 t (i32), 7 v, 8 w, and
// the constants 9 CB, 10 CC, 11 F26, 12 F53 (v128), set once so that the loops keep them in
// registers
const [NN, P, END, PS, A, B, T, V, W] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const [CB, CC, F26, F53] = [9, 10, 11, 12];
const LOCALS: [number, number][] = [
  [6, I32],
  [6, V128],
];

const prologue = (bytesPer: number): Code =>
  cat(
    op.i32(OUT),
    op.set(P),
    op.get(NN),
    op.i32(bytesPer),
    op.mul32,
    op.i32(OUT),
    op.add32,
    op.set(END),
    op.i32(0),
    op.load32(POS),
    op.set(PS),
    op.vconstI32(TB),
    op.set(CB),
    op.vconstI32(TC),
    op.set(CC),
    op.vconstF64(67108864),
    op.set(F26),
    op.vconstF64(2 ** -53),
    op.set(F53),
  );
const epilogue = (): Code => cat(op.i32(0), op.get(PS), op.store32(POS));
const advance = (local: number, by: number): Code =>
  cat(op.get(local), op.i32(by), op.add32, op.set(local));
/** Load the word key[pos + k] (k constant). */
const keyWord = (k: number): Code => cat(op.get(PS), op.i32(2), op.shl32, op.load32(4 * k));

/** dbl(n): n doubles, each from two successive tempered words. */
function dblBody(): number[] {
  const code = cat(
    prologue(8),
    op.block,
    op.loop,
    op.get(P),
    op.get(END),
    op.geU32,
    op.brIf(1),
    // pos 624: twist; pos 623: the pair straddles the twist
    op.get(PS),
    op.i32(N - 1),
    op.geU32,
    op.if,
    op.get(PS),
    op.i32(N),
    op.eq32,
    op.if,
    op.call(0),
    op.i32(0),
    op.set(PS),
    op.else,
    op.i32(0),
    op.load32(4 * (N - 1)),
    temper32(T),
    op.set(A),
    op.call(0),
    op.i32(0),
    op.load32(0),
    temper32(T),
    op.set(B),
    op.i32(1),
    op.set(PS),
    op.get(P),
    pairDouble(A, B),
    op.storeF64(0),
    advance(P, 8),
    op.br(2),
    op.end,
    op.end,
    // two doubles from four words while both fit
    op.block,
    op.loop,
    op.get(PS),
    op.i32(N - 4),
    op.gtU32,
    op.brIf(1),
    op.get(P),
    op.i32(16),
    op.add32,
    op.get(END),
    op.gtU32,
    op.brIf(1),
    op.get(PS),
    op.i32(2),
    op.shl32,
    op.vload(0),
    op.set(V),
    temperV(V),
    op.get(V),
    op.i32(5),
    op.i32x4ShrU,
    op.set(W),
    op.get(V),
    op.i32(6),
    op.i32x4ShrU,
    op.set(V),
    op.get(P),
    op.get(W),
    op.get(W),
    op.shuffle([0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11]),
    op.f64x2ConvertLowS,
    op.get(F26),
    op.f64x2Mul,
    op.get(V),
    op.get(V),
    op.shuffle([4, 5, 6, 7, 12, 13, 14, 15, 4, 5, 6, 7, 12, 13, 14, 15]),
    op.f64x2ConvertLowS,
    op.f64x2Add,
    op.get(F53),
    op.f64x2Mul,
    op.vstore(0),
    advance(PS, 4),
    advance(P, 16),
    op.br(0),
    op.end,
    op.end,
    // one more double from a pair within the block
    op.get(PS),
    op.i32(N - 2),
    op.leU32,
    op.get(P),
    op.get(END),
    op.ltU32,
    op.and32,
    op.if,
    keyWord(0),
    temper32(T),
    op.set(A),
    keyWord(1),
    temper32(T),
    op.set(B),
    op.get(P),
    pairDouble(A, B),
    op.storeF64(0),
    advance(PS, 2),
    advance(P, 8),
    op.end,
    op.br(0),
    op.end,
    op.end,
    epilogue(),
  );
  return funcBody(LOCALS, code);
}

/** u32(n): n tempered words. */
function u32Body(): number[] {
  const code = cat(
    prologue(4),
    op.block,
    op.loop,
    op.get(P),
    op.get(END),
    op.geU32,
    op.brIf(1),
    op.get(PS),
    op.i32(N),
    op.eq32,
    op.if,
    op.call(0),
    op.i32(0),
    op.set(PS),
    op.end,
    op.block,
    op.loop,
    op.get(PS),
    op.i32(N - 4),
    op.gtU32,
    op.brIf(1),
    op.get(P),
    op.i32(16),
    op.add32,
    op.get(END),
    op.gtU32,
    op.brIf(1),
    op.get(PS),
    op.i32(2),
    op.shl32,
    op.vload(0),
    op.set(V),
    temperV(V),
    op.get(P),
    op.get(V),
    op.vstore(0),
    advance(PS, 4),
    advance(P, 16),
    op.br(0),
    op.end,
    op.end,
    op.get(PS),
    op.i32(N),
    op.ltU32,
    op.get(P),
    op.get(END),
    op.ltU32,
    op.and32,
    op.if,
    op.get(P),
    keyWord(0),
    temper32(T),
    op.store32(0),
    advance(PS, 1),
    advance(P, 4),
    op.end,
    op.br(0),
    op.end,
    op.end,
    epilogue(),
  );
  return funcBody(LOCALS, code);
}

export interface MtKernel {
  dbl(n: number): void;
  u32(n: number): void;
  /** The 624 key words (as int32, like MT19937.key). */
  key: Int32Array;
  /** [pos]. */
  pos: Int32Array;
  outF64: Float64Array;
  out32: Uint32Array;
}

let compiled: WebAssembly.Module | null = null;
try {
  if (wasmAllowed()) {
    const pages = Math.ceil((OUT + MT_CHUNK * 8) / 65536);
    compiled = new WebAssembly.Module(
      moduleBytes(
        [
          [[], []],
          [[I32], []],
        ],
        [
          [0, twistBody(), null],
          [1, dblBody(), 'dbl'],
          [1, u32Body(), 'u32'],
        ],
        pages,
      ),
    );
  }
} catch {
  compiled = null;
}

let shared: MtKernel | null = null;
let disabled = false;

/** Tests: make MT19937 use the plain JavaScript loops (or the kernel again). */
export function setMtKernelEnabled(on: boolean): void {
  disabled = !on;
}

/**
 * The one kernel instance all MT19937 objects share (a fill copies the key in and out, so
 * nothing is kept between calls), or null without WebAssembly SIMD.
 */
export function mtKernel(): MtKernel | null {
  if (!compiled || disabled) return null;
  if (!shared) {
    const e = new WebAssembly.Instance(compiled, {}).exports as {
      dbl: (n: number) => void;
      u32: (n: number) => void;
      mem: WebAssembly.Memory;
    };
    const buf = e.mem.buffer;
    shared = {
      dbl: e.dbl,
      u32: e.u32,
      key: new Int32Array(buf, 0, N),
      pos: new Int32Array(buf, POS, 1),
      outF64: new Float64Array(buf, OUT, MT_CHUNK),
      out32: new Uint32Array(buf, OUT, 2 * MT_CHUNK),
    };
  }
  return shared;
}
