/**
 * `np.correlate` and `np.convolve` (numpy/_core/numeric.py over multiarray.correlate2): the
 * sliding dot product computed in the common dtype with tight typed-array loops, summing in
 * the order NumPy's `dot` kernels do (integers wrap as in C, float16 accumulates in float32,
 * bool is an OR of ANDs). correlate conjugates its second argument; when the second input is
 * the longer one the roles swap and the output is reversed, exactly as NumPy does.
 */
import { allocUninitialized } from '../../_core/alloc.js';
import { type DType, float64, dtype as toDType } from '../../_core/dtype.js';
import { ValueError } from '../../_core/errors.js';
import { wasmKernels } from '../../_core/kernels/index.js';
import { bindArgs } from '../../_core/multiarray/args.js';
import { toArray } from '../../_core/multiarray/array.js';
import { NDArray } from '../../_core/ndarray.js';
import { resultType } from '../../_core/numerictypes/promotion.js';

/** NumPy's PyArray_CorrelatemodeConverter: 0/'valid', 1/'same', 2/'full'. */
function modeOf(mode: unknown): 0 | 1 | 2 {
  if (typeof mode === 'string') {
    if (mode === 'valid') return 0;
    if (mode === 'same') return 1;
    if (mode === 'full') return 2;
    if (mode.length > 0 && 'vsfVSF'.includes(mode[0]!))
      throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
    throw new ValueError(`mode must be one of 'valid', 'same', or 'full' (got '${mode}')`);
  }
  if (typeof mode === 'number' || typeof mode === 'bigint' || typeof mode === 'boolean') {
    const m = Number(mode);
    if (m === 0 || m === 1 || m === 2) return m;
    throw new ValueError('integer convolve/correlate mode must be 0, 1, or 2');
  }
  throw new TypeError(`mode must be one of 'valid', 'same', or 'full' (got ${String(mode)})`);
}

/** A 1-d input as NumPy's correlate2 reads it (PyArray_FromAny with depth 1..1). */
function vector(x: unknown): NDArray {
  const a = toArray(x);
  if (a.ndim === 0) throw new ValueError('object of too small depth for desired array');
  if (a.ndim > 1) {
    throw new ValueError(
      'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.',
    );
  }
  return a;
}

type Kernel = 'f64' | 'f32' | 'f16' | 'c128' | 'c64' | 'int' | 'big' | 'bool';

function kernelOf(dt: DType): Kernel {
  switch (dt.kind) {
    case 'b':
      return 'bool';
    case 'c':
      return dt.itemsize === 16 ? 'c128' : 'c64';
    case 'f':
      return dt.itemsize === 8 ? 'f64' : dt.itemsize === 4 ? 'f32' : 'f16';
    default:
      return dt.itemsize === 8 ? 'big' : 'int';
  }
}

/** Output position o of a window: lag and the overlap [j0, j1) of V. */
function bounds(o: number, start: number, na: number, nv: number): [number, number, number] {
  const lag = start + o - (nv - 1);
  return [lag, Math.max(0, -lag), Math.min(nv, na - lag)];
}

// One monomorphic loop per element type keeps each inner loop a plain typed-array walk.

/**
 * float64: NumPy calls BLAS ddot, whose SIMD kernels keep several partial sums; four
 * independent accumulators do the same here (and break the add-latency chain).
 */
function slideF64(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
): void {
  // Outputs whose window lies wholly inside A (lag in [0, na - nv]) go to wasm when loaded;
  // the partial windows at both ends stay here.
  const lo = Math.max(0, nv - 1 - start);
  const hi = Math.min(out.length, na - start);
  if (hi - lo >= 16 && fullWindowsWasm(A, V, nv, lo + start - (nv - 1), out, lo, hi)) {
    slideRangeF64(A, V, na, nv, start, out, 0, lo);
    slideRangeF64(A, V, na, nv, start, out, hi, out.length);
  } else slideRangeF64(A, V, na, nv, start, out, 0, out.length);
}

/** slideF64's loop over the outputs [from, to). */
function slideRangeF64(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
  from: number,
  to: number,
): void {
  for (let o = from; o < to; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let j = j0;
    for (; j + 3 < j1; j += 4) {
      s0 += A[lag + j]! * V[j]!;
      s1 += A[lag + j + 1]! * V[j + 1]!;
      s2 += A[lag + j + 2]! * V[j + 2]!;
      s3 += A[lag + j + 3]! * V[j + 3]!;
    }
    for (; j < j1; j++) s0 += A[lag + j]! * V[j]!;
    out[o] = s0 + s1 + (s2 + s3);
  }
}

/**
 * out[lo..hi) = the full windows from A[lag0] on, by the wasm kernel correlate_f64 (the same
 * sums in the same order as slideF64's loop), streamed through scratch in blocks of outputs.
 * False when the module is not loaded or V does not fit its scratch.
 */
