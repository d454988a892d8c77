/**
 * Inner loops of reductions, as NumPy's typed loops run them on storage:
 * - `fold`: one call with the output stride 0 (NumPy's IS_BINARY_REDUCE): the run is folded
 *   into the accumulator (pairwise for float add, in order otherwise). float16 loops keep
 *   the accumulator in float32 for the whole call and round to half at its end.
 * - `combine`: one call with a strided output: out[i] = op(out[i], x[i]).
 * Indices and steps are in storage units of the loop dtype (complex: two per element).
 */
import type { DType } from '../dtype.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { type Block, computeCtor, gather, scatter } from './compute.js';
import type { Kernel } from './iterator.js';
import { pairwiseSum, pairwiseSumComplex } from './pairwise.js';
import type { LoopSig } from './resolve.js';
import type { Ufunc } from './ufunc.js';

type Arr = any;
export type Fold = (o: Arr, oi: number, x: Arr, xi: number, xs: number, n: number) => void;
export type Combine = (
  o: Arr,
  oi: number,
  os: number,
  x: Arr,
  xi: number,
  xs: number,
  n: number,
  mask: Uint8Array | null,
  mi: number,
  ms: number,
) => void;

export interface ReduceLoops {
  fold: Fold;
  combine: Combine;
}

const fround = Math.fround;

/** x86's scalar max/min (NumPy's SSE2 `scalar_max_d`): NaN in the accumulator stays, else `a > b ? a : b`. */
const fmaxNaN = (a: number, b: number) => (a !== a ? a : a > b ? a : b);
const fminNaN = (a: number, b: number) => (a !== a ? a : a < b ? a : b);
/** C99 fmax/fmin: a NaN operand is ignored. */
const fmaxIgn = (a: number, b: number) => (b !== b ? a : a !== a ? b : a >= b ? a : b);
const fminIgn = (a: number, b: number) => (b !== b ? a : a !== a ? b : a <= b ? a : b);

/** Scratch block for float16 runs, computed in float32 as NumPy's half loops do. */
let halfScratch = new Float32Array(1024);
function halfRun(x: Uint16Array, xi: number, xs: number, n: number): Float32Array {
  if (halfScratch.length < n) halfScratch = new Float32Array(n);
  for (let i = 0; i < n; i++, xi += xs) halfScratch[i] = halfBitsToDouble(x[xi]!);
  return halfScratch;
}

/** A sequential fold over numbers in the loop's own precision (rounding after each step). */
function numberFold(op: (a: number, b: number) => number, dt: DType): Fold {
  if (dt.kind === 'f' && dt.itemsize === 2) {
    return (o, oi, x, xi, xs, n) => {
      let acc = halfBitsToDouble(o[oi]);
      for (let i = 0; i < n; i++, xi += xs) acc = fround(op(acc, halfBitsToDouble(x[xi])));
      o[oi] = doubleToHalfBits(acc);
    };
  }
  if (dt.kind === 'f' && dt.itemsize === 4) {
    return (o, oi, x, xi, xs, n) => {
      let acc = o[oi];
      for (let i = 0; i < n; i++, xi += xs) acc = fround(op(acc, x[xi]));
      o[oi] = acc;
    };
  }
  return (o, oi, x, xi, xs, n) => {
    let acc = o[oi];
    for (let i = 0; i < n; i++, xi += xs) acc = op(acc, x[xi]);
    o[oi] = acc;
  };
}

function bigFold(op: (a: bigint, b: bigint) => bigint): Fold {
  return (o, oi, x, xi, xs, n) => {
    let acc: bigint = o[oi];
    for (let i = 0; i < n; i++, xi += xs) acc = op(acc, x[xi]);
    o[oi] = acc; // the BigInt64Array/BigUint64Array store wraps modulo 2^64
  };
}

/**
 * int64/uint64 sums: addition is exact modulo 2^64, so the low and high 32-bit words are
 * summed as numbers (exact below 2^53) and combined once per batch in bigint.
 */
const words = new WeakMap<ArrayBufferLike, Uint32Array>();
const bigAddFold: Fold = (o, oi, x, xi, xs, n) => {
  let w = words.get(x.buffer);
  if (!w) {
    w = new Uint32Array(x.buffer, 0, x.buffer.byteLength >> 2);
    words.set(x.buffer, w);
  }
  let acc: bigint = o[oi];
  const base = x.byteOffset >> 2;
  for (let start = 0; start < n; start += 1 << 20) {
    const end = Math.min(n, start + (1 << 20));
    let lo = 0;
    let hi = 0;
    for (let i = start, p = base + 2 * (xi + start * xs); i < end; i++, p += 2 * xs) {
      lo += w[p]!;
      hi += w[p + 1]!;
    }
    acc += (BigInt(hi) << 32n) + BigInt(lo);
  }
  o[oi] = acc;
};

function addFold(dt: DType): Fold | null {
  switch (dt.kind) {
    case 'b':
      return numberFold((a, b) => a | b, dt);
    case 'c': {
      const r = dt.itemsize === 8 ? fround : null;
      return (o, oi, x, xi, xs, n) => {
        const [re, im] = pairwiseSumComplex(x, xi, n, xs, r);
        o[oi] = o[oi] + re;
        o[oi + 1] = o[oi + 1] + im;
      };
    }
    case 'f':
      if (dt.itemsize === 8) {
        return (o, oi, x, xi, xs, n) => {
          o[oi] = o[oi] + pairwiseSum(x, xi, n, xs, null);
        };
      }
      if (dt.itemsize === 4) {
        return (o, oi, x, xi, xs, n) => {
          o[oi] = o[oi] + pairwiseSum(x, xi, n, xs, fround);
        };
      }
      return (o, oi, x, xi, xs, n) => {
        const part = pairwiseSum(halfRun(x, xi, xs, n), 0, n, 1, fround);
        o[oi] = doubleToHalfBits(fround(halfBitsToDouble(o[oi]) + part));
      };
    default:
      if (dt.isBig) return bigAddFold;
      // Wrapping 32-bit adds; the typed-array store wraps to the dtype.
      return (o, oi, x, xi, xs, n) => {
        let s = o[oi] | 0;
        for (let i = 0; i < n; i++, xi += xs) s = (s + x[xi]) | 0;
        o[oi] = s;
      };
  }
}

