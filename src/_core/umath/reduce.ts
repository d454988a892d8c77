/**
 * `ufunc.reduce` (numpy/_core/src/umath/ufunc_object.c PyUFunc_Reduce and reduction.c).
 * Arguments, dtype resolution, the initial value and NumPy's errors live here; the
 * iteration order comes from reduce_plan.ts and the inner loops from reduce_loops.ts, so
 * float results agree with NumPy bit for bit.
 */

import { allocArray, arrayOffset } from '../alloc.js';
import { canonicalBool } from '../bool_bytes.js';
import { bool, type DType, type DTypeLike, int64, dtype as toDType, uint64 } from '../dtype.js';
import { castElement, fromPython, readElement, toJS, writeElement } from '../elements.js';
import { axisError, unexpectedKeyword, ValueError } from '../errors.js';
import { byteRangesOverlap, shapeSize } from '../iter.js';
import { toIndex } from '../multiarray/args.js';
import { toArray } from '../multiarray/array.js';
import { assignArray, fillArray } from '../multiarray/copy.js';
import { NDArray } from '../ndarray.js';
import { canCast } from '../numerictypes/promotion.js';
import { checkFloatErrors } from './errstate.js';
import {
  castFlags,
  castQuiet,
  complexWarnings,
  fpWatched,
  hasNonFinite,
  mergeFlags,
  reportFlags,
} from './reduce_fp.js';
import { directRead, type FpFlags, reduceLoops } from './reduce_loops.js';
import { allocStrides, planReduction } from './reduce_plan.js';
import { quickAddReduce2d } from './reduce_quick.js';
import { runReduction } from './reduce_run.js';
import { type LoopSig, resolveLoop } from './resolve.js';
import type { Ufunc } from './ufunc.js';

export { accumulate, reduceat } from './accumulate.js';

export interface ReduceOptions {
  axis?: number | readonly number[] | null;
  dtype?: DTypeLike | null;
  out?: NDArray | readonly (NDArray | null)[] | null;
  keepdims?: boolean;
  initial?: unknown;
  where?: unknown;
}
const REDUCE_KEYS = new Set(['axis', 'dtype', 'out', 'keepdims', 'initial', 'where']);

/** Ufuncs without an identity that may still reduce over several axes (NumPy's ReorderableNone). */
const REORDERABLE_NONE = new Set(['maximum', 'minimum', 'fmax', 'fmin']);

/** One axis argument as Python's int(): `'float' object cannot be interpreted as an integer`. */
function axisInt(a: unknown): number {
  if (typeof a === 'number' && !Number.isInteger(a))
    throw new TypeError("'float' object cannot be interpreted as an integer");
  return toIndex(a);
}

/**
 * The reduced axes for `axis` (undefined = NumPy's default `0`, null = all, a number or a
 * JS array as a tuple), with NumPy's AxisError and duplicate check.
 */
export function reduceAxes(axis: unknown, ndim: number): number[] {
  let axes: number[];
  if (axis === undefined) axes = ndim === 0 ? [] : [0];
  else if (axis === null) axes = Array.from({ length: ndim }, (_, i) => i);
  else if (Array.isArray(axis)) {
    axes = axis.map((a) => {
      const v = axisInt(a);
      if (v < -ndim || v >= ndim) throw axisError(v, ndim);
      return v < 0 ? v + ndim : v;
    });
  } else {
    const v = axisInt(axis);
    // NumPy lets sum/prod/… of a 0-d array take axis 0 or -1.
    if (ndim === 0 && (v === 0 || v === -1)) axes = [];
    else {
      if (v < -ndim || v >= ndim) throw axisError(v, ndim);
      axes = [v < 0 ? v + ndim : v];
    }
  }
  const seen = new Set<number>();
  for (const a of axes) {
    if (seen.has(a)) throw new ValueError("duplicate value in 'axis'");
    seen.add(a);
  }
  return axes;
}

/** Normalise `axis` (int, list, null = all) for functions taking an axis tuple (normalize_axis_tuple). */
export function normalizeAxes(
  axis: number | readonly number[] | null | undefined,
  ndim: number,
  dflt: number[] | null = null,
): number[] {
  if (axis === undefined) return dflt ?? Array.from({ length: ndim }, (_, i) => i);
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : [...axis];
  const out: number[] = [];
  for (const a of list) {
    const v = axisInt(a);
    if (v < -ndim || v >= ndim) throw axisError(v, ndim);
    const n = v < 0 ? v + ndim : v;
    if (out.includes(n)) throw new ValueError('repeated axis');
    out.push(n);
  }
  return out;
}

