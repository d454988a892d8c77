/**
 * `np.random.Philox`: the Philox4x64-10 counter-based generator (Random123) as NumPy's
 * philox.h: a 256-bit counter, a 128-bit key, and a buffer of the four outputs of a block.
 * 64-bit words are kept as pairs of uint32 (even index = low word).
 */
import { uint64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import { BitGenerator, checkStateDict, type Seed } from './bit_generator.js';
import type { SeedSequence } from './seed_sequence.js';
import { asBigInt, INV32 } from './u64.js';

const BUFFER_SIZE = 4;
// Round multipliers and Weyl key increments, split in (hi, lo) uint32 words.
const MA_HI = 0xd2e7470e;
const MA_LO = 0xe14c6c93;
const MB_HI = 0xca5a8263;
const MB_LO = 0x95121157;
const W0_HI = 0x9e3779b9;
const W0_LO = 0x7f4a7c15;
const W1_HI = 0xbb67ae85;
const W1_LO = 0x84caa73b;

/** Exact 64x64 -> 128 product; words in out[0..3] (low first). */
function mulhilo(ah: number, al: number, bh: number, bl: number, out: Float64Array): void {
  const llLo = Math.imul(al, bl) >>> 0;
  const llHi = Math.floor((al * bl - llLo) * INV32 + 0.5);
  const lhLo = Math.imul(al, bh) >>> 0;
  const lhHi = Math.floor((al * bh - lhLo) * INV32 + 0.5);
  const hlLo = Math.imul(ah, bl) >>> 0;
  const hlHi = Math.floor((ah * bl - hlLo) * INV32 + 0.5);
  const hhLo = Math.imul(ah, bh) >>> 0;
  const hhHi = Math.floor((ah * bh - hhLo) * INV32 + 0.5);
  const c1 = llHi + lhLo + hlLo;
  const w1 = c1 >>> 0;
  const c2 = (c1 - w1) * INV32 + lhHi + hlHi + hhLo;
  const w2 = c2 >>> 0;
  out[0] = llLo;
  out[1] = w1;
  out[2] = w2;
  out[3] = ((c2 - w2) * INV32 + hhHi) >>> 0;
}

/** `int_to_array`: a Python int or a sequence as little-endian uint64 words (as bigints). */
function intToArray(value: unknown, name: string, bits: number): bigint[] {
  const len = bits / 64;
  if (value instanceof NDArray && value.ndim > 0) value = value.tolist({ bigint: true });
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const arr = Array.from(value as ArrayLike<unknown>, (x) => BigInt.asUintN(64, asBigInt(x)));
    if (arr.length !== len)
      throw new ValueError(`${name} must have ${len} elements when using array form`);
    return arr;
  }
  const v =
    value instanceof NDArray
      ? asBigInt(value.dtype.isBig ? value.atBig() : value.item())
      : asBigInt(value, name);
  if (v < 0n || v >= 1n << BigInt(bits))
    throw new ValueError(`${name} must be positive and less than 2**${bits}.`);
  const out: bigint[] = [];
  for (let i = 0; i < len; i++) out.push((v >> BigInt(64 * i)) & 0xffffffffffffffffn);
  return out;
}

export class Philox extends BitGenerator {
  /** Counter (8 words), key (4 words) and output buffer (8 words), low word first. */
  readonly ctr = new Float64Array(8);
  readonly key = new Float64Array(4);
  readonly buffer = new Float64Array(8);
  buffer_pos = BUFFER_SIZE;
  has_uint32 = 0;
  uinteger = 0;
  private readonly tmp = new Float64Array(4);

  constructor(seed?: Seed, counter?: unknown, key?: unknown) {
    if (seed !== undefined && seed !== null && key !== undefined && key !== null) {
      throw new ValueError('seed and key cannot be both used');
    }
    super(seed);
    let k: bigint[];
    if (key !== undefined && key !== null) {
      k = intToArray(key, 'key', 128);
      this._seed_seq = null;
    } else {
      const w = this._seed_seq!.generateWords(4);
      for (let i = 0; i < 4; i++) this.key[i] = w[i]!;
      k = [];
    }
    if (k.length) this.setWords(this.key, k);
    this.setWords(this.ctr, intToArray(counter ?? 0, 'counter', 256));
  }

  /** Keyword form: `new Philox({counter, key})` or `new Philox(seed, {counter})`. */
  static create(seed?: Seed, opts: { counter?: unknown; key?: unknown } = {}): Philox {
    return new Philox(seed, opts.counter, opts.key);
  }

  get name(): string {
    return 'Philox';
  }

  protected make(seed?: SeedSequence): Philox {
    return new Philox(seed);
  }

  private setWords(dst: Float64Array, vals: readonly bigint[]): void {
    for (let i = 0; i < vals.length; i++) {
      dst[2 * i] = Number(vals[i]! & 0xffffffffn);
      dst[2 * i + 1] = Number((vals[i]! >> 32n) & 0xffffffffn);
    }
  }

