/**
 * Matrix and vector products (NumPy's numpy._core.multiarray / numeric): matmul, dot, vdot,
 * inner, outer, vecdot, matvec, vecmat, tensordot, kron.
 *
 * Everything reduces to one batched kernel, `matmulCore`: (..., n, k) @ (..., k, m) with the
 * stack dimensions broadcast. float64/float32 run the packed SIMD GEMM (kernels/gemm.ts);
 * other dtypes run typed loops with NumPy's arithmetic (wrap-around integers, float16
 * accumulated in float32 as NumPy's HALF loops do, bool as any(a and b)).
 * Two fast paths skip it: 1-D x 1-D float vectors take the SIMD dot kernel (kernels/dot.ts),
 * and stacks of tiny float matrices take the batched small-matrix kernel of the same module.
 * Within it, A @ A.T takes the symmetric product (kernels/syrk.ts) and one-row / one-column
 * products the GEMM's matrix-vector kernels (kernels/gemv.ts).
 */

import { astype } from '../casting.js';
import {
  bool,
  complex64,
  complex128,
  type DType,
  type DTypeLike,
  float16,
  float32,
  float64,
  dtype as toDType,
} from '../dtype.js';
import { UFuncTypeError, ValueError } from '../errors.js';
import { doubleToHalfBits, halfBitsToDouble } from '../float16.js';
import { cStrides, shapeReprCompact, shapeSize } from '../iter.js';
import { dotVec, matmulSmallBatch } from '../kernels/dot.js';
import { gemm } from '../kernels/gemm.js';
import { gemmAAt } from '../kernels/syrk.js';
import { type ArrayLike, toArray } from '../multiarray/array.js';
import { assignArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { type Casting, canCastDType, resultType } from '../numerictypes/promotion.js';
import { reshape, transpose } from '../shape.js';
import { conjugate, multiply } from '../umath/defs/index.js';

const MATMUL_SIG = '(n?,k),(k,m?)->(n?,m?)';

type Opts = { out?: NDArray | null; dtype?: DTypeLike | null; casting?: Casting };

function isOpts(x: unknown): x is Opts {
  return (
    typeof x === 'object' &&
    x !== null &&
    !(x instanceof NDArray) &&
    !Array.isArray(x) &&
    !ArrayBuffer.isView(x) &&
    Object.getPrototypeOf(x) === Object.prototype
  );
}

function checkKeys(fn: string, o: object, allowed: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key))
      throw new TypeError(`${fn}() got an unexpected keyword argument '${key}'`);
  }
}

function numericDType(fn: string, a: NDArray, b: NDArray, dt: DTypeLike | null | undefined): DType {
  const d = dt == null ? resultType(a, b) : toDType(dt);
  if (!'biufc'.includes(d.kind) || d.names !== null) {
    throw new UFuncTypeError(
      `ufunc '${fn}' did not contain a loop with signature matching types (dtype('${a.dtype.str}'), dtype('${b.dtype.str}')) -> None`,
    );
  }
  return d;
}

/** An aligned array of dtype `d` holding `a`'s values (a itself when possible). */
function asDType(a: NDArray, d: DType): NDArray {
  if (a.dtype === d && a.isAligned) return a;
  return astype(a, d) as NDArray;
}

/**
 * Broadcast two stack shapes, or NumPy's gufunc broadcast error (its remapped shapes drop an
 * operand's core dimensions and show one newaxis per output core dimension).
 */
function broadcastStacks(
  a: NDArray,
  b: NDArray,
  sa: number[],
  sb: number[],
  coreA: number,
  coreB: number,
  outCore: number[],
): number[] {
  const nd = Math.max(sa.length, sb.length);
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    const x = sa[sa.length - nd + i] ?? 1;
    const y = sb[sb.length - nd + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) {
      const remap = (s: number[], core: number) => {
        const kept = [
          ...s.slice(0, s.length - core).map(String),
          ...Array(outCore.length).fill('newaxis'),
        ];
        return `${shapeReprCompact(s)}->(${kept.join(',')}${kept.length === 1 ? ',' : ''})`;
      };
      throw new ValueError(
        `operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a.shape, coreA)} ${remap(b.shape, coreB)}  and requested shape ${shapeReprCompact(outCore)}`,
      );
    }
    out.push(x === 1 ? y : x);
  }
  return out;
}

