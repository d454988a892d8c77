/**
 * The ufunc object: NumPy's generic element-wise function. Every element-wise function
 * is one `Ufunc` built from a table of typed loops and a kernel factory; calling it runs
 * type resolution → broadcasting iterator → typed inner loop (resolve.ts, iterator.ts).
 */

import {
  allocArray,
  allocSmall,
  allocUninitialized,
  arrayOffset,
  SMALL_MAX_BYTES,
  smallDataView,
  smallOffset,
} from '../alloc.js';
import { canonicalBool, mayHoldRawBool } from '../bool_bytes.js';
import { Complex } from '../complex.js';
import { bool, type DType, type DTypeLike, dtype as toDType } from '../dtype.js';
import { fromPython, toJS, writeElement } from '../elements.js';
import { UFuncTypeError, unexpectedKeyword, ValueError } from '../errors.js';
import { byteRangesOverlap, shapeRepr, shapeSize } from '../iter.js';
import * as K from '../kernels/index.js';
import { toArray } from '../multiarray/array.js';
import { copySame } from '../multiarray/strided_copy.js';
import { adoptArray, NDArray } from '../ndarray.js';
import { canCastDType } from '../numerictypes/promotion.js';
import type { Block } from './compute.js';
import {
  blockFinite,
  checkFloatErrors,
  type FpCheck,
  floatChecksActive,
  hasNonFinite,
  underflowChecked,
} from './errstate.js';
import {
  bestAxisOrder,
  broadcastShapesForUfunc,
  broadcastShapesOrNull,
  EXPAND_MAX,
  type Kernel,
  type LoopOperand,
  runBroadcastSmall,
  runLoop,
  stridesFor,
} from './iterator.js';
import { accumulate, reduce, reduceat } from './reduce.js';
import {
  type LoopSig,
  type Operand,
  parseLoops,
  type ResolveSpec,
  resolveLoop,
  weakDefault,
} from './resolve.js';
import { ufuncAt } from './ufunc_at.js';

export type CastingMode = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

export interface UfuncOptions {
  out?: NDArray | null | (NDArray | null)[];
  where?: unknown;
  dtype?: DTypeLike | null;
  casting?: CastingMode;
  order?: 'K' | 'C' | 'F' | 'A';
  subok?: boolean;
  signature?: unknown;
}

const CASTINGS = new Set(['no', 'equiv', 'safe', 'same_kind', 'unsafe']);
const CALL_KEYS = new Set(['out', 'where', 'dtype', 'casting', 'order', 'subok', 'signature']);

export interface UfuncDef {
  name: string;
  nin: number;
  nout: number;
  /** The identity as a JS value (0, 1, true, -Infinity …) or null. */
  identity: number | boolean | null;
  /** NumPy's `ufunc.types`, e.g. `'bb->b hh->h dd->d'`. */
  types: string;
  /** Builds the inner loop for one typed loop. */
  kernel: (loop: LoopSig) => Kernel;
  /** Homogeneous loops: promote the inputs first (NumPy's default promoter). Default: nin ≥ 2 and all loop inputs alike. */
  homogeneous?: boolean;
  special?: ResolveSpec['special'];
  /**
   * Kinds of array operands (e.g. 'bfc') with which `special` never looks at weak scalars:
   * calls mixing only such arrays with JS numbers are memoised and take the quick path
   * (`a.gt(0)` on float64), as ufuncs without a special rule do.
   */
  weakSafeKinds?: string;
  /** Which floating-point errors this ufunc can raise, checked on float outputs. */
  fpcheck?: FpCheck;
  /**
   * Fast contiguous kernels for some loops (keyed by NumPy's loop spelling, e.g. 'dd->d'):
   * WebAssembly SIMD kernels from src/_core/kernels. `aa(a, b, out)` array-array, `as`/`sa`
   * with one scalar operand, `a(x, out)` unary.
   */
  fast?: Record<string, FastKernel>;
  /**
   * The loops `ufunc.at` runs, where NumPy's indexed loops compute differently from its
   * element-wise ones (complex multiply: plain products, no fused multiply-adds). Loops it
   * lacks fall back to `kernel`.
   */
  atKernel?: (loop: LoopSig) => Kernel | null;
  /** Called before running, to raise NumPy's errors for bad operands (e.g. negative integer powers). */
  validate?: (loop: LoopSig, ins: NDArray[]) => void;
}

export interface FastKernel {
  aa?: (a: any, b: any, out: any) => void;
  as?: (a: any, s: any, out: any) => void;
  sa?: (s: any, a: any, out: any) => void;
  a?: (x: any, out: any) => void;
}

/** Wrap a fast kernel as an engine Kernel, keeping the generic one for what it lacks. */
function withFast(generic: Kernel, fk: FastKernel): Kernel {
  const k: Kernel = fk.aa
    ? (_n, ins, outs) => fk.aa!(ins[0], ins[1], outs[0])
    : fk.a
      ? (_n, ins, outs) => fk.a!(ins[0], outs[0])
      : generic;
  if (fk.as && fk.sa) {
    k.scalar = (_n, ins, outs) => {
      if (typeof ins[0] === 'object') fk.as!(ins[0], ins[1], outs[0]);
      else fk.sa!(ins[0], ins[1], outs[0]);
    };
  } else if (generic.scalar) k.scalar = generic.scalar;
  return k;
}

