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
import * as K from '../kernels/index.js';
import { intSum32 } from '../kernels/int_wasm.js';
import { cge, cle } from './complex_order.js';
import { type Block, computeCtor, gather, scatter } from './compute.js';
import { fma, fmaf } from './defs/fma.js';
import type { Kernel } from './iterator.js';
import { logicalFold as logicalAnyAll, logicalRows } from './logical_rows.js';
import { type MinMaxName, minmaxFold } from './minmax_reduce.js';
import { pairwiseSum, pairwiseSumComplex } from './pairwise.js';
import {
  addRowsWasm,
  extremumI64Wasm,
  extremumWasm,
  pairwiseWasm,
  reduceWasm,
  sumI64Wasm,
  sumRowsI64Wasm,
  sumRowsWasm,
  WASM_MIN_EXTREMUM,
  WASM_MIN_SUM,
} from './reduce_wasm.js';
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
  /**
   * Optional: `rows` contiguous runs of n elements, xs apart, combined one after another into
   * o[oi .. oi + n) — what `combine` would do row by row, in one call.
   */
  combineRows?: (
    o: Arr,
    oi: number,
    x: Arr,
    xi: number,
    xs: number,
    n: number,
    rows: number,
  ) => void;
  /**
   * Optional: `rows` reduce calls at once, row r folding x[xi + r·rs + i·xs] (i < n) into
   * o[oi + r·os] — what `fold` would do row by row (np.sum over the last axis).
   */
  foldRows?: (
    o: Arr,
    oi: number,
    os: number,
    x: Arr,
    xi: number,
    xs: number,
    rs: number,
    n: number,
    rows: number,
  ) => void;
}

const fround = Math.fround;

/** x86's scalar max/min (NumPy's SSE2 `scalar_max_d`): NaN in the accumulator stays, else `a > b ? a : b`. */
const fmaxNaN = (a: number, b: number) => (Number.isNaN(a) ? a : a > b ? a : b);
const fminNaN = (a: number, b: number) => (Number.isNaN(a) ? a : a < b ? a : b);
/** C99 fmax/fmin: a NaN operand is ignored. */
const fmaxIgn = (a: number, b: number) =>
  Number.isNaN(b) ? a : Number.isNaN(a) ? b : a >= b ? a : b;
const fminIgn = (a: number, b: number) =>
  Number.isNaN(b) ? a : Number.isNaN(a) ? b : a <= b ? a : b;

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
  const wk = xs === 1 && n >= 256 ? reduceWasm() : null;
  if (wk !== null) {
    o[oi] = o[oi] + sumI64Wasm(wk, x, xi, n); // the store wraps modulo 2^64
    return;
  }
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
      // Contiguous runs go to the kernels' pairwise sums (SIMD for long runs, same bits).
      if (dt.itemsize === 8) {
        return (o, oi, x, xi, xs, n) => {
          const w = xs === 1 && n >= WASM_MIN_SUM ? reduceWasm() : null;
          const part =
            w !== null
              ? pairwiseWasm(w, x, xi, n, false)
              : xs === 1
                ? K.pairwiseSumF64((x as Float64Array).subarray(xi, xi + n))
                : pairwiseSum(x, xi, n, xs, null);
          o[oi] = o[oi] + part;
        };
      }
      if (dt.itemsize === 4) {
        return (o, oi, x, xi, xs, n) => {
          const w = xs === 1 && n >= WASM_MIN_SUM ? reduceWasm() : null;
          const part =
            w !== null
              ? pairwiseWasm(w, x, xi, n, true)
              : xs === 1
                ? K.pairwiseSumF32((x as Float32Array).subarray(xi, xi + n))
                : pairwiseSum(x, xi, n, xs, fround);
          o[oi] = o[oi] + part;
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
        const wrap =
          dt.kind === 'i'
            ? (v: bigint) => BigInt.asIntN(64, v)
            : (v: bigint) => BigInt.asUintN(64, v);
        return bigFold((a, b) => wrap(a * b));
      }
      return (o, oi, x, xi, xs, n) => {
        let p = o[oi] | 0;
        for (let i = 0; i < n; i++, xi += xs) p = Math.imul(p, x[xi]);
        o[oi] = p;
      };
  }
}