function fullWindowsWasm(
  A: Float64Array,
  V: Float64Array,
  nv: number,
  lag0: number,
  out: Float64Array,
  lo: number,
  hi: number,
): boolean {
  const w = wasmKernels();
  if (w === null) return false;
  const base = (w.base + 15) & ~15;
  const room = Math.floor((w.scratchEnd - base) / 8) - nv;
  // A block of B outputs needs B + nv - 1 values of A and B results.
  const B = Math.min(hi - lo, 1 << 14, Math.floor((room - nv) / 2));
  if (B < 16) return false;
  const f64 = w.f64;
  const pv = base / 8;
  const pa = pv + nv;
  const po = pa + B + nv;
  f64.set(V.subarray(0, nv), pv);
  const kern = (w.ex as unknown as { correlate_f64: CorrelateFn }).correlate_f64;
  for (let o = lo; o < hi; o += B) {
    const m = Math.min(B, hi - o);
    const a0 = lag0 + (o - lo);
    f64.set(A.subarray(a0, a0 + m + nv - 1), pa);
    kern(pa * 8, pv * 8, nv, po * 8, m);
    out.set(f64.subarray(po, po + m), o);
  }
  return true;
}
type CorrelateFn = (a: number, v: number, nv: number, out: number, n: number) => void;

/** FLOAT_dot / HALF_dot: a float32 accumulator. */
function slideF32(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
): void {
  const f = Math.fround;
  for (let o = 0; o < out.length; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let s = 0;
    for (let j = j0; j < j1; j++) s = f(s + f(A[lag + j]! * V[j]!));
    out[o] = s;
  }
}

/** Interleaved complex lanes; `single` rounds every operation to float32 (complex64). */
function slideComplex(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
  single: boolean,
): void {
  const f = single ? Math.fround : (x: number) => x;
  const len = out.length / 2;
  for (let o = 0; o < len; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let sr = 0;
    let si = 0;
    for (let j = j0; j < j1; j++) {
      const ar = A[2 * (lag + j)]!;
      const ai = A[2 * (lag + j) + 1]!;
      const vr = V[2 * j]!;
      const vi = V[2 * j + 1]!;
      sr = f(sr + f(f(ar * vr) - f(ai * vi)));
      si = f(si + f(f(ar * vi) + f(ai * vr)));
    }
    out[2 * o] = sr;
    out[2 * o + 1] = si;
  }
}

/** BOOL_dot: any(a & v). */
function slideBool(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
): void {
  for (let o = 0; o < out.length; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let s = 0;
    for (let j = j0; j < j1; j++) {
      if (A[lag + j]! && V[j]!) {
        s = 1;
        break;
      }
    }
    out[o] = s;
  }
}

/** Integers up to 32 bits: products and sums modulo 2^32 are exact modulo 2^bits. */
function slideInt(
  A: Float64Array,
  V: Float64Array,
  na: number,
  nv: number,
  start: number,
  out: Float64Array,
  wrap: (x: number) => number,
): void {
  for (let o = 0; o < out.length; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let s = 0;
    for (let j = j0; j < j1; j++) s = (s + Math.imul(A[lag + j]!, V[j]!)) | 0;
    out[o] = wrap(s);
  }
}

/** 64-bit integers: wrap-around arithmetic on bigints. */
function slideBig(
  A: BigInt64Array,
  V: BigInt64Array,
  na: number,
  nv: number,
  start: number,
  out: BigInt64Array,
): void {
  for (let o = 0; o < out.length; o++) {
    const [lag, j0, j1] = bounds(o, start, na, nv);
    let s = 0n;
    for (let j = j0; j < j1; j++) s = BigInt.asIntN(64, s + A[lag + j]! * V[j]!);
    out[o] = s;
  }
}

/** The values of a 1-d array in dtype `dt` as a contiguous lane array. */
function lanes(x: NDArray, dt: DType, k: Kernel, conj: boolean): Float64Array | BigInt64Array {
  if (k === 'big') {
    const c = x.astype('int64', { order: 'C' });
    return (c.data as BigInt64Array).subarray(c.offset / 8, c.offset / 8 + c.size);
  }
  if (k === 'c128' || k === 'c64') {
    const c = x.astype(dt).astype('complex128', { order: 'C' });
    const d = (c.data as Float64Array).slice(c.offset / 8, c.offset / 8 + 2 * c.size);
    if (conj) for (let i = 1; i < d.length; i += 2) d[i] = -d[i]!;
    return d;
  }
  // Read in place when already contiguous float64 (the slides never write their inputs).
  const c =
    x.dtype === float64 && dt === float64 && x.flags.c_contiguous
      ? x
      : x.astype(dt).astype(float64, { order: 'C' });
  return (c.data as Float64Array).subarray(c.offset / 8, c.offset / 8 + c.size);
}

