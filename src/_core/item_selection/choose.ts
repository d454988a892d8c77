/**
 * `np.choose` / `a.choose` (NumPy's PyArray_Choose): an index array picks, element by
 * element, which of the broadcast choice arrays to read.
 */

import { broadcast_shapes } from '../../lib/stride_tricks.js';
import { type DType, int64 } from '../dtype.js';
import { ValueError } from '../errors.js';
import { elementOffsets, shapeSize } from '../iter.js';

import { bindArgs, missingPositional } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { copyArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { canCast, type ResultTypeArg, resultType } from '../numerictypes/promotion.js';
import { type ClipMode, clipMode, doubles } from './indices.js';
import { intoOut, scalarOr } from './take.js';
import { wordSize, wordsOf } from './words.js';

export interface ChooseOptions {
  out?: NDArray | null;
  mode?: ClipMode;
}

/** The choices as arrays of their common dtype (JS scalars weak, as NumPy's ConvertToCommonType). */
function commonChoices(choices: unknown): NDArray[] {
  const list: unknown[] =
    choices instanceof NDArray ? [...choices] : Array.isArray(choices) ? choices : [choices];
  if (list.length === 0) throw new ValueError('0-length sequence.');
  const ops = list.map((c) =>
    c instanceof NDArray || Array.isArray(c) || typeof c === 'string' ? toArray(c) : c,
  );
  const dt: DType = resultType(...(ops as ResultTypeArg[]));
  return ops.map((c) => {
    const arr = c instanceof NDArray ? c : toArray(c);
    return arr.dtype === dt ? arr : copyArray(arr, 'C', dt);
  });
}

/** The shared body of `np.choose` and `a.choose`. */
export function chooseImpl(a: NDArray, args: Record<string, unknown>): any {
  const choices = commonChoices(args.choices);
  if (!canCast(a.dtype, int64, 'safe')) {
    const what = a.ndim === 0 ? 'scalar' : 'array data';
    throw new TypeError(
      `Cannot cast ${what} from ${a.dtype.repr()} to dtype('int64') according to the rule 'safe'`,
    );
  }
  const mode = clipMode(args.mode);
  const shape = broadcast_shapes(...choices.map((c) => c.dims), a.dims);
  const n = choices.length;
  const dt = choices[0]!.dtype;
  const out = NDArray.empty(shape, dt);
  const size = shapeSize(shape);
  const idx = doubles(
    a.ndim === shape.length && a.dims.every((d, i) => d === shape[i]) ? a : broadcastTo(a, shape),
  );
  const item = dt.itemsize;
  if (
    choices.every(
      (c) =>
        c.isCContig &&
        c.isAligned &&
        c.dims.length === shape.length &&
        c.dims.every((d, i) => d === shape[i]),
    )
  ) {
    chooseWords(idx, choices, out, mode);
    return args.out !== undefined && args.out !== null
      ? intoOut(args.out as NDArray, out, 'choose: invalid shape for output array.', TypeError)
      : scalarOr(out);
  }
  const from = choices.map((c) => elementOffsets(shape, broadcastStrides(c, shape), c.offset));
  const dst = new Uint8Array(out.buffer as ArrayBuffer);
  for (let k = 0; k < size; k++) {
    let j = idx[k]!;
    if (j < 0 || j >= n) j = outOfRangeChoice(j, n, mode);
    const src = choices[j]!;
    const off = from[j]![k]!;
    dst.set(new Uint8Array(src.buffer as ArrayBuffer, off, item), k * item);
  }
  if (args.out !== undefined && args.out !== null) {
    return intoOut(args.out as NDArray, out, 'choose: invalid shape for output array.', TypeError);
  }
  return scalarOr(out);
}

/** An index outside [0, n) under `mode`: NumPy's ValueError, wrapped, or clipped. */
function outOfRangeChoice(j: number, n: number, mode: string): number {
  if (mode === 'raise') throw new ValueError('invalid entry in choice array');
  if (mode === 'clip') return j < 0 ? 0 : n - 1;
  const r = j % n;
  return r < 0 ? r + n : r;
}

/**
 * The choose loop when every choice is C-contiguous in the result's shape: element k of
 * choice j is word run k of it, copied a word at a time (a byte view per element cost
 * ~100 ns: np.choose of 1e6 from four float64 arrays ~100-140 ms).
 */
function chooseWords(idx: Float64Array, choices: NDArray[], out: NDArray, mode: string): void {
  const n = choices.length;
  const item = out.itemsize;
  const w = wordSize(item, ...choices.map((c) => c.offset));
  const e = item / w;
  const D = wordsOf(out.buffer, w) as Float64Array;
  const S = choices.map((c) => wordsOf(c.buffer, w) as Float64Array);
  const starts = choices.map((c) => c.offset / w);
  for (let k = 0; k < idx.length; k++) {
    let j = idx[k]!;
    if (j < 0 || j >= n) j = outOfRangeChoice(j, n, mode);
    const s = S[j]!;
    const from = starts[j]! + k * e;
    if (e === 1) D[k] = s[from]!;
    else for (let l = 0; l < e; l++) D[k * e + l] = s[from + l]!;
  }
}

function broadcastStrides(c: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - c.ndim;
  return shape.map((d, i) => (i < off || c.dims[i - off] !== d ? 0 : c.steps[i - off]!));
}

function broadcastTo(a: NDArray, shape: readonly number[]): NDArray {
  return a.viewWith(shape, broadcastStrides(a, shape), a.offset);
}

/**
 * `np.choose(a, choices, out=None, mode='raise')`: `choices[a[i]][i]` for every i, with
 * everything broadcast together. A 0-d result comes back as a JS value.
 */
export function choose(
  a: unknown,
  choices?: unknown,
  out?: NDArray | null | ChooseOptions,
  mode?: ClipMode | ChooseOptions,
  opts?: ChooseOptions,
): any;
export function choose(...args: unknown[]): any {
  const o = bindArgs('choose', ['a', 'choices', 'out', 'mode'], args);
  missingPositional('choose', o, ['a', 'choices']);
  return chooseImpl(toArray(o.a), o);
}
