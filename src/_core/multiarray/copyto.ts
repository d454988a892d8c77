/**
 * `np.copyto(dst, src, casting='same_kind', where=True)`: assignment with an explicit
 * casting rule and an optional boolean mask. JS scalars are weak Python scalars
 * (NEP 50): an int fits any integer dtype it is in range of, a float any inexact one.
 */

import { broadcastStridesTo } from '../broadcast.js';
import { Complex } from '../complex.js';
import { bool, complex64, complex128, type DType, float64, int64 } from '../dtype.js';
import { castElement, fromPython, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import { storeMasked } from '../item_selection/masked_store.js';
import { elementOffsets } from '../iter.js';
import { NDArray } from '../ndarray.js';
import { type Casting, canCast } from '../numerictypes/promotion.js';
import { bindArgs, missingPositional } from './args.js';
import { array, toArray } from './array.js';
import { assignArray, copyArray } from './copy.js';

const CASTINGS = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];

export interface CopytoOptions {
  casting?: Casting;
  where?: unknown;
}

/** The dtype a weak JS scalar stands for, and whether `dst` takes it without a cast check. */
function weakFits(v: unknown, dst: DType): DType | null {
  const k = dst.kind;
  if (typeof v === 'boolean') return null;
  if (
    typeof v === 'bigint' ||
    (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0))
  ) {
    return 'iufc'.includes(k) ? null : int64;
  }
  if (typeof v === 'number') return 'fc'.includes(k) ? null : float64;
  // A weak complex meets a float32 target as complex64 (NEP 50: the target's precision).
  if (v instanceof Complex)
    return k === 'c' ? null : k === 'f' && dst.itemsize <= 4 ? complex64 : complex128;
  return null;
}

function isWeak(v: unknown): boolean {
  return (
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Complex
  );
}

function castError(what: string, from: DType, to: DType, casting: string): TypeError {
  return new TypeError(
    `Cannot cast ${what} from ${from.repr()} to ${to.repr()} according to the rule '${casting}'`,
  );
}

/** The source as an array of `dst`'s dtype, after the casting check. */
function sourceFor(dst: NDArray, src: unknown, casting: Casting): NDArray {
  if (isWeak(src)) {
    const as = weakFits(src, dst.dtype);
    if (as !== null && !canCast(as, dst.dtype, casting))
      throw castError('scalar', as, dst.dtype, casting);
    const s = NDArray.zeros([], dst.dtype);
    // Within its kind a weak scalar converts by value (OverflowError when out of range);
    // across kinds it is a C cast from its default dtype.
    const v =
      as === null ? fromPython(src, dst.dtype) : castElement(fromPython(src, as), as, dst.dtype);
    writeElement(s.dataView, s.offset, dst.dtype, v);
    return s;
  }
  const s = toArray(src);
  if (!canCast(s.dtype, dst.dtype, casting)) {
    throw castError(s.ndim === 0 ? 'scalar' : 'array data', s.dtype, dst.dtype, casting);
  }
  return s;
}

/** The where mask as a bool array (JS values convert; arrays must cast safely). */
function maskFor(where: unknown): NDArray {
  if (where instanceof NDArray) {
    if (!canCast(where.dtype, bool, 'safe'))
      throw castError('array data', where.dtype, bool, 'safe');
    return where;
  }
  return array(where, { dtype: bool });
}

/** `np.copyto(dst, src, casting='same_kind', where=True)`: copy values into `dst`, broadcasting. */
export function copyto(
  dst: NDArray,
  src?: unknown,
  casting?: Casting | CopytoOptions,
  where?: unknown,
  opts?: CopytoOptions,
): void;
export function copyto(...args: unknown[]): void {
  const o = bindArgs('copyto', ['dst', 'src', 'casting', 'where'], args);
  missingPositional('copyto', o, ['dst', 'src']);
  const dst = o.dst;
  if (!(dst instanceof NDArray)) {
    const t = Array.isArray(dst) ? 'list' : typeof dst === 'number' ? 'int' : typeof dst;
    throw new TypeError(`copyto() argument 1 must be a numpy.ndarray, not ${t}`);
  }
  const casting = (o.casting ?? 'same_kind') as Casting;
  if (!CASTINGS.includes(casting)) {
    throw new ValueError(
      `casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`,
    );
  }
  let s = sourceFor(dst, o.src, casting);
  // Leading length-1 axes beyond dst's are dropped, as NumPy's PyArray_AssignArray does.
  while (s.ndim > dst.ndim && s.dims[0] === 1)
    s = s.viewWith(s.dims.slice(1), s.steps.slice(1), s.offset);
  const broadcastError = (what: string, from: readonly number[]) =>
    new ValueError(
      `could not broadcast ${what} from shape ${compact(from)} into shape ${compact(dst.dims)}`,
    );
  let srcStrides = broadcastStridesTo(s.dims, s.steps, dst.dims);
  if (srcStrides === null) throw broadcastError('input array', s.dims);
  if (!dst.flags.writeable) throw new ValueError('assignment destination is read-only');
  const where = o.where;
  if (where === undefined || where === true) {
    assignArray(dst, s);
    return;
  }
  const m = maskFor(where);
  const maskStrides = broadcastStridesTo(m.dims, m.steps, dst.dims);
  if (maskStrides === null) throw broadcastError('where mask', m.dims);
  // Convert (and detach from dst's memory) once, then move the selected elements.
  let from = s;
  if (s.dtype !== dst.dtype || s.buffer === dst.buffer) {
    from = copyArray(s.viewWith(dst.dims, srcStrides, s.offset), 'C', dst.dtype);
    srcStrides = from.strides;
  }
  // The common layout: one masked store (masked_store.ts) from a single value or a source
  // of dst's shape, with a bool mask of that shape.
  const cMask = m.dtype === bool && m.isCContig && m.dims.length === dst.ndim;
  if (cMask && m.dims.every((n, i) => n === dst.dims[i])) {
    const whole = from.size === dst.size && from.isCContig && from.ndim === dst.ndim;
    const one = from.size === 1;
    const bytes = new Uint8Array(m.buffer as ArrayBuffer, m.offset, m.size);
    if ((one || whole) && storeMasked(dst, bytes, from, 'same')) return;
  }
  const d = elementOffsets(dst.dims, dst.steps, dst.offset);
  const f = elementOffsets(dst.dims, srcStrides, from.offset);
  const mk = elementOffsets(dst.dims, maskStrides, m.offset);
  const mb = new Uint8Array(m.buffer as ArrayBuffer);
  const db = new Uint8Array(dst.buffer as ArrayBuffer);
  const sb = new Uint8Array(from.buffer as ArrayBuffer);
  const item = dst.itemsize;
  for (let k = 0; k < d.length; k++) {
    if (mb[mk[k]!] === 0) continue;
    const so = f[k]!;
    db.set(sb.subarray(so, so + item), d[k]!);
  }
}

/** Shapes as NumPy's C messages print them: `(3,)`, `(2,3)`. */
function compact(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}