function stackStrides(a: NDArray, stack: number[]): number[] {
  const nd = a.ndim - 2;
  return stack.map((_, i) => {
    const j = i - (stack.length - nd);
    return j < 0 || a.dims[j] === 1 ? 0 : a.steps[j];
  });
}

/**
 * r[..., i, j] = sum_p a[..., i, p] b[..., p, j] for a (S_a..., n, k), b (S_b..., k, m),
 * both of dtype d, into a fresh C-contiguous array of shape (S..., n, m).
 */
function matmulCore(a: NDArray, b: NDArray, d: DType, stack: number[]): NDArray {
  const n = a.dims[a.ndim - 2];
  const k = a.dims[a.ndim - 1];
  const m = b.dims[b.ndim - 1];
  const r = NDArray.zeros([...stack, n, m], d);
  const nb = shapeSize(stack);
  if (r.size === 0 || k === 0) return r;
  const sa = stackStrides(a, stack);
  const sb = stackStrides(b, stack);
  const item = d.itemsize;
  const unit = item / d.lanes;
  const ars = a.steps[a.ndim - 2] / unit;
  const acs = a.steps[a.ndim - 1] / unit;
  const brs = b.steps[b.ndim - 2] / unit;
  const bcs = b.steps[b.ndim - 1] / unit;
  const idx = new Array<number>(stack.length).fill(0);
  const small = (d === float64 || d === float32) && n * k * m < SMALL_FLOPS;
  if (
    small &&
    (nb >= 4 || n * k * m >= SMALL_BATCH_ONE) &&
    denseStack(a, stack) &&
    denseStack(b, stack) &&
    matmulSmallBatch(
      d === float32,
      nb,
      n,
      k,
      m,
      a.data as Float64Array,
      a.offset / unit,
      b.data as Float64Array,
      b.offset / unit,
      r.data as Float64Array,
      0,
    )
  )
    return r;
  for (let t = 0; t < nb; t++) {
    let ao = a.offset;
    let bo = b.offset;
    for (let i = 0; i < stack.length; i++) {
      ao += idx[i] * sa[i];
      bo += idx[i] * sb[i];
    }
    if (small) {
      smallProduct(
        d === float32,
        n,
        k,
        m,
        a.data,
        ao / unit,
        ars,
        acs,
        b.data,
        bo / unit,
        brs,
        bcs,
        r.data,
        (t * n * m * item) / unit,
      );
    } else {
      const A = { data: a.data, off: ao / unit, rs: ars, cs: acs };
      const B = { data: b.data, off: bo / unit, rs: brs, cs: bcs };
      const co = (t * n * m * item) / unit;
      kernel2d(d, n, k, m, A, B, r.data, co);
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      if (++idx[i] < stack[i]) break;
      idx[i] = 0;
    }
  }
  return r;
}

/**
 * a @ b for 3-d operands (batch, n, k) and (batch, k, m) of dtype `d` (aligned, equal batch
 * sizes) as a fresh C-contiguous (batch, n, m) array: matmul's kernel without its argument
 * handling, for einsum's matrix-product route, which has built and checked its operands.
 */
export function matmulStacked(a: NDArray, b: NDArray, d: DType): NDArray {
  return matmulCore(a, b, d, [a.dims[0]!]);
}

