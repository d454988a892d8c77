/**
 * `np.random.SeedSequence`: turns user entropy (ints, sequences of ints, spawn keys) into
 * well-mixed 32-bit words for seeding bit generators, exactly as NumPy's bit_generator.pyx
 * (hash-mixing of O'Neill's seed_seq design), so that every seed gives NumPy's streams.
 */
import { uint32, uint64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';

const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

/** Anything NumPy accepts as SeedSequence entropy: an int, or a flat sequence of ints. */
export type Entropy = number | bigint | readonly (number | bigint)[] | NDArray;

export interface SeedSequenceOptions {
  spawn_key?: readonly (number | bigint)[];
  pool_size?: number;
  n_children_spawned?: number;
}

/** Python's repr of a value in an error message. */
function pyRepr(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v))
    return v.toExponential();
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** Little-endian 32-bit words of a non-negative integer (0 gives [0]). */
function intToWords(n: number | bigint, out: number[]): void {
  if (typeof n === 'number') {
    if (!Number.isInteger(n)) throw new TypeError('seed must be integer');
    n = BigInt(n);
  }
  if (n < 0n) throw new ValueError('expected non-negative integer');
  if (n === 0n) {
    out.push(0);
    return;
  }
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
}

/** NumPy's `_coerce_to_uint32_array`. */
function coerce(x: unknown, out: number[]): void {
  if (typeof x === 'number' || typeof x === 'bigint') {
    intToWords(x, out);
    return;
  }
  if (typeof x === 'string') {
    if (x.startsWith('0x')) intToWords(BigInt(x), out);
    else if (/^[0-9]+/.test(x)) intToWords(BigInt(/^[0-9]+/.exec(x)![0]), out);
    else throw new ValueError('unrecognized seed string');
    return;
  }
  if (x instanceof NDArray) {
    if (x.dtype === uint32) {
      x.forEachOffset((off) => out.push(x.dataView.getUint32(off, true)));
      return;
    }
    if (x.ndim === 0) {
      const v = x.item();
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw new TypeError('seed must be integer');
      coerce(x.dtype.isBig ? x.atBig() : v, out);
      return;
    }
    if (x.ndim > 1) throw new TypeError('SeedSequence does not accept nested sequences.');
    if (!x.dtype.isInteger && x.dtype.kind !== 'b') throw new TypeError('seed must be integer');
    for (let i = 0; i < x.dims[0]!; i++) coerce(x.dtype.isBig ? x.atBig(i) : x.at(i), out);
    return;
  }
  if (Array.isArray(x)) {
    for (const v of x) {
      if (Array.isArray(v) || v instanceof NDArray || ArrayBuffer.isView(v)) {
        throw new TypeError('SeedSequence does not accept nested sequences.');
      }
      coerce(v, out);
    }
    return;
  }
  if (ArrayBuffer.isView(x)) {
    for (const v of Array.from(x as unknown as ArrayLike<number | bigint>)) coerce(v, out);
    return;
  }
  if (typeof x === 'boolean') {
    out.push(x ? 1 : 0);
    return;
  }
  throw new TypeError('seed must be integer');
}

/** `hashmix` of the reference implementation; `hc` is the running hash constant. */
function hashmix(value: number, hc: { v: number }): number {
  value = (value ^ hc.v) >>> 0;
  hc.v = Math.imul(hc.v, MULT_A) >>> 0;
  value = Math.imul(value, hc.v) >>> 0;
  return (value ^ (value >>> XSHIFT)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> XSHIFT)) >>> 0;
}

/** 128 bits of OS entropy, as NumPy's `secrets.randbits(pool_size * 32)`. */
function randomEntropy(bits: number): bigint {
  const words = new Uint32Array(bits / 32);
  globalThis.crypto.getRandomValues(words);
  let v = 0n;
  for (let i = words.length - 1; i >= 0; i--) v = (v << 32n) | BigInt(words[i]!);
  return v;
}

export class SeedSequence {
  readonly entropy: number | bigint | readonly (number | bigint)[] | NDArray;
  readonly spawn_key: readonly (number | bigint)[];
  readonly pool_size: number;
  n_children_spawned: number;
  /** The mixed entropy pool (uint32 words). */
  readonly pool: Uint32Array;

