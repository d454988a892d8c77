/**
 * The casts between floats and integers of C-contiguous arrays on the WebAssembly SIMD
 * kernels (assembly/cast_int.ts), which keep castloops.ts's values and `invalid` flag:
 * float64/float32 → int8 … int64, uint8 … uint64, and int32/uint32/int64 → float64.
 * (a.astype(int32) of 1e6 float64: the scalar-tailed kernel took ~550 µs of kernel time,
 * the SIMD-checked one a fraction of that; see the commit for the bench ratios.)
 */

import { wasmKernels } from '../kernels/index.js';
import type { WasmKernels } from '../kernels/wasm.js';
import type { NDArray } from '../ndarray.js';
import type { Num } from './castloops.js';

type Kern = (a: number, o: number, n: number) => number | undefined;
type View = Num | BigInt64Array;
type ViewCtor = new (buf: ArrayBuffer) => View;

const TWO32 = 4294967296;
const TWO63 = 2 ** 63;

/** Views of the module's memory by element type (the memory never grows, so they stay valid). */
const views = new Map<ViewCtor, View>();
function viewOf(w: WasmKernels, C: ViewCtor): View {
  let v = views.get(C);
  if (v === undefined) {
    v = new C(w.ex.memory.buffer as ArrayBuffer);
    views.set(C, v);
  }
  return v;
}

/** A C-contiguous array's n elements, int64/uint64 as BigInt64Array (bits only are copied). */
function span(a: NDArray, n: number): View {
  if (a.itemsize === 8 && a.dtype.kind !== 'f') {
    return new BigInt64Array(a.buffer as ArrayBuffer, a.offset, n);
  }
  return a.contigBlock(n) as View;
}

function kernelFor(w: WasmKernels, src: NDArray, dst: NDArray): Kern | null {
  const ex = w.ex;
  const sk = src.dtype.kind;
  const dk = dst.dtype.kind;
  const ds = dst.itemsize;
  if (sk === 'f' && (src.itemsize === 8 || src.itemsize === 4) && (dk === 'i' || dk === 'u')) {
    const f64 = src.itemsize === 8;
    if (ds === 1) return f64 ? ex.f64_to_i8 : ex.f32_to_i8;
    if (ds === 2) return f64 ? ex.f64_to_i16 : ex.f32_to_i16;
    if (ds === 4 && dk === 'i') return f64 ? ex.f64_to_i32 : ex.f32_to_i32;
    if (ds === 4) return f64 ? ex.f64_to_u32 : ex.f32_to_u32;
    if (dk === 'i') return f64 ? ex.f64_to_i64 : ex.f32_to_i64;
    return f64 ? ex.f64_to_u64 : ex.f32_to_u64;
  }
  // int32 → float64 is V8's TypedArray.prototype.set (castloops.ts), faster than the copies
  // through the module's memory.
  if (dk === 'f' && ds === 8 && sk === 'i' && src.itemsize === 8) return ex.i64_to_f64;
  return null;
}

/**
 * Cast C-contiguous `src` into C-contiguous `dst` (n elements) on the kernels: null when the
 * pair has no kernel (or wasm is off), else whether an input was invalid for the cast.
 */
export function castContigWasm(dst: NDArray, src: NDArray, n: number): boolean | null {
  const w = wasmKernels();
  if (w === null) return null;
  const kern = kernelFor(w, src, dst);
  if (kern === null) return null;
  const a = span(src, n);
  const out = span(dst, n);
  const inView = viewOf(w, a.constructor as ViewCtor);
  const outView = viewOf(w, out.constructor as ViewCtor);
  // NumPy's float → uint32 loop is vectorised over the first n − n % 4 elements only; the
  // last ones take its scalar rule (castloops.ts floatToU32).
  const vec = dst.dtype.kind === 'u' && dst.itemsize === 4 ? n - (n % 4) : n;
  let invalid =
    vec > 0 && w.convert(kern, inView, outView, a.subarray(0, vec), out.subarray(0, vec));
  for (let k = vec; k < n; k++) {
    const x = a[k] as number;
    if (x >= -TWO63 && x < TWO63) {
      const t = Math.trunc(x);
      out[k] = t - Math.floor(t / TWO32) * TWO32;
    } else {
      out[k] = 0;
      invalid = true;
    }
  }
  return invalid;
}