/**
 * Complex maximum/minimum keep the accumulator when it is NaN or wins (NaN propagates);
 * fmax/fmin keep it when the new value is NaN or loses.
 */
function complexExtremumFold(name: string): Fold {
  const cmp = name === 'maximum' || name === 'fmax' ? cge : cle;
  const propagate = name === 'maximum' || name === 'minimum';
  return (o, oi, x, xi, xs, n) => {
    let ar = o[oi];
    let ai = o[oi + 1];
    for (let i = 0; i < n; i++, xi += xs) {
      const br = x[xi];
      const bi = x[xi + 1];
      const keep = propagate
        ? Number.isNaN(ar) || Number.isNaN(ai) || cmp(ar, ai, br, bi)
        : Number.isNaN(br) || Number.isNaN(bi) || cmp(ar, ai, br, bi);
      if (!keep) {
        ar = br;
        ai = bi;
      }
    }
    o[oi] = ar;
    o[oi + 1] = ai;
  };
}

function extremumFold(name: string, dt: DType): Fold | null {
  if (dt.kind === 'c') return complexExtremumFold(name);
  const max = name === 'maximum' || name === 'fmax';
  if (dt.kind === 'f') {
    if (dt.itemsize !== 2) return minmaxFold(name as MinMaxName, dt.itemsize === 4);
    const op =
      name === 'maximum'
        ? fmaxNaN
        : name === 'minimum'
          ? fminNaN
          : name === 'fmax'
            ? fmaxIgn
            : fminIgn;
    return numberFold(op, dt);
  }
  if (dt.isBig) {
    const loop = bigFold(max ? (a, b) => (b > a ? b : a) : (a, b) => (b < a ? b : a));
    // Long contiguous runs: the SIMD extremum (a BigInt per element is ~20x NumPy's time).
    return (o, oi, x, xi, xs, n) => {
      const w = xs === 1 && n >= WASM_MIN_EXTREMUM ? reduceWasm() : null;
      if (w === null) return loop(o, oi, x, xi, xs, n);
      const m = extremumI64Wasm(w, x, xi, n, max);
      const acc: bigint = o[oi];
      o[oi] = max ? (m > acc ? m : acc) : m < acc ? m : acc;
    };
  }
  const loop: Fold = max ? intMaxLoop : intMinLoop;
  // bool max/min are logical or/and: no wasm kernel for bytes.
  return dt.kind === 'b' ? loop : withWasmExtremum(loop, max);
}

/**
 * Integer extremum folds written out one per operation (any order gives the same value): a
 * loop calling a shared `op` closure makes V8 call it per element (~10 ns an element).
 */
const intMaxLoop: Fold = (o, oi, x, xi, xs, n) => {
  let acc = o[oi];
  for (let i = 0; i < n; i++, xi += xs) {
    const v = x[xi];
    if (v > acc) acc = v;
  }
  o[oi] = acc;
};
const intMinLoop: Fold = (o, oi, x, xi, xs, n) => {
  let acc = o[oi];
  for (let i = 0; i < n; i++, xi += xs) {
    const v = x[xi];
    if (v < acc) acc = v;
  }
  o[oi] = acc;
};

/** Long contiguous integer runs on the wasm backend: their SIMD max/min (extremumWasm). */
function withWasmExtremum(loop: Fold, max: boolean): Fold {
  return (o, oi, x, xi, xs, n) => {
    if (xs === 1 && n >= WASM_MIN_EXTREMUM) {
      const w = reduceWasm();
      const m = w === null ? null : extremumWasm(w, x, xi, n, max);
      if (m !== null) {
        const acc = o[oi];
        o[oi] = max ? (m > acc ? m : acc) : m < acc ? m : acc;
        return;
      }
    }
    loop(o, oi, x, xi, xs, n);
  };
}

function logicalFold(name: string, dt: DType): Fold | null {
  if (dt.kind !== 'b') return null;
  if (name === 'logical_and' || name === 'logical_or') return logicalAnyAll(name === 'logical_and');
  return numberFold((a, b) => (a ? 1 : 0) ^ (b ? 1 : 0), dt);
}