/** Whether x is C-contiguous with exactly the stack dims (no broadcasting). */
function denseStack(x: NDArray, stack: number[]): boolean {
  if (x.ndim !== stack.length + 2) return false;
  for (let i = 0; i < stack.length; i++) if (x.dims[i] !== stack[i]) return false;
  const cs = cStrides(x.dims, x.dtype.itemsize);
  for (let i = 0; i < x.ndim; i++) if (x.dims[i] > 1 && x.steps[i] !== cs[i]) return false;
  return true;
}

/** From this n*k*m a single small product takes the wasm batch kernel too (measured). */
const SMALL_BATCH_ONE = 256;

/** Below this n*k*m the GEMM runs its plain loop (kernels/gemm.ts SMALL_FLOPS). */
const SMALL_FLOPS = 4096;

/**
 * C[co..] (zeroed, n x m, row-major) = A B for tiny float matrices, straight into the result:
 * the GEMM's plain loop (gemmJS: i-p-j order, float32 rounding every product and sum, so
 * the same bits) without its per-call row buffer and operand objects — the batched case
 * (1000 x (8 x 8)) is all per-call overhead.
 */
function smallProduct(
  f32: boolean,
  n: number,
  k: number,
  m: number,
  ad: any,
  ao: number,
  ars: number,
  acs: number,
  bd: any,
  bo: number,
  brs: number,
  bcs: number,
  C: any,
  co: number,
): void {
  // i-j-p with the sum in a local: each C[i, j] still adds its k products in order p = 0..k-1
  // from +0, exactly as the i-p-j loop does, without a load and store of C per product.
  for (let i = 0; i < n; i++) {
    const ci = co + i * m;
    const ai = ao + i * ars;
    for (let j = 0; j < m; j++) {
      let pa = ai;
      let pb = bo + j * bcs;
      let s = 0;
      if (f32) {
        for (let p = 0; p < k; p++, pa += acs, pb += brs)
          s = Math.fround(s + Math.fround(ad[pa] * bd[pb]));
      } else {
        for (let p = 0; p < k; p++, pa += acs, pb += brs) s += ad[pa] * bd[pb];
      }
      C[ci + j] = s;
    }
  }
}

type Op = { data: any; off: number; rs: number; cs: number };

function kernel2d(
  d: DType,
  n: number,
  k: number,
  m: number,
  A: Op,
  B: Op,
  C: any,
  co: number,
): void {
  if (d === float64 || d === float32) {
    // A @ A.T (NumPy's syrk case): the upper triangle, mirrored, with the full product's bits
    const same = A.data.buffer === B.data.buffer; // both typed arrays span the whole buffer
    const aat = same && A.off === B.off && A.rs === B.cs && A.cs === B.rs && n === m;
    if (aat && gemmAAt(d === float32, n, k, A, C, co, m)) return;
    gemm(d === float32, n, m, k, A, B, C, co, m);
    return;
  }
  const ad = A.data;
  const bd = B.data;
  if (d === float16) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        let pa = A.off + i * A.rs;
        let pb = B.off + j * B.cs;
        for (let p = 0; p < k; p++, pa += A.cs, pb += B.rs) {
          s = Math.fround(s + Math.fround(halfBitsToDouble(ad[pa]) * halfBitsToDouble(bd[pb])));
        }
        C[co + i * m + j] = doubleToHalfBits(s);
      }
    }
    return;
  }
  if (d === complex128 || d === complex64) {
    const f = d === complex64 ? Math.fround : (x: number) => x;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let sr = 0;
        let si = 0;
        let pa = A.off + i * A.rs;
        let pb = B.off + j * B.cs;
        for (let p = 0; p < k; p++, pa += A.cs, pb += B.rs) {
          const xr = ad[pa];
          const xi = ad[pa + 1];
          const yr = bd[pb];
          const yi = bd[pb + 1];
          sr = f(sr + f(f(xr * yr) - f(xi * yi)));
          si = f(si + f(f(xr * yi) + f(xi * yr)));
        }
        C[co + 2 * (i * m + j)] = sr;
        C[co + 2 * (i * m + j) + 1] = si;
      }
    }
    return;
  }
  if (d === bool) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let pa = A.off + i * A.rs;
        let pb = B.off + j * B.cs;
        let s = 0;
        for (let p = 0; p < k; p++, pa += A.cs, pb += B.rs) {
          if (ad[pa] && bd[pb]) {
            s = 1;
            break;
          }
        }
        C[co + i * m + j] = s;
      }
    }
    return;
  }
  if (d.itemsize === 8) {
    // int64 / uint64: exact products modulo 2^64
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let pa = A.off + i * A.rs;
        let pb = B.off + j * B.cs;
        let s = 0n;
        for (let p = 0; p < k; p++, pa += A.cs, pb += B.rs)
          s = BigInt.asUintN(64, s + (ad[pa] as bigint) * (bd[pb] as bigint));
        C[co + i * m + j] = d.kind === 'u' ? s : BigInt.asIntN(64, s);
      }
    }
    return;
  }
  // int8..int32, uint8..uint32: 32-bit wrap-around, truncated by the store
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let pa = A.off + i * A.rs;
      let pb = B.off + j * B.cs;
      let s = 0;
      for (let p = 0; p < k; p++, pa += A.cs, pb += B.rs) s = (s + Math.imul(ad[pa], bd[pb])) | 0;
      C[co + i * m + j] = s;
    }
  }
}