  constructor(entropy?: Entropy | null, opts: SeedSequenceOptions = {}) {
    const poolSize = opts.pool_size ?? DEFAULT_POOL_SIZE;
    if (poolSize < DEFAULT_POOL_SIZE) {
      throw new ValueError(`The size of the entropy pool should be at least ${DEFAULT_POOL_SIZE}`);
    }
    if (entropy === undefined || entropy === null) entropy = randomEntropy(poolSize * 32);
    else if (
      !(
        (typeof entropy === 'number' && Number.isInteger(entropy)) ||
        typeof entropy === 'bigint' ||
        Array.isArray(entropy) ||
        entropy instanceof NDArray
      )
    ) {
      throw new TypeError(
        `SeedSequence expects int or sequence of ints for entropy not ${pyRepr(entropy)}`,
      );
    }
    this.entropy = entropy;
    this.spawn_key = [...(opts.spawn_key ?? [])];
    this.pool_size = poolSize;
    this.n_children_spawned = opts.n_children_spawned ?? 0;
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(this.assembledEntropy());
  }

  /** run entropy (zero-padded to the pool size when there is a spawn key) + spawn key words. */
  private assembledEntropy(): number[] {
    const run: number[] = [];
    coerce(this.entropy, run);
    const spawn: number[] = [];
    coerce(this.spawn_key, spawn);
    if (spawn.length > 0 && run.length < this.pool_size)
      while (run.length < this.pool_size) run.push(0);
    return run.concat(spawn);
  }

  private mixEntropy(entropy: number[]): void {
    const pool = this.pool;
    const n = pool.length;
    const hc = { v: INIT_A };
    for (let i = 0; i < n; i++) pool[i] = hashmix(i < entropy.length ? entropy[i]! : 0, hc);
    for (let src = 0; src < n; src++) {
      for (let dst = 0; dst < n; dst++)
        if (src !== dst) pool[dst] = mix(pool[dst]!, hashmix(pool[src]!, hc));
    }
    for (let src = n; src < entropy.length; src++) {
      for (let dst = 0; dst < n; dst++) pool[dst] = mix(pool[dst]!, hashmix(entropy[src]!, hc));
    }
  }

  /** The raw uint32 words of `generate_state` (pairs little-endian for uint64). */
  generateWords(nWords: number): Uint32Array {
    const out = new Uint32Array(nWords);
    let hc = INIT_B;
    const pool = this.pool;
    for (let i = 0; i < nWords; i++) {
      let v = (pool[i % pool.length]! ^ hc) >>> 0;
      hc = Math.imul(hc, MULT_B) >>> 0;
      v = Math.imul(v, hc) >>> 0;
      out[i] = (v ^ (v >>> XSHIFT)) >>> 0;
    }
    return out;
  }

  /** `generate_state(n_words, dtype)`: uint32 words, or uint64 words built from pairs. */
  generate_state(
    n_words: number,
    dtype: 'uint32' | 'uint64' | typeof uint32 | typeof uint64 = 'uint32',
  ): NDArray {
    const is64 = dtype === 'uint64' || dtype === uint64;
    if (!is64 && !(dtype === 'uint32' || dtype === uint32))
      throw new ValueError('only support uint32 or uint64');
    const words = this.generateWords(is64 ? n_words * 2 : n_words);
    const out = NDArray.zeros([n_words], is64 ? uint64 : uint32);
    new Uint32Array(out.buffer as ArrayBuffer).set(words);
    return out;
  }

  /** `spawn(n_children)`: independent child sequences (spawn_key extended by a counter). */
  spawn(n_children: number): SeedSequence[] {
    if (n_children < 0) throw new ValueError('n_children must be non-negative');
    const out: SeedSequence[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      out.push(
        new SeedSequence(this.entropy, {
          spawn_key: [...this.spawn_key, i],
          pool_size: this.pool_size,
        }),
      );
    }
    this.n_children_spawned += n_children;
    return out;
  }

  /** NumPy's `SeedSequence.state`. */
  get state(): Record<string, unknown> {
    return {
      entropy: this.entropy,
      spawn_key: this.spawn_key,
      pool_size: this.pool_size,
      n_children_spawned: this.n_children_spawned,
    };
  }

  /** NumPy's repr: `SeedSequence(\n    entropy=...,\n)`. */
  toString(): string {
    const lines = ['SeedSequence(', `    entropy=${reprEntropy(this.entropy)},`];
    if (this.spawn_key.length)
      lines.push(
        `    spawn_key=(${this.spawn_key.join(', ')}${this.spawn_key.length === 1 ? ',' : ''}),`,
      );
    if (this.pool_size !== DEFAULT_POOL_SIZE) lines.push(`    pool_size=${this.pool_size},`);
    if (this.n_children_spawned !== 0)
      lines.push(`    n_children_spawned=${this.n_children_spawned},`);
    lines.push(')');
    return lines.join('\n');
  }
}

function reprEntropy(e: unknown): string {
  if (Array.isArray(e)) return `[${e.map(String).join(', ')}]`;
  if (e instanceof NDArray) return e.repr();
  return String(e);
}
