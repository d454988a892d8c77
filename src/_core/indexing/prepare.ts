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
import { truePositions, truthBytes } from '../item_selection/nonzero.js';
import type { NDArray } from '../ndarray.js';
import { type IndexEntry, type IndexItem, parseIndex } from './parse.js';
import { resolveSlice } from './slice.js';

/** Integer index values in C order (as intp: int64), with their shape. */
export interface IndexData {
  readonly shape: readonly number[];
  readonly data: Float64Array;
  /** A Python int (or a 0-d bool's axis): not listed in NumPy's broadcast error. */
  readonly scalar: boolean;
  /** The integer index array the values came from (for NumPy's choice of bad index). */
  readonly source?: NDArray;
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
  /**
   * The advanced entries (arrays, and ints when fancy) are one run in the index,
   * so their broadcast axes replace them in place. Any other entry between them
   * breaks the run, even an ellipsis standing for no axis (NumPy's rule).
   */
  readonly consecutive: boolean;
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
  const shape = a.dims;
  const strides = a.steps;
  const ndim = shape.length;
  let used = 0;
  let fancy = false;
  for (const e of entries) {
    used += consumed(e);
    if (e.kind === 'intArray' || e.kind === 'boolMask') fancy = true;
  }
  if (used > ndim) {
    throw new IndexError(
      `too many indices for array: array is ${ndim}-dimensional, but ${used} were indexed`,
    );
  }
  checkMasks(entries, shape, ndim - used);
  let offset = a.offset;
  const axes: Axis[] = [];
  let ax = 0;
  // Axes taken whole (by an ellipsis, or left over at the end).
  const keep = (n: number) => {
    for (let i = 0; i < n; i++, ax++) {
      axes.push({ fancy: false, size: shape[ax]!, stride: strides[ax]! });
    }
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
        if (i < -n || i >= n) {
          throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
        }
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
        // `|| 0`: a zero stride reversed is 0, not -0 (NumPy prints (0, 0, 0)).
        axes.push({ fancy: false, size: r.length, stride: strides[ax]! * r.step || 0 });
        ax++;
        break;
      }
      case 'intArray':
        axes.push({
          fancy: true,
          size: shape[ax]!,
          stride: strides[ax]!,
          srcAxis: ax,
          index: indexValues(e.array),
        });
        ax++;
        break;
      case 'boolMask':
        if (e.array.ndim === 0) {
          // A 0-d bool adds an axis of length 1, indexed by [0] (true) or [] (false).
          const t = e.array.readAt(e.array.offset) === true;
          const index = {
            shape: [t ? 1 : 0],
            data: t ? Float64Array.of(0) : new Float64Array(0),
            scalar: false,
          };
          axes.push({ fancy: true, size: 1, stride: 0, srcAxis: -1, index });
          break;
        }
        for (const [k, index] of nonzero(e.array).entries()) {
          axes.push({
            fancy: true,
            size: shape[ax + k]!,
            stride: strides[ax + k]!,
            srcAxis: ax + k,
            index,
          });
        }
        ax += e.array.ndim;
        break;
    }
  }
  keep(ndim - ax);
  const isAdvanced = (e: IndexEntry) =>
    e.kind === 'intArray' || e.kind === 'boolMask' || e.kind === 'int';
  const first = entries.findIndex(isAdvanced);
  let last = entries.length - 1;
  while (last > first && !isAdvanced(entries[last]!)) last--;
  const consecutive = first < 0 || entries.slice(first, last + 1).every(isAdvanced);
  const scalar = !fancy && entries.length === ndim && entries.every((e) => e.kind === 'int');
  const only = entries.length === 1 ? entries[0]! : null;
  const fullMask = only !== null && only.kind === 'boolMask' && only.array.ndim === ndim;
  return { offset, axes, fancy, consecutive, scalar, fullMask };
}

/** An integer index array's values as doubles, in C order. */
function indexValues(a: NDArray): IndexData {
  const data = new Float64Array(a.size);
  if (a.itemsize === 8 && a.offset % 4 === 0 && a.steps.every((st) => st % 4 === 0)) {
    // int64/uint64 as two 32-bit words: no BigInt per element (exact below 2**53).
    const words = new Int32Array(a.buffer as ArrayBuffer, 0, a.buffer.byteLength >> 2);
    // uint64 ones too: NumPy casts indices to intp, so values past 2**63 count from the end.
    a.forEachOffset((off, k) => {
      const w = off / 4;
      data[k] = words[w + 1]! * 4294967296 + (words[w]! >>> 0);
    });
  } else if (a.isAligned && a.dtype.lanes === 1) {
    // Read the storage directly: the index arrays of fancy indexing can be large.
    const src = a.data as Float64Array | BigInt64Array;
    const unit = a.dtype.storageBytes;
    a.forEachOffset((off, k) => {
      data[k] = Number(src[off / unit]!);
    });
  } else {
    a.forEachOffset((off, k) => {
      data[k] = Number(a.readAt(off));
    });
  }
  return { shape: a.shape, data, scalar: false, source: a };
}

/**
 * Boolean masks must match the axes they cover. NumPy checks this for every
 * mask before it looks at integers and slices, so this is a pass of its own.
 */
function checkMasks(
  entries: readonly IndexEntry[],
  shape: readonly number[],
  ellipsisAxes: number,
): void {
  let ax = 0;
  for (const e of entries) {
    if (e.kind === 'ellipsis') ax += ellipsisAxes;
    else if (e.kind === 'boolMask') {
      for (let k = 0; k < e.array.ndim; k++, ax++) {
        const n = shape[ax]!;
        const m = e.array.dims[k]!;
        if (n !== m) {
          throw new IndexError(
            `boolean index did not match indexed array along axis ${ax}; size of axis is ${n} but size of corresponding boolean axis is ${m}`,
          );
        }
      }
    } else ax += consumed(e);
  }
}

/** `mask.nonzero()` (the mask's shape was checked by checkMasks). */
function nonzero(mask: NDArray): IndexData[] {
  const nd = mask.ndim;
  // The mask's truth bytes in C order (a view for a contiguous bool mask), then the hits'
  // positions, branch-free: a.set(a.gt(0.5), 0) on 1e6 elements walked offsets with a
  // callback (~5 ms).
  const pos = truePositions(truthBytes(mask));
  const count = pos.length;
  const flat = new Float64Array(pos);
  if (nd === 1) return [{ shape: [count], data: flat, scalar: false }];
  const out: IndexData[] = [];
  for (let k = 0; k < nd; k++) {
    out.push({ shape: [count], data: new Float64Array(count), scalar: false });
  }
  // C-order position to coordinates in int32 arithmetic (positions are below 2^31: the
  // mask's bytes are one array; a double % is a runtime call in V8).
  for (let h = 0; h < count; h++) {
    let f = flat[h]! | 0;
    for (let k = nd - 1; k >= 0; k--) {
      const m = mask.dims[k]! | 0;
      const q = (f / m) | 0;
      out[k]!.data[h] = f - q * m;
      f = q;
    }
  }
  return out;
}
