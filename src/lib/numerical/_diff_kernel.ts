/**
 * The typed-array loop behind `np.diff`: one difference along an axis of a C-contiguous
 * array, for the dtypes whose subtraction is one typed-array store (floats round on store,
 * integers wrap on store, complex subtracts lane by lane, bool compares).
 */
import * as K from '../../_core/kernels/index.js';
import { NDArray } from '../../_core/ndarray.js';
import { axisLayout } from './_views.js';

type Typed =
  | Float64Array
  | Float32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;

/** dtypes handled here: every numeric type but float16 (its arithmetic is float32-then-round). */
function supported(a: NDArray): boolean {
  const { kind, itemsize } = a.dtype;
  if (kind === 'f') return itemsize === 4 || itemsize === 8;
  return kind === 'c' || kind === 'i' || kind === 'u' || kind === 'b';
}

/**
 * `a[1:] - a[:-1]` (or `!=` for bool) along `axis` into a new C-contiguous array, or null
 * when the dtype is not handled or a float result is not finite (the caller then uses the
 * ufunc, which raises NumPy's floating-point warnings).
 */
export function diffTyped(a0: NDArray, axis: number): NDArray | null {
  if (!supported(a0)) return null;
  const a = a0.flags.c_contiguous && a0.isAligned ? a0 : a0.copy('C');
  const shape = a.dims;
  const n = shape[axis]!;
  const outShape = shape.slice();
  outShape[axis] = Math.max(n - 1, 0);
  const out = NDArray.empty(outShape, a.dtype);
  const lanes = a.dtype.lanes;
  const [before, , elems] = axisLayout(shape, axis);
  // Complex values subtract lane by lane: their re/im pairs are `lanes` units per element.
  const inner = elems * lanes;
  if (n <= 1 || before === 0 || inner === 0) return out;
  const C = a.dtype.storage as unknown as new (b: ArrayBuffer, o: number, l: number) => Typed;
  const src = new C(a.buffer as ArrayBuffer, a.offset, a.size * lanes);
  const dst = new C(out.buffer as ArrayBuffer, out.offset, out.size * lanes);
  const span = (n - 1) * inner;
  const kind = a.dtype.kind;
  if (kind === 'b') {
    const s = src as Uint8Array;
    const d = dst as Uint8Array;
    for (let b = 0; b < before; b++) {
      const sb = b * n * inner;
      const db = b * span;
      for (let k = 0; k < span; k++) d[db + k] = s[sb + k + inner]! !== s[sb + k]! ? 1 : 0;
    }
    return out;
  }
  if (src instanceof BigInt64Array || src instanceof BigUint64Array) {
    const d = dst as BigInt64Array;
    for (let b = 0; b < before; b++) {
      const sb = b * n * inner;
      const db = b * span;
      for (let k = 0; k < span; k++) d[db + k] = src[sb + k + inner]! - src[sb + k]!;
    }
    return out;
  }
  const s = src as Float64Array;
  const d = dst as Float64Array;
  if (s instanceof Float64Array && span >= 4096 && K.getBackend() === 'wasm') {
    // Long float64 spans: the SIMD subtract kernel per row, which also reports non-finite results.
    K.beginCall();
    for (let b = 0; b < before; b++) {
      const sb = b * n * inner;
      const x = s.subarray(sb + inner, sb + inner + span);
      K.subF64(x, s.subarray(sb, sb + span), d.subarray(b * span, (b + 1) * span));
    }
    return K.nonFiniteSeen() === false ? out : null;
  }
  // x - x is 0 exactly when x is finite: one test per element catches inf and NaN.
  let bad = 0;
  for (let b = 0; b < before; b++) {
    const sb = b * n * inner;
    const db = b * span;
    for (let k = 0; k < span; k++) {
      d[db + k] = s[sb + k + inner]! - s[sb + k]!;
      const w = d[db + k]!;
      bad += w - w;
    }
  }
  // Integer results are always finite; float ones that are not go back to the ufunc.
  return bad === 0 || !(kind === 'f' || kind === 'c') ? out : null;
}
