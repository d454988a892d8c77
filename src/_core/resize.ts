/**
 * `np.resize(a, new_shape)` (numpy/_core/fromnumeric.py: a new array filled by
 * repeating `a`) and `a.resize(new_shape, refcheck)` (in place, zero-filled).
 *
 * In-place resizing and references: NumPy refuses (with refcheck=True) when anything
 * else references the array, because it reallocates the memory under them. numtype
 * cannot count references, so it checks what it can — contiguous memory, and owning
 * it when the size changes, as in NumPy — and never raises the reference error. Its
 * reallocation is safe instead: views made earlier keep the memory they had (when the
 * size grows they stop seeing the array's new data), nothing dangles.
 */
import type { DTypeKey } from './dtype.js';
import { ValueError } from './errors.js';
import { cStrides, fStrides, shapeSize } from './iter.js';
import { bindArgs, missingPositional, toIndex } from './multiarray/args.js';
import { toArray } from './multiarray/array.js';
import { concatenateArrays } from './multiarray/concatenate.js';
import { NDArray } from './ndarray.js';
import { reshape } from './shape.js';

function shapeList(s: unknown): number[] {
  if (s instanceof NDArray) return (s.tolist() as unknown[]).map(toIndex);
  return Array.isArray(s) ? s.map(toIndex) : [toIndex(s)];
}

/** `np.resize(a, new_shape)`: a new array of `new_shape` filled with `a`'s elements, repeated. */
export function resize<K extends DTypeKey>(
  a: NDArray<K> | unknown,
  new_shape: number | readonly number[] | { new_shape?: number | readonly number[] },
): NDArray<K>;
export function resize(...args: unknown[]): NDArray {
  const o = bindArgs('resize', ['a', 'new_shape'], args);
  missingPositional('resize', o, ['a', 'new_shape']);
  const shape = shapeList(o.new_shape);
  const a = toArray(o.a).reshape(-1);
  let size = 1;
  for (const d of shape) {
    size *= d;
    if (d < 0) throw new ValueError('all elements of `new_shape` must be non-negative');
  }
  if (a.size === 0 || size === 0) return NDArray.zeros(shape, a.dtype);
  const repeats = Math.ceil(size / a.size);
  const joined = concatenateArrays(new Array(repeats).fill(a), { axis: 0 });
  return reshape(joined.get(`:${size}`), shape);
}

/** `a.resize(new_shape, refcheck=True)`: change shape and size in place (new elements are zero). */
export function resizeInPlace(a: NDArray, args: unknown[]): void {
  let refcheck: unknown = true;
  const last = args[args.length - 1];
  if (
    last !== null &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    !(last instanceof NDArray)
  ) {
    for (const k of Object.keys(last)) {
      if (k !== 'refcheck')
        throw new TypeError(`'${k}' is an invalid keyword argument for this function`);
    }
    refcheck = (last as { refcheck?: boolean }).refcheck ?? true;
    args = args.slice(0, -1);
  }
  void refcheck; // see the module comment: references cannot be counted in JS
  if (args.length === 0) return;
  const shape = args.length === 1 ? shapeList(args[0]) : args.map(toIndex);
  const c = a.flags.c_contiguous;
  const f = a.flags.f_contiguous;
  if (a.size > 0 && !c && !f) throw new ValueError('resize only works on single-segment arrays');
  if (shape.some((d) => d < 0)) throw new ValueError('negative dimensions not allowed');
  const item = a.itemsize;
  const size = shapeSize(shape);
  let buffer = a.buffer;
  let offset = a.offset;
  // Same size: only the shape changes, which NumPy allows on views too.
  if (size !== a.size) {
    if (a.base !== null) throw new ValueError('cannot resize this array: it does not own its data');
    // The raw memory is kept (as NumPy's realloc keeps it), the rest is zero.
    const next = new ArrayBuffer(size * item);
    const n = Math.min(size, a.size) * item;
    new Uint8Array(next).set(new Uint8Array(a.buffer as ArrayBuffer, a.offset, n));
    buffer = next;
    offset = 0;
  }
  const fortran = f && !c;
  const strides =
    size === 0 ? shape.map(() => 0) : fortran ? fStrides(shape, item) : cStrides(shape, item);
  const raw = a as unknown as Record<string, unknown>;
  raw.buffer = buffer;
  raw.offset = offset;
  raw._shape = shape.slice();
  raw._strides = strides;
  raw._shapeOut = undefined;
  raw._stridesOut = undefined;
  raw._data = undefined;
  raw._block = undefined;
  raw._view = undefined;
}
