/**
 * Fast contiguous kernels (UfuncDef.fast) for the int8 … uint32 loops: the SIMD kernels of
 * kernels/int_wasm.ts for long blocks on the wasm backend, else branch-free JS loops with
 * the same results.
 *
 * Why branch-free: `a < b ? a : b` on random data costs ~3.5 ns an element in mispredicted
 * branches (np.minimum of 1e6 int32 ~9 ms); `b ^ ((a ^ b) & -(a < b))` takes ~0.7 ns.
 * Wrapping comes from the typed-array store (ToInt8 … ToUint32 keep the low bits), except
 * for 32-bit products, which exceed 2^53 and go through Math.imul.
 */
import {
  ABS,
  ADD,
  AND,
  CLIP,
  type CmpName,
  INT_DTYPES,
  type IntArr,
  intBinary,
  intCompare,
  intScalar,
  intUnary,
  MAX,
  MIN,
  MUL,
  NEG,
  NOT,
  OR,
  RSUB,
  SHL,
  SHR,
  SUB,
  SWAPPED,
  XOR,
} from '../../kernels/int_wasm.js';
import { fresh } from '../fresh_loops.js';
import type { FastKernel } from '../ufunc.js';

type Any = any;
type F2 = (x: number, y: number) => number;

// Loop templates, copied per scalar function by fresh() so that V8 inlines it.
export const BIN = (f: Any) => (a: Any, b: Any, o: Any) => {
  for (let i = 0; i < o.length; i++) o[i] = f(a[i], b[i]);
};
export const VS = (f: Any) => (a: Any, s: Any, o: Any) => {
  for (let i = 0; i < o.length; i++) o[i] = f(a[i], s);
};
export const SV = (f: Any) => (s: Any, a: Any, o: Any) => {
  for (let i = 0; i < o.length; i++) o[i] = f(s, a[i]);
};
const UN = (f: Any) => (a: Any, o: Any) => {
  for (let i = 0; i < o.length; i++) o[i] = f(a[i]);
};

/** A loop made from `template` over f on first use (most loops never run on the js backend). */
export function lazy<L>(template: (f: Any) => L, f: Any): () => L {
  let loop: L | undefined;
  return () => {
    loop ??= fresh(template)(f);
    return loop;
  };
}

/** min/max without a data-dependent branch: y, or x where the mask -(x < y) is all ones. */
const minOf: F2 = (x, y) => y ^ ((x ^ y) & -(x < y));
const maxOf: F2 = (x, y) => y ^ ((x ^ y) & -(x > y));

/** A binary ufunc's fast kernels per loop: wasm op code (-1: none) and the JS function. */
function binaryFast(
  op: number,
  js: (bits: number) => F2,
  commutes: boolean,
  out: 'same' | 'bool' = 'same',
): Record<string, FastKernel> {
  const r: Record<string, FastKernel> = {};
  for (const [c, bits] of INT_DTYPES) {
    const f = js(bits);
    const aa = lazy(BIN, f);
    const as = lazy(VS, f);
    const sa = lazy(SV, f);
    r[`${c}${c}->${out === 'bool' ? '?' : c}`] = {
      aa: (a: IntArr, b: IntArr, o: IntArr) => {
        if (!intBinary(op, a, b, o)) aa()(a, b, o);
      },
      as: (a: IntArr, s: number, o: IntArr) => {
        if (!intScalar(op, a, s, 0, o)) as()(a, s, o);
      },
      sa: (s: number, a: IntArr, o: IntArr) => {
        const rop = commutes ? op : RSUB;
        if (!intScalar(rop, a, s, 0, o)) sa()(s, a, o);
      },
    };
  }
  return r;
}

export const addFast = binaryFast(ADD, () => (x, y) => x + y, true);
export const subtractFast = binaryFast(SUB, () => (x, y) => x - y, false);
export const multiplyFast = binaryFast(
  MUL,
  (bits) => (bits === 32 ? Math.imul : (x, y) => x * y),
  true,
);
export const andFast = binaryFast(AND, () => (x, y) => x & y, true);
export const orFast = binaryFast(OR, () => (x, y) => x | y, true);
export const xorFast = binaryFast(XOR, () => (x, y) => x ^ y, true);
export const maximumIntFast = binaryFast(MAX, () => maxOf, true);
export const minimumIntFast = binaryFast(MIN, () => minOf, true);

const CMP_JS: Record<CmpName, F2> = {
  eq: (x, y) => +(x === y),
  ne: (x, y) => +(x !== y),
  lt: (x, y) => +(x < y),
  le: (x, y) => +(x <= y),
  gt: (x, y) => +(x > y),
  ge: (x, y) => +(x >= y),
};

