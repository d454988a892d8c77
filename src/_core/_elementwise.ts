/**
 * The in-place element-wise steps of var/std/nanvar (`subtract(arr, mean, out=arr)`,
 * `square(x, out=x)`, `multiply(x, conj(x), out=x)`, `sqrt(v, out=v)`) with NumPy's
 * semantics: computed in the promoted dtype, cast into `out` (unsafe) only where the mask
 * allows, FP warnings named after the ufunc and judged from the operands (not from `out`,
 * which may be one of them). Complex products use NumPy's SIMD formula (fused multiply-adds).
 */

import type { Complex } from './complex.js';
import type { DType } from './dtype.js';
import { float64 } from './dtype.js';
import { halfBitsToDouble } from './float16.js';
import { NDArray } from './ndarray.js';
import { resultType } from './numerictypes/promotion.js';
import { fma, fmaf } from './umath/defs/fma.js';
import * as um from './umath/defs/index.js';
import { ignoringFp } from './umath/errstate.js';
import { castQuiet, fpWatched, hasNonFinite, reportFlags } from './umath/reduce_fp.js';
import type { FpFlags } from './umath/reduce_loops.js';
import type { Ufunc } from './umath/ufunc.js';

export type ElementwiseOp = 'subtract' | 'multiply' | 'add' | 'square' | 'sqrt';

function lanes(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v === 'bigint') return [Number(v)];
  if (typeof v === 'boolean') return [v ? 1 : 0];
  const c = v as Complex;
  return [c.re, c.im];
}

function stridesTo(a: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - a.ndim;
  return shape.map((n, i) => (i < off || a.dims[i - off] !== n ? 0 : a.steps[i - off]!));
}

function offsets(a: NDArray, shape: readonly number[]): Float64Array {
  const v = a.viewWith(shape, stridesTo(a, shape), a.offset);
  const out = new Float64Array(v.size);
  v.forEachOffset((off, k) => {
    out[k] = off;
  });
  return out;
}

/** Complex x*y as NumPy's SIMD multiply: re = fma(xr, yr, -(xi*yi)), im = fma(xr, yi, xi*yr). */
function complexProduct(x: NDArray, y: NDArray, shape: readonly number[], t: DType): NDArray {
  const q = NDArray.zeros(shape, t);
  const single = t.itemsize === 8;
  const f = single ? Math.fround : (v: number) => v;
  const fm = single ? fmaf : fma;
  const unit = t.storageBytes;
  const xd = x.data as Float64Array;
  const yd = y.data as Float64Array;
  const qd = q.data as Float64Array;
  const xo = offsets(x, shape);
  const yo = offsets(y, shape);
  for (let k = 0; k < q.size; k++) {
    const i = xo[k]! / unit;
    const j = yo[k]! / unit;
    const xr = xd[i]!;
    const xi = xd[i + 1]!;
    const yr = yd[j]!;
    const yi = yd[j + 1]!;
    qd[2 * k] = fm(xr, yr, -f(xi * yi));
    qd[2 * k + 1] = fm(xr, yi, f(xi * yr));
  }
  return q;
}

/**
 * `out[...] = op(x, y)` where `where` allows (null: everywhere); returns `out`.
 * `x` and `y` broadcast to `out`'s shape.
 */
export function elementwiseInto(
  op: ElementwiseOp,
  x: NDArray,
  y: NDArray | null,
  out: NDArray,
  where: NDArray | null = null,
): NDArray {
  const t: DType = y
    ? resultType(x.dtype, y.dtype)
    : op === 'sqrt' && x.dtype.kind !== 'f' && x.dtype.kind !== 'c'
      ? float64
      : x.dtype;
  // Operands converted up front: the engine then runs one same-dtype loop.
  const xx = x.dtype === t ? x : x.astype(t);
  const yy = y && y.dtype !== t ? y.astype(t) : y;
  const shape = out.dims;
  const u = (um as unknown as Record<string, Ufunc>)[op]!;
  let q: NDArray;
  if (op === 'multiply' && t.kind === 'c') q = complexProduct(xx, yy!, shape, t);
  else {
    q = ignoringFp(() => (yy ? u(xx, yy) : u(xx)) as NDArray);
    if (q.ndim !== shape.length || q.dims.some((n, i) => n !== shape[i]))
      q = q.viewWith(shape, stridesTo(q, shape), q.offset);
  }
  const mo = where ? offsets(where, shape) : null;
  const wd = where ? (where.data as Uint8Array) : null;
  if (fpWatched() && (t.kind === 'f' || t.kind === 'c') && hasNonFinite(q)) {
    // FP flags from the operands: NaN from non-NaN operands is invalid, inf from finite overflow.
    const flags: FpFlags = { divide: false, over: false, invalid: false };
    const xo = offsets(xx, shape);
    const yo = yy ? offsets(yy, shape) : null;
    const qo = offsets(q, shape);
    const nan = (v: number[]) => v.some((z) => Number.isNaN(z));
    const lanewise = op === 'add' || op === 'subtract';
    // Element readers: typed storage for real floats, canonical values otherwise.
    const reader = (arr: NDArray): ((off: number) => number[]) => {
      if (arr.dtype.kind === 'c' || !arr.isAligned) return (off) => lanes(arr.readAt(off));
      const d = arr.data as Float64Array;
      const unit = arr.dtype.storageBytes;
      const half = arr.dtype.kind === 'f' && arr.dtype.itemsize === 2;
      return half ? (off) => [halfBitsToDouble(d[off / unit]!)] : (off) => [Number(d[off / unit])];
    };
    const rq = reader(q);
    const rx = reader(xx);
    const ry = yy ? reader(yy) : null;
    for (let k = 0; k < qo.length; k++) {
      if (wd && !wd[mo![k]!]) continue;
      const r = rq(qo[k]!);
      if (r.every(Number.isFinite)) continue;
      const a = rx(xo[k]!);
      const b = ry ? ry(yo![k]!) : [];
      if (lanewise && b.length === r.length && a.length === r.length) {
        // add/subtract work lane by lane (complex parts independently).
        for (let l = 0; l < r.length; l++) {
          if (Number.isNaN(r[l])) {
            if (!Number.isNaN(a[l]) && !Number.isNaN(b[l])) flags.invalid = true;
          } else if (!Number.isFinite(r[l]!) && Number.isFinite(a[l]!) && Number.isFinite(b[l]!))
            flags.over = true;
        }
      } else if (nan(r)) {
        if (!nan(a) && !nan(b)) flags.invalid = true;
      } else if (a.every(Number.isFinite) && b.every(Number.isFinite)) flags.over = true;
    }
    reportFlags(flags, op);
  }
  if (!where) {
    castQuiet(out, q);
    return out;
  }
  // Masked: convert everything, then copy the allowed elements' bytes.
  const conv = NDArray.zeros(shape, out.dtype);
  castQuiet(conv, q);
  const item = out.dtype.itemsize;
  const src = new Uint8Array(conv.buffer as ArrayBuffer);
  const dst = new Uint8Array(out.buffer as ArrayBuffer);
  const oo = offsets(out, shape);
  for (let k = 0; k < oo.length; k++) {
    if (!wd![mo![k]!]) continue;
    dst.set(src.subarray(k * item, (k + 1) * item), oo[k]!);
  }
  return out;
}
