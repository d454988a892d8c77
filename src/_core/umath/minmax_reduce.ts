/**
 * NumPy's reduce loops for float np.maximum / np.minimum / np.fmax / np.fmin
 * (loops_minmax.dispatch.c.src at X86_V3, AVX2), reproduced step for step: which of ±0 a
 * reduction returns, and which NaN, depend on the order of its comparisons.
 * - Contiguous runs (simd_reduce_c_*): lanes of 4 float64 / 8 float32 start as the
 *   accumulator; blocks of eight vectors are folded pairwise into them, then single vectors;
 *   the lanes are reduced by a fixed tree; the tail (< one vector) is folded in order.
 * - Strided runs of 8 or more: eight scalar accumulators seeded by the first eight elements,
 *   a fixed tree, folded into the accumulator; the rest in order.
 * Lane steps are x86's: maxpd(a, b) = a > b ? a : b, with NumPy's NaN rules (maximum/minimum
 * keep a NaN first operand; fmax/fmin ignore a NaN second operand); scalar steps see `scalar`. A lane
 * reduction of maximum/minimum that meets a NaN gives the default NaN; of fmax/fmin, NaN
 * lanes count as ∓inf unless all are NaN.
 * Long contiguous runs first try the SIMD kernels of assembly/extrema.ts, whose value is the
 * answer whenever no NaN is involved and it is not ±0 (then order cannot matter).
 */
import type { Fold } from './reduce_loops.js';
import { extremumWasm, reduceWasm, WASM_MIN_EXTREMUM } from './reduce_wasm.js';

export type MinMaxName = 'maximum' | 'minimum' | 'fmax' | 'fmin';

const MAX = 0;
const MIN = 1;
const FMAX = 2;
const FMIN = 3;

/** One lane (or scalar) step of operation k; small enough for V8 to inline. */
function step(k: number, a: number, b: number): number {
  switch (k) {
    case MAX:
      return Number.isNaN(a) ? a : a > b ? a : b;
    case MIN:
      return Number.isNaN(a) ? a : a < b ? a : b;
    case FMAX:
      return Number.isNaN(b) ? a : a > b ? a : b;
    default:
      return Number.isNaN(b) ? a : a < b ? a : b;
  }
}

/**
 * A scalar step (SCALAR_OP: the tail of a contiguous run, strided runs). For maximum/minimum
 * the lane step; NumPy's fmax/fmin call the C library's, which keeps the first operand on a
 * tie (measured: np.fmax.reduce([0.0, -0.0]) is 0.0, while the lane step gives -0.0).
 */
function scalar(k: number, a: number, b: number): number {
  if (k === MAX || k === MIN) return step(k, a, b);
  if (Number.isNaN(b)) return a;
  if (Number.isNaN(a)) return b;
  return k === FMAX ? (b > a ? b : a) : b < a ? b : a;
}

/** x86's maxpd / minpd on one lane (the lane-reduction tree). */
function plain(k: number, a: number, b: number): number {
  return k === MAX || k === FMAX ? (a > b ? a : b) : a < b ? a : b;
}

const lanesF64 = new Float64Array(4);
const lanesF32 = new Float64Array(8);

/** npyv_reduce_{max,min}{n,p}: the lanes of `acc` (4 or 8) to one value. */
function reduceLanes(k: number, acc: Float64Array, vstep: number): number {
  let nans = 0;
  for (let j = 0; j < vstep; j++) if (Number.isNaN(acc[j]!)) nans++;
  if (nans > 0) {
    if (k === MAX || k === MIN) return Number.NaN;
    if (nans === vstep) return acc[0]!;
    const fill = k === FMAX ? -Infinity : Infinity;
    for (let j = 0; j < vstep; j++) if (Number.isNaN(acc[j]!)) acc[j] = fill;
  }
  if (vstep === 4) return plain(k, plain(k, acc[0]!, acc[2]!), plain(k, acc[1]!, acc[3]!));
  const m0 = plain(k, acc[0]!, acc[4]!);
  const m1 = plain(k, acc[1]!, acc[5]!);
  const m2 = plain(k, acc[2]!, acc[6]!);
  const m3 = plain(k, acc[3]!, acc[7]!);
  return plain(k, plain(k, m0, m2), plain(k, m1, m3));
}

