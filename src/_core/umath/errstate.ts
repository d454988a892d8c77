/**
 * Floating-point error handling: `np.seterr`, `np.geterr`, `np.errstate`, `np.seterrcall`,
 * `np.geterrcall`. JS has no FP status flags, so float outputs are scanned after each
 * ufunc (cheaply: a detailed look happens only when a non-finite value appears), and
 * integer kernels raise flags explicitly (division by zero).
 */
import { onCastOverflow } from '../cast_overflow.js';
import { FloatingPointError, ValueError } from '../errors.js';
import { elementOffsets, forEachOffset, isCContiguous } from '../iter.js';
import { anyNonFinite } from '../kernels/index.js';
import { bindArgs } from '../multiarray/args.js';
import type { NDArray } from '../ndarray.js';
import { stridesFor } from './iterator.js';
import type { LoopSig } from './resolve.js';
import { checksUnderflow, underflowed } from './underflow.js';

export type ErrMode = 'ignore' | 'warn' | 'raise' | 'call' | 'print' | 'log';
export interface ErrState {
  divide: ErrMode;
  over: ErrMode;
  under: ErrMode;
  invalid: ErrMode;
}
type Category = keyof ErrState;
const MODES = new Set(['ignore', 'warn', 'raise', 'call', 'print', 'log']);

let state: ErrState = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };
let errcall: ((err: string, flag: number) => void) | { write(msg: string): void } | null = null;

/** `np.geterr()`. */
export function geterr(): ErrState {
  return { ...state };
}

/** `np.seterr({all, divide, over, under, invalid})`: returns the previous settings. */
export function seterr(...args: unknown[]): ErrState {
  const opts = bindArgs(
    'seterr',
    ['all', 'divide', 'over', 'under', 'invalid'],
    args,
  ) as Partial<ErrState> & { all?: ErrMode };
  const old = geterr();
  const next = { ...state };
  for (const v of Object.values(opts)) {
    if (v === undefined || v === null) continue;
    if (!MODES.has(v as string)) throw new ValueError(`invalid error mode '${v}'`);
  }
  if (opts.all) next.divide = next.over = next.under = next.invalid = opts.all;
  for (const c of ['divide', 'over', 'under', 'invalid'] as const) if (opts[c]) next[c] = opts[c]!;
  state = next;
  return old;
}

/** `np.seterrcall(func)`: returns the previous callback. */
export function seterrcall(f: typeof errcall): typeof errcall {
  const old = errcall;
  errcall = f;
  return old;
}
export function geterrcall(): typeof errcall {
  return errcall;
}

/** `np.errstate(opts, fn)`: run `fn` under these settings, then restore them. */
export function errstate<T>(
  opts: Partial<ErrState> & { all?: ErrMode; call?: typeof errcall },
  fn: () => T,
): T {
  const { call, ...rest } = opts;
  const old = seterr(rest);
  const oldCall = call !== undefined ? seterrcall(call) : undefined;
  try {
    return fn();
  } finally {
    state = old;
    if (call !== undefined) errcall = oldCall ?? null;
  }
}

/** Every category ignored: `ignoringFp`'s state (never mutated; states are replaced whole). */
const IGNORE_ALL: ErrState = Object.freeze({
  divide: 'ignore',
  over: 'ignore',
  under: 'ignore',
  invalid: 'ignore',
});

/**
 * `errstate({all: 'ignore'}, fn)` for internal steps that judge FP flags themselves: no
 * argument binding or state copies (errstate's cost is most of a small-array mean's).
 */
export function ignoringFp<T>(fn: () => T): T {
  const old = state;
  state = IGNORE_ALL;
  try {
    return fn();
  } finally {
    state = old;
  }
}

/** Whether divide, over or invalid would be acted on (under is checked separately). */
export function fpFlagsWatched(): boolean {
  return state.divide !== 'ignore' || state.over !== 'ignore' || state.invalid !== 'ignore';
}