  private static wordsToBig(src: Float64Array, n: number): bigint[] {
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) out.push((BigInt(src[2 * i + 1]!) << 32n) | BigInt(src[2 * i]!));
    return out;
  }

  /** Increment the counter and fill the buffer with the 10-round block of it. */
  private refill(): void {
    const c = this.ctr;
    // 256-bit increment.
    for (let i = 0; i < 8; i++) {
      c[i] = (c[i]! + 1) >>> 0;
      if (c[i] !== 0) break;
    }
    let x0l = c[0]!;
    let x0h = c[1]!;
    let x1l = c[2]!;
    let x1h = c[3]!;
    let x2l = c[4]!;
    let x2h = c[5]!;
    let x3l = c[6]!;
    let x3h = c[7]!;
    let k0l = this.key[0]!;
    let k0h = this.key[1]!;
    let k1l = this.key[2]!;
    let k1h = this.key[3]!;
    const t = this.tmp;
    for (let round = 0; round < 10; round++) {
      if (round > 0) {
        // Weyl bump of the key (64-bit adds).
        let s = k0l + W0_LO;
        k0l = s >>> 0;
        k0h = (k0h + W0_HI + (s >= 4294967296 ? 1 : 0)) >>> 0;
        s = k1l + W1_LO;
        k1l = s >>> 0;
        k1h = (k1h + W1_HI + (s >= 4294967296 ? 1 : 0)) >>> 0;
      }
      mulhilo(MA_HI, MA_LO, x0h, x0l, t);
      const lo0l = t[0]!;
      const lo0h = t[1]!;
      const hi0l = t[2]!;
      const hi0h = t[3]!;
      mulhilo(MB_HI, MB_LO, x2h, x2l, t);
      const n0l = (t[2]! ^ x1l ^ k0l) >>> 0;
      const n0h = (t[3]! ^ x1h ^ k0h) >>> 0;
      const n2l = (hi0l ^ x3l ^ k1l) >>> 0;
      const n2h = (hi0h ^ x3h ^ k1h) >>> 0;
      x1l = t[0]!;
      x1h = t[1]!;
      x3l = lo0l;
      x3h = lo0h;
      x0l = n0l;
      x0h = n0h;
      x2l = n2l;
      x2h = n2h;
    }
    const b = this.buffer;
    b[0] = x0l;
    b[1] = x0h;
    b[2] = x1l;
    b[3] = x1h;
    b[4] = x2l;
    b[5] = x2h;
    b[6] = x3l;
    b[7] = x3h;
  }

  next64(): void {
    if (this.buffer_pos >= BUFFER_SIZE) {
      this.refill();
      this.buffer_pos = 0;
    }
    const p = 2 * this.buffer_pos++;
    this.lo = this.buffer[p]! | 0;
    this.hi = this.buffer[p + 1]! | 0;
  }

  nextUint32(): number {
    if (this.has_uint32) {
      this.has_uint32 = 0;
      return this.uinteger;
    }
    this.next64();
    this.has_uint32 = 1;
    this.uinteger = this.hi >>> 0;
    return this.lo >>> 0;
  }

  get state(): Record<string, unknown> {
    const arr = (vals: bigint[]) => {
      const a = NDArray.zeros([vals.length], uint64);
      const d = a.data as BigUint64Array;
      vals.forEach((v, i) => {
        d[i] = v;
      });
      return a;
    };
    return {
      bit_generator: 'Philox',
      state: {
        counter: arr(Philox.wordsToBig(this.ctr, 4)),
        key: arr(Philox.wordsToBig(this.key, 2)),
      },
      buffer: arr(Philox.wordsToBig(this.buffer, 4)),
      buffer_pos: this.buffer_pos,
      has_uint32: this.has_uint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = checkStateDict(value, 'Philox', 'PRNG');
    const st = v.state as { counter: unknown; key: unknown };
    this.setWords(this.ctr, intToArray(st.counter, 'counter', 256));
    this.setWords(this.key, intToArray(st.key, 'key', 128));
    this.setWords(this.buffer, intToArray(v.buffer, 'buffer', 256));
    this.has_uint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
    this.buffer_pos = Number(v.buffer_pos);
  }

  /** `advance(delta)`: add delta (mod 2**256) to the counter, with philox_advance's carries. */
  advance(delta: number | bigint): this {
    const d = BigInt.asUintN(256, asBigInt(delta, 'delta'));
    const step = intToArray(d, 'step', 256);
    const ctr = Philox.wordsToBig(this.ctr, 4);
    const M64 = 0xffffffffffffffffn;
    let carry = 0;
    for (let i = 0; i < 4; i++) {
      if (carry === 1) {
        ctr[i] = (ctr[i]! + 1n) & M64;
        carry = ctr[i] === 0n ? 1 : 0;
      }
      const orig = ctr[i]!;
      ctr[i] = (ctr[i]! + step[i]!) & M64;
      if (ctr[i]! < orig && carry === 0) carry = 1;
    }
    this.setWords(this.ctr, ctr);
    this.has_uint32 = 0;
    this.uinteger = 0;
    this.buffer_pos = BUFFER_SIZE;
    this.buffer.fill(0);
    return this;
  }

  /** `jumped(jumps=1)`: a copy advanced by jumps * 2**128 draws. */
  jumped(jumps = 1): Philox {
    const g = new Philox();
    g.state = this.state;
    g.advance(asBigInt(jumps, 'jumps') * (1n << 128n));
    return g;
  }
}
