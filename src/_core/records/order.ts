/**
 * Ordering of structured elements: NumPy's sort of void arrays compares records field
 * by field — the fields named by `order` first, then the others in dtype order —
 * each field with its own dtype's ordering (NaNs last; sub-arrays element by element;
 * nested structures recursively).
 */
import { type DType, int64 } from '../dtype.js';
import { type Canonical, readElement, type StructValue } from '../elements.js';
import { ValueError } from '../errors.js';
import { bindArgs } from '../multiarray/args.js';
import { assignArray, copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { normalizeAxis } from '../shape/args.js';
import { moveaxis } from '../shape.js';
import { compareCanonical } from '../sorting/searchsorted.js';
import { checkKind } from '../sorting/sort.js';

type Compare = (x: Canonical, y: Canonical) => number;

function compareOf(dt: DType): Compare {
  if (dt.fields) return recordComparator(dt, null);
  if (dt.subdtype) {
    const inner = compareOf(dt.subdtype[0]);
    const cmp: Compare = (x, y) => {
      const a = x as Canonical[];
      const b = y as Canonical[];
      for (let i = 0; i < a.length; i++) {
        const r = Array.isArray(a[i]) ? cmp(a[i]!, b[i]!) : inner(a[i]!, b[i]!);
        if (r !== 0) return r;
      }
      return 0;
    };
    return cmp;
  }
  return compareCanonical;
}

/**
 * The field names in comparison order for NumPy's sort `order=` (a name, a list of
 * names, or null): those named first, then the rest in dtype order.
 * @example fieldOrder(np.dtype('i4,f8,u1'), 'f1') // ['f1', 'f0', 'f2']
 */
export function fieldOrder(dt: DType, order: unknown): string[] {
  const names = dt.names!;
  if (order === null || order === undefined) return names.slice();
  const first = typeof order === 'string' ? [order] : (order as string[]);
  const seen = new Set<string>();
  for (const n of first) {
    if (!(n in dt.fields!)) throw new ValueError(`unknown field name: ${n}`);
    if (seen.has(n)) throw new ValueError(`duplicate field name: ${n}`);
    seen.add(n);
  }
  return [...first, ...names.filter((n) => !seen.has(n))];
}

/**
 * NumPy's comparison of two canonical records of structured `dt` (the void sort's
 * compare), with the fields of `order` compared first.
 * @example recordComparator(np.dtype('i4,f8'), 'f1')({f0: 1, f1: 2}, {f0: 0, f1: 3}) // -1
 */
export function recordComparator(dt: DType, order: unknown): Compare {
  const parts = fieldOrder(dt, order).map((n) => ({ n, cmp: compareOf(dt.fields![n]!.dtype) }));
  return (x, y) => {
    const a = x as StructValue;
    const b = y as StructValue;
    for (const { n, cmp } of parts) {
      const r = cmp(a[n]!, b[n]!);
      if (r !== 0) return r;
    }
    return 0;
  };
}

interface Rows {
  c: NDArray;
  m: number;
  n: number;
  axis: number;
  ndim: number;
}

function rows(a: NDArray, axisArg: unknown): Rows {
  let arr = a;
  let axis: number;
  if (axisArg === null) {
    arr = copyArray(a, 'C').reshape(-1);
    axis = 0;
  } else axis = normalizeAxis(axisArg ?? -1, arr.ndim);
  const moved = axis === arr.ndim - 1 ? arr : moveaxis(arr, axis, -1);
  const c = copyArray(moved, 'C');
  const n = arr.dims[axis]!;
  return { c, m: n === 0 ? 0 : arr.size / n, n, axis, ndim: arr.ndim };
}

function back(r: NDArray, p: Rows): NDArray {
  return p.axis === p.ndim - 1 ? r : copyArray(moveaxis(r, -1, p.axis), 'C');
}

/** Stable permutation of each row of `c` by `cmp`. */
function perms(p: Rows, cmp: Compare): Int32Array {
  const { c, m, n } = p;
  const dt = c.dtype;
  const dv = c.dataView;
  const out = new Int32Array(m * n);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < m; r++) {
    const base = c.offset + r * n * dt.itemsize;
    const vals = idx.map((i) => readElement(dv, base + i * dt.itemsize, dt));
    const order = idx.slice().sort((i, j) => cmp(vals[i]!, vals[j]!) || i - j);
    out.set(order, r * n);
  }
  return out;
}

function check(a: NDArray, order: unknown): void {
  if (!a.dtype.fields && order !== null && order !== undefined)
    throw new ValueError('Cannot specify order when the array has no fields.');
}

/**
 * NumPy's `np.argsort(a, axis, order=...)` for a structured array (int64 indices).
 * @example argsortRecords(people, -1, 'age')
 */
export function argsortRecords(a: NDArray, axis: unknown = -1, order: unknown = null): NDArray {
  check(a, order);
  const p = rows(a, axis);
  const perm = perms(p, recordComparator(a.dtype, order));
  const out = NDArray.zeros(p.c.dims, int64);
  const d = out.data as BigInt64Array;
  for (let i = 0; i < perm.length; i++) d[i] = BigInt(perm[i]!);
  return back(out, p);
}

/**
 * NumPy's `np.sort(a, axis, order=...)` for a structured array: a sorted copy.
 * @example sortRecords(people, -1, ['age', 'name'])
 */
export function sortRecords(a: NDArray, axis: unknown = -1, order: unknown = null): NDArray {
  check(a, order);
  const p = rows(a, axis);
  const perm = perms(p, recordComparator(a.dtype, order));
  const sz = a.dtype.itemsize;
  const out = NDArray.empty(p.c.dims, a.dtype);
  const src = new Uint8Array(p.c.buffer as ArrayBuffer, p.c.offset, p.m * p.n * sz);
  const dst = new Uint8Array(out.buffer as ArrayBuffer, out.offset, p.m * p.n * sz);
  for (let r = 0; r < p.m; r++) {
    for (let i = 0; i < p.n; i++) {
      const s = (r * p.n + perm[r * p.n + i]!) * sz;
      dst.set(src.subarray(s, s + sz), (r * p.n + i) * sz);
    }
  }
  return back(out, p);
}

function boundSortArgs(fn: string, args: readonly unknown[]): Record<string, unknown> {
  const o = bindArgs(fn, ['axis', 'kind', 'order'], args, ['stable']);
  if (o.stable !== undefined && o.stable !== null && o.kind !== undefined && o.kind !== null)
    throw new ValueError(
      "`kind` and `stable` parameters can't be provided at the same time. Use only one of them.",
    );
  checkKind(o.kind);
  return o;
}

/**
 * NumPy's `a.sort(axis=-1, kind=None, order=None, *, stable=None)` for a structured
 * array: sorts in place (a stable sort, whatever `kind`).
 * @example people.sort({order: 'age'})
 */
export function sortRecordsInPlace(a: NDArray, args: readonly unknown[]): void {
  const o = boundSortArgs('sort', args);
  if (o.axis === null) throw new TypeError("'NoneType' object cannot be interpreted as an integer");
  assignArray(a, sortRecords(a, o.axis ?? -1, o.order));
}

/**
 * NumPy's `a.argsort(axis=-1, kind=None, order=None, *, stable=None)` for a structured array.
 * @example people.argsort({order: ['age', 'name']})
 */
export function argsortRecordsMethod(a: NDArray, args: readonly unknown[]): NDArray {
  const o = boundSortArgs('argsort', args);
  return argsortRecords(a, 'axis' in o ? o.axis : -1, o.order);
}