/** Comparison kernels of the int8 … uint32 loops ('ii->?' …), bytes out. */
export function compareIntFast(op: CmpName): Record<string, FastKernel> {
  const r: Record<string, FastKernel> = {};
  for (const [c] of INT_DTYPES) {
    const aa = lazy(BIN, CMP_JS[op]);
    const as = lazy(VS, CMP_JS[op]);
    const sa = lazy(VS, CMP_JS[SWAPPED[op]]);
    r[`${c}${c}->?`] = {
      aa: (a: IntArr, b: IntArr, o: Uint8Array) => {
        if (!intCompare(op, a, b, o)) aa()(a, b, o);
      },
      as: (a: IntArr, s: number, o: Uint8Array) => {
        if (!intCompare(op, a, s, o)) as()(a, s, o);
      },
      sa: (s: number, a: IntArr, o: Uint8Array) => {
        if (!intCompare(SWAPPED[op], a, s, o)) sa()(a, s, o);
      },
    };
  }
  return r;
}

/** Unary kernels ('i->i' …) from a wasm op code and a JS function per (bits, signed). */
function unaryFast(op: number, js: (bits: number, signed: boolean) => (x: number) => number) {
  const r: Record<string, FastKernel> = {};
  for (const [c, bits, signed] of INT_DTYPES) {
    const un = lazy(UN, js(bits, signed));
    r[`${c}->${c}`] = {
      a: (a: IntArr, o: IntArr) => {
        if (!intUnary(op, a, o)) un()(a, o);
      },
    };
  }
  return r;
}

export const negativeIntFast = unaryFast(NEG, () => (x) => -x);
// |INT_MIN| is 2^31, which the int32 store wraps to INT_MIN, as NumPy's; unsigned: itself.
export const absoluteIntFast = unaryFast(ABS, (_bits, signed) =>
  signed ? (x) => (x ^ (x >> 31)) - (x >> 31) : (x) => x,
);
export const invertIntFast = unaryFast(NOT, () => (x) => ~x);

/**
 * Shifts by one scalar count (the common `a << 2`): counts in [0, width) shift in SIMD;
 * others give NumPy's npy_lshift/npy_rshift results (0, or -1 for a negative number shifted
 * right) by a shift of width − 1 or a fill. A scalar shifted by array counts (`s << a[i]`)
 * runs the plain loop.
 */
function shiftFast(left: boolean): Record<string, FastKernel> {
  const r: Record<string, FastKernel> = {};
  for (const [c, bits, signed] of INT_DTYPES) {
    const shl = lazy(VS, (x: number, k: number) => x << k);
    const shr = lazy(
      VS,
      signed ? (x: number, k: number) => x >> k : (x: number, k: number) => x >>> k,
    );
    const inRange = (k: number) => k >= 0 && k < bits;
    const sa = lazy(
      SV,
      left
        ? (x: number, k: number) => (inRange(k) ? x << k : 0)
        : signed
          ? (x: number, k: number) => (inRange(k) ? x >> k : x < 0 ? -1 : 0)
          : (x: number, k: number) => (inRange(k) ? x >>> k : 0),
    );
    r[`${c}${c}->${c}`] = {
      as: (a: IntArr, s: number, o: IntArr) => {
        if (s < 0 || s >= bits) {
          if (left || !signed) {
            o.fill(0);
            return;
          }
          s = bits - 1;
        }
        if (!intScalar(left ? SHL : SHR, a, s, 0, o)) (left ? shl : shr)()(a, s, o);
      },
      sa: (s: number, a: IntArr, o: IntArr) => sa()(s, a, o),
    };
  }
  return r;
}

export const leftShiftFast = shiftFast(true);
export const rightShiftFast = shiftFast(false);

/** clip(x, lo, hi) = min(max(x, lo), hi) without branches (NumPy's _NPY_CLIP for integers). */
// Selection by a 0/1 product rather than xor masks: the intermediate keeps its value (uint32
// values past 2^31 would come back from a mask as negative int32 and compare wrongly).
const clip3 = (x: number, l: number, h: number) => {
  const y = l + (x - l) * +(x > l);
  return h + (y - h) * +(y < h);
};

const clipJs = lazy(
  (f: Any) => (a: Any, lo: number, hi: number, o: Any) => {
    for (let i = 0; i < o.length; i++) o[i] = f(a[i], lo, hi);
  },
  clip3,
);

/** out = clip(a, lo, hi) for scalar bounds in a's type (lo > hi gives hi, as NumPy). */
export function clipIntScalar(a: IntArr, lo: number, hi: number, out: IntArr): void {
  if (!intScalar(CLIP, a, lo, hi, out)) clipJs()(a, lo, hi, out);
}

/** Element-wise clip of three arrays, branch-free. */
export const clipIntArrays = lazy(
  (f: Any) => (a: Any, lo: Any, hi: Any, o: Any) => {
    for (let i = 0; i < o.length; i++) o[i] = f(a[i], lo[i], hi[i]);
  },
  clip3,
);