/** Any ufunc: its typed kernel, one element at a time, accumulating in the compute type. */
function kernelFold(kernel: Kernel, dt: DType, roundEach: boolean): Fold {
  const Ctor = computeCtor(dt);
  const lanes = dt.lanes;
  const acc = new Ctor(lanes);
  const one = new Ctor(lanes);
  return (o, oi, x, xi, xs, n) => {
    gather(1, o, oi, 1, dt, acc, dt);
    for (let i = 0; i < n; i++, xi += xs) {
      gather(1, x, xi, 1, dt, one, dt);
      kernel(1, [acc, one], [acc]);
      if (roundEach) acc[0] = halfBitsToDouble(doubleToHalfBits(acc[0] as number));
    }
    scatter(1, acc, dt, o, oi, 1, dt);
  };
}

/**
 * NumPy's half loops keep a float accumulator through a reduce call only for add, subtract,
 * multiply and divide; every other half loop rounds each result to half.
 */
function halfRoundsEach(name: string, dt: DType): boolean {
  return (
    dt.kind === 'f' &&
    dt.itemsize === 2 &&
    !['add', 'subtract', 'multiply', 'divide', 'true_divide'].includes(name)
  );
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
      if (mask[mi])
        scatter(1, aa.subarray(i * lanes, (i + 1) * lanes) as Block, dt, o, oi + i * os, os, dt);
    }
  };
}

/**
 * float32/float64 add and multiply without masks: the typed arrays combine directly (no
 * gathers into blocks), which is what reductions over outer axes (sum(axis=0) of a
 * C-ordered matrix) spend their time on. A float32 store rounds the double result once,
 * exactly as float32 arithmetic does.
 */
function directRealCombine(add: boolean, f32: boolean, general: Combine): Combine {
  // One closure per (op, type): each loop's element accesses then see a single typed-array
  // type and stay monomorphic in V8.
  if (f32)
    return add
      ? (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
          if (mask) return general(o, oi, os, x, xi, xs, n, mask, mi, ms);
          const a = o as Float32Array;
          const b = x as Float32Array;
          for (let i = 0; i < n; i++, oi += os, xi += xs) a[oi] = a[oi]! + b[xi]!;
        }
      : (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
          if (mask) return general(o, oi, os, x, xi, xs, n, mask, mi, ms);
          const a = o as Float32Array;
          const b = x as Float32Array;
          for (let i = 0; i < n; i++, oi += os, xi += xs) a[oi] = a[oi]! * b[xi]!;
        };
  return add
    ? (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
        if (mask) return general(o, oi, os, x, xi, xs, n, mask, mi, ms);
        const a = o as Float64Array;
        const b = x as Float64Array;
        if (os === 1 && xs === 1) {
          for (let i = 0; i < n; i++) a[oi + i] = a[oi + i]! + b[xi + i]!;
          return;
        }
        for (let i = 0; i < n; i++, oi += os, xi += xs) a[oi] = a[oi]! + b[xi]!;
      }
    : (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
        if (mask) return general(o, oi, os, x, xi, xs, n, mask, mi, ms);
        const a = o as Float64Array;
        const b = x as Float64Array;
        for (let i = 0; i < n; i++, oi += os, xi += xs) a[oi] = a[oi]! * b[xi]!;
      };
}

/**
 * Complex multiply as NumPy's SIMD loop computes element-wise calls (simd_cmul):
 * re = fma(ar, br, -(ai*bi)), im = fma(ar, bi, ai*br) — the accumulator is `a`.
 */
function complexMultiplyCombine(dt: DType): Combine {
  const single = dt.itemsize === 8;
  const f = single ? fround : (v: number) => v;
  const fm = single ? fmaf : fma;
  return (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms) {
      if (mask && !mask[mi]) continue;
      const ar = o[oi];
      const ai = o[oi + 1];
      const br = x[xi];
      const bi = x[xi + 1];
      o[oi] = fm(ar, br, -f(ai * bi));
      o[oi + 1] = fm(ar, bi, f(ai * br));
    }
  };
}

