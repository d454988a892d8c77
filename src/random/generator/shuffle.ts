/**
 * In-place shuffling and permutations (Generator.shuffle/permutation/permuted and
 * RandomState.shuffle/permutation): Fisher-Yates from the last element down, each swap
 * index drawn with `random_interval`, moving raw element bytes as NumPy's memcpy does.
 */
import { dtypeOfTypedArray, int64 } from '../../_core/dtype.js';
import { axisError, IndexError, NotImplementedError, ValueError } from '../../_core/errors.js';
import { getItem, type IndexItem } from '../../_core/indexing.js';
import { normalizeAxisOrNull } from '../../_core/iter.js';
import { asarray } from '../../_core/multiarray/array.js';
import { assignArray, copyArray } from '../../_core/multiarray/copy.js';
import { NDArray } from '../../_core/ndarray.js';
import { swapaxes } from '../../_core/shape.js';
import type { BitGenerator } from '../bit_generator/bit_generator.js';
import { randomInterval } from '../distributions/bounded.js';

export function normalizeAxis(axis: number, ndim: number): number {
  const ax = normalizeAxisOrNull(axis, ndim);
  if (ax === null) throw axisError(axis, ndim);
  return ax;
}

/** Swap the `itemsize` bytes at byte offsets i and j of `bytes`. */
function swapBytes(bytes: Uint8Array, i: number, j: number, itemsize: number): void {
  for (let k = 0; k < itemsize; k++) {
    const t = bytes[i + k]!;
    bytes[i + k] = bytes[j + k]!;
    bytes[j + k] = t;
  }
}

/**
 * `_shuffle_raw`: for i from n-1 down to `first`, swap element i with element
 * random_interval(i) along one strided axis starting at byte `base`.
 */
export function shuffleRaw(
  bg: BitGenerator,
  a: NDArray,
  n: number,
  first: number,
  base: number,
  stride: number,
): void {
  const itemsize = a.itemsize;
  if (itemsize === 8 && base % 8 === 0 && stride % 8 === 0) {
    // 8-byte elements (the common case) move as two 32-bit words.
    const w = new Uint32Array(a.buffer as ArrayBuffer);
    const b0 = base / 4;
    const s = stride / 4;
    for (let i = n - 1; i >= first; i--) {
      const j = randomInterval(bg, i);
      const pi = b0 + i * s;
      const pj = b0 + j * s;
      const t0 = w[pj]!;
      const t1 = w[pj + 1]!;
      w[pj] = w[pi]!;
      w[pj + 1] = w[pi + 1]!;
      w[pi] = t0;
      w[pi + 1] = t1;
    }
    return;
  }
  const bytes = new Uint8Array(a.buffer as ArrayBuffer);
  for (let i = n - 1; i >= first; i--) {
    const j = randomInterval(bg, i);
    swapBytes(bytes, base + i * stride, base + j * stride, itemsize);
  }
}

/** Swap two equal-shaped subarrays element by element. */
function swapViews(x: NDArray, y: NDArray): void {
  const bytes = new Uint8Array(x.buffer as ArrayBuffer);
  const offs: number[] = [];
  x.forEachOffset((o) => offs.push(o));
  let k = 0;
  const itemsize = x.itemsize;
  y.forEachOffset((o) => {
    swapBytes(bytes, offs[k++]!, o, itemsize);
  });
}

/**
 * `shuffle(x, axis)` of Generator (`legacy` false) and RandomState (`legacy` true, axis 0).
 * JS arrays are shuffled in place as Python lists are.
 */
