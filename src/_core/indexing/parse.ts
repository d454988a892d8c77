/**
 * Index parsing: every accepted index item (API.md §5) becomes a list of
 * normalized entries, independent of the array being indexed.
 *
 *   int      one axis, removed (Python int)
 *   slice    one axis, kept
 *   newaxis  a new axis of length 1
 *   ellipsis as many full slices as needed
 *   intArray one axis, fancy (integer NDArray, any shape, 0-d included)
 *   boolMask mask.ndim axes (bool NDArray; 0-d adds an axis of length 1 or 0)
 *
 * Strings use NumPy's own syntax and may hold several comma-separated items,
 * including bracketed lists: `'1:3, ::2'`, `'..., None'`, `'[0, 2], -1'`.
 */
import { type DTypeKey, dtypeOfTypedArray, int64 } from '../dtype.js';
import { IndexError } from '../errors.js';
import { array } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { Slice } from './slice.js';

/** One item of `a.get(...)` / `a.set(...)`. */
export type IndexItem =
  | number
  | bigint
  | boolean
  | string
  | null
  | Slice
  | NDArray
  | ArrayBufferView
  | readonly unknown[];

export type IndexEntry =
  | { readonly kind: 'int'; readonly index: number }
  | { readonly kind: 'slice'; readonly slice: Slice }
  | { readonly kind: 'newaxis' }
  | { readonly kind: 'ellipsis' }
  | { readonly kind: 'intArray'; readonly array: NDArray }
  | { readonly kind: 'boolMask'; readonly array: NDArray<'bool'> };

export const INVALID_INDEX =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

const NON_INTEGER_ARRAY = 'arrays used as indices must be of integer (or boolean) type';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const ELLIPSIS: IndexEntry = { kind: 'ellipsis' };
const NEWAXIS: IndexEntry = { kind: 'newaxis' };

/** Parse `a.get(...)`'s items into entries; `a.get()` is `a[()]`. */
export function parseIndex(items: readonly IndexItem[]): IndexEntry[] {
  const out: IndexEntry[] = [];
  let ellipses = 0;
  for (const item of items) {
    const parsed = typeof item === 'string' ? parseStringCached(item) : [parseItem(item)];
    for (const e of parsed) {
      if (e.kind === 'ellipsis' && ++ellipses > 1) {
        throw new IndexError("an index can only have a single ellipsis ('...')");
      }
      out.push(e);
    }
  }
  return out;
}

function parseItem(item: unknown): IndexEntry {
  if (item === null) return NEWAXIS;
  switch (typeof item) {
    case 'number':
      // -0 is accepted as 0: it comes from arithmetic far more often than as a float.
      if (!Number.isInteger(item)) throw new IndexError(INVALID_INDEX);
      return { kind: 'int', index: item === 0 ? 0 : item };
    case 'bigint':
      if (item < INT64_MIN || item > INT64_MAX) throw new IndexError(INVALID_INDEX);
      return { kind: 'int', index: Number(item) };
    case 'boolean':
      // A Python bool is a 0-d boolean index, not the integer 0/1.
      return { kind: 'boolMask', array: array(item) as NDArray<'bool'> };
  }
  if (item instanceof Slice) return { kind: 'slice', slice: item };
  if (item instanceof NDArray) return arrayEntry(item);
  if (Array.isArray(item) || (ArrayBuffer.isView(item) && !(item instanceof DataView))) {
    return sequenceEntry(item);
  }
  throw new IndexError(INVALID_INDEX);
}

function arrayEntry(a: NDArray): IndexEntry {
  const k = a.dtype.kind;
  if (k === 'b') return { kind: 'boolMask', array: a as NDArray<'bool'> };
  if (k === 'i' || k === 'u') return { kind: 'intArray', array: a };
  throw new IndexError(NON_INTEGER_ARRAY);
}

/** A typed array seen as a 1-d NDArray over the same memory (no copy). */
export function typedArrayView(v: ArrayBufferView): NDArray {
  const dt = dtypeOfTypedArray(v);
  if (dt === null) throw new TypeError(`cannot use a ${v.constructor.name} as an array`);
  const n = v.byteLength / dt.itemsize;
  return new NDArray(v.buffer as ArrayBuffer, dt, [n], [dt.itemsize], v.byteOffset);
}

/**
 * A flat JS list of integers (a[[1, 3, 5]]) as the int64 index array sequenceEntry would
 * make of it, or null for anything else (bools, nesting, -0 or other floats, empty): lets
 * the single-index-array fast paths take lists without the general parse.
 */