/** Accumulator of type `dt`, array operand of type `xdt`: one kernel call per element. */
function mixedLoops(kernel: Kernel, dt: DType, xdt: DType, flags: FpFlags | null): ReduceLoops {
  const acc = new (computeCtor(dt))(dt.lanes);
  const one = new (computeCtor(xdt))(xdt.lanes);
  const res = new (computeCtor(dt))(dt.lanes);
  const nums = (b: Block) => Array.from(b as ArrayLike<number>, Number);
  const step = () => {
    kernel(1, [acc, one], [res]);
    if (flags) noteResult(flags, nums(acc), nums(one), nums(res), false);
    acc.set(res as never);
  };
  const fold: Fold = (o, oi, x, xi, xs, n) => {
    gather(1, o, oi, 1, dt, acc, dt);
    for (let i = 0; i < n; i++, xi += xs) {
      gather(1, x, xi, 1, xdt, one, xdt);
      step();
    }
    scatter(1, acc, dt, o, oi, 1, dt);
  };
  return { fold, combine: foldCombine(fold) };
}

/**
 * Whether a reduction can read the array operand of dtype `from` in place instead of a
 * copy cast to the loop dtype `to`: the storage already holds the exact values (small
 * integers, bools and float32 into float64; small integers into an int64/uint64 sum).
 */
export function directRead(u: Ufunc, from: DType, to: DType): boolean {
  const small = (from.kind === 'b' || from.kind === 'i' || from.kind === 'u') && from.itemsize <= 4;
  if (to.kind === 'f' && to.itemsize === 8)
    return small || (from.kind === 'f' && from.itemsize === 4);
  if (to.isBig && u.__name__ === 'add')
    return small && (to.kind === 'i' ? from.kind !== 'u' || from.itemsize < 8 : from.kind !== 'i');
  return false;
}

/** int64/uint64 sums of small integers read as numbers: exact in pieces, then once in bigint. */
const smallIntAddLoops: ReduceLoops = {
  fold: (o, oi, x, xi, xs, n) => {
    let acc: bigint = o[oi];
    // Contiguous int32 / uint32: the SIMD sum into 64-bit lanes (np.sum of 1e6: ~0.65 -> ~0.25 ms).
    if (xs === 1 && (x instanceof Int32Array || x instanceof Uint32Array)) {
      const s = intSum32(x, xi, n);
      if (s !== null) {
        o[oi] = acc + s;
        return;
      }
    }
    for (let start = 0; start < n; start += 1 << 20) {
      const end = Math.min(n, start + (1 << 20));
      let s = 0;
      for (let i = start, p = xi + start * xs; i < end; i++, p += xs) s += x[p];
      acc += BigInt(s);
    }
    o[oi] = acc;
  },
  combine: (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms)
      if (!mask || mask[mi]) o[oi] = o[oi] + BigInt(x[xi]);
  },
};

/** Element-wise combine through a one-element fold (for loops only the fold implements). */
function foldCombine(fold: Fold): Combine {
  return (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms)
      if (!mask || mask[mi]) fold(o, oi, x, xi, xs, 1);
  };
}

/** Extremum folds by ufunc name and dtype, for callers that fold one run themselves. */
const extremumFolds = new Map<string, Fold>();

/**
 * The fold np.max / np.min (name 'maximum' / 'minimum') runs on a run of dtype dt (float32,
 * float64 or an integer type up to 32 bits): `fold(o, oi, x, xi, 1, n)` sets o[oi] to the
 * extremum of o[oi] and x[xi .. xi + n), in NumPy's order (quick_extrema.ts).
 */
export function extremumRunFold(name: 'maximum' | 'minimum', dt: DType): Fold {
  const key = `${name}${dt.char}`;
  let f = extremumFolds.get(key);
  if (f === undefined) {
    f = extremumFold(name, dt)!;
    extremumFolds.set(key, f);
  }
  return f;
}