/** Write `r` into `out` (NumPy's output casting check) and return what the function returns. */
function finish(
  fn: string,
  r: NDArray,
  out: NDArray | null | undefined,
  casting: Casting,
  sig?: string,
): NDArray | any {
  if (out != null) {
    if (out.ndim !== r.ndim || out.dims.some((s, i) => s !== r.dims[i])) {
      if (sig !== undefined && out.ndim === r.ndim) {
        const i = out.dims.findIndex((s, j) => s !== r.dims[j]);
        const core = i - (r.ndim - 2);
        if (core >= 0) {
          throw new ValueError(
            `${fn}: Output operand 0 has a mismatch in its core dimension ${core}, with gufunc signature ${sig} (size ${out.dims[i]} is different from ${r.dims[i]})`,
          );
        }
      }
      throw new ValueError(
        `non-broadcastable output operand with shape ${shapeReprCompact(out.dims)} doesn't match the broadcast shape ${shapeReprCompact(r.dims)}`,
      );
    }
    if (!canCastDType(r.dtype, out.dtype, casting)) {
      throw new UFuncTypeError(
        `Cannot cast ufunc '${fn}' output from dtype('${r.dtype.str}') to dtype('${out.dtype.str}') with casting rule '${casting}'`,
      );
    }
    assignArray(out, r);
    return out;
  }
  return r.ndim === 0 ? r.item() : r;
}

function coreMismatch(
  fn: string,
  sig: string,
  operand: number,
  dim: number,
  got: number,
  want: number,
): ValueError {
  return new ValueError(
    `${fn}: Input operand ${operand} has a mismatch in its core dimension ${dim}, with gufunc signature ${sig} (size ${got} is different from ${want})`,
  );
}

function notEnoughDims(
  fn: string,
  sig: string,
  operand: number,
  has: number,
  req: number,
): ValueError {
  return new ValueError(
    `${fn}: Input operand ${operand} does not have enough dimensions (has ${has}, gufunc core with signature ${sig} requires ${req})`,
  );
}

/**
 * a . b of two 1-D float64/float32 vectors of dtype d as a 0-d array (the SIMD dot kernel,
 * kernels/dot.ts), or null for other dtypes (they take matmulCore).
 */
function vectorDot(a: NDArray, b: NDArray, d: DType): NDArray | null {
  const v = vectorDotValue(a, b, d);
  if (v === null) return null;
  const r = NDArray.zeros([], d);
  r.data[r.offset / d.itemsize] = v;
  return r;
}

/**
 * vectorDot's value as a JS number (float32: rounded to float32, as its 0-d array holds it),
 * for callers that return it without an `out` (no 0-d array to make), or null.
 */
