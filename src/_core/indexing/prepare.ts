/**
 * Resolve parsed index entries against an array's geometry (NumPy's prepare_index):
 * count the indexed axes, expand the ellipsis, bounds-check integers, resolve
 * slices, check boolean masks and turn them into integer indices (nonzero).
 *
 * The result describes an intermediate view: a byte offset plus a list of axes,
 * each either basic (a length and a stride, kept in the result) or fancy (an
 * axis of the array indexed by an integer array). Basic indexing is the case
 * with no fancy axis; the view is then the answer.
 */
import { IndexError } from '../errors.js';
import type { NDArray } from '../ndarray.js';
import { type IndexEntry, type IndexItem, parseIndex } from './parse.js';
import { resolveSlice } from './slice.js';

/** Integer index values in C order, with their shape. */
export interface IndexData {
  readonly shape: readonly number[];
  readonly data: Float64Array;
  /** A Python int (or a 0-d bool's axis): not listed in NumPy's broadcast error. */
  readonly scalar: boolean;
}

export type Axis =
  | { readonly fancy: false; readonly size: number; readonly stride: number }
  | {
      readonly fancy: true;
      readonly size: number;
      readonly stride: number;
      /** Axis of the indexed array, for error messages (-1 for a 0-d bool's new axis). */
      readonly srcAxis: number;
      readonly index: IndexData;
    };

export interface PreparedIndex {
  readonly offset: number;
  readonly axes: readonly Axis[];
  /** Any integer or boolean array among the entries (advanced indexing). */
  readonly fancy: boolean;
  /** Every axis got a Python int and nothing else: NumPy's single-element path. */
  readonly scalar: boolean;
  /** The index is one boolean array covering every axis (NumPy's mask-assignment path). */
  readonly fullMask: boolean;
}

function consumed(e: IndexEntry): number {
  switch (e.kind) {
    case 'int':
    case 'slice':
    case 'intArray':
      return 1;
    case 'boolMask':
      return e.array.ndim;
    default:
      return 0;
  }
}

export function prepareIndex(a: NDArray, items: readonly IndexItem[]): PreparedIndex {
  const entries = parseIndex(items);
  const shape = a.shape;
  const strides = a.strides;
  const ndim = shape.length;
  let used = 0;
  let fancy = false;
  for (const e of entries) {
    used += consumed(e);
    if (e.kind === 'intArray' || e.kind === 'boolMask') fancy = true;
  }
  if (used > ndim) {
    throw new IndexError(`too many indices for array: array is ${ndim}-dimensional, but ${used} were indexed`);
  }
  let offset = a.offset;
  const axes: Axis[] = [];
  let ax = 0;
  const keep = (n: number) => {
    for (let i = 0; i < n; i++, ax++) axes.push({ fancy: false, size: shape[ax]!, stride: strides[ax]! });
  };
  for (const e of entries) {
    switch (e.kind) {
      case 'ellipsis':
        keep(ndim - used);
        break;
      case 'newaxis':
        axes.push({ fancy: false, size: 1, stride: 0 });
        break;
      case 'int': {
        const n = shape[ax]!;
        let i = e.index;
        if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
        if (i < 0) i += n;
        // With fancy indices present, an int is a 0-d index array: it broadcasts and
        // takes part in NumPy's axis placement.
        if (fancy) {
          const index = { shape: [], data: Float64Array.of(i), scalar: true };
          axes.push({ fancy: true, size: n, stride: strides[ax]!, srcAxis: ax, index });
        } else offset += i * strides[ax]!;
        ax++;
        break;
      }
      case 'slice': {
        const r = resolveSlice(e.slice, shape[ax]!);
        if (r.length > 0) offset += r.start * strides[ax]!;
        axes.push({ fancy: false, size: r.length, stride: strides[ax]! * r.step });
        ax++;
        break;
      }
      case 'intArray':
        axes.push({ fancy: true, size: shape[ax]!, stride: strides[ax]!, srcAxis: ax, index: indexValues(e.array) });
        ax++;
        break;
      case 'boolMask':
        if (e.array.ndim === 0) {
          // A 0-d bool adds an axis of length 1, indexed by [0] (true) or [] (false).
          const t = e.array.readAt(e.array.offset) === true;
          const index = { shape: [t ? 1 : 0], data: t ? Float64Array.of(0) : new Float64Array(0), scalar: false };
          axes.push({ fancy: true, size: 1, stride: 0, srcAxis: -1, index });
          break;
        }
        for (const [k, index] of nonzero(e.array, shape, ax).entries()) {
          axes.push({ fancy: true, size: shape[ax + k]!, stride: strides[ax + k]!, srcAxis: ax + k, index });
        }
        ax += e.array.ndim;
        break;
    }
  }
  keep(ndim - ax);
  const scalar = !fancy && entries.length === ndim && entries.every((e) => e.kind === 'int');
  const only = entries.length === 1 ? entries[0]! : null;
  const fullMask = only !== null && only.kind === 'boolMask' && only.array.ndim === ndim;
  return { offset, axes, fancy, scalar, fullMask };
}

/** An integer index array's values as doubles, in C order. */
function indexValues(a: NDArray): IndexData {
  const data = new Float64Array(a.size);
  a.forEachOffset((off, k) => {
    data[k] = Number(a.readAt(off));
  });
  return { shape: a.shape, data, scalar: false };
}

/** `mask.nonzero()`, after checking the mask's shape against the axes it covers. */
function nonzero(mask: NDArray, shape: readonly number[], first: number): IndexData[] {
  const nd = mask.ndim;
  for (let k = 0; k < nd; k++) {
    const n = shape[first + k]!;
    const m = mask.shape[k]!;
    if (n !== m) {
      throw new IndexError(
        `boolean index did not match indexed array along axis ${first + k}; size of axis is ${n} but size of corresponding boolean axis is ${m}`,
      );
    }
  }
  const dv = mask.dataView;
  const hits: number[] = [];
  mask.forEachOffset((off, k) => {
    if (dv.getUint8(off) !== 0) hits.push(k);
  });
  const out: IndexData[] = [];
  for (let k = 0; k < nd; k++) out.push({ shape: [hits.length], data: new Float64Array(hits.length), scalar: false });
  for (let h = 0; h < hits.length; h++) {
    let flat = hits[h]!;
    for (let k = nd - 1; k >= 0; k--) {
      const m = mask.shape[k]!;
      out[k]!.data[h] = flat % m;
      flat = Math.floor(flat / m);
    }
  }
  return out;
}
