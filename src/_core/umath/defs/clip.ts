/**
 * NumPy's internal `clip` ufunc (np._core.umath.clip, clip.cpp), used by np.clip and
 * ndarray.clip: min(max(x, lo), hi) with NaN propagation. Not exported as np.clip (that
 * is the function in _core/clip.ts).
 *
 * float32/float64 loops with bounds constant along the inner loop compare directly
 * (x < lo → lo, x > hi → hi; a NaN bound fills the output with it); otherwise the
 * NaN-aware max/min are applied. The two differ for signed zeros (clip(-0.0, 0.0, 1.0) is
 * -0.0 with scalar bounds, 0.0 with array bounds), as in NumPy.
 */

import type { DType } from '../../dtype.js';
import { clipFloat } from '../../kernels/extrema.js';
import type { IntArr } from '../../kernels/int_wasm.js';
import type { Kernel } from '../iterator.js';
import type { LoopSig } from '../resolve.js';
import { clipIntArrays } from './int_fast.js';
import { mapKernel } from './kernel_util.js';
import { defineUfunc } from './resolution.js';
import { callScopedFlag, innerStridesZero } from './strides.js';

/** Set while a clip call runs whose bounds both have stride 0 in the inner loop. */
const constBounds = { on: false };

const isnan = (x: number) => Number.isNaN(x);

/** float32/float64: NumPy's _NPY_MAX/_NPY_MIN (NaN-propagating from the first operand). */
function floatClip(x: number, lo: number, hi: number): number {
  const y = isnan(x) ? x : x > lo ? x : lo;
  return isnan(y) ? y : y < hi ? y : hi;
}

function floatClipConst(x: number, lo: number, hi: number): number {
  if (isnan(lo)) return lo;
  if (isnan(hi)) return hi;
  if (x < lo) x = lo;
  if (x > hi) x = hi;
  return x;
}

/** float16: npy_half_ge / npy_half_le based, never the constant-bounds path. */
function halfClip(x: number, lo: number, hi: number): number {
  const y = isnan(x) || x >= lo ? x : lo;
  return isnan(y) || y <= hi ? y : hi;
}

function intClip(x: any, lo: any, hi: any): any {
  const y = x > lo ? x : lo;
  return y < hi ? y : hi;
}

function complexClip(loop: LoopSig): Kernel {
  void loop;
  const nanc = (re: number, im: number) => isnan(re) || isnan(im);
  const gt = (ar: number, ai: number, br: number, bi: number) => (ar === br ? ai > bi : ar > br);
  const lt = (ar: number, ai: number, br: number, bi: number) => (ar === br ? ai < bi : ar < br);
  return (n, [a, l, h], [o]) => {
    const x = a as Float64Array;
    const lo = l as Float64Array;
    const hi = h as Float64Array;
    const z = o as Float64Array;
    for (let j = 0; j < 2 * n; j += 2) {
      let yr = x[j]!;
      let yi = x[j + 1]!;
      if (!(nanc(yr, yi) || gt(yr, yi, lo[j]!, lo[j + 1]!))) {
        yr = lo[j]!;
        yi = lo[j + 1]!;
      }
      if (!(nanc(yr, yi) || lt(yr, yi, hi[j]!, hi[j + 1]!))) {
        yr = hi[j]!;
        yi = hi[j + 1]!;
      }
      z[j] = yr;
      z[j + 1] = yi;
    }
  };
}

const realKernel = mapKernel((loop) => {
  const t = loop.ins[0]!;
  if (t.kind !== 'f') return intClip;
  if (t.itemsize === 2) return halfClip;
  return (x: number, lo: number, hi: number) =>
    constBounds.on ? floatClipConst(x, lo, hi) : floatClip(x, lo, hi);
});

/**
 * float32/float64 with scalar bounds: the SIMD loop of kernels/extrema.ts (the same bits as
 * floatClipConst) for long blocks; NaN bounds and short blocks take `js`.
 */
function simdOr(loop: LoopSig, js: Kernel): Kernel {
  const t = loop.ins[0]!;
  if (smallInt(t)) return intClipKernel;
  if (t.kind !== 'f' || t.itemsize < 4) return js;
  return (n, ins, outs) => {
    if (constBounds.on) {
      const lo = ins[1]![0] as number;
      const hi = ins[2]![0] as number;
      const x = ins[0]! as Float64Array;
      const z = outs[0]! as Float64Array;
      const sub = <T extends Float64Array>(b: T) => (b.length === n ? b : (b.subarray(0, n) as T));
      if (!isnan(lo) && !isnan(hi) && clipFloat(sub(x), lo, hi, sub(z))) return;
    }
    js(n, ins, outs);
  };
}

/** int8 … uint32: a branch-free loop (int_fast.ts; np.clip's quick path has the SIMD one). */
function smallInt(t: DType): boolean {
  return (t.kind === 'i' || t.kind === 'u') && t.itemsize <= 4;
}

const intClipKernel: Kernel = (_n, ins, outs) =>
  clipIntArrays()(ins[0] as IntArr, ins[1] as IntArr, ins[2] as IntArr, outs[0] as IntArr);

export const clipUfunc = defineUfunc({
  name: 'clip',
  nin: 3,
  nout: 1,
  identity: null,
  types:
    '???->? bbb->b BBB->B hhh->h HHH->H iii->i III->I lll->l LLL->L eee->e fff->f ddd->d FFF->F DDD->D',
  kernel: (loop) =>
    loop.ins[0]!.kind === 'c' ? complexClip(loop) : simdOr(loop, realKernel(loop)),
  validate: (loop, ins) => {
    const t = loop.ins[0]!;
    constBounds.on = t.kind === 'f' && t.itemsize >= 4 && innerStridesZero(ins, loop.ins, [1, 2]);
  },
});
callScopedFlag(clipUfunc, constBounds);