function vectorDotValue(a: NDArray, b: NDArray, d: DType): number | null {
  if (d !== float64 && d !== float32) return null;
  const A = asDType(a, d);
  const B = asDType(b, d);
  const u = d.itemsize;
  const v = dotVec(
    d === float32,
    A.data as Float64Array,
    A.offset / u,
    A.steps[0] / u,
    B.data as Float64Array,
    B.offset / u,
    B.steps[0] / u,
    A.dims[0],
  );
  return d === float32 ? Math.fround(v) : v;
}

/**
 * x . x of a 1-D float64/float32 array as a 0-d array of its dtype (NumPy's `x.dot(x)` in
 * np.linalg.norm: the same bits as np.dot(x, x), one copy of x per block), or null for other
 * dtypes.
 *
 * @example selfDot(np.asarray([3, 4])) // 0-d array 25
 */
export function selfDot(x: NDArray): NDArray | null {
  if (x.ndim !== 1) return null;
  return vectorDot(x, x, x.dtype);
}

/**
 * `np.matmul(x1, x2, out=None, *, casting='same_kind', dtype=None)`: NumPy's gufunc
 * (n?,k),(k,m?)->(n?,m?). A 0-d result (two vectors) is a JS value.
 */
export function matmul(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | Opts,
  opts: Opts = {},
): any {
  if (isOpts(out)) {
    opts = out;
    out = undefined;
  }
  checkKeys('matmul', opts, ['out', 'dtype', 'casting']);
  const o = out ?? opts.out;
  const a = toArray(x1);
  const b = toArray(x2);
  if (a.ndim === 0) throw notEnoughDims('matmul', MATMUL_SIG, 0, 0, 1);
  if (b.ndim === 0) throw notEnoughDims('matmul', MATMUL_SIG, 1, 0, 1);
  const d = numericDType('matmul', a, b, opts.dtype);
  if (a.ndim === 1 && b.ndim === 1 && a.dims[0] === b.dims[0]) {
    if (o == null) {
      const x = vectorDotValue(a, b, d);
      if (x !== null) return x;
    }
    const v = vectorDot(a, b, d);
    if (v !== null) return finish('matmul', v, o, opts.casting ?? 'same_kind', MATMUL_SIG);
  }
  const A = a.ndim === 1 ? a.viewWith([1, a.dims[0]], [0, a.steps[0]], a.offset) : a;
  const B = b.ndim === 1 ? b.viewWith([b.dims[0], 1], [b.steps[0], 0], b.offset) : b;
  const k = A.dims[A.ndim - 1];
  const k2 = B.dims[B.ndim - 2];
  if (k !== k2) throw coreMismatch('matmul', MATMUL_SIG, 1, 0, k2, k);
  const core: number[] = [];
  if (a.ndim !== 1) core.push(A.dims[A.ndim - 2]);
  if (b.ndim !== 1) core.push(B.dims[B.ndim - 1]);
  const stack = broadcastStacks(
    a,
    b,
    A.dims.slice(0, -2),
    B.dims.slice(0, -2),
    a.ndim === 1 ? 1 : 2,
    b.ndim === 1 ? 1 : 2,
    core,
  );
  const r = matmulCore(asDType(A, d), asDType(B, d), d, stack);
  const shape = [...stack, ...core];
  return finish('matmul', resultOf(r, shape), o, opts.casting ?? 'same_kind', MATMUL_SIG);
}

/**
 * The fresh product `r` (a private temporary) as the result of `shape`: an array that owns
 * the memory (NumPy's matmul result has OWNDATA), not a view of the temporary.
 */
function resultOf(r: NDArray, shape: number[]): NDArray {
  return new NDArray(r.buffer, r.dtype, shape, cStrides(shape, r.dtype.itemsize), r.offset, null);
}