const warned = new Set<string>();
const FLAG_BITS: Record<Category, number> = { divide: 1, over: 2, under: 4, invalid: 8 };
const WORDS: Record<Category, string> = {
  divide: 'divide by zero',
  over: 'overflow',
  under: 'underflow',
  invalid: 'invalid value',
};

/** Report an FP error of `cat` from ufunc `name` per the current mode. */
export function reportFpError(cat: Category, name: string): void {
  const mode = state[cat];
  if (mode === 'ignore') return;
  const msg = `${WORDS[cat]} encountered in ${name}`;
  switch (mode) {
    case 'raise':
      throw new FloatingPointError(msg);
    case 'warn':
      if (warned.has(msg)) return;
      warned.add(msg);
      emitRuntimeWarning(msg);
      return;
    case 'print':
      console.log(`Warning: ${msg}`);
      return;
    case 'call':
      if (typeof errcall === 'function') errcall(WORDS[cat], FLAG_BITS[cat]);
      else throw new ValueError('Unknown error handling for call');
      return;
    case 'log':
      if (errcall && typeof errcall === 'object') errcall.write(`Warning: ${msg}`);
      return;
  }
}

onCastOverflow(() => reportFpError('over', 'cast'));

function emitRuntimeWarning(msg: string): void {
  const p = (globalThis as { process?: { emitWarning?: (m: string, t: string) => void } }).process;
  if (p?.emitWarning) p.emitWarning(msg, 'RuntimeWarning');
  else console.warn(`RuntimeWarning: ${msg}`);
}

/** Flags raised by integer kernels (division by zero …) during the current call. */
let pending = 0;
export function raiseFlag(cat: Category): void {
  pending |= FLAG_BITS[cat];
}

/**
 * How a ufunc's non-finite float outputs map to error categories:
 * 'generic' — NaN from non-NaN inputs is invalid, ±inf from finite inputs is overflow;
 * 'divide' — ±inf from finite inputs is divide-by-zero (divide, log, …).
 */
/**
 * A function's verdict may depend only on whether each value is NaN, infinite, zero or another
 * finite number: the scans cache verdicts by those classes.
 */
export type FpCheck = 'generic' | 'divide' | ((ins: number[], out: number) => Category | null);

/** After a ufunc ran: report pending integer flags and scan float outputs. */
export function checkFloatErrors(
  name: string,
  check: FpCheck,
  _loop: LoopSig,
  ins: NDArray[],
  outs: NDArray[],
  shape: readonly number[],
  knownFinite = false,
  where: { arr: NDArray; strides: number[] } | null = null,
): void {
  // Flags raised by the kernels themselves (integer division, libm ports) join the scans'.
  let bits = pending;
  pending = 0;
  // Underflow leaves finite results: look for it only when asked to (rare tiny values).
  if (underflowChecked(name) && outs.some((o) => underflowed(name, ins, o, shape, where))) {
    bits |= FLAG_BITS.under;
  }
  // The wasm kernels scanned their results already: nothing non-finite, nothing to report.
  const allIgnored =
    state.divide === 'ignore' && state.over === 'ignore' && state.invalid === 'ignore';
  if (!knownFinite && !allIgnored) {
    for (const o of outs) {
      if (o.dtype.kind !== 'f' && o.dtype.kind !== 'c') continue;
      if (!hasNonFinite(o)) continue;
      for (const c of classify(check, ins, o, shape, where)) bits |= FLAG_BITS[c];
    }
  }
  if (bits === 0) return;
  // NumPy reports the categories in this order.
  for (const c of ['divide', 'over', 'under', 'invalid'] as const)
    if (bits & FLAG_BITS[c]) reportFpError(c, name);
}

// Monomorphic scans (one per typed-array type) stay fast in V8; x - x is NaN exactly for NaN and ±inf.
function scanF64(d: Float64Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const v = d[i]!;
    if (v - v !== 0) return true;
  }
  return false;
}
function scanF32(d: Float32Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const v = d[i]!;
    if (v - v !== 0) return true;
  }
  return false;
}
function scanHalf(d: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((d[i]! & 0x7c00) === 0x7c00) return true;
  return false;
}