/** The reduction loops of `u` for loop signature `loop` (inputs and output all `loop.outs[0]`). */
export function reduceLoops(
  u: Ufunc,
  loop: LoopSig,
  flags: FpFlags | null = null,
  direct = false,
): ReduceLoops {
  // Untracked loops hold no per-call state (their scratch blocks are reused call to call):
  // build them once per loop (a small reduction spent ~1 µs here).
  if (flags !== null) return buildReduceLoops(u, loop, flags, direct);
  const cache = direct ? directLoops : plainLoops;
  let r = cache.get(loop);
  if (r === undefined || r.u !== u) {
    r = { u, loops: buildReduceLoops(u, loop, null, direct) };
    cache.set(loop, r);
  }
  return r.loops;
}

const plainLoops = new WeakMap<LoopSig, { u: Ufunc; loops: ReduceLoops }>();
const directLoops = new WeakMap<LoopSig, { u: Ufunc; loops: ReduceLoops }>();

function buildReduceLoops(
  u: Ufunc,
  loop: LoopSig,
  flags: FpFlags | null,
  direct: boolean,
): ReduceLoops {
  const dt = loop.outs[0]!;
  const kernel = u.kernelFor(loop);
  const name = u.__name__;
  // The array operand read in place from a narrower integer type (see directRead).
  if (direct && dt.isBig) return smallIntAddLoops;
  // Loops whose array operand has its own type (ldexp's `fi->f`): the generic path.
  if (loop.ins[1] !== dt) return mixedLoops(kernel, dt, loop.ins[1]!, flags);
  if (flags) return trackedLoops(name, kernel, dt, flags);
  let fold: Fold | null = null;
  if (name === 'add') fold = addFold(dt);
  else if (name === 'multiply') fold = multiplyFold(dt);
  else if (name === 'maximum' || name === 'minimum' || name === 'fmax' || name === 'fmin')
    fold = extremumFold(name, dt);
  else if (name === 'logical_and' || name === 'logical_or' || name === 'logical_xor')
    fold = logicalFold(name, dt);
  let combine =
    name === 'multiply' && dt.kind === 'c' ? complexMultiplyCombine(dt) : kernelCombine(kernel, dt);
  let combineRows: ReduceLoops['combineRows'];
  if ((name === 'add' || name === 'multiply') && dt.kind === 'f' && dt.itemsize >= 4) {
    combine = directRealCombine(name === 'add', dt.itemsize === 4, combine);
    // Sums over outer axes: the rows stream through a SIMD kernel (kernels/index.ts addRows).
    if (name === 'add') combineRows = addRowsFloat;
  }
  let foldRows =
    name === 'add' && dt.kind === 'f' && dt.itemsize >= 4 && fold ? sumRowsFloat(fold) : undefined;
  // int64 / uint64 sums: wrapping SIMD adds in wasm (any order gives NumPy's bits).
  if (name === 'add' && dt.isBig && fold) {
    foldRows = sumRowsBig(fold);
    combineRows = addRowsBig(combine);
  }
  if (
    dt.kind === 'c' &&
    (name === 'maximum' || name === 'minimum' || name === 'fmax' || name === 'fmin')
  )
    combine = foldCombine(fold!);
  // np.max / np.min over outer axes: rows streamed through the SIMD row kernel with
  // np.maximum's element rule (np.max(a, 0) of 1000x1000: ~3 -> ~0.4 ms).
  if ((name === 'maximum' || name === 'minimum') && dt.kind === 'f' && dt.itemsize >= 4)
    combineRows = extremumRows(name === 'maximum', combine);
  // np.all / np.any over outer axes: words of bytes (logical_rows.ts).
  if ((name === 'logical_and' || name === 'logical_or') && dt.kind === 'b')
    combineRows = logicalRows(name === 'logical_and');
  return {
    fold: fold ?? kernelFold(kernel, dt, halfRoundsEach(name, dt)),
    combine,
    ...(combineRows ? { combineRows } : {}),
    ...(foldRows ? { foldRows } : {}),
  };
}

/** Sums over an outer axis: the wasm row streamer for large inputs, else K.addRows. */
const addRowsFloat: NonNullable<ReduceLoops['combineRows']> = (o, oi, x, xi, xs, n, rows) => {
  const w = n * rows >= 1024 ? reduceWasm() : null;
  if (w !== null) addRowsWasm(w, o, oi, x, xi, xs, n, rows);
  else K.addRows(o, oi, x, xi, xs, n, rows);
};