/** `np.dot(a, b, out=None)`. A 0-d result is a JS value. */
export function dot(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | { out?: NDArray | null },
): any {
  let o: NDArray | null | undefined = out as NDArray | null | undefined;
  if (isOpts(out)) {
    checkKeys('dot', out, ['out']);
    o = out.out;
  }
  const a = toArray(x1);
  const b = toArray(x2);
  if (a.ndim === 0 || b.ndim === 0) {
    // Python scalars become (strong) arrays first, as np.dot converts its arguments
    const r = o != null ? multiply(a, b, { out: o }) : multiply(a, b);
    return o != null ? o : r.ndim === 0 ? r.item() : r;
  }
  const k = a.dims[a.ndim - 1];
  const bk = b.ndim === 1 ? 0 : b.ndim - 2;
  if (k !== b.dims[bk]) {
    throw new ValueError(
      `shapes ${shapeReprCompact(a.dims)} and ${shapeReprCompact(b.dims)} not aligned: ${k} (dim ${a.ndim - 1}) != ${b.dims[bk]} (dim ${bk})`,
    );
  }
  const d = numericDType('dot', a, b, null);
  if (a.ndim === 1 && b.ndim === 1) {
    if (o == null) {
      const x = vectorDotValue(a, b, d);
      if (x !== null) return x;
    }
    const v = vectorDot(a, b, d);
    if (v !== null) return finish('dot', v, o, 'no');
  }
  const lead = a.dims.slice(0, -1);
  const A2 = reshape(a, [shapeSize(lead), k]);
  let B2: NDArray;
  let tail: number[];
  if (b.ndim === 1) {
    B2 = reshape(b, [k, 1]);
    tail = [];
  } else {
    const axes = [
      b.ndim - 2,
      ...Array.from({ length: b.ndim }, (_, i) => i).filter((i) => i !== b.ndim - 2),
    ];
    tail = [...b.dims.slice(0, -2), b.dims[b.ndim - 1]];
    B2 = reshape(transpose(b, axes), [k, shapeSize(tail)]);
  }
  const r = matmulCore(asDType(A2, d), asDType(B2, d), d, []);
  const shape = [...lead, ...tail];
  return finish('dot', resultOf(r, shape), o, 'no');
}

/** `np.vdot(a, b)`: dot of the flattened arrays, the first conjugated. */
export function vdot(x1: ArrayLike, x2: ArrayLike): any {
  const a = toArray(x1);
  const b = toArray(x2);
  if (a.size !== b.size)
    throw new ValueError(`cannot reshape array of size ${b.size} into shape (${a.size},)`);
  const af = reshape(a, [a.size]);
  return dot(a.dtype.kind === 'c' ? conjugate(af) : af, reshape(b, [b.size]));
}

/** `np.inner(a, b)`: sum product over the last axes. */
export function inner(x1: ArrayLike, x2: ArrayLike): any {
  const a = toArray(x1);
  const b = toArray(x2);
  if (a.ndim === 0 || b.ndim === 0) return dot(a, b);
  const k = a.dims[a.ndim - 1];
  if (k !== b.dims[b.ndim - 1]) {
    const bt = [...b.dims].reverse();
    throw new ValueError(
      `shapes ${shapeReprCompact(a.dims)} and ${shapeReprCompact(bt)} not aligned: ${k} (dim ${a.ndim - 1}) != ${bt[0]} (dim 0)`,
    );
  }
  const d = numericDType('inner', a, b, null);
  if (a.ndim === 1 && b.ndim === 1) {
    const x = vectorDotValue(a, b, d);
    if (x !== null) return x;
  }
  const la = a.dims.slice(0, -1);
  const lb = b.dims.slice(0, -1);
  const A2 = reshape(a, [shapeSize(la), k]);
  const B2 = transpose(reshape(b, [shapeSize(lb), k]));
  const r = matmulCore(asDType(A2, d), asDType(B2, d), d, []);
  const shape = [...la, ...lb];
  return finish('inner', resultOf(r, shape), null, 'no');
}