/** A strong operand's part of the loop memo key (dtype char and size, e.g. 'd8,'). */
const memoKeys = new WeakMap<DType, string>();
function memoKey(dt: DType): string {
  let k = memoKeys.get(dt);
  if (k === undefined) {
    k = `${dt.char}${dt.itemsize},`;
    memoKeys.set(dt, k);
  }
  return k;
}

/** Whether two shapes are equal (the very same frozen array, or element by element). */
function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let d = 0; d < a.length; d++) if (a[d] !== b[d]) return false;
  return true;
}

/**
 * A fresh C-ordered output of `shape` for runContiguous. An input of that shape and item size
 * whose strides are exactly the C strides lends its (frozen) strides: no new array to freeze.
 */
function freshLike(t: DType, shape: readonly number[], size: number, ins: NDArray[]): NDArray {
  if (size === 0) return NDArray.empty(shape, t);
  for (const a of ins) {
    if (a.ndim === shape.length && a.dtype.itemsize === t.itemsize && hasCStrides(a, shape)) {
      // shape is an input's dims (quickRun) or fresh: both never change, so shared.
      const buf = allocArray(size * t.itemsize, true);
      return adoptArray(buf, t, shape, a.steps, arrayOffset);
    }
  }
  return NDArray.fresh(shape, t);
}

function hasCStrides(a: NDArray, shape: readonly number[]): boolean {
  const st = a.steps;
  let acc = a.dtype.itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (a.dims[d] !== shape[d] || st[d] !== acc) return false;
    acc *= Math.max(shape[d]!, 1);
  }
  return true;
}

/** Whether every float or complex output's block (runContiguous's, f16 excluded) is finite. */
function outsFinite(outs: NDArray[], blocks: Block[]): boolean {
  for (let j = 0; j < outs.length; j++) {
    const k = outs[j]!.dtype.kind;
    if ((k === 'f' || k === 'c') && !blockFinite(blocks[j] as Float64Array | Float32Array))
      return false;
  }
  return true;
}

/** The shape and strides of a 0-d array, shared. */
const SCALAR_SHAPE: readonly number[] = Object.freeze([]);

/**
 * One 0-d array per dtype holding the quick path's weak scalar operand for the length of a
 * call (the kernel and the error check read it; nothing keeps it), so that `a.mul(2)` makes
 * no array, DataView or typed array for the 2.
 */
const scalarTemps = new Map<DType, NDArray>();
function scalarTemp(t: DType): NDArray {
  let z = scalarTemps.get(t);
  if (z === undefined) {
    z = NDArray.zeros(SCALAR_SHAPE, t);
    scalarTemps.set(t, z);
  }
  return z;
}

/** 0 when a JS number stands for a Python int (NEP 50's weak int), 1 for a Python float. */
function weakSlot(v: number): number {
  return Number.isSafeInteger(v) && !Object.is(v, -0) ? 0 : 1;
}

/** A JS value usable as a Python scalar operand. */
function isScalar(x: unknown): x is number | bigint | boolean | Complex {
  const t = typeof x;
  return t === 'number' || t === 'bigint' || t === 'boolean' || x instanceof Complex;
}

/** The callable ufunc. Instances are functions whose prototype is `Ufunc.prototype`. */
export interface Ufunc {
  // biome-ignore lint/style/useShorthandFunctionType: callable object with members
  (...args: any[]): any;
}
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: callable instances, see makeUfunc
export class Ufunc {
  declare readonly __name__: string;
  declare readonly nin: number;
  declare readonly nout: number;
  declare readonly identity: number | boolean | null;
  /** @internal */ declare readonly _def: UfuncDef;
  /** @internal */ declare readonly _loops: LoopSig[];
  /** @internal */ declare readonly _spec: ResolveSpec;
  /** @internal */ declare readonly _memo: Map<string, LoopSig>;
  /** @internal Whether the last contiguous run's wasm kernel vouched its float outputs finite. */
  _finite = false;
  /** @internal Loops of two-array calls by (dtype, dtype), filled from `_memo` by `_quick`. */
  declare readonly _pairMemo: Map<DType, Map<DType, LoopSig>>;
  /** @internal Loops of one-array calls by dtype, filled by `_quick`. */
  declare readonly _unaryMemo: Map<DType, LoopSig>;
  /**
   * @internal Loops of (array, JS number) calls by the array's dtype: slot 2·position of the
   * number + 0 for an integral number (a Python int), 1 for any other (a Python float).
   */
  declare readonly _weakMemo: Map<DType, (LoopSig | undefined)[]>;

  get nargs(): number {
    return this.nin + this.nout;
  }
  /** NumPy's `ufunc.types`. */
  get types(): string[] {
    return this._loops.map((l) => l.types);
  }
  get ntypes(): number {
    return this._loops.length;
  }
  toString(): string {
    return `<ufunc '${this.__name__}'>`;
  }