export function intListIndex(item: unknown): NDArray | null {
  if (!Array.isArray(item) || item.length === 0) return null;
  for (let i = 0; i < item.length; i++) {
    const v = item[i];
    if (typeof v !== 'number' || !Number.isInteger(v)) return null;
  }
  const a = array(item);
  return a.dtype.kind === 'i' ? a : null;
}

/** A JS array (or typed array) index: NumPy converts it with `np.asarray`. */
function sequenceEntry(seq: unknown): IndexEntry {
  if (!Array.isArray(seq)) {
    const k = typedArrayView(seq as ArrayBufferView);
    if (k.dtype.kind === 'i' || k.dtype.kind === 'u' || k.dtype.kind === 'b') return arrayEntry(k);
    throw new IndexError(NON_INTEGER_ARRAY);
  }
  checkLeaves(seq);
  const a = array(seq) as NDArray<DTypeKey>;
  // An empty list has no elements to infer from; NumPy makes it an integer index.
  if (a.size === 0) return { kind: 'intArray', array: NDArray.zeros(a.dims, int64) };
  const k = a.dtype.kind;
  if (k === 'b' || k === 'i' || k === 'u') return arrayEntry(a);
  // Python floats, complex, str inside a list index: NumPy's generic message.
  throw new IndexError(INVALID_INDEX);
}

function checkLeaves(seq: readonly unknown[]): void {
  for (const v of seq) {
    if (Array.isArray(v)) checkLeaves(v);
    else if (
      !(
        typeof v === 'boolean' ||
        typeof v === 'bigint' ||
        (typeof v === 'number' && Number.isInteger(v)) ||
        v instanceof NDArray ||
        (ArrayBuffer.isView(v) && !(v instanceof DataView))
      )
    ) {
      throw new IndexError(INVALID_INDEX);
    }
  }
}

// --- strings in NumPy syntax ---

const INT_RE = /^[+-]?\d+(_\d+)*$/;

// Index strings repeat (a.get(i, '1:5') in a loop); their entries never change, so keep them.
const cache = new Map<string, IndexEntry[]>();
const CACHE_SIZE = 256;

function parseStringCached(src: string): IndexEntry[] {
  let entries = cache.get(src);
  if (entries === undefined) {
    entries = parseString(src);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(src, entries);
  }
  return entries;
}

/** Parse a string index: comma-separated items, each an int, slice, '...', None/newaxis, bool or list. */
export function parseString(src: string): IndexEntry[] {
  const text = src.trim();
  if (text === '()') return [];
  const parts = splitTopLevel(text);
  // One trailing comma makes a tuple, as in Python: '1,' is (1,).
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((p) => parsePart(p.trim()));
}

/** Split on commas that are not inside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') {
      if (--depth < 0) throw new IndexError(INVALID_INDEX);
    } else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new IndexError(INVALID_INDEX);
  parts.push(text.slice(start));
  return parts;
}

function parsePart(p: string): IndexEntry {
  switch (p) {
    case '...':
    case 'Ellipsis':
      return ELLIPSIS;
    case 'None':
    case 'newaxis':
    case 'np.newaxis':
      return NEWAXIS;
    case 'True':
      return parseItem(true);
    case 'False':
      return parseItem(false);
  }
  if (p.startsWith('[')) return sequenceEntry(parseList(p));
  if (p.includes(':')) return { kind: 'slice', slice: parseSlice(p) };
  return parseItem(parseIntToken(p));
}

function parseIntToken(p: string): number | bigint {
  if (!INT_RE.test(p)) throw new IndexError(INVALID_INDEX);
  const b = BigInt(p.replace(/_/g, ''));
  return b >= -(2n ** 53n) && b <= 2n ** 53n ? Number(b) : b;
}

function parseSlice(p: string): Slice {
  const bits = p.split(':').map((s) => s.trim());
  if (bits.length > 3) throw new IndexError(INVALID_INDEX);
  const b = bits.map((s) => (s === '' || s === 'None' ? null : parseIntToken(s)));
  return new Slice(b[0], b[1], b[2]);
}

/** A bracketed list of ints / bools / nested lists, as JS values. */
function parseList(p: string): unknown[] {
  if (!p.endsWith(']')) throw new IndexError(INVALID_INDEX);
  const inner = p.slice(1, -1).trim();
  if (inner === '') return [];
  const parts = splitTopLevel(inner);
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.map((s) => {
    const t = s.trim();
    if (t.startsWith('[')) return parseList(t);
    if (t === 'True') return true;
    if (t === 'False') return false;
    return parseIntToken(t);
  });
}