export function shuffle(bg: BitGenerator, x: unknown, axis: number, legacy: boolean): void {
  if (x instanceof NDArray) {
    const n = x.length; // TypeError for 0-d, as len()
    if (!x.flags.writeable) throw new ValueError('array is read-only');
    if (!legacy) axis = normalizeAxis(axis, x.ndim);
    if (x.ndim === 1 && x.size) {
      shuffleRaw(bg, x, n, 1, x.offset, x.steps[0]!);
      return;
    }
    if (x.size === 0) return;
    const v = legacy ? x : swapaxes(x, 0, axis);
    const len = v.dims[0]!;
    for (let i = len - 1; i >= 1; i--) {
      const j = randomInterval(bg, i);
      if (i === j) continue;
      swapViews(getItem(v, [j]), getItem(v, [i]));
    }
    return;
  }
  if (Array.isArray(x)) {
    if (!legacy && axis !== 0)
      throw new NotImplementedError('Axis argument is only supported on ndarray objects');
    for (let i = x.length - 1; i >= 1; i--) {
      const j = randomInterval(bg, i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return;
  }
  const dt = dtypeOfTypedArray(x);
  if (dt) {
    const t = x as ArrayBufferView & { length: number };
    shuffle(bg, new NDArray(t.buffer, dt, [t.length], undefined, t.byteOffset), axis, legacy);
    return;
  }
  throw new TypeError(`object of type '${typeof x}' has no len()`);
}

/** An int64 arange(n). */
export function arangeInt64(n: number): NDArray {
  const a = NDArray.empty([n], int64);
  const w = new Int32Array(a.buffer as ArrayBuffer);
  for (let i = 0; i < n; i++) {
    w[2 * i] = i;
    w[2 * i + 1] = Math.floor(i / 4294967296);
  }
  return a;
}

/** Whether x is a Python int (a safe-integer number or a bigint, not a bool). */
export function isPyInt(x: unknown): x is number | bigint {
  return (
    (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0)) || typeof x === 'bigint'
  );
}

/** `a[idx]` along `axis` (NumPy's take / fancy indexing with one index array). */
export function takeAlong(a: NDArray, idx: NDArray, axis: number): NDArray {
  const items: IndexItem[] = [];
  for (let i = 0; i < axis; i++) items.push(':');
  items.push(idx);
  return getItem(a, items);
}

/** `permutation(x, axis)`: a shuffled arange for an int, else a shuffled copy of x. */
export function permutation(bg: BitGenerator, x: unknown, axis: number, legacy: boolean): NDArray {
  if (isPyInt(x)) {
    const arr = arangeInt64(Number(x));
    shuffle(bg, arr, 0, legacy);
    return arr;
  }
  let arr = asarray(x);
  if (legacy) {
    if (arr.ndim < 1) throw new IndexError('x must be an integer or at least 1-dimensional');
    axis = 0;
  } else axis = normalizeAxis(axis, arr.ndim);
  if (arr.ndim === 1) {
    if (arr === x || (x instanceof NDArray && arr.buffer === x.buffer))
      arr = copyArray(arr, 'K' as never);
    shuffle(bg, arr, 0, legacy);
    return arr;
  }
  const idx = arangeInt64(arr.dims[axis]!);
  shuffle(bg, idx, 0, legacy);
  return takeAlong(arr, idx, axis);
}

/** `Generator.permuted(x, axis=None, out=None)`. */
export function permuted(
  bg: BitGenerator,
  x: unknown,
  axis: number | null | undefined,
  out: unknown,
): NDArray {
  const xa = asarray(x);
  let o: NDArray;
  if (out === null || out === undefined) {
    o = copyArray(xa, 'K' as never);
  } else {
    if (!(out instanceof NDArray)) throw new TypeError('out must be a numpy array');
    if (!out.flags.writeable) throw new ValueError('output array is read-only');
    if (out.ndim !== xa.ndim || out.dims.some((d, i) => d !== xa.dims[i])) {
      throw new ValueError('out must have the same shape as x');
    }
    assignArray(out, xa);
    o = out;
  }
  if (axis === null || axis === undefined) {
    if (o.ndim > 1) {
      const f = o.flags;
      if (f.c_contiguous || f.f_contiguous) {
        // ravel('A') of a contiguous array is a flat view in memory order.
        const flat = new NDArray(o.buffer, o.dtype, [o.size], [o.itemsize], o.offset, o);
        shuffle(bg, flat, 0, false);
      } else {
        const tmp = copyArray(o, 'C');
        shuffle(
          bg,
          new NDArray(tmp.buffer, tmp.dtype, [tmp.size], [tmp.itemsize], 0, tmp),
          0,
          false,
        );
        assignArray(o, tmp);
      }
    } else shuffle(bg, o, 0, false);
    return o;
  }
  const ax = normalizeAxis(axis, o.ndim);
  const axlen = o.dims[ax]!;
  const stride = o.steps[ax]!;
  // Iterate over every position of the other axes (C order) and shuffle along `ax`.
  const shape = o.dims.slice();
  shape[ax] = 1;
  const sub = o.viewWith(shape, o.steps, o.offset);
  sub.forEachOffset((off) => shuffleRaw(bg, o, axlen, 0, off, stride));
  return o;
}
