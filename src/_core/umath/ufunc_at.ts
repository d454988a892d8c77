/**
 * `ufunc.at(a, indices, b?)`: unbuffered in-place operation (NumPy's ufunc_at). Repeated
 * indices apply repeatedly, in the order of the elements of `a[indices]`. The element
 * positions come from indexing an array of byte offsets shaped like `a`, so every index
 * form `a.get(...)` accepts works here, with the same IndexErrors.
 */
import { Complex } from '../complex.js';
import type { DType } from '../dtype.js';
import { float64 } from '../dtype.js';
import { castElement, readElement, writeElement } from '../elements.js';
import { ValueError } from '../errors.js';
import type { IndexItem } from '../indexing/parse.js';
import { Slice } from '../indexing/slice.js';
import { getItem } from '../indexing.js';
import { toArray } from '../multiarray/array.js';
import { NDArray } from '../ndarray.js';
import { type Block, computeCtor } from './compute.js';
import { checkFloatErrors } from './errstate.js';
import { broadcastShapesOrNull, stridesFor } from './iterator.js';
import { resolveLoop } from './resolve.js';
import type { Ufunc } from './ufunc.js';

/**
 * The index items: a JS array holding an NDArray, slice, null or string is Python's tuple
 * (`a[rows, cols]`); any other value is one index item, as `a.get(item)` takes it.
 */
function indexItems(indices: unknown): IndexItem[] {
  if (
    Array.isArray(indices) &&
    indices.some(
      (x) => x instanceof NDArray || x instanceof Slice || x === null || typeof x === 'string',
    )
  ) {
    return indices as IndexItem[];
  }
  return [indices as IndexItem];
}

/** Byte offsets of the elements `a[indices]` selects, in that array's C order. */
function selectedOffsets(a: NDArray, indices: unknown): NDArray {
  const offs = NDArray.zeros(a.dims, float64);
  const d = offs.data as Float64Array;
  a.forEachOffset((off, k) => {
    d[k] = off;
  });
  return getItem(offs, indexItems(indices));
}

/** `ufunc.at(a, indices, b)` (binary) or `ufunc.at(a, indices)` (unary). */
export function ufuncAt(u: Ufunc, a: unknown, indices: unknown, b?: unknown): void {
  if (u.nin > 2) throw new ValueError('Only unary and binary ufuncs supported at this time');
  if (u.nout !== 1) throw new ValueError('Only single output ufuncs supported at this time');
  if (u.nin === 2 && b === undefined) throw new ValueError('second operand needed for ufunc');
  if (u.nin === 1 && b !== undefined)
    throw new ValueError('second operand provided when ufunc is unary');
  if (!(a instanceof NDArray)) throw new TypeError('first operand must be array');
  if (!a._writeable) throw new ValueError('output array is read-only');
  // NumPy converts the second operand to an array: JS scalars are strong here.
  const bArr = b === undefined ? null : toArray(b);
  const ops = [
    { weak: false as const, dtype: a.dtype, array: a },
    ...(bArr ? [{ weak: false as const, dtype: bArr.dtype, array: bArr }] : []),
  ];
  const loop = resolveLoop(u._spec, ops, null);
  const sel = selectedOffsets(a, indices);
  let bView: NDArray | null = null;
  if (bArr) {
    const shape = broadcastShapesOrNull([bArr.dims, sel.dims]);
    if (!shape || shape.length !== sel.ndim || shape.some((n, i) => n !== sel.dims[i])) {
      throw new ValueError('array is not broadcastable to correct shape');
    }
    bView = bArr.viewWith(sel.dims, stridesFor(bArr, sel.dims), bArr.offset);
  }
  const kernel = u._def.atKernel?.(loop) ?? u.kernelFor(loop);
  const tIn = loop.ins;
  const tOut = loop.outs[0]!;
  const blocks = [...tIn, tOut].map((t) => new (computeCtor(t))(t.lanes) as Block);
  const dv = a.dataView;
  const bOffs: number[] = [];
  bView?.forEachOffset((off) => bOffs.push(off));
  const offs = sel.data as Float64Array;
  const offList: number[] = [];
  sel.forEachOffset((off) => offList.push(offs[off / 8]!));
  // Snapshot the second operand when it shares memory with `a` (NumPy copies on overlap).
  const bVals = bView ? bOffs.map((off) => readElement(bView.dataView, off, bView.dtype)) : [];
  const touched: NDArray[] = [];
  offList.forEach((off, k) => {
    putCompute(blocks[0]!, tIn[0]!, castElement(readElement(dv, off, a.dtype), a.dtype, tIn[0]!));
    if (bView) putCompute(blocks[1]!, tIn[1]!, castElement(bVals[k]!, bView.dtype, tIn[1]!));
    const outBlock = blocks[tIn.length]!;
    kernel(1, blocks.slice(0, tIn.length), [outBlock]);
    writeElement(dv, off, a.dtype, castElement(getCompute(outBlock, tOut), tOut, a.dtype));
  });
  void touched;
  checkFloatErrors('at', 'generic', loop, [], [], []);
}

function putCompute(b: Block, dt: DType, v: unknown): void {
  switch (dt.kind) {
    case 'b':
      b[0] = v ? 1 : 0;
      return;
    case 'c':
      b[0] = (v as Complex).re;
      b[1] = (v as Complex).im;
      return;
    default:
      (b as unknown as unknown[])[0] = v;
  }
}

function getCompute(b: Block, dt: DType): any {
  switch (dt.kind) {
    case 'b':
      return b[0] !== 0;
    case 'c':
      return new Complex(b[0] as number, b[1] as number);
    default:
      return b[0];
  }
}