/** simd_reduce_c_*: acc0 folded with the contiguous x[xi .. xi + n), vstep lanes. */
function contiguousRun(
  k: number,
  acc0: number,
  x: Float64Array | Float32Array,
  xi: number,
  n: number,
  vstep: number,
): number {
  const acc = vstep === 4 ? lanesF64 : lanesF32;
  acc.fill(acc0);
  const wstep = vstep * 8;
  let i = 0;
  for (; i + wstep <= n; i += wstep) {
    for (let j = 0, p = xi + i; j < vstep; j++, p++) {
      const r01 = step(k, x[p]!, x[p + vstep]!);
      const r23 = step(k, x[p + 2 * vstep]!, x[p + 3 * vstep]!);
      const r45 = step(k, x[p + 4 * vstep]!, x[p + 5 * vstep]!);
      const r67 = step(k, x[p + 6 * vstep]!, x[p + 7 * vstep]!);
      acc[j] = step(k, acc[j]!, step(k, step(k, r01, r23), step(k, r45, r67)));
    }
  }
  for (; i + vstep <= n; i += vstep)
    for (let j = 0; j < vstep; j++) acc[j] = step(k, acc[j]!, x[xi + i + j]!);
  let r = reduceLanes(k, acc, vstep);
  for (; i < n; i++) r = scalar(k, r, x[xi + i]!);
  return r;
}

/** The scalar-unrolled reduce of a strided run (eight accumulators from 8 elements on). */
function stridedRun(
  k: number,
  acc0: number,
  x: Float64Array | Float32Array,
  xi: number,
  xs: number,
  n: number,
): number {
  let out = acc0;
  let i = 0;
  if (n >= 8) {
    let m0 = x[xi]!;
    let m1 = x[xi + xs]!;
    let m2 = x[xi + 2 * xs]!;
    let m3 = x[xi + 3 * xs]!;
    let m4 = x[xi + 4 * xs]!;
    let m5 = x[xi + 5 * xs]!;
    let m6 = x[xi + 6 * xs]!;
    let m7 = x[xi + 7 * xs]!;
    for (i = 8; i + 8 <= n; i += 8) {
      const p = xi + i * xs;
      m0 = scalar(k, m0, x[p]!);
      m1 = scalar(k, m1, x[p + xs]!);
      m2 = scalar(k, m2, x[p + 2 * xs]!);
      m3 = scalar(k, m3, x[p + 3 * xs]!);
      m4 = scalar(k, m4, x[p + 4 * xs]!);
      m5 = scalar(k, m5, x[p + 5 * xs]!);
      m6 = scalar(k, m6, x[p + 6 * xs]!);
      m7 = scalar(k, m7, x[p + 7 * xs]!);
    }
    m0 = step(
      k,
      scalar(k, scalar(k, m0, m1), scalar(k, m2, m3)),
      scalar(k, scalar(k, m4, m5), scalar(k, m6, m7)),
    );
    out = scalar(k, out, m0);
  }
  for (; i < n; i++) out = scalar(k, out, x[xi + i * xs]!);
  return out;
}

/**
 * The fold of a float32 (f32) or float64 max/min/fmax/fmin reduction: o[oi] becomes the
 * run x[xi + i·xs] (i < n) reduced into it, as NumPy's inner loop computes it.
 */
export function minmaxFold(name: MinMaxName, f32: boolean): Fold {
  const k = name === 'maximum' ? MAX : name === 'minimum' ? MIN : name === 'fmax' ? FMAX : FMIN;
  const vstep = f32 ? 8 : 4;
  const big = k === MAX || k === FMAX;
  return (o, oi, x, xi, xs, n) => {
    if (n <= 0) return;
    const acc0 = o[oi] as number;
    if (xs !== 1) {
      o[oi] = stridedRun(k, acc0, x, xi, xs, n);
      return;
    }
    if (n >= WASM_MIN_EXTREMUM && !Number.isNaN(acc0)) {
      const w = reduceWasm();
      const m = w === null ? null : extremumWasm(w, x, xi, n, big);
      if (m !== null) {
        const r = big ? (acc0 > m ? acc0 : m) : acc0 < m ? acc0 : m;
        if (r !== 0) {
          o[oi] = r;
          return;
        }
      }
    }
    o[oi] = contiguousRun(k, acc0, x, xi, n, vstep);
  };
}
