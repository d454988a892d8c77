/**
 * `np.random.PCG64` (XSL-RR output, 128-bit LCG) and `np.random.PCG64DXSM` (DXSM output,
 * "cheap multiplier" LCG), as NumPy's pcg64.h.
 *
 * The 128-bit state is four uint32 words. One LCG step `state = state * mult + inc` is done
 * column by column: the low word of each column comes from `Math.imul` sums (exact mod 2**32)
 * and its carry from the double-precision products, which are within 2**13 of the exact
 * column value, so rounding `(approx - low) / 2**32` recovers the exact carry (see u64.ts).
 * Seeding, `advance` and `jumped` are rare and use BigInt.
 */
import { ValueError } from '../../_core/errors.js';
import { getPool, join, post, readyWorkers, sharedData } from '../../_core/kernels/threads.js';
import { BitGenerator, checkStateDict, type Seed, TWO_M53 } from './bit_generator.js';
import type { PcgJob } from './pcg64_job.js';
import { CHUNK, laneIncrement, makeKernel, type PcgKernel } from './pcg64_wasm.js';
import type { SeedSequence } from './seed_sequence.js';
import { asBigInt, INV32 } from './u64.js';

const MASK128 = (1n << 128n) - 1n;
const MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
const CHEAP = 0xda942042e4dd58b5n;
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;
/**
 * Fills of at least this many doubles give a share to a worker thread when one is idle: the
 * hand-off (a message, a jump ahead in BigInt, a copy back) costs ~0.1 ms, a tenth of what
 * the worker saves at this size.
 */
const THREAD_MIN = 1 << 17;
/** The caller's part of a threaded fill: less than half, as it also copies the worker's part. */
const CALLER_SHARE = 0.45;

const words = (v: bigint): [number, number, number, number] => [
  Number(v & 0xffffffffn),
  Number((v >> 32n) & 0xffffffffn),
  Number((v >> 64n) & 0xffffffffn),
  Number((v >> 96n) & 0xffffffffn),
];
const [D0, D1, D2, D3] = words(MULT);
const [C0, C1] = words(CHEAP);

/**
 * One LCG step on st[0..3] (state words, low first) with increment st[4..7] and the
 * multiplier words m0..m3 (m2 = m3 = 0 for the cheap multiplier).
 */
function lcgStep(st: Float64Array, m0: number, m1: number, m2: number, m3: number): void {
  const s0 = st[0]!;
  const s1 = st[1]!;
  const s2 = st[2]!;
  const s3 = st[3]!;
  // Column 0: s0*m0 + i0.
  const x0 = (Math.imul(s0, m0) >>> 0) + st[4]!;
  const k0 = Math.floor((s0 * m0 - (Math.imul(s0, m0) >>> 0)) * INV32 + 0.5);
  const n0 = x0 >>> 0;
  const c0 = (x0 - n0) * INV32 + k0;
  // Column 1: s0*m1 + s1*m0 + i1 + carry.
  const p1 = Math.imul(s0, m1) + Math.imul(s1, m0);
  const k1 = Math.floor((s0 * m1 + s1 * m0 - p1) * INV32 + 0.5);
  const x1 = p1 + st[5]! + c0;
  const n1 = x1 >>> 0;
  const c1 = (x1 - n1) * INV32 + k1;
  // Column 2: s0*m2 + s1*m1 + s2*m0 + i2 + carry.
  const p2 = Math.imul(s0, m2) + Math.imul(s1, m1) + Math.imul(s2, m0);
  const k2 = Math.floor((s0 * m2 + s1 * m1 + s2 * m0 - p2) * INV32 + 0.5);
  const x2 = p2 + st[6]! + c1;
  const n2 = x2 >>> 0;
  const c2 = (x2 - n2) * INV32 + k2;
  // Column 3: only its low word survives mod 2**128.
  st[3] =
    (Math.imul(s0, m3) +
      Math.imul(s1, m2) +
      Math.imul(s2, m1) +
      Math.imul(s3, m0) +
      st[7]! +
      c2) >>>
    0;
  st[0] = n0;
  st[1] = n1;
  st[2] = n2;
}