function multiplyFold(dt: DType): Fold | null {
  switch (dt.kind) {
    case 'b':
      return numberFold((a, b) => a & b, dt);
    case 'c': {
      const f = dt.itemsize === 8 ? fround : (v: number) => v;
      // NumPy's scalar complex loop (no FMA in the reduce path): (ar*br - ai*bi, ar*bi + ai*br).
      return (o, oi, x, xi, xs, n) => {
        let ar = o[oi];
        let ai = o[oi + 1];
        for (let i = 0; i < n; i++, xi += xs) {
          const br = x[xi];
          const bi = x[xi + 1];
          const r = f(f(ar * br) - f(ai * bi));
          ai = f(f(ar * bi) + f(ai * br));
          ar = r;
        }
        o[oi] = ar;
        o[oi + 1] = ai;
      };
    }
    case 'f':
      return numberFold((a, b) => a * b, dt);
    default:
      if (dt.isBig) {
        const wrap = dt.kind === 'i' ? (v: bigint) => BigInt.asIntN(64, v) : (v: bigint) => BigInt.asUintN(64, v);
        return bigFold((a, b) => wrap(a * b));
      }
      return (o, oi, x, xi, xs, n) => {
        let p = o[oi] | 0;
        for (let i = 0; i < n; i++, xi += xs) p = Math.imul(p, x[xi]);
        o[oi] = p;
      };
  }
}

function extremumFold(name: string, dt: DType): Fold | null {
  if (dt.kind === 'c') return null;
  if (dt.kind === 'f') {
    const op = name === 'maximum' ? fmaxNaN : name === 'minimum' ? fminNaN : name === 'fmax' ? fmaxIgn : fminIgn;
    return numberFold(op, dt);
  }
  const max = name === 'maximum' || name === 'fmax';
  if (dt.isBig) return bigFold(max ? (a, b) => (b > a ? b : a) : (a, b) => (b < a ? b : a));
  return numberFold(max ? (a, b) => (b > a ? b : a) : (a, b) => (b < a ? b : a), dt);
}

function logicalFold(name: string, dt: DType): Fold | null {
  if (dt.kind !== 'b') return null;
  if (name === 'logical_and') return numberFold((a, b) => (a && b ? 1 : 0), dt);
  if (name === 'logical_or') return numberFold((a, b) => (a || b ? 1 : 0), dt);
  return numberFold((a, b) => ((a ? 1 : 0) ^ (b ? 1 : 0)), dt);
}

/** Any ufunc: its typed kernel, one element at a time, accumulating in the compute type. */
function kernelFold(kernel: Kernel, dt: DType): Fold {
  const Ctor = computeCtor(dt);
  const lanes = dt.lanes;
  const acc = new Ctor(lanes);
  const one = new Ctor(lanes);
  return (o, oi, x, xi, xs, n) => {
    gather(1, o, oi, 1, dt, acc, dt);
    for (let i = 0; i < n; i++, xi += xs) {
      gather(1, x, xi, 1, dt, one, dt);
      kernel(1, [acc, one], [acc]);
    }
    scatter(1, acc, dt, o, oi, 1, dt);
  };
}

/** out[i] = op(out[i], x[i]) through the ufunc's kernel; masked-out elements keep their value. */
function kernelCombine(kernel: Kernel, dt: DType): Combine {
  const Ctor = computeCtor(dt);
  const lanes = dt.lanes;
  let a: Block = new Ctor(64 * lanes);
  let b: Block = new Ctor(64 * lanes);
  return (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    if (a.length < n * lanes) {
      a = new Ctor(n * lanes);
      b = new Ctor(n * lanes);
    }
    const aa = a.length === n * lanes ? a : (a.subarray(0, n * lanes) as Block);
    const bb = b.length === n * lanes ? b : (b.subarray(0, n * lanes) as Block);
    gather(n, o, oi, os, dt, aa, dt);
    gather(n, x, xi, xs, dt, bb, dt);
    kernel(n, [aa, bb], [aa]);
    if (!mask) {
      scatter(n, aa, dt, o, oi, os, dt);
      return;
    }
    for (let i = 0; i < n; i++, mi += ms) {
      if (mask[mi]) scatter(1, aa.subarray(i * lanes, (i + 1) * lanes) as Block, dt, o, oi + i * os, os, dt);
    }
  };
}

/** The reduction loops of `u` for loop signature `loop` (inputs and output all `loop.outs[0]`). */
export function reduceLoops(u: Ufunc, loop: LoopSig): ReduceLoops {
  const dt = loop.outs[0]!;
  const kernel = u.kernelFor(loop);
  const name = u.__name__;
  let fold: Fold | null = null;
  if (name === 'add') fold = addFold(dt);
  else if (name === 'multiply') fold = multiplyFold(dt);
  else if (name === 'maximum' || name === 'minimum' || name === 'fmax' || name === 'fmin') fold = extremumFold(name, dt);
  else if (name === 'logical_and' || name === 'logical_or' || name === 'logical_xor') fold = logicalFold(name, dt);
  return { fold: fold ?? kernelFold(kernel, dt), combine: kernelCombine(kernel, dt) };
}
