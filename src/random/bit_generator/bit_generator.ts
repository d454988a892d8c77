/**
 * `np.random.BitGenerator`: the base of MT19937, PCG64, PCG64DXSM, Philox and SFC64.
 *
 * A bit generator is the C `bitgen_t` of NumPy: `next64()` (result in `hi`/`lo`, two uint32
 * words, so that no BigInt is made per draw), `nextUint32()`, `nextDouble()` and bulk
 * fills. The distributions (../distributions) take a BitGenerator and call only these.
 */
import { uint64 } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { NDArray } from '../../_core/ndarray.js';
import { type Entropy, SeedSequence } from './seed_sequence.js';

/** 2**-53: the double from the top 53 bits of a uint64. */
export const TWO_M53 = 2 ** -53;
/** 2**-24: the float from the top 24 bits of a uint32. */
export const TWO_M24 = 2 ** -24;

export type Seed = Entropy | SeedSequence | null | undefined;

export abstract class BitGenerator {
  /**
   * High and low 32-bit words of the last `next64()`, as int32 (V8 keeps int32 fields
   * unboxed, which makes draws about twice as fast): read them with `>>> 0` for unsigned.
   */
  hi = 0;
  lo = 0;
  protected _seed_seq: SeedSequence | null;

  constructor(seed?: Seed) {
    this._seed_seq =
      seed instanceof SeedSequence ? seed : new SeedSequence(seed as Entropy | null | undefined);
  }

  /** The class name NumPy reports (`state['bit_generator']`). */
  abstract get name(): string;

  /** Draw 64 bits into `hi`/`lo`. */
  abstract next64(): void;
  /** Draw 32 bits (a uint32 number). */
  abstract nextUint32(): number;

  /** A double in [0, 1): `(next_uint64 >> 11) * 2**-53` (MT19937 overrides). */
  nextDouble(): number {
    this.next64();
    return ((this.hi >>> 0) * 2097152 + (this.lo >>> 11)) * TWO_M53;
  }

  /**
   * The double `nextDouble()` would make from a `next64()` draw (hi, lo): both take the same
   * bits from the stream, so bulk 64-bit draws can serve a double request (MT19937 overrides).
   */
  rawToDouble(hi: number, lo: number): number {
    return ((hi >>> 0) * 2097152 + (lo >>> 11)) * TWO_M53;
  }

  /** A float32 in [0, 1): `(next_uint32 >> 8) * 2**-24`. */
  nextFloat(): number {
    return (this.nextUint32() >>> 8) * TWO_M24;
  }

  /** `out[start..start+n)` = successive `nextDouble()`; subclasses override with faster loops. */
  fillDouble(out: Float64Array, start: number, n: number): void {
    for (let i = start, end = start + n; i < end; i++) out[i] = this.nextDouble();
  }

  /** `out[start..start+n)` = successive `nextUint32()` (bounded-integer fills); overridable. */
  fillUint32(out: Uint32Array | Int32Array, start: number, n: number): void {
    for (let i = start, end = start + n; i < end; i++) out[i] = this.nextUint32();
  }

  /**
   * `n` successive `next64()` draws as (low, high) word pairs into `out` from word 0: the
   * bulk source of the ziggurats. Overridable.
   */
  fillRaw64(out: Int32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      this.next64();
      out[2 * i] = this.lo;
      out[2 * i + 1] = this.hi;
    }
  }

  /** NumPy's `next_raw`: what `random_raw` returns (64 bits; MT19937 gives 32). */
  nextRaw(): void {
    this.next64();
  }

  abstract get state(): Record<string, unknown>;
  abstract set state(value: Record<string, unknown>);

  get seed_seq(): SeedSequence | null {
    return this._seed_seq;
  }

  /** A new bit generator of the same class seeded with `seed` (used by `spawn`). */
  protected abstract make(seed: SeedSequence): BitGenerator;

  /** `spawn(n_children)`: independent bit generators from the seed sequence's children. */
  spawn(n_children: number): BitGenerator[] {
    if (n_children < 0) throw new ValueError('n_children must be non-negative');
    if (!this._seed_seq)
      throw new TypeError('The underlying SeedSequence does not implement spawning.');
    return this._seed_seq.spawn(n_children).map((s) => this.make(s));
  }

  /** `random_raw(size=None, output=True)`: raw outputs as uint64 (a bigint when size is None). */
  random_raw(size?: number | readonly number[] | null, output = true): NDArray | bigint | null {
    if (size === undefined || size === null) {
      this.nextRaw();
      return output ? (BigInt(this.hi >>> 0) << 32n) | BigInt(this.lo >>> 0) : null;
    }
    const shape = typeof size === 'number' ? [size] : [...size];
    const out = NDArray.zeros(shape, uint64);
    const w = new Uint32Array(out.buffer as ArrayBuffer);
    for (let i = 0, n = out.size; i < n; i++) {
      this.nextRaw();
      w[2 * i] = this.lo;
      w[2 * i + 1] = this.hi;
    }
    return output ? out : null;
  }

  /** Python's `str()`: the class name. */
  toString(): string {
    return this.name;
  }
}

/** Validate the `bit_generator` entry of a state dict (NumPy's message for this class). */
export function checkStateDict(
  value: unknown,
  name: string,
  kind: 'PRNG' | 'RNG',
): Record<string, any> {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value instanceof NDArray
  ) {
    throw new TypeError('state must be a dict');
  }
  const v = value as Record<string, any>;
  if ((v.bit_generator ?? '') !== name) throw new ValueError(`state must be for a ${name} ${kind}`);
  return v;
}
