/**
 * `np.random.MT19937`: the 32-bit Mersenne Twister behind `RandomState`, with NumPy's three
 * ways of seeding (SeedSequence, legacy integer `init_genrand`, legacy `init_by_array`),
 * its state dict, and `jumped()` (2**128 steps by Horner's method on the jump polynomial).
 */
import { int64, uint32 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import { BitGenerator, checkStateDict, type Seed, TWO_M53 } from './bit_generator.js';
import { MT19937_JUMP_POLY_B64 } from './mt19937_jump_poly.js';
import { MT_CHUNK, mtKernel } from './mt19937_wasm.js';
import { SeedSequence } from './seed_sequence.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;

/** Regenerate the 624-word block (the reference `genrand` twist). */
function twist(key: Int32Array): void {
  let i = 0;
  for (; i < N - M; i++) {
    const y = (key[i]! & UPPER) | (key[i + 1]! & LOWER);
    key[i] = key[i + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; i < N - 1; i++) {
    const y = (key[i]! & UPPER) | (key[i + 1]! & LOWER);
    key[i] = key[i + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  const y = (key[N - 1]! & UPPER) | (key[0]! & LOWER);
  key[N - 1] = key[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/** The MT19937 output function. */
function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return y ^ (y >>> 18);
}

/** Scratch copies of a generator's key and of its tempered words, for the bulk fills. */
const KEY = new Int32Array(N);
const TW = new Int32Array(N);

/** `twist(KEY)`, written on the module constant so that V8 drops most checks. */
function twistScratch(): void {
  const key = KEY;
  let i = 0;
  for (; i < N - M; i++) {
    const y = (key[i]! & UPPER) | (key[i + 1]! & LOWER);
    key[i] = key[i + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; i < N - 1; i++) {
    const y = (key[i]! & UPPER) | (key[i + 1]! & LOWER);
    key[i] = key[i + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  const y = (key[N - 1]! & UPPER) | (key[0]! & LOWER);
  key[N - 1] = key[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/** TW[k] = temper(KEY[k]) for k in [from, to). */
function temperScratch(from: number, to: number): void {
  for (let k = from; k < to; k++) {
    let y = KEY[k]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    TW[k] = y ^ (y >>> 18);
  }
}

/** out[i...] = MT19937 doubles from the word pairs KEY[from..to), tempered on the fly. */
function pairsToDoubles(from: number, to: number, out: Float64Array, i: number): void {
  for (let k = from; k < to; k += 2) {
    let a = KEY[k]!;
    a ^= a >>> 11;
    a ^= (a << 7) & 0x9d2c5680;
    a ^= (a << 15) & 0xefc60000;
    a ^= a >>> 18;
    let b = KEY[k + 1]!;
    b ^= b >>> 11;
    b ^= (b << 7) & 0x9d2c5680;
    b ^= (b << 15) & 0xefc60000;
    b ^= b >>> 18;
    out[i++] = ((a >>> 5) * 67108864 + (b >>> 6)) * TWO_M53;
  }
}

/** Knuth's initialisation from one 32-bit seed (`mt19937_seed`). */
function initGenrand(key: Int32Array, s: number): void {
  key[0] = s;
  for (let i = 1; i < N; i++) {
    const p = key[i - 1]!;
    key[i] = (Math.imul(1812433253, p ^ (p >>> 30)) + i) | 0;
  }
}

/** The reference `init_by_array`. */
function initByArray(key: Int32Array, init: Uint32Array): void {
  initGenrand(key, 19650218);
  let i = 1;
  let j = 0;
  const len = init.length;
  for (let k = Math.max(N, len); k > 0; k--) {
    const p = key[i - 1]!;
    key[i] = ((key[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + init[j]! + j) | 0;
    i++;
    j++;
    if (i >= N) {
      key[0] = key[N - 1]!;
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = key[i - 1]!;
    key[i] = ((key[i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) | 0;
    i++;
    if (i >= N) {
      key[0] = key[N - 1]!;
      i = 1;
    }
  }
  key[0] = UPPER;
}

let jumpPoly: Uint32Array | null = null;
function jumpPolynomial(): Uint32Array {
  if (!jumpPoly) {
    const bin = atob(MT19937_JUMP_POLY_B64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    jumpPoly = new Uint32Array(bytes.buffer);
  }
  return jumpPoly;
}

export class MT19937 extends BitGenerator {
  /** The 624 state words (as int32) and the read position. */
  readonly key = new Int32Array(N);
  pos = N;

  constructor(seed?: Seed) {
    super(seed);
    const val = this._seed_seq!.generateWords(N);
    this.key.set(val);
    this.key[0] = UPPER;
    // NumPy leaves pos at the loop's last index (623), so the first draw reads key[623].
    this.pos = N - 1;
  }

  get name(): string {
    return 'MT19937';
  }

  protected make(seed: SeedSequence): MT19937 {
    return new MT19937(seed);
  }

  nextUint32(): number {
    if (this.pos === N) {
      twist(this.key);
      this.pos = 0;
    }
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  next64(): void {
    this.hi = this.nextUint32() | 0;
    this.lo = this.nextUint32() | 0;
  }

  /** MT19937's own double: 27 + 26 bits of two draws. */
  override nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** next64 puts the first word in hi: the 27 + 26 bits of MT19937's own double. */
  override rawToDouble(hi: number, lo: number): number {
    return ((hi >>> 5) * 67108864 + (lo >>> 6)) * TWO_M53;
  }

  override nextRaw(): void {
    this.hi = 0;
    this.lo = this.nextUint32() | 0;
  }

  /**
   * Block by block: temper the rest of the current 624-word block in one tight loop, then
   * pair the words into doubles (a draw straddling a block end is done alone). The key is
   * twisted only when a word of the next block is needed, as NumPy does. The work is done on
   * module-level scratch copies (KEY, TW), which V8 compiles with fewer checks. From 64
   * draws on, the SIMD kernel of mt19937_wasm.ts does the same several times faster.
   */
  override fillDouble(out: Float64Array, start: number, n: number): void {
    const k = n >= 64 ? mtKernel() : null;
    if (k) {
      // The SIMD kernel: the key in, chunks of doubles out, the key back.
      k.key.set(this.key);
      k.pos[0] = this.pos;
      for (let i = 0; i < n; i += MT_CHUNK) {
        const c = Math.min(MT_CHUNK, n - i);
        k.dbl(c);
        out.set(c === MT_CHUNK ? k.outF64 : k.outF64.subarray(0, c), start + i);
      }
      this.key.set(k.key);
      this.pos = k.pos[0]!;
      return;
    }
    KEY.set(this.key);
    let pos = this.pos;
    let i = start;
    const end = start + n;
    while (i < end) {
      if (pos === N) {
        twistScratch();
        pos = 0;
      }
      if (pos === N - 1) {
        const a = temper(KEY[N - 1]!);
        twistScratch();
        const b = temper(KEY[0]!);
        pos = 1;
        out[i++] = ((a >>> 5) * 67108864 + (b >>> 6)) * TWO_M53;
        continue;
      }
      let pairs = (N - pos) >> 1;
      if (end - i < pairs) pairs = end - i;
      const stop = pos + 2 * pairs;
      pairsToDoubles(pos, stop, out, i);
      i += pairs;
      pos = stop;
    }
    this.pos = pos;
    this.key.set(KEY);
  }

  /** `n` successive `nextUint32()` draws into `out` from `start` (the kernel, or block-wise). */
  override fillUint32(out: Uint32Array | Int32Array, start: number, n: number): void {
    const k = n >= 64 ? mtKernel() : null;
    if (k) {
      k.key.set(this.key);
      k.pos[0] = this.pos;
      const words = out instanceof Uint32Array ? out : new Uint32Array(out.buffer, out.byteOffset);
      const cap = 2 * MT_CHUNK;
      for (let i = 0; i < n; i += cap) {
        const c = Math.min(cap, n - i);
        k.u32(c);
        words.set(c === cap ? k.out32 : k.out32.subarray(0, c), start + i);
      }
      this.key.set(k.key);
      this.pos = k.pos[0]!;
      return;
    }
    KEY.set(this.key);
    let pos = this.pos;
    let i = start;
    const end = start + n;
    while (i < end) {
      if (pos === N) {
        twistScratch();
        pos = 0;
      }
      let c = N - pos;
      if (end - i < c) c = end - i;
      temperScratch(pos, pos + c);
      out.set(TW.subarray(pos, pos + c), i);
      i += c;
      pos += c;
    }
    this.pos = pos;
    this.key.set(KEY);
  }

  /** `RandomState.seed` / `MT19937._legacy_seeding`: int -> init_genrand, array -> init_by_array. */
  _legacy_seeding(seed: unknown): void {
    if (seed === undefined || seed === null) {
      const val = new SeedSequence().generateWords(N);
      this.key.set(val);
      this.key[0] = UPPER;
    } else {
      const scalar = legacyScalar(seed);
      if (scalar !== null) {
        if (scalar > 0xffffffffn || scalar < 0n)
          throw new ValueError('Seed must be between 0 and 2**32 - 1');
        initGenrand(this.key, Number(scalar) | 0);
        this.pos = N;
      } else {
        initByArray(this.key, legacySeedArray(seed));
        this.pos = N;
      }
    }
    this._seed_seq = null;
  }

  get state(): Record<string, unknown> {
    const key = NDArray.zeros([N], uint32);
    new Int32Array(key.buffer as ArrayBuffer).set(this.key);
    return { bit_generator: 'MT19937', state: { key, pos: this.pos } };
  }

  set state(value: Record<string, unknown> | unknown[]) {
    if (Array.isArray(value)) {
      if (value[0] !== 'MT19937' || (value.length !== 3 && value.length !== 5)) {
        throw new ValueError('state is not a legacy MT19937 state');
      }
      value = { bit_generator: 'MT19937', state: { key: value[1], pos: value[2] } };
    }
    const v = checkStateDict(value, 'MT19937', 'PRNG');
    const st = v.state as { key: unknown; pos: number };
    const words = wordsOf(st.key, N);
    for (let i = 0; i < N; i++) this.key[i] = words[i]! | 0;
    this.pos = Number(st.pos);
  }

  /** `jumped(jumps=1)`: a copy advanced by jumps * 2**128 draws. */
  jumped(jumps = 1): MT19937 {
    // As NumPy: a freshly seeded instance that takes over this state.
    const g = new MT19937();
    g.key.set(this.key);
    g.pos = this.pos;
    for (let i = 0; i < jumps; i++) jumpInPlace(g);
    return g;
  }
}

/** An integer seed (number, bigint or integer 0-d array) as a bigint, or null for arrays. */
function legacyScalar(seed: unknown): bigint | null {
  if (typeof seed === 'number') {
    if (!Number.isInteger(seed)) {
      throw new TypeError(
        "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
      );
    }
    return BigInt(seed);
  }
  if (typeof seed === 'bigint') return seed;
  if (typeof seed === 'boolean') return seed ? 1n : 0n;
  if (seed instanceof NDArray && seed.size === 1 && seed.dtype.isInteger) {
    return seed.dtype.isBig ? seed.reshape([]).atBig() : BigInt(seed.reshape([]).item() as number);
  }
  return null;
}

/** NumPy's array path of `_legacy_seeding`, with its error messages. */
function legacySeedArray(seed: unknown): Uint32Array {
  let vals: (number | bigint)[];
  if (seed instanceof NDArray) {
    if (seed.size === 0) throw new ValueError('Seed must be non-empty');
    if (!seed.dtype.isInteger && seed.dtype.kind !== 'b') {
      throw new TypeError(
        `Cannot cast array data from dtype('${seed.dtype}') to dtype('int64') according to the rule 'safe'`,
      );
    }
    if (seed.ndim !== 1) throw new ValueError('Seed array must be 1-d');
    vals = (seed.tolist({ bigint: true }) as (number | bigint | boolean)[]).map((x) =>
      typeof x === 'boolean' ? Number(x) : x,
    );
  } else if (Array.isArray(seed) || ArrayBuffer.isView(seed)) {
    const flat = Array.from(seed as ArrayLike<unknown>);
    if (flat.length === 0) throw new ValueError('Seed must be non-empty');
    if (flat.some((x) => Array.isArray(x))) throw new ValueError('Seed array must be 1-d');
    if (flat.some((x) => typeof x === 'number' && !Number.isInteger(x))) {
      throw new TypeError(
        "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
      );
    }
    vals = flat.map((x) => (typeof x === 'bigint' ? x : Number(x)));
  } else {
    throw new TypeError(
      `Cannot cast array data from dtype('O') to dtype('${int64}') according to the rule 'safe'`,
    );
  }
  const out = new Uint32Array(vals.length);
  for (let i = 0; i < vals.length; i++) {
    const v = BigInt(vals[i]!);
    if (v > 0xffffffffn || v < 0n) throw new ValueError('Seed must be between 0 and 2**32 - 1');
    out[i] = Number(v);
  }
  return out;
}

/** The words of a `key` given as NDArray, typed array or JS array. */
function wordsOf(key: unknown, n: number): number[] {
  let arr: number[];
  if (key instanceof NDArray)
    arr = (key.tolist({ bigint: true }) as (number | bigint)[]).map((x) =>
      Number(BigInt.asUintN(32, BigInt(x))),
    );
  else
    arr = Array.from(key as ArrayLike<number | bigint>, (x) =>
      Number(BigInt.asUintN(32, BigInt(x))),
    );
  if (arr.length < n) throw new ValueError(`state key must have ${n} elements`);
  return arr;
}

// --- jump ahead (NumPy's mt19937-jump: Horner evaluation of the jump polynomial) ---

/** One step of the incremental twist used by the jump (advances `pos` by one word). */
function genNext(key: Int32Array, st: { pos: number }): void {
  const num = st.pos;
  if (num < N - M) {
    const y = (key[num]! & UPPER) | (key[num + 1]! & LOWER);
    key[num] = key[num + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    st.pos++;
  } else if (num < N - 1) {
    const y = (key[num]! & UPPER) | (key[num + 1]! & LOWER);
    key[num] = key[num + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    st.pos++;
  } else if (num === N - 1) {
    const y = (key[N - 1]! & UPPER) | (key[0]! & LOWER);
    key[N - 1] = key[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    st.pos = 0;
  }
}

/** state1 ^= state2, aligning their read positions. */
function addState(k1: Int32Array, p1: number, k2: Int32Array, p2: number): void {
  if (p2 - p1 >= 0) {
    let i = 0;
    for (; i < N - p2; i++) k1[i + p1] ^= k2[i + p2]!;
    for (; i < N - p1; i++) k1[i + p1] ^= k2[i + p2 - N]!;
    for (; i < N; i++) k1[i + p1 - N] ^= k2[i + p2 - N]!;
  } else {
    let i = 0;
    for (; i < N - p1; i++) k1[i + p1] ^= k2[i + p2]!;
    for (; i < N - p2; i++) k1[i + p1 - N] ^= k2[i + p2]!;
    for (; i < N; i++) k1[i + p1 - N] ^= k2[i + p2 - N]!;
  }
}

function jumpInPlace(g: MT19937): void {
  const pf = jumpPolynomial();
  const coef = (deg: number) => (pf[deg >>> 5]! >>> (deg & 31)) & 1;
  if (g.pos >= N) g.pos = 0;
  let i = 19937 - 1;
  while (coef(i) === 0) i--;
  const tmp = new Int32Array(N);
  const st = { pos: 0 };
  if (i > 0) {
    tmp.set(g.key);
    st.pos = g.pos;
    genNext(tmp, st);
    i--;
    for (; i > 0; i--) {
      if (coef(i) !== 0) addState(tmp, st.pos, g.key, g.pos);
      genNext(tmp, st);
    }
    if (coef(0) !== 0) addState(tmp, st.pos, g.key, g.pos);
  } else if (i === 0) {
    tmp.set(g.key);
    st.pos = g.pos;
  }
  g.key.set(tmp);
  g.pos = st.pos;
}
