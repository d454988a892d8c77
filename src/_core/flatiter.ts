/**
 * `a.flat`: NumPy's flatiter. Iterates the array's elements in C order as JS
 * values, and indexes / assigns them by their C-order position: an int gives a
 * value, a slice, '...', an integer array or a 1-d bool mask gives a 1-d copy
 * (or the index array's shape). Assigned values are cast to the array's dtype
 * and repeated cyclically to fill the selection, as NumPy does.
 */
import type { DTypeKey, ScalarOf } from './dtype.js';
import { toJS } from './elements.js';
import { IndexError, ValueError } from './errors.js';
import { moveElements } from './indexing/elements.js';
import { type IndexEntry, type IndexItem, parseIndex, typedArrayView } from './indexing/parse.js';
import { resolveSlice } from './indexing/slice.js';
import { array } from './multiarray/array.js';
import { copyArray, fillArray } from './multiarray/copy.js';
import { NDArray } from './ndarray.js';
import { flatten } from './shape.js';

const INVALID =
  'only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices';

/** What a flat index selects: one position, or positions with the result's shape. */
type Selection = { one: number } | { positions: Float64Array; shape: number[] };

export class FlatIter<K extends DTypeKey = DTypeKey> implements IterableIterator<ScalarOf<K>> {
  /** The array being iterated (NumPy's `flat.base`). */
  readonly base: NDArray<K>;
  private pos = 0;
  /** N-d index and byte offset of position `pos` while iterating. */
  private cursor: { idx: number[]; off: number } | null = null;

  constructor(base: NDArray<K>) {
    this.base = base;
  }

  /** `len(a.flat)`. */
  get length(): number {
    return this.base.size;
  }

  /** C-order position of the next element `next()` returns. */
  get index(): number {
    return this.pos;
  }

  /** N-d index of the next element. */
  get coords(): number[] {
    return this.unravel(Math.min(this.pos, Math.max(this.base.size - 1, 0)));
  }

  next(): IteratorResult<ScalarOf<K>> {
    const { shape, strides, dtype } = this.base;
    if (this.pos >= this.base.size) return { done: true, value: undefined };
    if (this.cursor === null) {
      this.cursor = { idx: this.unravel(this.pos), off: this.offsetOf(this.pos) };
    }
    const c = this.cursor;
    const value = toJS(this.base.readAt(c.off), dtype) as ScalarOf<K>;
    this.pos++;
    // Advance the N-d cursor like an odometer instead of recomputing it.
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      c.off += strides[ax]!;
      if (++c.idx[ax]! < shape[ax]!) break;
      c.off -= strides[ax]! * shape[ax]!;
      c.idx[ax] = 0;
    }
    return { done: false, value };
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** The element at C-order position `i` (negative from the end) as a JS value. */
  at(i: number): ScalarOf<K> {
    return this.valueAt(this.checkPosition(i));
  }

  /** `a.flat[index]`: a JS value for an integer, otherwise a new 1-d (or index-shaped) array. */
  get(index: number | bigint): ScalarOf<K>;
  get(index: Exclude<IndexItem, number | bigint | string>): NDArray<K>;
  get(index: IndexItem): ScalarOf<K> | NDArray<K>;
  get(index: IndexItem): ScalarOf<K> | NDArray<K> {
    const e = this.entry(index);
    const sel = this.positions(e ?? { kind: 'ellipsis' }, index);
    if ('one' in sel) return this.valueAt(sel.one);
    const out = NDArray.zeros(sel.shape, this.base.dtype);
    const to = new Float64Array(sel.positions.length).map((_, k) => out.offset + k * out.itemsize);
    moveElements(
      this.base,
      sel.positions.map((p) => this.offsetOf(p)),
      out,
      to,
    );
    return out;
  }

  /** `a.flat[index] = value`. */
  set(index: IndexItem, value: unknown): void {
    if (!this.base.flags.writeable) throw new ValueError('assignment destination is read-only');
    const e = this.entry(index);
    if (e === null) {
      throw new IndexError('Assigning to a flat iterator with a 0-D index is not supported');
    }
    if (e.kind === 'int') {
      this.setOne(this.checkPosition(e.index), value);
      return;
    }
    // As in NumPy, an empty value assigns nothing before the index is even checked.
    const v = this.values(value);
    if (v.size === 0) return;
    const sel = this.positions(e, index);
    if ('one' in sel) {
      this.setOne(sel.one, value);
      return;
    }
    const n = sel.positions.length;
    if (n === 0) return;
    const from = new Float64Array(n).map((_, k) => v.offset + (k % v.size) * v.itemsize);
    moveElements(
      v,
      from,
      this.base,
      sel.positions.map((p) => this.offsetOf(p)),
    );
  }