/** Row-batched int64 / uint64 sums over the last axis: wasm for contiguous rows, else `fold`. */
function sumRowsBig(fold: Fold): NonNullable<ReduceLoops['foldRows']> {
  return (o, oi, os, x, xi, xs, rs, n, rows) => {
    const w = xs === 1 && n >= 8 && rows > 1 ? reduceWasm() : null;
    if (w !== null) sumRowsI64Wasm(w, o, oi, os, x, xi, rs, n, rows);
    else for (let r = 0; r < rows; r++) fold(o, oi + r * os, x, xi + r * rs, xs, n);
  };
}

/** maximum / minimum over an outer axis: the wasm row streamer, else `combine` row by row. */
function extremumRows(max: boolean, combine: Combine): NonNullable<ReduceLoops['combineRows']> {
  return (o, oi, x, xi, xs, n, rows) => {
    const w = n * rows >= 1024 ? reduceWasm() : null;
    if (w !== null) {
      const view = o instanceof Float64Array ? w.f64 : w.f32;
      w.addRows(view, o, oi, x, xi, xs, n, rows, max ? 'max' : 'min');
    } else for (let r = 0; r < rows; r++) combine(o, oi, 1, x, xi + r * xs, 1, n, null, 0, 0);
  };
}

/** int64 / uint64 sums over an outer axis: the wasm row streamer, else `combine` row by row. */
function addRowsBig(combine: Combine): NonNullable<ReduceLoops['combineRows']> {
  return (o, oi, x, xi, xs, n, rows) => {
    const w = n * rows >= 256 ? reduceWasm() : null;
    if (w !== null) addRowsWasm(w, o, oi, x, xi, xs, n, rows);
    else for (let r = 0; r < rows; r++) combine(o, oi, 1, x, xi + r * xs, 1, n, null, 0, 0);
  };
}

/**
 * Row-batched float sums (np.sum over a contiguous last axis): contiguous rows long enough
 * for wasm go to the batched row kernel, the rest row by row through `fold` (same bits).
 */
function sumRowsFloat(fold: Fold): NonNullable<ReduceLoops['foldRows']> {
  return (o, oi, os, x, xi, xs, rs, n, rows) => {
    const w = xs === 1 && n >= WASM_MIN_SUM && rows > 1 ? reduceWasm() : null;
    if (w !== null) sumRowsWasm(w, o, oi, os, x, xi, rs, n, rows);
    else for (let r = 0; r < rows; r++) fold(o, oi + r * os, x, xi + r * rs, xs, n);
  };
}

// ---------------------------------------------------------------------------
// Floating-point flags. JS has no FP status word, so when a float reduction produced
// non-finite values it is run again with loops that check every operation, to raise
// exactly the flags NumPy's FPU would have raised.

export interface FpFlags {
  divide: boolean;
  over: boolean;
  invalid: boolean;
}

const isNaNN = (v: number) => Number.isNaN(v);
const finite = Number.isFinite;

function noteResult(
  flags: FpFlags,
  a: number[],
  b: number[],
  r: number[],
  divide: boolean,
  lanewise = false,
): void {
  if (lanewise && a.length === r.length && b.length === r.length && r.length > 1) {
    for (let l = 0; l < r.length; l++) noteResult(flags, [a[l]!], [b[l]!], [r[l]!], divide);
    return;
  }
  const rNaN = r.some(isNaNN);
  if (rNaN) {
    if (!a.some(isNaNN) && !b.some(isNaNN)) flags.invalid = true;
    return;
  }
  if (r.some((v) => !finite(v)) && a.every(finite) && b.every(finite)) {
    if (divide && b.every((v) => v === 0)) flags.divide = true;
    else if (divide && b.length === 2 && b[0] === 0 && b[1] === 0) flags.divide = true;
    else flags.over = true;
  }
}

/** Storing a float32 accumulator as half overflows when it is finite but out of half range. */
function halfStore(flags: FpFlags, v: number): number {
  const h = doubleToHalfBits(v);
  if (finite(v) && (h & 0x7c00) === 0x7c00) flags.over = true;
  return h;
}

