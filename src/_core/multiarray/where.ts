/**
 * `np.where(condition, x, y)`: elements of x where condition holds, else of y, broadcast
 * together; the dtype is NumPy's result_type with JS scalars weak (NEP 50), and scalars
 * are cast to it as C casts do (`where(c, int8_array, 1000)` wraps, as in NumPy).
 * `np.where(condition)` is `nonzero(condition)`.
 *
 * The selection moves raw machine words (item_selection/words.ts), so one loop serves
 * every dtype; axes that all operands walk as one are merged first, so the common
 * contiguous case is a single tight loop.
 */

import { Complex } from '../complex.js';
import { bool, type DTypeKey, float64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { nonzeroOf } from '../item_selection/nonzero.js';
import { type Words, wordSize, wordsOf } from '../item_selection/words.js';
import { shapeRepr } from '../iter.js';
import * as K from '../kernels/index.js';
import { NDArray } from '../ndarray.js';
import { resultType } from '../numerictypes/promotion.js';
import { bestAxisOrder, broadcastShapesOrNull, coalesce, stridesFor } from '../umath/iterator.js';
import { weakDefault } from '../umath/resolve.js';
import type { Single } from '../umath/typing.js';
import { allocOutput } from '../umath/ufunc.js';
import { toArray } from './array.js';

function isScalar(v: unknown): v is number | bigint | boolean | Complex {
  return (
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Complex
  );
}

/**
 * `np.where(condition, [x, y])`: with the condition alone, one int64 index array per
 * axis; with x and y, an array of their common dtype (stated when both are arrays of
 * one dtype key).
 */
export function where(condition: unknown): NDArray<'int64'>[];
export function where<K extends DTypeKey>(
  condition: unknown,
  x: NDArray<K>,
  y: NDArray<K>,
): NDArray<Single<K>>;
export function where(condition: unknown, x: unknown, y: unknown): NDArray;
export function where(condition: unknown, ...xy: unknown[]): any {
  if (xy.length === 0) return nonzeroOf(toArray(condition));
  if (xy.length !== 2) throw new ValueError('either both or neither of x and y should be given');
  const [x, y] = xy;
  const c = toArray(condition);
  const cb = c.dtype === bool ? c : c.astype(bool);
  // Scalars stay weak for the result dtype, then cast (unsafely) from their Python type.
  const asArr = (v: unknown) => (isScalar(v) ? toArray(v).astype(weakDefault(v)) : toArray(v));
  let xa = isScalar(x) ? null : toArray(x);
  let ya = isScalar(y) ? null : toArray(y);
  const dt = resultType((xa ?? x) as never, (ya ?? y) as never);
  // A JS number beside float64 arrays (`np.where(a > 0, a, 0)`) is exactly its float64 value:
  // made directly rather than as an int64 0-d array cast afterwards.
  const scalarArr = (v: unknown) => {
    if (typeof v !== 'number' || dt !== float64) return asArr(v);
    const z = NDArray.zeros([], float64);
    (z.data as Float64Array)[z.offset / 8] = v;
    return z;
  };
  xa ??= scalarArr(x);
  ya ??= scalarArr(y);
  const shape = broadcastShapesOrNull([cb.dims, xa.dims, ya.dims]);
  if (!shape) {
    throw new ValueError(
      `operands could not be broadcast together with shapes ${[cb, xa, ya].map((a) => shapeRepr(a.dims).replace(/ /g, '')).join(' ')} `,
    );
  }
  // Cast before broadcasting: each input is converted once, at its own size.
  if (xa.dtype !== dt) xa = xa.astype(dt);
  if (ya.dtype !== dt) ya = ya.astype(dt);
  const ops = [cb, xa, ya].map((a) => ({ a, strides: stridesFor(a, shape) }));
  // NumPy iterates in 'K' order: the result follows the inputs' memory layout.
  const out = allocOutput(
    shape,
    dt,
    ops.map((o) => o.strides),
    'K',
  );
  if (out.size > 0) select(out, ops);
  return out;
}

interface Operand {
  a: NDArray;
  strides: number[];
}

/** out[i] = x[i] if c[i] else y[i] over the broadcast shape (out fresh, not overlapping). */
function select(out: NDArray, [c, x, y]: Operand[]): void {
  const item = out.itemsize;
  // At most 4-byte words: the branch-free select works on int32 bit masks.
  const w = Math.min(
    4,
    wordSize(item, out.offset, x!.a.offset, y!.a.offset, ...x!.strides, ...y!.strides),
  ) as 4 | 2 | 1;
  const e = item / w;
  const outStrides = out.steps as number[];
  const perm = bestAxisOrder(out.dims, [outStrides]);
  const m = coalesce(out.dims, [c!.strides, x!.strides, y!.strides, outStrides], perm);
  const [cs, xs, ys, os] = m.strides.map((s, k) => s.map((b) => (k === 0 ? b : b / w)));
  const cd = new Uint8Array(c!.a.buffer as ArrayBuffer);
  const xd = wordsOf(x!.a.buffer, w);
  const yd = wordsOf(y!.a.buffer, w);
  const od = wordsOf(out.buffer, w);
  const n = m.shape;
  const nd = n.length;
  let ci = c!.a.offset;
  let xi = x!.a.offset / w;
  let yi = y!.a.offset / w;
  let oi = out.offset / w;
  const inner = n[nd - 1]!;
  const cIn = cs![nd - 1]!;
  const xIn = xs![nd - 1]!;
  const yIn = ys![nd - 1]!;
  const oIn = os![nd - 1]!;
  // One contiguous run of 8-byte elements, an input possibly a broadcast scalar: SIMD.
  if (nd === 1 && w === 4 && e === 2 && cIn === 1 && oIn === 2 && (xIn === 2 || yIn === 2)) {
    const bits = (d: Words, i: number, step: number) =>
      step === 0
        ? new BigInt64Array(d.buffer, d.byteOffset + 4 * i, 1)[0]!
        : new BigInt64Array(d.buffer, d.byteOffset + 4 * i, inner);
    const ok =
      (xIn === 2 || xIn === 0) &&
      (yIn === 2 || yIn === 0) &&
      (xd.byteOffset + 4 * xi) % 8 === 0 &&
      (yd.byteOffset + 4 * yi) % 8 === 0 &&
      (od.byteOffset + 4 * oi) % 8 === 0 &&
      K.select64(
        cd.subarray(ci, ci + inner),
        bits(xd, xi, xIn),
        bits(yd, yi, yIn),
        bits(od, oi, 2) as BigInt64Array,
      );
    if (ok) return;
  }
  const idx = new Array<number>(nd).fill(0);
  for (;;) {
    if (e === 1) selectRun(cd, ci, cIn, xd, xi, xIn, yd, yi, yIn, od, oi, oIn, inner);
    else if (e === 2 && od instanceof Int32Array) {
      selectI32x2(
        cd,
        ci,
        cIn,
        xd as Int32Array,
        xi,
        xIn,
        yd as Int32Array,
        yi,
        yIn,
        od,
        oi,
        oIn,
        inner,
      );
    } else {
      for (let k = 0, cc = ci, xx = xi, yy = yi, oo = oi; k < inner; k++) {
        const src = cd[cc] ? xd : yd;
        const s = cd[cc] ? xx : yy;
        for (let l = 0; l < e; l++) od[oo + l] = src[s + l]!;
        cc += cIn;
        xx += xIn;
        yy += yIn;
        oo += oIn;
      }
    }
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      ci += cs![ax]!;
      xi += xs![ax]!;
      yi += ys![ax]!;
      oi += os![ax]!;
      if (++idx[ax]! < n[ax]!) break;
      ci -= cs![ax]! * n[ax]!;
      xi -= xs![ax]! * n[ax]!;
      yi -= ys![ax]! * n[ax]!;
      oi -= os![ax]! * n[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/**
 * One inner run of single-word elements, branch-free: the condition becomes an all-ones or
 * all-zeros mask (a random condition would mispredict a branch half the time). Each word
 * type gets its own monomorphic loop.
 */
function selectRun(
  cd: Uint8Array,
  ci: number,
  cs: number,
  xd: Words,
  xi: number,
  xs: number,
  yd: Words,
  yi: number,
  ys: number,
  od: Words,
  oi: number,
  os: number,
  n: number,
): void {
  if (od instanceof Int32Array) {
    selectI32(cd, ci, cs, xd as Int32Array, xi, xs, yd as Int32Array, yi, ys, od, oi, os, n);
  } else {
    for (let k = 0; k < n; k++, ci += cs, xi += xs, yi += ys, oi += os) {
      od[oi] = cd[ci] ? xd[xi]! : yd[yi]!;
    }
  }
}

function selectI32(
  cd: Uint8Array,
  ci: number,
  cs: number,
  xd: Int32Array,
  xi: number,
  xs: number,
  yd: Int32Array,
  yi: number,
  ys: number,
  od: Int32Array,
  oi: number,
  os: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, ci += cs, xi += xs, yi += ys, oi += os) {
    const v = cd[ci]!;
    const m = -((v | -v) >>> 31);
    od[oi] = (xd[xi]! & m) | (yd[yi]! & ~m);
  }
}

/** Two-word (8-byte) elements: float64, int64, complex64. */
function selectI32x2(
  cd: Uint8Array,
  ci: number,
  cs: number,
  xd: Int32Array,
  xi: number,
  xs: number,
  yd: Int32Array,
  yi: number,
  ys: number,
  od: Int32Array,
  oi: number,
  os: number,
  n: number,
): void {
  for (let k = 0; k < n; k++, ci += cs, xi += xs, yi += ys, oi += os) {
    const v = cd[ci]!;
    const m = -((v | -v) >>> 31);
    od[oi] = (xd[xi]! & m) | (yd[yi]! & ~m);
    od[oi + 1] = (xd[xi + 1]! & m) | (yd[yi + 1]! & ~m);
  }
}