/** The `out` argument: an NDArray, or a one-entry JS array (Python's tuple). */
export function outArray(out: unknown): NDArray | null {
  if (out === undefined || out === null) return null;
  let o = out;
  if (Array.isArray(out)) {
    if (out.length !== 1)
      throw new ValueError("The 'out' tuple must have exactly one entry per ufunc output");
    o = out[0];
    if (o === null || o === undefined) return null;
  }
  if (!(o instanceof NDArray)) throw new TypeError('return arrays must be of ArrayType');
  if (!o._writeable) throw new ValueError('output array is read-only');
  return o;
}

/** The `where` mask: Python's True means none; arrays must cast safely to bool. */
export function whereMask(where: unknown): NDArray | null {
  if (where === undefined || where === true) return null;
  if (where instanceof NDArray) {
    if (where.dtype !== bool) {
      throw new TypeError(
        `Cannot cast array data from dtype('${where.dtype}') to dtype('bool') according to the rule 'safe'`,
      );
    }
    return where;
  }
  const w = toArray(where);
  return w.dtype === bool ? w : w.astype(bool);
}

function noLoop(u: Ufunc): TypeError {
  return new TypeError(
    `No loop matching the specified signature and casting was found for ufunc ${u.__name__}`,
  );
}

/**
 * NumPy's reducelike_promote_and_resolve: the loop whose first input and output are the
 * accumulator type. add/multiply accumulate bools and small integers in int64/uint64.
 */
export function resolveReduceLoop(
  u: Ufunc,
  inDType: DType,
  outDType: DType | null,
  sig: DType | null,
  method = 'reduce',
): LoopSig {
  // The everyday case (no dtype=, out= or signature) depends on the input dtype alone.
  if (outDType === null && sig === null) {
    const key = `${method}${inDType.char}${inDType.itemsize}`;
    let memo = reduceMemo.get(u);
    if (memo === undefined) reduceMemo.set(u, (memo = new Map()));
    let l = memo.get(key);
    if (l === undefined) {
      l = resolveReduceLoopUncached(u, inDType, null, null, method);
      memo.set(key, l);
    }
    return l;
  }
  return resolveReduceLoopUncached(u, inDType, outDType, sig, method);
}

/** Loops resolved by resolveReduceLoop without out=/dtype=/signature, per ufunc. */
const reduceMemo = new WeakMap<Ufunc, Map<string, LoopSig>>();

function resolveReduceLoopUncached(
  u: Ufunc,
  inDType: DType,
  outDType: DType | null,
  sig: DType | null,
  method: string,
): LoopSig {
  const loops = u._spec.loops;
  const name = u.__name__;
  const logical = name === 'logical_and' || name === 'logical_or' || name === 'logical_xor';
  if (sig === null && outDType === null && (name === 'add' || name === 'multiply')) {
    if (inDType.kind === 'b' || (inDType.kind === 'i' && inDType.itemsize < 8)) sig = int64;
    else if (inDType.kind === 'u' && inDType.itemsize < 8) sig = uint64;
  }
  if (sig !== null) {
    // The signature fixes the accumulator (first input and output); reduce lets the array
    // operand take any loop type it casts to safely (accumulate/reduceat need uniform loops).
    const cands = loops.filter((lp) => lp.outs[0] === sig && lp.ins[0] === sig);
    const l =
      cands.find((lp) => lp.ins[1] === sig) ??
      (method === 'reduce' ? cands.find((lp) => canCast(inDType, lp.ins[1]!, 'safe')) : undefined);
    if (!l) throw noLoop(u);
    return l;
  }
  if (logical) return loops.find((lp) => lp.types === '??->?')!;
  const first = outDType ?? inDType;
  const ops = [
    { weak: false as const, dtype: first, array: NDArray.zeros([0], first) },
    { weak: false as const, dtype: inDType, array: NDArray.zeros([0], inDType) },
  ];
  const loop = resolveLoop(u._spec, ops, null);
  if (loop.outs[0] !== loop.ins[0]) throw noLoop(u);
  if (method !== 'reduce' && loop.ins[1] !== loop.ins[0]) {
    throw new TypeError(
      `the resolved dtypes are not compatible with ${name}.${method}. Resolved (dtype('${loop.ins[0]}'), dtype('${loop.ins[1]}'), dtype('${loop.outs[0]}'))`,
    );
  }
  return loop;
}