/** NumPy's correlate2 / correlate core (`conj` only for correlate). */
function correlateCore(a: NDArray, v: NDArray, mode: 0 | 1 | 2, conj: boolean): NDArray {
  const dt = resultType(a.dtype, v.dtype);
  const k = kernelOf(dt);
  let A = lanes(a, dt, k, false);
  let V = lanes(v, dt, k, conj && dt.kind === 'c');
  let na = a.size;
  let nv = v.size;
  const inverted = na < nv;
  if (inverted) {
    [A, V] = [V, A];
    [na, nv] = [nv, na];
  }
  let start: number;
  let len: number;
  if (mode === 0) {
    start = nv - 1;
    len = na - nv + 1;
  } else if (mode === 1) {
    start = nv - 1 - Math.floor(nv / 2);
    len = na;
  } else {
    start = 0;
    len = na + nv - 1;
  }
  const bits = dt.itemsize * 8;
  const unsigned = dt.kind === 'u';
  const wrap =
    bits === 8
      ? unsigned
        ? (x: number) => x & 0xff
        : (x: number) => (x << 24) >> 24
      : bits === 16
        ? unsigned
          ? (x: number) => x & 0xffff
          : (x: number) => (x << 16) >> 16
        : unsigned
          ? (x: number) => x >>> 0
          : (x: number) => x | 0;
  const lanesPer = k === 'c128' || k === 'c64' ? 2 : 1;
  // Every output element is written.
  const out =
    k === 'big' ? new BigInt64Array(len) : new Float64Array(allocUninitialized(len * lanesPer * 8));
  if (k === 'big')
    slideBig(A as BigInt64Array, V as BigInt64Array, na, nv, start, out as BigInt64Array);
  else {
    const [a64, v64, o64] = [A as Float64Array, V as Float64Array, out as Float64Array];
    if (k === 'f64') slideF64(a64, v64, na, nv, start, o64);
    else if (k === 'f32' || k === 'f16') slideF32(a64, v64, na, nv, start, o64);
    else if (k === 'c128' || k === 'c64') slideComplex(a64, v64, na, nv, start, o64, k === 'c64');
    else if (k === 'bool') slideBool(a64, v64, na, nv, start, o64);
    else slideInt(a64, v64, na, nv, start, o64, wrap);
  }
  if (inverted) {
    if (lanesPer === 2) {
      const o = out as Float64Array;
      for (let i = 0, j = len - 1; i < j; i++, j--) {
        const r = o[2 * i]!;
        const m = o[2 * i + 1]!;
        o[2 * i] = o[2 * j]!;
        o[2 * i + 1] = o[2 * j + 1]!;
        o[2 * j] = r;
        o[2 * j + 1] = m;
      }
    } else out.reverse();
  }
  const work =
    k === 'big' ? (unsigned ? 'uint64' : 'int64') : lanesPer === 2 ? 'complex128' : 'float64';
  if (k !== 'big') {
    const r = new NDArray(out.buffer as ArrayBuffer, toDType(work), [len]);
    return r.dtype === dt ? r : r.astype(dt);
  }
  const r = NDArray.zeros([len], toDType(work) as DType<'float64'>);
  if (unsigned) {
    const u = r.data as BigUint64Array;
    for (let i = 0; i < len; i++) u[i] = BigInt.asUintN(64, (out as BigInt64Array)[i]!);
  } else (r.data as BigInt64Array).set(out as BigInt64Array);
  return r.dtype === dt ? r : r.astype(dt);
}

/**
 * `np.correlate(a, v, mode='valid')`: c[k] = sum_n a[n+k] * conj(v[n]).
 * Example: `np.correlate([1, 2, 3], [0, 1, 0.5])` → [3.5].
 */
export function correlate(...args: unknown[]): NDArray {
  const o = bindArgs('correlate', ['a', 'v', 'mode'], args);
  for (const p of ['a', 'v'])
    if (!(p in o))
      throw new TypeError(
        `correlate() missing required argument '${p}' (pos ${p === 'a' ? 1 : 2})`,
      );
  const a = vector(o.a);
  const v = vector(o.v);
  const mode = modeOf(o.mode ?? 'valid');
  if (a.size === 0) throw new ValueError('first array argument cannot be empty');
  if (v.size === 0) throw new ValueError('second array argument cannot be empty');
  return correlateCore(a, v, mode, true);
}

/**
 * `np.convolve(a, v, mode='full')`: (a * v)[n] = sum_m a[m] * v[n-m].
 * Example: `np.convolve([1, 2, 3], [0, 1, 0.5])` → [0, 1, 2.5, 4, 1.5].
 */
export function convolve(...args: unknown[]): NDArray {
  const o = bindArgs('convolve', ['a', 'v', 'mode'], args);
  for (const p of ['a', 'v'])
    if (!(p in o)) throw new TypeError(`convolve() missing 1 required positional argument: '${p}'`);
  let a = toArray(o.a);
  let v = toArray(o.v);
  if (a.ndim === 0) a = a.reshape([1]);
  if (v.ndim === 0) v = v.reshape([1]);
  if (a.dims[0] === 0) throw new ValueError('a cannot be empty');
  if (v.dims[0] === 0) throw new ValueError('v cannot be empty');
  if (v.dims[0]! > a.dims[0]!) [a, v] = [v, a];
  if (a.ndim > 1 || v.ndim > 1) throw new ValueError('object too deep for desired array');
  return correlateCore(a, v.get('::-1'), modeOf(o.mode ?? 'full'), false);
}