/**
 * Whether the contiguous float64 or float32 compute block `b` (a float or complex array's
 * elements, as the engine hands them to kernels) holds only finite values.
 */
export function blockFinite(b: Float64Array | Float32Array): boolean {
  return b instanceof Float64Array ? !scanF64(b, 0, b.length) : !scanF32(b, 0, b.length);
}

/** Whether any element of a float or complex array is NaN or ±inf. */
export function hasNonFinite(o: NDArray): boolean {
  if (!o.isAligned) return true; // rare: let the detailed pass decide
  const unit = o.dtype.storageBytes;
  const lanes = o.dtype.lanes;
  const scan = o.dtype.itemsize === 2 ? scanHalf : unit === 8 ? scanF64 : scanF32;
  const d = o.data as never;
  if (isCContiguous(o.dims, o.steps, o.itemsize)) {
    const start = o.offset / unit;
    const end = start + o.size * lanes;
    if (o.dtype.itemsize !== 2) {
      const v = (d as Float64Array | Float32Array).subarray(start, end);
      const seen = anyNonFinite(v);
      if (seen !== null) return seen;
    }
    return scan(d, start, end);
  }
  let bad = false;
  o.forEachOffset((off) => {
    if (!bad && scan(d, off / unit, off / unit + lanes)) bad = true;
  });
  return bad;
}

function realOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v && typeof v === 'object' && 're' in v) {
    const c = v as { re: number; im: number };
    return Number.isNaN(c.re) || Number.isNaN(c.im)
      ? Number.NaN
      : Number.isFinite(c.re) && Number.isFinite(c.im)
        ? c.re
        : Infinity;
  }
  return Number.NaN;
}

/**
 * Which errors produced the non-finite elements of `o`: each is judged from its inputs
 * (NaN from non-NaN inputs is invalid; inf from finite inputs is overflow, or division by
 * zero where the divisor is zero). Elements `where` leaves unselected were not computed.
 */
function classify(
  check: FpCheck,
  ins: NDArray[],
  o: NDArray,
  shape: readonly number[],
  where: { arr: NDArray; strides: number[] } | null,
): Set<Category> {
  const found = new Set<Category>();
  if (where === null && classifyContiguous(check, ins, o, found)) return found;
  const inOffs = ins.map((a) => elementOffsets(shape, stridesFor(a, shape), a.offset));
  const maskOffs = where === null ? null : elementOffsets(shape, where.strides, where.arr.offset);
  const mask = where === null ? null : new Uint8Array(where.arr.buffer as ArrayBuffer);
  forEachOffset(o.dims, o.steps, o.offset, (off, k) => {
    if (found.size === CATEGORIES_MAX) return;
    if (mask !== null && mask[maskOffs![k]!] === 0) return;
    const out = realOf(o.readAt(off));
    if (Number.isFinite(out)) return;
    const xs = ins.map((a, i) => realOf(a.readAt(inOffs[i]![k]!)));
    let cat: Category | null = null;
    if (typeof check === 'function') cat = check(xs, out);
    else if (Number.isNaN(out)) cat = xs.some(Number.isNaN) ? null : 'invalid';
    else if (xs.every(Number.isFinite)) {
      cat = check === 'divide' && xs[xs.length - 1] === 0 ? 'divide' : 'over';
    }
    if (cat) found.add(cat);
  });
  return found;
}

/** The categories an output scan can find (divide, over, invalid): then it may stop. */
const CATEGORIES_MAX = 3;

type RealArr = Float64Array | Float32Array;

/** The categories an output scan finds, as bits. */
const CAT_BIT: Record<Category, number> = { divide: 1, over: 2, invalid: 4, under: 8 };

/** 0 NaN, 1 ±inf, 2 ±0, 3 other finite: all that an FpCheck may look at. */
function valueClass(v: number): number {
  if (v - v === 0) return v === 0 ? 2 : 3;
  return Number.isNaN(v) ? 0 : 1;
}

