/**
 * `np.random.SFC64`: Chris Doty-Humphrey's Small Fast Chaotic generator as NumPy's sfc64.h
 * (256-bit state a, b, c, counter), with 64-bit words as uint32 pairs (low word first).
 */
import { uint64 } from '../../_core/dtype.js';
import { NDArray } from '../../_core/ndarray.js';
import { BitGenerator, checkStateDict, type Seed } from './bit_generator.js';
import type { SeedSequence } from './seed_sequence.js';
import { asBigInt } from './u64.js';

export class SFC64 extends BitGenerator {
  /** s[0..3] as (lo, hi) word pairs. */
  readonly s = new Float64Array(8);
  has_uint32 = 0;
  uinteger = 0;

  constructor(seed?: Seed) {
    super(seed);
    const w = this._seed_seq!.generateWords(6);
    for (let i = 0; i < 6; i++) this.s[i] = w[i]!;
    this.s[6] = 1;
    this.s[7] = 0;
    for (let i = 0; i < 12; i++) this.next64();
  }

  get name(): string {
    return 'SFC64';
  }

  protected make(seed?: SeedSequence): SFC64 {
    return new SFC64(seed);
  }

  /** tmp = a + b + counter++; a = b ^ (b >> 11); b = c + (c << 3); c = rotl(c, 24) + tmp. */
  next64(): void {
    const s = this.s;
    const al = s[0]!;
    const ah = s[1]!;
    const bl = s[2]!;
    const bh = s[3]!;
    const cl = s[4]!;
    const ch = s[5]!;
    const dl = s[6]!;
    const dh = s[7]!;
    // tmp = a + b + d
    const t0 = al + bl + dl;
    const tl = t0 >>> 0;
    const th = (ah + bh + dh + Math.floor(t0 * 2.3283064365386963e-10)) >>> 0;
    // d++
    const d0 = dl + 1;
    s[6] = d0 >>> 0;
    s[7] = d0 >= 4294967296 ? (dh + 1) >>> 0 : dh;
    // a = b ^ (b >> 11)
    s[0] = (bl ^ ((bl >>> 11) | (bh << 21))) >>> 0;
    s[1] = (bh ^ (bh >>> 11)) >>> 0;
    // b = c + (c << 3)
    const c3l = (cl << 3) >>> 0;
    const c3h = ((ch << 3) | (cl >>> 29)) >>> 0;
    const b0 = cl + c3l;
    s[2] = b0 >>> 0;
    s[3] = (ch + c3h + (b0 >= 4294967296 ? 1 : 0)) >>> 0;
    // c = rotl(c, 24) + tmp
    const rl = ((cl << 24) | (ch >>> 8)) >>> 0;
    const rh = ((ch << 24) | (cl >>> 8)) >>> 0;
    const c0 = rl + tl;
    s[4] = c0 >>> 0;
    s[5] = (rh + th + (c0 >= 4294967296 ? 1 : 0)) >>> 0;
    this.hi = th | 0;
    this.lo = tl | 0;
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
    const a = NDArray.zeros([4], uint64);
    const d = a.data as BigUint64Array;
    for (let i = 0; i < 4; i++) d[i] = (BigInt(this.s[2 * i + 1]!) << 32n) | BigInt(this.s[2 * i]!);
    return {
      bit_generator: 'SFC64',
      state: { state: a },
      has_uint32: this.has_uint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = checkStateDictSFC(value);
    let st = (v.state as { state: unknown }).state;
    if (st instanceof NDArray) st = st.tolist({ bigint: true });
    const arr = Array.from(st as ArrayLike<unknown>, (x) => BigInt.asUintN(64, asBigInt(x)));
    for (let i = 0; i < 4; i++) {
      this.s[2 * i] = Number(arr[i]! & 0xffffffffn);
      this.s[2 * i + 1] = Number(arr[i]! >> 32n);
    }
    this.has_uint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
  }
}

/** NumPy's SFC64 message is literally this (its f-string prefix is missing). */
function checkStateDictSFC(value: unknown): Record<string, any> {
  try {
    return checkStateDict(value, 'SFC64', 'RNG');
  } catch (e) {
    if (e instanceof TypeError) throw e;
    throw Object.assign(e as Error, {
      message: 'state must be for a {self.__class__.__name__} RNG',
    });
  }
}
