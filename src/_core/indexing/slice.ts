/**
 * Python's `slice` object and its `indices()` arithmetic, which basic indexing,
 * flat iterators and string indices ('1:3', '::-1') all share.
 */
import { ValueError } from '../errors.js';

export type SliceBound = number | bigint | null | undefined;

/** Python's `slice(start, stop, step)`: `np.slice(null, null, -1)` is `::-1`. */
export class Slice {
  readonly start: number | null;
  readonly stop: number | null;
  readonly step: number | null;

  constructor(start: SliceBound = null, stop: SliceBound = null, step: SliceBound = null) {
    // Like Python, anything is stored; validation happens when the slice is used.
    this.start = bound(start);
    this.stop = bound(stop);
    this.step = bound(step);
  }

  /** Python's `slice.indices(length)`: `[start, stop, step]` clamped to the sequence. */
  indices(length: number): [number, number, number] {
    const r = resolveSlice(this, length);
    return [r.start, r.stop, r.step];
  }

  /** Python's repr: `slice(1, None, -1)`. */
  toString(): string {
    const s = (v: number | null) => (v === null ? 'None' : String(v));
    return `slice(${s(this.start)}, ${s(this.stop)}, ${s(this.step)})`;
  }
}

function bound(v: SliceBound): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'bigint' ? Number(v) : v;
}

/**
 * `np.slice(stop)` or `np.slice(start, stop, step?)`, with Python's argument
 * convention: one argument is the stop, as `slice(3)` is `:3`.
 */
export function slice(...args: SliceBound[]): Slice {
  if (args.length === 1) return new Slice(null, args[0], null);
  return new Slice(args[0], args[1], args[2]);
}

/** A slice resolved against an axis length: first index, step and element count. */
export interface ResolvedSlice {
  start: number;
  stop: number;
  step: number;
  length: number;
}

function checkBound(v: number | null): void {
  if (v !== null && !Number.isInteger(v)) {
    throw new TypeError('slice indices must be integers or None or have an __index__ method');
  }
}

/** Python's PySlice_GetIndicesEx: clamp start/stop to [0, length] and count the elements. */
export function resolveSlice(s: Slice, length: number): ResolvedSlice {
  checkBound(s.start);
  checkBound(s.stop);
  checkBound(s.step);
  const step = s.step ?? 1;
  if (step === 0) throw new ValueError('slice step cannot be zero');
  const neg = step < 0;
  // Out-of-range bounds clamp to just before the first / just past the last element.
  const lo = neg ? -1 : 0;
  const hi = neg ? length - 1 : length;
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) {
      v += length;
      return v < 0 ? lo : v;
    }
    return v >= length ? hi : v;
  };
  const start = clamp(s.start, neg ? length - 1 : 0);
  const stop = clamp(s.stop, neg ? -1 : length);
  let n = 0;
  if (neg ? stop < start : start < stop) {
    n = Math.floor((neg ? start - stop - 1 : stop - start - 1) / Math.abs(step)) + 1;
  }
  return { start, stop, step, length: n };
}