/** The ufunc's identity as a value of `dt` (NumPy's get_initial_from_ufunc), or null. */
export function identityOf(u: Ufunc, dt: DType): unknown {
  const id = u.identity;
  if (id === null) return null;
  // NumPy's bitwise_and identity -1 means "all ones", also for unsigned types.
  if (id === -1 && dt.kind === 'u')
    return dt.itemsize === 8 ? 2n ** 64n - 1n : 2 ** (8 * dt.itemsize) - 1;
  return id;
}

/** Shape text as NumPy's iterator errors print it: `(3,)`, `(2,newaxis)`, leading newaxis dropped. */
function iterShape(dims: readonly number[], ending: string): string {
  let i = 0;
  while (i < dims.length && dims[i]! < 0) i++;
  if (i === dims.length) return `()${ending}`;
  const parts = [String(dims[i++])];
  for (; i < dims.length; i++) parts.push(dims[i]! < 0 ? 'newaxis' : String(dims[i]));
  return dims.length === 1 ? `(${parts[0]},)${ending}` : `(${parts.join(',')})${ending}`;
}

/**
 * The checks NumPy's iterator makes on the result, input and mask operands
 * (npyiter_fill_axisdata), with its messages. `resultAxes[i]`: result axis of input axis i.
 */
function checkOperands(
  a: NDArray,
  out: NDArray | null,
  resultAxes: number[],
  red: boolean[],
  keepdims: boolean,
  mask: NDArray | null,
): void {
  const nd = a.ndim;
  if (mask && mask.ndim > nd)
    throw new ValueError('input operand has more dimensions than allowed by the axis remapping');
  const bshape = new Array<number>(nd).fill(1);
  const ops: { shape: readonly number[]; dims: number[]; remapped: boolean }[] = [];
  if (out)
    ops.push({
      shape: out.shape,
      dims: resultAxes.map((r) => (r >= 0 ? out.dims[r]! : -1)),
      remapped: true,
    });
  ops.push({ shape: a.shape, dims: a.shape.slice(), remapped: false });
  if (mask)
    ops.push({
      shape: mask.shape,
      dims: [...new Array(nd - mask.ndim).fill(-1), ...mask.dims],
      remapped: false,
    });
  const fail = () =>
    new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${ops
        .map((o) =>
          o.remapped ? iterShape(o.shape, '->') + iterShape(o.dims, ' ') : iterShape(o.shape, ' '),
        )
        .join('')}`,
    );
  for (const o of ops) {
    for (let i = 0; i < nd; i++) {
      const d = o.dims[i]!;
      if (d < 0) continue;
      if (bshape[i] === 1) bshape[i] = d;
      else if (d !== bshape[i] && d !== 1) throw fail();
    }
  }
  for (let i = nd - 1; i >= 0; i--) {
    if (out) {
      const d = ops[0]!.dims[i]!;
      if (red[i] && keepdims && d !== 1) {
        throw new ValueError(
          `operand was set up as a reduction along axis ${resultAxes[i]}, but the length of the axis is ${d} (it has to be 1)`,
        );
      }
      if (!red[i] && d === 1 && bshape[i] !== 1) {
        throw new ValueError(
          `output operand requires a reduction along dimension ${resultAxes[i]}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.`,
        );
      }
    }
    if (a.dims[i] === 1 && bshape[i] !== 1) {
      throw new ValueError(
        `non-broadcastable operand with shape ${iterShape(a.dims, '')} doesn't match the broadcast shape ${iterShape(bshape, '')}`,
      );
    }
  }
}

/** Whether two arrays may share memory (NumPy's COPY_IF_OVERLAP, conservatively). */
function mayOverlap(a: NDArray, b: NDArray): boolean {
  return byteRangesOverlap(a, b);
}

export interface ReduceResult {
  /** The result array (the user's `out` when given). */
  result: NDArray;
  /** Whether NumPy would hand back a scalar (0-d result, no out). */
  scalar: boolean;
}

/** `ufunc.reduce(array, {axis, dtype, out, keepdims, initial, where})`. */
export function reduce(u: Ufunc, array: unknown, opts: ReduceOptions = {}): any {
  for (const k of Object.keys(opts)) if (!REDUCE_KEYS.has(k)) throw unexpectedKeyword('reduce', k);
  const { result, scalar } = reduceArray(u, array, opts);
  const wantsArray = (opts.axis !== undefined && opts.axis !== null) || opts.keepdims === true;
  if (scalar && !wantsArray) return toJS(result.readAt(result.offset), result.dtype);
  return result;
}

const NONE: never[] = [];

