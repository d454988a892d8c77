/**
 * Underflow detection for the real floating-point arithmetic ufuncs (multiply, divide,
 * square, reciprocal, power), which JS cannot read from FP status flags.
 *
 * IEEE 754 (with x86's tininess-after-rounding, as NumPy sees it) raises underflow when a
 * result is tiny — below the dtype's smallest normal — and inexact. Tiny results are rare,
 * so each one is checked exactly, with the operands' integer significands as BigInts; the
 * scan itself runs only while `under` is not 'ignore'.
 */
import { elementOffsets, forEachOffset } from '../iter.js';
import type { NDArray } from '../ndarray.js';
import { stridesFor } from './iterator.js';

/** Which operation produced a result from its inputs. */
type Op = 'multiply' | 'divide' | 'square' | 'reciprocal' | 'power';

const OPS: Record<string, Op> = {
  multiply: 'multiply',
  divide: 'divide',
  true_divide: 'divide',
  square: 'square',
  reciprocal: 'reciprocal',
  power: 'power',
  float_power: 'power',
};

/** Smallest normal magnitude per float itemsize. */
const MIN_NORMAL: Record<number, number> = { 2: 2 ** -14, 4: 2 ** -126, 8: 2 ** -1022 };

/** Whether the ufunc `name` has an underflow check here. */
export function checksUnderflow(name: string): boolean {
  return name in OPS;
}

/** x = m * 2^e exactly (x finite, non-zero). */
function decompose(x: number): [bigint, number] {
  let e = 0;
  let m = x;
  // Scale to an integer significand: at most 1074 + 53 doublings, each exact.
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) > 2 ** 53) {
    m /= 2;
    e++;
  }
  return [BigInt(m), e];
}

/** Whether m1 * 2^e1 === m2 * 2^e2 exactly. */
function sameValue(m1: bigint, e1: number, m2: bigint, e2: number): boolean {
  if (e1 > e2) return m1 << BigInt(e1 - e2) === m2;
  return m1 === m2 << BigInt(e2 - e1);
}

/** Whether the stored result r of op(a, b) is inexact (a, b finite non-zero, r finite). */
function inexact(op: Op, a: number, b: number, r: number): boolean {
  if (r === 0) return true;
  const [mr, er] = decompose(r);
  const [ma, ea] = decompose(a);
  switch (op) {
    case 'square':
      return !sameValue(ma * ma, 2 * ea, mr, er);
    case 'multiply': {
      const [mb, eb] = decompose(b);
      return !sameValue(ma * mb, ea + eb, mr, er);
    }
    case 'reciprocal':
      // r = 1 / a exactly iff r * a = 1.
      return !sameValue(mr * ma, er + ea, 1n, 0);
    case 'divide': {
      const [mb, eb] = decompose(b);
      return !sameValue(mr * mb, er + eb, ma, ea);
    }
    case 'power': {
      // Only integer powers of a binary fraction can be exact; check those exactly.
      if (!Number.isInteger(b) || Math.abs(b) > 1100) return true;
      const n = Math.abs(b);
      const mp = ma ** BigInt(n);
      return b >= 0 ? !sameValue(mp, ea * n, mr, er) : !sameValue(mr * mp, er + ea * n, 1n, 0);
    }
  }
}

/**
 * Whether any element of the real float output `o` of ufunc `name` underflowed. `mask`
 * (optional) selects the computed elements.
 */
export function underflowed(
  name: string,
  ins: NDArray[],
  o: NDArray,
  shape: readonly number[],
  mask: { arr: NDArray; strides: number[] } | null,
): boolean {
  const op = OPS[name];
  if (op === undefined || o.dtype.kind !== 'f') return false;
  if (ins.some((a) => a.dtype.kind !== 'f' && a.dtype.kind !== 'i' && a.dtype.kind !== 'u')) {
    return false;
  }
  const tiny = MIN_NORMAL[o.dtype.itemsize]!;
  let inOffs: Float64Array[] | null = null;
  let maskOffs: Float64Array | null = null;
  const maskBytes = mask === null ? null : new Uint8Array(mask.arr.buffer as ArrayBuffer);
  let found = false;
  forEachOffset(o.dims, o.steps, o.offset, (off, k) => {
    if (found) return;
    const r = Number(o.readAt(off));
    if (!(Math.abs(r) < tiny)) return;
    inOffs ??= ins.map((a) => elementOffsets(shape, stridesFor(a, shape), a.offset));
    if (maskBytes !== null) {
      maskOffs ??= elementOffsets(shape, mask!.strides, mask!.arr.offset);
      if (maskBytes[maskOffs[k]!] === 0) return;
    }
    const xs = ins.map((a, i) => Number(a.readAt(inOffs![i]![k]!)));
    const a = xs[0]!;
    const b = op === 'multiply' || op === 'divide' || op === 'power' ? xs[1]! : a;
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0) return;
    if (op === 'multiply' && b === 0) return;
    if (inexact(op, a, b, r)) found = true;
  });
  return found;
}