  /** `ufunc.reduce(array, axis=0, dtype, out, keepdims, initial, where)`. */
  reduce(array: unknown, ...rest: unknown[]): any {
    return reduce(
      this,
      array,
      positional('reduce', rest, ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where']),
    );
  }

  /** `ufunc.accumulate(array, axis=0, dtype, out)`. */
  accumulate(array: unknown, ...rest: unknown[]): NDArray {
    return accumulate(this, array, positional('accumulate', rest, ['axis', 'dtype', 'out']));
  }

  /** `ufunc.reduceat(array, indices, axis=0, dtype, out)`. */
  reduceat(array: unknown, indices: unknown, ...rest: unknown[]): NDArray {
    return reduceat(this, array, indices, positional('reduceat', rest, ['axis', 'dtype', 'out']));
  }

  /** `ufunc.at(a, indices, b)`: unbuffered in place; repeated indices apply repeatedly. */
  at(a: unknown, indices: unknown, b?: unknown): void {
    ufuncAt(this, a, indices, b);
  }

  /** `ufunc.outer(A, B)`: op applied to every pair, result shape A.shape + B.shape. */
  outer(A: unknown, B: unknown, opts: UfuncOptions = {}): any {
    if (this.nin !== 2) throw new ValueError('outer product only supported for binary functions');
    const a = toArray(A);
    const b = toArray(B);
    const ax = a.viewWith(
      [...a.dims, ...b.dims.map(() => 1)],
      [...a.steps, ...b.dims.map(() => 0)],
      a.offset,
    );
    const r = this._call([ax, b], opts);
    // NumPy hands back a scalar for a 0-d outer product (both inputs scalars).
    const scalar =
      r instanceof NDArray &&
      r.ndim === 0 &&
      (opts.out === undefined || opts.out === null) &&
      !(A instanceof NDArray) &&
      !(B instanceof NDArray);
    return scalar ? toJS(r.readAt(r.offset), r.dtype) : r;
  }

  /** @internal The kernel of one loop (built once, kept on the loop: loops belong to one ufunc). */
  kernelFor(loop: LoopSig): Kernel {
    let k = loop.kernel;
    if (k === undefined) {
      k = this._def.kernel(loop);
      const fk = this._def.fast?.[loop.types];
      if (fk) k = withFast(k, fk);
      loop.kernel = k;
    }
    return k;
  }

  /**
   * @internal Loop selection, memoised per operand signature. Results depend only on the
   * dtypes and the kinds of weak scalars (NEP 50), except where a `special` rule looks at
   * weak values (out-of-range Python ints in comparisons), which bypasses the memo.
   */
  resolve(ops: Operand[], reqDType: DType | null): LoopSig {
    const memoable = reqDType === null && (!this._def.special || this.weakSafe(ops));
    if (!memoable) return resolveLoop(this._spec, ops, reqDType);
    let key = '';
    for (const o of ops) key += o.weak ? `w${o.dtype.char}` : memoKey(o.dtype);
    let loop = this._memo.get(key);
    if (!loop) {
      loop = resolveLoop(this._spec, ops, null);
      this._memo.set(key, loop);
    }
    return loop;
  }

  /** Whether the special rule ignores these operands' weak values (or there are none). */
  private weakSafe(ops: Operand[]): boolean {
    if (!ops.some((o) => o.weak)) return true;
    const kinds = this._def.weakSafeKinds;
    return kinds !== undefined && ops.every((o) => o.weak || kinds.includes(o.dtype.kind));
  }

  /**
   * @internal The common case without the general iterator: every input C-contiguous and
   * aligned in the loop's own dtype, each either of the full shape or 0-d. Returns the fresh
   * C-ordered outputs, or null when the general path is needed.
   */
  runContiguous(
    loop: LoopSig,
    ins: NDArray[],
    shape: readonly number[],
    given: NDArray[] | null = null,
  ): NDArray[] | null {
    // float16 computes in float32 blocks: the general iterator converts.
    if (loop.half) return null;
    const size = shapeSize(shape);
    let scalarIdx = -1;
    for (let i = 0; i < ins.length; i++) {
      const a = ins[i]!;
      const t = loop.ins[i]!;
      if (a.dtype !== t || !a.isAligned) return null;
      if (a.ndim === 0 && size !== 1) {
        if (scalarIdx >= 0 || t.lanes > 2) return null;
        scalarIdx = i;
        continue;
      }
      if (a.ndim !== shape.length || !a.isCContig) return null;
      if (a.dims !== shape)
        for (let d = 0; d < shape.length; d++) if (a.dims[d] !== shape[d]) return null;
    }
    const kernel = this.kernelFor(loop);
    // A complex operand broadcast from 0-d goes as its (re, im) pair to kernel.pairScalar.
    const pair = scalarIdx >= 0 && loop.ins[scalarIdx]!.lanes === 2;
    if (scalarIdx >= 0 && !(pair ? kernel.pairScalar : kernel.scalar)) return null;
    let outs = given;
    if (outs === null) {
      outs = new Array(loop.outs.length);
      for (let j = 0; j < outs.length; j++) outs[j] = freshLike(loop.outs[j]!, shape, size, ins);
    }
    if (size === 0) return outs;
    const blocks = new Array<Block | number | bigint>(ins.length);
    for (let i = 0; i < ins.length; i++) {
      const a = ins[i]!;
      blocks[i] =
        i === scalarIdx && !pair
          ? (a.data[a.offset / a.dtype.storageBytes]! as number | bigint)
          : (a.contigBlock((i === scalarIdx ? 1 : size) * a.dtype.lanes) as Block);
    }
    const outBlocks = new Array<Block>(outs.length);
    for (let j = 0; j < outs.length; j++) {
      const o = outs[j]!;
      outBlocks[j] = o.contigBlock(size * o.dtype.lanes) as Block;
    }
    K.beginCall();
    if (pair) kernel.pairScalar!(size, blocks as Block[], outBlocks);
    else if (scalarIdx >= 0) kernel.scalar!(size, blocks, outBlocks);
    else kernel(size, blocks as Block[], outBlocks);
    // A wasm kernel scans its float results in scratch; then the engine need not rescan them.
    // After a JS kernel (short arrays) the blocks at hand are scanned here, which is cheaper
    // than the error check's scan of the arrays (strides, alignment, offsets).
    const seen = K.nonFiniteSeen();
    this._finite =
      seen === false ||
      (seen === null && this._def.fpcheck !== undefined && outsFinite(outs, outBlocks));
    return outs;
  }

  /**
   * What the error check may read instead of input `i`, which the call overwrites in place:
   * a 0-d zero when the check judges from "finite or not" alone ('generic', or a dividend)
   * and `a` is all finite (scanned by SIMD); else null (the caller keeps a copy or declines).
   */
  private finiteStandIn(a: NDArray, i: number): NDArray | null {
    const fp = this._def.fpcheck;
    if (underflowChecked(this.__name__)) return null;
    if (!(fp === 'generic' || (fp === 'divide' && i === 0))) return null;
    return hasNonFinite(a) ? null : NDArray.zeros([], a.dtype);
  }

  /**
   * @internal `out=` without the general iterator: one C-contiguous aligned output of the
   * loop's dtype and the full shape, inputs as runContiguous takes them, each either apart
   * from the output's memory or exactly the output (in place, `a += b`). In place, the error
   * check cannot reread the overwritten input, so that case runs here only when the check
   * needs no input values from it: no underflow check, and an input free of NaN/inf for the
   * checks that judge outputs from their inputs. False: take the general path.
   */
  runIntoOutput(loop: LoopSig, ins: NDArray[], shape: readonly number[], o: NDArray): boolean {
    if (this.nout !== 1 || o.dtype !== loop.outs[0] || !o.isAligned || !o.flags.c_contiguous)
      return false;
    if (o.ndim !== shape.length || o.dims.some((n, d) => n !== shape[d])) return false;
    let checkIns = ins;
    const fp = this._def.fpcheck;
    for (let i = 0; i < ins.length; i++) {
      const a = ins[i]!;
      if (a.buffer !== o.buffer) continue;
      // Sharing memory is fine only as the very same array (runContiguous checks the shape).
      if (overlapsPartially(a, o)) return false;
      if (fp && (o.dtype.kind === 'f' || o.dtype.kind === 'c')) {
        if (underflowChecked(this.__name__)) return false;
        if (floatChecksActive()) {
          const standIn = this.finiteStandIn(a, i);
          if (standIn === null) return false;
          if (checkIns === ins) checkIns = ins.slice();
          checkIns[i] = standIn;
        }
      }
    }
    const r = this.runContiguous(loop, ins, shape, [o]);
    if (!r) return false;
    if (fp) checkFloatErrors(this.__name__, fp, loop, checkIns, r, shape, this._finite);
    return true;
  }

  /**
   * @internal Quick path for `f(a)`, `f(a, b)`, `f(a, 2)`: same-shape C-contiguous arrays in the
   * loop's dtypes, at most one JS number; undefined when the general path is needed.
   */
  _quick(args: unknown[]): NDArray | undefined {
    // The everyday shapes of call find their loop by dtype, without building a key string.
    if (!this._def.validate) {
      if (args.length === 2) {
        const a = args[0];
        const b = args[1];
        if (a instanceof NDArray) {
          if (b instanceof NDArray) {
            const loop = this._pairMemo.get(a.dtype)?.get(b.dtype);
            if (loop !== undefined && !mayHoldRawBool(a) && !mayHoldRawBool(b)) {
              const r = sameShape(a.dims, b.dims)
                ? this.quickRun(loop, args as NDArray[], a.dims)
                : this.quickBroadcast(loop, a, b);
              if (r !== undefined) return r;
            }
          } else if (typeof b === 'number') {
            const r = this.quickWeak(a, b, 1);
            if (r !== undefined) return r;
          }
        } else if (typeof a === 'number' && b instanceof NDArray) {
          const r = this.quickWeak(b, a, 0);
          if (r !== undefined) return r;
        }
      } else if (args.length === 1) {
        const a = args[0];
        if (a instanceof NDArray) {
          const loop = this._unaryMemo.get(a.dtype);
          if (loop !== undefined && !mayHoldRawBool(a)) {
            const r = this.quickRun(loop, args as NDArray[], a.dims);
            if (r !== undefined) return r;
          }
        }
      }
    }
    let key = '';
    let shape: readonly number[] | null = null;
    let weak = -1;
    let broadcast = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a instanceof NDArray) {
        if (mayHoldRawBool(a)) return undefined;
        const sh = a.dims;
        if (shape === null) shape = sh;
        else if (!sameShape(sh, shape)) broadcast = true;
        key += memoKey(a.dtype);
      } else if (
        typeof a === 'number' &&
        weak < 0 &&
        (!this._def.special || this._def.weakSafeKinds !== undefined)
      ) {
        weak = i;
        key += weakSlot(a) === 0 ? 'wl' : 'wd';
      } else return undefined;
    }
    if (shape === null) return undefined;
    const loop = this._memo.get(key);
    if (!loop) return undefined; // first call of this signature: let the general path memoise it
    this.rememberQuick(args, weak, loop);
    if (broadcast) {
      if (args.length !== 2 || weak >= 0 || this._def.validate) return undefined;
      return this.quickBroadcast(loop, args[0] as NDArray, args[1] as NDArray);
    }
    let ins: NDArray[];
    if (weak >= 0) {
      const t = loop.ins[weak]!;
      const z = scalarTemp(t);
      writeElement(z.dataView, z.offset, t, fromPython(args[weak], t));
      ins = args.map((a, i) => (i === weak ? z : (a as NDArray)));
    } else ins = args as NDArray[];
    if (this._def.validate) return undefined;
    return this.quickRun(loop, ins, shape);
  }

  /** Files a memoised loop under the dtype-keyed maps the quick path looks in first. */
  private rememberQuick(args: unknown[], weak: number, loop: LoopSig): void {
    if (args.length === 1) {
      this._unaryMemo.set((args[0] as NDArray).dtype, loop);
    } else if (args.length === 2 && weak < 0) {
      const d0 = (args[0] as NDArray).dtype;
      let inner = this._pairMemo.get(d0);
      if (!inner) this._pairMemo.set(d0, (inner = new Map()));
      inner.set((args[1] as NDArray).dtype, loop);
    } else if (args.length === 2) {
      const arr = args[1 - weak] as NDArray;
      let slots = this._weakMemo.get(arr.dtype);
      if (!slots)
        this._weakMemo.set(arr.dtype, (slots = [undefined, undefined, undefined, undefined]));
      slots[weak * 2 + weakSlot(args[weak] as number)] = loop;
    }
  }

  /** `f(arr, v)` (pos 1) or `f(v, arr)` (pos 0) with a JS number v, by its memoised loop. */
  private quickWeak(arr: NDArray, v: number, pos: number): NDArray | undefined {
    const loop = this._weakMemo.get(arr.dtype)?.[pos * 2 + weakSlot(v)];
    if (loop === undefined || mayHoldRawBool(arr)) return undefined;
    const t = loop.ins[pos]!;
    const z = scalarTemp(t);
    writeElement(z.dataView, z.offset, t, fromPython(v, t));
    return this.quickRun(loop, pos === 0 ? [z, arr] : [arr, z], arr.dims);
  }

  /**
   * `f(a, b)` of two C-contiguous aligned arrays of other shapes that broadcast to at most
   * EXPAND_MAX elements, in the loop's dtypes (one lane, not float16): a fresh C-ordered
   * output — NumPy's order 'K' for such inputs, whose strides all fall from outer to inner
   * axes — from one kernel call over the expanded inputs, then the usual error check.
   * Undefined when the general path is needed (it also raises the broadcast error).
   */
  private quickBroadcast(loop: LoopSig, a: NDArray, b: NDArray): NDArray | undefined {
    if (loop.half || this.nout !== 1) return undefined;
    const t = loop.outs[0]!;
    if (t.lanes !== 1 || a.dtype !== loop.ins[0] || b.dtype !== loop.ins[1]) return undefined;
    if (a.dtype.lanes !== 1 || b.dtype.lanes !== 1) return undefined;
    if (!a.isAligned || !b.isAligned || !a.isCContig || !b.isCContig) return undefined;
    const shape = broadcastShapesOrNull([a.dims, b.dims]);
    if (shape === null) return undefined;
    const size = shapeSize(shape);
    if (size === 0 || size > EXPAND_MAX) return undefined;
    const ins = [a, b];
    const out = freshLike(t, shape, size, ins);
    const ob = out.contigBlock(size) as Block;
    const vouched = runBroadcastSmall(shape, size, ins, ob, this.kernelFor(loop));
    if (vouched === null) return undefined;
    const fp = this._def.fpcheck;
    this._finite = vouched || (fp !== undefined && outsFinite([out], [ob]));
    if (fp) checkFloatErrors(this.__name__, fp, loop, ins, [out], shape, this._finite);
    return out;
  }

  /** runContiguous and the error check of the quick path: the output, or undefined. */
  private quickRun(loop: LoopSig, ins: NDArray[], shape: readonly number[]): NDArray | undefined {
    const outs = this.runContiguous(loop, ins, shape);
    if (!outs) return undefined;
    if (this._def.fpcheck)
      checkFloatErrors(this.__name__, this._def.fpcheck, loop, ins, outs, shape, this._finite);
    return outs[0];
  }

  /** @internal Run the ufunc: args are the inputs, opts the keyword arguments. */
  _call(args: unknown[], opts: UfuncOptions = {}): any {
    for (const k of Object.keys(opts))
      if (!CALL_KEYS.has(k)) throw unexpectedKeyword(this.__name__, k);
    const { nin, nout } = this;
    let outArgs: (NDArray | null)[] = new Array(nout).fill(null);
    if (args.length > nin) {
      // Positional outputs, as NumPy allows (np.add(a, b, out)).
      const extra = args.slice(nin);
      if (extra.length > nout)
        throw new TypeError(
          `${this.__name__}() takes from ${nin} to ${nin + nout} positional arguments but ${args.length} were given`,
        );
      if (opts.out !== undefined)
        throw new TypeError("cannot specify 'out' as both a positional and keyword argument");
      outArgs = extra
        .map((o) => (o === null || o === undefined ? null : (o as NDArray)))
        .concat(new Array(nout - extra.length).fill(null));
      args = args.slice(0, nin);
    } else if (opts.out !== undefined && opts.out !== null) {
      const o = opts.out;
      if (Array.isArray(o)) {
        if (o.length !== nout)
          throw new ValueError(
            `The 'out' tuple must have exactly ${nout} entries: one per ufunc output`,
          );
        outArgs = o.map((x) => x ?? null);
      } else {
        if (nout !== 1) throw new TypeError(`'out' must be a tuple of arrays`);
        outArgs = [o as NDArray];
      }
    }
    if (args.length < nin)
      throw new TypeError(
        `${this.__name__}() takes from ${nin} to ${nin + nout} positional arguments but ${args.length} were given`,
      );
    for (let i = 0; i < outArgs.length; i++) {
      const o = outArgs[i]!;
      if (o !== null && !(o instanceof NDArray))
        throw new TypeError('return arrays must be of ArrayType');
      if (o && !o._writeable) throw new ValueError('output array is read-only');
    }

    // Operands: NDArrays are strong, JS scalars weak; anything else becomes an array.
    const ops: Operand[] = args.map((a) => {
      if (a instanceof NDArray) return { weak: false, dtype: a.dtype, array: a };
      if (isScalar(a)) return { weak: true, value: a, dtype: weakDefault(a) };
      const arr = toArray(a);
      return { weak: false, dtype: arr.dtype, array: arr };
    });
    const allScalar = ops.every((o) => o.weak) && outArgs.every((o) => o === null);
    const reqDType = opts.dtype === undefined || opts.dtype === null ? null : toDType(opts.dtype);
    const loop = this.resolve(ops, reqDType);
    const casting = opts.casting ?? 'same_kind';
    if (!CASTINGS.has(casting)) {
      throw new ValueError(
        `casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${String(casting)}')`,
      );
    }

    // Inputs as arrays of (at least) the loop type; weak scalars convert with Python's checks.
    const ins: NDArray[] = ops.map((o, i) => {
      const t = loop.ins[i]!;
      if (o.weak) {
        // A 0-d array in a slab block: two weak scalars of one dtype (clip's bounds) need
        // two, and a fresh ArrayBuffer per call cost ~0.5 us.
        if (t.itemsize > SMALL_MAX_BYTES) {
          const a = NDArray.zeros([], t);
          writeElement(a.dataView, a.offset, t, fromPython(o.value, t));
          return a;
        }
        const slab = allocSmall(t.itemsize);
        const a = new NDArray(slab, t, SCALAR_SHAPE, undefined, smallOffset);
        writeElement(smallDataView(slab), smallOffset, t, fromPython(o.value, t));
        return a;
      }
      if (o.array.dtype !== t && !canCastDType(o.array.dtype, t, casting)) {
        throw new UFuncTypeError(
          `Cannot cast ufunc '${this.__name__}' input ${i} from dtype('${o.array.dtype}') to dtype('${t}') with casting rule '${casting}'`,
        );
      }
      // The loops read bool bytes as numbers: a view of foreign bytes gets 0/1 first.
      return canonicalBool(o.array);
    });
    this._def.validate?.(loop, ins);

    const shapes = ins.map((a) => a.dims);
    const shape = broadcastShapesForUfunc(shapes);
    for (const o of outArgs) {
      if (o && (o.ndim !== shape.length || o.dims.some((n, i) => n !== shape[i]))) {
        const bs = broadcastShapesForUfunc([...shapes, o.dims]);
        if (bs.length !== o.ndim || bs.some((n, i) => n !== o.dims[i])) {
          throw new ValueError(
            `non-broadcastable output operand with shape ${shapeRepr(o.dims)} doesn't match the broadcast shape ${shapeRepr(bs)}`,
          );
        }
      }
    }
    if (
      opts.where === undefined &&
      outArgs.every((o) => o === null) &&
      (opts.order ?? 'K') === 'K'
    ) {
      const fast = this.runContiguous(loop, ins, shape);
      if (fast) {
        if (this._def.fpcheck)
          checkFloatErrors(this.__name__, this._def.fpcheck, loop, ins, fast, shape, this._finite);
        const rs = fast.map((o) => (allScalar ? toJS(o.readAt(o.offset), o.dtype) : o));
        return nout === 1 ? rs[0] : rs;
      }
    }
    if (
      opts.where === undefined &&
      nout === 1 &&
      outArgs[0] !== null &&
      !allScalar &&
      this.runIntoOutput(loop, ins, shape, outArgs[0]!)
    ) {
      return outArgs[0];
    }
    const inStrides = ins.map((a) => stridesFor(a, shape));
    const outs: NDArray[] = outArgs.map((o, i) => {
      const t = loop.outs[i]!;
      if (o) {
        if (o.dtype !== t && !canCastDType(t, o.dtype, casting)) {
          throw new UFuncTypeError(
            `Cannot cast ufunc '${this.__name__}' output from dtype('${t}') to dtype('${o.dtype}') with casting rule '${casting}'`,
          );
        }
        return o;
      }
      return allocOutput(shape, t, inStrides, opts.order ?? 'K');
    });

    // `where`: a boolean mask broadcast to the shape; unset elements keep the output's values.
    let where: { arr: NDArray; strides: number[] } | null = null;
    if (opts.where !== undefined && opts.where !== true) {
      const w = toArray(opts.where);
      const wb = w.dtype === bool ? w : w.astype(bool);
      broadcastShapesForUfunc([wb.dims, shape]);
      where = { arr: wb, strides: stridesFor(wb, shape) };
    }

    // Inputs that overlap an output in memory (other than exactly) are copied first; so are
    // large inputs the output's C order would read across their rows (a.T + b): the blocked
    // transposing copy and a contiguous loop beat gathering one element per cache line.
    const cOut = outs[0]!.flags.c_contiguous;
    let tempTaken = false;
    const safeIns = ins.map((a, i) => {
      if (outs.some((o) => overlapsPartially(a, o))) return a.copy();
      if (!(cOut && a.dtype === loop.ins[i] && readsAcrossRows(a, shape))) return a;
      // The first such input goes into the reused temporary (see rowOrderTemp).
      const t = tempTaken || tempBusy ? null : rowOrderTemp(a);
      if (t === null) return a.copy();
      tempTaken = true;
      return t;
    });
    if (tempTaken) tempBusy = true;
    try {
      return this._finish(loop, safeIns, outs, shape, where, allScalar);
    } finally {
      if (tempTaken) tempBusy = false;
    }
  }

  /** The general path's loop and error check over inputs made safe to read. */
  private _finish(
    loop: LoopSig,
    safeIns: NDArray[],
    outs: NDArray[],
    shape: number[],
    where: { arr: NDArray; strides: number[] } | null,
    allScalar: boolean,
  ): any {
    const nout = this.nout;
    const loopOps: LoopOperand[] = new Array(safeIns.length + outs.length);
    for (let i = 0; i < safeIns.length; i++) {
      const a = safeIns[i]!;
      loopOps[i] = {
        arr: a,
        strides: stridesFor(a, shape),
        loopDType: loop.ins[i]!,
        output: false,
      };
    }
    for (let i = 0; i < outs.length; i++) {
      const o = outs[i]!;
      loopOps[safeIns.length + i] = {
        arr: o,
        strides: stridesFor(o, shape),
        loopDType: loop.outs[i]!,
        output: true,
      };
    }
    // An input that is exactly an output (a += b) is overwritten as the loop runs, but the
    // error check judges each non-finite result from its inputs: keep a snapshot for it,
    // or a zero in its place when the check only asks whether it was finite and it was.
    const checkIns =
      this._def.fpcheck &&
      floatChecksActive() &&
      outs.some((o) => o.dtype.kind === 'f' || o.dtype.kind === 'c')
        ? safeIns.map((a, i) =>
            outs.some((o) => byteRangesOverlap(a, o)) ? (this.finiteStandIn(a, i) ?? a.copy()) : a,
          )
        : safeIns;
    const finite = runLoop(shape, loopOps, this.kernelFor(loop), where);
    if (this._def.fpcheck)
      checkFloatErrors(
        this.__name__,
        this._def.fpcheck,
        loop,
        checkIns,
        outs,
        shape,
        finite,
        where,
      );

    const results = outs.map((o) => (allScalar ? toJS(o.readAt(o.offset), o.dtype) : o));
    return nout === 1 ? results[0] : results;
  }
}