/** `np.outer(a, b, out=None)`: a.ravel()[:, None] * b.ravel()[None, :]. */
export function outer(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | { out?: NDArray | null },
): NDArray {
  const o = isOpts(out) ? out.out : out;
  const a = toArray(x1);
  const b = toArray(x2);
  const A = reshape(a, [a.size, 1]);
  const B = reshape(b, [1, b.size]);
  return o != null ? multiply(A, B, { out: o }) : multiply(A, B);
}

function moveToEnd(a: NDArray, axis: number): NDArray {
  const ax = axis < 0 ? axis + a.ndim : axis;
  if (ax === a.ndim - 1) return a;
  const order = Array.from({ length: a.ndim }, (_, i) => i).filter((i) => i !== ax);
  return transpose(a, [...order, ax]);
}

type VOpts = { out?: NDArray | null; dtype?: DTypeLike | null; casting?: Casting; axis?: number };

/** `np.vecdot(x1, x2, out=None, *, axis=-1)`: sum(conj(x1) * x2) over the last axis, (n),(n)->(). */
export function vecdot(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | VOpts,
  opts: VOpts = {},
): any {
  return vecGufunc('vecdot', '(n),(n)->()', x1, x2, out, opts);
}

/** `np.matvec(x1, x2)`: (m,n),(n)->(m). */
export function matvec(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | VOpts,
  opts: VOpts = {},
): any {
  return vecGufunc('matvec', '(m,n),(n)->(m)', x1, x2, out, opts);
}

/** `np.vecmat(x1, x2)`: conj(x1) (n),(n,m)->(m). */
export function vecmat(
  x1: ArrayLike,
  x2: ArrayLike,
  out?: NDArray | null | VOpts,
  opts: VOpts = {},
): any {
  return vecGufunc('vecmat', '(n),(n,m)->(m)', x1, x2, out, opts);
}

function vecGufunc(
  fn: 'vecdot' | 'matvec' | 'vecmat',
  sig: string,
  x1: ArrayLike,
  x2: ArrayLike,
  out: NDArray | null | VOpts | undefined,
  opts: VOpts,
): any {
  if (isOpts(out)) {
    opts = out;
    out = undefined;
  }
  checkKeys(
    fn,
    opts,
    fn === 'vecdot' ? ['out', 'dtype', 'casting', 'axis'] : ['out', 'dtype', 'casting'],
  );
  const o = out ?? opts.out;
  let a = toArray(x1);
  let b = toArray(x2);
  const need1 = fn === 'matvec' ? 2 : 1;
  const need2 = fn === 'vecmat' ? 2 : 1;
  if (a.ndim < need1) throw notEnoughDims(fn, sig, 0, a.ndim, need1);
  if (b.ndim < need2) throw notEnoughDims(fn, sig, 1, b.ndim, need2);
  if (fn === 'vecdot' && opts.axis !== undefined) {
    a = moveToEnd(a, opts.axis);
    b = moveToEnd(b, opts.axis);
  }
  const d = numericDType(fn, a, b, opts.dtype);
  if (fn !== 'matvec' && d.kind === 'c') a = conjugate(asDType(a, d));
  const n = a.dims[a.ndim - 1];
  const bn = b.dims[fn === 'vecmat' ? b.ndim - 2 : b.ndim - 1];
  if (n !== bn) throw coreMismatch(fn, sig, 1, 0, bn, n);
  // as matmul: vectors become (1, n) rows / (n, 1) columns
  const A =
    fn === 'matvec'
      ? a
      : a.viewWith(
          [...a.dims.slice(0, -1), 1, n],
          [...a.steps.slice(0, -1), 0, a.steps[a.ndim - 1]],
          a.offset,
        );
  const B =
    fn === 'vecmat'
      ? b
      : b.viewWith(
          [...b.dims.slice(0, -1), n, 1],
          [...b.steps.slice(0, -1), b.steps[b.ndim - 1], 0],
          b.offset,
        );
  const core: number[] =
    fn === 'matvec' ? [A.dims[A.ndim - 2]] : fn === 'vecmat' ? [B.dims[B.ndim - 1]] : [];
  const stack = broadcastStacks(a, b, A.dims.slice(0, -2), B.dims.slice(0, -2), need1, need2, core);
  const r = matmulCore(asDType(A, d), asDType(B, d), d, stack);
  const shape = [...stack, ...core];
  return finish(fn, resultOf(r, shape), o, opts.casting ?? 'same_kind');
}

