/**
 * Floating-point error handling: `np.seterr`, `np.geterr`, `np.errstate`, `np.seterrcall`,
 * `np.geterrcall`. JS has no FP status flags, so float outputs are scanned after each
 * ufunc (cheaply: a detailed look happens only when a non-finite value appears), and
 * integer kernels raise flags explicitly (division by zero).
 */
import { FloatingPointError, ValueError } from '../errors.js';
import { elementOffsets, forEachOffset, isCContiguous } from '../iter.js';
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
  if (isCContiguous(o.shape, o.strides, o.itemsize)) {
    const start = o.offset / unit;
    return scan(d, start, start + o.size * lanes);
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
  const inOffs = ins.map((a) => elementOffsets(shape, stridesFor(a, shape), a.offset));
  const maskOffs = where === null ? null : elementOffsets(shape, where.strides, where.arr.offset);
  const mask = where === null ? null : new Uint8Array(where.arr.buffer as ArrayBuffer);
  forEachOffset(o.shape, o.strides, o.offset, (off, k) => {
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
