/**
 * Shape and stride arithmetic, and the generic C-order walk over an array's elements.
 * Hot kernels have their own loops; this is for everything else.
 */

/** Number of elements of a shape (1 for the 0-d shape []). */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  // An indexed loop: no iterator object on the hot path of every small call.
  for (let d = 0; d < shape.length; d++) n *= shape[d]!;
  return n;
}

/** Byte strides of a C-ordered (row-major) array. */
export function cStrides(shape: readonly number[], itemsize: number): number[] {
  const st = new Array<number>(shape.length);
  let acc = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return st;
}

/** Byte strides of a Fortran-ordered (column-major) array. */
export function fStrides(shape: readonly number[], itemsize: number): number[] {
  const st = new Array<number>(shape.length);
  let acc = itemsize;
  for (let i = 0; i < shape.length; i++) {
    st[i] = acc;
    acc *= Math.max(shape[i]!, 1);
  }
  return st;
}

/** NumPy's C_CONTIGUOUS flag: axes of length 1 may have any stride; empty arrays are contiguous. */
export function isCContiguous(
  shape: readonly number[],
  strides: readonly number[],
  itemsize: number,
): boolean {
  let expected = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    const s = shape[i]!;
    if (s === 0) return true;
    if (s !== 1) {
      // An empty array is contiguous whatever its strides (NumPy checks for a zero first).
      if (strides[i] !== expected) return shape.includes(0);
      expected *= s;
    }
  }
  return true;
}

/** NumPy's F_CONTIGUOUS flag. */
export function isFContiguous(
  shape: readonly number[],
  strides: readonly number[],
  itemsize: number,
): boolean {
  let expected = itemsize;
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i]!;
    if (s === 0) return true;
    if (s !== 1) {
      // An empty array is contiguous whatever its strides (NumPy checks for a zero first).
      if (strides[i] !== expected) return shape.includes(0);
      expected *= s;
    }
  }
  return true;
}

/**
 * Call `fn(byteOffset, k)` for every element in C order (k counts from 0).
 * Loops the innermost axis directly, so the per-element cost is one call.
 */
export function forEachOffset(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
  fn: (off: number, k: number) => void,
): void {
  const nd = shape.length;
  const size = shapeSize(shape);
  if (size === 0) return;
  if (nd === 0) {
    fn(offset, 0);
    return;
  }
  const inner = shape[nd - 1]!;
  const innerStride = strides[nd - 1]!;
  const idx = new Array<number>(nd).fill(0);
  let base = offset;
  let k = 0;
  for (;;) {
    let off = base;
    for (let i = 0; i < inner; i++, off += innerStride) fn(off, k++);
    // Advance the outer index (axes nd-2 … 0).
    let ax = nd - 2;
    for (; ax >= 0; ax--) {
      idx[ax]!++;
      base += strides[ax]!;
      if (idx[ax]! < shape[ax]!) break;
      base -= strides[ax]! * shape[ax]!;
      idx[ax] = 0;
    }
    if (ax < 0) return;
  }
}

/**
 * Call `fn(start, n, step)` for every innermost run of the elements in C order: n elements
 * from byte offset `start`, `step` bytes apart. A loop over a run's typed-array indices
 * costs ~1 ns an element where a call per element (forEachOffset) costs several.
 */
export function forEachRun(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
  fn: (start: number, n: number, step: number) => void,
): void {
  const nd = shape.length;
  if (shapeSize(shape) === 0) return;
  if (nd === 0) {
    fn(offset, 1, 0);
    return;
  }
  if (nd === 1) {
    fn(offset, shape[0]!, strides[0]!);
    return;
  }
  const outer = shape.slice(0, nd - 1);
  const outerStrides = strides.slice(0, nd - 1);
  const n = shape[nd - 1]!;
  const step = strides[nd - 1]!;
  forEachOffset(outer, outerStrides, offset, (start) => fn(start, n, step));
}

/** Byte offsets of every element, in C order. */
export function elementOffsets(
  shape: readonly number[],
  strides: readonly number[],
  offset: number,
): Float64Array {
  const out = new Float64Array(shapeSize(shape));
  forEachOffset(shape, strides, offset, (off, k) => {
    out[k] = off;
  });
  return out;
}

/** Normalise an axis against ndim, as NumPy's normalize_axis_index. Returns null when out of range. */
export function normalizeAxisOrNull(axis: number, ndim: number): number | null {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim) return null;
  return axis < 0 ? axis + ndim : axis;
}

/** Shape as NumPy's C code prints it in broadcast errors: `(3,)`, `(2,3)`, `()`. */
export function shapeReprCompact(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(',')})`;
}

/** Shape as NumPy prints a tuple: `(3,)`, `(2, 3)`, `()`. */
export function shapeRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

/** An array's memory as `byteRangesOverlap` sees it. */
interface Placed {
  readonly buffer: ArrayBufferLike;
  readonly offset: number;
  readonly dims: readonly number[];
  readonly steps: readonly number[];
  readonly itemsize: number;
}

/**
 * Whether the byte ranges of two arrays intersect (may_share_memory's bounds test): small
 * arrays share slab buffers (alloc.ts), so one buffer no longer means shared memory.
 */
export function byteRangesOverlap(a: Placed, b: Placed): boolean {
  if (a.buffer !== b.buffer || !placeBytes(a)) return false;
  const aLo = bytesLo;
  const aHi = bytesHi;
  return placeBytes(b) && aLo < bytesHi && bytesLo < aHi;
}

/** `placeBytes`' result: the byte range [bytesLo, bytesHi) of the array it was given. */
let bytesLo = 0;
let bytesHi = 0;
/** Set bytesLo/bytesHi to `a`'s byte range; false (nothing set) when `a` is empty. */
function placeBytes(a: Placed): boolean {
  let lo = a.offset;
  let hi = a.offset + a.itemsize;
  for (let i = 0; i < a.dims.length; i++) {
    const d = a.dims[i]!;
    if (d === 0) return false;
    const m = a.steps[i]! * (d - 1);
    if (m > 0) hi += m;
    else lo += m;
  }
  bytesLo = lo;
  bytesHi = hi;
  return true;
}