/** `np.tensordot(a, b, axes=2)`: axes an int N or a pair of axis lists. */
type TensorAxes = number | readonly (number | readonly number[])[];

export function tensordot(
  x1: ArrayLike,
  x2: ArrayLike,
  axesArg: TensorAxes | { axes?: TensorAxes } = 2,
): any {
  let axes: TensorAxes;
  if (typeof axesArg === 'object' && !Array.isArray(axesArg)) {
    checkKeys('tensordot', axesArg, ['axes']);
    axes = (axesArg as { axes?: TensorAxes }).axes ?? 2;
  } else axes = axesArg as TensorAxes;
  const a = toArray(x1);
  const b = toArray(x2);
  let axesA: number[];
  let axesB: number[];
  if (typeof axes === 'number') {
    axesA = Array.from({ length: axes }, (_, i) => a.ndim - axes + i);
    axesB = Array.from({ length: axes }, (_, i) => i);
    if (axes < 0 || axes > a.ndim || axes > b.ndim) throw new ValueError('shape-mismatch for sum');
  } else {
    const [x, y] = axes;
    axesA = typeof x === 'number' ? [x] : [...x];
    axesB = typeof y === 'number' ? [y] : [...y];
  }
  if (axesA.length !== axesB.length) throw new ValueError('shape-mismatch for sum');
  axesA = axesA.map((x) => (x < 0 ? x + a.ndim : x));
  axesB = axesB.map((x) => (x < 0 ? x + b.ndim : x));
  for (let i = 0; i < axesA.length; i++) {
    if (a.dims[axesA[i]] !== b.dims[axesB[i]]) throw new ValueError('shape-mismatch for sum');
  }
  const freeA = Array.from({ length: a.ndim }, (_, i) => i).filter((i) => !axesA.includes(i));
  const freeB = Array.from({ length: b.ndim }, (_, i) => i).filter((i) => !axesB.includes(i));
  const k = shapeSize(axesA.map((i) => a.dims[i]));
  const oa = freeA.map((i) => a.dims[i]);
  const ob = freeB.map((i) => b.dims[i]);
  const A2 = reshape(transpose(a, [...freeA, ...axesA]), [shapeSize(oa), k]);
  const B2 = reshape(transpose(b, [...axesB, ...freeB]), [k, shapeSize(ob)]);
  const r = dot(A2, B2) as NDArray;
  return reshape(r, [...oa, ...ob]);
}

/** `np.kron(a, b)`: the Kronecker product. */
export function kron(x1: ArrayLike, x2: ArrayLike): any {
  const b = toArray(x2);
  let a = toArray(x1);
  if (a.ndim < b.ndim) a = reshape(a, [...Array(b.ndim - a.ndim).fill(1), ...a.dims]);
  const nda = a.ndim;
  const ndb = b.ndim;
  if (nda === 0 || ndb === 0) return multiply(a, b);
  const nd = Math.max(nda, ndb);
  const as = [...Array(nd - nda).fill(1), ...a.dims];
  const bs = [...Array(nd - ndb).fill(1), ...b.dims];
  const aE = reshape(
    a,
    as.flatMap((s) => [s, 1]),
  );
  const bE = reshape(
    b,
    bs.flatMap((s) => [1, s]),
  );
  const r = multiply(aE, bE);
  return reshape(
    r,
    as.map((s, i) => s * bs[i]),
  );
}