/** Pairwise sum with NumPy's structure, checking every addition. */
function trackedPairwise(
  x: ArrayLike<number>,
  start: number,
  n: number,
  stride: number,
  r: (v: number) => number,
  add: (a: number, b: number) => number,
): number {
  if (n < 8) {
    let res = -0.0;
    for (let i = 0; i < n; i++) res = add(res, x[start + i * stride]!);
    return res;
  }
  if (n <= 128) {
    const acc = new Array<number>(8);
    for (let k = 0; k < 8; k++) acc[k] = x[start + k * stride]!;
    const m = n - (n % 8);
    for (let i = 8; i < m; i += 8)
      for (let k = 0; k < 8; k++) acc[k] = add(acc[k]!, x[start + (i + k) * stride]!);
    let res = add(
      add(add(acc[0]!, acc[1]!), add(acc[2]!, acc[3]!)),
      add(add(acc[4]!, acc[5]!), add(acc[6]!, acc[7]!)),
    );
    for (let i = m; i < n; i++) res = add(res, x[start + i * stride]!);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return add(
    trackedPairwise(x, start, n2, stride, r, add),
    trackedPairwise(x, start + n2 * stride, n - n2, stride, r, add),
  );
}

/** Real float add/subtract/multiply/divide: the operation inline, rounded as the loop rounds. */
const REAL_OPS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  true_divide: (a, b) => a / b,
};

/** A NaN from non-NaN operands is invalid; an infinity from finite ones overflow (or x/0). */
function check(flags: FpFlags, a: number, b: number, r: number, divide: boolean): void {
  if (r - r === 0) return;
  if (Number.isNaN(r)) {
    if (!Number.isNaN(a) && !Number.isNaN(b)) flags.invalid = true;
  } else if (a - a === 0 && b - b === 0) {
    if (divide && b === 0) flags.divide = true;
    else flags.over = true;
  }
}

/** Fast checking loops for real float arithmetic (the common case of a tracked re-run). */
function trackedRealLoops(name: string, dt: DType, flags: FpFlags): ReduceLoops | null {
  const op = REAL_OPS[name];
  if (!op || dt.kind !== 'f') return null;
  const divide = name === 'divide' || name === 'true_divide';
  const half = dt.itemsize === 2;
  const r = dt.itemsize === 8 ? (v: number) => v : fround;
  const load = half ? (v: number) => halfBitsToDouble(v) : (v: number) => v;
  const fold: Fold = (o, oi, x, xi, xs, n) => {
    let acc = load(o[oi]);
    for (let i = 0; i < n; i++, xi += xs) {
      const b = load(x[xi]);
      const v = r(op(acc, b));
      check(flags, acc, b, v, divide);
      acc = v;
    }
    o[oi] = half ? halfStore(flags, acc) : acc;
  };
  const combine: Combine = (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms) {
      if (mask && !mask[mi]) continue;
      const a = load(o[oi]);
      const b = load(x[xi]);
      const v = r(op(a, b));
      check(flags, a, b, v, divide);
      o[oi] = half ? halfStore(flags, v) : v;
    }
  };
  return { fold, combine };
}