/**
 * The C-ordered copy a ufunc reads instead of an input whose rows it would cross (a.T + b).
 * Its memory is reused from call to call (held weakly: the garbage collector may take it):
 * a fresh multi-megabyte buffer each time costs its cache misses (~0.5 ms for 8 MB). Only
 * one call uses it at a time (`tempBusy`: a `seterrcall` handler may run ufuncs while the
 * error check still reads it). Null when the layout needs the general copy.
 */
let tempRef: WeakRef<ArrayBuffer> | undefined;
let tempBusy = false;
function rowOrderTemp(a: NDArray): NDArray | null {
  const nbytes = a.size * a.dtype.itemsize;
  let buf = tempRef?.deref();
  if (buf === undefined || buf.byteLength !== nbytes) {
    buf = allocUninitialized(nbytes);
    tempRef = new WeakRef(buf);
  }
  const t = new NDArray(buf, a.dtype, a.dims);
  return copySame(t, a) ? t : null;
}

/**
 * Whether `a` (of the full broadcast shape, at least 4096 elements) has its smallest stride
 * on an outer axis, so that a C-order walk jumps between its rows at every element.
 */
function readsAcrossRows(a: NDArray, shape: readonly number[]): boolean {
  const nd = shape.length;
  if (nd < 2 || a.ndim !== nd || a.size < 4096 || a.isCContig) return false;
  for (let d = 0; d < nd; d++) if (a.dims[d] !== shape[d]) return false;
  const st = a.steps;
  const inner = Math.abs(st[nd - 1]!);
  for (let d = 0; d < nd - 1; d++) if (shape[d]! > 1 && Math.abs(st[d]!) < inner) return true;
  return false;
}