  /** `a.flat.copy()`: a 1-d C-order copy. */
  copy(): NDArray<K> {
    return flatten(this.base, 'C');
  }

  // --- internals ---

  private unravel(i: number): number[] {
    const shape = this.base.dims;
    const idx = new Array<number>(shape.length);
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      idx[ax] = i % shape[ax]!;
      i = Math.floor(i / shape[ax]!);
    }
    return idx;
  }

  private offsetOf(i: number): number {
    const { shape, strides } = this.base;
    let off = this.base.offset;
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      off += (i % shape[ax]!) * strides[ax]!;
      i = Math.floor(i / shape[ax]!);
    }
    return off;
  }

  private valueAt(i: number): ScalarOf<K> {
    return toJS(this.base.readAt(this.offsetOf(i)), this.base.dtype) as ScalarOf<K>;
  }

  private checkPosition(i: number): number {
    const n = this.base.size;
    if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for size ${n}`);
    return i < 0 ? i + n : i;
  }

  /** The one entry a flat index may have (null for the empty tuple `'()'`). */
  private entry(index: IndexItem): IndexEntry | null {
    if (typeof index === 'boolean' || index === null) throw new IndexError(INVALID);
    const entries = parseIndex([index]);
    if (entries.length > 1) {
      throw new IndexError(
        `too many indices for flat iterator: flat iterator is 1-dimensional, but ${entries.length} were indexed`,
      );
    }
    const e = entries[0] ?? null;
    if (e !== null && e.kind === 'newaxis') throw new IndexError(INVALID);
    return e;
  }

  /** NumPy's flatiter subscript rules: the C-order positions an entry selects. */
  private positions(e: IndexEntry, index: IndexItem): Selection {
    const n = this.base.size;
    switch (e.kind) {
      case 'int':
        return { one: this.checkPosition(e.index) };
      case 'ellipsis':
        return { positions: Float64Array.from({ length: n }, (_, k) => k), shape: [n] };
      case 'slice': {
        const r = resolveSlice(e.slice, n);
        return {
          positions: Float64Array.from({ length: r.length }, (_, k) => r.start + k * r.step),
          shape: [r.length],
        };
      }
      case 'intArray': {
        const a = e.array;
        if (a.ndim === 0) return { one: this.checkPosition(Number(a.readAt(a.offset))) };
        const positions = new Float64Array(a.size);
        a.forEachOffset((off, k) => {
          positions[k] = this.checkPosition(Number(a.readAt(off)));
        });
        return { positions, shape: a.shape };
      }
      case 'boolMask':
        return this.maskPositions(e.array, index);
      default:
        throw new IndexError(INVALID);
    }
  }

  private maskPositions(mask: NDArray, index: IndexItem): Selection {
    if (!(index instanceof NDArray)) {
      throw new IndexError(
        'boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)',
      );
    }
    if (mask.ndim !== 1) {
      throw new IndexError(
        `too many indices for flat iterator: flat iterator is 1-dimensional, but ${mask.ndim} were indexed`,
      );
    }
    const n = this.base.size;
    if (mask.size !== n) {
      throw new IndexError(
        `boolean index did not match indexed flat iterator along axis 0; size of axis is ${n} but size of corresponding boolean axis is ${mask.size}`,
      );
    }
    const hits: number[] = [];
    mask.forEachOffset((off, k) => {
      if (mask.readAt(off) === true) hits.push(k);
    });
    return { positions: Float64Array.from(hits), shape: [hits.length] };
  }

  /** The value to assign as a C-contiguous array of the base's dtype, never sharing its memory. */
  private values(value: unknown): NDArray {
    const dt = this.base.dtype;
    if (value instanceof NDArray) return copyArray(value, 'C', dt);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return copyArray(typedArrayView(value), 'C', dt);
    }
    if (Array.isArray(value)) return array(value, { dtype: dt });
    const out = NDArray.zeros([], dt);
    fillArray(out, value);
    return out;
  }

  /** One element: NumPy reports any failure to convert the value as one error. */
  private setOne(i: number, value: unknown): void {
    const isSeq =
      Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
    const target = this.base.viewWith([], [], this.offsetOf(i));
    try {
      if (isSeq || (value instanceof NDArray && value.ndim > 0)) throw new ValueError('sequence');
      fillArray(target, value);
    } catch {
      throw new ValueError('Error setting single item of array.');
    }
  }
}