/** Low 64 bits of (ah:al) * (bh:bl) as [hi, lo] into out. */
function mul64(ah: number, al: number, bh: number, bl: number, out: Float64Array): void {
  const lo = Math.imul(al, bl) >>> 0;
  const k = Math.floor((al * bl - lo) * INV32 + 0.5);
  out[8] = (k + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
  out[9] = lo;
}

/** Common state handling of the two PCG variants. */
abstract class PCGBase extends BitGenerator {
  /** [s0, s1, s2, s3, i0, i1, i2, i3, scratch, scratch]: state and increment words, low first. */
  protected readonly st = new Float64Array(10);
  protected has_uint32 = 0;
  protected uinteger = 0;

  constructor(seed?: Seed) {
    super(seed);
    const w = this._seed_seq!.generateWords(8);
    const u64 = (i: number) => (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
    this.setSeed((u64(0) << 64n) | u64(1), (u64(2) << 64n) | u64(3));
  }

  /** `pcg64_set_seed`: both variants seed with the default multiplier. */
  protected setSeed(initstate: bigint, initseq: bigint): void {
    const inc = ((initseq << 1n) | 1n) & MASK128;
    let state = (inc * 1n) & MASK128; // state = 0 * MULT + inc
    state = (state + initstate) & MASK128;
    state = (state * MULT + inc) & MASK128;
    this.setBig(state, inc);
    this.has_uint32 = 0;
    this.uinteger = 0;
  }

  protected getBig(): [bigint, bigint] {
    const st = this.st;
    const b = (i: number) =>
      (BigInt(st[i + 3]!) << 96n) |
      (BigInt(st[i + 2]!) << 64n) |
      (BigInt(st[i + 1]!) << 32n) |
      BigInt(st[i]!);
    return [b(0), b(4)];
  }

  protected setBig(state: bigint, inc: bigint): void {
    this.st.set(words(state), 0);
    this.st.set(words(inc), 4);
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

  /** The LCG multiplier used by `advance`. */
  protected abstract get advanceMult(): bigint;

  /** Bring `st` up to date with what has been consumed (PCG64's buffered kernel). */
  protected sync(): void {}
  /** `st` was written: reload whatever caches it. */
  protected stateChanged(): void {}

  /** Step the LCG back by k (k >= 0) steps. */
  protected stepBack(k: number): void {
    this.rawAdvance(-BigInt(k));
  }

  get state(): Record<string, unknown> {
    this.sync();
    const [state, inc] = this.getBig();
    return {
      bit_generator: this.name,
      state: { state, inc },
      has_uint32: this.has_uint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: Record<string, unknown>) {
    const v = checkStateDict(value, this.name, 'RNG');
    const st = v.state as { state: unknown; inc: unknown };
    this.setBig(asBigInt(st.state) & MASK128, asBigInt(st.inc) & MASK128);
    this.has_uint32 = Number(v.has_uint32);
    this.uinteger = Number(v.uinteger) >>> 0;
    this.stateChanged();
  }

  /** `advance(delta)`: jump the LCG by delta steps (mod 2**128), as pcg_advance_lcg_128. */
  advance(delta: number | bigint): this {
    this.sync();
    this.rawAdvance(asBigInt(delta, 'delta'));
    this.has_uint32 = 0;
    this.uinteger = 0;
    this.stateChanged();
    return this;
  }

  /** pcg_advance_lcg_128 on `st` (delta taken mod 2**128). */
  protected rawAdvance(delta: bigint): void {
    let d = delta & MASK128;
    let curMult = this.advanceMult;
    const [state, inc] = this.getBig();
    let curPlus = inc;
    let accMult = 1n;
    let accPlus = 0n;
    while (d > 0n) {
      if (d & 1n) {
        accMult = (accMult * curMult) & MASK128;
        accPlus = (accPlus * curMult + curPlus) & MASK128;
      }
      curPlus = ((curMult + 1n) * curPlus) & MASK128;
      curMult = (curMult * curMult) & MASK128;
      d >>= 1n;
    }
    this.setBig((accMult * state + accPlus) & MASK128, inc);
  }

  /** `jumped(jumps=1)`: a new generator advanced by jumps * 0x9e37...c835 steps. */
  jumped(jumps = 1): this {
    const g = this.make(undefined as unknown as SeedSequence) as this;
    g.state = this.state;
    g.advance(JUMP_STEP * asBigInt(jumps, 'jumps'));
    return g;
  }
}

export class PCG64 extends PCGBase {
  /**
   * With WebAssembly, draws come from a buffer the kernel fills ahead (chunks growing from 16
   * to CHUNK). The kernel's state is then the state after the buffer; whenever the state is
   * observed (state, advance, jumped) the unconsumed draws are given back by stepping the LCG
   * backwards, so every observable is exactly NumPy's.
   */
  private readonly kern: PcgKernel | null = makeKernel();
  private bpos = 0;
  private bend = 0;
  private chunk = 16;
  private kern32: Int32Array | null = null;

  constructor(seed?: Seed) {
    super(seed);
    // The kernel exists only now (after the base constructor seeded `st`).
    this.stateChanged();
  }

  get name(): string {
    return 'PCG64';
  }

  protected make(seed?: SeedSequence): PCG64 {
    return new PCG64(seed);
  }

  protected get advanceMult(): bigint {
    return MULT;
  }

  /** Put the LCG back where the consumer is, dropping unconsumed buffered draws. */
  protected override sync(): void {
    if (!this.kern) return;
    const left = this.bend - this.bpos;
    this.bpos = this.bend = 0;
    this.chunk = 16;
    this.readKernel();
    if (left > 0) {
      this.stepBack(left);
      this.writeKernel();
    }
  }

  private readKernel(): void {
    const w = this.kern!.words;
    for (let i = 0; i < 8; i++) this.st[i] = w[i]!;
  }

  private writeKernel(): void {
    const w = this.kern!.words;
    for (let i = 0; i < 8; i++) w[i] = this.st[i]!;
    // The kernel's lanes step by M**LANES, with the increment of that many steps.
    const cl = laneIncrement(this.getBig()[1]);
    for (let i = 0; i < 4; i++) w[8 + i] = Number((cl >> BigInt(32 * i)) & 0xffffffffn);
  }

  protected override stateChanged(): void {
    if (!this.kern) return;
    this.bpos = this.bend = 0;
    this.chunk = 16;
    this.writeKernel();
  }

  private refill(): void {
    const k = this.chunk;
    this.kern!.raw(k);
    this.bpos = 0;
    this.bend = k;
    if (this.chunk < CHUNK) this.chunk *= 2;
  }

  /** 32-bit draws: the low then the high half of a 64-bit draw (pcg64_next32). */
  override nextUint32(): number {
    if (this.has_uint32) {
      this.has_uint32 = 0;
      return this.uinteger;
    }
    if (this.kern) {
      if (this.bpos === this.bend) this.refill();
      const p = 2 * this.bpos++;
      const o = this.kern.out32;
      this.has_uint32 = 1;
      this.uinteger = o[p + 1]!;
      return o[p]!;
    }
    return super.nextUint32();
  }

  /** Step, then the XSL-RR output: (high ^ low) rotated right by the top 6 state bits. */
  next64(): void {
    if (this.kern) {
      if (this.bpos === this.bend) this.refill();
      const p = 2 * this.bpos++;
      const o = this.kern.out32;
      this.lo = o[p]! | 0;
      this.hi = o[p + 1]! | 0;
      return;
    }
    const st = this.st;
    lcgStep(st, D0, D1, D2, D3);
    const s3 = st[3]!;
    let a = s3 ^ st[1]!;
    let b = st[2]! ^ st[0]!;
    const rot = s3 >>> 26;
    const swap = (a ^ b) & -(rot >>> 5);
    a ^= swap;
    b ^= swap;
    const r = rot & 31;
    this.hi = (a >>> r) | ((b << 1) << (31 - r));
    this.lo = (b >>> r) | ((a << 1) << (31 - r));
  }

  /** n draws as (low, high) words: the buffered ones, then whole kernel chunks copied. */
  override fillRaw64(out: Int32Array, n: number): void {
    const k = this.kern;
    if (!k) {
      super.fillRaw64(out, n);
      return;
    }
    const o = this.kern32 ?? new Int32Array(k.out32.buffer, k.out32.byteOffset, k.out32.length);
    this.kern32 = o;
    let i = 0;
    const avail = Math.min(n, this.bend - this.bpos);
    if (avail > 0) {
      out.set(o.subarray(2 * this.bpos, 2 * (this.bpos + avail)), 0);
      this.bpos += avail;
      i = avail;
    }
    while (i < n) {
      const c = Math.min(CHUNK, n - i);
      k.raw(c);
      out.set(c === CHUNK ? o : o.subarray(0, 2 * c), 2 * i);
      i += c;
    }
  }

  /** uint32 draws: the kept high half first, then low/high halves of 64-bit draws. */
  override fillUint32(out: Uint32Array | Int32Array, start: number, n: number): void {
    const k = this.kern;
    if (!k || n < 64) {
      super.fillUint32(out, start, n);
      return;
    }
    let i = start;
    let end = start + n;
    if (this.has_uint32) {
      out[i++] = this.nextUint32();
    }
    const odd = (end - i) & 1;
    end -= odd;
    const pairsFrom = i;
    const words = out instanceof Uint32Array ? out : new Uint32Array(out.buffer, out.byteOffset);
    const o = k.out32;
    // Buffered draws, then whole chunks.
    const avail = Math.min((end - i) >> 1, this.bend - this.bpos);
    if (avail > 0) {
      words.set(o.subarray(2 * this.bpos, 2 * (this.bpos + avail)), i);
      this.bpos += avail;
      i += 2 * avail;
    }
    while (i < end) {
      const c = Math.min(CHUNK, (end - i) >> 1);
      k.raw(c);
      words.set(c === CHUNK ? o : o.subarray(0, 2 * c), i);
      i += 2 * c;
    }
    // pcg64_next32 leaves the high word of its last 64-bit draw in `uinteger` (stale, with
    // has_uint32 = 0): the state dict shows it.
    if (i > pairsFrom) this.uinteger = words[i - 1]!;
    if (odd) out[i] = this.nextUint32();
  }

  override fillDouble(out: Float64Array, start: number, n: number): void {
    const k = this.kern;
    if (!k) {
      super.fillDouble(out, start, n);
      return;
    }
    let i = start;
    const end = start + n;
    // Buffered draws first, then whole chunks straight from the kernel.
    const o = k.out32;
    while (i < end && this.bpos < this.bend) {
      const p = 2 * this.bpos++;
      out[i++] = (o[p + 1]! * 2097152 + (o[p]! >>> 11)) * TWO_M53;
    }
    if (end - i >= THREAD_MIN && this.fillShared(out, i, end - i)) return;
    this.fillKernel(out, i, end);
  }

  /** out[i .. end) from the kernel, whole chunks at a time. */
  private fillKernel(out: Float64Array, i: number, end: number): void {
    const k = this.kern!;
    while (i < end) {
      const c = Math.min(CHUNK, end - i);
      k.dbl(c);
      out.set(c === CHUNK ? k.outF64 : k.outF64.subarray(0, c), i);
      i += c;
    }
  }

  /**
   * n doubles at out[start], the tail drawn by an idle worker thread from the state that many
   * steps ahead while this thread draws the head; false (nothing done) without one. A failed
   * worker's part is drawn here afterwards. The state ends n steps on, as in one thread.
   */
  private fillShared(out: Float64Array, start: number, n: number): boolean {
    const pool = getPool();
    const w = pool ? readyWorkers(pool)[0] : undefined;
    if (pool === null || w === undefined) return false;
    const head = Math.floor(n * CALLER_SHARE);
    const tail = n - head;
    this.readKernel();
    const origin = this.st.slice(0, 8);
    // The worker's start: `head` steps on (the kernel's words: state, increment, lane step).
    this.rawAdvance(BigInt(head));
    this.writeKernel();
    const job: PcgJob = {
      kind: 'pcg64',
      words: Array.from(this.kern!.words),
      n: tail,
      sab: sharedData(pool, 8 * tail),
      off: 0,
    };
    post(pool, w, job);
    const ahead = this.st.slice(0, 8);
    this.st.set(origin);
    this.writeKernel();
    this.fillKernel(out, start, start + head);
    if (join(pool, w)) out.set(new Float64Array(job.sab, 0, tail), start + head);
    else {
      this.st.set(ahead);
      this.writeKernel();
      this.fillKernel(out, start + head, start + n);
    }
    // The state after all n draws.
    this.st.set(ahead);
    this.rawAdvance(BigInt(tail));
    this.writeKernel();
    return true;
  }
}

export class PCG64DXSM extends PCGBase {
  get name(): string {
    return 'PCG64DXSM';
  }

  protected make(seed?: SeedSequence): PCG64DXSM {
    return new PCG64DXSM(seed);
  }

  protected get advanceMult(): bigint {
    return CHEAP;
  }

  /** DXSM output of the current state, then one cheap-multiplier step. */
  next64(): void {
    const st = this.st;
    let hh = st[3]!;
    let hl = st[2]!;
    const lh = st[1]!;
    const ll = (st[0]! | 1) >>> 0;
    hl = (hl ^ hh) >>> 0; // hi ^= hi >> 32
    mul64(hh, hl, C1, C0, st); // hi *= CHEAP
    hh = st[8]!;
    hl = (st[9]! ^ (hh >>> 16)) >>> 0; // hi ^= hi >> 48
    mul64(hh, hl, lh, ll, st); // hi *= lo
    this.hi = st[8]! | 0;
    this.lo = st[9]! | 0;
    lcgStep(st, C0, C1, 0, 0);
  }
}

export function isPCG(x: unknown): x is PCG64 | PCG64DXSM {
  return x instanceof PCGBase;
}

/** Validation shared with Philox: NumPy's message for a 128/256-bit integer argument. */
export function checkRange(v: bigint, name: string, bits: number): void {
  if (v < 0n || v >= 1n << BigInt(bits))
    throw new ValueError(`${name} must be positive and less than 2**${bits}.`);
}