/** Positional arguments after the array, then an optional options object, into one options object. */
function positional(fn: string, rest: unknown[], names: string[]): any {
  const opts: Record<string, unknown> = {};
  let args = rest;
  const last = rest[rest.length - 1];
  if (
    last !== null &&
    typeof last === 'object' &&
    !Array.isArray(last) &&
    !(last instanceof NDArray)
  ) {
    Object.assign(opts, last);
    args = rest.slice(0, -1);
  }
  if (args.length > names.length)
    throw new TypeError(
      `${fn}() takes at most ${names.length + 1} arguments (${args.length + 1} given)`,
    );
  args.forEach((v, i) => {
    if (names[i]! in opts)
      throw new TypeError(
        `argument for ${fn}() given by name ('${names[i]}') and position (${i + 2})`,
      );
    opts[names[i]!] = v;
  });
  return opts;
}

/** Whether `a` and `o` share memory without being the very same element layout. */
function overlapsPartially(a: NDArray, o: NDArray): boolean {
  if (a.buffer !== o.buffer) return false;
  if (
    a.offset === o.offset &&
    a.dtype === o.dtype &&
    a.steps.every((s, i) => s === o.steps[i]) &&
    a.ndim === o.ndim
  )
    return false;
  return byteRangesOverlap(a, o);
}

