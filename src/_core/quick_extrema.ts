/**
 * Whole-array np.max / np.min / np.any / np.all of a C-contiguous array without the reduction
 * machinery (which costs ~9 µs a call where NumPy takes ~1.4 µs on small arrays): the same
 * folds in the same order, so the same results. Callers fall back to the general path on
 * `undefined` (empty arrays, which raise there; views; dtypes not handled here).
 */
import type { DType } from './dtype.js';
import { toJS } from './elements.js';
import type { NDArray } from './ndarray.js';
import { extremumRunFold } from './umath/reduce_loops.js';

type Run =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | BigInt64Array
  | BigUint64Array;

/** One-element accumulators per storage type, reused (the fold writes the result there). */
const accs = new Map<DType, Run>();

/** Whether np.max / np.min of this dtype can take the quick path: float32/64, integers. */
function extremumDType(dt: DType): boolean {
  if (dt.kind === 'f') return dt.itemsize === 8 || dt.itemsize === 4;
  return dt.kind === 'i' || dt.kind === 'u';
}

/**
 * np.max(a) (name 'maximum') or np.min(a) as a JS number, as NumPy reduces: the first element,
 * then the rest folded into it (`quickExtremum(np.array([3, 1]), 'maximum')` is 3).
 */
export function quickExtremum(a: NDArray, name: 'maximum' | 'minimum'): number | undefined {
  const dt = a.dtype;
  const n = a.size;
  if (n === 0 || !extremumDType(dt) || !a.isCContig || !a.isAligned) return undefined;
  const x = a.contigBlock(n) as Run;
  let acc = accs.get(dt);
  if (acc === undefined) {
    acc = new (x.constructor as new (n: number) => Run)(1);
    accs.set(dt, acc);
  }
  acc[0] = x[0]!;
  extremumRunFold(name, dt)(acc, 0, x, 1, 1, n - 1);
  // int64 / uint64: the general path's conversion (a RangeError beyond 2^53).
  return dt.isBig ? (toJS(acc[0], dt) as number) : (acc[0] as number);
}

/**
 * np.any(a) (any = true) or np.all(a) as a boolean: whether some (every) element is nonzero
 * — NaN counts as nonzero, ±0 as zero — for bool, integer (also 64-bit) and float32/64
 * arrays. The scan stops at the first element that decides.
 */
export function quickAnyAll(a: NDArray, any: boolean): boolean | undefined {
  const dt = a.dtype;
  const k = dt.kind;
  if (!(k === 'b' || k === 'i' || k === 'u' || (k === 'f' && dt.itemsize >= 4))) return undefined;
  if (!a.isCContig || !a.isAligned) return undefined;
  const n = a.size;
  const x = a.contigBlock(n);
  if (x instanceof BigInt64Array || x instanceof BigUint64Array) {
    for (let i = 0; i < n; i++) if ((x[i] !== 0n) === any) return any;
    return !any;
  }
  if (k === 'b') return anyAllBytes(x as Uint8Array, any);
  const d = x as Float64Array;
  if (any) {
    for (let i = 0; i < n; i++) if (d[i] !== 0) return true;
    return false;
  }
  for (let i = 0; i < n; i++) if (d[i] === 0) return false;
  return true;
}

/**
 * any / all of bool bytes four at a time (a loop over every typed-array type ran ~0.6 ms for
 * 1e6 bools): any sees a nonzero word; all sees no zero byte (w − 0x01010101) & ~w & 0x80808080
 * is nonzero exactly when some byte of w is zero).
 */
function anyAllBytes(b: Uint8Array, any: boolean): boolean {
  const n = b.length;
  const head = Math.min(n, (4 - (b.byteOffset & 3)) & 3);
  for (let i = 0; i < head; i++) if ((b[i] !== 0) === any) return any;
  const words = (n - head) >> 2;
  const w = new Int32Array(b.buffer, b.byteOffset + head, words);
  if (any) {
    for (let j = 0; j < words; j++) if (w[j] !== 0) return true;
  } else {
    for (let j = 0; j < words; j++) {
      const v = w[j]!;
      if (((v - 0x01010101) & ~v & 0x80808080) !== 0) return false;
    }
  }
  for (let i = head + 4 * words; i < n; i++) if ((b[i] !== 0) === any) return any;
  return !any;
}