/** The reduction itself; callers decide how to return it. */
export function reduceArray(
  u: Ufunc,
  array: unknown,
  opts: ReduceOptions = {},
  method = 'reduce',
): ReduceResult {
  if (u.nin !== 2) throw new ValueError(`${method} only supported for binary functions`);
  if (u.nout !== 1)
    throw new ValueError(`${method} only supported for functions returning a single value`);
  // Conversions in NumPy's order: dtype, out, keepdims, where, the array, the axes.
  const sig = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
  const out = outArray(opts.out);
  const keepdims = !!opts.keepdims;
  const mask = whereMask(opts.where);
  // The loops read bool bytes as numbers: a view of foreign bytes gets 0/1 first.
  const a = canonicalBool(toArray(array));
  const axes = reduceAxes(opts.axis, a.ndim);
  const nd = a.ndim;
  const red = a.dims.map((_, i) => axes.includes(i));

  const loop = resolveReduceLoop(u, a.dtype, out ? out.dtype : null, sig);
  const acc = loop.outs[0]!;
  const reorderable = u.identity !== null || REORDERABLE_NONE.has(u.__name__);
  if (!reorderable && axes.length > 1) {
    throw new ValueError(
      `reduction operation '${u.__name__}' is not reorderable, so at most one axis may be specified`,
    );
  }

  if (out === null && mask === null && opts.initial === undefined && axes.length === 1) {
    const q = quickAddReduce2d(u, a, axes[0]!, keepdims, loop);
    // FP flags to report: the general path redoes it and finds them
    if (q !== null && !(u._def.fpcheck && fpWatched() && hasNonFinite(q))) {
      checkFloatErrors('reduce', 'generic', loop, NONE, NONE, NONE);
      return { result: q, scalar: false };
    }
  }

  // Result geometry: resultAxes[i] is the result axis input axis i maps to (-1: dropped).
  const resultShape: number[] = [];
  const resultAxes: number[] = [];
  for (let i = 0; i < nd; i++) {
    if (red[i] && !keepdims) {
      resultAxes.push(-1);
      continue;
    }
    resultAxes.push(resultShape.length);
    resultShape.push(red[i] ? 1 : a.dims[i]!);
  }
  if (out && out.ndim !== resultShape.length) {
    throw new ValueError(
      `output parameter for reduction operation ${u.__name__} has the wrong number of dimensions: Found ${out.ndim} but expected ${resultShape.length}${keepdims ? " (must match the operand's when keepdims=True)" : ''}`,
    );
  }
  // Without out or where the input is the only operand: nothing can fail to broadcast.
  if (out || mask) checkOperands(a, out, resultAxes, red, keepdims, mask);
  const maskStrides = mask ? broadcastStrides(mask, a.dims) : null;

  // The initial value: `initial` (null = Python's None: none), else the ufunc's identity.
  let initial: unknown = null;
  if (opts.initial !== null)
    initial = opts.initial !== undefined ? opts.initial : identityOf(u, acc);
  const initialValue = initial === null ? null : fromPython(initial, acc);
  if (initialValue === null) {
    if (mask) {
      throw new ValueError(
        `reduction operation '${u.__name__}' does not have an identity, so to use a where mask one has to specify 'initial'`,
      );
    }
    if (axes.some((ax) => a.dims[ax] === 0)) {
      throw new ValueError(
        `zero-size array to reduction operation ${u.__name__} which has no identity`,
      );
    }
  }

  // The result (accumulator) array: `out` itself when it has the loop's dtype.
  const outCast = out !== null && out.dtype !== acc;
  const inCast = a.dtype !== loop.ins[1];
  const userStrides = out
    ? a.dims.map((_, i) => (red[i] || resultAxes[i]! < 0 ? 0 : out.steps[resultAxes[i]!]!))
    : null;
  let resArr: NDArray | null = out && !outCast ? out : null;
  const plan = planReduction(
    a.dims,
    [
      { strides: userStrides ?? new Array(nd).fill(0), cast: outCast, reduce: axes.length > 0 },
      { strides: a.strides, cast: inCast, reduce: false },
      ...(maskStrides ? [{ strides: maskStrides, cast: false, reduce: false }] : []),
    ],
    (perm) => {
      if (!resArr) {
        const st = allocStrides(perm, resultShape, resultAxes, acc.itemsize);
        const nbytes = shapeSize(resultShape) * acc.itemsize;
        // Small results take a slab block (everything below reads through res.offset).
        const buf = allocArray(nbytes);
        resArr = new NDArray(buf, acc, resultShape, st, arrayOffset, null);
      }
      const r = resArr;
      return a.dims.map((_, i) => (red[i] || resultAxes[i]! < 0 ? 0 : r.steps[resultAxes[i]!]!));
    },
  );
  const res = resArr as unknown as NDArray;

  // The input in the loop dtype, laid out in iteration order (NumPy buffers the cast);
  // value-preserving casts are read in place.
  let src = a;
  const direct = inCast && directRead(u, a.dtype, loop.ins[1]!) && !(out && mayOverlap(a, out));
  if ((inCast && !direct) || (out && mayOverlap(a, out))) {
    const st = allocStrides(
      plan.perm,
      a.dims,
      a.dims.map((_, i) => i),
      loop.ins[1]!.itemsize,
    );
    src = new NDArray(
      allocArray(a.size * loop.ins[1]!.itemsize),
      loop.ins[1]!,
      a.dims,
      st,
      arrayOffset,
      null,
    );
    castQuiet(src, a);
  }

  // Full-rank view of the result (stride 0 on reduced axes).
  const resStrides = a.dims.map((_, i) =>
    red[i] || resultAxes[i]! < 0 ? 0 : res.steps[resultAxes[i]!]!,
  );
  const fullShape = a.dims.map((n, i) => (red[i] ? 1 : n));
  // A result this call allocated is zeroed memory already: an initial 0 needs no fill.
  const zeroInit =
    initialValue === 0n ||
    initialValue === false ||
    (initialValue === 0 && !Object.is(initialValue, -0));
  const init = (r: NDArray) => {
    if (initialValue !== null) {
      if (r === out || !zeroInit) fillArray(r, initialValue);
    } else if (r.size > 0)
      assignArray(
        r.viewWith(fullShape, resStrides, r.offset),
        src.viewWith(fullShape, src.steps, src.offset),
      );
  };
  init(res);
  const flags: FpFlags = { divide: false, over: false, invalid: false };
  const run = (r: NDArray, track: FpFlags | null) =>
    runReduction({
      plan,
      loops: reduceLoops(u, loop, track, direct),
      src,
      res: { dtype: r.dtype, strides: resStrides, offset: r.offset, data: r.data },
      mask,
      maskStrides,
      skipFirst: initialValue === null,
      flush: outCast ? roundTrip(r, out!.dtype, flags) : null,
    });
  if (a.size > 0) run(res, null);

  // Floating-point flags, reported as NumPy does after the loop ("… encountered in reduce").
  mergeFlags(flags, castFlags(a, loop.ins[1]!));
  if (
    a.size > 0 &&
    u._def.fpcheck &&
    (acc.kind === 'f' || acc.kind === 'c') &&
    fpWatched() &&
    hasNonFinite(res)
  ) {
    // Re-run on a scratch result with loops that check every operation.
    const scratch = new NDArray(
      new ArrayBuffer(res.buffer.byteLength),
      acc,
      res.dims,
      res.steps,
      res.offset,
      null,
    );
    init(scratch);
    run(scratch, flags);
  }
  if (out && outCast) {
    complexWarnings(acc, out.dtype, 2);
    mergeFlags(flags, castFlags(res, out.dtype));
    castQuiet(out, res);
  }
  complexWarnings(a.dtype, loop.ins[1]!, 1);
  reportFlags(flags, 'reduce');
  checkFloatErrors('reduce', 'generic', loop, NONE, NONE, NONE);
  if (out && outCast) return { result: out, scalar: false };
  return { result: res, scalar: out === null && res.ndim === 0 };
}

/**
 * NumPy buffers a result whose dtype differs from the loop's: each buffer write-back casts
 * the accumulator to `out`'s dtype and the next fill casts it back.
 */
function roundTrip(res: NDArray, outDType: DType, flags: FpFlags): (oi: number) => void {
  const dv = res.dataView;
  const unit = res.dtype.storageBytes;
  const dt = res.dtype;
  const one = new NDArray(new ArrayBuffer(dt.itemsize), dt, [], [], 0, null);
  return (oi) => {
    const off = oi * unit;
    const v = readElement(dv, off, dt);
    writeElement(one.dataView, 0, dt, v);
    mergeFlags(flags, castFlags(one, outDType));
    writeElement(dv, off, dt, castElement(castElement(v, dt, outDType), outDType, dt));
  };
}

/** Byte strides of `m` broadcast to `shape` (the caller checked it broadcasts). */
function broadcastStrides(m: NDArray, shape: readonly number[]): number[] {
  const off = shape.length - m.ndim;
  return shape.map((n, i) => {
    const j = i - off;
    if (j < 0) return 0;
    return m.dims[j] === n && n !== 1 ? m.steps[j]! : 0;
  });
}