/** A fresh output laid out in the inputs' memory order (NumPy's order='K'). */
export function allocOutput(
  shape: readonly number[],
  dt: DType,
  inStrides: readonly (readonly number[])[],
  order: 'K' | 'C' | 'F' | 'A',
): NDArray {
  const size = shapeSize(shape);
  // An empty output has all-zero strides whatever the inputs' order (NumPy 2.4).
  if (size === 0) return NDArray.empty(shape, dt);
  // Small outputs take a block of the shared slab (allocArray; their users honour the
  // offset), as runContiguous's do: a fresh ArrayBuffer costs more than a short loop.
  if (order === 'C' || shape.length <= 1 || inStrides.length === 0) return NDArray.fresh(shape, dt);
  if (order === 'F') return NDArray.empty(shape, dt, 'F');
  // NumPy's iterator gives length-1 axes zero strides, so they never steer the order.
  const perm = bestAxisOrder(shape, inStrides, true);
  const strides = new Array<number>(shape.length);
  let acc = dt.itemsize;
  for (let i = perm.length - 1; i >= 0; i--) {
    strides[perm[i]!] = acc;
    acc *= Math.max(shape[perm[i]!]!, 1);
  }
  const buf = allocArray(size * dt.itemsize, true);
  return new NDArray(buf, dt, shape, strides, arrayOffset, null);
}