function trackedLoops(name: string, kernel: Kernel, dt: DType, flags: FpFlags): ReduceLoops {
  const realLoops = trackedRealLoops(name, dt, flags);
  if (realLoops && name !== 'add') return realLoops;
  const half = dt.kind === 'f' && dt.itemsize === 2;
  const r =
    dt.kind === 'f' || dt.kind === 'c'
      ? (dt.itemsize === 8 && dt.kind === 'f') || dt.itemsize === 16
        ? (v: number) => v
        : fround
      : (v: number) => v;
  const add = (a: number, b: number) => {
    const s = r(a + b);
    check(flags, a, b, s, false);
    return s;
  };
  const lanes = dt.lanes;
  const Ctor = computeCtor(dt);
  const acc = new Ctor(lanes);
  const one = new Ctor(lanes);
  const res = new Ctor(lanes);
  const nums = (b: Block) => Array.from(b as ArrayLike<number>, Number);
  const divide = name === 'divide' || name === 'true_divide' || name === 'floor_divide';
  // NumPy's complex division compares |br| >= |bi|: an ordered comparison with NaN is invalid.
  const compares = divide && dt.kind === 'c';
  const step = (a: Block, b: Block) => {
    kernel(1, [a, b], [res]);
    const bn = nums(b);
    noteResult(flags, nums(a), bn, nums(res), divide, name === 'add' || name === 'subtract');
    if (compares && bn.some(isNaNN)) flags.invalid = true;
    a.set(res as never);
  };
  let fold: Fold;
  if (name === 'add' && (dt.kind === 'f' || dt.kind === 'c')) {
    fold = (o, oi, x, xi, xs, n) => {
      if (dt.kind === 'c') {
        // Re and im parts are independent pairwise sums over interleaved data.
        const re = new Float64Array(n);
        const im = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          re[i] = x[xi + i * xs];
          im[i] = x[xi + i * xs + 1];
        }
        o[oi] = add(o[oi], complexHalf(re, n, add));
        o[oi + 1] = add(o[oi + 1], complexHalf(im, n, add));
        return;
      }
      const run = half ? halfRun(x, xi, xs, n) : null;
      const part = run
        ? trackedPairwise(run, 0, n, 1, r, add)
        : trackedPairwise(x, xi, n, xs, r, add);
      if (half) o[oi] = halfStore(flags, add(halfBitsToDouble(o[oi]), part));
      else o[oi] = add(o[oi], part);
    };
  } else {
    const roundEach = halfRoundsEach(name, dt);
    fold = (o, oi, x, xi, xs, n) => {
      gather(1, o, oi, 1, dt, acc, dt);
      for (let i = 0; i < n; i++, xi += xs) {
        gather(1, x, xi, 1, dt, one, dt);
        step(acc, one);
        if (roundEach) acc[0] = halfBitsToDouble(halfStore(flags, acc[0] as number));
      }
      if (half) o[oi] = halfStore(flags, acc[0] as number);
      else scatter(1, acc, dt, o, oi, 1, dt);
    };
  }
  let combine: Combine = (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
    for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms) {
      if (mask && !mask[mi]) continue;
      gather(1, o, oi, 1, dt, acc, dt);
      gather(1, x, xi, 1, dt, one, dt);
      step(acc, one);
      if (half) o[oi] = halfStore(flags, acc[0] as number);
      else scatter(1, acc, dt, o, oi, 1, dt);
    }
  };
  if (realLoops) combine = realLoops.combine;
  else if (name === 'add' && dt.kind === 'c') {
    // Complex add: the parts add independently.
    combine = (o, oi, os, x, xi, xs, n, mask, mi, ms) => {
      for (let i = 0; i < n; i++, oi += os, xi += xs, mi += ms) {
        if (mask && !mask[mi]) continue;
        o[oi] = add(o[oi], x[xi]);
        o[oi + 1] = add(o[oi + 1], x[xi + 1]);
      }
    };
  }
  return { fold, combine };
}

/** NumPy's complex pairwise sum works on the re/im sequences with the same split points. */
function complexHalf(v: Float64Array, n: number, add: (a: number, b: number) => number): number {
  // Complex blocks are 4 elements (8 floats); the split is at a multiple of 4 elements.
  const rec = (start: number, m: number): number => {
    if (m * 2 < 8) {
      let res = -0.0;
      for (let i = 0; i < m; i++) res = add(res, v[start + i]!);
      return res;
    }
    if (m * 2 <= 128) {
      const acc = [v[start]!, v[start + 1]!, v[start + 2]!, v[start + 3]!];
      const cm = m - (m % 4);
      for (let i = 4; i < cm; i += 4)
        for (let k = 0; k < 4; k++) acc[k] = add(acc[k]!, v[start + i + k]!);
      let res = add(add(acc[0]!, acc[1]!), add(acc[2]!, acc[3]!));
      for (let i = cm; i < m; i++) res = add(res, v[start + i]!);
      return res;
    }
    // Split the float count (2m) at half, rounded down to a multiple of 8 floats.
    let n2 = m;
    n2 -= n2 % 8;
    return add(rec(start, n2 / 2), rec(start + n2 / 2, m - n2 / 2));
  };
  return rec(0, n);
}