/**
 * `classify` for the common layout: the output and every input real float (float32/64),
 * aligned, C-contiguous and of the output's shape. Reads the typed arrays directly and
 * stops once every category is found (np.sqrt of 1e6 values half of them negative: the
 * general walk took ~50 ms, NumPy's whole call ~1 ms). False for other layouts.
 */
function classifyContiguous(
  check: FpCheck,
  ins: NDArray[],
  o: NDArray,
  found: Set<Category>,
): boolean {
  const real = (a: NDArray) =>
    a.dtype.kind === 'f' && a.dtype.itemsize >= 4 && a.isAligned && a.isCContig;
  if (!real(o) || ins.length > 2) return false;
  const n = o.size;
  for (const a of ins) if (!real(a) || a.size !== n || a.ndim !== o.ndim) return false;
  if (ins.some((a) => a.dims.some((d, i) => d !== o.dims[i]))) return false;
  const od = o.contigBlock(n) as RealArr;
  const x = ins.length > 0 ? (ins[0]!.contigBlock(n) as RealArr) : null;
  const y = ins.length > 1 ? (ins[1]!.contigBlock(n) as RealArr) : null;
  if (typeof check === 'function') {
    // Verdicts cached by the classes of the output (NaN or infinite) and the inputs (NaN,
    // infinite, zero, other finite), the only things a check may look at (FpCheck).
    const verdicts = new Int8Array(32).fill(-1);
    const xs: number[] = [];
    let bits = 0;
    for (let k = 0; k < n && bits !== 7; k++) {
      const out = od[k]!;
      if (out - out === 0) continue;
      const xv = x === null ? 0 : x[k]!;
      const yv = y === null ? 0 : y[k]!;
      const code = (Number.isNaN(out) ? 0 : 1) + 2 * (valueClass(xv) + 4 * valueClass(yv));
      let v = verdicts[code]!;
      if (v < 0) {
        xs.length = 0;
        if (x !== null) xs.push(xv);
        if (y !== null) xs.push(yv);
        const cat = check(xs, out);
        v = verdicts[code] = cat === null ? 0 : CAT_BIT[cat];
      }
      bits |= v;
    }
    for (const c of ['divide', 'over', 'invalid'] as const) if (bits & CAT_BIT[c]) found.add(c);
    return true;
  }
  // 'generic' / 'divide' inline: a NaN output is invalid unless an input is NaN; an infinite
  // one from finite inputs is overflow (or divide-by-zero for a zero last input, 'divide').
  // Outputs whose categories are all found already are skipped.
  let invalid = false;
  let over = false;
  let divide = false;
  const canDivide = check === 'divide';
  for (let k = 0; k < n; k++) {
    const out = od[k]!;
    if (out - out === 0) continue;
    const xv = x === null ? 0 : x[k]!;
    const yv = y === null ? 0 : y[k]!;
    if (Number.isNaN(out)) {
      if (!invalid && !Number.isNaN(xv) && !Number.isNaN(yv)) invalid = true;
    } else if (!(over && (divide || !canDivide)) && xv - xv === 0 && yv - yv === 0) {
      if (canDivide && (y !== null ? yv : xv) === 0) divide = true;
      else over = true;
    }
    if (invalid && over && (divide || !canDivide)) break;
  }
  if (invalid) found.add('invalid');
  if (over) found.add('over');
  if (divide) found.add('divide');
  return true;
}

/** Whether ufunc `name` must be checked for underflow under the current settings. */
export function underflowChecked(name: string): boolean {
  return state.under !== 'ignore' && checksUnderflow(name);
}

/** Whether any floating-point error category would be acted on (not all 'ignore'). */
export function floatChecksActive(): boolean {
  return (
    state.divide !== 'ignore' ||
    state.over !== 'ignore' ||
    state.under !== 'ignore' ||
    state.invalid !== 'ignore'
  );
}