// Ufuncs are functions: keep call/apply/bind reachable.
Object.setPrototypeOf(Ufunc.prototype, Function.prototype);

/** Build a callable ufunc from its definition. */
export function makeUfunc(def: UfuncDef): Ufunc {
  const loops = parseLoops(def.types);
  const homogeneous =
    def.homogeneous ?? (def.nin >= 2 && loops.every((l) => l.ins.every((t) => t === l.ins[0])));
  // Named through the object literal (redefining a function's own `name` would make it a
  // dictionary); the members below are plain named stores in one order, so every ufunc
  // shares one fast hidden class and `this._def` / `this._memo` reads are field loads.
  const fn = {
    [def.name]: (...args: unknown[]) => {
      // The everyday call — arrays (or one JS number) and no options — skips argument parsing.
      if (args.length === def.nin && def.nout === 1) {
        const r = u._quick(args);
        if (r !== undefined) return r;
      }
      const last = args[args.length - 1];
      const hasOpts =
        args.length > def.nin &&
        last !== null &&
        typeof last === 'object' &&
        !(last instanceof NDArray) &&
        !Array.isArray(last) &&
        !(last instanceof Complex) &&
        !ArrayBuffer.isView(last);
      const opts = hasOpts ? (last as UfuncOptions) : {};
      return u._call(hasOpts ? args.slice(0, -1) : args, opts);
    },
  }[def.name]!;
  Object.setPrototypeOf(fn, Ufunc.prototype);
  const u = fn as unknown as { -readonly [P in keyof Ufunc]: Ufunc[P] };
  u.__name__ = def.name;
  u.nin = def.nin;
  u.nout = def.nout;
  u.identity = def.identity;
  u._def = def;
  u._loops = loops;
  u._spec = { name: def.name, nin: def.nin, loops, homogeneous, special: def.special };
  u._memo = new Map();
  u._pairMemo = new Map();
  u._unaryMemo = new Map();
  u._weakMemo = new Map();
  u._finite = false;
  return fn as unknown as Ufunc;
}
